"""The open document as the views see it, kept in step with the store.

The store emits an event after every committed edit; :meth:`DocSession.on_event`
applies it to the in-memory :class:`SpanIndex` in O(log n) and tells the
views what changed.  This is also the ONE place where Qt's UTF-16 positions
and the core's code-point offsets are converted (:meth:`to_cp`, :meth:`to_u16`).

A big document is shown before all its spans are read: :meth:`load` reads the
text and the spans of the first screens, the view paints them, and the rest
follow a stretch at a time on later turns of the event loop
(:attr:`spansLoaded`), so the window stays responsive meanwhile.  Painting uses
what has arrived (:attr:`paint_index`); everything that needs every span (Tab,
the span list, accept all, overlap checks, any edit) reads :attr:`index`,
which first reads the rest at once.  The store is the truth: an edit that
reaches the store while the index is partial makes the session read all the
spans again rather than patch a partial index.
"""

from __future__ import annotations

import gc
from collections.abc import Sequence

from PySide6.QtCore import QObject, QTimer, Signal

from annotator.core.events import (
    Event,
    RelationAdded,
    RelationRemoved,
    SetReplaced,
    SpanAdded,
    SpanChanged,
    SpanRemoved,
    SpansStatusChanged,
    StatusChanged,
    SuggestionsReplaced,
)
from annotator.core.model import Document, Relation, Span, SpanStatus
from annotator.core.offsets import Utf16Map, display_breaks, with_breaks
from annotator.core.spanindex import SpanIndex
from annotator.store import ProjectStore, StoreError

LARGE_CHARS = 60_000  # longer texts are shown before all their spans are read
HEAD_CHARS = 16_000  # spans starting before this are read before the first paint (until the view measures it)
CHUNK_SPANS = 1_500  # spans read per turn of the event loop after that (10-15 ms)


class _Collector:
    """Python's cycle collector and a big document's spans.

    A full collection walks every object it tracks, and 50,000 spans are some
    200,000 of them: each collection then stalls the window for ~70 ms, and
    none can free a span (spans hold no cycles; they go when the index drops
    them).  So the collector is paused while a big document's spans arrive,
    and once they are all in, everything alive is moved out of its sight
    (``gc.freeze``) until the next document replaces them; then it looks again.
    """

    def __init__(self) -> None:
        self.resume_to: bool | None = None  # paused: the state to go back to
        self.frozen = False

    def pause(self) -> None:
        if self.resume_to is None:
            self.resume_to = gc.isenabled()
            gc.disable()

    def settle(self) -> None:
        """The spans are all in: hide them (and what else lives now) from the collector."""
        if self.resume_to is not None:
            gc.freeze()
            self.frozen = True
            if self.resume_to:
                gc.enable()
            self.resume_to = None

    def release(self) -> None:
        """Another document (or none): the collector sees everything again."""
        if self.resume_to is not None:
            if self.resume_to:
                gc.enable()
            self.resume_to = None
        if self.frozen:
            gc.unfreeze()
            self.frozen = False


