"""The task layer: the long work the command line, the window's background jobs and the self-test share.

Qt-free and below ``annotator.ui`` and ``annotator.cli`` (import-linter keeps it so).  Each task is a function
taking ``progress``/``cancel``/``changed`` callbacks and returning a result object (see ``tasks/base.py``).
Importing this package is cheap: readers, detectors and exporters are imported when a task runs.
"""

from annotator.tasks.base import Cancel, Cancelled, Changed, Progress
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

__all__ = [
    "SMALL_BATCH", "Cancel", "Cancelled", "Changed", "DetectFilesResult", "DetectResult", "ImportResult",
    "MergeResult", "NothingToTrain", "Progress", "ProjectStats", "RetrainResult", "TRAINABLE", "TrainResult",
    "detect_documents", "detect_files", "export", "import_paths", "merge", "project_models", "retrain", "stats",
    "train",
]
