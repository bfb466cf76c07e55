"""Measurements inside the annotation window, each run in a fresh process by bench/ui_rows.py.

Every figure is taken through the real window and Qt's event loop: an action
(a key press, a click's signal, a filter change) and then the time until the
widget that shows its result has painted, as Qt schedules paints itself
(``DocumentView.after_next_paint``), so work queued ahead of the paint is
counted.  Inputs are built from the real Indonesian articles in
../shared/data (bench/corpus.py), never lorem ipsum.
"""

from __future__ import annotations

import os
import re
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import annotator.ui  # noqa: E402,F401  (pins the refcounts before Qt starts)
import orjson  # noqa: E402
from corpus import DATA, write_corpus  # noqa: E402
from PySide6.QtCore import QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QTextCursor  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QPlainTextEdit  # noqa: E402

from annotator.core.model import Document, DocStatus, Span, SpanStatus  # noqa: E402
from annotator.store import DocFilter, StoreError, open_project  # noqa: E402
from annotator.ui.state.prefs import Prefs  # noqa: E402
from annotator.ui.window import MainWindow  # noqa: E402
from annotator.ui.state.workspace import Workspace  # noqa: E402

TARGET_CHARS = 2_000_000
N_SPANS = 50_000
ENTITY_LABELS = ("PERSON", "ORG", "LOC", "DATE", "MISC")
CAPITALISED = re.compile(r"\b[A-Z][\w-]+(?: [A-Z][\w-]+)*")


# -- inputs ---------------------------------------------------------------------------------------
def build_text() -> str:
    """About 2 MB: the articles again and again, names numbered per copy so no two copies are equal."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((DATA / "articles" / "id").glob("*.txt"))]
    parts, copy = [], 0
    while sum(map(len, parts)) < TARGET_CHARS:
        for text in texts:
            parts.append(re.sub(r"\b(Jakarta|Indonesia|Gati|Mira|Puan|Prabowo)\b", rf"\1 {copy}", text))
        copy += 1
    return "\n\n".join(parts)


def build_spans(text: str) -> list[Span]:
    """Structure on short lines, quotes on quoted passages, entities on capitalised words: 50,000 spans."""
    spans: list[Span] = []
    for m in re.finditer(r"(?m)^[^\n]{1,60}$", text):
        spans.append(Span(start=m.start(), end=m.end(), label="BOILERPLATE", layer="segments",
                          source="detector:segments", status=SpanStatus.SUGGESTED))
    for m in re.finditer(r'"[^"\n]{5,400}"', text):
        spans.append(Span(start=m.start() + 1, end=m.end() - 1, label="QUOTE", layer="quotes",
                          source="detector:quotes", status=SpanStatus.SUGGESTED))
    for k, m in enumerate(CAPITALISED.finditer(text)):
        spans.append(Span(start=m.start(), end=m.end(), label=ENTITY_LABELS[k % 5], layer="entities",
                          source="detector:entities", status=SpanStatus.SUGGESTED if k % 3 else SpanStatus.ACCEPTED))
    spans.sort(key=lambda s: (s.start, s.layer))
    if len(spans) < N_SPANS:
        raise SystemExit(f"only {len(spans):,} spans found; need {N_SPANS:,}")
    return spans[:N_SPANS]


def build_corpus(path: str, n: str, seed: str) -> dict:
    """``n`` documents from bench/corpus.py, imported with the store, each with a few entity
    suggestions (so a label filter has something to find)."""
    path = Path(path)
    jsonl = path.with_suffix(".jsonl")
    size = write_corpus(jsonl, int(n), int(seed))

    def docs():
        with open(jsonl, "rb") as fh:
            for i, line in enumerate(fh):
                record = orjson.loads(line)
                spans = [Span(start=m.start(), end=m.end(), label=ENTITY_LABELS[(i + k) % 3], layer="entities",
                              source="detector:entities", status=SpanStatus.SUGGESTED)
                         for k, m in zip(range(6), CAPITALISED.finditer(record["text"]))]
                yield Document(id=record["id"], text=record["text"], meta=record["meta"], spans=spans)

    with open_project(path) as store:
        store.add_documents(docs())
    jsonl.unlink()
    return {"jsonl_bytes": size, "project_bytes": path.stat().st_size}


# -- the window -----------------------------------------------------------------------------------
def qt_app(home: str) -> QApplication:
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):  # never the user's settings
        QSettings.setPath(kind, QSettings.Scope.UserScope, home)
    return QApplication.instance() or QApplication(sys.argv[:1])


def show(window: MainWindow) -> MainWindow:
    window.show()
    window.activateWindow()  # shortcuts need the active window
    wait_until(window.isActiveWindow)
    settle()
    return window


def window_on(path: str) -> MainWindow:
    prefs = Prefs()
    prefs.detect_on_import = False
    return show(MainWindow(Workspace(open_project(path)), prefs))


def wait_until(condition, timeout: float = 60.0) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the window never got there")
        QApplication.processEvents()


def settle(ms: int = 30) -> None:
    QTest.qWait(ms)


def until_painted(view, action) -> float:
    """Seconds from ``action()`` until ``view`` has next painted (in the event loop's own order)."""
    painted: list[float] = []
    t0 = time.perf_counter()
    action()
    view.after_next_paint(lambda: painted.append(time.perf_counter()))
    wait_until(lambda: painted)
    return painted[0] - t0


class Stalls:
    """The longest the event loop went without a turn while this is active (a 2 ms timer's gaps)."""

    def __enter__(self):
        self.ticks = [time.perf_counter()]
        self.timer = QTimer(interval=2)
        self.timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))
        self.timer.start()
        return self

    def __exit__(self, *exc):
        self.timer.stop()
        self.ticks.append(time.perf_counter())
        self.longest = max(b - a for a, b in zip(self.ticks, self.ticks[1:]))


