"""Spans of the open document, indexed for painting and stepping.

Painting asks "which spans touch these visible characters?" many times a
second, so the answer must cost O(log n + visible), not O(n): each layer keeps
its spans sorted by start.  Inside one layer spans never overlap (the store
refuses it), so their ends are sorted too and one bisection finds the first
span that reaches into a range.  Edits insert or remove one entry (a C-speed
list move), never rebuild.  Offsets are code points, like the core's.
"""

from __future__ import annotations

import gc
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from operator import attrgetter

from annotator.core.model import Relation, Span, SpanStatus

_key = attrgetter("start", "end")  # the order of the span list and of Tab
_start, _end, _id, _status, _layer = (attrgetter(a) for a in ("start", "end", "id", "status", "layer"))


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Bulk building allocates ~10^5 small objects; with the collector running,
    each young-generation pass rescans the document's 50,000 spans, which
    costs more than the building itself."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class _Layer:
    __slots__ = ("ends", "spans", "starts")

    def __init__(self) -> None:
        self.spans: list[Span] = []
        self.starts: list[int] = []
        self.ends: list[int] = []

    def add(self, span: Span) -> None:
        i = bisect_right(self.starts, span.start)
        self.spans.insert(i, span)
        self.starts.insert(i, span.start)
        self.ends.insert(i, span.end)

    def remove(self, span: Span) -> None:
        i = bisect_left(self.starts, span.start)
        while i < len(self.spans) and self.spans[i].id != span.id:
            i += 1
        if i < len(self.spans):
            del self.spans[i], self.starts[i], self.ends[i]

    def overlapping(self, start: int, end: int) -> Iterator[Span]:
        i = bisect_right(self.ends, start)
        spans, starts = self.spans, self.starts
        while i < len(spans) and starts[i] < end:
            if spans[i].end > start:
                yield spans[i]
            i += 1


class SpanIndex:
    """All spans and relations of one document."""

    def __init__(self, spans: Iterable[Span] = (), relations: Iterable[Relation] = ()):
        self.layers: dict[str, _Layer] = {}
        self.ordered: list[Span] = []  # every span by (start, end): the span list and the Tab order
        self.by_id: dict[str, Span] = {}
        self.n_suggested = 0
        self.extend(spans)
        self.relations: dict[str, Relation] = {rel.id: rel for rel in relations}

    def __len__(self) -> int:
        return len(self.ordered)

    # -- changes ----------------------------------------------------------------------------------
    def extend(self, spans: Iterable[Span]) -> None:
        """Add spans none of which starts before the last one indexed so far
        (the next stretch of a document being loaded).  Built with C-level sorts and
        maps: 50,000 spans index in a few tens of milliseconds."""
        spans = sorted(spans, key=_key)  # the store returns them so: a linear pass
        if self.ordered and spans and spans[0].start < self.ordered[-1].start:
            raise ValueError("extend() takes spans that follow the indexed ones")
        with _gc_paused():
            self.ordered += spans
            for name in set(map(_layer, spans)):
                layer = self.layers.setdefault(name, _Layer())
                mine = [s for s in spans if s.layer == name]
                layer.spans += mine
                layer.starts += map(_start, mine)
                layer.ends += map(_end, mine)
            self.by_id.update(zip(map(_id, spans), spans, strict=True))
            self.n_suggested += list(map(_status, spans)).count(SpanStatus.SUGGESTED)

    def add(self, span: Span) -> int:
        """Insert a span; returns its row in :attr:`ordered`."""
        self.layers.setdefault(span.layer, _Layer()).add(span)
        self.by_id[span.id] = span
        row = bisect_right(self.ordered, _key(span), key=_key)
        self.ordered.insert(row, span)
        self.n_suggested += span.is_suggestion
        return row

    def remove(self, span_id: str) -> int | None:
        """Take a span out; returns the row it had, or None if unknown."""
        span = self.by_id.pop(span_id, None)
        if span is None:
            return None
        self.layers[span.layer].remove(span)
        row = self.row_of(span)
        del self.ordered[row]
        self.n_suggested -= span.is_suggestion
        return row

    def replace(self, old: Span, new: Span) -> int:
        """Swap a span for a copy at the same place (e.g. a new status) in
        O(log n); returns its row."""
        layer = self.layers[old.layer]
        i = bisect_left(layer.starts, old.start)
        while layer.spans[i].id != old.id:
            i += 1
        layer.spans[i] = new
        row = self.row_of(old)
        self.ordered[row] = new
        self.by_id[new.id] = new
        self.n_suggested += new.is_suggestion - old.is_suggestion
        return row

    def row_of(self, span: Span) -> int:
        row = bisect_left(self.ordered, _key(span), key=_key)
        while self.ordered[row].id != span.id:
            row += 1
        return row

    def add_relation(self, rel: Relation) -> None:
        self.relations[rel.id] = rel

    def remove_relation(self, rel_id: str) -> None:
        self.relations.pop(rel_id, None)

    # -- queries ----------------------------------------------------------------------------------
    def overlapping(self, start: int, end: int, layer: str | None = None) -> list[Span]:
        layers = [self.layers[layer]] if layer in self.layers else [] if layer else self.layers.values()
        return [s for lay in layers for s in lay.overlapping(start, end)]

    def at(self, pos: int) -> list[Span]:
        """Spans containing the character at ``pos``, shortest first."""
        return sorted(self.overlapping(pos, pos + 1), key=lambda s: s.end - s.start)

    def step(self, from_span: Span | None, pos: int, direction: int,
             accept: Callable[[Span], bool] = lambda s: True) -> Span | None:
        """The next (or previous) span after ``from_span``, or after position ``pos``."""
        if from_span is not None and from_span.id in self.by_id:
            row = self.row_of(from_span) + direction
        else:
            row = bisect_left(self.ordered, (pos, -1), key=_key)
            if direction < 0:
                row -= 1
        while 0 <= row < len(self.ordered):
            if accept(self.ordered[row]):
                return self.ordered[row]
            row += direction
        return None

    def relations_of(self, span_id: str, label: str | None = None, as_head: bool = True) -> list[Relation]:
        return [r for r in self.relations.values()
                if (r.head if as_head else r.child) == span_id and (label is None or r.label == label)]

    def counts(self) -> tuple[int, int]:
        """(spans, suggestions)."""
        return len(self.ordered), self.n_suggested
