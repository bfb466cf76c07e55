"""Spans of the open document, indexed for painting and stepping.

Painting asks "which spans touch these visible characters?" many times a
second, so the answer must cost O(log n + visible), not O(n): each layer keeps
its spans sorted by start.  Inside one layer spans never overlap (the store
refuses it), so their ends are sorted too and one bisection finds the first
span that reaches into a range.  Edits insert or remove one entry (a C-speed
list move), never rebuild.  Offsets are code points, like the core's.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable, Iterator

from annotator.core.model import Relation, Span


def _key(span: Span) -> tuple[int, int, str]:
    return span.start, span.end, span.layer


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
        self.by_id: dict[str, Span] = {}
        self.ordered: list[Span] = []  # every span, by (start, end, layer): the span list and Tab order
        self._keys: list[tuple[int, int, str]] = []
        spans = sorted(spans, key=_key)
        for span in spans:
            layer = self.layers.get(span.layer)
            if layer is None:
                layer = self.layers[span.layer] = _Layer()
            layer.spans.append(span)
            self.by_id[span.id] = span
        for layer in self.layers.values():
            layer.starts = [s.start for s in layer.spans]
            layer.ends = [s.end for s in layer.spans]
        self.ordered = spans
        self._keys = [_key(s) for s in spans]
        self.n_suggested = sum(1 for s in spans if s.is_suggestion)
        self.relations: dict[str, Relation] = {}
        for rel in relations:
            self.relations[rel.id] = rel

    def __len__(self) -> int:
        return len(self.ordered)

    # -- changes ----------------------------------------------------------------------------------
    def add(self, span: Span) -> int:
        """Insert a span; returns its row in :attr:`ordered`."""
        self.layers.setdefault(span.layer, _Layer()).add(span)
        self.by_id[span.id] = span
        key = _key(span)
        row = bisect_right(self._keys, key)
        self._keys.insert(row, key)
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
        del self.ordered[row], self._keys[row]
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
        row = bisect_left(self._keys, _key(span))
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

    def step(self, from_span: Span | None, pos: int, direction: int, accept=lambda s: True) -> Span | None:
        """The next (or previous) span after ``from_span``, or after position ``pos``."""
        if from_span is not None and from_span.id in self.by_id:
            row = self.row_of(from_span) + direction
        else:
            row = bisect_left(self._keys, (pos, -1, "")) if direction > 0 else bisect_left(self._keys, (pos, -1, "")) - 1
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
