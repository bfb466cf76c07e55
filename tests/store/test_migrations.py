"""A project made by an older schema version opens and migrates.

``fixtures/v<N>.annotator`` is a project written by the app at schema N
(``fixtures/make_fixture.py``), with what it holds in ``v<N>.expected.json``.
Every fixture must open with today's code, migrate to the current version in
one transaction, keep every document, span, relation, status and setting, and
take new edits.  When SCHEMA_VERSION goes up, the v1 fixture (and each later
one) is migrated through every step, and a fixture of the new version is due.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import orjson
import pytest

import annotator.store.sqlite as sqlite_store
from annotator.core.model import DocStatus, Span
from annotator.store import StoreError, open_project
from annotator.store.base import SCHEMA_VERSION
from annotator.store.schema import MIGRATIONS

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PROJECTS = sorted(FIXTURES.glob("v*.annotator"), key=lambda p: int(p.stem[1:]))


def version_of(path: Path) -> int:
    db = sqlite3.connect(path)
    try:
        return db.execute("PRAGMA user_version").fetchone()[0]
    finally:
        db.close()


def integrity(path: Path) -> None:
    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        db.close()


def expected_of(fixture: Path) -> dict:
    return orjson.loads(fixture.with_name(f"{fixture.stem}.expected.json").read_bytes())


def assert_content(project, expected: dict) -> None:
    docs = [doc.model_dump(mode="json") for doc in project.iter_documents()]
    assert len(docs) == len(expected["documents"])
    for got, want in zip(docs, expected["documents"]):
        assert {k: got.get(k) for k in want} == want  # fields added by later versions may follow
    for key, value in expected["settings"].items():
        assert project.get_setting(key) == value
    by_status = {s.value: sum(d["status"] == s.value for d in docs) for s in DocStatus}
    assert project.progress() == {**by_status, "total": len(docs)}  # the v2 counters start right


def test_a_fixture_of_every_schema_version():
    assert [int(p.stem[1:]) for p in PROJECTS] == list(range(1, SCHEMA_VERSION + 1)), (
        "add a fixture of the new schema version: python tests/store/fixtures/make_fixture.py")


@pytest.mark.parametrize("fixture", PROJECTS, ids=[p.stem for p in PROJECTS])
def test_an_old_project_opens_migrates_and_keeps_everything(fixture, tmp_path):
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    made_by = int(fixture.stem[1:])
    assert version_of(path) == made_by
    if made_by < SCHEMA_VERSION:  # read-only cannot migrate: a clear message, the file untouched
        before = path.read_bytes()
        with pytest.raises(StoreError, match="schema upgrade"):
            open_project(path, readonly=True)
        assert path.read_bytes() == before
    with open_project(path) as project:
        assert_content(project, expected_of(fixture))
        pk = project.pk_of("a2")
        project.add_span(pk, Span(start=0, end=8, label="PERSON", layer="entities"))
        project.set_status(pk, DocStatus.DONE)
    assert version_of(path) == SCHEMA_VERSION
    integrity(path)
    with open_project(path, readonly=True) as project:
        doc = project.get_document(project.pk_of("a2"))
        assert doc.status == DocStatus.DONE and [s.label for s in doc.spans] == ["PERSON"]


def test_a_new_project_has_16_kb_pages_and_an_old_one_keeps_its_own(tmp_path):
    """ADR 0006: a new file's pages hold several texts of a few kB; a file that has pages keeps their size."""
    def page_size(path: Path) -> int:
        db = sqlite3.connect(path)
        try:
            return db.execute("PRAGMA page_size").fetchone()[0]
        finally:
            db.close()

    with open_project(tmp_path / "new.annotator") as project:
        project.add_documents([])
    assert page_size(tmp_path / "new.annotator") == sqlite_store.PAGE_SIZE == 16384
    old = tmp_path / PROJECTS[-1].name
    shutil.copy(PROJECTS[-1], old)
    assert page_size(old) == 4096
    with open_project(old) as project:
        project.set_status(project.pk_of("a2"), DocStatus.DONE)
    assert page_size(old) == 4096
    integrity(old)


def test_migrations_run_in_order_in_one_transaction(tmp_path, monkeypatch):
    """A next version's migration, simulated on the oldest fixture: it runs,
    and when one of its statements fails the project is left as it was."""
    oldest = PROJECTS[0]
    target = SCHEMA_VERSION + 1
    monkeypatch.setattr(sqlite_store, "SCHEMA_VERSION", target)

    broken = tmp_path / "broken.annotator"
    shutil.copy(oldest, broken)
    before = broken.read_bytes()
    monkeypatch.setitem(MIGRATIONS, target, ["ALTER TABLE documents ADD COLUMN reviewer TEXT", "SELECT * FROM nope"])
    with pytest.raises(StoreError, match="not a usable project file"):
        open_project(broken)
    assert broken.read_bytes() == before
    integrity(broken)

    good = tmp_path / "good.annotator"
    shutil.copy(oldest, good)
    monkeypatch.setitem(MIGRATIONS, target, ["ALTER TABLE documents ADD COLUMN reviewer TEXT",
                                             "UPDATE documents SET reviewer = 'migrated'"])
    with open_project(good) as project:
        assert_content(project, expected_of(oldest))
    assert version_of(good) == target
    db = sqlite3.connect(good)
    assert {row[0] for row in db.execute("SELECT reviewer FROM documents")} == {"migrated"}
    db.close()


def test_a_project_from_a_newer_app_is_refused_untouched(tmp_path):
    path = tmp_path / "future.annotator"
    shutil.copy(PROJECTS[-1], path)
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer annotator"):
        open_project(path)
    assert path.read_bytes() == before


def test_an_empty_file_left_by_a_kill_during_creation_becomes_a_project(tmp_path):
    path = tmp_path / "empty.annotator"
    path.write_bytes(b"")
    with open_project(path) as project:
        assert project.count() == 0
        assert project.scheme.layers
    assert version_of(path) == SCHEMA_VERSION
