"""The learning loop in the window (docs/learning.md): retrain the project's model in the background after
every N documents marked done (the project setting ``learning.retrain_every``, default 10) and on demand,
then refresh the suggestions of the documents nobody has touched; say which model is in use and how well
it does; open the review queue's next document (the model's least certain first).  Training runs in a
:class:`TrainJob`, so editing never waits for it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from annotator.core.events import Event, ModelChanged, StatusChanged
from annotator.core.model import DocStatus
from annotator.store import UNSURE, StoreError
from annotator.ui.jobs import Job, TrainJob
from annotator.ui.state.workspace import Workspace

# The tasks behind it (training, the review queue) are imported when first used, not for the first paint.

LAYER = "entities"


class LearningController(QObject):
    modelText = Signal(str)  # the status bar's model line: "model v3 · F1 0.81" or "shipped model"
    openRequested = Signal(int)  # the review queue's next document
    selectRequested = Signal(str)  # teach mode: the open document's least certain suggestion (a span id)

    def __init__(self, ws: Workspace, parent: QWidget):
        super().__init__(parent)
        self.ws = ws
        self.pending: TrainJob | None = None  # queued or running
        ws.storeEvent.connect(self._event)
        ws.jobs.finished.connect(self._job_done)
        ws.projectChanged.connect(self._project_changed)

    def model_text(self) -> str:
        if not self.ws.is_open:
            return ""
        current = self.ws.store.current_model(LAYER)
        if current is None:
            return "shipped model"
        f1 = current.info.get("f1")
        return f"model v{current.version}" + (f" · F1 {f1:.2f}" if f1 is not None else "")

    def show_model(self) -> None:
        self.modelText.emit(self.model_text())

    def retrain_now(self) -> TrainJob | None:
        """Train now (the menu action); None if a training is already on its way."""
        if self.pending is not None:
            self.ws.message.emit("A training is already running; its model will be used when it is done")
            return None
        if self.ws.store.readonly:
            self.ws.message.emit("The project is open read-only: nothing can be trained into it")
            return None
        job = TrainJob(self.ws.store.ref())
        job.finished.connect(lambda: self._finished(job))
        self.pending = job
        self.ws.message.emit("Training the model in the background; keep working")
        self.ws.jobs.submit(job)
        return job

    def next_uncertain(self) -> int | None:
        """Open the todo document whose entity suggestions the model is least sure of (the review queue,
        ``tasks.reviewing.review_queue``), other than the open one."""
        from annotator.tasks.reviewing import review_queue

        queue = [u for u in review_queue(self.ws.store) if u.summary.pk != self.ws.session.pk]
        first = queue[0] if queue else None
        if first is None or first.uncertainty is None:
            self.ws.message.emit("No other todo document has suggestions with a score to review")
            return None
        self.openRequested.emit(first.summary.pk)
        self.ws.message.emit(f"Least certain first: the weakest suggestion here scores {1 - first.uncertainty:.2f}"
                             f" ({first.unsure} below {UNSURE})")
        return first.summary.pk

    def least_certain_suggestion(self) -> str | None:
        """Teach mode: select the open document's scored suggestion the model is least sure of; accepting or
        rejecting it and asking again walks the suggestions from the least sure."""
        session = self.ws.session
        if session.doc is None or not session.ready:
            return None
        scored = [s for s in session.index.ordered if s.is_suggestion and s.score is not None]
        if not scored:
            self.ws.message.emit("No scored suggestion left in this document")
            return None
        span = min(scored, key=lambda s: (s.score, s.start))
        self.selectRequested.emit(span.id)
        self.ws.message.emit(f"Least certain suggestion: {span.label} scored {span.score:.2f} · Enter accepts, "
                             "Backspace rejects")
        return span.id

    def _finished(self, job: Job) -> None:
        if self.pending is job:
            self.pending = None

    def _project_changed(self) -> None:
        self.pending = None  # the old project's jobs were stopped
        self.show_model()

    def _event(self, event: Event) -> None:
        if isinstance(event, ModelChanged):
            self.show_model()
        elif (isinstance(event, StatusChanged) and event.status == DocStatus.DONE and event.old != DocStatus.DONE
              and self.pending is None and not self.ws.store.readonly):
            from annotator.tasks.training import due

            try:
                if due(self.ws.store, LAYER):
                    self.retrain_now()
            except StoreError as exc:
                self.ws.message.emit(str(exc))

    def _job_done(self, job: Job, result: object) -> None:
        from annotator.tasks.training import RetrainResult

        if not isinstance(job, TrainJob) or not isinstance(result, RetrainResult):
            return
        self._finished(job)
        self.show_model()
        for trained in result.trained:
            info = trained.stored.info
            f1 = f"F1 {info['f1']:.2f} (cross-validated)" if info.get("f1") is not None else "too few for an F1"
            self.ws.message.emit(f"Model v{trained.stored.version} trained on {info.get('documents', 0):,} "
                                 f"documents, {f1}; suggestions refreshed on {result.refreshed:,} untouched "
                                 "documents")
