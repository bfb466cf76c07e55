"""The status bar: which document, its counts, what the next key will do,
and the progress of background work."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget

from annotator.core.labels import ENTITIES, QUOTE, QUOTES, SEGMENTS, LabelScheme
from annotator.ui.state.session import DocSession


def _keys(scheme: LabelScheme, layer: str) -> str:
    return " ".join(f"{lab.hotkey} {lab.name}" for lab in scheme.layer(layer).labels if lab.hotkey)


def hint(session: DocSession, has_selection: bool, scheme: LabelScheme) -> str:
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
    return (f"Select text and press a label key · Tab next span · Enter next suggestion · "
            f"{_keys(scheme, SEGMENTS).split(' ')[0]} marks this line BOILERPLATE · Ctrl+Enter accept document")


class StatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = QLabel()
        self.counts = QLabel()
        self.keys = QLabel()  # what the keys do now, or for a few seconds a message
        self._hint = ""
        self._message_timer = QTimer(self, singleShot=True, interval=6000)
        self._message_timer.timeout.connect(lambda: self.keys.setText(self._hint))
        self.job = QProgressBar(textVisible=True)
        self.job.setMaximumWidth(180)
        self.job.hide()
        self.addWidget(self.keys, 1)
        self.addPermanentWidget(self.job)
        self.addPermanentWidget(self.counts)
        self.addPermanentWidget(self.document)

    def show_document(self, session: DocSession, position: tuple[int, int] | None) -> None:
        if session.doc is None:
            self.document.setText("no document")
            self.counts.setText("")
            return
        where = f"{position[0] + 1:,} / {position[1]:,} · " if position else ""
        title = session.doc.title
        if len(title) > 40:
            title = title[:39] + "…"
        self.document.setText(f"{where}{title} · {session.doc.status}")
        if session.ready:
            total, suggested = session.index.counts()
            self.counts.setText(f"{total:,} spans · {suggested:,} suggested")
        else:
            self.counts.setText("indexing spans…")

    def show_hint(self, text: str) -> None:
        self._hint = text
        if not self._message_timer.isActive():
            self.keys.setText(text)

    def clear_message(self) -> None:
        self._message_timer.stop()
        self.keys.setText(self._hint)

    def say(self, text: str) -> None:
        """A message that replaces the key hint for a few seconds."""
        self.keys.setText(text)
        self._message_timer.start()

    def job_progress(self, title: str, done: int, total: int) -> None:
        self.job.show()
        self.job.setMaximum(total)  # 0: busy indicator while the total is unknown
        self.job.setValue(done)
        self.job.setFormat(f"{title} {done:,}/{total:,}" if total else f"{title} {done:,}")

    def job_idle(self) -> None:
        self.job.hide()
