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


def test_panels_saved_on_a_wide_screen_leave_the_text_room_on_a_narrow_one(qtbot, make_window):
    """Reopened on a screen narrower than the one its panels were laid out on (offscreen: 800 pixels), the
    window gives the side panels their share again; before, they kept their widths and the text had none."""
    wide = make_window([doc("Kata Gati di Jakarta.")], name="a.annotator")
    wide.resize(1400, 880)
    qtbot.waitUntil(lambda: wide.width() == 1400)
    wide.close()  # saves geometry and panel state in the preferences
    window = make_window([doc("Kata Gati di Jakarta.")], name="b.annotator")
    view = window.panels.view
    qtbot.waitUntil(lambda: view.viewport().width() >= 100)  # it had none: it was never even painted
