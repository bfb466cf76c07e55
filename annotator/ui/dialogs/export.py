"""The export dialog: format, which documents, which layers; progress and a
summary.  The export itself runs in an :class:`ExportJob` thread through
``annotator.io.formats.export``, the same entry point as the command line."""

from __future__ import annotations

import os

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core.labels import LAYERS
from annotator.core.model import DocStatus
from annotator.io.atomic import OutputRefused, check_output
from annotator.io.formats import EXPORTERS, ExportOptions, ExportSummary
from annotator.store import ProjectStore
from annotator.ui.jobs import ExportJob

STATUSES = (("Done documents", DocStatus.DONE), ("All documents", None), ("To do", DocStatus.TODO),
            ("Skipped", DocStatus.SKIPPED))


class ExportDialog(QDialog):
    def __init__(self, store: ProjectStore, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Export training data")
        self.store = store
        self.job: ExportJob | None = None
        self.summary: ExportSummary | None = None
        self.format = QComboBox()
        self.format.addItems(sorted(EXPORTERS))
        if "native" in EXPORTERS:
            self.format.setCurrentText("native")
        self.status = QComboBox()
        counts = store.progress()
        for text, value in STATUSES:
            n = counts["total"] if value is None else counts[value.value]
            self.status.addItem(f"{text} ({n:,})", value)
        self.layers = {name: QCheckBox(name) for name in LAYERS}
        for layer_box in self.layers.values():
            layer_box.setChecked(True)
        self.suggestions = QCheckBox("include suggestions nobody has accepted yet")
        self.output = QLineEdit(placeholderText="where to write the export")
        self.browse = QPushButton("Browse…")
        self.progress = QProgressBar(textVisible=True)
        self.progress.hide()
        self.outcome = QLabel(wordWrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton("Export", QDialogButtonBox.ButtonRole.AcceptRole)
        self._layout()
        self.browse.clicked.connect(self.choose_output)
        self.export_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        self.output.textChanged.connect(self._enable)
        self._enable()

    def _layout(self) -> None:
        out = QHBoxLayout()
        out.addWidget(self.output, 1)
        out.addWidget(self.browse)
        layers = QHBoxLayout()
        for layer_box in self.layers.values():
            layers.addWidget(layer_box)
        form = QFormLayout()
        form.addRow("Format", self.format)
        form.addRow("Documents", self.status)
        form.addRow("Layers", layers)
        form.addRow("", self.suggestions)
        form.addRow("Output", out)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.progress)
        box.addWidget(self.outcome)
        box.addWidget(self.buttons)

    def _enable(self) -> None:
        self.export_button.setEnabled(bool(self.output.text().strip()) and self.job is None)

    def choose_output(self) -> None:
        start = self.output.text() or os.path.join(os.path.dirname(self.store.path),
                                                   f"export-{self.format.currentText()}.jsonl")
        path, _ = QFileDialog.getSaveFileName(self, "Export to", start, "JSON lines (*.jsonl);;All files (*)")
        if path:
            self.output.setText(path)

    def options(self) -> ExportOptions:
        layers = tuple(name for name, box in self.layers.items() if box.isChecked())
        return ExportOptions(layers=layers, include_suggestions=self.suggestions.isChecked())

    def start(self) -> None:
        if not any(box.isChecked() for box in self.layers.values()):
            self.outcome.setText("Choose at least one layer.")
            return
        try:
            check_output(self.output.text().strip())  # the open project is never an export's output
        except OutputRefused as exc:
            self.outcome.setText(str(exc))
            return
        self.summary = None
        self.job = ExportJob(self.store.ref(), self.format.currentText(), self.output.text().strip(),
                             self.status.currentData(), self.options(), self)
        self.job.progress.connect(self._progress)
        self.job.succeeded.connect(self._done)
        self.job.failed.connect(self._failed)
        self.job.finished.connect(self._finished)
        self.progress.setValue(0)
        self.progress.show()
        self.outcome.setText("Exporting…")
        self._enable()
        self.job.start()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(f"{done:,} / {total:,} documents")

    def _done(self, summary: ExportSummary) -> None:
        self.summary = summary
        labels = ", ".join(f"{k} {v:,}" for k, v in sorted(summary.labels.items())) or "no spans"
        noun = "document" if summary.documents == 1 else "documents"
        text = f"{summary.documents:,} {noun} written to {self.output.text()} ({labels})."
        for warning in summary.warnings:
            text += f"\nWarning: {warning}"
        self.outcome.setText(text)

    def _failed(self, message: str) -> None:
        self.outcome.setText(message)

    def _finished(self) -> None:
        if self.job is not None:
            self.job.deleteLater()
        self.job = None
        self._enable()

    def reject(self) -> None:
        if self.job is not None:  # closing cancels; the atomic writer leaves nothing half-written
            self.job.requestInterruption()
            self.job.wait()
        super().reject()
