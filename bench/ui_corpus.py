"""The corpus panel on a 100,000-document project.

Each row times a window action through the UI (until the affected widgets
have repainted) beside the store queries that action needs at minimum, run
in the same process on the same project: the difference is what the panel
costs on top of SQLite.

1. Open the window on the project (corpus listing, progress line, first document shown).
2. Jump to the end of the listing (the model fetches only the page on screen).
3. Filter by status.
4. Filter by text (a word in 3% of the texts); the panel lists matches a page
   at a time, so its baseline is the store's first page of matches.
5. Accept the open document and go to the next unfinished one.

Documents come from ``bench/corpus.py`` (real Indonesian articles, shuffled).

    .venv/bin/python bench/ui_corpus.py [--docs 100000]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import annotator.ui  # noqa: E402,F401  (pins the refcounts before Qt starts)
from corpus import article  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from annotator.core.model import Document, DocStatus  # noqa: E402
from annotator.store import DocFilter, open_project  # noqa: E402
from annotator.ui.prefs import Prefs  # noqa: E402
from annotator.ui.window import MainWindow  # noqa: E402
from annotator.ui.workspace import Workspace  # noqa: E402


def build(path: Path, n: int) -> None:
    rng = random.Random(0)
    with open_project(path) as store:
        batch = []
        for i in range(n):
            batch.append(Document(text=article(i, rng), meta={"source": f"bench/{i}.txt"}))
            if len(batch) == 2000:
                store.add_documents(batch)
                batch = []
        if batch:
            store.add_documents(batch)


def timed(action, repaint) -> float:
    t0 = time.perf_counter()
    action()
    repaint()
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--reps", type=int, default=5)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):  # leave the user's settings alone
            QSettings.setPath(kind, QSettings.Scope.UserScope, tmp)
        path = Path(tmp) / "corpus.annotator"
        t0 = time.perf_counter()
        build(path, args.docs)
        print(f"{args.docs:,} documents built in {time.perf_counter() - t0:.0f} s; "
              f"Python {sys.version.split()[0]}, {os.cpu_count()} cores")
        rows = []

        def store_open():
            with open_project(path) as s:
                s.count()
                s.list_documents(DocFilter(), 0, 200)
                s.progress()
                s.get_document(s.next_unfinished())

        def window_open():
            window = MainWindow(Workspace(open_project(path)), Prefs())
            window.resize(1400, 880)
            window.show()
            window.repaint()
            window.ws.close()
            window.close()
            window.deleteLater()
            QApplication.processEvents()

        rows.append(("open the window on the project", [timed(window_open, lambda: None) for _ in range(args.reps)],
                     [timed(store_open, lambda: None) for _ in range(args.reps)]))
        window = MainWindow(Workspace(open_project(path)), Prefs())
        window.resize(1400, 880)
        window.show()
        QApplication.processEvents()
        corpus, store = window.panels.corpus, window.ws.store
        table = corpus.table

        def paint():
            table.viewport().repaint()

        def jump(to_end: bool):
            return lambda: table.scrollToBottom() if to_end else table.scrollToTop()

        ends = []
        for _ in range(args.reps):
            ends.append(timed(jump(True), paint))
            corpus.model.refresh()  # forget the cached pages
            timed(jump(False), paint)
        rows.append(("jump to the end of the listing", ends,
                     [timed(lambda: store.list_documents(DocFilter(), args.docs - 200, 200), lambda: None)
                      for _ in range(args.reps)]))

        def set_status(value):
            return lambda: corpus.status.setCurrentIndex(corpus.status.findData(value))

        status_ui = []
        for _ in range(args.reps):
            status_ui.append(timed(set_status(DocStatus.TODO), paint))
            timed(set_status(None), paint)
        rows.append(("filter: status to do", status_ui,
                     [timed(lambda: (store.count(DocFilter(DocStatus.TODO)),
                                     store.list_documents(DocFilter(DocStatus.TODO), 0, 200)), lambda: None)
                      for _ in range(args.reps)]))

        word = "Mulyani"
        search_ui = []
        for _ in range(args.reps):
            corpus.search.setText(word)
            search_ui.append(timed(corpus._apply_filter, paint))  # what the debounce timer calls
            corpus.search.setText("")
            corpus._apply_filter()
        rows.append((f"filter: text \u201c{word}\u201d", search_ui,
                     [timed(lambda: store.list_documents(DocFilter(search=word), 0, 200), lambda: None)
                      for _ in range(args.reps)]))

        accept = [timed(window.flow.accept_document, lambda: (window.panels.view.viewport().repaint(), paint()))
                  for _ in range(args.reps)]
        rows.append(("accept the document + open the next unfinished", accept,
                     [timed(lambda: (store.accept_document(store.next_unfinished()),
                                     store.get_document(store.next_unfinished())), lambda: None)
                      for _ in range(args.reps)]))
        window.ws.close()
        window.close()
    print(f"{'action (median of ' + str(args.reps) + ')':<50} {'window':>10} {'store only':>12} {'ratio':>7}")
    for what, ours, base in rows:
        o, b = statistics.median(ours), statistics.median(base)
        print(f"{what:<50} {o * 1000:>7.1f} ms {b * 1000:>9.1f} ms {o / b:>6.2f}×")
    del app


if __name__ == "__main__":
    main()
