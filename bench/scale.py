"""Scale figures of the store and the command line, each beside a same-run baseline.

    .venv/bin/python bench/scale.py [--docs 100000] [--work DIR]

Rows: import a 100,000-document JSONL; corpus filters and text search in the
store; export as native JSONL.  (Opening the project and stepping through it
are measured in the window: bench/ui_rows.py.)  Inputs come from the real
articles in ../shared/data (bench/corpus.py).
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from common import Row, measured, ms, print_table, ratio

from corpus import write_corpus

IMPORT_OURS = """
import sys, time
from annotator.cli import main
t = time.perf_counter()
code = main(["import", sys.argv[1], "--project", sys.argv[2]])
result = {"seconds": time.perf_counter() - t, "code": code}
"""

IMPORT_BASELINE = """
import sqlite3, sys, time, orjson
t = time.perf_counter()
db = sqlite3.connect(sys.argv[2])
db.execute("CREATE TABLE docs (id TEXT, text TEXT, meta BLOB)")
with db, open(sys.argv[1], "rb") as fh:
    for line in fh:
        r = orjson.loads(line)
        db.execute("INSERT INTO docs VALUES (?, ?, ?)", (r["id"], r["text"], orjson.dumps(r.get("meta"))))
db.close()
result = {"seconds": time.perf_counter() - t}
"""

FILTERS = """
import sys, time
from annotator.core.model import DocStatus
from annotator.store import DocFilter, open_project
p = open_project(sys.argv[1])
out = {}
for name, flt in [("status", DocFilter(status=DocStatus.TODO)), ("label", DocFilter(label="PERSON")),
                  ("search hit", DocFilter(search="Jakarta")), ("search miss", DocFilter(search="zzqqxx"))]:
    p.count(flt)  # warm the page cache as an annotator's second search would
    t = time.perf_counter()
    n = p.count(flt)
    rows = p.list_documents(flt, 0, 100)
    out[name] = [time.perf_counter() - t, n]
result = out
"""

EXPORT_OURS = """
import sys, time
from annotator.cli import main
t = time.perf_counter()
main(["export", "--project", sys.argv[1], "--output", sys.argv[2], "--status", "all"])
result = {"seconds": time.perf_counter() - t}
"""

EXPORT_BASELINE = """
import sys, time, orjson
# The same records, already built: only orjson.dumps and the writes are timed.
spent = 0.0
with open(sys.argv[1], "rb") as src, open(sys.argv[2], "wb") as out:
    for line in src:
        record = orjson.loads(line)
        t = time.perf_counter()
        out.write(orjson.dumps(record) + b"\\n")
        spent += time.perf_counter() - t
result = {"seconds": spent}
"""


def rows(n_docs: int, work: Path) -> list[Row]:
    small_n = 100
    corpus, small = work / f"corpus-{n_docs}.jsonl", work / f"corpus-{small_n}.jsonl"
    size = write_corpus(corpus, n_docs, seed=1)
    write_corpus(small, small_n, seed=2)
    big_p, small_p, base_db = work / "big.annotator", work / "small.annotator", work / "baseline.sqlite"
    for p in (big_p, small_p, base_db):
        for suffix in ("", "-wal", "-shm"):
            Path(str(p) + suffix).unlink(missing_ok=True)

    out: list[Row] = []
    ours = measured(IMPORT_OURS, str(corpus), str(big_p))
    base = measured(IMPORT_BASELINE, str(corpus), str(base_db))
    measured(IMPORT_OURS, str(small), str(small_p))
    print(f"import: ours {ours['seconds']:.2f} s, baseline {base['seconds']:.2f} s, load {os.getloadavg()[0]:.1f}",
          flush=True)
    out.append(Row(f"import {n_docs:,}-document JSONL ({size / 1e6:.0f} MB)",
                   f"{ms(ours['seconds'])}, peak {ours['peak_mb']:.0f} MB",
                   f"{ms(base['seconds'])}, peak {base['peak_mb']:.0f} MB", ratio(ours["seconds"], base["seconds"]),
                   "≤ 2×; peak ≤ 400 MB",
                   "met" if ours["seconds"] <= 2 * base["seconds"] and ours["peak_mb"] <= 400 else "missed"))

    filters = measured(FILTERS, str(big_p))
    found = {k: v for k, v in filters.items() if k not in ("peak_mb", "worker_peak_mb")}
    worst = max(v[0] for v in found.values())
    detail = ", ".join(f"{k} {ms(v[0])}" for k, v in found.items())
    out.append(Row(f"filter / text search, {n_docs:,} docs (count + first page)", detail, "—", "—", "≤ 1 s",
                   "met" if worst <= 1 else "missed"))

    exported, copy = work / "export.jsonl", work / "baseline-export.jsonl"
    first = measured(EXPORT_OURS, str(big_p), str(exported))  # tokenizes every text, keeps the bounds
    ours = measured(EXPORT_OURS, str(big_p), str(exported))  # reads the bounds the first export kept
    base = measured(EXPORT_BASELINE, str(exported), str(copy))
    small_export = measured(EXPORT_OURS, str(small_p), str(work / "export-small.jsonl"))
    print(f"export: first {first['seconds']:.2f} s, again {ours['seconds']:.2f} s, baseline {base['seconds']:.2f} s, "
          f"load {os.getloadavg()[0]:.1f}", flush=True)
    size = f"{exported.stat().st_size / 1e9:.1f} GB"
    for what, run in ((f"export {n_docs:,} documents as native JSONL ({size}), first export: tokenizes", first),
                      (f"export {n_docs:,} documents as native JSONL again (token bounds kept by the first)", ours)):
        out.append(Row(what,
                       f"{ms(run['seconds'])}, peak {run['peak_mb']:.0f} MB ({small_export['peak_mb']:.0f} MB at "
                       f"{small_n} docs; each worker {run['worker_peak_mb']:.0f} MB)",
                       f"{ms(base['seconds'])} orjson.dumps of the built records",
                       ratio(run["seconds"], base["seconds"]), "≤ 2×; memory flat",
                       "met" if run["seconds"] <= 2 * base["seconds"]
                       and max(run["peak_mb"], run["worker_peak_mb"]) < small_export["peak_mb"] + 50
                       else "missed"))
    for path in (exported, copy, corpus):
        path.unlink(missing_ok=True)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--work", type=Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="annotator-bench-") as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        print_table(rows(args.docs, work), f"store and command line at {args.docs:,} documents")


if __name__ == "__main__":
    main()
