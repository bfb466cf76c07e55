"""What the store announces after each committed change, and the emitter
that carries it: models announce changes, views subscribe.

Every kind of change is one frozen dataclass with typed fields, and its
:class:`EventKind` is a class constant, so a misspelt kind or field fails at
import time or in mypy instead of silently matching nothing.  Consumers
``match`` on the classes.  The core never imports Qt; the UI connects a
callback that forwards events to a Qt signal.  The contract (which call emits
what, and when) is in ``docs/contracts.md`` ("Store events").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import ClassVar

from annotator.core.model import DocStatus, Relation, Span, SpanStatus


class EventKind(StrEnum):
    """The fourteen kinds of change; the value is the kind's stable name."""

    SETTING_CHANGED = "setting_changed"
    SCHEME_CHANGED = "scheme_changed"
    DOCUMENTS_ADDED = "documents_added"
    DOCUMENTS_REMOVED = "documents_removed"
    SPAN_ADDED = "span_added"
    SPAN_CHANGED = "span_changed"
    SPAN_REMOVED = "span_removed"
    RELATION_ADDED = "relation_added"
    RELATION_REMOVED = "relation_removed"
    STATUS_CHANGED = "status_changed"
    SPANS_STATUS_CHANGED = "spans_status_changed"
    SUGGESTIONS_REPLACED = "suggestions_replaced"
    MODEL_CHANGED = "model_changed"
    SET_REPLACED = "set_replaced"


@dataclass(frozen=True, kw_only=True)
class Event:
    """Base of every store event.  ``doc`` is the document's store key for
    changes inside one document, None for project-wide ones."""

    kind: ClassVar[EventKind]
    doc: int | None


@dataclass(frozen=True, kw_only=True)
class ProjectEvent(Event):
    """A change to the project as a whole."""

    doc: None = None


@dataclass(frozen=True, kw_only=True)
class DocEvent(Event):
    """A change inside one document."""

    doc: int


@dataclass(frozen=True, kw_only=True)
class SettingChanged(ProjectEvent):
    kind: ClassVar[EventKind] = EventKind.SETTING_CHANGED
    key: str


@dataclass(frozen=True, kw_only=True)
class SchemeChanged(ProjectEvent):
    kind: ClassVar[EventKind] = EventKind.SCHEME_CHANGED


@dataclass(frozen=True, kw_only=True)
class DocumentsAdded(ProjectEvent):
    kind: ClassVar[EventKind] = EventKind.DOCUMENTS_ADDED
    pks: tuple[int, ...]


@dataclass(frozen=True, kw_only=True)
class DocumentsRemoved(ProjectEvent):
    kind: ClassVar[EventKind] = EventKind.DOCUMENTS_REMOVED
    pks: tuple[int, ...]


@dataclass(frozen=True, kw_only=True)
class SpanAdded(DocEvent):
    """A new span, or a removed one restored by undo together with its relations."""

    kind: ClassVar[EventKind] = EventKind.SPAN_ADDED
    span: Span
    relations: tuple[Relation, ...] = ()


@dataclass(frozen=True, kw_only=True)
class SpanChanged(DocEvent):
    kind: ClassVar[EventKind] = EventKind.SPAN_CHANGED
    span: Span
    old: Span


@dataclass(frozen=True, kw_only=True)
class SpanRemoved(DocEvent):
    """A span and the relations that went with it."""

    kind: ClassVar[EventKind] = EventKind.SPAN_REMOVED
    span: Span
    relations: tuple[Relation, ...] = ()


@dataclass(frozen=True, kw_only=True)
class RelationAdded(DocEvent):
    kind: ClassVar[EventKind] = EventKind.RELATION_ADDED
    relation: Relation


@dataclass(frozen=True, kw_only=True)
class RelationRemoved(DocEvent):
    kind: ClassVar[EventKind] = EventKind.RELATION_REMOVED
    relation: Relation


@dataclass(frozen=True, kw_only=True)
class StatusChanged(DocEvent):
    """The document's own status (new, done, skipped, …)."""

    kind: ClassVar[EventKind] = EventKind.STATUS_CHANGED
    status: DocStatus
    old: DocStatus


@dataclass(frozen=True, kw_only=True)
class SpansStatusChanged(DocEvent):
    """Several spans got one status (accept, reject, accept all)."""

    kind: ClassVar[EventKind] = EventKind.SPANS_STATUS_CHANGED
    ids: tuple[str, ...]
    status: SpanStatus


@dataclass(frozen=True, kw_only=True)
class SuggestionsReplaced(DocEvent):
    """A detector's previous suggestions were swapped for ``spans``; views re-read the document."""

    kind: ClassVar[EventKind] = EventKind.SUGGESTIONS_REPLACED
    spans: tuple[Span, ...]


@dataclass(frozen=True, kw_only=True)
class ModelChanged(ProjectEvent):
    """Detection on ``layer`` uses model ``version`` from now on (None: the shipped model; docs/learning.md)."""

    kind: ClassVar[EventKind] = EventKind.MODEL_CHANGED
    layer: str
    version: int | None


@dataclass(frozen=True, kw_only=True)
class SetReplaced(DocEvent):
    """``name``'s annotation set of the document was replaced as a whole (``annotator merge``)."""

    kind: ClassVar[EventKind] = EventKind.SET_REPLACED
    name: str


EVENT_TYPES: tuple[type[Event], ...] = (
    SettingChanged, SchemeChanged, DocumentsAdded, DocumentsRemoved, SpanAdded, SpanChanged, SpanRemoved,
    RelationAdded, RelationRemoved, StatusChanged, SpansStatusChanged, SuggestionsReplaced, ModelChanged,
    SetReplaced,
)


class Emitter:
    def __init__(self) -> None:
        self._callbacks: list[Callable[[Event], None]] = []

    def connect(self, callback: Callable[[Event], None]) -> None:
        if callback not in self._callbacks:
            self._callbacks.append(callback)

    def disconnect(self, callback: Callable[[Event], None]) -> None:
        if callback in self._callbacks:
            self._callbacks.remove(callback)

    def emit(self, event: Event) -> None:
        for callback in list(self._callbacks):
            callback(event)
