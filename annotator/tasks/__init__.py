"""The task layer: the long work the command line, the window's background jobs and the self-test share.

Qt-free and below ``annotator.ui`` and ``annotator.cli`` (import-linter keeps it so).  Each task is a function
taking ``progress``/``cancel``/``changed`` callbacks and returning a result object (see ``tasks/base.py``).
Importing this package is cheap: each task's module is imported when one of its names is first used
(``tasks.export``, ``from annotator.tasks import ImportResult``), so the window's first paint loads none of them,
and readers, detectors and exporters are imported when a task runs.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from annotator.tasks.base import Cancel, Cancelled, Changed, Progress

if TYPE_CHECKING:
    from annotator.tasks.detecting import DetectFilesResult, DetectResult, detect_documents, detect_files
    from annotator.tasks.exporting import export
    from annotator.tasks.importing import SMALL_BATCH, ImportResult, import_paths
    from annotator.tasks.merge import MergeResult, merge
    from annotator.tasks.statistics import ProjectStats, stats
    from annotator.tasks.training import (
        TRAINABLE,
        NothingToTrain,
        RetrainResult,
        TrainResult,
        project_models,
        retrain,
        train,
    )

# name → the module of this package that defines it
_LAZY = {
    "DetectFilesResult": "detecting", "DetectResult": "detecting", "detect_documents": "detecting",
    "detect_files": "detecting", "export": "exporting", "SMALL_BATCH": "importing", "ImportResult": "importing",
    "import_paths": "importing", "MergeResult": "merge", "merge": "merge", "ProjectStats": "statistics",
    "stats": "statistics", "TRAINABLE": "training", "NothingToTrain": "training", "RetrainResult": "training",
    "TrainResult": "training", "project_models": "training", "retrain": "training", "train": "training",
}


if not TYPE_CHECKING:  # (mypy sees the imports above, and so still catches a misspelt name)

    def __getattr__(name: str) -> Any:
        # (``tasks.merge`` is the function only until the module ``annotator.tasks.merge`` is imported, which
        # makes the package's ``merge`` that module: import the function from the module, as the CLI does)
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(f"{__name__}.{module}"), name)
        globals()[name] = value
        return value


__all__ = [
    "SMALL_BATCH", "Cancel", "Cancelled", "Changed", "DetectFilesResult", "DetectResult", "ImportResult",
    "MergeResult", "NothingToTrain", "Progress", "ProjectStats", "RetrainResult", "TRAINABLE", "TrainResult",
    "detect_documents", "detect_files", "export", "import_paths", "merge", "project_models", "retrain", "stats",
    "train",
]
