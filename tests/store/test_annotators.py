"""Annotators and annotation sets: each person's work on a document is their own set, suggestions are
shared, the curated set is the gold, a project from before annotators keeps its work as 'default'."""

import shutil
from pathlib import Path

import orjson
import pytest

from annotator.cli import main
from annotator.core.model import Document, DocStatus, Relation, Span, SpanStatus
from annotator.store import CURATED, DocFilter, StoreError, open_project
from projects import raw_query

TEXT = '"Kami siap," kata Gati di Jakarta.'
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def span(start, end, label, layer="entities", **kw):
    return Span(start=start, end=end, label=label, layer=layer, **kw)


def suggestion(start, end, label, layer="entities"):
    return span(start, end, label, layer, source="detector:test", status=SpanStatus.SUGGESTED)


@pytest.fixture
def path(project_location):
    """A project with two documents, both with a shared LOC suggestion, made by the manager (a SQLite file,
    then a PostgreSQL database)."""
    path = project_location
    with open_project(path, annotator="manager") as p:
        pks = p.add_documents([Document(text=TEXT, id="d1"), Document(text=TEXT + " Lagi.", id="d2")]).added
        for pk in pks:
            p.replace_suggestions(pk, ["detector:test"], [suggestion(26, 33, "LOC")], [])
    return path


def labels(doc):
    return [(s.label, s.start, s.end, str(s.status)) for s in doc.spans]


def test_each_annotator_reads_and_writes_only_their_own_set(path):
    with open_project(path, annotator="alice") as alice:
        pk = alice.pk_of("d1")
        alice.add_span(pk, span(18, 22, "PERSON"))
        alice.accept_document(pk)
        assert labels(alice.get_document(pk)) == [("PERSON", 18, 22, "accepted"), ("LOC", 26, 33, "accepted")]
        assert alice.progress() == {"todo": 1, "done": 1, "skipped": 0, "total": 2}
    with open_project(path, annotator="bob") as bob:
        doc = bob.get_document(pk)  # bob has not touched d1: the shared suggestion, status todo
        assert labels(doc) == [("LOC", 26, 33, "suggested")] and doc.status == DocStatus.TODO
        assert bob.progress()["done"] == 0 and bob.next_unfinished() == pk
        bob.remove_span(pk, doc.spans[0].id)  # bob rejects the suggestion: only in his set
        bob.add_span(pk, span(18, 22, "ORG"))
        bob.set_status(pk, DocStatus.SKIPPED)
        assert [s.status for s in bob.list_documents()] == [DocStatus.SKIPPED, DocStatus.TODO]
        assert bob.count(DocFilter(label="ORG")) == 1 and bob.count(DocFilter(label="PERSON")) == 0
        assert bob.set_names(pk) == ["alice", "bob"]
        assert labels(bob.get_set(pk, "alice")) == [("PERSON", 18, 22, "accepted"), ("LOC", 26, 33, "accepted")]
        assert bob.get_set(bob.pk_of("d2"), "alice") is None
        assert bob.annotators() == ["default", "manager", "alice", "bob"]
    with open_project(path, annotator="alice", readonly=True) as alice:
        assert labels(alice.get_document(pk))[0] == ("PERSON", 18, 22, "accepted")
        assert alice.get_document(pk).status == DocStatus.DONE and alice.get_document(pk).annotator == "alice"
        assert alice.stats()["spans"]["entities"]["PERSON"] == {"user (accepted)": 1}


def test_every_span_records_who_wrote_it_and_when(path):
    with open_project(path, annotator="alice") as alice:
        pk = alice.pk_of("d1")
        alice.add_span(pk, span(18, 22, "PERSON"))
    rows = raw_query(path, "SELECT a.name, o.name, s.label, s.updated FROM spans s JOIN annotators a ON a.pk = s.owner "
                     "LEFT JOIN annotators o ON o.pk = s.author WHERE s.doc = ? ORDER BY s.start", (pk,))
    assert [r[:3] for r in rows] == [("alice", "alice", "PERSON"), ("alice", None, "LOC")]  # the copy is the detector's
    assert all(isinstance(r[3], float) for r in rows)


def test_new_suggestions_reach_every_set_and_spare_what_people_made(path):
    with open_project(path, annotator="alice") as alice:
        pk = alice.pk_of("d1")
        alice.add_span(pk, span(26, 33, "ORG"))  # overlaps the LOC suggestion's place: alice's own span wins
        alice.remove_span(pk, next(s.id for s in alice.get_document(pk).spans if s.label == "LOC"))
    with open_project(path, annotator="manager") as manager:
        manager.replace_suggestions(pk, ["detector:test"], [suggestion(26, 33, "LOC"), suggestion(18, 22, "PERSON")],
                                    [])
    with open_project(path, annotator="alice", readonly=True) as alice:
        assert labels(alice.get_document(pk)) == [("PERSON", 18, 22, "suggested"), ("ORG", 26, 33, "accepted")]
    with open_project(path, annotator="carol", readonly=True) as carol:  # nobody's set: the shared suggestions
        assert labels(carol.get_document(pk)) == [("PERSON", 18, 22, "suggested"), ("LOC", 26, 33, "suggested")]


def test_a_curator_writes_the_curated_set(path):
    with open_project(path, annotator="cora") as cora:
        pk = cora.pk_of("d1")
        cora.use_set(CURATED)
        cora.add_span(pk, span(18, 22, "PERSON"))
        cora.set_status(pk, DocStatus.DONE)
        assert cora.set_name == CURATED and cora.get_document(pk).annotator == CURATED
        cora.use_set("cora")
        assert cora.get_document(pk).status == DocStatus.TODO
    with open_project(path, readonly=True) as p:
        assert p.set_names(pk) == [CURATED]
    with pytest.raises(StoreError, match="reserved"):
        open_project(path, annotator=CURATED)
    with pytest.raises(StoreError, match="reserved"):
        open_project(path, annotator="all")
    with pytest.raises(StoreError, match="name"):
        open_project(path, annotator=" \t")


