"""A Dask worker plug-in for tests/tasks/test_cluster.py: the worker that starts executing the chosen
partition first dies on the spot (SIGKILL-like ``os._exit``), once; the marker file says it happened.
Kept in its own module so that the spawned worker processes can import it (the test puts this folder
on their PYTHONPATH)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from distributed import WorkerPlugin


class KillOnce(WorkerPlugin):
    name = "annotator-test-kill-once"

    def __init__(self, marker: str, partition: int):
        self.marker, self.partition = marker, partition

    def transition(self, key: Any, start: str, finish: str, **kwargs: Any) -> None:
        if finish == "executing" and str(key).endswith(f"-{self.partition}") and not Path(self.marker).exists():
            Path(self.marker).write_text(str(os.getpid()))
            os._exit(1)
