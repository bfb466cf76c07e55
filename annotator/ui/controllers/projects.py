"""Projects and files: open and create projects, the recent-projects list,
importing files and folders (menu, drag and drop, command line) and running
detection on demand.  The work itself happens in background jobs."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

# Qt's dialogs are imported where they open: making their Python classes (and enums) cost ~2 ms before the
# window's first paint (docs/performance.md, start-up).

from annotator.core.labels import LAYERS
from annotator.store import PROJECT_SUFFIX, StoreError, is_server_url, open_project
from annotator.ui.jobs import DetectJob, ImportJob, Job
from annotator.ui.state.prefs import Prefs
from annotator.ui.state.workspace import Workspace

if TYPE_CHECKING:
    from annotator.tasks import ImportResult

OFFER_AFTER_MS = 1500
FILE_FILTER = "Articles and corpora (*.txt *.text *.html *.htm *.xhtml *.jsonl *.ndjson *.json);;All files (*)"


class ProjectController(QObject):
    imported = Signal(object)  # ImportResult, once an import (and its detection) is finished

    def __init__(self, ws: Workspace, prefs: Prefs, parent: QWidget):
        super().__init__(parent)
        self.ws, self.prefs, self.parent_widget = ws, prefs, parent
        ws.jobs.finished.connect(self._job_done)
        ws.jobs.failed.connect(ws.message)
        # After the first paint: the count reads every document's metadata.
        self._offer = QTimer(self, singleShot=True, interval=OFFER_AFTER_MS)
        self._offer.timeout.connect(self.offer_detection)
        ws.projectChanged.connect(self._offer.start)
        self._offer.start()

    # -- projects ---------------------------------------------------------------------------------
    def open_project(self, path: str) -> bool:
        try:
            store = open_project(path, annotator=self.ws.store.annotator if self.ws.store else None)
        except StoreError as exc:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self.parent_widget, "Cannot open the project", str(exc))
            return False
        self.ws.set_store(store)
        return True

    def choose_project(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self.parent_widget, "Open project", self._folder(),
                                              f"Projects (*{PROJECT_SUFFIX});;All files (*)")
        if path:
            self.open_project(path)

    def choose_server_project(self) -> None:
        """A shared project on a PostgreSQL server, by its URL (docs/team.md)."""
        from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

        last = next((p for p in self.prefs.recent() if is_server_url(p)), "postgresql://")
        url, ok = QInputDialog.getText(
            self.parent_widget, "Open shared project",
            "PostgreSQL URL of the team's project, e.g. postgresql://you@server/news or\n"
            "postgresql:///news?service=team (passwords: ~/.pgpass or a service file, never kept here)",
            QLineEdit.EchoMode.Normal, last)
        url = url.strip()
        if ok and url:
            if not is_server_url(url):
                QMessageBox.warning(self.parent_widget, "Open shared project",
                                    f"{url} is not a postgresql:// URL")
                return
            self.open_project(url)

    def new_project(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        path, _ = QFileDialog.getSaveFileName(self.parent_widget, "New project", self._folder(),
                                              f"Projects (*{PROJECT_SUFFIX})")
        if not path:
            return
        if not path.endswith(PROJECT_SUFFIX):
            path += PROJECT_SUFFIX
        if os.path.exists(path):
            QMessageBox.warning(self.parent_widget, "New project", f"{path} exists already; open it instead.")
            return
        self.open_project(path)

    def _folder(self) -> str:
        if not self.ws.is_open or is_server_url(self.ws.store.path):
            return os.path.expanduser("~")
        return os.path.dirname(self.ws.store.path)

    # -- files ------------------------------------------------------------------------------------
    def choose_files(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        paths, _ = QFileDialog.getOpenFileNames(self.parent_widget, "Open files", os.path.expanduser("~"), FILE_FILTER)
        if paths:
            self.import_paths(paths)

    def choose_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path = QFileDialog.getExistingDirectory(self.parent_widget, "Open folder", os.path.expanduser("~"))
        if path:
            self.import_paths([path])

    def import_paths(self, paths: Sequence[str]) -> ImportJob:
        """Import (and detect) in the background; the window stays usable."""
        job = ImportJob(self.ws.store.ref(), paths, self.prefs.detect_on_import)
        self.ws.message.emit(f"Importing {len(paths)} path{'s' if len(paths) != 1 else ''}…")
        self.ws.jobs.submit(job)
        return job

    def import_now(self, paths: Sequence[str]) -> ImportResult:
        """Import and detect on this thread (``--screenshot``: nothing to keep responsive)."""
        job = ImportJob(self.ws.store.ref(), paths, self.prefs.detect_on_import)
        result = job.run_here(self.ws.store)
        self._imported(result)
        return result

    def detect_current(self) -> None:
        if self.ws.session.pk is not None:
            self.ws.jobs.submit(DetectJob(self.ws.store.ref(), [self.ws.session.pk]))

    def detect_missing(self) -> None:
        """Detection where it never finished (an import killed or closed before its detection ended)."""
        pks = self.ws.store.undetected(LAYERS)
        if pks:
            self.ws.jobs.submit(DetectJob(self.ws.store.ref(), pks))
        else:
            self.ws.message.emit("Every document has been through detection")

    def offer_detection(self) -> None:
        """Say so when documents of the project never finished detection (with detection on import on)."""
        if not self.ws.is_open or self.ws.store.readonly or not self.prefs.detect_on_import:
            return
        n = len(self.ws.store.undetected(LAYERS))
        if n:
            self.ws.message.emit(f"{n:,} document{'s have' if n != 1 else ' has'} not been through detection "
                                 "(an import stopped before it finished): Document ▸ Detect where not yet detected")

    def detect_all(self) -> None:
        self.ws.jobs.submit(DetectJob(self.ws.store.ref(), None))

    def _job_done(self, job: Job, result) -> None:
        if isinstance(job, ImportJob):
            self._imported(result)
        elif isinstance(job, DetectJob):
            self.ws.message.emit(f"Detection finished: {result:,} document{'s' if result != 1 else ''}")

    def _imported(self, result: ImportResult) -> None:
        n = len(result.added)
        text = f"{n:,} document{'' if n == 1 else 's'} added, {result.duplicates:,} already in the project"
        if result.problems:
            text += f", {len(result.problems):,} could not be read: {result.problems[0]}"
        if result.notes:
            text += f"; {len(result.notes):,} with an encoding to check: {result.notes[0]}"
        if result.skipped:  # sidecars, licences, hidden files… of a dropped folder (io/readers/folders.py)
            text += f"; {len(result.skipped):,} file{'' if len(result.skipped) == 1 else 's'} skipped as not articles"
        self.ws.message.emit(text)
        self.imported.emit(result)
