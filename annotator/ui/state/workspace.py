"""The open project and everything the panels share about it.

One :class:`Workspace` per window: the store, the open document
(:class:`DocSession`), the undo stack and the background jobs.  The store's
Qt-free event emitter is forwarded to a Qt signal here, so any panel can
follow edits without knowing who made them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from annotator.core.events import Event
from annotator.store import CURATED, ProjectStore, StoreError
from annotator.ui.state.commands import Ctx
from annotator.ui.jobs import JobRunner
from annotator.ui.state.session import DocSession


OTHERS_POLL_MS = 1000


class Workspace(QObject):
    projectChanged = Signal()
    storeEvent = Signal(object)  # annotator.core.events.Event, after the store committed
    message = Signal(str)  # something to tell the person (status bar)
    warning = Signal(str)  # an edit, undo or redo the store refused: nothing changed (status bar, highlighted)
    closing = Signal()  # the store is about to close: stop anything that would read it later
    setChanged = Signal()  # the store now reads and writes another annotation set (a curator's)

    def __init__(self, store: ProjectStore, parent: QObject | None = None):
        super().__init__(parent)
        self._store: ProjectStore | None = None
        self.session = DocSession(self)
        self.undo = QUndoStack(self)
        self.jobs = JobRunner(self)
        self.storeEvent.connect(self.session.on_event)
        # others' edits of a shared project (PostgreSQL's notifications) arrive as store events
        self._others = QTimer(self, interval=OTHERS_POLL_MS)
        self._others.timeout.connect(self.poll_others)
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

    @property
    def curating(self) -> bool:
        """True while the window works on the curated set (the team's gold)."""
        return self._store is not None and self._store.set_name == CURATED

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
        self._others.start()

    def poll_others(self) -> int:
        """What other clients of a shared project changed, announced as store events (none for a file)."""
        if self._store is None:
            return 0
        try:
            return self._store.poll_others()
        except StoreError:
            return 0

    def use_set(self, name: str) -> None:
        """Work on ``name``'s annotation set from now on (a curator: the curated set).  The undo history
        belongs to the other set and is dropped; the open document is read again from the new set."""
        if name == self.store.set_name:
            return
        self.store.use_set(name)
        self.undo.clear()
        self.session.reload()
        self.setChanged.emit()

    def _forward(self, event: Event) -> None:
        self.storeEvent.emit(event)

    def ctx(self) -> Ctx:
        if self.session.pk is None:
            raise StoreError("no document is open")
        return Ctx(self.store, self.session.pk, self.warning.emit)

    def push(self, command: QUndoCommand) -> bool:
        """Run a command and keep it for undo; False (and a message) if the store refused it."""
        self.session.complete()  # an edit applies to the whole span set, never to a partly loaded one
        self.undo.push(command)
        return not getattr(command, "error", None)

    def travel(self, back: bool) -> str | None:
        """Undo (``back``) or redo one step.  If the store refuses it, the stack is stepped back over it
        without touching the store (the command's ``skip``), so it still says what the project holds;
        returns the refusal, if any."""
        command = self.undo.command(self.undo.index() - 1 if back else self.undo.index())
        if command is None:
            return None
        self.session.complete()
        (self.undo.undo if back else self.undo.redo)()
        error = getattr(command, "error", None)
        if error:
            command.skip = True  # type: ignore[attr-defined]
            (self.undo.redo if back else self.undo.undo)()
        return error

    def close(self) -> None:
        self._others.stop()
        self.jobs.stop()
        self.session.stop_loading()
        self.closing.emit()
        if self._store is not None:
            self._store.events.disconnect(self._forward)
            self._store.close()
            self._store = None
