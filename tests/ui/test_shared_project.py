"""The window opens a shared project on PostgreSQL from File ▸ Open shared project, and remembers its URL
(never a password) among the recent projects."""

from annotator.store.postgres import PostgresProject

from ui_helpers import doc


def test_open_a_shared_project_by_url_and_find_it_in_recent(qtbot, make_window, pg_url, monkeypatch):
    window = make_window([doc("Kata Gati di Jakarta.")])
    first = window.ws.store.path
    scheme, rest = pg_url.split("://", 1)
    typed = f"{scheme}://{rest.replace('@', ':s3cret@', 1)}"
    monkeypatch.setattr("annotator.ui.controllers.projects.QInputDialog.getText", lambda *a, **k: (typed, True))
    window.menu_actions.open_shared.trigger()
    assert isinstance(window.ws.store, PostgresProject) and window.ws.store.path == pg_url
    recent = [a.toolTip() for a in window.menu_actions.recent.actions()]
    assert recent[:2] == [pg_url, first] and not any("s3cret" in r for r in window.prefs.recent())
    window.menu_actions.recent.actions()[1].trigger()  # back to the file, then to the server from the list
    assert window.ws.store.path == first
    window.menu_actions.recent.actions()[1].trigger()
    assert window.ws.store.path == pg_url and window.ws.is_open
