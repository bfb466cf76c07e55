"""The open document as the views see it, kept in step with the store.

The store emits an event after every committed edit; :meth:`DocSession.on_event`
applies it to the in-memory :class:`SpanIndex` in O(log n) and tells the
views what changed.  This is also the ONE place where Qt's UTF-16 positions
and the core's code-point offsets are converted (:meth:`to_cp`, :meth:`to_u16`).

A big document is shown before its whole span index exists: the first paint
needs only the spans of the first screens (:attr:`paint_index`), and the full
index is built on the next turn of the event loop, or at once by anything
that reads :attr:`index` before then (a key press, an event from the store).
"""

from __future__ import annotations

from bisect import bisect_left
from functools import partial
from operator import attrgetter

from PySide6.QtCore import QObject, QTimer, Signal

from annotator.core.events import Event
from annotator.core.model import Document, DocStatus, Span
from annotator.core.offsets import Utf16Map
from annotator.store import ProjectStore, StoreError
from annotator.ui.spanindex import SpanIndex

LARGE = 5_000  # spans; smaller documents are indexed whole before the first paint
HEAD_CHARS = 30_000  # characters indexed before the first paint of a large document (many screens)


class DocSession(QObject):
    loaded = Signal()  # another document, or the same one read again (the index may still be building)
    indexReady = Signal()  # the full span index of the loaded document exists
    spanInserted = Signal(int)  # row in index.ordered
    spanRemoved = Signal(int)
    spansReplaced = Signal(int, int)  # rows first..last have new content (e.g. status)
    spansChanged = Signal()  # anything drawn changed
    currentChanged = Signal()
    docStatusChanged = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.store: ProjectStore | None = None
        self.pk: int | None = None
        self.doc: Document | None = None
        self.u16 = Utf16Map("")
        self._index = SpanIndex()
        self._pending: tuple | None = None  # (spans, relations) still to index
        self._generation = 0
        self.current: str | None = None  # id of the selected span
        self.hover: str | None = None
        self.link_from: str | None = None  # a QUOTE waiting for its speaker
        self.link_target: str | None = None  # the candidate Enter would link
        self._changed: list[Span] | None = None  # spans edited since the view last asked; None: anything

    # -- loading ----------------------------------------------------------------------------------
    def set_store(self, store: ProjectStore | None) -> None:
        self.store = store
        self.clear()

    def clear(self) -> None:
        self.pk, self.doc = None, None
        self.u16, self._index, self._pending = Utf16Map(""), SpanIndex(), None
        self.current = self.hover = self.link_from = self.link_target = None
        self.loaded.emit()
        self.indexReady.emit()

    def load(self, pk: int, keep_current: bool = False) -> None:
        doc = self.store.get_document(pk)
        self.show(pk, doc, keep_current)

    def show(self, pk: int, doc: Document, keep_current: bool = False) -> None:
        """Show a document already read from the store (the span index is
        the truth for its spans from here on)."""
        same = keep_current and pk == self.pk
        self.pk, self.doc = pk, doc
        self.u16 = Utf16Map(doc.text)
        spans, relations = doc.spans, doc.relations
        doc.spans, doc.relations = [], []
        self._generation += 1
        if len(spans) > LARGE and not same:
            # the store returns spans by start; if a caller's are not, the full index corrects it a moment later
            self._index = SpanIndex(spans[:bisect_left(spans, HEAD_CHARS, key=attrgetter("start"))])
            self._pending = (spans, relations)
            QTimer.singleShot(0, partial(self._complete, self._generation))
        else:
            self._index, self._pending = SpanIndex(spans, relations), None
        if not (same and self.current in self._index.by_id):
            self.current = None
        self.hover = self.link_from = self.link_target = None
        self._changed = None
        self.loaded.emit()
        self.currentChanged.emit()
        if self._pending is None:
            self.indexReady.emit()

    def _complete(self, generation: int | None = None) -> None:
        if self._pending is None or generation not in (None, self._generation):
            return
        spans, relations = self._pending
        self._pending = None
        self._index = SpanIndex(spans, relations)
        self._changed = None
        self.indexReady.emit()
        self.spansChanged.emit()

    @property
    def index(self) -> SpanIndex:
        """The document's full span index (built now if it is still pending)."""
        if self._pending is not None:
            self._complete()
        return self._index

    @property
    def paint_index(self) -> SpanIndex:
        """What painting may use: the full index, or until it exists the first screens' spans."""
        return self._index

    @property
    def ready(self) -> bool:
        return self._pending is None

    def reload(self) -> None:
        if self.pk is not None:
            try:
                self.load(self.pk, keep_current=True)
            except StoreError:
                self.clear()

    # -- the one UTF-16 ↔ code point boundary -------------------------------------------------------
    def to_cp(self, u16: int) -> int:
        return self.u16.to_cp(u16)

    def to_u16(self, cp: int) -> int:
        return self.u16.to_utf16(cp)

    # -- state ------------------------------------------------------------------------------------
    @property
    def text(self) -> str:
        return self.doc.text if self.doc else ""

    def span(self, span_id: str | None) -> Span | None:
        return self.index.by_id.get(span_id) if span_id else None

    def painted_span(self, span_id: str | None) -> Span | None:
        return self._index.by_id.get(span_id) if span_id else None

    @property
    def current_span(self) -> Span | None:
        return self.span(self.current)

    def set_current(self, span_id: str | None) -> None:
        if span_id != self.current:
            self.current = span_id
            self.currentChanged.emit()

    def set_link(self, quote_id: str | None, target: str | None = None) -> None:
        self.link_from, self.link_target = quote_id, target
        self.currentChanged.emit()

    def set_hover(self, span_id: str | None) -> None:
        if span_id != self.hover:
            self.hover = span_id
            self.spansChanged.emit()

    # -- store events -----------------------------------------------------------------------------
    def on_event(self, event: Event) -> None:
        if self.doc is None or event.doc != self.pk:
            return
        kind, data = event.kind, event.data
        if kind == "span_added":
            self._insert(data["span"])
            for rel in data.get("relations") or ():
                self.index.add_relation(rel)
        elif kind == "span_changed":
            self._drop(data["old"].id)
            self._insert(data["span"])
        elif kind == "span_removed":
            self._drop(data["span"].id)
            for rel in data.get("relations") or ():
                self.index.remove_relation(rel.id)
        elif kind == "relation_added":
            self.index.add_relation(data["relation"])
        elif kind == "relation_removed":
            self.index.remove_relation(data["relation"].id)
        elif kind == "spans_status_changed":
            self._restatus(data["ids"], data["status"])
        elif kind == "status_changed":
            self.doc.status = DocStatus(data["status"])
            self.docStatusChanged.emit()
            return
        elif kind == "suggestions_replaced":
            self.reload()
            return
        else:
            return
        if self.current and self.current not in self.index.by_id:
            self.set_current(None)
        self.spansChanged.emit()

    def take_changed(self) -> list[Span] | None:
        """The spans edited since the last call (old and new versions), so the
        view can repaint just their lines; None when it should repaint all."""
        changed, self._changed = self._changed, []
        return changed

    def _note(self, span: Span) -> None:
        if self._changed is not None:
            self._changed.append(span)

    def _insert(self, span: Span) -> None:
        self.spanInserted.emit(self.index.add(span))
        self._note(span)

    def _drop(self, span_id: str) -> None:
        span = self.index.by_id.get(span_id)
        row = self.index.remove(span_id)
        if row is not None:
            self._note(span)
            self.spanRemoved.emit(row)

    def _restatus(self, ids: list[str], status) -> None:
        rows = []
        for span_id in ids:
            old = self.index.by_id.get(span_id)
            if old is not None and old.status != status:
                new = old.model_copy(update={"status": status})
                rows.append(self.index.replace(old, new))
                self._note(new)
        if rows:  # one signal for a bulk accept, not 25,000
            self.spansReplaced.emit(min(rows), max(rows))
