"""Properties of the quote detector on generated news-like text: spans inside the text, token-aligned,
never overlapping within the quotes layer, relations pointing at spans that exist."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.model import Document, Span
from annotator.core.tokenize import TokenIndex
from annotator.core.validate import overlap_problem
from annotator.detect.base import Context
from annotator.detect.quotes import QuoteDetector

PIECES = ['"', "“", "”", "'", "‘", "’", "«", "»", "„", "''", ",", ".", ":", " — ", "\n", "\n\n", " ",
          "kata", "ujarnya", "tutur", "dia", "ia", "Gati", "Gati Wibawaningsih", "Menteri", "mengatakan", "ini",
          "said", "he", "Smith", "the senator", "according to", "Kami siap bekerja", "we will win", "(JK)", "-nya",
          "Mr.", "Rep.", "é", "🙂", "ａ"]

texts = st.lists(st.sampled_from(PIECES), min_size=0, max_size=60).map(" ".join) | st.text(
    alphabet=st.sampled_from(list("ab C\"“”'’.,:\n")), max_size=80)


def _entities(text: str) -> list[Span]:
    out, pos = [], 0
    while (pos := text.find("Gati", pos)) >= 0:
        out.append(Span(start=pos, end=pos + 4, label="PERSON", layer="entities", source="detector:entities",
                        status="suggested", attrs={"canonical": "Gati Wibawaningsih"}))
        pos += 4
    return out


@settings(max_examples=300, deadline=None)
@given(texts, st.sampled_from(["id", "en", "und"]), st.booleans())
def test_spans_are_valid(text, lang, with_entities):
    previous = _entities(text) if with_entities else []
    found = QuoteDetector().detect(Document(text=text), Context(lang=lang, previous=previous))
    index = TokenIndex.of(text)
    for span in found.spans:
        assert 0 <= span.start < span.end <= len(text)
        assert span.layer == "quotes" and span.label in ("QUOTE", "CUE", "SPEAKER")
        assert index.char_span_to_tokens(span.start, span.end) is not None, (span, text[span.start : span.end])
    assert overlap_problem(found.spans) is None
    ids = {s.id for s in found.spans} | {s.id for s in previous}
    assert len({s.id for s in found.spans}) == len(found.spans)
    for rel in found.relations:
        assert rel.label in ("SPEAKER", "CUE") and rel.head in ids and rel.child in ids
        head = next(s for s in found.spans if s.id == rel.head)
        assert head.label == "QUOTE"
