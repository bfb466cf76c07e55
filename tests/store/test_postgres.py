"""What only a project on a PostgreSQL server has: a URL that may carry a password we never keep, clients
that open, migrate and write at the same time, and a connection that can be lost and comes back."""

from __future__ import annotations

import threading

import psycopg
import pytest

from annotator.core.model import Document, DocStatus, Span
from annotator.store import StoreError, open_project, reopen
from annotator.store import without_password
from annotator.store.postgres import PostgresProject
from annotator.store.base import SCHEMA_VERSION

TEXT = '"Kami siap," kata Gati di Jakarta.'


def ent(start: int, end: int, label: str) -> Span:
    return Span(start=start, end=end, label=label, layer="entities")


def with_password(url: str, password: str) -> str:
    scheme, rest = url.split("://", 1)
    user, host = rest.split("@", 1)
    return f"{scheme}://{user}:{password}@{host}"


def test_display_url_drops_the_password_and_keeps_the_rest():
    assert without_password("postgresql://ann:s3cret@db.example:5433/news?sslmode=require") == \
        "postgresql://ann@db.example:5433/news?sslmode=require"
    assert without_password("postgresql:///news?service=team&password=s3cret") == "postgresql:///news?service=team"
    assert without_password("postgres://db/news") == "postgres://db/news"


def test_a_password_in_the_url_is_used_but_never_kept(pg_url):
    url = with_password(pg_url, "s3cret")  # the test server trusts the loopback, so any password works
    with open_project(url, annotator="alice") as p:
        assert isinstance(p, PostgresProject) and "s3cret" not in p.path and p.path == pg_url
        assert "s3cret" not in repr(p.ref())
        (pk,) = p.add_documents([Document(text=TEXT)]).added
        with reopen(p.ref()) as again:  # a worker thread's own connection, from what the window remembers
            assert again.get_document(pk).text == TEXT and again.annotator == "alice"


def test_a_newer_schema_and_a_database_without_a_project_are_refused(pg_url, pg_server):
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("UPDATE annotator_schema SET version = %s", (SCHEMA_VERSION + 1,))
    with pytest.raises(StoreError, match="newer annotator"):
        open_project(pg_url)
    with psycopg.connect(pg_server.url(), autocommit=True) as conn:
        conn.execute("CREATE DATABASE empty_db")
    try:
        with pytest.raises(StoreError, match="no project"):
            open_project(pg_server.url("empty_db"), create=False)
        with pytest.raises(StoreError, match="no project"):
            open_project(pg_server.url("empty_db"), readonly=True)
    finally:
        with psycopg.connect(pg_server.url(), autocommit=True) as conn:
            conn.execute("DROP DATABASE empty_db WITH (FORCE)")
    with pytest.raises(StoreError, match="cannot connect"):
        open_project(pg_server.url("no_such_database"))


def test_clients_that_open_a_new_database_together_migrate_it_once(pg_server):
    with psycopg.connect(pg_server.url(), autocommit=True) as conn:
        conn.execute("CREATE DATABASE fresh_db")
    url = pg_server.url("fresh_db")
    errors: list[BaseException] = []

    def open_and_edit(name: str) -> None:
        try:
            with open_project(url, annotator=name) as p:
                p.set_setting(f"seen.{name}", "yes")
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=open_and_edit, args=(f"a{i}",)) for i in range(4)]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=300)
        assert errors == []
        with open_project(url) as p:
            assert sorted(p.annotators()) == ["a0", "a1", "a2", "a3", "default"]
            assert all(p.get_setting(f"seen.a{i}") == "yes" for i in range(4))
    finally:
        with psycopg.connect(pg_server.url(), autocommit=True) as conn:
            conn.execute("DROP DATABASE fresh_db WITH (FORCE)")


def test_annotators_write_the_same_document_at_the_same_time(pg_url):
    with open_project(pg_url, annotator="manager") as p:
        (pk,) = p.add_documents([Document(text=TEXT * 20)]).added
    errors: list[BaseException] = []

    def annotate(name: str) -> None:
        try:
            with open_project(pg_url, annotator=name) as p:
                for i in range(20):
                    p.add_span(pk, ent(i * len(TEXT) + 18, i * len(TEXT) + 22, "PERSON"))
                p.set_status(pk, DocStatus.DONE)
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=annotate, args=(name,)) for name in ("alice", "bob", "carol")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert errors == []
    with open_project(pg_url, readonly=True) as p:
        assert sorted(p.set_names(pk)) == ["alice", "bob", "carol"]
        for name in ("alice", "bob", "carol"):
            doc = p.get_set(pk, name)
            assert doc is not None and len(doc.spans) == 20 and doc.status == DocStatus.DONE


def backend_killer(pg_server, store: PostgresProject):
    pid = store._pg.raw.info.backend_pid

    def kill() -> None:
        with psycopg.connect(pg_server.url(), autocommit=True) as conn:
            conn.execute("SELECT pg_terminate_backend(%s)", (pid,))
    return kill


