"""The guidelines pane: the project's annotation guidelines as Markdown,
stored in the project (``store.set_setting("guidelines", ...)``) so every
annotator of the project reads the same ones.

A project file is untrusted input (it may come from anyone): the stored text never makes the pane load
anything.  Images and other resources are not loaded at all, local or remote (``![i](/dev/zero)`` would
read forever, a named pipe would block the window); a link opens in the browser only when clicked and only
for web and mail addresses; and only the first :data:`MAX_SHOWN` characters are shown."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QImage, QShowEvent, QTextDocument
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
MAX_SHOWN = 100_000  # characters: far beyond any real guidelines, and laid out at once
LINK_SCHEMES = ("http", "https", "mailto")


class _InertDocument(QTextDocument):
    """A text document whose every resource is an empty image.  Qt's own fallback reads local files when a
    view returns nothing, so the document itself answers."""

    def loadResource(self, kind: int, url: QUrl | str) -> object:
        return QImage()


class SafeBrowser(QTextBrowser):
    """A Markdown view that loads no resource and follows no link by itself."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDocument(_InertDocument(self))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._open)

    def loadResource(self, kind: int, url: QUrl | str) -> object:
        return QImage()  # nothing from the disk or the network: the stored text is not trusted

    @staticmethod
    def _open(url: QUrl) -> None:
        if url.scheme().lower() in LINK_SCHEMES:
            QDesktopServices.openUrl(url)


class GuidelinesPane(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.store: ProjectStore | None = None
        self._stale = False  # the store's guidelines are not shown yet
        self.browser = SafeBrowser()
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
        """Show ``store``'s guidelines: now if the pane is on screen, else when it is first shown (it starts
        behind the spans' tab, and laying out Markdown is not work for the window's first paint)."""
        self.store = store
        self.edit_button.setChecked(False)
        self._stale = True
        if self.isVisible():
            self._show()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._show()
        super().showEvent(event)

    def _text(self) -> str:
        return (self.store.get_setting(KEY, "") or "") if self.store else ""

    def _show(self) -> None:
        self._stale = False
        text = self._text()
        if len(text) > MAX_SHOWN:
            text = (f"{text[:MAX_SHOWN]}\n\n*The guidelines are {len(text):,} characters long; "
                    f"the first {MAX_SHOWN:,} are shown.*")
        self.browser.setMarkdown(text or EMPTY)

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
