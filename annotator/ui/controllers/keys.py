"""The keyboard map of the document view: one table drives both the key
handling and the cheat sheet, so they cannot disagree.

Label hotkeys come from the project's label scheme; Alt with a label key
keeps the exact characters selected instead of snapping to tokens.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from annotator.core.labels import LabelScheme

K, M = Qt.Key, Qt.KeyboardModifier
NONE, SHIFT, CTRL, ALT = M.NoModifier, M.ShiftModifier, M.ControlModifier, M.AltModifier
_MODS = SHIFT | CTRL | ALT | M.MetaModifier


@dataclass(frozen=True)
class Binding:
    keys: tuple[int, ...]
    mods: Qt.KeyboardModifier
    action: str  # an EditController method
    shown: str
    help: str


VIEW_KEYS: tuple[Binding, ...] = (
    Binding((K.Key_Tab,), NONE, "step_next", "Tab", "Select the next span (while linking: the next candidate)"),
    Binding((K.Key_Backtab,), SHIFT, "step_prev", "Shift+Tab", "Select the previous span"),
    Binding((K.Key_Return, K.Key_Enter), NONE, "accept", "Enter",
            "Accept the selected suggestion and go to the next one (while linking: link)"),
    Binding((K.Key_Backspace,), NONE, "reject", "Backspace", "Reject the selected suggestion and go to the next one"),
    Binding((K.Key_Delete,), NONE, "delete", "Delete", "Remove the selected span"),
    Binding((K.Key_Escape,), NONE, "escape", "Esc", "Cancel linking; unselect"),
    Binding((K.Key_S,), NONE, "start_link", "s",
            "Link the selected quote: then click or Tab to the speaker (or cue) and press Enter"),
    Binding((K.Key_F2,), NONE, "edit_speaker", "F2", "Edit the selected quote's speaker name"),
    Binding((K.Key_Left,), ALT, "start_left", "Alt+←", "Move the span's start one token left"),
    Binding((K.Key_Right,), ALT, "start_right", "Alt+→", "Move the span's start one token right"),
    Binding((K.Key_Left,), ALT | SHIFT, "end_left", "Alt+Shift+←", "Move the span's end one token left"),
    Binding((K.Key_Right,), ALT | SHIFT, "end_right", "Alt+Shift+→", "Move the span's end one token right"),
    Binding((K.Key_Left,), ALT | CTRL, "start_left_char", "Ctrl+Alt+←", "Move the start one character left"),
    Binding((K.Key_Right,), ALT | CTRL, "start_right_char", "Ctrl+Alt+→", "Move the start one character right"),
    Binding((K.Key_Left,), ALT | CTRL | SHIFT, "end_left_char", "Ctrl+Alt+Shift+←", "Move the end one character left"),
    Binding((K.Key_Right,), ALT | CTRL | SHIFT, "end_right_char", "Ctrl+Alt+Shift+→",
            "Move the end one character right"),
)


def modifiers(event: QKeyEvent) -> Qt.KeyboardModifier:
    return event.modifiers() & _MODS


def binding_for(event: QKeyEvent) -> Binding | None:
    mods = modifiers(event)
    for binding in VIEW_KEYS:
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
                what = ("toggle on the caret's line, or label the selection" if layer.name == "segments"
                        else "label the selection (or the word at the caret); relabel the selected span")
                rows.append((label.hotkey, f"{label.name} ({layer.title or layer.name}): {what}"))
    return rows
