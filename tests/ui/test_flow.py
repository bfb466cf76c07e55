"""Opening files and moving through the corpus, Prodigy style."""

import orjson
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

from annotator.core.model import DocStatus, SpanStatus
from annotator.ui.dialogs.export import ExportDialog

from ui_helpers import SAMPLES, doc

CTRL = Qt.KeyboardModifier.ControlModifier


def open_samples(qtbot, window, monkeypatch):
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileNames", lambda *a, **k: ([str(SAMPLES)], ""))
    window.menu_actions.open_files.trigger()
    qtbot.waitUntil(lambda: window.panels.corpus.model.rowCount() == 3 and window.ws.session.doc is not None,
                    timeout=10000)


def test_open_the_sample_articles_from_the_file_menu(qtbot, make_window, monkeypatch):
    window = make_window()
    open_samples(qtbot, window, monkeypatch)
    session = window.ws.session
    assert session.doc.id == "mi-ikm"
    assert window.panels.view.toPlainText() == session.text
    assert window.panels.spans.model.rowCount() == len(session.index) == 48
    assert window.panels.corpus.progress.text() == "0 of 3 done"
    titles = [window.panels.corpus.model.index(r, 1).data() for r in range(3)]
    assert titles[0] == "IKM Butuh Dukungan Jaringan Internet"
    assert window.panels.corpus.table.currentIndex().row() == 0


def test_files_dropped_on_the_window_are_imported(qtbot, make_window, tmp_path):
    path = tmp_path / "dropped.txt"
    path.write_text("Berita yang dijatuhkan ke jendela.")
    window = make_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.ws.session.doc is not None, timeout=10000)
    assert window.ws.session.text == "Berita yang dijatuhkan ke jendela."


def test_accept_document_then_next_unfinished(qtbot, make_window, monkeypatch):
    window = make_window()
    open_samples(qtbot, window, monkeypatch)
    store, view = window.ws.store, window.panels.view
    first = window.ws.session.pk
    suggested = window.ws.session.index.n_suggested
    assert suggested == 45
    qtbot.keyClick(view, Qt.Key.Key_Return, CTRL)  # accept: done, suggestions accepted, next unfinished
    accepted = store.get_document(first)
    assert accepted.status == DocStatus.DONE
    assert {s.status for s in accepted.spans} == {SpanStatus.ACCEPTED}
    assert window.ws.session.pk != first and window.ws.session.doc.status == DocStatus.TODO
    assert window.panels.corpus.progress.text() == "1 of 3 done"
    second = window.ws.session.pk
    qtbot.keyClick(view, Qt.Key.Key_Backspace, CTRL)  # skip
    assert store.summary(second).status == DocStatus.SKIPPED
    third = window.ws.session.pk
    assert third not in (first, second)
    qtbot.keyClick(view, Qt.Key.Key_U, CTRL)  # the only unfinished one is this one
    assert window.ws.session.pk == third
    qtbot.keyClick(view, Qt.Key.Key_PageUp, CTRL)  # previous
    assert window.ws.session.pk == second
    window.flow.undo()  # undoing the skip opens that document again
    window.flow.undo()  # undoing the accept opens the first one and restores it
    assert window.ws.session.pk == first
    assert store.summary(first).status == DocStatus.TODO
    assert sum(s.is_suggestion for s in store.get_document(first).spans) == suggested
    assert store.summary(second).status == DocStatus.TODO


def test_corpus_filters_and_progress(qtbot, make_window):
    docs = [doc(f"Dokumen nomor {i} tentang {'Jakarta' if i % 3 == 0 else 'Bandung'}.") for i in range(250)]
    window = make_window(docs)
    corpus = window.panels.corpus
    assert corpus.model.rowCount() == 250 and corpus.progress.text() == "0 of 250 done"
    window.flow.accept_document()
    assert corpus.progress.text() == "1 of 250 done"
    corpus.status.setCurrentIndex(corpus.status.findData(DocStatus.DONE))
    assert corpus.model.rowCount() == 1
    corpus.status.setCurrentIndex(0)
    qtbot.keyClicks(corpus.search, "Jakarta")
    qtbot.waitUntil(lambda: corpus.model.rowCount() == 84)
    assert all("Jakarta" in corpus.model.index(r, 1).data() for r in (0, 41, 83))
    corpus.table.setFocus()
    row = corpus.model.index(5, 1)
    qtbot.mouseClick(corpus.table.viewport(), Qt.MouseButton.LeftButton, pos=corpus.table.visualRect(row).center())
    assert window.ws.session.pk == corpus.model.pk_at(5)


