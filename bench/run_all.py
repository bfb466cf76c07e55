"""`make bench`: every performance figure of issue 7 in one table, each beside a same-run baseline.

    .venv/bin/python bench/run_all.py [--quick]

Rows come from bench/scale.py (store and command line at 100,000 documents),
bench/detect_rows.py (`annotator detect` beside trafilatura),
bench/ui_rows.py (the window), bench/merge_rows.py (the suggestion merge on a 4 MB document) and
bench/shared_work.py (a 4 MB import and a
detection while a person edits: commit latency of the edits).  --quick uses small inputs for a smoke run.
The quality figures of the detectors have their own scripts (see
docs/detection.md).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import detect_rows
import merge_rows
import scale
import shared_work
import ui_rows
from common import machine, print_table


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="small inputs: a smoke run of a few minutes")
    args = parser.parse_args()
    started = time.perf_counter()
    docs, pages = (5_000, 200) if args.quick else (100_000, 1_000)
    print(f"machine: {machine()}")
    rows = []
    rows += ui_rows.rows(quick=args.quick)
    with tempfile.TemporaryDirectory(prefix="annotator-bench-") as tmp:
        rows += scale.rows(docs, Path(tmp))
    rows += detect_rows.rows(pages)
    rows += detect_rows.length_rows((10, 110) if args.quick else (10, 110, 440))
    rows += merge_rows.rows(10_000 if args.quick else 100_000)
    rows += shared_work.rows(1.0, 110) if args.quick else shared_work.rows(4.0, 440)
    print_table(rows, f"annotator performance ({'quick' if args.quick else 'full'} run, "
                      f"{(time.perf_counter() - started) / 60:.1f} minutes)")


if __name__ == "__main__":
    main()
