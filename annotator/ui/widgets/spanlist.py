"""The span list of the open document, and the selected quote's speaker.

The model reads the session's :class:`SpanIndex` directly and follows its
row-level signals, so an edit in a 50,000-span document inserts or removes
one row instead of resetting the list.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from annotator.core.labels import QUOTE
from annotator.core.model import shorten
from annotator.ui.state.session import DocSession
from annotator.ui.widgets.tables import row_table
from annotator.ui.widgets.textview import describe


class SpanListModel(QAbstractTableModel):
    HEADERS = ("Label", "Text", "Source", "Status")

    def __init__(self, session: DocSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.colors: dict[str, QColor] = {}
        self._italic = QFont()
        self._italic.setItalic(True)
        self._n = 0
        session.loaded.connect(self._reset)
        session.indexReady.connect(self._reset)
        session.spanInserted.connect(self._inserted)
        session.spanRemoved.connect(self._removed)
        session.spansReplaced.connect(self._replaced)

    def _reset(self) -> None:
        self.beginResetModel()
        self._n = len(self.session.index) if self.session.ready else 0
        self.endResetModel()

    def _inserted(self, row: int) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self._n += 1
        self.endInsertRows()

    def _removed(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        self._n -= 1
        self.endRemoveRows()

    def _replaced(self, first: int, last: int) -> None:
        self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.HEADERS) - 1))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self._n

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    _ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.FontRole})

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in self._ROLES:  # most of what a repaint asks; answered before any lookup
            return None
        ordered = self.session.index.ordered
        if not index.isValid() or index.row() >= len(ordered):
            return None
        span = ordered[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return shorten(span.label, 30)
            if col == 1:
                text = self.session.text[span.start:min(span.end, span.start + 80)].replace("\n", " ⏎ ")
                speaker = span.attrs.get("speaker")
                return f"{text} — {shorten(str(speaker))}" if speaker else text
            if col == 2:
                return shorten(span.source.removeprefix("detector:"), 30)
            return "suggested" if span.is_suggestion else "accepted"
        if role == Qt.ItemDataRole.DecorationRole and col == 0:
            return self.colors.get(span.label)
        if role == Qt.ItemDataRole.ToolTipRole and col == 1:
            return self.session.text[span.start:span.end][:500]
        if role == Qt.ItemDataRole.FontRole and span.is_suggestion and col == 3:
            return self._italic
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None


class SpanPanel(QWidget):
    spanActivated = Signal(str)
    speakerEdited = Signal(str)
    directEdited = Signal(bool)
    doneEditing = Signal()

    def __init__(self, session: DocSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.model = SpanListModel(session, self)
        self.table = row_table(self.model, {0: 84, 2: 62, 3: 70})
        self.detail = QLabel(wordWrap=True)
        # a fixed height: a label that grows with its text would re-lay out (and repaint) the whole window
        self.detail.setFixedHeight(self.detail.fontMetrics().lineSpacing() * 4)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.speaker = QLineEdit(placeholderText="full name of the person quoted")
        self.direct = QCheckBox("words inside quotation marks (direct)")
        form = QFormLayout()
        form.addRow("Speaker", self.speaker)
        form.addRow("", self.direct)
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(self.table, 1)
        box.addWidget(self.detail)
        box.addLayout(form)
        self.table.clicked.connect(self._activate)
        self.table.activated.connect(self._activate)
        self.speaker.returnPressed.connect(self._speaker_done)
        self.direct.clicked.connect(self.directEdited)
        session.currentChanged.connect(self.follow_current)
        session.loaded.connect(self._new_document)
        self._shown_pk: int | None = None
        session.spansChanged.connect(self._keep_selection)
        session.spansChanged.connect(self._fill_details)
        session.indexReady.connect(self._fill_details)
        self._fill_details()

    def _activate(self, index: QModelIndex) -> None:
        if index.row() < len(self.session.index.ordered):
            self.spanActivated.emit(self.session.index.ordered[index.row()].id)

    def _speaker_done(self) -> None:
        self.speakerEdited.emit(self.speaker.text())
        self.doneEditing.emit()

    def focus_speaker(self) -> None:
        self.speaker.setFocus()
        self.speaker.selectAll()

    def follow_current(self) -> None:
        span = self.session.current_span if self.session.ready else None
        if span is not None:
            row = self.session.index.row_of(span)
            index = self.model.index(row, 0)
            sel = self.table.selectionModel()
            sel.setCurrentIndex(index, sel.SelectionFlag.ClearAndSelect | sel.SelectionFlag.Rows)
            self.table.scrollTo(index)
        else:
            self.table.clearSelection()
        self._fill_details()

    def _new_document(self) -> None:
        """Another document starts at the top of its list (the same one read again keeps its place)."""
        if self.session.pk != self._shown_pk:
            self._shown_pk = self.session.pk
            self.table.scrollToTop()

    def _keep_selection(self) -> None:
        """An edit re-inserts the edited span's row (a relabel, an edge moved, a link), and Qt moves the
        selection to the row after it: select the current span's row again, without scrolling."""
        span = self.session.current_span if self.session.ready else None
        if span is None:
            return
        row = self.session.index.row_of(span)
        rows = self.table.selectionModel().selectedRows()
        if [r.row() for r in rows] != [row]:
            sel = self.table.selectionModel()
            sel.setCurrentIndex(self.model.index(row, 0), sel.SelectionFlag.ClearAndSelect | sel.SelectionFlag.Rows)

    def _fill_details(self) -> None:
        span = self.session.current_span if self.session.ready else None
        quote = span if span is not None and span.label == QUOTE else None
        self.detail.setText(describe(span, self.session) if span is not None else
                            f"{len(self.session.index):,} spans" if self.session.doc and self.session.ready else "")
        for widget in (self.speaker, self.direct):
            widget.setEnabled(quote is not None)
        if not self.speaker.hasFocus():
            self.speaker.setText(quote.attrs.get("speaker", "") if quote else "")
        self.direct.setChecked(bool(quote and quote.attrs.get("direct", True) is not False))
