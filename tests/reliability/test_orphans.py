"""Worker processes die with their parent (issue 18, item 8): SIGKILL of a process running the detectors, a
parallel JSONL import or a parallel export on two workers leaves no worker behind (they were re-parented to init
and stayed, 51 MB each, the export's and import's holding the project file open)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL and /proc")

PARENT = """
import multiprocessing, sys
from annotator.core.model import Document
from annotator.detect.runner import detect_all
from annotator.io import workers
if sys.argv[1] == "pipe-watch-only":
    workers._PR_SET_PDEATHSIG = 0  # not an option prctl knows: only the portable pipe watch is left

def documents():
    i = 0
    while True:  # never ends: the parent is killed while its workers are busy
        i += 1
        yield Document(text=f"Presiden Joko Widodo berkata di Jakarta pada hari ke-{i}.")

results = detect_all(documents(), layers=["entities"], lang="id", jobs=2, chunk=1)
next(results)
print(" ".join(str(p.pid) for p in multiprocessing.active_children()), flush=True)
for _ in results:
    pass
"""


EXPORT = """
import multiprocessing, sys
from annotator.core.model import Document
from annotator.io.formats.base import ExportSummary
from annotator.io.formats.native import _NativeLines

with open("/dev/null", "wb") as fh:
    lines = _NativeLines(fh, ExportSummary(), 2, None)  # two workers, as the command line on two cores
    i = 0
    while True:  # never ends: the parent is killed while its workers are started
        i += 1
        lines.add(Document(text=f"Presiden Joko Widodo berkata di Jakarta pada hari ke-{i}."))
        if i == 1000:
            print(" ".join(str(p.pid) for p in multiprocessing.active_children()), flush=True)
"""

IMPORT = """
import multiprocessing, sys, time
from pathlib import Path
from annotator.core.labels import LabelScheme
from annotator.io.readers.jsonl import read_jsonl_parallel
from annotator.io.readers.options import ReadOptions

path = Path(sys.argv[2])
with path.open("w") as fh:
    for i in range(20_000):
        fh.write('{"text": "Presiden Joko Widodo berkata di Jakarta pada hari ke-%d."}\\n' % i)
reading = read_jsonl_parallel(path, path.name, LabelScheme.default(), ReadOptions(), 2)
next(reading)
print(" ".join(str(p.pid) for p in multiprocessing.active_children()), flush=True)
time.sleep(3600)  # killed while its workers wait for the next stretch
"""


def alive(pid: int) -> bool:
    """Running (not gone, not a zombie nobody reaped)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return False
    return state not in ("Z", "X")


@pytest.mark.parametrize("script, how", [(PARENT, "deathsig-and-pipe-watch"), (PARENT, "pipe-watch-only"),
                                         (EXPORT, "export"), (IMPORT, "import")])
def test_workers_die_when_their_parent_is_killed(script, how, tmp_path):
    parent = subprocess.Popen([sys.executable, "-c", script, how, str(tmp_path / "in.jsonl")],
                              stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        workers = [int(pid) for pid in parent.stdout.readline().split()]
        assert len(workers) >= 2 and all(alive(pid) for pid in workers)
    finally:
        parent.send_signal(signal.SIGKILL)
        parent.wait()
    deadline = time.monotonic() + 120  # a limit for a loaded machine, not a measurement
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [pid for pid in workers if alive(pid)]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert left == [], "workers outlived their killed parent"
