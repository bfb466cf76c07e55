"""The curation view: the curator compares two annotators' sets of the open document and settles each
place from the keyboard into the curated set, every choice one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from annotator.core.model import DocStatus, Document, Span, SpanStatus
from annotator.store import CURATED, open_project
from annotator.ui.state.prefs import Prefs
from annotator.ui.state.workspace import Workspace
from annotator.ui.window import MainWindow

TEXT = "Menteri Budi Santoso berkata di Jakarta pada hari Senin."


def ent(word: str, label: str) -> Span:
    start = TEXT.index(word)
    return Span(start=start, end=start + len(word), label=label, layer="entities")


@pytest.fixture
def curator(qtbot, tmp_path):
    """A window opened by carol on a project where alice and bob annotated the same document differently."""
    path = tmp_path / "team.annotator"
    with open_project(path, annotator="manager") as p:
        p.add_documents([Document(text=TEXT, id="d1"), Document(text="Dokumen kedua.", id="d2")])
    for name, spans in (("alice", [ent("Budi Santoso", "PERSON"), ent("Jakarta", "LOC")]),
                        ("bob", [ent("Budi Santoso", "PERSON"), ent("Jakarta", "ORG"), ent("Senin", "DATE")])):
        with open_project(path, annotator=name) as p:
            for span in spans:
                p.add_span(1, span)
            p.set_status(1, DocStatus.DONE)
    store = open_project(path, annotator="carol")
    window = MainWindow(Workspace(store), Prefs())
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.flow.open(1)
    yield window
    window.ws.close()


def curated(window) -> list[tuple[str, str]]:
    doc = window.ws.store.get_set(1, CURATED)
    return [] if doc is None else [(TEXT[s.start:s.end], s.label) for s in doc.spans
                                   if s.status == SpanStatus.ACCEPTED]



def settle(qtbot, window, row: int, key) -> None:
    panel = window.panels.curation
    panel.select_rows([row])
    qtbot.keyClick(panel.table, key)


def test_the_curator_settles_each_disagreement_from_the_keyboard(qtbot, curator):
    window, panel = curator, curator.panels.curation
    assert not window.panels.curation_dock.isVisible() and window.ws.store.set_name == "carol"
    qtbot.keyClick(window.panels.view, Qt.Key.Key_C,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3)
    assert window.ws.store.set_name == CURATED and window.panels.curation_dock.isVisible()
    assert "carol curating" in window.windowTitle() and window.menu_actions.curate.isChecked()
    model = panel.model
    assert model.names == ["alice", "bob"]
    rows = [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(3)]
    assert rows == [["Budi Santoso", "PERSON", "PERSON", "—", "agreed"],
                    ["Jakarta", "LOC", "ORG", "—", "LOC / ORG"],
                    ["Senin", "—", "DATE", "—", "only bob"]]
    assert "3 places, 2 disagreements · 3 not settled" in panel.heading.text()

    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Equal)  # every agreed span at once
    qtbot.waitUntil(lambda: curated(window) == [("Budi Santoso", "PERSON")])
    qtbot.waitUntil(lambda: model.data(model.index(0, 3)) == "= all")
    settle(qtbot, window, 1, Qt.Key.Key_2)  # take bob's label
    assert curated(window) == [("Budi Santoso", "PERSON"), ("Jakarta", "ORG")]
    settle(qtbot, window, 1, Qt.Key.Key_1)  # no, alice's: it replaces bob's
    assert curated(window) == [("Budi Santoso", "PERSON"), ("Jakarta", "LOC")]
    qtbot.waitUntil(lambda: model.data(model.index(1, 3)) == "= alice")
    settle(qtbot, window, 2, Qt.Key.Key_Plus)  # take both: only bob has something there
    assert ("Senin", "DATE") in curated(window)
    settle(qtbot, window, 2, Qt.Key.Key_Delete)  # reject
    assert ("Senin", "DATE") not in curated(window)
    qtbot.waitUntil(lambda: "0 not settled" in panel.heading.text() or "1 not settled" in panel.heading.text())
    assert window.ws.undo.count() == 5  # each choice is one undo step
    window.flow.undo()
    assert ("Senin", "DATE") in curated(window)
    window.flow.undo()
    window.flow.undo()
    assert curated(window) == [("Budi Santoso", "PERSON"), ("Jakarta", "ORG")]
    window.flow.undo()
    window.flow.undo()
    assert curated(window) == []
    # Ctrl+Enter: the curated set is done, and no other document is left to curate
    messages: list[str] = []
    window.ws.message.connect(messages.append)
    window.panels.view.setFocus()
    qtbot.keyClick(window.panels.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.ws.store.get_set(1, CURATED).status == DocStatus.DONE
    assert "No document is left to curate" in messages
    # the annotators' own sets never changed
    assert [s.label for s in window.ws.store.get_set(1, "alice").spans] == ["PERSON", "LOC"]


def test_take_both_on_overlapping_versions_is_refused_and_enter_shows_the_place(qtbot, curator):
    window, panel = curator, curator.panels.curation
    window.menu_actions.curate.setChecked(True)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3)
    warnings: list[str] = []
    window.ws.warning.connect(warnings.append)
    settle(qtbot, window, 1, Qt.Key.Key_Plus)
    assert warnings and "Cannot take both" in warnings[0] and curated(window) == []
    settle(qtbot, window, 2, Qt.Key.Key_Return)
    assert window.panels.view.selection_cp() == (TEXT.index("Senin"), TEXT.index("Senin") + 5)
    # a label key in the text then puts the curator's own label there
    window.editor.apply_label("MISC")
    assert ("Senin", "MISC") in curated(window)
    qtbot.waitUntil(lambda: panel.model.data(panel.model.index(2, 3)) == "edited")
    # working on one's own set again; a document nobody annotated says so
    window.menu_actions.curate.setChecked(False)
    assert window.ws.store.set_name == "carol" and not window.menu_actions.curate.isChecked()
    qtbot.waitUntil(lambda: "carol's set" in panel.heading.text())
    window.menu_actions.curate.setChecked(True)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3)
    # an annotator's set replaced as a whole (a merge of their copy): the comparison follows
    (bob,) = [c for c in window.ws.store.sets_of(1) if c.name == "bob"]
    bob.spans = [s for s in bob.spans if s.label != "DATE"]
    window.ws.store.put_set(1, bob)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    window.flow.open(2)
    qtbot.waitUntil(lambda: "Nobody has annotated" in panel.heading.text())
    # another project opens on one's own set, and the window says so
    window.ws.set_store(open_project(window.ws.store.path + "-2", annotator="carol"))
    assert not window.menu_actions.curate.isChecked() and "carol curating" not in window.windowTitle()
