"""`annotator detect --dask local` beside the local process pool on the same corpus, on this machine.

    .venv/bin/python bench/dask_rows.py [--docs 100000] [--partitions 50]

The corpus is bench/corpus.py's news articles (real Indonesian paragraphs, shuffled and cut), written as
``--partitions`` JSONL files.  Baseline: `annotator detect` over those files with its process pool on all
cores (`--jobs` = cores).  Ours: `annotator detect ... --dask local --jobs <cores>`, a
distributed.LocalCluster of as many single-threaded worker processes, one task per partition.  Both are
whole commands in fresh processes; the parts, read in order, are checked to be the local run's file.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, Row, print_table, ratio
from corpus import write_corpus


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _load() -> float:
    return os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")


def _run(*args: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "annotator", "detect", *args], check=True, cwd=ROOT,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def rows(docs: int, partitions: int) -> list[Row]:
    cores = _cores()
    with tempfile.TemporaryDirectory(prefix="annotator-dask-bench-") as tmp:
        folder = Path(tmp)
        whole = folder / "corpus.jsonl"
        write_corpus(whole, docs)
        lines = whole.read_bytes().splitlines(keepends=True)
        per = -(-len(lines) // partitions)
        inputs = []
        for i in range(partitions):
            path = folder / f"in-{i:05d}.jsonl"
            path.write_bytes(b"".join(lines[i * per:(i + 1) * per]))
            inputs.append(str(path))
        whole.unlink()
        load = [_load()]
        local = _run(*inputs, "-o", str(folder / "local.jsonl"), "--jobs", str(cores))
        load.append(_load())
        dask = _run(*inputs, "-o", str(folder / "parts"), "--dask", "local", "--jobs", str(cores))
        load.append(_load())
        parts = sorted((folder / "parts").glob("part-*.jsonl"))
        same = "identical output" if b"".join(p.read_bytes() for p in parts) == (
            folder / "local.jsonl").read_bytes() else "OUTPUT DIFFERS"
    loads = " / ".join(f"{x:.1f}" for x in load)
    return [Row(f"detect {docs:,} articles ({partitions} files, {len(parts)} Dask partitions, {cores} cores): "
                f"Dask local vs the process pool (load average before, between, after: {loads})",
                f"{dask:.1f} s ({docs / dask:,.0f}/s, {dask / docs * 1000:.2f} ms/article)",
                f"{local:.1f} s ({docs / local:,.0f}/s, {local / docs * 1000:.2f} ms/article)", ratio(dask, local),
                "≈ 1× on one machine (Dask is for many)", same)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--partitions", type=int, default=50)
    args = parser.parse_args()
    print_table(rows(args.docs, args.partitions), "corpus-scale detection")


if __name__ == "__main__":
    main()
