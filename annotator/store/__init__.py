"""Qt-free project store: one SQLite file per project, or a shared project in a PostgreSQL database."""

from __future__ import annotations

import os
from pathlib import Path

from annotator.store.base import (
    ALL,
    CURATED,
    DEFAULT_ANNOTATOR,
    AddResult,
    Corrections,
    DocFilter,
    DocSummary,
    NeedsUpgrade,
    ProjectInUse,
    ProjectRef,
    ProjectStore,
    RemovedSpan,
    SetCopy,
    StoreError,
    StoredModel,
    UNSURE,
    is_server_url,
    without_password,
)
from annotator.store.sqlite import SqliteProject

PROJECT_SUFFIX = ".annotator"


def default_project_path() -> Path:
    """The embedded default project in the user's data directory."""
    from platformdirs import user_data_dir  # only here: opening a named project never needs it

    return Path(user_data_dir("annotator", appauthor=False)) / f"default{PROJECT_SUFFIX}"


def open_project(path: str | os.PathLike[str] | None = None, *, annotator: str | None = None, readonly: bool = False,
                 create: bool = True) -> ProjectStore:
    """The project at ``path`` (default: :func:`default_project_path`), opened as ``annotator``
    (default: :data:`DEFAULT_ANNOTATOR`).  A ``postgresql://`` or ``postgres://`` URL opens a shared
    project in that PostgreSQL database (the ``postgres`` extra: psycopg); anything else is a project file."""
    if path is not None and is_server_url(path):
        try:
            from annotator.store.postgres import PostgresProject
        except ImportError:
            raise StoreError("a PostgreSQL project needs psycopg: pip install 'annotator[postgres]'") from None
        return PostgresProject(str(path), annotator=annotator, readonly=readonly, create=create)
    return SqliteProject(path or default_project_path(), annotator=annotator, readonly=readonly, create=create)


def reopen(ref: ProjectRef, *, readonly: bool = False) -> ProjectStore:
    """Open the project of ``ref`` again, as its annotator, on its set."""
    store = open_project(ref.path, annotator=ref.annotator, readonly=readonly, create=False)
    if ref.set_name != ref.annotator:
        store.use_set(ref.set_name)
    return store


__all__ = [
    "ALL", "CURATED", "DEFAULT_ANNOTATOR", "AddResult", "Corrections", "DocFilter", "DocSummary", "NeedsUpgrade",
    "PROJECT_SUFFIX", "ProjectInUse", "ProjectRef", "ProjectStore", "RemovedSpan", "SetCopy", "SqliteProject",
    "StoreError", "StoredModel", "UNSURE", "default_project_path", "is_server_url", "open_project", "reopen",
    "without_password",
]
