"""The open project and everything the panels share about it.

One :class:`Workspace` per window: the store, the open document
(:class:`DocSession`), the undo stack and the background jobs.  The store's
Qt-free event emitter is forwarded to a Qt signal here, so any panel can
follow edits without knowing who made them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from annotator.core.events import Event
from annotator.store import ProjectStore, StoreError
from annotator.ui.state.commands import Ctx
from annotator.ui.jobs import JobRunner
from annotator.ui.state.session import DocSession


class Workspace(QObject):
    projectChanged = Signal()
    storeEvent = Signal(object)  # annotator.core.events.Event, after the store committed
    message = Signal(str)  # something to tell the person (status bar)
    closing = Signal()  # the store is about to close: stop anything that would read it later

    def __init__(self, store: ProjectStore, parent: QObject | None = None):
        super().__init__(parent)
        self._store: ProjectStore | None = None
        self.session = DocSession(self)
        self.undo = QUndoStack(self)
        self.jobs = JobRunner(self)
        self.storeEvent.connect(self.session.on_event)
        self.set_store(store)

    @property
    def store(self) -> ProjectStore:
        """The open project (every window has one from its start until :meth:`close`)."""
        if self._store is None:
            raise StoreError("the project is closed")
        return self._store

    @property
    def is_open(self) -> bool:
        return self._store is not None

    def set_store(self, store: ProjectStore) -> None:
        """Switch projects: the old store is closed, its undo history dropped."""
        if self._store is not None:
            self.jobs.stop()
            self.session.stop_loading()
            self._store.events.disconnect(self._forward)
            self._store.close()
        self._store = store
        store.events.connect(self._forward)
        self.undo.clear()
        self.session.set_store(store)
        self.projectChanged.emit()

    def _forward(self, event: Event) -> None:
        self.storeEvent.emit(event)

    def ctx(self) -> Ctx:
        if self.session.pk is None:
            raise StoreError("no document is open")
        return Ctx(self.store, self.session.pk, self.message.emit)

    def push(self, command: QUndoCommand) -> bool:
        """Run a command and keep it for undo; False (and a message) if the store refused it."""
        self.session.complete()  # an edit applies to the whole span set, never to a partly loaded one
        self.undo.push(command)
        return not getattr(command, "error", None)

    def close(self) -> None:
        self.jobs.stop()
        self.session.stop_loading()
        self.closing.emit()
        if self._store is not None:
            self._store.events.disconnect(self._forward)
            self._store.close()
            self._store = None
