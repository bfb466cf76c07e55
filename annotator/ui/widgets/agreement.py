"""The agreement panel: how far the annotators agree, per layer, pair, label and document (the figures of
``annotator agreement``), with the most contested documents first, each one a key press from curation.

A thin view of an :class:`~annotator.tasks.agreement.AgreementReport`; computing it is a background job
(``controllers/agreement.py``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from annotator.core.model import shorten
from annotator.tasks.agreement import AgreementReport, LayerAgreement
from annotator.ui.widgets.tables import row_table

Row = tuple[str, list[float | None], str]  # name, figures, a last column (a count)


def fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def _tint(value: float | None) -> QColor | None:
    """Low agreement red, high green (the HTML report's heat map colours), pale enough to read on."""
    if value is None:
        return None
    v = max(0.0, min(1.0, value))
    return QColor.fromHsvF(v / 3, 0.28, 1.0)


class FiguresModel(QAbstractTableModel):
    """Rows of a name, a few figures from 0 to 1 (tinted by value) and a count."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None):
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        name, figures, last = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return shorten(name, 40)
            return fmt(figures[col - 1]) if col <= len(figures) else last
        if role == Qt.ItemDataRole.BackgroundRole and 1 <= col <= len(figures):
            tint = _tint(figures[col - 1])
            return QBrush(tint) if tint is not None else None
        if role == Qt.ItemDataRole.ForegroundRole and 1 <= col <= len(figures) and figures[col - 1] is not None:
            return QBrush(QColor("#000000"))  # the tints are light in a dark theme too
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            return name
        return None


def pair_rows(la: LayerAgreement) -> list[Row]:
    rows: list[Row] = [(f"{a} / {b}", [s.spans.f1_exact, s.spans.f1_overlap, s.kappa], f"{s.tokens:,}")
                       for (a, b), s in la.pairs.items()]
    rows.append(("all pairs (κ: Fleiss)", [la.spans.f1_exact, la.spans.f1_overlap, la.fleiss], f"{la.items:,}"))
    return rows


def label_rows(la: LayerAgreement) -> list[Row]:
    rows = [(label, [c.f1_exact, c.f1_overlap], f"{c.total:,}") for label, c in la.labels.items()]
    return sorted(rows, key=lambda r: (r[1][0] if r[1][0] is not None else 2.0, r[0]))


def document_rows(la: LayerAgreement) -> list[Row]:
    """Documents, the most disagreement first (lowest exact F1, then lowest kappa); a document none of the
    annotators marked anything in, in this layer, goes last."""
    rows = [(doc, [c.f1_exact, c.f1_overlap, la.document_kappa.get(doc)], f"{c.total:,}")
            for doc, c in la.documents.items()]
    return sorted(rows, key=lambda r: (r[1][0] if r[1][0] is not None else 2.0,
                                       r[1][2] if r[1][2] is not None else 2.0, r[0]))


class AgreementPanel(QWidget):
    compute = Signal()  # compute the figures (again)
    openDocument = Signal(str)  # a document's id: curate it

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.report: AgreementReport | None = None
        self._extra: list[str] = []  # the figures that are not per layer (speakers, boilerplate characters)
        self.heading = QLabel("Agreement between the annotators has not been computed yet.")
        self.heading.setWordWrap(True)
        self.button = QPushButton("Compute")
        self.button.clicked.connect(self.compute)
        self.layer = QComboBox()
        self.layer.currentTextChanged.connect(self._show_layer)
        self.pairs = FiguresModel(["Annotators", "F1 exact", "F1 overlap", "Cohen's κ", "Tokens"], self)
        self.labels = FiguresModel(["Label", "F1 exact", "F1 overlap", "Spans"], self)
        self.documents = FiguresModel(["Document", "F1 exact", "F1 overlap", "κ",
                                       "Spans"], self)
        self.pair_table = row_table(self.pairs, {c: 72 for c in range(1, 5)}, stretch=0)
        self.label_table = row_table(self.labels, {c: 72 for c in range(1, 4)}, stretch=0)
        self.document_table = row_table(self.documents, {c: 72 for c in range(1, 5)}, stretch=0)
        self.document_table.activated.connect(self._activated)
        self.document_table.doubleClicked.connect(self._activated)
        self.document_table.installEventFilter(self)
        self.overall = QLabel()
        self.overall.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(QLabel("Layer:"))
        top.addWidget(self.layer)
        top.addWidget(self.button)
        grid = QGridLayout()
        grid.addWidget(QLabel("Annotator pairs"), 0, 0)
        grid.addWidget(self.pair_table, 1, 0)
        grid.addWidget(QLabel("Labels (most contested first)"), 0, 1)
        grid.addWidget(self.label_table, 1, 1)
        grid.addWidget(QLabel("Documents (most contested first): Enter curates one"), 0, 2)
        grid.addWidget(self.document_table, 1, 2)
        for col, stretch in enumerate((4, 3, 4)):
            grid.setColumnStretch(col, stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addLayout(grid, 1)
        layout.addWidget(self.overall)

    def busy(self, message: str) -> None:
        self.button.setEnabled(False)
        self.heading.setText(message)

    def failed(self, message: str) -> None:
        self.button.setEnabled(True)
        self.heading.setText(message)

    def show_report(self, report: AgreementReport) -> None:
        self.report = report
        self.button.setEnabled(True)
        self.button.setText("Compute again")
        names = ", ".join(report.annotators) or "none"
        self.heading.setText(f"{report.documents:,} documents finished by two annotators or more · annotators: "
                             f"{names}")
        extra = self._extra = []
        if report.speakers:
            extra.append(f"quote speakers: the same on {fmt(report.speaker_agreement)} of the quotes both marked")
        if report.boilerplate.pairs:
            extra.append(f"boilerplate by character: observed {fmt(report.boilerplate.observed)}, "
                         f"Cohen's κ {fmt(report.boilerplate.kappa)}")
        current = self.layer.currentText()
        self.layer.blockSignals(True)
        self.layer.clear()
        self.layer.addItems(list(report.layers))
        self.layer.blockSignals(False)
        self.layer.setCurrentText(current if current in report.layers else next(iter(report.layers), ""))
        self._show_layer(self.layer.currentText())

    def _show_layer(self, layer: str) -> None:
        la = self.report.layers.get(layer) if self.report is not None else None
        if la is None:
            for model in (self.pairs, self.labels, self.documents):
                model.set_rows([])
            return
        self.pairs.set_rows(pair_rows(la))
        self.labels.set_rows(label_rows(la))
        self.documents.set_rows(document_rows(la))
        line = (f"{layer}: Fleiss' κ {fmt(la.fleiss)}, Krippendorff's α {fmt(la.alpha)} over {la.items:,} tokens; "
                f"span F1 exact {fmt(la.spans.f1_exact)}, overlap {fmt(la.spans.f1_overlap)}")
        self.overall.setText(" · ".join([line, *self._extra]))

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openDocument.emit(self.documents.rows[index.row()][0])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.document_table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self._activated(self.document_table.currentIndex())
            return True
        return super().eventFilter(watched, event)
