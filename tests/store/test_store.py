"""The SQLite project store: persistence, de-duplication, edits, protection of people's work."""

import sqlite3

import pytest

import annotator.core.events as ev
from annotator.core.events import EventKind
from annotator.core.model import Document, DocStatus, Relation, Span, SpanStatus
from annotator.store import DocFilter, StoreError, open_project
from annotator.store.base import SCHEMA_VERSION

TEXT = '"Kami siap," kata Gati di Jakarta.'


def span(start, end, label, layer="entities", **kw):
    return Span(start=start, end=end, label=label, layer=layer, **kw)


def add(project, *texts, **kw):
    docs = [Document(text=t, meta={"source": f"s{i}.txt"}, **kw) for i, t in enumerate(texts)]
    return project.add_documents(docs).added


def test_file_settings(tmp_path):
    path = tmp_path / "p.annotator"
    with open_project(path):
        pass
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_import_is_deduplicated_by_content_and_ids_stay_unique(project):
    first = project.add_documents([Document(text="satu", id="x"), Document(text="dua", id="x")])
    again = project.add_documents([Document(text="satu"), Document(text="tiga")])
    assert len(first.added) == 2 and first.duplicates == 0
    assert len(again.added) == 1 and again.duplicates == 1
    assert sorted(s.id for s in project.list_documents()) == sorted(["x", "x-2", Document(text="tiga").id])


def test_everything_survives_reopening(project_location):
    path = project_location
    with open_project(path) as p:
        (pk,) = add(p, TEXT)
        q = p.add_span(pk, span(1, 10, "QUOTE", "quotes", attrs={"speaker": "Gati"}))
        g = p.add_span(pk, span(18, 22, "PERSON"))
        p.add_relation(pk, Relation(label="SPEAKER", head=q.id, child=g.id))
        p.set_status(pk, DocStatus.SKIPPED)
    with open_project(path, readonly=True) as p:
        doc = p.get_document(pk)
        assert doc.text == TEXT and doc.status == DocStatus.SKIPPED
        assert [(s.label, doc.text[s.start:s.end], s.attrs) for s in doc.spans] == [
            ("QUOTE", "Kami siap", {"speaker": "Gati"}), ("PERSON", "Gati", {})]
        assert [(r.label, r.head, r.child) for r in doc.relations] == [("SPEAKER", q.id, g.id)]
        with pytest.raises(StoreError):
            p.set_status(pk, DocStatus.DONE)


def test_bad_spans_are_refused_and_leave_nothing_behind(project):
    (pk,) = add(project, TEXT)
    project.add_span(pk, span(18, 22, "PERSON"))
    for bad in (span(20, 25, "LOC"), span(30, 99, "LOC"), span(0, 3, "QUOTE")):
        with pytest.raises((StoreError, ValueError)):
            project.add_span(pk, bad)
    assert [s.label for s in project.get_document(pk).spans] == ["PERSON"]


def test_overlap_across_layers_is_allowed(project):
    (pk,) = add(project, TEXT)
    project.add_span(pk, span(0, 34, "BOILERPLATE", "segments"))
    project.add_span(pk, span(18, 22, "PERSON"))
    assert len(project.get_document(pk).spans) == 2


def test_edit_and_undo_inverses(project):
    (pk,) = add(project, TEXT)
    s = project.add_span(pk, span(18, 22, "PERSON"))
    old = project.update_span(pk, s.id, label="ORG")
    assert old.label == "PERSON" and project.get_document(pk).spans[0].label == "ORG"
    project.update_span(pk, s.id, label=old.label)
    q = project.add_span(pk, span(1, 10, "QUOTE", "quotes"))
    project.add_relation(pk, Relation(label="SPEAKER", head=q.id, child=s.id))
    removed = project.remove_span(pk, s.id)
    assert project.get_document(pk).relations == [] and len(removed.relations) == 1
    project.restore_span(pk, removed)
    doc = project.get_document(pk)
    assert {x.label for x in doc.spans} == {"PERSON", "QUOTE"} and len(doc.relations) == 1


