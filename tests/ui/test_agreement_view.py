"""The agreement view: computed in the background (the window stays free), the same figures as
``annotator agreement``, the most contested document first, and Enter opens it for curation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from annotator.core.model import DocStatus, Document, Span
from annotator.store import CURATED, open_project
from annotator.tasks.agreement import agreement
from annotator.ui.state.prefs import Prefs
from annotator.ui.state.workspace import Workspace
from annotator.ui.widgets.agreement import fmt
from annotator.ui.window import MainWindow

TEXTS = ["Menteri Budi Santoso berkata di Jakarta pada hari Senin.",
         "Gubernur Ridwan Hakim meresmikan jembatan di Bandung.",
         "Bank Indonesia menahan suku bunga di Jakarta."]
WORK = {  # the same three documents, two annotators; they disagree most on the second
    "alice": [[("Budi Santoso", "PERSON"), ("Jakarta", "LOC")], [("Ridwan Hakim", "PERSON"), ("Bandung", "LOC")],
              [("Bank Indonesia", "ORG"), ("Jakarta", "LOC")]],
    "bob": [[("Budi Santoso", "PERSON"), ("Jakarta", "ORG")], [("Ridwan", "PERSON"), ("Bandung", "ORG")],
            [("Bank Indonesia", "ORG"), ("Jakarta", "LOC")]],
}


@pytest.fixture
def manager(qtbot, tmp_path):
    path = tmp_path / "team.annotator"
    with open_project(path, annotator="manager") as p:
        p.add_documents([Document(text=t, id=f"d{i + 1}") for i, t in enumerate(TEXTS)])
    for name, docs in WORK.items():
        with open_project(path, annotator=name) as p:
            for pk, (text, marks) in enumerate(zip(TEXTS, docs), 1):
                for word, label in marks:
                    start = text.index(word)
                    p.add_span(pk, Span(start=start, end=start + len(word), label=label, layer="entities"))
                p.set_status(pk, DocStatus.DONE)
    window = MainWindow(Workspace(open_project(path, annotator="carol")), Prefs())
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield window
    window.ws.close()


def test_the_agreement_view_shows_the_tasks_figures_and_opens_a_contested_document(qtbot, manager):
    window, panel = manager, manager.panels.agreement
    qtbot.keyClick(window.panels.view, Qt.Key.Key_G,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.panels.agreement_dock.isVisible()
    qtbot.waitUntil(lambda: panel.report is not None)  # computed by a job, off the GUI thread
    expected = agreement(window.ws.store).layers["entities"]
    pairs = [[panel.pairs.data(panel.pairs.index(r, c)) for c in range(5)] for r in range(panel.pairs.rowCount())]
    pair = expected.pairs[("alice", "bob")]
    assert pairs[0] == ["alice / bob", fmt(pair.spans.f1_exact), fmt(pair.spans.f1_overlap), fmt(pair.kappa),
                        f"{pair.tokens:,}"]
    assert pairs[1][0].startswith("all pairs") and pairs[1][3] == fmt(expected.fleiss)
    assert f"Krippendorff's α {fmt(expected.alpha)}" in panel.overall.text()
    documents = [panel.documents.data(panel.documents.index(r, 0)) for r in range(panel.documents.rowCount())]
    assert documents[0] == "d2" and set(documents) == {"d1", "d2", "d3"}  # the most contested first
    labels = [panel.labels.data(panel.labels.index(r, 0)) for r in range(panel.labels.rowCount())]
    scores = [expected.labels[label].f1_exact for label in labels]
    assert set(labels) == {"PERSON", "LOC", "ORG"} and scores == sorted(scores)  # the most contested first

    table = panel.document_table
    table.setFocus()
    table.setCurrentIndex(panel.documents.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.ws.session.pk == 2 and window.ws.store.set_name == CURATED
    assert window.panels.curation_dock.isVisible()
    curation = window.panels.curation.model
    qtbot.waitUntil(lambda: curation.rowCount() == 2)
    assert [curation.data(curation.index(r, 4)) for r in range(2)] == ["edges differ", "LOC / ORG"]