def test_export_through_the_dialog(qtbot, make_window, monkeypatch, tmp_path):
    window = make_window()
    open_samples(qtbot, window, monkeypatch)
    window.flow.accept_document()
    out = tmp_path / "out.jsonl"
    monkeypatch.setattr("annotator.ui.dialogs.export.QFileDialog.getSaveFileName", lambda *a, **k: (str(out), ""))
    dialog = ExportDialog(window.ws.store, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.status.currentData() == DocStatus.DONE
    qtbot.mouseClick(dialog.browse, Qt.MouseButton.LeftButton)
    assert dialog.output.text() == str(out)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=10000)
    records = [orjson.loads(line) for line in out.read_bytes().splitlines()]
    assert [r["id"] for r in records] == ["mi-ikm"]
    assert records[0]["answer"] == "accept" and len(records[0]["spans"]) == 48
    assert dialog.outcome.text().startswith(f"1 document written to {out} (")
    assert dialog.progress.value() == 1


def test_text_search_lists_matches_page_by_page(qtbot, make_window):
    window = make_window([doc(f"Berita {i} dari Jakarta.") for i in range(450)] + [doc("Berita lain.")])
    corpus = window.panels.corpus
    qtbot.keyClicks(corpus.search, "Jakarta")
    qtbot.waitUntil(lambda: corpus.model.rowCount() == 200)  # one page, without counting every match
    corpus.table.scrollToBottom()  # the view asks for more at the end
    qtbot.waitUntil(lambda: corpus.model.rowCount() == 400)
    corpus.table.scrollToBottom()
    qtbot.waitUntil(lambda: corpus.model.rowCount() == 450)
    assert not corpus.model.canFetchMore()
    assert all("Jakarta" in corpus.model.index(r, 1).data() for r in (0, 199, 449))


def test_the_document_last_shown_is_reopened_next_time(qtbot, make_window, tmp_path):
    from annotator.core.events import SettingChanged
    from annotator.store import open_project
    from annotator.ui.state.prefs import Prefs
    from annotator.ui.window import MainWindow
    from annotator.ui.state.workspace import Workspace

    window = make_window([doc(f"Berita nomor {i}.") for i in range(4)])
    pks = [s.pk for s in window.ws.store.list_documents()]
    for _ in range(2):
        qtbot.keyClick(window.panels.view, Qt.Key.Key_PageDown, CTRL)
    assert window.ws.session.pk == pks[2]
    window.ws.close()  # at once: the write waiting for the next turn of the event loop is done on closing
    again = MainWindow(Workspace(open_project(tmp_path / "p.annotator")), Prefs())
    qtbot.addWidget(again)
    assert again.ws.session.pk == pks[2]
    written = []
    again.ws.store.events.connect(written.append)
    again.flow.remember_now()  # reopened where it was: nothing to write (a start commits nothing)
    again.flow.step(1)
    again.flow.remember_now()
    assert written == [SettingChanged(key="ui.last_document")]
    again.ws.close()


def test_the_export_dialog_refuses_the_open_project(qtbot, make_window):
    window = make_window([doc("Berita satu."), doc("Berita dua.")])
    dialog = ExportDialog(window.ws.store, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.output.setText(window.ws.store.path)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.job is None and "is the open project" in dialog.outcome.text()
    assert window.ws.store.count() == 2
    window.ws.store.set_status(window.ws.store.list_documents()[0].pk, DocStatus.DONE)  # still the real file


def test_the_window_offers_and_runs_detection_where_it_never_finished(qtbot, make_window):
    from annotator.core.labels import LAYERS

    window = make_window([doc(f"Presiden Joko Widodo berkata di Jakarta {i}.") for i in range(4)],
                         detect_on_import=True)
    store = window.ws.store
    messages: list[str] = []
    window.ws.message.connect(messages.append)
    window.projects.offer_detection()
    assert any("4 documents have not been through detection" in m for m in messages)
    window.menu_actions.detect_missing.trigger()
    qtbot.waitUntil(lambda: store.undetected(LAYERS) == [], timeout=120_000)
    window.menu_actions.detect_missing.trigger()
    assert messages[-1] == "Every document has been through detection"


def test_a_start_opens_the_last_document_else_the_first_unfinished_else_the_first(qtbot, tmp_path):
    from annotator.store import open_project
    from annotator.ui.state.prefs import Prefs
    from annotator.ui.window import MainWindow
    from annotator.ui.state.workspace import Workspace

    path = tmp_path / "p.annotator"
    with open_project(path) as store:
        store.add_documents([doc(f"Berita nomor {i}.") for i in range(3)])
        pks = [s.pk for s in store.list_documents()]
        store.set_status(pks[0], DocStatus.DONE)

    def started() -> int | None:
        window = MainWindow(Workspace(open_project(path)), Prefs())
        qtbot.addWidget(window)
        pk = window.ws.session.pk
        window.ws.close()
        return pk

    assert started() == pks[1]  # nothing remembered (the window remembers it now): the first unfinished
    with open_project(path) as store:
        store.set_setting("ui.last_document", str(pks[2]))
    assert started() == pks[2]
    with open_project(path) as store:
        store.set_setting("ui.last_document", "99999")  # a document since removed
        for pk in pks[1:]:
            store.set_status(pk, DocStatus.DONE)
    assert started() == pks[0]  # nothing unfinished: the first
