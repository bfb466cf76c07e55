"""Settings: the project's label scheme (names, colours, hotkeys), token
snapping and the font size.

The scheme belongs to the project (``store.set_scheme``); snapping and font
size are the person's own (QSettings).  A label that already has spans in the
project cannot be renamed or removed here, so no span is left with a label
the scheme does not know.
"""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.labels import LabelDef, LabelScheme, LayerDef
from annotator.store import ProjectStore
from annotator.ui.controllers.editing import VIEW_KEYS
from annotator.ui.state.prefs import Prefs

LAYER, NAME, COLOR, HOTKEY, DESCRIPTION = range(5)
RESERVED = {b.shown for b in VIEW_KEYS if len(b.shown) == 1}  # single keys the view already uses


class SchemeTable(QTableWidget):
    def __init__(self, scheme: LabelScheme, parent: QWidget | None = None):
        super().__init__(0, 5, parent)
        self.layer_names = [layer.name for layer in scheme.layers]
        self.setHorizontalHeaderLabels(["Layer", "Label", "Colour", "Key", "Description"])
        self.horizontalHeader().setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().hide()
        for layer in scheme.layers:
            for label in layer.labels:
                self.add_row(layer.name, label)
        self.cellDoubleClicked.connect(self._pick_color)

    def add_row(self, layer: str, label: LabelDef | None = None) -> None:
        label = label or LabelDef(name="NEW", color="#888888")
        row = self.rowCount()
        self.insertRow(row)
        combo = QComboBox()
        combo.addItems(self.layer_names)
        combo.setCurrentText(layer)
        self.setCellWidget(row, LAYER, combo)
        self.setItem(row, NAME, QTableWidgetItem(label.name))
        color = QTableWidgetItem(label.color)
        color.setBackground(QColor(label.color))
        color.setFlags(color.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.setItem(row, COLOR, color)
        self.setItem(row, HOTKEY, QTableWidgetItem(label.hotkey))
        self.setItem(row, DESCRIPTION, QTableWidgetItem(label.description))

    def cell(self, row: int, col: int) -> QTableWidgetItem:
        """The item of a cell this table always fills."""
        item = self.item(row, col)
        if item is None:
            item = QTableWidgetItem("")
            self.setItem(row, col, item)
        return item

    def _pick_color(self, row: int, col: int) -> None:
        if col != COLOR:
            return
        item = self.cell(row, COLOR)
        color = QColorDialog.getColor(QColor(item.text()), self, "Label colour")
        if color.isValid():
            self.set_color(row, color.name())

    def set_color(self, row: int, name: str) -> None:
        item = self.cell(row, COLOR)
        item.setText(name)
        item.setBackground(QColor(name))

    def scheme(self, base: LabelScheme) -> LabelScheme:
        """The edited scheme (raises ValueError/ValidationError with a message for the person)."""
        layers: dict[str, list[LabelDef]] = {name: [] for name in self.layer_names}
        for row in range(self.rowCount()):
            hotkey = self.cell(row, HOTKEY).text().strip().lower()
            if hotkey in RESERVED:
                raise ValueError(f"key {hotkey!r} is taken by the document view; choose another")
            layer = self.cellWidget(row, LAYER)
            assert isinstance(layer, QComboBox)  # add_row puts a layer chooser in every row
            layers[layer.currentText()].append(LabelDef(
                name=self.cell(row, NAME).text().strip().upper(), color=self.cell(row, COLOR).text(),
                hotkey=hotkey, description=self.cell(row, DESCRIPTION).text().strip()))
        for name, labels in layers.items():
            if any(not lab.name for lab in labels):
                raise ValueError(f"a label in {name} has no name")
        new_layers = [LayerDef(name=layer.name, title=layer.title, labels=layers[layer.name]) for layer in base.layers]
        return LabelScheme(name=base.name, layers=new_layers, relations=base.relations)


class SettingsDialog(QDialog):
    def __init__(self, store: ProjectStore, prefs: Prefs, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.store, self.prefs = store, prefs
        self.table = SchemeTable(store.scheme)
        add = QPushButton("Add label")
        remove = QPushButton("Remove label")
        add.clicked.connect(lambda: self.table.add_row(self.table.layer_names[0]))
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        self.snapping = QCheckBox("Snap selections to whole tokens (Alt+label key keeps exact characters)")
        self.snapping.setChecked(prefs.snapping)
        self.detect = QCheckBox("Run the detectors on documents when they are imported")
        self.detect.setChecked(prefs.detect_on_import)
        self.contrast = QCheckBox("High contrast: stronger label colours and outlines")
        self.contrast.setChecked(prefs.high_contrast)
        self.font_size = QDoubleSpinBox(minimum=6, maximum=40, singleStep=1, value=prefs.font_size, suffix=" pt")
        self.error = QLabel(wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        form = QFormLayout()
        form.addRow("", self.snapping)
        form.addRow("", self.detect)
        form.addRow("", self.contrast)
        form.addRow("Font size", self.font_size)
        box = QVBoxLayout(self)
        box.addWidget(QLabel("Labels of this project (double-click a colour to change it):"))
        box.addWidget(self.table, 1)
        box.addLayout(row)
        box.addLayout(form)
        box.addWidget(self.error)
        box.addWidget(buttons)
        self.resize(720, 560)

    def _used_labels(self) -> set[str]:
        return {label for labels in self.store.stats()["spans"].values() for label in labels}

    def accept(self) -> None:
        try:
            scheme = self.table.scheme(self.store.scheme)
        except (ValueError, ValidationError) as exc:
            message = exc.errors()[0]["msg"] if isinstance(exc, ValidationError) else str(exc)
            self.error.setText(message)
            return
        missing = sorted(self._used_labels() - set(scheme.labels()))
        if missing:
            verb = "labels" if len(missing) == 1 else "label"
            self.error.setText(f"{', '.join(missing)} still {verb} spans in this project; "
                               "keep the name (or relabel those spans first)")
            return
        if scheme.model_dump() != self.store.scheme.model_dump():
            self.store.set_scheme(scheme)
        self.prefs.snapping = self.snapping.isChecked()
        self.prefs.detect_on_import = self.detect.isChecked()
        self.prefs.high_contrast = self.contrast.isChecked()
        self.prefs.font_size = self.font_size.value()
        super().accept()
