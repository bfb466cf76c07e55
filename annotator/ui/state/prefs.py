"""Per-user preferences (QSettings): the annotator's name, recent projects, font size, snapping,
window layout.  Per-project settings (label scheme, guidelines) live in the
project store instead, so they travel with the project file."""

from __future__ import annotations

import os

from PySide6.QtCore import QByteArray, QSettings

from annotator.store import is_server_url, without_password

MAX_RECENT = 8


class Prefs:
    def __init__(self) -> None:
        self.q = QSettings("annotator", "annotator")

    # recent projects, newest first: files that still exist, and shared projects' URLs (never a password)
    def recent(self) -> list[str]:
        return [p for p in self._stored_recent() if is_server_url(p) or os.path.exists(p)]

    def _stored_recent(self) -> list[str]:
        value = self.q.value("recentProjects", [])
        return [value] if isinstance(value, str) else [str(p) for p in value] if isinstance(value, list) else []

    def add_recent(self, path: str) -> None:
        """Put ``path`` first; the settings file is written only when the list changed (not at every
        start with the same project, before the window's first paint)."""
        path = without_password(path) if is_server_url(path) else os.path.abspath(path)
        paths = ([path] + [p for p in self.recent() if p != path])[:MAX_RECENT]
        if paths != self._stored_recent():
            self.q.setValue("recentProjects", paths)

    @property
    def font_size(self) -> float:
        value = self.q.value("view/fontSize", 12.0)
        return float(value) if isinstance(value, (int, float, str)) else 12.0

    @font_size.setter
    def font_size(self, value: float) -> None:
        self.q.setValue("view/fontSize", float(value))

    @property
    def snapping(self) -> bool:
        return str(self.q.value("edit/snapToTokens", "true")).lower() == "true"

    @snapping.setter
    def snapping(self, value: bool) -> None:
        self.q.setValue("edit/snapToTokens", "true" if value else "false")

    @property
    def high_contrast(self) -> bool:
        return str(self.q.value("view/highContrast", "false")).lower() == "true"

    @high_contrast.setter
    def high_contrast(self, value: bool) -> None:
        self.q.setValue("view/highContrast", "true" if value else "false")

    @property
    def label_names(self) -> bool:
        return str(self.q.value("view/labelNames", "false")).lower() == "true"

    @label_names.setter
    def label_names(self, value: bool) -> None:
        self.q.setValue("view/labelNames", "true" if value else "false")

    @property
    def detect_on_import(self) -> bool:
        return str(self.q.value("edit/detectOnImport", "true")).lower() == "true"

    @detect_on_import.setter
    def detect_on_import(self, value: bool) -> None:
        self.q.setValue("edit/detectOnImport", "true" if value else "false")

    @property
    def annotator(self) -> str:
        """The person's name as an annotator (asked once, then kept); empty until given."""
        return str(self.q.value("team/annotator", "") or "")

    @annotator.setter
    def annotator(self, value: str) -> None:
        self.q.setValue("team/annotator", value)

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        return self.q.value("window/geometry"), self.q.value("window/state")

    def save_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        self.q.setValue("window/geometry", geometry)
        self.q.setValue("window/state", state)
