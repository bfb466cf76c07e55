"""Fixtures for the window tests: a window on a fresh project."""

from __future__ import annotations

import pytest

from annotator.store import open_project
from annotator.ui.state.prefs import Prefs
from annotator.ui.window import MainWindow
from annotator.ui.state.workspace import Workspace


@pytest.fixture
def make_window(qtbot, tmp_path):
    """``make_window(docs)``: a shown main window on a new project holding ``docs``."""
    made = []

    def make(docs=(), name="p.annotator", detect_on_import=False) -> MainWindow:
        store = open_project(tmp_path / name)
        if docs:
            store.add_documents(docs)
        prefs = Prefs()
        prefs.detect_on_import = detect_on_import
        window = MainWindow(Workspace(store), prefs)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()  # shortcuts and focus need the active window
        qtbot.waitUntil(window.isActiveWindow)
        made.append(window)
        return window

    yield make
    for window in made:
        window.ws.close()
