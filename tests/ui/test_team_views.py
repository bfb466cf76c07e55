"""The team's views (curation, agreement) are built when first shown, not at start-up (test_startup_imports checks
their modules are not loaded before the first paint): however they are shown, they come with their content."""

from __future__ import annotations

from ui_helpers import doc


def test_the_view_menu_shows_the_curation_view_with_its_content(qtbot, make_window):
    window = make_window([doc("Kata Gati di Jakarta.")])
    dock = window.panels.curation_dock
    assert dock.widget() is None and not dock.isVisible()  # nothing built for the first paint
    dock.toggleViewAction().trigger()  # View ▸ Curation
    qtbot.waitUntil(lambda: dock.widget() is not None and dock.widget().isVisible())
    panel = window.panels.curation
    assert dock.widget() is panel
    qtbot.waitUntil(lambda: "curated set" in panel.heading.text())  # the controller refreshed it: not curating
    assert panel.start.isVisible()


def test_a_team_view_left_open_is_there_again_with_its_content(qtbot, make_window):
    first = make_window([doc("Kata Gati di Jakarta.")], name="a.annotator")
    first.show_agreement()
    qtbot.waitUntil(lambda: first.panels.agreement_dock.isVisible())
    first.close()  # saves the layout: the agreement view open
    window = make_window([doc("Kata Gati di Jakarta.")], name="b.annotator")
    dock = window.panels.agreement_dock
    qtbot.waitUntil(lambda: dock.isVisible() and dock.widget() is not None)
    assert dock.widget() is window.panels.agreement and window.panels.curation_dock.widget() is window.panels.curation
    assert "not been computed" in window.panels.agreement.heading.text()
    window.panels.agreement.compute.emit()  # its button works: the controller was wired when it was built
    qtbot.waitUntil(lambda: window.panels.agreement.report is not None)
