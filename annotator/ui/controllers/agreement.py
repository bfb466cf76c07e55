"""The agreement view's behaviour: compute the figures in a background job (the same task as
``annotator agreement``), show them, and open a contested document for curation."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from annotator.tasks.agreement import AgreementReport
from annotator.ui.controllers.curation import CurationController
from annotator.ui.controllers.flow import DocumentFlow
from annotator.ui.jobs import AgreementJob, Job
from annotator.ui.state.workspace import Workspace
from annotator.ui.widgets.agreement import AgreementPanel


class AgreementController(QObject):
    curating = Signal(int)  # a document opened for curation (pk)

    def __init__(self, ws: Workspace, panel: AgreementPanel, flow: DocumentFlow, curation: CurationController):
        super().__init__(panel)
        self.ws, self.panel, self.flow, self.curation = ws, panel, flow, curation
        self.job: Job | None = None
        panel.compute.connect(self.compute)
        panel.openDocument.connect(self.open_document)
        ws.jobs.finished.connect(self._finished)
        ws.jobs.failed.connect(self._failed)
        ws.projectChanged.connect(self._forget)

    def compute(self) -> None:
        """Compute in the background: the window stays free while every finished set is read."""
        if not self.ws.is_open or self.job is not None:
            return
        self.job = AgreementJob(self.ws.store.ref())
        self.panel.busy("Computing agreement…")
        self.ws.jobs.submit(self.job)

    def _finished(self, job: Job, result: object) -> None:
        if job is self.job and isinstance(result, AgreementReport):
            self.job = None
            self.panel.show_report(result)

    def _failed(self, message: str) -> None:
        if self.job is not None and message.startswith(self.job.title):
            self.job = None
            self.panel.failed(message)

    def _forget(self) -> None:
        self.job = None
        self.panel.failed("Agreement between the annotators has not been computed yet.")

    def open_document(self, doc_id: str) -> None:
        pk = self.ws.store.pk_of(doc_id)
        if pk is None:
            self.ws.message.emit(f"{doc_id} is no longer in the project")
            return
        self.curation.set_curating(True)
        if self.flow.open(pk):
            self.curating.emit(pk)