class BarePlainTextEdit(QPlainTextEdit):
    """The baseline: Qt's plain text widget and nothing else, with a hook on its paint."""

    def __init__(self):
        super().__init__()
        self.painted: list[float] = []

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        self.painted.append(time.perf_counter())


# -- rows 1 and 2: a 2 MB article with 50,000 spans -----------------------------------------------
def time_bare(text: str, size, font) -> float:
    edit = BarePlainTextEdit()
    edit.setReadOnly(True)
    edit.setFont(font)
    edit.resize(size)
    edit.show()
    settle()
    edit.painted.clear()
    t0 = time.perf_counter()
    edit.setPlainText(text)
    wait_until(lambda: edit.painted)
    seconds = edit.painted[0] - t0
    edit.close()
    edit.deleteLater()
    settle()
    return seconds


def time_edits(window: MainWindow, n: int) -> tuple[list[float], list[float]]:
    """Add a span on a free word (selection + '1'), then relabel it ('2'): key press → store commit →
    index, span list and status bar updated → every repaint that schedules."""
    session, view = window.ws.session, window.panels.view
    text = session.text
    adds, relabels = [], []
    for i, m in enumerate(re.finditer(r"\b[a-z]{4,}\b", text[: len(text) // 2])):
        if len(adds) >= n:
            break
        if i % 7 or session.index.overlapping(m.start(), m.end(), "entities"):  # spread over the document
            continue
        cursor = view.textCursor()
        cursor.setPosition(session.to_u16(m.start()))
        cursor.setPosition(session.to_u16(m.end()), QTextCursor.MoveMode.KeepAnchor)
        view.setTextCursor(cursor)
        view.ensureCursorVisible()
        settle(5)
        t0 = time.perf_counter()
        QTest.keyClick(view, Qt.Key.Key_1)
        QApplication.processEvents()
        adds.append(time.perf_counter() - t0)
        made = session.current_span
        assert made is not None and made.label == "PERSON" and made.start <= m.start() < m.end() <= made.end
        t0 = time.perf_counter()
        QTest.keyClick(view, Qt.Key.Key_2)
        QApplication.processEvents()
        relabels.append(time.perf_counter() - t0)
        assert session.current_span.label == "ORG"
        QTest.keyClick(view, Qt.Key.Key_Escape)
    return adds, relabels


def time_store_edits(path: Path, pk: int, text: str, n: int) -> tuple[list[float], list[float]]:
    """The same edits as bare store calls (no window listening), on words of the other half."""
    adds, updates = [], []
    half = len(text) // 2
    with open_project(path) as store:
        for m in list(re.finditer(r"\b[a-z]{4,}\b", text[half:]))[: n * 9: 9]:
            span = Span(start=m.start() + half, end=m.end() + half, label="PERSON", layer="entities")
            t0 = time.perf_counter()
            try:
                span = store.add_span(pk, span)
            except StoreError:  # the word lies inside an existing span
                continue
            adds.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            store.update_span(pk, span.id, label="ORG")
            updates.append(time.perf_counter() - t0)
    return adds, updates


def big_document(work: str, reps: str, edits: str) -> dict:
    """Open the article from the project to its first paint (and until all its spans are in),
    alternating with the bare baseline; then edits through the window and through the store."""
    qt_app(work)
    text = build_text()
    spans = build_spans(text)
    path = Path(work) / "big.annotator"
    with open_project(path) as store:
        pk = store.add_documents([Document(text=text, meta={"source": "bench/big.txt"}, spans=spans)]).added[0]
        other = store.add_documents([Document(text="Dokumen kecil.", meta={"source": "bench/small.txt"})]).added[0]
    window = window_on(str(path))
    session, view = window.ws.session, window.panels.view
    size, font = view.viewport().size(), view.font()
    base, first, whole, stalls = [], [], [], []
    for _ in range(int(reps)):
        base.append(time_bare(text, size, font))
        window.flow.open(other)
        settle()
        t0 = time.perf_counter()
        first.append(until_painted(view, lambda: window.panels.corpus.documentActivated.emit(pk)))
        with Stalls() as loading:
            wait_until(lambda: session.ready)
        whole.append(time.perf_counter() - t0)
        stalls.append(loading.longest)
        assert len(session.index) == N_SPANS
        settle()
    adds, relabels = time_edits(window, int(edits))
    window.ws.close()
    window.close()
    store_adds, store_updates = time_store_edits(path, pk, text, int(edits))
    return {"chars": len(text), "bytes": len(text.encode()), "base": base, "first": first, "whole": whole,
            "stall": max(stalls),
            "adds": adds, "relabels": relabels, "store_adds": store_adds, "store_updates": store_updates}


# -- rows 3 to 5: a 100,000-document project -------------------------------------------------------
def open_first(path: str, home: str) -> dict:
    """Window created → first document painted (imports and QApplication done before)."""
    qt_app(home)
    t0 = time.perf_counter()
    window = MainWindow(Workspace(open_project(path)), Prefs())
    painted: list[float] = []
    window.panels.view.after_next_paint(lambda: painted.append(time.perf_counter()))
    window.show()
    wait_until(lambda: painted)
    assert window.ws.session.doc is not None
    seconds = painted[0] - t0
    window.ws.close()
    return {"seconds": seconds}


def next_document(path: str, home: str, steps: str) -> dict:
    """Ctrl+PgDown from the middle of the project: key press → next document painted."""
    qt_app(home)
    window = window_on(path)
    store, view = window.ws.store, window.panels.view
    n = int(steps)
    start = store.list_documents(DocFilter(), max(0, min(store.count() // 2, store.count() - n - 1)), 1)[0].pk
    window.flow.open(start)
    settle()
    times, pks = [], [start]
    for _ in range(n):
        times.append(until_painted(view, lambda: QTest.keyClick(view, Qt.Key.Key_PageDown,
                                                                Qt.KeyboardModifier.ControlModifier)))
        pks.append(window.ws.session.pk)
        settle(5)
    assert all(b == store.neighbour(a, 1) for a, b in zip(pks, pks[1:])), "Ctrl+PgDown did not open the next one"
    window.ws.close()
    return {"times": times}


def filters(path: str, home: str, reps: str, hit: str, miss: str) -> dict:
    """Each filter: the change → the list's first page in and painted, and → the number of matches
    known; for the text searches also the longest the event loop went without a turn meanwhile."""
    qt_app(home)
    window = window_on(path)
    corpus = window.panels.corpus
    model, table = corpus.model, corpus.table

    def timed(action) -> dict:
        got: dict[str, float] = {}
        on_listed = lambda: got.setdefault("listed", time.perf_counter())  # noqa: E731
        on_counted = lambda: got.setdefault("counted", time.perf_counter())  # noqa: E731
        model.listed.connect(on_listed)
        model.counted.connect(on_counted)
        with Stalls() as searching:
            t0 = time.perf_counter()
            action()
            wait_until(lambda: "listed" in got)
            table.viewport().repaint()
            shown = time.perf_counter() - t0
            wait_until(lambda: "counted" in got)
        model.listed.disconnect(on_listed)
        model.counted.disconnect(on_counted)
        return {"shown": shown, "counted": got["counted"] - t0, "stall": searching.longest, "n": model.total}

    def combo(box, value):
        return lambda: box.setCurrentIndex(box.findData(value))

    def search(word):
        def run():
            corpus.search.setText(word)
            corpus.apply_filter()  # what the pause after typing triggers
        return run

    cases = {"status": (combo(corpus.status, DocStatus.TODO), combo(corpus.status, None)),
             "label": (combo(corpus.label, "PERSON"), combo(corpus.label, None)),
             "search hit": (search(hit), search("")), "search miss": (search(miss), search(""))}
    out: dict[str, list] = {name: [] for name in cases}
    for _ in range(int(reps)):
        for name, (apply, reset) in cases.items():
            out[name].append(timed(apply))
            reset()
            settle()
    window.ws.close()
    return out
