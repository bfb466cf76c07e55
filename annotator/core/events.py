"""A minimal event emitter: models announce changes, views subscribe.

The core never imports Qt; the UI connects a callback that forwards events
to Qt signals (napari's pattern).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Event:
    """``kind`` names what happened (e.g. ``span_added``); ``doc`` is the
    document's store key; ``data`` carries the affected objects."""

    kind: str
    doc: int | None = None
    data: dict[str, Any] = field(default_factory=dict)


class Emitter:
    def __init__(self) -> None:
        self._callbacks: list[Callable[[Event], None]] = []

    def connect(self, callback: Callable[[Event], None]) -> None:
        if callback not in self._callbacks:
            self._callbacks.append(callback)

    def disconnect(self, callback: Callable[[Event], None]) -> None:
        if callback in self._callbacks:
            self._callbacks.remove(callback)

    def emit(self, kind: str, doc: int | None = None, **data: Any) -> None:
        event = Event(kind, doc, data)
        for callback in list(self._callbacks):
            callback(event)
