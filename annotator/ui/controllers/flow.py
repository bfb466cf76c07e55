"""Moving through the corpus, Prodigy style: accept the document (marks it
done and accepts what is shown), skip it, step to the next or previous one,
or jump to the next unfinished one.  Undo and redo come here too, because
undoing an edit made in another document first opens that document."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from annotator.core.model import DocStatus
from annotator.store import CURATED, DocFilter, StoreError
from annotator.ui.state.commands import AcceptDocument, SetDocStatus
from annotator.ui.state.workspace import Workspace


class DocumentFlow(QObject):
    opened = Signal(int)  # pk of the document now shown

    def __init__(self, ws: Workspace, current_filter: Callable[[], DocFilter] = DocFilter):
        super().__init__(ws)
        self.ws = ws
        self.current_filter = current_filter
        # The document to reopen next time is written after the new one is painted (a durable commit
        # must not delay it), once for a quick run of Ctrl+PgDown; a timer object fires after the paint.
        self._last: tuple[object, int] | None = None
        self._remember = QTimer(self, singleShot=True, interval=0)
        self._remember.timeout.connect(self.remember_now)
        ws.closing.connect(self.remember_now)
        ws.projectChanged.connect(self._remember.stop)

    @property
    def pk(self) -> int | None:
        return self.ws.session.pk

    def open(self, pk: int | None) -> bool:
        if pk is None:
            return False
        if pk != self.pk:
            try:
                self.ws.session.load(pk)
            except StoreError as exc:
                self.ws.message.emit(str(exc))
                return False
            self._last = (self.ws.store, pk)
            self._remember.start()
        self.opened.emit(pk)
        return True

    def remember_now(self) -> None:
        self._remember.stop()
        last, self._last = self._last, None
        if last is not None and last[0] is self.ws.store and not self.ws.store.readonly:
            try:
                # Written only when it changed: not at every start, which reopens the document written (a
                # durable commit before the window's first paint, the timer firing before it there).
                if self.ws.store.get_setting("ui.last_document") != str(last[1]):
                    self.ws.store.set_setting("ui.last_document", str(last[1]))
            except StoreError:
                pass  # only where to reopen: the next document opened tries again

    def open_first(self) -> None:
        """On start: the document last worked on, else the first unfinished one, else the first."""
        store = self.ws.store
        last = store.get_setting("ui.last_document")
        candidates: list[Callable[[], int | None]] = [lambda: int(last) if last and last.isdigit() else None,
                                                      store.next_unfinished, lambda: store.neighbour(0, 1)]
        for candidate in candidates:  # each looked for only if the one before is not there (queries, at start)
            pk = candidate()
            if pk is not None and self._exists(pk):
                self.open(pk)
                return

    def _exists(self, pk: int) -> bool:
        try:
            self.ws.store.summary(pk)
        except StoreError:
            return False
        return True

    def step(self, direction: int) -> None:
        if self.pk is None:
            self.open_first()
            return
        pk = self.ws.store.neighbour(self.pk, direction, self.current_filter())
        if pk is None:
            self.ws.message.emit("This is the last document" if direction > 0 else "This is the first document")
        self.open(pk)

    def _next_unfinished(self) -> int | None:
        """One's own next unfinished document; a curator's: the next one left to curate (two or more
        annotators finished it, its curated set is not), wrapping round."""
        store = self.ws.store
        if store.set_name != CURATED:
            return store.next_unfinished(after=self.pk)
        queue = store.curation_queue()
        return next((pk for pk in queue if self.pk is None or pk > self.pk), queue[0] if queue else None)

    def next_unfinished(self) -> None:
        pk = self._next_unfinished()
        if pk is None:
            self.ws.message.emit("No document is left to curate" if self.ws.store.set_name == CURATED
                                 else "Every document is done or skipped")
        elif pk == self.pk:
            self.ws.message.emit("This is the only unfinished document")
        else:
            self.open(pk)

    def accept_document(self) -> None:
        if self.pk is None:
            return
        if self.ws.push(AcceptDocument(self.ws.ctx())):
            self.ws.message.emit("Document accepted")
            self.next_unfinished()

    def skip(self) -> None:
        if self.pk is None:
            return
        if self.ws.push(SetDocStatus(self.ws.ctx(), DocStatus.SKIPPED)):
            self.ws.message.emit("Document skipped")
            self.next_unfinished()

    def undo(self) -> None:
        self._travel(back=True)

    def redo(self) -> None:
        self._travel(back=False)

    def _travel(self, back: bool) -> None:
        index = self.ws.undo.index() - 1 if back else self.ws.undo.index()
        command = self.ws.undo.command(index) if 0 <= index < self.ws.undo.count() else None
        if command is None:
            return
        pk = getattr(command, "pk", None)
        if pk is not None and pk != self.pk:
            self.open(pk)
        if self.ws.travel(back) is None:
            self.ws.message.emit(f"{'Undid' if back else 'Redid'}: {command.text()}")
