"""Labels readable without colour alone: the default palette is Paul Tol's colour-blind-safe set (every
label of a layer its own colour), and Settings has a high-contrast theme."""

from __future__ import annotations

from annotator.core.labels import LabelScheme

from ui_helpers import doc

TOL = {"#4477aa", "#66ccee", "#228833", "#ccbb44", "#ee6677", "#aa3377", "#bbbbbb",  # bright
       "#0077bb", "#33bbee", "#009988", "#ee7733", "#cc3311", "#ee3377", "#332288"}  # vibrant, indigo


def test_the_default_label_colours_are_colour_blind_safe_and_distinct():
    scheme = LabelScheme.default()
    for layer in ("entities", "quotes"):
        colours = [lab.color.lower() for lab in scheme.layer(layer).labels]
        assert set(colours) <= TOL and len(set(colours)) == len(colours), layer


def test_high_contrast_in_settings_strengthens_the_fills(qtbot, make_window):
    window = make_window([doc("Kata Gati di Jakarta.")])
    normal = window.panels.view.painter.theme
    dialog = window.settings_dialog()
    qtbot.addWidget(dialog)
    dialog.contrast.setChecked(True)
    dialog.accept()
    strong = window.panels.view.painter.theme
    assert strong.high_contrast and window.prefs.high_contrast
    for suggested in (True, False):
        assert strong.entity_fill("PERSON", suggested).alpha() > normal.entity_fill("PERSON", suggested).alpha()
    assert strong.outline > normal.outline


def test_label_names_show_on_the_text_when_asked(qtbot, make_window):
    """The chips are painted: the text area's pixels change where a span's name goes, and the setting
    is kept for the next start."""
    from annotator.core.model import Span

    text = "Kata Gati di Jakarta."
    window = make_window([doc(text, spans=[Span(start=5, end=9, label="PERSON", layer="entities")])])
    view = window.panels.view
    plain = view.viewport().grab().toImage()
    window.menu_actions.label_names.trigger()
    assert window.prefs.label_names and view.painter.theme.label_names
    named = view.viewport().grab().toImage()
    assert named != plain
    window.menu_actions.label_names.trigger()
    assert view.viewport().grab().toImage() == plain
