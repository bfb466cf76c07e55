"""The guidelines pane: the project's annotation guidelines as Markdown,
stored in the project (``store.set_setting("guidelines", ...)``) so every
annotator of the project reads the same ones."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from annotator.store import ProjectStore

KEY = "guidelines"
EMPTY = "*No guidelines for this project yet.* Click **Edit** to write them in Markdown."


class GuidelinesPane(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.store: ProjectStore | None = None
        self.browser = QTextBrowser(openExternalLinks=True)
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText("# Guidelines\n\nPERSON: …")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.browser)
        self.stack.addWidget(self.editor)
        self.edit_button = QPushButton("Edit")
        self.edit_button.setCheckable(True)
        self.edit_button.toggled.connect(self._toggle)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.edit_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(self.stack, 1)
        box.addLayout(row)

    def set_store(self, store: ProjectStore) -> None:
        self.store = store
        self.edit_button.setChecked(False)
        self._show()

    def _text(self) -> str:
        return (self.store.get_setting(KEY, "") or "") if self.store else ""

    def _show(self) -> None:
        self.browser.setMarkdown(self._text() or EMPTY)

    def _toggle(self, editing: bool) -> None:
        if editing:
            self.editor.setPlainText(self._text())
            self.stack.setCurrentWidget(self.editor)
            self.edit_button.setText("Done")
            self.editor.setFocus()
            return
        if self.store is not None and self.editor.toPlainText() != self._text():
            self.store.set_setting(KEY, self.editor.toPlainText())
        self.stack.setCurrentWidget(self.browser)
        self.edit_button.setText("Edit")
        self._show()
