"""Property-based fuzzing of every reader and importer, at volume.

    .venv/bin/python fuzz/run.py [--examples 10000] [--readers txt,html,...]

For each reader, hypothesis generates ``--examples`` files (fuzz/strategies.py)
and each goes through fuzz/check.py's property: read as the app imports,
every document valid, stored in a project and round-tripped through the
native format, every error one line naming the file.  Failures are collected
rather than stopping the run; the table counts inputs, documents, refused
inputs and uncaught exceptions, and the exit status is non-zero if any.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from annotator.store import open_project
from fuzz.check import check_file
from fuzz.strategies import READERS


def fuzz_reader(name: str, examples: int, folder: Path) -> tuple[Counter, dict[str, str]]:
    suffix, strategy = READERS[name]
    path = folder / f"input{suffix}"
    tally: Counter = Counter()
    failures: dict[str, str] = {}
    with open_project(folder / f"{name}.annotator") as project:

        @settings(max_examples=examples, deadline=None, database=None, phases=[Phase.generate],
                  suppress_health_check=list(HealthCheck))
        @given(strategy)
        def run(data: bytes) -> None:
            tally["inputs"] += 1
            path.write_bytes(data)
            try:
                check_file(path, project, tally)
            except Exception as exc:  # noqa: BLE001 - counted and reported, the run goes on
                frame = traceback.extract_tb(exc.__traceback__)[-1]
                key = f"{type(exc).__name__} at {Path(frame.filename).name}:{frame.lineno}"
                tally["uncaught"] += 1
                failures.setdefault(key, f"{exc!s:.300}\n    input: {data[:300]!r}")

        run()
    return tally, failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=10_000, help="inputs per reader (default 10,000)")
    parser.add_argument("--readers", default=",".join(READERS), help="comma-separated, default: all")
    args = parser.parse_args()
    names = [n for n in args.readers.split(",") if n]
    print(f"{'reader':<20}{'inputs':>9}{'documents':>11}{'refused':>10}{'uncaught':>10}{'seconds':>9}")
    total = Counter()
    all_failures = {}
    with tempfile.TemporaryDirectory(prefix="annotator-fuzz-") as tmp:
        for name in names:
            started = time.perf_counter()
            tally, failures = fuzz_reader(name, args.examples, Path(tmp))
            total += tally
            all_failures.update({f"{name}: {k}": v for k, v in failures.items()})
            print(f"{name:<20}{tally['inputs']:>9,}{tally['documents']:>11,}{tally['errors']:>10,}"
                  f"{tally['uncaught']:>10,}{time.perf_counter() - started:>9.0f}", flush=True)
    print(f"{'all':<20}{total['inputs']:>9,}{total['documents']:>11,}{total['errors']:>10,}{total['uncaught']:>10,}")
    for key, detail in all_failures.items():
        print(f"\nUNCAUGHT {key}: {detail}")
    return 1 if total["uncaught"] else 0


if __name__ == "__main__":
    sys.exit(main())
