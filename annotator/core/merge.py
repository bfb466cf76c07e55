"""How new suggestions join a document's existing spans.

The one rule (docs/contracts.md, "Suggestions and the merge rule"): a detector only adds or replaces *suggested*
spans; what a person made or accepted is never changed.  Used by the store
and by ``annotator detect`` on files alike.
"""

from __future__ import annotations

from collections.abc import Iterable

from annotator.core.model import Document, Relation, Span


def _free(span_id: str, taken: set[str]) -> str:
    candidate, n = span_id, 1
    while candidate in taken:
        n += 1
        candidate = f"{span_id}-{n}"
    return candidate


def merge_suggestions(kept: list[Span], kept_relation_ids: set[str], spans: Iterable[Span],
                      relations: Iterable[Relation]) -> tuple[list[Span], list[Relation]]:
    """New spans and relations to add beside ``kept``.

    A new span overlapping a kept span (or an earlier new one) in its layer is
    dropped; relations to a dropped span move to the span at the same place,
    if there is one, and are dropped otherwise.  Ids are made unique."""
    by_layer: dict[str, list[Span]] = {}
    for s in kept:
        by_layer.setdefault(s.layer, []).append(s)
    taken = {s.id for s in kept}
    redirect: dict[str, str] = {}
    added: list[Span] = []
    for span in spans:
        clash = next((o for o in by_layer.get(span.layer, ()) if o.overlaps(span)), None)
        if clash is not None:
            if (clash.start, clash.end) == (span.start, span.end):
                redirect[span.id] = clash.id
            continue
        if span.id in taken:
            new_id = _free(span.id, taken)
            redirect[span.id] = new_id
            span = span.model_copy(update={"id": new_id})
        taken.add(span.id)
        by_layer.setdefault(span.layer, []).append(span)
        added.append(span)
    rel_out: list[Relation] = []
    rel_ids = set(kept_relation_ids)
    for rel in relations:
        head, child = redirect.get(rel.head, rel.head), redirect.get(rel.child, rel.child)
        if head not in taken or child not in taken or rel.id in rel_ids:
            continue
        rel_ids.add(rel.id)
        rel_out.append(rel.model_copy(update={"head": head, "child": child}))
    return added, rel_out


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
