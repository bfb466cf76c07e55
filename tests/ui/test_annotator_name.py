"""The window asks for the annotator's name once, keeps it in the settings, and works as that person."""

from PySide6.QtWidgets import QInputDialog, QMessageBox

from annotator.store import open_project
from annotator.ui import app
from annotator.ui.state.prefs import Prefs


def test_the_name_is_asked_once_and_kept(qtbot, tmp_path, monkeypatch):
    asked = []

    def get_text(parent, title, label, text=""):
        asked.append(text)
        return ("  alice ", True) if len(asked) > 1 else ("all", True)  # a reserved word first: asked again

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: None)
    project = str(tmp_path / "p.annotator")
    window = app.build_window(project, ask=True)
    qtbot.addWidget(window)
    assert len(asked) == 2 and window.ws.store.annotator == "alice" and Prefs().annotator == "alice"
    assert "alice" in window.windowTitle()
    window.ws.close()

    window = app.build_window(project, ask=True)  # kept: not asked again
    qtbot.addWidget(window)
    assert len(asked) == 2 and window.ws.store.annotator == "alice"
    window.ws.close()

    window = app.build_window(project, "bob", ask=True)  # --annotator wins for this run
    qtbot.addWidget(window)
    assert window.ws.store.annotator == "bob" and Prefs().annotator == "alice"
    window.ws.close()
    with open_project(project, readonly=True) as p:
        assert p.annotators() == ["default", "alice", "bob"]
