"""The window on a 1024×700 screen: nothing off screen, the text keeps room,
and long status text is elided instead of widening the window."""

from __future__ import annotations

from PySide6.QtCore import QRect

from ui_helpers import doc

LONG_TITLE = "TEMPO.CO, Jakarta - " + "Pemerintah menargetkan pertumbuhan ekonomi yang tinggi " * 8


def test_every_panel_is_on_a_1024_by_700_screen(qtbot, make_window):
    window = make_window([doc(LONG_TITLE + "\n\nKata Gati di Jakarta.")])
    window.resize(1024, 700)
    window.panels.status.say("A long message " * 40)
    window.ws.jobs.progress.emit("import", 3, 0)  # the progress bar shows too
    qtbot.waitUntil(lambda: window.width() == 1024 and window.height() == 700)
    assert window.minimumSizeHint().width() <= 1024
    screen = QRect(0, 0, 1024, 700)
    for dock in window.panels.docks()[:3]:  # guidelines share the spans' place, as a tab
        rect = QRect(dock.mapTo(window, dock.rect().topLeft()), dock.size())
        assert screen.contains(rect), dock.objectName()
        assert rect.width() >= 200 and rect.height() >= 150, dock.objectName()
    view = window.panels.view
    assert view.width() >= 1024 // 3  # the text keeps a third of the screen at least
    status = window.panels.status
    assert status.keys.width() > 0 and status.document.width() > 0
    assert status.keys.toolTip().startswith("A long message")
