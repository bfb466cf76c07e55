"""The store shared with background work: detection stores what the merge
rule gives (the indexed merge, through SQLite), and a write the file cannot
take is refused with a StoreError that says it was not saved, never left
half done."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.merge import apply_suggestions
from annotator.core.model import Document, Relation, Span, SpanStatus
from annotator.store import StoreError, open_project

TEXT = "abcdefghij" * 12


def spans_key(spans):
    return sorted((s.id, s.layer, s.label, s.start, s.end, s.source, str(s.status)) for s in spans)


def rels_key(rels):
    return sorted((r.id, r.label, r.head, r.child) for r in rels)


@st.composite
def suggestion(draw, source="detector:a"):
    start = draw(st.integers(0, len(TEXT) - 2))
    end = min(len(TEXT), start + draw(st.integers(1, 9)))
    layer, label = draw(st.sampled_from([("entities", "PERSON"), ("entities", "ORG"), ("quotes", "QUOTE")]))
    return Span(start=start, end=end, label=label, layer=layer, source=source, status=SpanStatus.SUGGESTED)


def disjoint(spans):
    out = []
    for s in spans:
        if not any(o.layer == s.layer and o.overlaps(s) for o in out) and s.id not in {o.id for o in out}:
            out.append(s)
    return out


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=st.lists(suggestion(), max_size=30), mine=st.lists(suggestion(source="user"), max_size=6),
       new=st.lists(suggestion(), max_size=40), links=st.lists(st.tuples(st.integers(0, 39), st.integers(0, 39)),
                                                              max_size=5))
def test_detection_stores_what_the_merge_rule_gives(tmp_path_factory, first, mine, new, links):
    mine = [s.model_copy(update={"status": SpanStatus.ACCEPTED}) for s in disjoint(mine)]
    first = [s for s in disjoint(first) if not any(m.layer == s.layer and m.overlaps(s) for m in mine)]
    rels = [Relation(label="SPEAKER", head=new[h].id, child=new[c].id, source="detector:a",
                     status=SpanStatus.SUGGESTED) for h, c in links if h < len(new) and c < len(new)]
    with open_project(tmp_path_factory.mktemp("p") / "p.annotator") as store:
        (pk,) = store.add_documents([Document(text=TEXT, spans=mine + first)]).added
        expected = apply_suggestions(store.get_document(pk), ["detector:a"], new, rels)
        store.replace_suggestions(pk, ["detector:a"], new, rels)
        got = store.get_document(pk)
    assert spans_key(got.spans) == spans_key(expected.spans)
    assert rels_key(got.relations) == rels_key(expected.relations)


def test_a_write_the_project_cannot_take_is_refused_and_nothing_is_kept(tmp_path):
    path = tmp_path / "p.annotator"
    with open_project(path) as store:
        (pk,) = store.add_documents([Document(text="Gati di Jakarta")]).added
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # another writer holds the project
        store._db.execute("PRAGMA busy_timeout = 50")
        with pytest.raises(StoreError, match="not saved: the project is busy"):
            store.add_span(pk, Span(start=0, end=4, label="PERSON", layer="entities"))
        other.execute("ROLLBACK")
        other.close()
        assert store.get_document(pk).spans == []
        store.add_span(pk, Span(start=0, end=4, label="PERSON", layer="entities"))
        assert len(store.get_document(pk).spans) == 1
