"""Property: entity suggestions stay inside the text, on token boundaries, and never overlap."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.model import Document
from annotator.core.tokenize import TokenIndex
from annotator.detect.base import Context
from annotator.detect.entities import EntityDetector

_PIECES = st.sampled_from([
    "Gati", "Wibawaningsih", "Gati Wibawaningsih", "Jakarta", "Kementerian Perindustrian", "Selasa (16/1)",
    "22/1/2018 10:30", "tahun depan", "Mr.", "Dr.", "President", "Acme Corp.", "Nov. 3, 2019", "last Tuesday",
    "kata", "said", "di", "the", "(", ")", ",", ".", "\n", " ", "  ", "👍🏽", "🇮🇩", "é", "e\u0301", "\u0301",
    "𝒳", "U.S.", "KPK", "Jawa Barat", "Inc.", "of", "—", "\"", "“", "'", "-", "10.30 WIB",
])
_TEXT = st.one_of(st.lists(_PIECES, max_size=40).map(" ".join), st.lists(_PIECES, max_size=40).map("".join),
                  st.text(max_size=200))
_DETECTOR = EntityDetector(use_spacy=False)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_TEXT, lang=st.sampled_from(["id", "en", "und"]))
def test_spans_inside_text_on_token_boundaries_and_disjoint(text, lang):
    spans = _DETECTOR.detect(Document(text=text), Context(lang=lang)).spans
    index = TokenIndex.of(text)
    ordered = sorted(spans, key=lambda s: s.start)
    for span in ordered:
        assert 0 <= span.start < span.end <= len(text)
        assert index.char_span_to_tokens(span.start, span.end) is not None
        assert span.label in {"PERSON", "ORG", "LOC", "DATE"} and 0.0 <= span.score <= 1.0
    assert all(a.end <= b.start for a, b in zip(ordered, ordered[1:]))
