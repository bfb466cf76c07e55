"""The curation panel: the open document's places where annotators marked something, each annotator's
version side by side, what the curated set has there, and the keys that settle it.

A thin view: the comparison is ``core/curation.py``, what the keys do is ``controllers/curation.py``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from annotator.core.curation import Item, Kind, speaker
from annotator.core.model import shorten
from annotator.ui.widgets.tables import row_table

_KIND_COLOURS = {Kind.AGREED: "#2e7d32", Kind.ONLY: "#b26a00", Kind.SPEAKER: "#ad1457", Kind.LABEL: "#c62828",
                 Kind.BOUNDARY: "#6a1b9a"}
KEYS_HELP = ("1…9 take that annotator's version · + take both · 0 or Delete reject · = accept every agreed span · "
             "Enter show it in the text (label keys there edit the curated set)")


class CurationModel(QAbstractTableModel):
    """Rows: places; columns: the text, each annotator's labels, the curated set, what differs."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.text = ""
        self.names: list[str] = []
        self.items: list[Item] = []
        self.states: list[tuple[bool, list[str]]] = []

    def set_items(self, text: str, names: Sequence[str], items: Sequence[Item],
                  states: Sequence[tuple[bool, list[str]]]) -> None:
        self.beginResetModel()
        self.text, self.names, self.items, self.states = text, list(names), list(items), list(states)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.names) + 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return "Text"
        if section <= len(self.names):
            return f"{section} {self.names[section - 1]}"
        return "Curated" if section == len(self.names) + 1 else "Differs"

    def _version(self, item: Item, name: str) -> str:
        spans = item.versions.get(name, ())
        if not spans:
            return "—"
        if item.kind is Kind.BOUNDARY:
            return ", ".join(f"{s.label} “{shorten(self.text[s.start:s.end], 18)}”" for s in spans)
        return ", ".join(f"{s.label} ← {shorten(speaker(s), 24)}" if speaker(s) else s.label for s in spans)

    def _curated(self, row: int) -> str:
        has, whose = self.states[row]
        if not has:
            return "—"
        return "= " + (" = ".join(whose) if len(whose) < len(self.names) else "all") if whose else "edited"

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item, col, n = self.items[index.row()], index.column(), len(self.names)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return shorten(self.text[item.start:item.end], 40)
            if col <= n:
                return self._version(item, self.names[col - 1])
            return self._curated(index.row()) if col == n + 1 else item.describe()
        if role == Qt.ItemDataRole.ForegroundRole and col == n + 2:
            return QBrush(QColor(_KIND_COLOURS[item.kind]))
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{item.layer}, characters {item.start}–{item.end}: {item.describe()}"
        return None


class CurationPanel(QWidget):
    take = Signal(int)  # the annotator's column, from 0
    takeAll = Signal()
    reject = Signal()
    acceptAgreed = Signal()
    jump = Signal(int)  # a row: show it in the text
    curate = Signal()  # start curating (work on the curated set)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = CurationModel(self)
        self.table = row_table(self.model, {0: 170}, stretch=0)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(lambda index: self.jump.emit(index.row()))
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.start = QPushButton("Curate: work on the curated set")
        self.start.clicked.connect(self.curate)
        self.buttons = QHBoxLayout()
        self.both = QPushButton("+ Both")
        self.both.clicked.connect(self.takeAll)
        self.none = QPushButton("0 Reject")
        self.none.clicked.connect(self.reject)
        self.agreed = QPushButton("= Accept agreed")
        self.agreed.clicked.connect(self.acceptAgreed)
        self._takes: list[QPushButton] = []
        keys = QLabel(KEYS_HELP)
        keys.setWordWrap(True)
        keys.setEnabled(False)  # drawn muted: a reminder, not a control
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.start)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)
        layout.addWidget(keys)
        self.show_off("")

    def _set_buttons(self, names: Sequence[str]) -> None:
        for button in self._takes:
            self.buttons.removeWidget(button)
            button.deleteLater()
        self._takes = []
        for i, name in enumerate(names[:9]):
            button = QPushButton(f"{i + 1} {name}")
            button.setToolTip(f"take {name}'s version of the selected places")
            button.clicked.connect(lambda _=False, i=i: self.take.emit(i))
            self.buttons.insertWidget(i, button)
            self._takes.append(button)
        for button in (self.both, self.none, self.agreed):
            self.buttons.addWidget(button)

    def show_off(self, message: str) -> None:
        """Not curating (or nothing to compare): a message, and the button that starts curating."""
        self.heading.setText(message)
        self.model.set_items("", [], [], [])
        self._set_buttons([])
        self.start.setVisible(True)
        for button in (self.both, self.none, self.agreed):
            button.setEnabled(False)

    def show_items(self, text: str, names: Sequence[str], items: Sequence[Item],
                   states: Sequence[tuple[bool, list[str]]], heading: str) -> None:
        rows = self.selected_rows()
        self.start.setVisible(False)
        if names != self.model.names:
            self._set_buttons(names)
        for button in (self.both, self.none, self.agreed):
            button.setEnabled(bool(items))
        self.heading.setText(heading)
        self.model.set_items(text, names, items, states)
        header = self.table.horizontalHeader()
        for col in range(1, len(names) + 3):
            header.resizeSection(col, 190 if col <= len(names) else 110)
        self.select_rows([r for r in rows if r < len(items)] or ([0] if items else []))

    def selected_rows(self) -> list[int]:
        return sorted(index.row() for index in self.table.selectionModel().selectedRows())

    def select_rows(self, rows: Sequence[int]) -> None:
        selection = self.table.selectionModel()
        selection.clear()
        for row in rows:
            selection.select(self.model.index(row, 0), selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
        if rows:
            selection.setCurrentIndex(self.model.index(rows[0], 0), selection.SelectionFlag.NoUpdate)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(event)
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        text, key = event.text(), event.key()
        if text.isdigit() and text != "0" and int(text) <= len(self.model.names):
            self.take.emit(int(text) - 1)
        elif text == "+":
            self.takeAll.emit()
        elif text == "0" or key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.reject.emit()
        elif text == "=":
            self.acceptAgreed.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_rows():
            self.jump.emit(self.selected_rows()[0])
        else:
            return False
        return True
