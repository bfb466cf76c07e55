"""The keyboard cheat sheet (F1), built from the same tables that handle the
keys: the window's actions, the document view's keys and the label hotkeys."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from annotator.core.labels import LabelScheme
from annotator.ui.controllers.editing import VIEW_KEYS
from annotator.ui.controllers.keys import label_keys


def _table(title: str, rows: list[tuple[str, str]]) -> str:
    body = "".join(f"<tr><td style='padding-right:18px'><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>"
                   for k, v in rows)
    return f"<h3>{escape(title)}</h3><table>{body}</table>"


def cheatsheet_html(scheme: LabelScheme, actions: list[QAction]) -> str:
    window = [(a.shortcut().toString(), a.text().replace("&", "")) for a in actions if not a.shortcut().isEmpty()]
    return (_table("Labels", label_keys(scheme))
            + _table("In the text", [(b.shown, b.help) for b in VIEW_KEYS])
            + _table("Documents and project", window))


class CheatSheet(QDialog):
    def __init__(self, scheme: LabelScheme, actions: list[QAction], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        self.browser = QTextBrowser()
        self.browser.setHtml(cheatsheet_html(scheme, actions))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.browser)
        box.addWidget(buttons)
        self.resize(640, 620)
