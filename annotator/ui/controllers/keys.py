"""The keyboard map of the document view: one table (``editing.VIEW_KEYS``,
each key bound to a controller method) drives both the key handling and
the cheat sheet, so they cannot disagree.

Label hotkeys come from the project's label scheme; Alt with a label key
keeps the exact characters selected instead of snapping to tokens.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from annotator.core.labels import SEGMENTS, LabelScheme

K, M = Qt.Key, Qt.KeyboardModifier
NONE, SHIFT, CTRL, ALT = M.NoModifier, M.ShiftModifier, M.ControlModifier, M.AltModifier
_MODS = SHIFT | CTRL | ALT | M.MetaModifier


C = TypeVar("C")  # the controller whose methods the keys call


@dataclass(frozen=True)
class Binding(Generic[C]):
    keys: tuple[Qt.Key, ...]
    mods: Qt.KeyboardModifier
    action: Callable[[C], bool | None]  # a controller method; returning False declines the key
    shown: str
    help: str


def modifiers(event: QKeyEvent) -> Qt.KeyboardModifier:
    return event.modifiers() & _MODS


def binding_for(event: QKeyEvent, bindings: Iterable[Binding[C]]) -> Binding[C] | None:
    mods = modifiers(event)
    for binding in bindings:
        if event.key() in binding.keys and mods == binding.mods:
            return binding
    return None


def qt_key(hotkey: str) -> int | None:
    """Qt's key code for a one-character hotkey ("1", "q")."""
    if len(hotkey) != 1 or not hotkey.isascii() or not hotkey.isalnum():
        return None
    return ord(hotkey.upper())


def label_for(event: QKeyEvent, scheme: LabelScheme) -> tuple[str, bool] | None:
    """``(label, exact)`` for a label hotkey press; ``exact`` when Alt is held."""
    mods = modifiers(event)
    if mods not in (NONE, ALT):
        return None
    for layer in scheme.layers:
        for label in layer.labels:
            if label.hotkey and qt_key(label.hotkey) == event.key():
                return label.name, mods == ALT
    return None


def label_keys(scheme: LabelScheme) -> list[tuple[str, str]]:
    """Cheat-sheet rows for the label hotkeys."""
    rows = []
    for layer in scheme.layers:
        for label in layer.labels:
            if label.hotkey:
                what = ("toggle on the caret's line, or label the selection" if layer.name == SEGMENTS
                        else "label the selection (or the word at the caret); relabel the selected span")
                rows.append((label.hotkey, f"{label.name} ({layer.title or layer.name}): {what}"))
    return rows
