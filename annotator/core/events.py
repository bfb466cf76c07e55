"""What the store announces after each committed change, and the emitter
that carries it: models announce changes, views subscribe.

Every kind of change is one frozen, dataclass-like class with typed keyword-only fields, and its
:class:`EventKind` is a class constant, so a misspelt kind or field fails at
import time or in mypy instead of silently matching nothing.  Consumers
``match`` on the classes.  The core never imports Qt; the UI connects a
callback that forwards events to a Qt signal.  The contract (which call emits
what, and when) is in ``docs/contracts.md`` ("Store events").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import FrozenInstanceError
from enum import StrEnum
from typing import Any, ClassVar, dataclass_transform

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


_REQUIRED: Any = object()


@dataclass_transform(kw_only_default=True, frozen_default=True)
class _Frozen:
    """What ``@dataclass(frozen=True, kw_only=True)`` makes of a class (keyword-only ``__init__`` that names a
    missing or unknown field, equality and hash over the fields, ``repr``, ``FrozenInstanceError`` on
    assignment), made by ``__init_subclass__`` from the class's annotations instead of by compiling six
    functions per class: the store imports every event before the window's first paint, and ``@dataclass``
    took ~0.45 ms per class there (docs/performance.md)."""

    __slots__ = ()
    __match_args__: ClassVar[tuple[str, ...]] = ()  # keyword-only fields: matched by name, as a dataclass's
    _defaults: ClassVar[dict[str, Any]] = {}  # field → default (_REQUIRED if none), in field order

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        defaults = dict(cls._defaults)
        for name, annotation in cls.__dict__.get("__annotations__", {}).items():
            if not str(annotation).startswith(("ClassVar", "typing.ClassVar")):
                defaults[name] = cls.__dict__.get(name, _REQUIRED)
        cls._defaults = defaults

    def __init__(self, **given: Any) -> None:
        for name, default in self._defaults.items():
            value = given.pop(name, default)
            if value is _REQUIRED:
                raise TypeError(f"{type(self).__name__}.__init__() missing 1 required keyword-only argument: '{name}'")
            object.__setattr__(self, name, value)
        if given:
            unknown = next(iter(given))
            raise TypeError(f"{type(self).__name__}.__init__() got an unexpected keyword argument '{unknown}'")

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._defaults)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, _Frozen)
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._defaults)
        return f"{type(self).__qualname__}({shown})"

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")


class Event(_Frozen):
    """Base of every store event.  ``doc`` is the document's store key for
    changes inside one document, None for project-wide ones."""

    kind: ClassVar[EventKind]
    doc: int | None


class ProjectEvent(Event):
    """A change to the project as a whole."""

    doc: None = None


class DocEvent(Event):
    """A change inside one document."""

    doc: int


class SettingChanged(ProjectEvent):
    kind: ClassVar[EventKind] = EventKind.SETTING_CHANGED
    key: str


class SchemeChanged(ProjectEvent):
    kind: ClassVar[EventKind] = EventKind.SCHEME_CHANGED


class DocumentsAdded(ProjectEvent):
    kind: ClassVar[EventKind] = EventKind.DOCUMENTS_ADDED
    pks: tuple[int, ...]


class DocumentsRemoved(ProjectEvent):
    kind: ClassVar[EventKind] = EventKind.DOCUMENTS_REMOVED
    pks: tuple[int, ...]


class SpanAdded(DocEvent):
    """A new span, or a removed one restored by undo together with its relations."""

    kind: ClassVar[EventKind] = EventKind.SPAN_ADDED
    span: Span
    relations: tuple[Relation, ...] = ()


class SpanChanged(DocEvent):
    kind: ClassVar[EventKind] = EventKind.SPAN_CHANGED
    span: Span
    old: Span


class SpanRemoved(DocEvent):
    """A span and the relations that went with it."""

    kind: ClassVar[EventKind] = EventKind.SPAN_REMOVED
    span: Span
    relations: tuple[Relation, ...] = ()


class RelationAdded(DocEvent):
    kind: ClassVar[EventKind] = EventKind.RELATION_ADDED
    relation: Relation


class RelationRemoved(DocEvent):
    kind: ClassVar[EventKind] = EventKind.RELATION_REMOVED
    relation: Relation


class StatusChanged(DocEvent):
    """The document's own status (new, done, skipped, …)."""

    kind: ClassVar[EventKind] = EventKind.STATUS_CHANGED
    status: DocStatus
    old: DocStatus


class SpansStatusChanged(DocEvent):
    """Several spans got one status (accept, reject, accept all)."""

    kind: ClassVar[EventKind] = EventKind.SPANS_STATUS_CHANGED
    ids: tuple[str, ...]
    status: SpanStatus


class SuggestionsReplaced(DocEvent):
    """A detector's previous suggestions were swapped for ``spans``; views re-read the document."""

    kind: ClassVar[EventKind] = EventKind.SUGGESTIONS_REPLACED
    spans: tuple[Span, ...]


class ModelChanged(ProjectEvent):
    """Detection on ``layer`` uses model ``version`` from now on (None: the shipped model; docs/learning.md)."""

    kind: ClassVar[EventKind] = EventKind.MODEL_CHANGED
    layer: str
    version: int | None


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
