"""Long work off the GUI thread: import, detection, export.

Each job runs in a :class:`QThread` with its own store connection on the same
project file (SQLite connections belong to one thread; WAL lets the window
keep reading and writing meanwhile).  Jobs write in small transactions so an
edit made in the window never waits long, and report progress and the
documents they changed through signals, which Qt delivers on the GUI thread.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal

from annotator.core.labels import LAYERS
from annotator.core.model import DocStatus
from annotator.store import DocFilter, ProjectStore, SqliteProject

if TYPE_CHECKING:
    from annotator.io.formats import ExportOptions

# The detectors, readers and exporters are imported by the job that uses them, in its thread:
# the window's start-up never pays for them.

_BATCH = 20  # documents per import transaction


class Cancelled(Exception):
    pass


@dataclass
class ImportResult:
    added: list[int] = field(default_factory=list)
    duplicates: int = 0
    errors: list[str] = field(default_factory=list)
    first: int | None = None  # the first document read, new or already in the project
    detected: int = 0


class Job(QThread):
    progress = Signal(int, int)  # done, total (0: not known yet)
    changed = Signal(list)  # pks of documents whose content changed
    succeeded = Signal(object)
    failed = Signal(str)
    title = "working"

    def __init__(self, project_path: str, parent: QObject | None = None):
        super().__init__(parent)
        self.project_path = project_path

    def run(self) -> None:
        try:
            with SqliteProject(self.project_path) as store:
                result = self.work(store)
        except Cancelled:
            self.failed.emit(f"{self.title}: cancelled")
        except Exception as exc:  # noqa: BLE001 - shown to the person; the window must survive
            self.failed.emit(f"{self.title} failed: {exc}")
        else:
            self.succeeded.emit(result)

    def run_here(self, store: ProjectStore):
        """Do the work synchronously on the caller's store (used for
        ``--screenshot``, where nothing is on screen to keep responsive)."""
        return self.work(store)

    def check(self) -> None:
        if self.isInterruptionRequested():
            raise Cancelled()

    def work(self, store: ProjectStore):
        raise NotImplementedError

    def detect(self, store: ProjectStore, pks: Sequence[int], layers=LAYERS) -> int:
        from annotator.detect.runner import detect_all

        docs = (store.get_document(pk) for pk in pks)
        n = 0
        for pk, (_doc, found) in zip(pks, detect_all(docs, layers, jobs=1), strict=True):
            self.check()
            store.replace_suggestions(pk, found.sources, found.spans, found.relations, found.meta)
            n += 1
            self.progress.emit(n, len(pks))
            self.changed.emit([pk])
        return n


class ImportJob(Job):
    title = "import"

    def __init__(self, project_path: str, paths: Sequence[str], detect: bool = True, parent=None):
        super().__init__(project_path, parent)
        self.paths, self.run_detection = list(paths), detect

    def work(self, store: ProjectStore) -> ImportResult:
        from annotator.io.errors import InputError
        from annotator.io.readers import read_paths

        result = ImportResult()
        batch = []
        n = 0

        def flush():
            added = store.add_documents(batch)
            result.added += added.added
            result.duplicates += added.duplicates
            if result.first is None:
                result.first = added.added[0] if added.added else store.pk_of(batch[0].id)
            self.changed.emit(added.added)
            batch.clear()

        for item in read_paths(self.paths, store.scheme):
            self.check()
            if isinstance(item, InputError):
                result.errors.append(str(item))
                continue
            batch.append(item)
            n += 1
            if len(batch) >= _BATCH:
                flush()
                self.progress.emit(n, 0)
        if batch:
            flush()
        self.progress.emit(n, n)
        if self.run_detection and result.added:
            self.title = "detection"
            result.detected = self.detect(store, result.added)
        return result


class DetectJob(Job):
    title = "detection"

    def __init__(self, project_path: str, pks: Sequence[int] | None, layers=LAYERS, parent=None):
        super().__init__(project_path, parent)
        self.pks, self.layers = pks, tuple(layers)

    def work(self, store: ProjectStore) -> int:
        pks = self.pks
        if pks is None:
            pks = [s.pk for s in store.list_documents(DocFilter(), 0, store.count())]
        return self.detect(store, pks, self.layers)


class ExportJob(Job):
    title = "export"

    def __init__(self, project_path: str, fmt: str, output: str, status: DocStatus | None,
                 options: ExportOptions, parent=None):
        super().__init__(project_path, parent)
        self.fmt, self.output, self.status, self.options = fmt, output, status, options

    def work(self, store: ProjectStore):
        from annotator.io.formats import export

        total = store.count(DocFilter(status=self.status))

        def progress(n: int) -> None:
            self.check()
            self.progress.emit(n, total)

        return export(self.fmt, store.iter_documents(self.status), self.output, self.options, progress)


class JobRunner(QObject):
    """Runs jobs one after another and forwards what they report."""

    started = Signal(str)
    progress = Signal(str, int, int)
    changed = Signal(list)
    finished = Signal(object, object)  # job, result
    failed = Signal(str)
    idle = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.queue: deque[Job] = deque()
        self.current: Job | None = None

    def submit(self, job: Job) -> None:
        job.progress.connect(lambda done, total: self.progress.emit(job.title, done, total))
        job.changed.connect(self.changed)
        job.succeeded.connect(lambda result: self.finished.emit(job, result))
        job.failed.connect(self.failed)
        job.finished.connect(self._next)
        self.queue.append(job)
        if self.current is None:
            self._next()

    def _next(self) -> None:
        if self.current is not None:
            self.current.deleteLater()
            self.current = None
        if not self.queue:
            self.idle.emit()
            return
        self.current = self.queue.popleft()
        self.started.emit(self.current.title)
        self.current.start()

    def busy(self) -> bool:
        return self.current is not None

    def stop(self) -> None:
        """Cancel everything and wait for the running job to give up."""
        self.queue.clear()
        job = self.current
        if job is not None:
            job.requestInterruption()
            job.wait()
            self.current = None
            job.deleteLater()