def test_a_lost_connection_loses_no_acknowledged_edit_and_comes_back(pg_url, pg_server, monkeypatch):
    with open_project(pg_url, annotator="alice") as p:
        assert isinstance(p, PostgresProject)
        (pk,) = p.add_documents([Document(text=TEXT)]).added
        p.add_span(pk, ent(18, 22, "PERSON"))
        backend_killer(pg_server, p)()  # between edits (the server restarted, say): the next read reconnects
        assert [s.label for s in p.get_document(pk).spans] == ["PERSON"]
        backend_killer(pg_server, p)()
        p.add_span(pk, ent(26, 33, "LOC"))  # and so does the next edit
        kill = backend_killer(pg_server, p)
        real_check = PostgresProject._check

        def dying_check(self: PostgresProject, *args: object) -> None:
            kill()  # the connection is lost inside the edit's transaction
            real_check(self, *args)  # type: ignore[arg-type]

        monkeypatch.setattr(PostgresProject, "_check", dying_check)
        with pytest.raises(StoreError, match="not saved"):
            p.add_span(pk, ent(1, 10, "ORG"))
        monkeypatch.undo()
        assert [s.label for s in p.get_document(pk).spans] == ["PERSON", "LOC"]  # the failed edit left nothing
        p.set_status(pk, DocStatus.DONE)
    with open_project(pg_url, annotator="alice", readonly=True) as p:
        assert p.get_document(pk).status == DocStatus.DONE and len(p.get_document(pk).spans) == 2


def test_annotators_copies_merge_into_a_shared_project(pg_url, tmp_path, capsys):
    from annotator.cli import main

    for name, label in (("alice", "PERSON"), ("bob", "ORG")):
        with open_project(tmp_path / f"{name}.annotator", annotator=name) as copy:
            (pk,) = copy.add_documents([Document(text=TEXT)]).added
            copy.add_span(pk, ent(18, 22, label))
            copy.set_status(pk, DocStatus.DONE)
    inputs = [str(tmp_path / "alice.annotator"), str(tmp_path / "bob.annotator")]
    assert main(["merge", *inputs, "--into", pg_url]) == 0
    assert "1 of them new" in capsys.readouterr().err
    with open_project(pg_url, readonly=True) as team:
        pk = team.pk_of(Document(text=TEXT).id)
        assert pk is not None and team.set_names(pk) == ["alice", "bob"]
        assert [s.label for s in team.get_set(pk, "bob").spans] == ["ORG"]  # type: ignore[union-attr]
    assert main(["merge", *inputs, "--into", pg_url, "--json"]) == 0  # again: nothing new
    assert '"sets_added":0' in capsys.readouterr().out


def poll_until(store, want: int, events: list) -> None:
    """Poll until ``want`` events came (notifications take a moment; generous on a loaded machine)."""
    import time

    deadline = time.monotonic() + 60
    while len(events) < want and time.monotonic() < deadline:
        store.poll_others()
        time.sleep(0.05)


def test_others_changes_arrive_as_typed_events(pg_url, pg_server):
    from annotator.core.events import DocumentsAdded, SchemeChanged, SetReplaced, SettingChanged, SuggestionsReplaced
    from annotator.core.labels import LabelScheme

    with open_project(pg_url, annotator="alice") as alice, open_project(pg_url, annotator="bob") as bob:
        seen: list = []
        alice.events.connect(seen.append)
        (pk,) = bob.add_documents([Document(text=TEXT)]).added
        poll_until(alice, 1, seen)
        assert seen == [DocumentsAdded(pks=(pk,))]
        alice.add_span(pk, ent(18, 22, "PERSON"))  # her own edit: emitted once, by her store, never echoed
        bob.add_span(pk, ent(26, 33, "LOC"))
        bob.set_status(pk, DocStatus.DONE)
        poll_until(alice, 3, seen)
        assert type(seen[1]).__name__ == "SpanAdded" and seen[1].span.label == "PERSON"  # alice's own
        assert seen[2:] == [SetReplaced(doc=pk, name="bob")]  # bob's two edits of one set: one event
        assert alice.poll_others() == 0
        seen.clear()
        bob.replace_suggestions(pk, ["detector:x"], [ent(1, 10, "ORG")], [])
        data = bob.scheme.model_dump()
        data["layers"][0]["labels"].append({"name": "EVENT", "color": "#123456"})
        bob.set_scheme(LabelScheme.model_validate(data))
        poll_until(alice, 3, seen)
        assert seen == [SuggestionsReplaced(doc=pk, spans=()), SettingChanged(key="scheme"), SchemeChanged()]
        assert alice.scheme.has_label("EVENT")  # the cached scheme was read again
        seen.clear()
        backend_killer(pg_server, alice)()  # the server dropped alice: the next poll reconnects and listens
        alice.poll_others()
        bob.set_status(pk, DocStatus.SKIPPED)
        poll_until(alice, 1, seen)
        assert seen == [SetReplaced(doc=pk, name="bob")]


def test_a_service_file_names_the_server_as_libpq_does(pg_url, tmp_path, monkeypatch):
    from urllib.parse import urlsplit

    parts = urlsplit(pg_url)
    service = tmp_path / "pg_service.conf"
    service.write_text(f"[team]\nhost={parts.hostname}\nport={parts.port}\ndbname={parts.path[1:]}\n"
                       f"user={parts.username}\nsslmode=disable\n", encoding="utf-8")
    monkeypatch.setenv("PGSERVICEFILE", str(service))
    with open_project(pg_url, annotator="manager") as p:
        (pk,) = p.add_documents([Document(text=TEXT)]).added
    with open_project("postgresql:///?service=team", annotator="alice") as p:
        assert p.path == "postgresql:///?service=team" and p.get_document(pk).text == TEXT
