"""The annotation window on a 2 MB article with 50,000 spans.

1. Load → first paint.  Baseline: a bare ``QPlainTextEdit.setPlainText`` of the
   same text, then one paint, in the same run and window size (aim: ours ≤ 1.5×).
   "view" starts from the document in memory (what the window adds on top of
   Qt); "open" starts from the project (adds reading 50,000 spans from SQLite).
2. Latency of adding a span (selection + label key) and of relabelling it
   (label key) through the UI path: key event → handler → undo command →
   store commit → event → index/list update → every repaint that schedules
   (text, span list, status bar) (aim: median ≤ 16 ms).  Baseline: the bare ``store.add_span`` /
   ``store.update_span`` commit on the same project.

The text is the real Indonesian articles of ../shared/data/articles/id,
concatenated with variations (names numbered per copy) until it reaches 2 MB;
spans are placed on capitalised words (entities), quoted passages (quotes)
and short lines (structure).

    .venv/bin/python bench/ui_open.py [--reps 7] [--edits 200]
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import annotator.ui  # noqa: E402,F401  (pins the refcounts before Qt starts)
from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtGui import QTextCursor  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QPlainTextEdit  # noqa: E402

from annotator.core.model import Document, Span, SpanStatus  # noqa: E402
from annotator.store import StoreError, open_project  # noqa: E402
from annotator.ui.prefs import Prefs  # noqa: E402
from annotator.ui.window import MainWindow  # noqa: E402
from annotator.ui.workspace import Workspace  # noqa: E402

ARTICLES = ROOT.parent / "shared" / "data" / "articles" / "id"
TARGET_CHARS = 2_000_000
N_SPANS = 50_000
ENTITY_LABELS = ("PERSON", "ORG", "LOC", "DATE", "MISC")


def build_text() -> str:
    texts = [p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*.txt"))]
    if not texts:
        sys.exit(f"no articles in {ARTICLES}")
    parts, copy = [], 0
    while sum(map(len, parts)) < TARGET_CHARS:
        for text in texts:
            # variation per copy: numbered names, so no two copies are identical
            parts.append(re.sub(r"\b(Jakarta|Indonesia|Gati|Mira|Puan|Prabowo)\b", rf"\1 {copy}", text))
        copy += 1
    return "\n\n".join(parts)


def build_spans(text: str) -> list[Span]:
    spans: list[Span] = []
    for m in re.finditer(r"(?m)^[^\n]{1,60}$", text):  # short lines: structure
        spans.append(Span(start=m.start(), end=m.end(), label="BOILERPLATE", layer="segments",
                          source="detector:segments", status=SpanStatus.SUGGESTED))
    for m in re.finditer(r'"[^"\n]{5,400}"', text):  # quoted passages
        spans.append(Span(start=m.start() + 1, end=m.end() - 1, label="QUOTE", layer="quotes",
                          source="detector:quotes", status=SpanStatus.SUGGESTED))
    for k, m in enumerate(re.finditer(r"\b[A-Z][\w-]+(?: [A-Z][\w-]+)*", text)):  # capitalised words
        spans.append(Span(start=m.start(), end=m.end(), label=ENTITY_LABELS[k % 5], layer="entities",
                          source="detector:entities", status=SpanStatus.SUGGESTED if k % 3 else SpanStatus.ACCEPTED))
    spans.sort(key=lambda s: (s.start, s.layer))
    if len(spans) < N_SPANS:
        sys.exit(f"only {len(spans):,} spans found; need {N_SPANS:,}")
    return spans[:N_SPANS]


def fmt(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def time_baseline(text: str, size, font) -> float:
    edit = QPlainTextEdit()
    edit.setReadOnly(True)
    edit.setFont(font)
    edit.resize(size)
    edit.show()
    QApplication.processEvents()
    t0 = time.perf_counter()
    edit.setPlainText(text)
    edit.viewport().repaint()
    seconds = time.perf_counter() - t0
    edit.close()
    edit.deleteLater()
    QApplication.processEvents()
    return seconds


def time_loads(window: MainWindow, text: str, pk: int, other: int, reps: int) -> tuple[list, list, list, list]:
    """Baseline and ours alternate, so a busy machine slows both alike."""
    session, view = window.ws.session, window.panels.view
    base, views, opens, reads = [], [], [], []
    for _ in range(reps):
        base.append(time_baseline(text, view.viewport().size(), view.font()))
        window.flow.open(other)
        QApplication.processEvents()
        t0 = time.perf_counter()
        doc = window.ws.store.get_document(pk)
        reads.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        session.show(pk, doc)
        view.viewport().repaint()
        views.append(time.perf_counter() - t0)
        window.flow.open(other)
        QApplication.processEvents()
        t0 = time.perf_counter()
        window.flow.open(pk)
        view.viewport().repaint()
        opens.append(time.perf_counter() - t0)
    return base, views, opens, reads


def time_edits(window: MainWindow, n: int) -> tuple[list[float], list[float]]:
    """Add a span on a free word (selection + '1'), then relabel it (Tab back + '2')."""
    session, view = window.ws.session, window.panels.view
    text = session.text
    words = [m for m in re.finditer(r"\b[a-z]{4,}\b", text[: len(text) // 2])]
    adds, relabels = [], []
    i = 0
    for m in words:
        if len(adds) >= n:
            break
        if session.index.overlapping(m.start(), m.end(), "entities"):
            continue
        i += 1
        if i % 7:  # spread the edits over the document
            continue
        cursor = view.textCursor()
        cursor.setPosition(session.to_u16(m.start()))
        cursor.setPosition(session.to_u16(m.end()), QTextCursor.MoveMode.KeepAnchor)
        view.setTextCursor(cursor)
        view.ensureCursorVisible()
        QApplication.processEvents()
        t0 = time.perf_counter()
        QTest.keyClick(view, Qt.Key.Key_1)
        QApplication.processEvents()  # every repaint the key scheduled (text, span list, status bar)
        adds.append(time.perf_counter() - t0)
        made = session.current_span  # snapped: may be wider, e.g. "e-commerce" for "commerce"
        assert made is not None and made.start <= m.start() < m.end() <= made.end, (m.group(), made)
        t0 = time.perf_counter()
        QTest.keyClick(view, Qt.Key.Key_2)
        QApplication.processEvents()
        relabels.append(time.perf_counter() - t0)
        assert session.current_span.label == "ORG"
        QTest.keyClick(view, Qt.Key.Key_Escape)
    return adds, relabels


def time_store(store, pk: int, text: str, n: int) -> tuple[list[float], list[float]]:
    adds, updates = [], []
    for m in list(re.finditer(r"\b[a-z]{4,}\b", text[len(text) // 2:]))[: n * 9: 9]:
        start = m.start() + len(text) // 2
        span = Span(start=start, end=start + len(m.group()), label="PERSON", layer="entities")
        t0 = time.perf_counter()
        try:
            span = store.add_span(pk, span)
        except StoreError:  # the word lies inside an existing entity
            continue
        adds.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        store.update_span(pk, span.id, label="LOC")
        updates.append(time.perf_counter() - t0)
    return adds, updates


def stats(values: list[float]) -> str:
    values = sorted(values)
    p95 = values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]
    return f"median {fmt(statistics.median(values))}  p95 {fmt(p95)}  (n={len(values)})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reps", type=int, default=7)
    parser.add_argument("--edits", type=int, default=200)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    text = build_text()
    spans = build_spans(text)
    with tempfile.TemporaryDirectory() as tmp:
        for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):  # leave the user's settings alone
            QSettings.setPath(kind, QSettings.Scope.UserScope, tmp)
        store = open_project(Path(tmp) / "bench.annotator")
        pk = store.add_documents([Document(text=text, meta={"source": "bench"}, spans=spans)]).added[0]
        other = store.add_documents([Document(text="Dokumen kecil.", meta={"source": "small"})]).added[0]
        prefs = Prefs()
        prefs.detect_on_import = False
        window = MainWindow(Workspace(store), prefs)
        window.resize(1400, 880)
        window.show()
        QApplication.processEvents()
        base, views, opens, reads = time_loads(window, text, pk, other, args.reps)
        adds, relabels = time_edits(window, args.edits)
        window.ws.close()
        window.close()
        with open_project(Path(tmp) / "bench.annotator") as bare:  # no window listening
            store_adds, store_updates = time_store(bare, pk, text, args.edits)
    b = statistics.median(base)
    print(f"text {len(text):,} characters ({len(text.encode()) / 1e6:.1f} MB UTF-8), {len(spans):,} spans, "
          f"Python {sys.version.split()[0]}, {os.cpu_count()} cores")
    print(f"load → first paint (median of {args.reps}, baseline and ours alternating):")
    print(f"  baseline QPlainTextEdit.setPlainText + paint {fmt(b)}")
    print(f"  ours, document in memory → paint            {fmt(statistics.median(views))}   "
          f"{statistics.median(views) / b:.2f}×  (aim ≤ 1.5×)")
    print(f"  ours, open from the project → paint         {fmt(statistics.median(opens))}   "
          f"{statistics.median(opens) / b:.2f}×")
    print(f"    of which store.get_document (the store's read of {len(spans):,} spans) "
          f"{fmt(statistics.median(reads))}")
    print("edit latency through the UI (key → store commit → views updated and repainted), aim median ≤ 16 ms:")
    print(f"  add span (selection + key)   {stats(adds)}")
    print(f"  relabel (key on the span)    {stats(relabels)}")
    print(f"  baseline store.add_span      {stats(store_adds)}")
    print(f"  baseline store.update_span   {stats(store_updates)}")
    del app


if __name__ == "__main__":
    main()
