"""A text search over the corpus never holds up the window: it runs on its own
connection in a thread, the list fills in when the answer comes, and an
answer to a search that a newer one replaced is never shown."""

import threading

import pytest
from PySide6.QtCore import Qt

from annotator.store import DocFilter, SqliteProject

from ui_helpers import doc, spans_of


@pytest.fixture
def gate(monkeypatch):
    """Text searches on the search thread's (read-only) connection wait until ``gate.set()``."""
    gate = threading.Event()
    original = SqliteProject.list_documents

    def held(self, flt=DocFilter(), offset=0, limit=100):
        if flt.search and self.readonly:
            assert gate.wait(10), "the test never opened the gate"
        return original(self, flt, offset, limit)

    monkeypatch.setattr(SqliteProject, "list_documents", held)
    yield gate
    gate.set()


def corpus_window(make_window):
    docs = [doc(f"Berita {i} dari Jakarta.") for i in range(5)] + [doc(f"Kabar {i} dari Bandung.") for i in range(3)]
    return make_window(docs)


def search(corpus, text):
    corpus.search.setText(text)
    corpus.apply_filter()  # what the pause after typing triggers


def titles(corpus):
    return [corpus.model.index(r, 1).data() for r in range(corpus.model.rowCount())]


def test_the_window_keeps_working_while_a_search_runs(qtbot, make_window, gate):
    window = corpus_window(make_window)
    corpus, view = window.panels.corpus, window.panels.view
    search(corpus, "Bandung")  # returns at once although the search is held
    assert corpus.model.searching and corpus.model.rowCount() == 0
    assert corpus.progress.text().startswith("searching…")
    view.select_cp(0, 6)
    qtbot.keyClick(view, Qt.Key.Key_3)  # an edit while the search waits
    assert [s.label for s in spans_of(window)[0]] == ["LOC"]
    gate.set()
    qtbot.waitUntil(lambda: corpus.model.total is not None)
    assert sorted(titles(corpus)) == [f"Kabar {i} dari Bandung." for i in range(3)]
    assert corpus.progress.text().startswith("3 listed · 0 of 8 done")


def test_a_newer_search_replaces_an_older_one(qtbot, make_window, gate):
    window = corpus_window(make_window)
    corpus = window.panels.corpus
    search(corpus, "Jakarta")
    search(corpus, "Bandung")
    gate.set()
    qtbot.waitUntil(lambda: corpus.model.total is not None)
    qtbot.wait(100)  # any late answer to the first search would arrive by now
    assert sorted(titles(corpus)) == [f"Kabar {i} dari Bandung." for i in range(3)] and corpus.model.total == 3


def test_a_word_found_nowhere_lists_nothing_and_says_so(qtbot, make_window):
    window = corpus_window(make_window)
    corpus = window.panels.corpus
    listed = []
    corpus.model.listed.connect(lambda: listed.append(corpus.model.rowCount()))
    search(corpus, "zzqqxx")
    qtbot.waitUntil(lambda: corpus.model.total is not None)
    assert listed == [0] and corpus.progress.text().startswith("0 listed")
    search(corpus, "")  # back to everything, counted at once
    assert corpus.model.rowCount() == 8 and not corpus.model.searching
    assert corpus.progress.text() == "0 of 8 done"


def test_closing_during_a_search_ends_its_thread(qtbot, make_window, gate):
    window = corpus_window(make_window)
    corpus = window.panels.corpus
    search(corpus, "Jakarta")
    worker = corpus.model._worker
    assert worker.isRunning()
    gate.set()
    qtbot.waitUntil(lambda: corpus.model.rowCount() > 0)  # the first page is in; the count is on its way
    window.ws.close()
    assert corpus.model._worker is None and worker.isFinished()
    qtbot.wait(50)  # an answer queued before the thread ended is dropped, not shown from a closed project
