"""Shared bits of the benchmark scripts: result rows, the table, timing in a fresh process."""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Row:
    what: str
    ours: str
    baseline: str
    ratio: str
    aim: str
    verdict: str = ""


def ratio(ours: float, base: float) -> str:
    return f"{ours / base:.2f}×" if base > 0 else "—"


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def median(values) -> float:
    return statistics.median(values)


def p95(values) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    system = f"{platform.system()} {platform.release()}"
    return f"{cpu}, {os.cpu_count()} cores{mem}, Python {platform.python_version()}, {system}"


def measured(code: str, *args: str, env: dict | None = None) -> dict:
    """Run ``code`` in a fresh Python process; it must print one JSON object
    last. ``peak_mb`` (the process's peak resident memory) is added."""
    wrapper = (
        "import json, resource, sys\n"
        f"sys.path.insert(0, {str(ROOT / 'bench')!r})\n"
        "ns = {}\n"
        f"exec(compile({code!r}, 'bench', 'exec'), ns)\n"
        "out = ns['result']\n"
        "out['peak_mb'] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024\n"
        "out['worker_peak_mb'] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
        "print(json.dumps(out))\n"
    )
    run = subprocess.run([sys.executable, "-c", wrapper, *args], capture_output=True, text=True, cwd=ROOT,
                         env={**os.environ, **(env or {})})
    if run.returncode != 0:
        raise RuntimeError(run.stderr[-2000:])
    return json.loads(run.stdout.strip().splitlines()[-1])


def print_table(rows: list[Row], title: str = "") -> None:
    if title:
        print(f"\n{title}")
    head = ("what", "ours", "baseline (same run)", "ratio", "aim", "")
    cells = [head] + [(r.what, r.ours, r.baseline, r.ratio, r.aim, r.verdict) for r in rows]
    widths = [max(len(c[i]) for c in cells) for i in range(len(head))]
    line = "| " + " | ".join(h.ljust(w) for h, w in zip(head, widths)) + " |"
    print(line)
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for c in cells[1:]:
        print("| " + " | ".join(x.ljust(w) for x, w in zip(c, widths)) + " |")
    sys.stdout.flush()


class Timer:
    def __enter__(self):
        self.t = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.seconds = time.perf_counter() - self.t