def test_imported_work_is_the_importers_and_its_suggestions_are_shared(project_location):
    path = project_location
    rel = Relation(label="SPEAKER", head="q", child="g")
    doc = Document(text=TEXT, status=DocStatus.DONE, relations=[rel], spans=[
        span(1, 10, "QUOTE", "quotes", id="q"), span(18, 22, "PERSON", id="g"), suggestion(26, 33, "LOC")])
    with open_project(path, annotator="alice") as alice:
        (pk,) = alice.add_documents([doc]).added
        assert alice.get_document(pk).relations == [rel] and alice.get_document(pk).status == DocStatus.DONE
    with open_project(path, annotator="bob", readonly=True) as bob:
        assert labels(bob.get_document(pk)) == [("LOC", 26, 33, "suggested")]


def test_a_single_annotator_project_keeps_its_work_as_default(tmp_path):
    path = tmp_path / "v2.annotator"
    shutil.copy(FIXTURES / "v2.annotator", path)
    with open_project(path) as p:  # the CLI's and an old window's annotator
        a1 = p.get_document(p.pk_of("a1"))
        assert a1.status == DocStatus.DONE and len(a1.spans) == 5 and len(a1.relations) == 2
        assert p.get_document(p.pk_of("a2")).status == DocStatus.SKIPPED
        assert p.set_names(p.pk_of("a1")) == ["default"] and p.set_names(p.pk_of("a3")) == []
    with open_project(path, annotator="newcomer") as p:  # starts from the suggestions, not from default's work
        a1 = p.get_document(p.pk_of("a1"))
        assert a1.status == DocStatus.TODO and sorted(s.label for s in a1.spans) == ["BOILERPLATE", "LOC"]
        assert p.progress() == {"todo": 3, "done": 0, "skipped": 0, "total": 3}


def exported(tmp_path, project, *args):
    out = tmp_path / "out.jsonl"
    code = main(["export", "--project", str(project), "--output", str(out), "--status", "all", *args])
    assert code == 0
    return [orjson.loads(line) for line in out.read_bytes().splitlines()]


def test_export_chooses_curated_else_the_only_set_and_names_the_annotator(path, tmp_path, capsys):
    with open_project(path, annotator="alice") as alice:
        d1, d2 = alice.pk_of("d1"), alice.pk_of("d2")
        alice.add_span(d1, span(18, 22, "PERSON"))
        alice.add_span(d2, span(18, 22, "PERSON"))
    with open_project(path, annotator="bob") as bob:
        bob.add_span(d1, span(18, 22, "ORG"))

    recs = exported(tmp_path, path)  # d1 has two sets and no curated one: left out, and said so
    assert [(r["id"], r["_annotator_id"], r["_session_id"]) for r in recs] == [("d2", "alice", "alice")]
    err = capsys.readouterr().err
    assert "1 documents have several annotators' sets and no curated set" in err and "(d1)" in err
    assert "annotation sets written (documents per annotator): alice 1" in err

    recs = exported(tmp_path, path, "--annotator", "all")
    assert [(r["id"], r["_annotator_id"], [s["label"] for s in r["spans"] if s["status"] == "accepted"])
            for r in recs] == [("d1", "alice", ["PERSON"]), ("d1", "bob", ["ORG"]), ("d2", "alice", ["PERSON"])]
    assert "alice 2, bob 1" in capsys.readouterr().err

    with open_project(path, annotator="cora") as cora:
        cora.use_set(CURATED)
        cora.add_span(d1, span(18, 22, "PERSON"))
        cora.set_status(d1, DocStatus.DONE)
    recs = exported(tmp_path, path)
    assert [(r["id"], r["_annotator_id"]) for r in recs] == [("d1", CURATED), ("d2", "alice")]
    with open_project(path, readonly=True) as p:  # the export's progress total
        assert [p.count_sets(which, status) for which, status in [
            (None, None), (None, DocStatus.DONE), ("all", None), ("alice", None), ("curated", DocStatus.DONE)]] == [
            2, 1, 3, 2, 1]
    recs = exported(tmp_path, path, "--annotator", "curated")
    assert [(r["id"], r["answer"]) for r in recs] == [("d1", "accept")]
    assert "curated 1" in capsys.readouterr().err
    recs = exported(tmp_path, path, "--annotator", "bob")
    assert [r["id"] for r in recs] == ["d1"]

    assert main(["export", "--project", str(path), "--output", str(tmp_path / "x.jsonl"), "--annotator", "zed"]) == 2
    assert "has no annotator 'zed'" in capsys.readouterr().err


def test_cli_import_and_stats_work_as_the_annotator_given(tmp_path, project_location, capsys):
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    project = project_location
    assert main(["import", str(src), "--project", str(project), "--annotator", "alice"]) == 0
    with open_project(project, annotator="alice") as alice:
        alice.add_span(1, span(18, 22, "PERSON"))
    capsys.readouterr()
    assert main(["stats", "--project", str(project), "--annotator", "alice", "--json"]) == 0
    assert orjson.loads(capsys.readouterr().out)["spans"]["entities"]["PERSON"] == {"user (accepted)": 1}
    assert main(["stats", "--project", str(project), "--annotator", "bob", "--json"]) == 0
    assert orjson.loads(capsys.readouterr().out)["spans"] == {}
