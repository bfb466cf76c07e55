"""The window sees what a plug-in package adds (tests/plugins: the toy format and detector, registered
through their entry points): the format in the export dialog, the detector's spans after Detect again."""

import importlib
import sys
from pathlib import Path

import pytest

from annotator.detect import registry as detectors
from annotator.io import formats
from annotator.ui.dialogs.export import ExportDialog

from ui_helpers import doc

PLUGINS = Path(__file__).resolve().parents[1] / "plugins"
TEXT = "Penjualan Kopiko naik di Jakarta, kata Budi Santoso."


@pytest.fixture
def toy_plugin():
    """The toy plug-in installed for one test: its folder on sys.path and the registries read again."""
    sys.path.insert(0, str(PLUGINS))
    importlib.invalidate_caches()
    formats.refresh()
    detectors.refresh()
    yield
    sys.path.remove(str(PLUGINS))
    sys.modules.pop("annotator_toy", None)
    importlib.invalidate_caches()
    formats.refresh()
    detectors.refresh()


def formats_offered(qtbot, window):
    dialog = ExportDialog(window.ws.store, window)
    qtbot.addWidget(dialog)
    return [dialog.format.itemText(i) for i in range(dialog.format.count())]


def test_the_export_dialog_offers_the_plugin_s_format(qtbot, make_window, toy_plugin):
    window = make_window([doc(TEXT)])
    offered = formats_offered(qtbot, window)
    assert "toy" in offered and "native" in offered


def test_without_the_plugin_the_dialog_does_not_offer_it(qtbot, make_window):
    assert "toy" not in formats_offered(qtbot, make_window([doc(TEXT)]))


def test_detect_again_runs_the_plugin_s_detector(qtbot, make_window, toy_plugin):
    window = make_window([doc(TEXT)])
    window.projects.detect_current()
    qtbot.waitUntil(lambda: any(s.source == "detector:toy" for s in window.ws.session.index.ordered), timeout=120000)
    toy = [s for s in window.ws.session.index.ordered if s.source == "detector:toy"]
    assert [(TEXT[s.start:s.end], s.label) for s in toy] == [("Kopiko", "MISC")]
    qtbot.waitUntil(lambda: not window.ws.jobs.busy(), timeout=120000)
