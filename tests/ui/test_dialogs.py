"""Settings (label scheme editor, snapping, font), guidelines, cheat sheet,
recent projects and the --screenshot command."""

import os
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from annotator.core.model import Span
from annotator.ui.dialogs.cheatsheet import CheatSheet
from annotator.ui.dialogs.settings import HOTKEY, NAME, SettingsDialog

from ui_helpers import SAMPLES, doc, select_by_keys, spans_of

TEXT = "Kata Gati Wibawaningsih di Jakarta."


def settings(qtbot, window) -> SettingsDialog:
    dialog = window.settings_dialog()
    qtbot.addWidget(dialog)
    return dialog


def row_of(dialog, label):
    return next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, NAME).text() == label)


def test_label_scheme_editor_changes_hotkeys_and_colours(qtbot, make_window):
    window = make_window([doc(TEXT)])
    dialog = settings(qtbot, window)
    row = row_of(dialog, "PERSON")
    dialog.table.item(row, HOTKEY).setText("p")
    dialog.table.set_color(row, "#112233")
    dialog.accept()
    scheme = window.ws.store.scheme
    assert scheme.label("PERSON").hotkey == "p" and scheme.label("PERSON").color == "#112233"
    assert window.panels.palette.buttons["PERSON"].text() == "p  PERSON"
    select_by_keys(qtbot, window.panels.view, TEXT.index("Gati"), 4)
    qtbot.keyClick(window.panels.view, Qt.Key.Key_P)
    assert [s.label for s in spans_of(window)[0]] == ["PERSON"]


def test_scheme_editor_refuses_reserved_keys_and_renaming_used_labels(qtbot, make_window):
    window = make_window([doc(TEXT, spans=[Span(start=5, end=9, label="PERSON", layer="entities")])])
    dialog = settings(qtbot, window)
    dialog.table.item(row_of(dialog, "ORG"), HOTKEY).setText("s")
    dialog.accept()
    assert "taken" in dialog.error.text() and window.ws.store.scheme.label("ORG").hotkey == "2"
    dialog.table.item(row_of(dialog, "ORG"), HOTKEY).setText("2")
    dialog.table.item(row_of(dialog, "PERSON"), NAME).setText("PER")
    dialog.accept()
    assert "PERSON still labels spans" in dialog.error.text()
    assert window.ws.store.scheme.has_label("PERSON")


def test_snapping_off_keeps_exact_characters_and_font_size_applies(qtbot, make_window):
    window = make_window([doc(TEXT)])
    dialog = settings(qtbot, window)
    dialog.snapping.setChecked(False)
    dialog.font_size.setValue(17)
    dialog.accept()
    assert window.panels.view.font().pointSizeF() == 17
    select_by_keys(qtbot, window.panels.view, TEXT.index("Gati") + 1, 2)
    qtbot.keyClick(window.panels.view, Qt.Key.Key_1)
    spans, document = spans_of(window)
    assert [document.text[s.start:s.end] for s in spans] == ["at"]


def test_guidelines_are_stored_in_the_project(qtbot, make_window):
    window = make_window([doc(TEXT)])
    window.panels.guidelines_dock.raise_()
    pane = window.panels.guidelines
    qtbot.mouseClick(pane.edit_button, Qt.MouseButton.LeftButton)
    for i, line in enumerate(("# Aturan", "", "PERSON: nama orang.")):
        if i:
            qtbot.keyClick(pane.editor, Qt.Key.Key_Return)
        qtbot.keyClicks(pane.editor, line)
    qtbot.mouseClick(pane.edit_button, Qt.MouseButton.LeftButton)
    assert window.ws.store.get_setting("guidelines") == "# Aturan\n\nPERSON: nama orang."
    assert "Aturan" in pane.browser.toPlainText() and "#" not in pane.browser.toPlainText()


def test_the_guidelines_tab_shows_the_project_s_guidelines_when_raised(qtbot, make_window):
    """(The pane is built and its Markdown laid out when the tab is first shown, not for the first paint.)"""
    window = make_window([doc(TEXT)])
    window.ws.store.set_setting("guidelines", "# Aturan\n\nPERSON: nama orang.")
    dock = window.panels.guidelines_dock
    assert dock.widget() is None
    dock.raise_()
    qtbot.waitUntil(lambda: dock.widget() is not None and "PERSON: nama orang." in dock.widget().browser.toPlainText())
    pane = window.panels.guidelines
    window.panels.spans_dock.raise_()
    window.ws.store.set_setting("guidelines", "Baru.")
    pane.set_store(window.ws.store)  # as when a project opens: laid out when shown again
    dock.raise_()
    qtbot.waitUntil(lambda: pane.browser.toPlainText() == "Baru.")


def test_cheat_sheet_lists_label_view_and_window_keys(qtbot, make_window):
    window = make_window([doc(TEXT)])
    sheet = CheatSheet(window.ws.store.scheme, window.menu_actions.all, window)
    qtbot.addWidget(sheet)
    text = sheet.browser.toPlainText()
    for needle in ("PERSON", "BOILERPLATE", "Backspace", "Alt+Shift+→", "Ctrl+Return", "Accept document"):
        assert needle in text


def test_open_another_project_and_recent_list(qtbot, make_window, tmp_path, monkeypatch):
    window = make_window([doc(TEXT)])
    first = window.ws.store.path
    other = str(tmp_path / "other.annotator")
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (other, ""))
    window.menu_actions.new_project.trigger()
    assert window.ws.store.path == other and window.panels.corpus.model.rowCount() == 0
    assert window.ws.session.doc is None
    recent = [a.toolTip() for a in window.menu_actions.recent.actions()]
    assert recent[:2] == [other, first]
    window.menu_actions.recent.actions()[1].trigger()
    assert window.ws.store.path == first and window.ws.session.text == TEXT


def test_reopening_the_first_recent_project_leaves_the_settings_file_alone(tmp_path):
    """The window puts its project first in the recent list at every start; when it is first already,
    nothing is written (the settings file used to be rewritten, two fsyncs, before the first paint)."""
    from annotator.ui.state.prefs import Prefs

    first, gone = tmp_path / "first.annotator", tmp_path / "gone.annotator"
    first.touch()
    gone.touch()
    prefs = Prefs()
    prefs.add_recent(str(gone))
    prefs.add_recent(str(first))
    prefs.q.sync()
    written = os.stat(prefs.q.fileName())
    prefs.add_recent(str(first))
    prefs.q.sync()
    assert os.stat(prefs.q.fileName()).st_ino == written.st_ino  # Qt writes a new file and renames it
    assert prefs.recent() == [str(first), str(gone)]
    gone.unlink()  # a project that no longer exists leaves the list at the next start
    prefs.add_recent(str(first))
    prefs.q.sync()
    assert prefs.q.value("recentProjects") in ([str(first)], str(first))  # stored without it


def test_screenshot_command_writes_the_window_picture(tmp_path):
    out = tmp_path / "shot.png"
    run = subprocess.run([sys.executable, "-m", "annotator", "--project", str(tmp_path / "s.annotator"),
                          "--screenshot", str(out), str(SAMPLES)], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1500, 900)
