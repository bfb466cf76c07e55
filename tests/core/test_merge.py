"""The suggestion merge: the interval index gives exactly what comparing
every new span with every other one gave (the reference below), and its cost
grows like n log n."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.merge import _free, merge_suggestions
from annotator.core.model import Relation, Span, SpanStatus


def reference_merge(kept, kept_relation_ids, spans, relations):
    """The merge as it was written first: a scan over every span of the layer."""
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


@st.composite
def span(draw, status=SpanStatus.SUGGESTED):
    start = draw(st.integers(0, 60))
    end = start + draw(st.integers(0, 12))
    layer = draw(st.sampled_from(["entities", "quotes"]))
    label = draw(st.sampled_from(["PERSON", "ORG"] if layer == "entities" else ["QUOTE"]))
    span_id = draw(st.sampled_from(["", "a", "b", "c"]))
    return Span(id=span_id, start=start, end=end, label=label, layer=layer, source="detector:x", status=status)


def non_overlapping(spans: list[Span]) -> list[Span]:
    """What a store holds: no two spans of one layer overlap."""
    out: list[Span] = []
    for s in spans:
        if not any(o.layer == s.layer and o.overlaps(s) for o in out):
            out.append(s)
    return out


@st.composite
def case(draw):
    kept = draw(st.lists(span(SpanStatus.ACCEPTED), max_size=15))
    if draw(st.booleans()):
        kept = non_overlapping(kept)
    seen, unique = set(), []
    for s in kept:  # kept ids are unique in a document
        if s.id not in seen:
            seen.add(s.id)
            unique.append(s)
    new = draw(st.lists(span(), max_size=25))
    ids = [s.id for s in unique + new] or ["none"]
    rels = draw(st.lists(st.builds(lambda h, c, label: Relation(label=label, head=h, child=c),
                                   st.sampled_from(ids), st.sampled_from(ids), st.sampled_from(["SPEAKER", "CUE"])),
                         max_size=6))
    kept_rel_ids = set(draw(st.lists(st.sampled_from([r.id for r in rels] or ["x"]), max_size=2)))
    return unique, kept_rel_ids, new, rels


@settings(max_examples=400, deadline=None)
@given(case())
def test_the_indexed_merge_gives_what_the_quadratic_scan_gave(c):
    kept, kept_rel_ids, new, rels = c
    assert merge_suggestions(kept, kept_rel_ids, new, rels) == reference_merge(kept, kept_rel_ids, new, rels)


def test_a_large_document_merges_without_comparing_every_pair(monkeypatch):
    """47,000 suggestions (the size that took the quadratic merge half an hour) against 5,000 kept
    spans: counted in overlap tests, which stay near linear."""
    calls = 0
    real = Span.overlaps

    def counting(self, other):
        nonlocal calls
        calls += 1
        return real(self, other)

    monkeypatch.setattr(Span, "overlaps", counting)
    kept = [Span(start=i * 100, end=i * 100 + 5, label="PERSON", layer="entities") for i in range(5_000)]
    new = [Span(start=i * 10 + 1, end=i * 10 + 4, label="ORG", layer="entities", source="detector:x",
                status=SpanStatus.SUGGESTED) for i in range(47_000)]
    added, _ = merge_suggestions(kept, set(), new, [])
    assert len(added) == 47_000 - 4_700  # every tenth falls on a kept span
    assert calls < 4 * len(new)


def test_the_index_split_into_many_blocks_gives_what_the_scan_gave(monkeypatch):
    """Blocks of 2 to 4 spans: every lookup and insertion crosses block boundaries, as a document's 100,000
    suggestions do with blocks of 256."""
    import random

    from annotator.core import merge

    monkeypatch.setattr(merge._Disjoint, "BLOCK", 2)
    rng = random.Random(7)
    for _ in range(30):
        kept = non_overlapping([Span(start=(a := rng.randrange(0, 2000)), end=a + rng.randrange(1, 15),
                                     label="PERSON", layer=rng.choice(["entities", "quotes"])) for _ in range(60)])
        new = [Span(start=(a := rng.randrange(0, 2000)), end=a + rng.randrange(1, 30), label="ORG",
                    layer=rng.choice(["entities", "quotes"]), source="detector:x", status=SpanStatus.SUGGESTED,
                    id=f"s{rng.randrange(0, 400)}") for _ in range(400)]
        assert merge_suggestions(kept, set(), new, []) == reference_merge(kept, set(), new, [])
