"""Long work off the GUI thread: each job is a :class:`QThread` around one task function
(``annotator.tasks``: import, detection, export, agreement).

A job opens its own store connection on the same project file (SQLite connections belong to one thread;
WAL lets the window keep reading and writing meanwhile); the tasks write in short transactions so an edit
made in the window never waits long.  The task's ``progress``, ``changed`` and ``cancel`` callbacks become
the job's signals (which Qt delivers on the GUI thread) and its interruption request.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThread, Signal

from annotator import tasks
from annotator.core.labels import LAYERS
from annotator.core.model import DocStatus
from annotator.store import ProjectRef, ProjectStore, reopen

if TYPE_CHECKING:
    from annotator.io.formats import ExportOptions, ExportSummary
    from annotator.tasks.agreement import AgreementReport

STOP_GRACE_MS = 800  # closing waits this long for a cancelled job, then leaves it (see JobRunner.stop)
_PROGRESS_EVERY = 0.05  # seconds between progress signals (the last one always goes)


class Job(QThread):
    progress = Signal(int, int)  # done, total (0: not known yet)
    changed = Signal(list)  # pks of documents whose content changed
    succeeded = Signal(object)
    failed = Signal(str)
    title = "working"

    def __init__(self, project: ProjectRef, parent: QObject | None = None):
        super().__init__(parent)
        self.project = project
        self._last_progress = 0.0

    def run(self) -> None:
        try:
            with reopen(self.project) as store:
                result = self.work(store)
        except tasks.Cancelled:
            self.failed.emit(f"{self.title}: cancelled")
        except Exception as exc:  # noqa: BLE001 - shown to the person; the window must survive
            self.failed.emit(f"{self.title} failed: {exc}")
        else:
            self.succeeded.emit(result)

    def run_here(self, store: ProjectStore) -> Any:
        """Do the work synchronously on the caller's store (used for
        ``--screenshot``, where nothing is on screen to keep responsive)."""
        return self.work(store)

    def report(self, done: int, total: int) -> None:
        """The tasks' ``progress``: a signal at most every few hundredths of a second, and the last one."""
        now = time.monotonic()
        if done == total or now - self._last_progress >= _PROGRESS_EVERY:
            self._last_progress = now
            self.progress.emit(done, total)

    def work(self, store: ProjectStore) -> Any:
        raise NotImplementedError

    def detect(self, store: ProjectStore, pks: Sequence[int] | None, layers: Sequence[str] = LAYERS) -> int:
        found = tasks.detect_documents(store, pks, layers=layers, jobs=1, progress=self.report,
                                       cancel=self.isInterruptionRequested, changed=self.changed.emit)
        return found.documents


class ImportJob(Job):
    title = "import"

    def __init__(self, project: ProjectRef, paths: Sequence[str], detect: bool = True, parent: QObject | None = None):
        super().__init__(project, parent)
        self.paths, self.run_detection = list(paths), detect

    def work(self, store: ProjectStore) -> tasks.ImportResult:
        result = tasks.import_paths(store, self.paths, progress=self.report, cancel=self.isInterruptionRequested,
                                    changed=self.changed.emit)
        if self.run_detection and result.added:
            self.title = "detection"
            self.detect(store, result.added)
        return result


class DetectJob(Job):
    title = "detection"

    def __init__(self, project: ProjectRef, pks: Sequence[int] | None, layers: Sequence[str] = LAYERS,
                 parent: QObject | None = None):
        super().__init__(project, parent)
        self.pks, self.layers = pks, tuple(layers)

    def work(self, store: ProjectStore) -> int:
        return self.detect(store, self.pks, self.layers)


class TrainJob(Job):
    """Retrain the project's models, then refresh the suggestions of the documents nobody has touched
    (``tasks.training.retrain``); editing goes on meanwhile (training only reads until it stores the model)."""

    title = "training"

    def work(self, store: ProjectStore) -> tasks.RetrainResult:
        def stage(name: str) -> None:
            self.title = name

        return tasks.retrain(store, progress=self.report, cancel=self.isInterruptionRequested,
                             changed=self.changed.emit, stage=stage)


class ExportJob(Job):
    title = "export"

    def __init__(self, project: ProjectRef, fmt: str, output: str, status: DocStatus | None,
                 options: ExportOptions, parent: QObject | None = None):
        super().__init__(project, parent)
        self.fmt, self.output, self.status, self.options = fmt, output, status, options

    def work(self, store: ProjectStore) -> ExportSummary:
        return tasks.export(store, self.fmt, self.output, self.options, status=self.status, progress=self.report,
                            cancel=self.isInterruptionRequested)


class AgreementJob(Job):
    title = "agreement"

    def __init__(self, project: ProjectRef, layers: Sequence[str] = LAYERS, parent: QObject | None = None):
        super().__init__(project, parent)
        self.layers = tuple(layers)

    def work(self, store: ProjectStore) -> AgreementReport:
        from annotator.tasks.agreement import agreement

        try:
            import krippendorff  # noqa: F401 - to say what is missing before any work
        except ImportError:
            raise RuntimeError("Krippendorff's alpha needs: pip install 'annotator[agreement]'") from None
        return agreement(store, layers=self.layers, progress=self.report, cancel=self.isInterruptionRequested)


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
        self.abandoned: list[Job] = []  # cancelled, but still inside a detector (see stop)

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

    def stop(self, grace_ms: int = STOP_GRACE_MS) -> None:
        """Cancel everything; wait up to ``grace_ms`` for the running job to give up.

        A job notices a cancel between its short transactions, so it stops at once unless a detector is
        deep in one long document; such a job is left to finish on its own (it checks for the cancel
        again before it writes, so it writes nothing more) and kept in :attr:`abandoned` until then.
        Closing never waits for it: everything it committed before is whole, and the app exits without
        joining its thread (``annotator.ui.app.run``)."""
        self.queue.clear()
        job, self.current = self.current, None
        if job is None:
            return
        job.requestInterruption()
        for signal in (job.progress, job.changed, job.succeeded, job.failed, job.finished):
            signal.disconnect()
        if job.wait(grace_ms):
            job.deleteLater()
            return
        self.abandoned.append(job)
        job.finished.connect(lambda: self._forget(job))

    def _forget(self, job: Job) -> None:
        self.abandoned.remove(job)
        job.deleteLater()