def test_events_fire_after_commit(project):
    (pk,) = add(project, TEXT)
    seen = []
    project.events.connect(lambda e: seen.append((e.kind, e.doc)))
    s = project.add_span(pk, span(18, 22, "PERSON"))
    project.remove_span(pk, s.id)
    project.set_status(pk, DocStatus.DONE)
    assert seen == [(EventKind.SPAN_ADDED, pk), (EventKind.SPAN_REMOVED, pk), (EventKind.STATUS_CHANGED, pk)]


def test_every_edit_announces_a_typed_event_with_what_changed(project):
    """Each of the fourteen kinds, emitted by the call that makes that change, carrying the
    objects a view needs to update without re-reading the store."""
    seen: list[ev.Event] = []
    project.events.connect(seen.append)
    (pk,) = add(project, TEXT)
    assert seen[-1] == ev.DocumentsAdded(pks=(pk,))
    project.set_setting("colour", "red")
    assert seen[-1] == ev.SettingChanged(key="colour")
    project.set_scheme(project.scheme)
    assert isinstance(seen[-1], ev.SchemeChanged) and seen[-1].doc is None
    quote = project.add_span(pk, span(0, 11, "QUOTE", layer="quotes"))
    person = project.add_span(pk, span(18, 22, "PERSON"))
    assert seen[-1] == ev.SpanAdded(doc=pk, span=person)
    old = project.update_span(pk, person.id, label="ORG")
    assert seen[-1] == ev.SpanChanged(doc=pk, span=old.model_copy(update={"label": "ORG"}), old=old)
    rel = project.add_relation(pk, Relation(head=quote.id, child=person.id, label="SPEAKER"))
    assert seen[-1] == ev.RelationAdded(doc=pk, relation=rel)
    project.remove_relation(pk, rel.id)
    assert seen[-1] == ev.RelationRemoved(doc=pk, relation=rel)
    project.add_relation(pk, rel)
    removed = project.remove_span(pk, person.id)
    assert seen[-1] == ev.SpanRemoved(doc=pk, span=removed.span, relations=(rel,))
    project.restore_span(pk, removed)
    assert seen[-1] == ev.SpanAdded(doc=pk, span=removed.span, relations=(rel,))
    project.set_span_status(pk, [person.id], SpanStatus.SUGGESTED)
    assert seen[-1] == ev.SpansStatusChanged(doc=pk, ids=(person.id,), status=SpanStatus.SUGGESTED)
    project.set_status(pk, DocStatus.SKIPPED)
    assert seen[-1] == ev.StatusChanged(doc=pk, status=DocStatus.SKIPPED, old=DocStatus.TODO)
    found = span(23, 25, "LOC", status=SpanStatus.SUGGESTED, source="rules")
    inserted = project.replace_suggestions(pk, ["rules"], [found], [])
    assert seen[-1] == ev.SuggestionsReplaced(doc=pk, spans=tuple(inserted))
    (copy,) = project.sets_of(pk)
    project.put_set(pk, copy)
    assert seen[-1] == ev.SetReplaced(doc=pk, name=copy.name)
    model = project.add_model("entities", b"model bytes", {"f1": 0.5})
    assert seen[-1] == ev.ModelChanged(layer="entities", version=model.version)
    project.set_current_model("entities", None)
    assert seen[-1] == ev.ModelChanged(layer="entities", version=None)
    assert project.remove_documents([pk, pk + 99]) == 1
    assert seen[-1] == ev.DocumentsRemoved(pks=(pk,)) and project.count() == 0
    assert {type(e) for e in seen} == set(ev.EVENT_TYPES)


