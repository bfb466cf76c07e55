"""The hostile project file (issue 18): a project is untrusted input, like any file it imports.

    .venv/bin/python fuzz/project.py [--examples 200]

Hypothesis writes projects behind the store's back (plain SQL, as another program or a damaged copy would):
guidelines that point images at ``/dev/zero``, a named pipe and the network, documents of one very long line,
spans whose source, speaker and label run to 100,000 characters, relations with such labels.  The property:
the window (offscreen) opens each project on each document, paints it and the guidelines, stays narrower
than 3,000 px, and nothing raises, hangs or reads a resource.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import orjson
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication

from annotator.core.model import Document, Relation, Span
from annotator.store import open_project
from annotator.ui.state.prefs import Prefs
from annotator.ui.state.workspace import Workspace
from annotator.ui.window import MainWindow

HUGE = "W" * 100_000
WIDEST = 3_000


def guidelines(fifo: Path) -> st.SearchStrategy[str]:
    images = ["/dev/zero", str(fifo), "http://127.0.0.1:9/x.png", "file:///dev/zero", "qrc:/x.png", "data:,x"]
    parts = st.one_of(st.sampled_from([f"![i]({i})" for i in images] + [f"[l]({i})" for i in images]
                                      + [f'<img src="{i}">' for i in images] + ["# T", "\n", HUGE[:5000]]),
                      st.text(max_size=40))
    return st.lists(parts, max_size=12).map("\n".join)


strings = st.sampled_from(["", "x", "a\x1b[31mb\n", HUGE, "😀" * 5000, "W" * 3000])
texts = st.one_of(st.just("Presiden Joko Widodo berkata: \"Kami siap.\""),
                  st.integers(1, 300_000).map(lambda n: "kata " * (n // 5) + "akhir"),
                  st.integers(1, 50_000).map(lambda n: "😀x" * n))


def write_project(path: Path, notes: str, text: str, source: str, speaker: str, relation: str, title: str) -> None:
    person = Span(start=0, end=min(4, len(text)), label="PERSON", layer="entities")
    quote = Span(start=min(5, len(text) - 1), end=len(text), label="QUOTE", layer="quotes")
    with open_project(path) as project:
        project.set_setting("guidelines", notes)
        project.add_documents([Document(text=text, meta={"source": "f.txt"}, spans=[person, quote],
                                        relations=[Relation(label="SPEAKER", head=quote.id, child=person.id)])])
        db = project._db  # behind the store's back, as a hostile file would be
        db.execute("UPDATE spans SET source = ?, attrs = ? WHERE label = 'QUOTE'",
                   (source, orjson.dumps({"speaker": speaker})))
        db.execute("UPDATE relations SET label = ?", (relation,))
        db.execute("UPDATE documents SET title = ?, source = ?", (title, source))


def check(app: QApplication, path: Path) -> None:
    store = open_project(path)
    window = MainWindow(Workspace(store), Prefs())
    try:
        window.show()
        session = window.ws.session
        window.flow.open(store.list_documents()[0].pk)
        for span in list(session.index.ordered):
            session.current = span.id
            session.currentChanged.emit()
        window.panels.guidelines_dock.raise_()
        app.processEvents()
        window.grab()
        width = max(window.width(), window.minimumSizeHint().width())
        if width > WIDEST:
            raise AssertionError(f"the window is {width:,} px wide")
    finally:
        window.close()
        window.ws.close()
        window.deleteLater()
        app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=200)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    failures: dict[str, str] = {}
    count = 0
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        fifo = folder / "pipe.png"
        os.mkfifo(fifo)

        @settings(max_examples=args.examples, deadline=None, database=None, phases=[Phase.generate],
                  suppress_health_check=list(HealthCheck))
        @given(guidelines(fifo), texts, strings, strings, strings, strings)
        def run(notes: str, text: str, source: str, speaker: str, relation: str, title: str) -> None:
            nonlocal count
            count += 1
            path = folder / f"p{count}.annotator"
            try:
                write_project(path, notes, text, source, speaker, relation, title)
                check(app, path)
            except Exception as exc:  # noqa: BLE001 - counted and reported, the run goes on
                failures.setdefault(f"{type(exc).__name__}: {exc!s:.200}", f"text {len(text):,} chars")
            finally:
                for suffix in ("", "-wal", "-shm", ".lock"):
                    Path(f"{path}{suffix}").unlink(missing_ok=True)

        run()
    print(f"hostile projects: {count:,} opened in the window, {len(failures)} kinds of failure, "
          f"{time.monotonic() - started:.0f} s")
    for key, detail in failures.items():
        print(f"  {key}\n    {detail}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
