"""Roles in a shared project are enforced by PostgreSQL (roles and row-level security), not by our code: an
annotator's own connection, even with hand-written SQL, cannot read or change another annotator's set nor
write the curated set; a curator reads every set and writes the curated one; a manager does everything."""

from __future__ import annotations

import psycopg
import pytest

from annotator.cli import main
from annotator.core.model import Document, DocStatus, Span
from annotator.store import CURATED, StoreError, open_project

TEXTS = ['"Kami siap," kata Gati di Jakarta.', "Presiden Joko Widodo di Surabaya.", "Dokumen ketiga di Bandung."]


def ent(start: int, end: int, label: str) -> Span:
    return Span(start=start, end=end, label=label, layer="entities")


@pytest.fixture
def team(pg_url, pg_team, capsys):
    """A project whose manager imported three documents and gave d1 and d2 to alice, d1 and d3 to bob;
    cora curates.  Returns ``url(role)``: the project's URL logging in as that role."""
    assert main(["team", "init-db", "--project", pg_url]) == 0  # what pg_team does, by the command line
    assert main(["team", "add-user", "alice", "--role", "annotator", "--project", pg_url]) == 0
    assert "alice: annotator (" in capsys.readouterr().err
    url = pg_team({"alice": "annotator", "bob": "annotator", "cora": "curator", "max": "manager"})
    with open_project(url("max")) as p:
        assert p.annotator == "max"  # the login role is the annotator's name
        d1, d2, d3 = p.add_documents([Document(text=t) for t in TEXTS]).added
        p.set_queues({"alice": [d1, d2], "bob": [d1, d3]})
    return url


def sql(url: str, query: str, *params: object) -> list[tuple]:
    with psycopg.connect(url, autocommit=True) as conn:
        cur = conn.execute(query, params)  # type: ignore[arg-type]
        return cur.fetchall() if cur.description else [(cur.rowcount,)]


def test_an_annotator_sees_only_their_documents_and_their_own_sets(team):
    with open_project(team("bob")) as bob:
        d1 = bob.pk_of(Document(text=TEXTS[0]).id)
        assert bob.annotator == "bob" and bob.count() == 2 and bob.progress()["total"] == 2
        bob.add_span(d1, ent(18, 22, "ORG"))
        bob.set_status(d1, DocStatus.DONE)
    with open_project(team("alice")) as alice:
        assert [s.id for s in alice.list_documents()] == [Document(text=t).id for t in TEXTS[:2]]
        assert alice.pk_of(Document(text=TEXTS[2]).id) is None  # bob's d3 is not alice's to read
        alice.add_span(d1, ent(18, 22, "PERSON"))
        assert alice.set_names(d1) == ["alice"]  # bob's set on the same document is invisible
        assert alice.get_set(d1, "bob") is None
        assert alice.progress() == {"todo": 2, "done": 0, "skipped": 0, "total": 2}
    bob_pk = sql(team("max"), "SELECT pk FROM annotators WHERE name = 'bob'")[0][0]
    url = team("alice")  # hand-written SQL on alice's own connection
    assert sql(url, "SELECT count(*) FROM spans WHERE owner = %s", bob_pk) == [(0,)]
    assert sql(url, "SELECT count(*) FROM sets WHERE annotator = %s", bob_pk) == [(0,)]
    assert sql(url, "UPDATE spans SET label = 'LOC' WHERE owner = %s", bob_pk) == [(0,)]
    assert sql(url, "DELETE FROM sets WHERE annotator = %s", bob_pk) == [(0,)]
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        sql(url, "INSERT INTO spans(doc, owner, id, layer, label, start, \"end\", source, status) "
                 "VALUES (%s, %s, 'x', 'entities', 'LOC', 0, 4, 'user', 'accepted')", d1, bob_pk)
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        sql(url, "UPDATE documents SET title = 'x'")
    with open_project(team("cora")) as cora:  # bob's work is as bob left it
        bob_set = cora.get_set(d1, "bob")
        assert bob_set is not None and [s.label for s in bob_set.spans] == ["ORG"]
        assert bob_set.status == DocStatus.DONE


def test_an_annotator_cannot_write_as_someone_else_through_the_store(team):
    with open_project(team("max")) as p:
        d1 = p.pk_of(Document(text=TEXTS[0]).id)
    with open_project(team("alice"), annotator="bob") as posing:  # the name is not the login
        with pytest.raises(StoreError, match="not saved"):
            posing.add_span(d1, ent(18, 22, "PERSON"))
    with open_project(team("alice")) as alice:
        alice.use_set(CURATED)
        with pytest.raises(StoreError, match="not saved"):
            alice.add_span(d1, ent(18, 22, "PERSON"))
        alice.use_set("alice")
        with pytest.raises(StoreError, match="not saved"):  # the shared suggestions are the manager's
            alice.replace_suggestions(d1, ["detector:x"], [ent(18, 22, "PERSON")], [])
        with pytest.raises(StoreError, match="not saved"):
            alice.add_documents([Document(text="Dokumen baru.")])
    with open_project(team("cora")) as cora:
        assert cora.set_names(d1) == []  # nothing of the refused edits was kept


def test_a_curator_reads_every_set_and_writes_the_curated_one(team, tmp_path):
    with open_project(team("alice")) as alice:
        d1 = alice.pk_of(Document(text=TEXTS[0]).id)
        alice.add_span(d1, ent(18, 22, "PERSON"))
        alice.set_status(d1, DocStatus.DONE)
    with open_project(team("bob")) as bob:
        bob.add_span(d1, ent(18, 22, "ORG"))
        bob.set_status(d1, DocStatus.DONE)
    with open_project(team("cora")) as cora:
        assert cora.set_names(d1) == ["alice", "bob"]
        cora.use_set(CURATED)
        cora.add_span(d1, ent(18, 22, "PERSON"))
        cora.set_status(d1, DocStatus.DONE)
        cora.use_set("alice")
        with pytest.raises(StoreError, match="not saved"):  # alice's set is alice's
            cora.add_span(d1, ent(26, 33, "LOC"))
    out = tmp_path / "gold.jsonl"
    assert main(["export", "--project", team("max"), "--output", str(out), "--annotator", "curated"]) == 0
    (record,) = [line for line in out.read_text(encoding="utf-8").splitlines()]
    assert '"PERSON"' in record and '"_annotator_id":"curated"' in record


def test_team_commands_need_a_shared_project(tmp_path, capsys):
    assert main(["team", "init-db", "--project", str(tmp_path / "p.annotator")]) == 2
    assert "PostgreSQL" in capsys.readouterr().err
