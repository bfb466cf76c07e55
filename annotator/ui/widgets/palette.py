"""The label palette: one group per layer, each label with its colour and hotkey.

Clicking a label does what its key does, so the palette doubles as a
reminder of the keys.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QGridLayout, QGroupBox, QToolButton, QVBoxLayout, QWidget

from annotator.core.labels import LabelScheme
from annotator.core.model import shorten


def swatch(color: str, size: int = 12) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(QColor(color))
    return QIcon(pix)


class LabelPalette(QWidget):
    labelChosen = Signal(str)

    COLUMNS = 2

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.buttons: dict[str, QToolButton] = {}
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(4, 4, 4, 4)

    def show_scheme(self, scheme: LabelScheme) -> None:
        while self._box.count():
            item = self._box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons.clear()
        for layer in scheme.layers:
            group = QGroupBox(shorten(layer.title or layer.name, 40))
            grid = QGridLayout(group)
            grid.setContentsMargins(4, 2, 4, 2)
            grid.setSpacing(2)
            for i, label in enumerate(layer.labels):
                button = QToolButton()
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
                button.setIcon(swatch(label.color))
                name = shorten(label.name, 30)
                button.setText(f"{label.hotkey}  {name}" if label.hotkey else name)
                button.setToolTip(label.description + (f" (key {label.hotkey})" if label.hotkey else ""))
                button.setAutoRaise(True)
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep the keyboard in the text
                button.clicked.connect(lambda _=False, name=label.name: self.labelChosen.emit(name))
                grid.addWidget(button, i // self.COLUMNS, i % self.COLUMNS)
                self.buttons[label.name] = button
            self._box.addWidget(group)
        self._box.addStretch(1)
