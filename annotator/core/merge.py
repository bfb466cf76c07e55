"""How new suggestions join a document's existing spans.

The one rule (docs/contracts.md, "Suggestions and the merge rule"): a detector only adds or replaces *suggested*
spans; what a person made or accepted is never changed.  Used by the store
and by ``annotator detect`` on files alike.

The merge looks each new span up in an interval index per layer, so a
document with 50,000 spans merges in O(n log n), not by comparing every new
span with every other one.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Container, Iterable

from annotator.core.model import Document, Relation, Span


class _Either:
    def __init__(self, *sets: Container[str]):
        self.sets = sets

    def __contains__(self, item: object) -> bool:
        return any(item in s for s in self.sets)


def _free(span_id: str, taken: Container[str]) -> str:
    candidate, n = span_id, 1
    while candidate in taken:
        n += 1
        candidate = f"{span_id}-{n}"
    return candidate


class _Disjoint:
    """Spans of one layer sorted by (start, end) whose ends never decrease
    (true of any spans that do not overlap each other).

    The spans overlapping a range are then within one contiguous run: those
    ending after its start and starting before its end.  ``order`` ranks them
    in the order the merge met them, so a lookup returns the span a scan in
    that order would.  They are kept in blocks of at most ``2 * BLOCK``, so
    adding one moves a block's entries, not every entry after it (one list of
    100,000 spans made the merge quadratic again)."""

    BLOCK = 256

    def __init__(self, ordered: list[tuple[int, Span]] | None = None) -> None:
        ordered = ordered or []
        # per block: starts, ends, (order, span); and each block's last end, to find the block of a position
        self.blocks: list[tuple[list[int], list[int], list[tuple[int, Span]]]] = [
            ([s.start for _, s in chunk], [s.end for _, s in chunk], chunk)
            for chunk in (ordered[i:i + self.BLOCK] for i in range(0, len(ordered), self.BLOCK))]
        self.last_ends = [ends[-1] for _, ends, _ in self.blocks]

    def add(self, order: int, span: Span) -> None:
        if not self.blocks:
            self.blocks.append(([span.start], [span.end], [(order, span)]))
            self.last_ends.append(span.end)
            return
        b = min(bisect_left(self.last_ends, span.end), len(self.blocks) - 1)  # the block it goes in
        starts, ends, spans = self.blocks[b]
        i = bisect_right(starts, span.start)
        while i > 0 and starts[i - 1] == span.start and ends[i - 1] > span.end:
            i -= 1
        starts.insert(i, span.start)
        ends.insert(i, span.end)
        spans.insert(i, (order, span))
        self.last_ends[b] = ends[-1]
        if len(starts) > 2 * self.BLOCK:  # split in two
            half = len(starts) // 2
            self.blocks[b:b + 1] = [(starts[:half], ends[:half], spans[:half]),
                                    (starts[half:], ends[half:], spans[half:])]
            self.last_ends[b:b + 1] = [ends[half - 1], ends[-1]]

    def first_overlap(self, span: Span) -> tuple[int, Span] | None:
        found = []
        b = bisect_right(self.last_ends, span.start)  # the first block with an end after the span's start
        if b < len(self.blocks):
            lo = bisect_right(self.blocks[b][1], span.start)
            for starts, _, spans in self.blocks[b:]:
                hi = bisect_left(starts, span.end, lo)
                found += [spans[i] for i in range(lo, hi) if spans[i][1].overlaps(span)]
                if hi < len(starts):
                    break
                lo = 0
        return min(found, key=lambda item: item[0]) if found else None


class _Kept:
    """The kept spans of one layer.  The store never lets them overlap, so
    they fit a :class:`_Disjoint`; spans from a file might nest, and are then
    scanned in order as they are (a rare, small case)."""

    def __init__(self, spans: list[Span]):
        ordered = sorted(enumerate(spans), key=lambda item: (item[1].start, item[1].end))
        self.disjoint: _Disjoint | None = _Disjoint()
        self.spans = spans
        for (_, a), (_, b) in zip(ordered, ordered[1:]):
            if a.end > b.end:
                self.disjoint = None
                return
        self.disjoint = _Disjoint(ordered)

    def first_overlap(self, span: Span) -> Span | None:
        if self.disjoint is None:
            return next((o for o in self.spans if o.overlaps(span)), None)
        found = self.disjoint.first_overlap(span)
        return found[1] if found else None


def merge_spans(kept: list[Span], spans: Iterable[Span], taken: Container[str] | None = None,
                ) -> tuple[list[Span], dict[str, str]]:
    """The new spans to add beside ``kept``, and where relations to the others go.

    A new span overlapping a kept span (or an earlier new one) in its layer is
    dropped; if it sits exactly on the span it clashed with, relations to it
    move there (the redirect).  A new span whose id is ``taken`` (default: the
    kept spans' ids) or was used by an earlier new one gets a ``-2`` suffix,
    also recorded in the redirect."""
    kept_by_layer: dict[str, list[Span]] = {}
    for s in kept:
        kept_by_layer.setdefault(s.layer, []).append(s)
    kept_index = {layer: _Kept(layer_spans) for layer, layer_spans in kept_by_layer.items()}
    added_index: dict[str, _Disjoint] = {}
    if taken is None:
        taken = {s.id for s in kept}
    used: set[str] = set()
    redirect: dict[str, str] = {}
    added: list[Span] = []
    for span in spans:
        old = kept_index.get(span.layer)
        clash = old.first_overlap(span) if old is not None else None
        if clash is None and span.layer in added_index:
            found = added_index[span.layer].first_overlap(span)
            clash = found[1] if found else None
        if clash is not None:
            if (clash.start, clash.end) == (span.start, span.end):
                redirect[span.id] = clash.id
            continue
        if span.id in taken or span.id in used:
            new_id = _free(span.id, _Either(taken, used))
            redirect[span.id] = new_id
            span = span.model_copy(update={"id": new_id})
        used.add(span.id)
        added_index.setdefault(span.layer, _Disjoint()).add(len(added), span)
        added.append(span)
    return added, redirect


def merge_relations(relations: Iterable[Relation], redirect: dict[str, str], present: Container[str],
                    kept_relation_ids: set[str]) -> list[Relation]:
    """The new relations to add: their ends follow ``redirect``; a relation whose end is not
    ``present`` in the document, or whose id is already there, is dropped."""
    rel_out: list[Relation] = []
    rel_ids = set(kept_relation_ids)
    for rel in relations:
        head, child = redirect.get(rel.head, rel.head), redirect.get(rel.child, rel.child)
        if head not in present or child not in present or rel.id in rel_ids:
            continue
        rel_ids.add(rel.id)
        rel_out.append(rel.model_copy(update={"head": head, "child": child}))
    return rel_out


def merge_suggestions(kept: list[Span], kept_relation_ids: set[str], spans: Iterable[Span],
                      relations: Iterable[Relation]) -> tuple[list[Span], list[Relation]]:
    """New spans and relations to add beside ``kept`` (:func:`merge_spans`, then :func:`merge_relations`)."""
    added, redirect = merge_spans(kept, spans)
    present = {s.id for s in kept} | {s.id for s in added}
    return added, merge_relations(relations, redirect, present, kept_relation_ids)


def apply_suggestions(doc: Document, sources: Iterable[str], spans: Iterable[Span],
                      relations: Iterable[Relation]) -> Document:
    """A copy of ``doc`` whose suggestions from ``sources`` are replaced."""
    sources = set(sources)
    kept = [s for s in doc.spans if not (s.is_suggestion and s.source in sources)]
    kept_ids = {s.id for s in kept}
    kept_rel = [r for r in doc.relations
                if r.head in kept_ids and r.child in kept_ids and not (r.status == "suggested" and r.source in sources)]
    new_spans, new_rels = merge_suggestions(kept, {r.id for r in kept_rel}, spans, relations)
    return doc.model_copy(update={"spans": kept + new_spans, "relations": kept_rel + new_rels})
