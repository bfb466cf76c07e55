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


@pytest.fixture(autouse=True)
def _patient_waits(monkeypatch):
    """A loaded machine (the suite shares two cores with others) can take longer than pytest-qt's
    5-second default for a background search or load: a wait for a condition gives it a minute.
    Nothing waits that long unless something is broken."""
    from pytestqt.qtbot import QtBot

    wait_until = QtBot.waitUntil

    def patient(self, callback, *, timeout: int = 60_000) -> None:
        wait_until(self, callback, timeout=max(timeout, 60_000))

    monkeypatch.setattr(QtBot, "waitUntil", patient)
