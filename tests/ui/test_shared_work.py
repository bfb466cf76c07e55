"""The window shares the project with its background jobs: an edit made while
detection writes a big document is stored (and undoable) like any other, a
write the project cannot take leaves the undo stack as it was and says so,
and closing the window never waits for a job stuck in a detector."""

from __future__ import annotations

import sqlite3
import threading

from PySide6.QtCore import Qt

from annotator.core.model import Span, SpanStatus
from annotator.detect.pipeline import PipelineResult
from annotator.store import open_project

from ui_helpers import doc, select_by_keys

WORDS = ["Gati", "Jakarta", "Bandung", "Surabaya", "Medan", "Bogor", "Depok", "Bekasi", "Malang", "Solo"]
SMALL = " dan ".join(WORDS) + "."
BIG = "Kata Gati di Jakarta hari ini. " * 6_000  # 186,000 characters


def big_detection(started: threading.Event | None = None, release: threading.Event | None = None):
    """A stand-in for detect_all: a suggestion on every word of the big text (30,000 of them); it
    can wait for ``release`` first, as a detector deep in a long document would."""

    def detect_all(docs, layers=(), lang="auto", jobs=None, chunk=8, models=None):
        for d in docs:
            if started is not None:
                started.set()
            if release is not None:
                release.wait(120)
            found, at = [], 0
            for word in d.text.split(" "):
                if word:
                    found.append(Span(start=at, end=at + len(word.rstrip(".")) or at + 1, label="MISC",
                                      layer="entities", source="detector:entities", status=SpanStatus.SUGGESTED))
                at += len(word) + 1
            yield d, PipelineResult(sources=["detector:entities"], spans=found)

    return detect_all


def label_word(qtbot, window, i: int) -> None:
    start = SMALL.index(WORDS[i])
    select_by_keys(qtbot, window.panels.view, start, len(WORDS[i]))
    qtbot.keyClick(window.panels.view, Qt.Key.Key_3)  # LOC


def test_every_edit_made_while_detection_writes_a_big_document_is_stored(qtbot, make_window, monkeypatch):
    monkeypatch.setattr("annotator.detect.runner.detect_all", big_detection())
    window = make_window([doc(SMALL), doc(BIG)])
    big_pk = window.ws.store.pk_of(window.ws.store.get_document(2).id)
    window.projects.detect_all()
    made = 0
    while made < len(WORDS) and (made < 3 or window.ws.jobs.busy()):
        label_word(qtbot, window, made)
        made += 1
    assert made >= 3
    qtbot.waitUntil(lambda: not window.ws.jobs.busy(), timeout=120_000)
    stored = {SMALL[s.start:s.end] for s in window.ws.store.get_document(window.ws.session.pk).spans
              if s.label == "LOC" and s.status == SpanStatus.ACCEPTED}
    assert stored == set(WORDS[:made])
    assert window.ws.undo.count() == made
    assert len(window.ws.store.get_document(big_pk).spans) == BIG.count(" ") - BIG.count("  ")
    window.flow.undo()
    assert WORDS[made - 1] not in {SMALL[s.start:s.end] for s in window.ws.store.get_document(1).spans
                                   if s.label == "LOC"}


def hold_the_project(path) -> sqlite3.Connection:
    """Another writer holding the project's write lock."""
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    return other


def test_a_write_the_project_refuses_is_not_shown_as_done(qtbot, make_window):
    window = make_window([doc(SMALL)])
    ws = window.ws
    ws.store._db.execute("PRAGMA busy_timeout = 20")  # the test need not wait the full timeout
    label_word(qtbot, window, 0)
    assert ws.undo.count() == 1 and ws.undo.index() == 1
    other = hold_the_project(ws.store.path)
    try:
        label_word(qtbot, window, 1)  # refused: not on the stack, not in the text, and said
        assert ws.undo.count() == 1 and ws.undo.index() == 1
        assert "not saved" in window.panels.status.keys.text()
        assert [s.label for s in window.ws.session.index.ordered] == ["LOC"]
        window.panels.status.clear_message()
        window.flow.undo()  # refused too: the edit stays, and stays undoable
        assert ws.undo.index() == 1
        assert "not saved" in window.panels.status.keys.text()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert len(ws.store.get_document(1).spans) == 1
    window.flow.undo()
    assert ws.undo.index() == 0 and ws.store.get_document(1).spans == []
    window.flow.redo()
    assert ws.undo.index() == 1 and len(ws.store.get_document(1).spans) == 1


def test_closing_the_window_does_not_wait_for_a_job_stuck_in_a_detector(qtbot, make_window, monkeypatch):
    started, release = threading.Event(), threading.Event()
    monkeypatch.setattr("annotator.detect.runner.detect_all", big_detection(started, release))
    window = make_window([doc(SMALL), doc(BIG)])
    path = window.ws.store.path
    label_word(qtbot, window, 0)
    window.projects.detect_all()
    assert started.wait(60)
    try:
        window.close()  # returns while the detector is still busy (it has not been released)
        window.ws.close()  # as the app does after its event loop
        assert not window.ws.jobs.busy() and not window.ws.is_open
        assert not release.is_set()
    finally:
        release.set()
    qtbot.waitUntil(lambda: not window.ws.jobs.abandoned, timeout=60_000)
    with open_project(path) as store:  # sound, the person's edit in, nothing of the cancelled job
        assert store._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert [s.label for s in store.get_document(1).spans] == ["LOC"]
        assert store.get_document(2).spans == []
