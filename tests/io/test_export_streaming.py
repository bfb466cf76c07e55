"""Issue 18, item 11: memory.  A very long document's native record is written token by token (a 45 MB text
took 4.4 GB as one record), byte for byte what the one-line path writes; a record with far more spans than
the import takes is refused before it is parsed."""

from __future__ import annotations

import io

import orjson
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.model import Document, Span
from annotator.core.tokenize import TokenIndex, iter_tokens, token_dicts, tokenize
from annotator.io.errors import InputError
from annotator.io.formats import ExportOptions, export
from annotator.io.formats import native
from annotator.io.readers import read_paths
from annotator.io.readers import jsonl

PIECES = ["Joko", "mengatakan", "JakartaPramono", "diJawa", "iPhone", " ", "  ", "\n", "\t", ".", ",", '"', "“", "-", "😀", "👍🏽", "e\u0301", "4.000", "\x1c", "\u00a0",
          "\u2003", "https://x.id/a", "a@b.id", "中", "ש"]
texts = st.lists(st.sampled_from(PIECES), min_size=1, max_size=60).map("".join).filter(str.strip)


@st.composite
def documents(draw: st.DrawFn) -> Document:
    text = draw(texts)
    cuts = sorted(draw(st.sets(st.integers(0, len(text)), max_size=10)))
    spans = [Span(start=a, end=b, label="PERSON", layer="entities") for a, b in zip(cuts[::2], cuts[1::2])]
    return Document(text=text, spans=spans, meta={"source": "x.jsonl"})


@settings(max_examples=150, deadline=None)
@given(text=texts)
def test_iter_tokens_gives_what_token_dicts_and_tokenize_give(text):
    streamed = list(iter_tokens(text))
    assert [dict(zip(("text", "start", "end", "id", "ws"), t)) for t in streamed] == token_dicts(text)
    assert streamed == [tuple(t) for t in tokenize(text)]
    index = TokenIndex.bounds(text)
    assert list(index._starts) == [t[1] for t in streamed] and list(index._ends) == [t[2] for t in streamed]


@settings(max_examples=150, deadline=None)
@given(doc=documents())
def test_a_streamed_record_is_byte_for_byte_the_one_line_record(doc):
    line, off, _ = native.native_line(doc)
    out = io.BytesIO()
    assert native.write_streamed(out, doc) == off
    assert out.getvalue() == line


def test_exporting_a_long_document_never_builds_its_token_list(tmp_path, monkeypatch):
    text = "Presiden Joko Widodo berkata di Jakarta. " * 200
    doc = Document(text=text, spans=[Span(start=9, end=20, label="PERSON", layer="entities"),
                                     Span(start=400, end=403, label="LOC", layer="entities")])
    expected = native.native_line(doc)[0]
    small = doc.model_copy(update={"text": "Pendek.", "spans": []})
    monkeypatch.setattr(native, "STREAM_FROM", 1_000)
    monkeypatch.setattr(native, "_TOKEN_CHUNK", 7)  # many chunks

    def whole(*args: object) -> None:
        raise AssertionError("the whole token list was built")

    with monkeypatch.context() as patched:
        for name in ("tokenize", "token_dicts"):
            patched.setattr(native, name, whole)
        out = tmp_path / "o.jsonl"
        export("native", iter([doc]), out, ExportOptions(include_suggestions=True))
    assert out.read_bytes() == expected
    # in order among short documents, which are written whole (by worker processes past PARALLEL_FROM)
    monkeypatch.setattr(native, "PARALLEL_FROM", 2)
    monkeypatch.setattr(native, "CHUNK", 2)
    docs = [small.model_copy(update={"text": f"Pendek {i}.", "id": str(i)}) for i in range(7)]
    export("native", iter([*docs[:5], doc, *docs[5:]]), out, ExportOptions(include_suggestions=True))
    got = out.read_bytes().splitlines(keepends=True)
    assert got[5] == expected and len(got) == 8
    assert [orjson.loads(x)["id"] for x in got] == ["0", "1", "2", "3", "4", doc.id, "5", "6"]


def test_a_record_with_far_too_many_spans_is_refused_before_it_is_parsed(tmp_path, monkeypatch):
    monkeypatch.setattr(jsonl, "MAX_ANNOTATIONS", 100)
    big = {"text": "Joko " * 1_000, "spans": [{"start": 5 * i, "end": 5 * i + 4, "label": "PERSON"}
                                               for i in range(1_000)]}
    path = tmp_path / "big.jsonl"
    path.write_bytes(orjson.dumps(big) + b"\n" + orjson.dumps({"text": "Berita."}) + b"\n")
    parsed: list[int] = []
    real = orjson.loads
    monkeypatch.setattr(jsonl.orjson, "loads", lambda data: parsed.append(len(data)) or real(data))
    items = list(read_paths([path]))
    assert isinstance(items[0], InputError) and items[0].line == 1 and "spans" in str(items[0])
    assert isinstance(items[1], Document)
    assert max(parsed) < 100  # only the short line was parsed
