"""Import a big article with detection while a person edits another document: the time the import takes
and the commit latency of the edits made meanwhile, beside the same edits with nothing running.

    .venv/bin/python bench/shared_work.py [--mb 4] [--detect-kb 440] [--quick]

The article is the development articles (../shared/data/articles/id, else the bundled samples) concatenated
to ``--mb`` megabytes.  Two measurements, each with an editing thread on its own connection (as the window's
GUI thread and a job's thread have) that makes an edit (add or remove a span, alternately) every 20 ms:

1. importing the ``--mb`` article (read, store);
2. detecting a ``--detect-kb`` cut of it and merging the suggestions (the whole 4 MB would take hours: the
   quote and name detectors are quadratic in a document's length, which this script prints as a figure too).

The edits compete for the write lock and for Python's interpreter lock, as the window's do.
"""

from __future__ import annotations

import argparse
import tempfile
import threading
import time
from pathlib import Path

from common import ROOT, Row, machine, median, ms, p95, print_table

ARTICLES = ROOT.parent / "shared" / "data" / "articles" / "id"
EDIT_EVERY = 0.02  # seconds between edits


def article(size: int) -> str:
    folder = ARTICLES if ARTICLES.is_dir() else ROOT / "resources" / "samples"
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    out, n = [], 0
    while n < size:
        for text in texts:
            out.append(text)
            n += len(text) + 2
    return "\n\n".join(out)[:size]


class Editor(threading.Thread):
    """Edits another document of the project every EDIT_EVERY seconds until stopped; records how long
    each store call took (the commit latency the person would feel)."""

    def __init__(self, path: Path, pk: int):
        super().__init__(daemon=True)
        self.path, self.pk = path, pk
        self.latencies: list[float] = []
        self.failures = 0
        self.stop = threading.Event()

    def run(self) -> None:
        from annotator.core.model import Span
        from annotator.store import StoreError, SqliteProject

        with SqliteProject(self.path) as store:
            span = Span(start=0, end=4, label="PERSON", layer="entities")
            while not self.stop.wait(EDIT_EVERY):
                t = time.perf_counter()
                try:
                    if store.get_document(self.pk, spans=False) is not None and not store.spans_between(self.pk, 0, 4):
                        store.add_span(self.pk, span)
                    else:
                        store.remove_span(self.pk, span.id)
                except StoreError:
                    self.failures += 1
                self.latencies.append(time.perf_counter() - t)


def edits_during(path: Path, pk: int, work) -> tuple[float, Editor, object]:
    editor = Editor(path, pk)
    editor.start()
    time.sleep(0.2)
    t = time.perf_counter()
    result = work()
    took = time.perf_counter() - t
    editor.stop.set()
    editor.join()
    return took, editor, result


def rows(mb: float, detect_kb: int) -> list[Row]:
    from annotator import tasks
    from annotator.core.model import Document
    from annotator.store import SqliteProject

    out: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="annotator-bench-shared-") as tmp:
        work = Path(tmp)
        big = work / "big.txt"
        big.write_text(article(int(mb * 1_000_000)), encoding="utf-8")
        cut = work / "cut.txt"
        cut.write_text(article(detect_kb * 1000), encoding="utf-8")
        path = work / "p.annotator"
        with SqliteProject(path) as store:
            (pk,) = store.add_documents([Document(text="Gati di Jakarta hari ini.")]).added

            _, idle, _ = edits_during(path, pk, lambda: time.sleep(3))
            took, during, _ = edits_during(path, pk, lambda: tasks.import_paths(store, [str(big)]))
            out.append(Row(f"import a {mb:g} MB article while editing: time to import", ms(took), "—", "—", ""))
            out.append(Row("  edits meanwhile: median / p95 commit latency",
                           f"{ms(median(during.latencies))} / {ms(p95(during.latencies))}",
                           f"{ms(median(idle.latencies))} / {ms(p95(idle.latencies))} idle", "—",
                           "p95 ≤ 100 ms", "met" if p95(during.latencies) <= 0.1 else "missed"))

            def detect_cut():
                added = tasks.import_paths(store, [str(cut)]).added
                return tasks.detect_documents(store, added)

            took, during, _ = edits_during(path, pk, detect_cut)
            out.append(Row(f"import a {detect_kb} kB cut with detection while editing: time", ms(took), "—", "—", ""))
            out.append(Row("  edits meanwhile: median / p95 commit latency",
                           f"{ms(median(during.latencies))} / {ms(p95(during.latencies))}",
                           f"{ms(median(idle.latencies))} / {ms(p95(idle.latencies))} idle", "—",
                           "p95 ≤ 100 ms", "met" if p95(during.latencies) <= 0.1 else "missed"))
            out.append(Row("  edits refused meanwhile (not saved, and said so)", str(during.failures), "0", "—", "0"))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=4.0, help="size of the imported article in MB (default 4)")
    parser.add_argument("--detect-kb", type=int, default=440, help="size of the detected cut in kB (default 440)")
    parser.add_argument("--quick", action="store_true", help="1 MB and a 110 kB cut")
    args = parser.parse_args()
    mb, kb = (1.0, 110) if args.quick else (args.mb, args.detect_kb)
    print(f"machine: {machine()}")
    t0 = time.perf_counter()
    print_table(rows(mb, kb), f"background work while editing ({time.perf_counter() - t0:.0f} s)")


if __name__ == "__main__":
    main()
