"""How many worker processes the bulk readers and writers may start."""

from __future__ import annotations

import os
import sys
import threading


def fork_jobs() -> int:
    """Worker processes for a bulk import or export: every core, from a command-line process; none (0) from a
    process that must not be forked: one with other threads, or with Qt loaded (the window imports and exports
    in a QThread, which Python's threading may not count)."""
    if (threading.active_count() > 1 or threading.current_thread() is not threading.main_thread()
            or "PySide6.QtCore" in sys.modules):
        return 0
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
