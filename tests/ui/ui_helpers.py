"""Helpers that drive the window with real mouse and key events at code-point positions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from annotator.core.model import Document

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "ui" / "samples.jsonl"


def doc(text: str, **kw) -> Document:
    return Document(text=text, meta={"source": "test.txt"}, **kw)


def point_of(view, cp: int) -> QPoint:
    """A viewport point inside the character at code-point offset ``cp``."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.session.to_u16(cp))
    left = view.cursorRect(cursor)
    cursor.setPosition(view.session.to_u16(cp + 1))
    right = view.cursorRect(cursor)
    x = (left.x() + right.x()) // 2 if right.y() == left.y() else left.x() + 2
    return QPoint(x, left.center().y())


def click(qtbot, view, cp: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    view.ensureCursorVisible()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, point_of(view, cp))


def caret_to(qtbot, view, cp: int) -> None:
    """Put the caret right before ``cp`` with a click on that character's left edge."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.session.to_u16(cp))
    rect = view.cursorRect(cursor)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(rect.x() + 1, rect.center().y()))


def select_by_keys(qtbot, view, start: int, n_chars: int) -> None:
    """Click before ``start``, then Shift+Right ``n_chars`` times."""
    caret_to(qtbot, view, start)
    for _ in range(n_chars):
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)


def spans_of(window, label: str | None = None):
    document = window.ws.store.get_document(window.ws.session.pk)
    return [s for s in document.spans if label is None or s.label == label], document