def test_replace_suggestions_keeps_people_work_and_other_detectors(project):
    (pk,) = add(project, TEXT)
    mine = project.add_span(pk, span(18, 22, "PERSON"))
    other = project.add_span(pk, span(26, 33, "LOC", status=SpanStatus.SUGGESTED, source="detector:b"))
    new = [span(18, 22, "ORG", status=SpanStatus.SUGGESTED, source="detector:a"),
           span(1, 5, "MISC", status=SpanStatus.SUGGESTED, source="detector:a"),
           span(1, 10, "QUOTE", "quotes", status=SpanStatus.SUGGESTED, source="detector:a")]
    rel = [Relation(label="SPEAKER", head=new[2].id, child=new[0].id, status=SpanStatus.SUGGESTED, source="detector:a")]
    project.replace_suggestions(pk, ["detector:a"], new, rel, meta={"lang": "id"})
    project.replace_suggestions(pk, ["detector:a"], new, rel, meta={"lang": "id"})  # re-running changes nothing
    doc = project.get_document(pk)
    assert sorted((s.label, s.source) for s in doc.spans) == sorted(
        [("PERSON", "user"), ("LOC", "detector:b"), ("MISC", "detector:a"), ("QUOTE", "detector:a")])
    quote = next(s for s in doc.spans if s.label == "QUOTE")
    assert [(r.head, r.child) for r in doc.relations] == [(quote.id, mine.id)]  # moved to the person's span
    assert doc.meta["lang"] == "id" and other.id in {s.id for s in doc.spans}
    project.replace_suggestions(pk, ["detector:a"], new, rel, meta={"title": "Kami Siap"})
    assert project.summary(pk).title == "Kami Siap"


def test_accept_document_accepts_what_is_shown(project):
    (pk,) = add(project, TEXT)
    project.add_span(pk, span(18, 22, "PERSON", status=SpanStatus.SUGGESTED, source="detector:x"))
    old, ids = project.accept_document(pk)
    doc = project.get_document(pk)
    assert old == DocStatus.TODO and doc.status == DocStatus.DONE and len(ids) == 1
    assert doc.spans[0].status == SpanStatus.ACCEPTED
    project.set_span_status(pk, ids, SpanStatus.SUGGESTED)  # the inverse, for undo
    assert project.get_document(pk).spans[0].status == SpanStatus.SUGGESTED


def test_listing_filters_navigation_and_progress(project):
    pks = add(project, "satu Jakarta", "dua", "tiga Jakarta", "empat")
    project.add_span(pks[2], span(5, 12, "LOC"))
    project.set_status(pks[0], DocStatus.DONE)
    assert project.count() == 4
    assert [s.pk for s in project.list_documents(DocFilter(status=DocStatus.TODO))] == pks[1:]
    assert [s.pk for s in project.list_documents(DocFilter(label="LOC"))] == [pks[2]]
    assert [s.pk for s in project.list_documents(DocFilter(search="jakarta"))] == [pks[0], pks[2]]
    assert project.list_documents(offset=1, limit=2)[0].pk == pks[1]
    assert project.summary(pks[2]).n_spans == 1
    assert project.neighbour(pks[1], 1) == pks[2] and project.neighbour(pks[0], -1) is None
    assert project.next_unfinished(pks[3]) == pks[1]  # wraps around
    assert project.position(pks[2], DocFilter(status=DocStatus.TODO)) == 1
    assert project.progress() == {"todo": 3, "done": 1, "skipped": 0, "total": 4}


def test_iter_documents_streams_in_order_with_status_filter(project):
    pks = add(project, *[f"dok {i}" for i in range(1203)])
    project.set_status(pks[700], DocStatus.DONE)
    assert [d.text for d in project.iter_documents(DocStatus.DONE)] == ["dok 700"]
    assert sum(1 for _ in project.iter_documents()) == 1203


def test_stats_by_layer_label_and_source(project):
    (pk,) = add(project, TEXT)
    project.add_span(pk, span(18, 22, "PERSON"))
    project.add_span(pk, span(26, 33, "LOC", status=SpanStatus.SUGGESTED, source="detector:x"))
    stats = project.stats()
    assert stats["spans"]["entities"]["PERSON"] == {"user (accepted)": 1}
    assert stats["spans"]["entities"]["LOC"] == {"detector:x (suggested)": 1}


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "p.annotator"
    with open_project(path):
        pass
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    with pytest.raises(StoreError, match="newer"):
        open_project(path)


def test_a_file_that_is_not_a_project(tmp_path):
    path = tmp_path / "x.annotator"
    path.write_bytes(b"not sqlite at all" * 100)
    with pytest.raises(StoreError, match="not a usable project"):
        open_project(path)
