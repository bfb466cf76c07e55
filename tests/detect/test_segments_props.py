"""Properties of the segments detector on generated text and pages: every span
lies inside the text, on token boundaries, in the segments layer, with a label
of the scheme, and no two overlap; re-running through the pipeline never
changes what a person made or accepted."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.model import BlockHint, Document, Span, SpanStatus
from annotator.core.tokenize import TokenIndex
from annotator.detect.base import Context
from annotator.detect.pipeline import Pipeline
from annotator.detect.segments import LABELS, SegmentDetector, corpus_evidence

PIECES = [
    "Baca juga:", "Baca JugaJudul Berita Lain", "ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT",
    "[Gambas:Video CNN]",
    "(Ant/S-4)", "(Z-2)", "(*)", "(fyk/fay)", "(ANTARA/WAHYU PUTRO A)", "ANTARA FOTO/Nama/nym.", "MI/Ramdani",
    "Editor : Vicky", "Penulis:", "Simak Video 'Judul':", "Ikuti Whatsapp Channel Republika", "KOMPAS.com –",
    "JAKARTA, KOMPAS.com -", "Artikel ini telah tayang di Kompas.com dengan judul", "Cek berita", "Headline",
    "Berita Lainnya", "22/1/2018 10:30", "Ghani Nurcahyadi", "Foto: Getty Images", "Read more:", "©", "kata dia.",
    "Pemerintah menyiapkan rumah singgah bagi keluarga pasien.", "\"Kami siap,\" ujar Gati.", "Belum signifikan",
    "WaluyoTRIBUNNEWS.COM,", "DapurAplikasi", "é", "🙂", "e\u0301", "ａ", "-", "—", ".", ",", ":", "(", ")", "\"",
    "“", "\n", "\n\n", "  ", " ", "\t", "\xa0",
]

texts = st.lists(st.sampled_from(PIECES), min_size=0, max_size=50).map(" ".join) | st.lists(
    st.sampled_from(PIECES), max_size=40).map("".join) | st.text(max_size=120)


def _check(text: str, spans: list[Span]) -> None:
    index = TokenIndex.of(text)
    ordered = sorted(spans, key=lambda s: s.start)
    for s in ordered:
        assert 0 <= s.start < s.end <= len(text)
        assert s.layer == "segments" and s.label in LABELS
        assert index.char_span_to_tokens(s.start, s.end) is not None, (s, text[s.start:s.end])
        assert s.status == SpanStatus.SUGGESTED and s.source == "detector:segments"
    for a, b in zip(ordered, ordered[1:]):
        assert a.end <= b.start, (a, b)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.sampled_from(["id", "en", "und", "de"]))
def test_plain_text_spans_are_valid(text, lang):
    _check(text, SegmentDetector().detect(Document(text=text or " "), Context(lang=lang)).spans)


@st.composite
def pages(draw):
    """A document as the HTML reader makes it: one block per line, with hints."""
    lines = draw(st.lists(texts.map(lambda t: " ".join(t.split())).filter(bool), min_size=1, max_size=25))
    classes = st.sampled_from(["", "nav menu", "article-body content", "detail__body-text", "comment-body",
                               "caption", "byline author", "date", "footer", "related-list", "share social"])
    blocks, pos = [], 0
    for line in lines:
        blocks.append(BlockHint(start=pos, end=pos + len(line),
                                tag=draw(st.sampled_from(["p", "div", "li", "h1", "h2", "figcaption", "td"])),
                                cls=draw(classes), link_density=draw(st.floats(0, 1)), depth=draw(st.integers(1, 20))))
        pos += len(line) + 1
    return Document(text="\n".join(lines), blocks=blocks, meta={"source": "pages/p.html"})


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages(), st.sampled_from(["id", "en", "und"]))
def test_html_spans_are_valid(doc, lang):
    _check(doc.text, SegmentDetector().detect(doc, Context(lang=lang)).spans)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(texts, min_size=1, max_size=6))
def test_corpus_evidence_keeps_spans_valid(bodies):
    docs = [Document(text=b or " ", meta={"source": f"corpus/{i}.txt"}) for i, b in enumerate(bodies)]
    evidence = corpus_evidence(docs)
    for doc in docs:
        _check(doc.text, SegmentDetector().detect(doc, Context(lang="id", project=evidence)).spans)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.data())
def test_rerun_never_changes_accepted_or_user_spans(text, data):
    text = text or " "
    index = TokenIndex.of(text)
    kept = []
    if index.tokens:
        a = data.draw(st.integers(0, len(index.tokens) - 1))
        b = data.draw(st.integers(a, len(index.tokens) - 1))
        kept.append(Span(start=index.tokens[a].start, end=index.tokens[b].end, label="TITLE", layer="segments",
                         source="user", status="accepted"))
    doc = Document(text=text, spans=kept)
    pipeline = Pipeline(layers=("segments",))
    once = pipeline.apply(doc)
    twice = pipeline.apply(once)
    for result in (once, twice):
        assert [s for s in result.spans if s.is_protected] == kept
        others = [s for s in result.spans if not s.is_protected and s.layer == "segments"]
        assert not any(o.overlaps(k) for o in others for k in kept)
    assert sorted((s.start, s.end, s.label) for s in once.spans) == sorted((s.start, s.end, s.label)
                                                                          for s in twice.spans)
