"""How many worker processes the bulk readers, writers and detectors may start, and how those workers end."""

from __future__ import annotations

import ctypes
import multiprocessing
import multiprocessing.connection
import os
import signal
import sys
import threading

_PR_SET_PDEATHSIG = 1  # linux/prctl.h


def fork_jobs() -> int:
    """Worker processes for a bulk import or export: every core, from a command-line process; none (0) from a
    process that must not be forked: one with other threads, or with Qt loaded (the window imports and exports
    in a QThread, which Python's threading may not count)."""
    if (threading.active_count() > 1 or threading.current_thread() is not threading.main_thread()
            or "PySide6.QtCore" in sys.modules):
        return 0
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def die_with_parent() -> None:
    """Make this worker process end when its parent does (a pool's initializer): on Linux the kernel sends
    SIGKILL at once (``PR_SET_PDEATHSIG``); everywhere, a thread waits on the pipe the parent holds open
    (``multiprocessing.parent_process().sentinel``, readable when the parent is gone) and exits. Without it a
    killed command's workers wait for ever on a queue whose other end they hold themselves."""
    parent = multiprocessing.parent_process()
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):
            pass
    if parent is None:
        return
    if parent.pid is not None and os.getppid() != parent.pid and os.name == "posix":
        os._exit(1)  # the parent died before the signal was armed
    threading.Thread(target=_exit_when_gone, args=(parent.sentinel,), name="parent-watch", daemon=True).start()


def _exit_when_gone(sentinel: int) -> None:
    multiprocessing.connection.wait([sentinel])
    os._exit(1)
