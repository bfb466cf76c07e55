"""Detector workers die with their parent (issue 18, item 8): SIGKILL of a process running the detectors on
two workers leaves no worker behind (they were re-parented to init and stayed, 51 MB each)."""

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
from annotator.detect import runner
from annotator.detect.runner import detect_all
if sys.argv[1] == "pipe-watch-only":
    runner._PR_SET_PDEATHSIG = 0  # not an option prctl knows: only the portable pipe watch is left

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


def alive(pid: int) -> bool:
    """Running (not gone, not a zombie nobody reaped)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return False
    return state not in ("Z", "X")


@pytest.mark.parametrize("how", ["deathsig-and-pipe-watch", "pipe-watch-only"])
def test_workers_die_when_their_parent_is_killed(how):
    parent = subprocess.Popen([sys.executable, "-c", PARENT, how], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        workers = [int(pid) for pid in parent.stdout.readline().split()]
        assert len(workers) == 2 and all(alive(pid) for pid in workers)
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
