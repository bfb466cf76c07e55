"""The window opens a shared project on PostgreSQL from File ▸ Open shared project, and remembers its URL
(never a password) among the recent projects."""

from annotator.store.postgres import PostgresProject

from ui_helpers import doc


def test_open_a_shared_project_by_url_and_find_it_in_recent(qtbot, make_window, pg_url, monkeypatch):
    window = make_window([doc("Kata Gati di Jakarta.")])
    first = window.ws.store.path
    scheme, rest = pg_url.split("://", 1)
    typed = f"{scheme}://{rest.replace('@', ':s3cret@', 1)}"
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText", lambda *a, **k: (typed, True))
    window.menu_actions.open_shared.trigger()
    assert isinstance(window.ws.store, PostgresProject) and window.ws.store.path == pg_url
    recent = [a.toolTip() for a in window.menu_actions.recent.actions()]
    assert recent[:2] == [pg_url, first] and not any("s3cret" in r for r in window.prefs.recent())
    window.menu_actions.recent.actions()[1].trigger()  # back to the file, then to the server from the list
    assert window.ws.store.path == first
    window.menu_actions.recent.actions()[1].trigger()
    assert window.ws.store.path == pg_url and window.ws.is_open


def test_a_window_on_a_shared_project_follows_others_edits(qtbot, pg_url):
    from annotator.core.model import Document, DocStatus, Span
    from annotator.store import open_project
    from annotator.ui.state.prefs import Prefs
    from annotator.ui.state.workspace import Workspace
    from annotator.ui.window import MainWindow

    text = "Kata Gati di Jakarta."
    with open_project(pg_url, annotator="manager") as manager:
        (pk,) = manager.add_documents([Document(text=text)]).added
    window = MainWindow(Workspace(open_project(pg_url, annotator="alice")), Prefs())
    qtbot.addWidget(window)
    window.show()
    try:
        window.flow.open(pk)
        assert window.ws.session.doc is not None and window.ws.session.doc.spans == []
        # alice, in another window (another machine), labels the document and finishes it
        with open_project(pg_url, annotator="alice") as elsewhere:
            elsewhere.add_span(pk, Span(start=5, end=9, label="PERSON", layer="entities"))
            elsewhere.set_status(pk, DocStatus.DONE)
        qtbot.waitUntil(lambda: [s.label for s in window.ws.session.index.by_id.values()] == ["PERSON"])
        qtbot.waitUntil(lambda: window.panels.corpus.model.rowCount() == 1
                        and window.ws.store.progress()["done"] == 1)
        # bob's work on the same document is his own set: alice's view stays as it is
        with open_project(pg_url, annotator="bob") as bob:
            bob.add_span(pk, Span(start=13, end=20, label="LOC", layer="entities"))
        qtbot.wait(1500)
        assert [s.label for s in window.ws.session.index.by_id.values()] == ["PERSON"]
    finally:
        window.ws.close()