class DocSession(QObject):
    loaded = Signal()  # another document, or the same one read again (its spans may still be loading)
    spansLoaded = Signal(int, int)  # spans starting in [start, end) arrived (loading a big document)
    indexReady = Signal()  # every span of the loaded document is in the index
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
        self.shown_text = ""  # the text as the view shows it: very long lines in several blocks
        self._index = SpanIndex()
        self._next: int | None = None  # loading: spans starting here or later are still to read
        self.head_chars = HEAD_CHARS  # the view sets it to what two of its screens hold
        self._chunk = HEAD_CHARS  # characters per stretch, adapted to the document's density of spans
        # A timer object, not QTimer.singleShot(0): Qt 6 posts the latter as an event that runs before
        # the pending paint, so the first screen would wait for a stretch of spans.
        self._loader = QTimer(self, singleShot=True, interval=0)
        self._loader.timeout.connect(self._load_more)
        self._collector = _Collector()
        self.current: str | None = None  # id of the selected span
        self.hover: str | None = None
        self.link_from: str | None = None  # a QUOTE waiting for its speaker
        self.link_target: str | None = None  # the candidate Enter would link
        self._changed: list[Span] | None = None  # spans edited since the view last asked; None: anything

    # -- loading ----------------------------------------------------------------------------------
    def set_store(self, store: ProjectStore | None) -> None:
        self.store = store
        self.clear()

    def _project(self) -> ProjectStore:
        if self.store is None:
            raise StoreError("no project is open")
        return self.store

    def _shown(self) -> tuple[ProjectStore, int, Document]:
        """The store and the document on show (the loaders run only while there is one)."""
        if self.pk is None or self.doc is None:
            raise StoreError("no document is open")
        return self._project(), self.pk, self.doc

    def clear(self) -> None:
        self._loader.stop()
        self._collector.release()
        self.pk, self.doc = None, None
        self.u16, self._index, self._next = Utf16Map(""), SpanIndex(), None
        self.shown_text = ""
        self.current = self.hover = self.link_from = self.link_target = None
        self.loaded.emit()
        self.indexReady.emit()

    def load(self, pk: int, keep_current: bool = False) -> None:
        """Read a document from the store and show it; a big one's spans
        arrive over the next turns of the event loop."""
        store = self._project()
        doc = store.get_document(pk, spans=False)
        n = len(doc.text)
        if n <= LARGE_CHARS:
            self._show(pk, doc, store.spans_between(pk, 0, n), doc.relations, None, keep_current)
        else:
            head = store.spans_between(pk, 0, self.head_chars)
            self._show(pk, doc, head, doc.relations, self.head_chars, keep_current)

    def show(self, pk: int, doc: Document, keep_current: bool = False) -> None:
        """Show a document already read whole from the store."""
        self._show(pk, doc, doc.spans, doc.relations, None, keep_current)

    def _show(self, pk: int, doc: Document, spans: list[Span], relations: list[Relation], next_start: int | None,
              keep_current: bool) -> None:
        same = keep_current and pk == self.pk
        self._collector.release()
        if next_start is not None:
            self._collector.pause()
        doc.spans, doc.relations = [], []  # the index is the truth for spans from here on
        self.pk, self.doc = pk, doc
        breaks = display_breaks(doc.text)
        self.u16 = Utf16Map(doc.text, breaks)
        self.shown_text = with_breaks(doc.text, breaks)
        self._index = SpanIndex(spans, relations)
        self._next, self._chunk = next_start, 2 * self.head_chars
        # a partial index cannot tell whether the selected span still exists: finishing the load will
        if not (same and (self.current in self._index.by_id or next_start is not None)):
            self.current = None
        self.hover = self.link_from = self.link_target = None
        self._changed = None
        self.loaded.emit()
        self.currentChanged.emit()
        if next_start is None:
            self._loader.stop()
            self.indexReady.emit()
        else:
            self._loader.start()

    def _load_more(self) -> None:
        """Read the next stretch of spans (about CHUNK_SPANS of them)."""
        if self._next is None:
            return
        try:
            store, pk, doc = self._shown()
            start, end = self._next, min(self._next + self._chunk, len(doc.text))
            spans = store.spans_between(pk, start, end)
        except StoreError:
            self.clear()
            return
        self._index.extend(spans)
        self._chunk = max(1_000, min(1_000_000, self._chunk * CHUNK_SPANS // max(len(spans), 1)))
        self._next = end if end < len(doc.text) else None
        self.spansLoaded.emit(start, max((s.end for s in spans), default=start))
        if self._next is None:
            self._finished()
        else:
            self._loader.start()

    def stop_loading(self) -> None:
        """The store is about to close: read nothing more from it."""
        self._loader.stop()
        self._collector.release()

    def complete(self) -> None:
        """Read every span still missing now (an action needs the whole set)."""
        if self._next is None:
            return
        self._loader.stop()
        start, self._next = self._next, None
        store, pk, doc = self._shown()
        spans = store.spans_between(pk, start, len(doc.text))
        self._index.extend(spans)
        self.spansLoaded.emit(start, max((s.end for s in spans), default=start))
        self._finished()

    def _finished(self) -> None:
        self._collector.settle()
        if self.current is not None and self.current not in self._index.by_id:
            self.current = None
            self.currentChanged.emit()
        self.indexReady.emit()

    @property
    def index(self) -> SpanIndex:
        """The document's full span index (the rest is read now if it is still loading)."""
        if self._next is not None:
            self.complete()
        return self._index

    @property
    def paint_index(self) -> SpanIndex:
        """What painting may use: the spans read so far."""
        return self._index

    @property
    def ready(self) -> bool:
        return self._next is None

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
        if not self.ready and not isinstance(event, StatusChanged):
            self._reread()  # the store changed under a partial index: read it all again
            return
        match event:
            case SpanAdded(span=span, relations=relations):
                self._insert(span)
                for rel in relations:
                    self.index.add_relation(rel)
            case SpanChanged(span=span, old=old):
                self._drop(old.id)
                self._insert(span)
            case SpanRemoved(span=span, relations=relations):
                self._drop(span.id)
                for rel in relations:
                    self.index.remove_relation(rel.id)
            case RelationAdded(relation=relation):
                self.index.add_relation(relation)
            case RelationRemoved(relation=relation):
                self.index.remove_relation(relation.id)
            case SpansStatusChanged(ids=ids, status=status):
                self._restatus(ids, status)
            case StatusChanged(status=status):
                self.doc.status = status
                self.docStatusChanged.emit()
                return
            case SuggestionsReplaced():
                self.reload()
                return
            case SetReplaced(name=name):
                if name == self._project().set_name:  # the set on show was replaced (a merge, or elsewhere)
                    self.reload()
                return
            case _:
                return
        if self.current and self.current not in self.index.by_id:
            self.set_current(None)
        self.spansChanged.emit()

    def _reread(self) -> None:
        try:
            store, pk, _old = self._shown()
            doc = store.get_document(pk, spans=False)
            self._show(pk, doc, store.spans_between(pk, 0, len(doc.text)), doc.relations, None, True)
        except StoreError:
            self.clear()

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
        if row is not None and span is not None:
            self._note(span)
            self.spanRemoved.emit(row)

    def _restatus(self, ids: Sequence[str], status: SpanStatus) -> None:
        rows = []
        for span_id in ids:
            old = self.index.by_id.get(span_id)
            if old is not None and old.status != status:
                new = old.model_copy(update={"status": status})
                rows.append(self.index.replace(old, new))
                self._note(new)
        if rows:  # one signal for a bulk accept, not 25,000
            self.spansReplaced.emit(min(rows), max(rows))
