"""The segments detector: boilerplate and article structure.

Labels lines, blocks and inline fragments as BOILERPLATE, TITLE, BYLINE,
DATELINE, CAPTION or SUBHEADING; the article's body text stays unlabelled.
Signals, strongest first: the pattern packs of the document's language, the
HTML block hints (for pages), repetition inside the document and across the
documents of the same source (``Context.project``), and layout (length,
punctuation, capitalisation, position).
"""

from __future__ import annotations

from annotator.core.labels import BOILERPLATE, BYLINE, CAPTION, DATELINE, SEGMENTS, SUBHEADING, TITLE
from annotator.core.model import Document, Span, SpanStatus
from annotator.detect.base import Context, Detector, Suggestions
from annotator.detect.segments.assemble import Cand, resolve
from annotator.detect.segments.repetition import repeated_lines
from annotator.detect.segments.html import html_structure
from annotator.detect.segments.packs import pack_for
from annotator.detect.segments.textrules import (
    captions,
    inline_fragments,
    is_date_line,
    line_rules,
    opening,
    plain_structure,
    speech_in_boilerplate,
    subheadings,
)
from annotator.detect.segments.units import Unit, split_units

LAYER = SEGMENTS
LABELS = (BOILERPLATE, TITLE, BYLINE, DATELINE, CAPTION, SUBHEADING)
NON_BODY = frozenset({BOILERPLATE, TITLE, BYLINE, DATELINE, CAPTION})  # SUBHEADING is part of the body


class SegmentDetector(Detector):
    name = "segments"
    layers = (LAYER,)

    def detect(self, doc: Document, ctx: Context) -> Suggestions:
        text = doc.text
        if not text.strip():
            return Suggestions()
        pack = pack_for(ctx.lang)
        units = split_units(text, doc.blocks)
        if not units:
            return Suggestions()
        repeats = repeated_lines(doc, ctx.project)
        if doc.blocks:
            cands = self._html(doc, units, pack, repeats)
        else:
            if repeats:
                self._repeated(units, repeats)
            cands = plain_structure(text, units, pack)
        cands += [Cand(u.start, u.end, u.label, u.score, u.rule) for u in units if u.label]
        cands = [c for c in cands if not speech_in_boilerplate(text, c, ctx.lang)]
        spans = [
            Span(start=c.start, end=c.end, label=c.label, layer=LAYER, source=self.source,
                 status=SpanStatus.SUGGESTED, score=round(c.score, 2))
            for c in resolve(text, cands)
        ]
        title = next((text[s.start:s.end] for s in spans if s.label == TITLE), None)
        if title and not doc.meta.get("title"):  # plain text: the corpus list shows the headline, not line one
            return Suggestions(spans=spans, meta={"title": title})
        return Suggestions(spans=spans)

    @staticmethod
    def _repeated(units: list[Unit], repeats) -> None:
        for u in units:
            if u.label is None and repeats.is_boilerplate(u.text, u.words):
                u.set(BOILERPLATE, 0.9, "repeated-in-source")

    def _html(self, doc: Document, units: list[Unit], pack, repeats) -> list[Cand]:
        title = doc.meta.get("og_title") or doc.meta.get("title") or ""
        line_rules(units, pack)
        captions(units, pack, above=False)  # a page's caption is a block of its own
        body = html_structure(units, pack, title if isinstance(title, str) else "")
        inside = [units[i] for i in body]
        if repeats:
            self._repeated(inside, repeats)
        for u in inside[:5]:
            if u.label is None and is_date_line(u.text, pack):
                u.set(DATELINE, 0.85, "date-line")
        cands = opening(doc.text, inside[0], pack) if inside else []
        cands += inline_fragments(doc.text, units, pack, set(body))
        subheadings(inside, 0, len(inside), cands)
        return cands
