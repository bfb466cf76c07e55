"""The status bar: which document, its counts, what the next key will do,
and the progress of background work."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QProgressBar, QSizePolicy, QStatusBar, QWidget

from annotator.core.labels import BOILERPLATE, ENTITIES, QUOTE, QUOTES, SEGMENTS, LabelScheme
from annotator.ui.state.session import DocSession


def _keys(scheme: LabelScheme, layer: str) -> str:
    return " ".join(f"{lab.hotkey} {lab.name}" for lab in scheme.layer(layer).labels if lab.hotkey)


def hint(session: DocSession, has_selection: bool, scheme: LabelScheme, line_label: str | None = None) -> str:
    """What the keys do right now, in one line."""
    if session.doc is None:
        return "Open files with Ctrl+O, or drop them on the window"
    if session.link_from:
        return "Linking: click the speaker or Tab to it · Enter links · Esc cancels"
    if has_selection:
        labels = f"{_keys(scheme, ENTITIES)} · {_keys(scheme, QUOTES)}"
        return f"Label the selection: {labels} · Alt+key: exact characters"
    span = session.current_span if session.ready else None
    if span is not None:
        parts = ["Enter accept · Backspace reject" if span.is_suggestion else "Enter next suggestion"]
        if span.label == QUOTE:
            parts.append("s link speaker · F2 speaker name")
        parts += ["Del delete", "label key relabels", "Alt+←/→ start · Alt+Shift+←/→ end", "Tab next"]
        return f"{span.label} ({span.status}): " + " · ".join(parts)
    key = _keys(scheme, SEGMENTS).split(" ")[0]
    line = (f"{key} unmarks this line" if line_label == BOILERPLATE else
            f"{key} marks this line BOILERPLATE" + (f" (now {line_label})" if line_label else ""))
    return (f"Select text and press a label key · Tab next span · Enter next suggestion · {line} · "
            "Ctrl+Enter accept document")


class ElidedLabel(QLabel):
    """One line of plain text that takes the room it is given and ends in "…" when that is too little,
    so a long hint or title never makes the window wider; the whole text is in the tooltip.  ``strong``
    shows it bold with a warning sign (a refused edit), which reads without colour."""

    def __init__(self, max_width: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.strong = False
        if max_width is not None:
            self.setMaximumWidth(max_width)
        else:
            self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_line(self, text: str, strong: bool = False) -> None:
        self.strong = strong
        font = self.font()
        font.setBold(strong)
        self.setFont(font)
        self.setText(f"⚠ {text}" if strong else text)
        self.setToolTip(self.text())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("…") * 4, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(min(self.fontMetrics().horizontalAdvance(self.text()) + 8, self.maximumWidth()),
                     super().sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        line = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), line)


class StatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = ElidedLabel(max_width=320)
        self.counts = QLabel()
        self.keys = ElidedLabel()  # what the keys do now, or for a few seconds a message
        self._hint = ""
        self._message_timer = QTimer(self, singleShot=True, interval=6000)
        self._message_timer.timeout.connect(lambda: self.keys.set_line(self._hint))
        self.job = QProgressBar(textVisible=True)
        self.job.setMaximumWidth(180)
        self.job.hide()
        self.model = ElidedLabel(max_width=200)  # the project's entity model and its F1 (docs/learning.md)
        self.addWidget(self.keys, 1)
        self.addPermanentWidget(self.job)
        self.addPermanentWidget(self.model)
        self.addPermanentWidget(self.counts)
        self.addPermanentWidget(self.document)

    def show_document(self, session: DocSession, position: tuple[int, int] | None) -> None:
        if session.doc is None:
            self.document.set_line("no document")
            self.counts.setText("")
            return
        where = f"{position[0] + 1:,} / {position[1]:,} · " if position else ""
        self.document.set_line(f"{where}{session.doc.status} · {session.doc.title}")
        if session.ready:
            total, suggested = session.index.counts()
            made_by = session.doc.meta.get("entity_model")  # which model made its entity suggestions
            self.counts.setText(f"{total:,} spans · {suggested:,} suggested" + (f" by {made_by}" if made_by else ""))
        else:
            self.counts.setText("indexing spans…")

    def show_model(self, text: str) -> None:
        self.model.set_line(text)

    def show_hint(self, text: str) -> None:
        self._hint = text
        if not self._message_timer.isActive():
            self.keys.set_line(text)

    def clear_message(self) -> None:
        self._message_timer.stop()
        self.keys.set_line(self._hint)

    def say(self, text: str) -> None:
        """A message that replaces the key hint for a few seconds."""
        self.keys.set_line(text)
        self._message_timer.start(6000)

    def warn(self, text: str) -> None:
        """Something the person asked for did not happen (a refused edit): said louder and longer."""
        self.keys.set_line(text, strong=True)
        self._message_timer.start(12000)

    def job_progress(self, title: str, done: int, total: int) -> None:
        self.job.show()
        self.job.setMaximum(total)  # 0: busy indicator while the total is unknown
        self.job.setValue(done)
        self.job.setFormat(f"{title} {done:,}/{total:,}" if total else f"{title} {done:,}")

    def job_idle(self) -> None:
        self.job.hide()
