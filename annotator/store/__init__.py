"""Qt-free project store: one SQLite file per project."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

from annotator.store.base import (
    AddResult,
    DocFilter,
    DocSummary,
    NeedsUpgrade,
    ProjectInUse,
    ProjectStore,
    RemovedSpan,
    StoreError,
)
from annotator.store.sqlite import SqliteProject

PROJECT_SUFFIX = ".annotator"


def default_project_path() -> Path:
    """The embedded default project in the user's data directory."""
    return Path(user_data_dir("annotator", appauthor=False)) / f"default{PROJECT_SUFFIX}"


def open_project(path: str | os.PathLike[str] | None = None, *, readonly: bool = False,
                 create: bool = True) -> ProjectStore:
    return SqliteProject(path or default_project_path(), readonly=readonly, create=create)


__all__ = [
    "AddResult", "DocFilter", "DocSummary", "NeedsUpgrade", "PROJECT_SUFFIX", "ProjectInUse", "ProjectStore",
    "RemovedSpan",
    "SqliteProject", "StoreError", "default_project_path", "open_project",
]
