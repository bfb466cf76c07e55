"""Peak memory of imports and exports per input class (issue 18, item 11), beside a same-run baseline.

Each input is generated into a temporary folder, then ``annotator import`` (and ``export``) runs in a fresh
process under ``/usr/bin/time -v``; its peak RSS is printed beside the baseline: a process that reads the
same file with ``orjson.loads`` line by line and keeps nothing.  Memory that does not grow from 100,000 to
1,000,000 lines is what "flat in the number of lines" means.

    .venv/bin/python bench/import_memory.py                  # every class
    .venv/bin/python bench/import_memory.py --classes lines-100k,spans-150k
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parents[1]
BASELINE = ("import sys, orjson\nfor line in open(sys.argv[1], 'rb'):\n"
            "    orjson.loads(line) if line.strip() else None\n")


def lines(n: int) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / f"lines-{n}.jsonl"
        with path.open("wb") as fh:
            for i in range(n):
                fh.write(b'{"text":"Berita nomor %d dari Jakarta."}\n' % i)
        return path
    return make


def spans(n: int) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        text = "Joko " * n
        record = {"text": text, "spans": [{"start": 5 * i, "end": 5 * i + 4, "label": "PERSON"} for i in range(n)]}
        path = folder / f"spans-{n}.jsonl"
        path.write_bytes(orjson.dumps(record) + b"\n")
        return path
    return make


def text_mb(mb: int) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / f"text-{mb}mb.txt"
        line = "Presiden Joko Widodo berkata di Jakarta bahwa pemerintah akan membangun jalan baru.\n"
        path.write_text(line * (mb * 2**20 // len(line)))
        return path
    return make


CLASSES: dict[str, tuple[Callable[[Path], Path], list[str]]] = {
    "lines-100k": (lines(100_000), []),
    "lines-1m": (lines(1_000_000), []),
    "spans-150k": (spans(150_000), []),
    "spans-200k (the most taken)": (spans(200_000), []),
    "spans-950k (refused)": (spans(950_000), []),
    "text-45mb": (text_mb(45), []),
    "text-45mb --detect (refused)": (text_mb(45), ["--detect", "--jobs", "1"]),
}


def peak_mb(argv: list[str]) -> tuple[float, int]:
    r = subprocess.run(["/usr/bin/time", "-v", *argv], capture_output=True, text=True, cwd=ROOT)
    found = re.search(r"Maximum resident set size \(kbytes\): (\d+)", r.stderr)
    return (int(found.group(1)) / 1024 if found else float("nan")), r.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--classes", default=",".join(CLASSES))
    args = parser.parse_args()
    print(f"{'input':<30} {'baseline MB':>12} {'import MB':>10} {'export MB':>10}  exit")
    for name in args.classes.split(","):
        make, extra = CLASSES[name]
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            path = make(folder)
            base, _ = peak_mb([sys.executable, "-c", BASELINE, str(path)])
            project = folder / "p.annotator"
            imported, code = peak_mb([sys.executable, "-m", "annotator", "import", str(path), "--project",
                                      str(project), *extra])
            exported, _ = peak_mb([sys.executable, "-m", "annotator", "export", "--project", str(project), "-o",
                                   str(folder / "out.jsonl"), "--status", "all"])
            print(f"{name:<30} {base:>12.0f} {imported:>10.0f} {exported:>10.0f}  {code}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
