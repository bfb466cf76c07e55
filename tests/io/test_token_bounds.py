"""Issue 17: an export tokenizes each text once.  The token bounds kept beside a text (packed, ~400 bytes for an
article) give the native line byte for byte as tokenizing the text again does, and as the reference
serializer (``to_record``) writes it; bounds packed for other tokens are not used."""

from __future__ import annotations

import hashlib

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core import tokenize as tok
from annotator.core.model import Document, Relation, Span
from annotator.core.tokenize import BOUNDS_HEADER, pack_bounds, tokenize, unpack_bounds
from annotator.io.formats import native

PIECES = ["Joko", "mengatakan", "JakartaPramono", "diJawa", "LebaranMenurut", "CONTENTBahlil", "WaluyoTRIBUNNEWS",
          "TARGETtinggi", "iPhone", "McDonald", " ", "  ", "\n",
          "\r\n", "\r", "\t", ".", ",", '"', "\\", "“", "”", "-", "'", "😀", "👍🏽", "👨‍👩‍👧", "e\u0301", "4.000", "22/1/2018",
          "\x1c", "\x00", "\x7f", "\u00a0", "\u2003", "\u2028", "\u3000", "https://x.id/a?b=1.", "a@b.id", "中文", "ש",
          "don't", "e-commerce"]
texts = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
TRICKY = ["", " ", "\n\n", "😀", "a", "“Kami siap,” kata Gati di JakartaPramono, Senin (12/3).\r\nBaca juga: 😀👍🏽",
          'kutip "x" \\ y\x1c z\x00', "trailing space ", " leading", "x" * 70_000 + " " * 70_000 + "y"]


@st.composite
def documents(draw: st.DrawFn) -> Document:
    text = draw(texts)
    cuts = sorted(draw(st.sets(st.integers(0, len(text)), max_size=10)))
    spans = [Span(id=f"s{i}", start=a, end=b, label="PERSON", layer="entities")
             for i, (a, b) in enumerate(zip(cuts[::2], cuts[1::2])) if a < b]
    relations = [Relation(label="SPEAKER", head=spans[0].id, child=spans[-1].id)] if len(spans) > 1 else []
    return Document(text=text, spans=spans, relations=relations, meta={"source": "x.jsonl"})


def check(doc: Document) -> None:
    reference = orjson.dumps(native.to_record(doc)) + b"\n"
    line, off, blob = native.native_line(doc)  # nothing kept: tokenized here, and the bounds packed
    assert line == reference and blob is not None and blob.startswith(BOUNDS_HEADER)
    assert unpack_bounds(blob) == [x for t in tokenize(doc.text) for x in (t.start, t.end)]
    assert native.native_line(doc, blob) == (line, off, None)  # from the kept bounds: not tokenized again


@settings(max_examples=300, deadline=None)
@given(doc=documents())
def test_a_line_from_kept_bounds_is_the_reference_record(doc):
    check(doc)


@pytest.mark.parametrize("text", TRICKY, ids=range(len(TRICKY)))
def test_tricky_texts_give_the_reference_record_from_kept_bounds(text):
    spans = [Span(start=t.start, end=t.end, label="PERSON", layer="entities") for t in tokenize(text)[:3]]
    if len(text) >= 2 and (not spans or spans[-1].end <= len(text) - 2):  # and one off the token boundaries
        spans.append(Span(start=len(text) - 2, end=len(text), label="LOC", layer="entities"))
    check(Document(text=text))
    check(Document(text=text, spans=spans))


def test_gaps_and_tokens_longer_than_16_bits_pack():
    bounds = [3, 70_003, 200_000, 200_001]
    assert unpack_bounds(pack_bounds(bounds)) == bounds
    assert unpack_bounds(pack_bounds([])) == []


def test_bounds_packed_for_other_tokens_are_computed_again():
    doc = Document(text="Presiden JakartaPramono berkata, “Siap.”")
    line, _, blob = native.native_line(doc)
    assert blob is not None
    for stale in (b"tk\x00\x00\x00\x00" + blob[6:], b"", b"garbage"):
        assert unpack_bounds(stale) is None
        assert native.native_line(doc, stale) == (line, [], blob)


# The tokens of these texts, as a digest.  If this fails, the tokenizer now gives other tokens: bump
# TOKENIZER_VERSION (kept bounds of the old tokens are then computed again) and put the new digest here.
TOKENS_DIGEST = "7d170c1f"


def test_the_tokenizer_version_goes_up_when_the_tokens_change():
    seen = hashlib.sha256()
    for i in range(len(PIECES)):
        text = " ".join(PIECES[i:] + PIECES[:i]) + "".join(PIECES[i:] + PIECES[:i])
        seen.update(orjson.dumps([t[1:3] for t in tokenize(text)]))
    assert (tok.TOKENIZER_VERSION, seen.hexdigest()[:8]) == (3, TOKENS_DIGEST), (
        "the tokens changed: bump TOKENIZER_VERSION in core/tokenize.py and update TOKENS_DIGEST")
