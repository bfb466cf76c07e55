"""Documents removed from the open project (the store's DocumentsRemoved): the list forgets them, the editor
leaves a removed document for the next one (or shows nothing), and undo steps on them leave the history."""

from __future__ import annotations

from ui_helpers import doc

TEXTS = ["Satu: Gati ke Jakarta.", "Dua: Budi ke Medan.", "Tiga: Rina ke Bandung."]


def listed(window) -> list[int]:
    model = window.panels.corpus.model
    return [model.pk_at(row) for row in range(model.rowCount())]


def test_the_window_follows_documents_removed_from_its_project(qtbot, make_window):
    window = make_window([doc(t) for t in TEXTS])
    ws, view = window.ws, window.panels.view
    qtbot.waitUntil(lambda: listed(window) == [1, 2, 3])
    window.flow.open(2)
    window.flow.skip()  # an undo step on document 2
    assert ws.undo.count() == 1
    window.flow.open(2)
    assert view.toPlainText() == TEXTS[1]
    said: list[str] = []
    ws.message.connect(said.append)

    ws.store.remove_documents([2])
    assert ws.session.pk == 1 and view.toPlainText() == TEXTS[0]  # the next document in its place
    assert ws.undo.count() == 0  # undoing the skip of a document that is gone could only fail
    qtbot.waitUntil(lambda: listed(window) == [1, 3])
    assert "The document on show was removed from the project" in said

    ws.store.remove_documents([1, 3])
    assert ws.session.pk is None and view.toPlainText() == ""
    qtbot.waitUntil(lambda: listed(window) == [])
