"""Boilerplate the team marked on a site, suggested on that site's other documents (docs/learning.md).

A line or phrase people marked BOILERPLATE (accepted, in anyone's set) on at least ``min_docs`` documents of
one site ("the same source": ``repetition.source_of``, the site named in the record, its URL's host, or the
folder it was read from) is suggested wherever it occurs, as whole words, in that site's other documents;
one rejected often enough is not (``tasks/patterns.py`` builds both from the project).  The detector runs
right after the segments detector and before the entity detector (which suggests no entity inside
boilerplate); it withdraws the segments detector's suggestions its own overlap, unless one of them already
marks the stretch (or more around it) BOILERPLATE.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from annotator.core.bulk import mention_occurrences
from annotator.core.labels import BOILERPLATE, SEGMENTS
from annotator.core.model import Document, Span, SpanStatus
from annotator.detect.base import Context, Detector, Suggestions
from annotator.detect.segments.repetition import source_of

SCORE = 0.9


@dataclass
class SiteBoilerplate:
    """By site: the texts to suggest as BOILERPLATE; and the texts not to suggest anywhere."""

    by_site: dict[str, list[str]] = field(default_factory=dict)
    rejected: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.by_site)


class SiteBoilerplateDetector(Detector):
    name = "site"
    layers = (SEGMENTS,)
    project_only = True

    def __init__(self, known: SiteBoilerplate | None = None):
        self.known = known or SiteBoilerplate()

    def use_model(self, model: Any) -> None:
        self.known = model

    def detect(self, doc: Document, ctx: Context) -> Suggestions:
        texts = self.known.by_site.get(source_of(doc)) if self.known else None
        if not texts:
            return Suggestions()
        text = doc.text
        previous = [s for s in ctx.previous if s.layer == SEGMENTS]
        found: list[tuple[int, int]] = []
        for phrase in sorted(texts, key=len, reverse=True):  # longer first
            if phrase in self.known.rejected:
                continue
            for start, end in mention_occurrences(text, phrase):
                if not any(a < end and start < b for a, b in found):
                    found.append((start, end))
        spans: list[Span] = []
        withdraw: set[str] = set()
        for start, end in sorted(found):
            overlapping = [s for s in previous if s.start < end and start < s.end]
            if any(s.label == BOILERPLATE and s.start <= start and end <= s.end for s in overlapping):
                continue  # already marked
            withdraw.update(s.id for s in overlapping)
            spans.append(Span(start=start, end=end, label=BOILERPLATE, layer=SEGMENTS, source=self.source,
                              status=SpanStatus.SUGGESTED, score=SCORE, attrs={"site": source_of(doc)}))
        return Suggestions(spans=spans, withdraw=withdraw)
