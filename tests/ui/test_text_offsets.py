"""Selecting and labelling awkward text gives exactly ``text[start:end]`` in the
store: astral-plane emoji (two UTF-16 units in Qt), CRLF files and
right-to-left scripts."""

from PySide6.QtCore import Qt

from ui_helpers import doc, point_of, select_by_keys, spans_of


def _label_word_by_double_click(qtbot, window, cp: int, key=Qt.Key.Key_1):
    view = window.panels.view
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point_of(view, cp))
    qtbot.keyClick(view, key)


def test_name_after_emoji_keeps_code_point_offsets(qtbot, make_window):
    text = "Halo 😀👍🏽 semua! 🇮🇩 Gati Wibawaningsih tiba di Jakarta 🚀 kemarin."
    window = make_window([doc(text)])
    _label_word_by_double_click(qtbot, window, text.index("Wibawaningsih") + 3)
    select_by_keys(qtbot, window.panels.view, text.index("Jakarta"), len("Jakarta"))
    qtbot.keyClick(window.panels.view, Qt.Key.Key_3)
    spans, document = spans_of(window)
    got = sorted((s.start, s.end, s.label) for s in spans)
    gati = text.index("Wibawaningsih")
    assert got == [(gati, gati + len("Wibawaningsih"), "PERSON"),
                   (text.index("Jakarta"), text.index("Jakarta") + 7, "LOC")]
    assert [document.text[s.start:s.end] for s in sorted(spans, key=lambda s: s.start)] == ["Wibawaningsih", "Jakarta"]


def test_crlf_file_imported_through_the_window(qtbot, make_window, tmp_path, monkeypatch):
    path = tmp_path / "crlf.txt"
    path.write_bytes("Judul berita\r\n\r\nKata Gati di Bandung.\r\nBaris ketiga 😀 Mira.\r\n".encode())
    window = make_window()
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileNames",
                        lambda *a, **k: ([str(path)], ""))
    window.menu_actions.open_files.trigger()
    qtbot.waitUntil(lambda: window.ws.session.doc is not None, timeout=10000)
    text = window.ws.session.text
    assert "\r" not in text and window.panels.view.toPlainText() == text
    _label_word_by_double_click(qtbot, window, text.index("Mira") + 1)
    _label_word_by_double_click(qtbot, window, text.index("Bandung") + 1, Qt.Key.Key_3)
    spans, document = spans_of(window)
    assert sorted(document.text[s.start:s.end] for s in spans) == ["Bandung", "Mira"]


def test_right_to_left_text(qtbot, make_window):
    text = "قال محمد بن سلمان في الرياض إن الاقتصاد ينمو.\nשלום עולם, אמר דוד בירושלים."
    window = make_window([doc(text)])
    for word, key in (("محمد", Qt.Key.Key_1), ("الرياض", Qt.Key.Key_3), ("בירושלים", Qt.Key.Key_3)):
        _label_word_by_double_click(qtbot, window, text.index(word) + 1, key)
    spans, document = spans_of(window)
    assert {(document.text[s.start:s.end], s.label) for s in spans} == {
        ("الرياض", "LOC"), ("בירושלים", "LOC"), ("محمد", "PERSON")}
