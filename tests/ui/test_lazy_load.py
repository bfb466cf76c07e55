"""A big document is painted before all its spans are read; the rest arrives
on later turns of the event loop, and nothing that needs every span (Tab,
edits, accept all, the span list) ever works on a partial set."""

import gc
import json
import re

import pytest
from PySide6.QtCore import Qt

from annotator.core.model import Span, SpanStatus
from annotator.ui.state.session import LARGE_CHARS

from ui_helpers import SAMPLES, doc

LABELS = ("PERSON", "ORG", "LOC")


def big_doc():
    base = json.loads(SAMPLES.read_text(encoding="utf-8").splitlines()[0])["text"]
    parts, i = [], 0
    while sum(map(len, parts)) < 4 * LARGE_CHARS:
        parts.append(base.replace("Gati", f"Gati{i}"))
        i += 1
    text = "\n\n".join(parts)
    spans = [Span(start=m.start(), end=m.end(), label=LABELS[k % 3], layer="entities", source="detector:entities",
                  status=SpanStatus.SUGGESTED if k % 2 else SpanStatus.ACCEPTED)
             for k, m in enumerate(re.finditer(r"\b[A-Z][a-z]+\b", text))]
    return doc(text, spans=spans)


@pytest.fixture
def opening(make_window):
    """``opening()``: a window showing a small document, then told to open the big one; no event
    has been processed since (pytest-qt processes events between a fixture and its test)."""

    def run():
        big = big_doc()
        window = make_window([doc("Dokumen kecil di Jakarta."), big])
        pks = [s.pk for s in window.ws.store.list_documents()]
        assert window.ws.session.pk == pks[0]
        window.flow.open(pks[1])
        return window, big

    return run


def stored(window):
    return window.ws.store.get_document(window.ws.session.pk).spans


def indexed(window):
    return list(window.ws.session.index.ordered)


def test_first_paint_comes_before_the_rest_of_the_spans(qtbot, opening):
    window, big = opening()
    session, view = window.ws.session, window.panels.view
    assert not session.ready
    head = session.head_chars
    assert 4_000 <= head < LARGE_CHARS
    assert {s.id for s in session.paint_index.ordered} == {s.id for s in big.spans if s.start < head}
    assert max(s.end for s in session.paint_index.ordered) > view.cursorForPosition(
        view.viewport().rect().bottomRight()).position()  # the first screen's spans are all there
    assert window.panels.spans.model.rowCount() == 0  # the span list waits for the whole set
    painted = []
    view.after_next_paint(lambda: painted.append(session.ready))
    qtbot.waitUntil(lambda: bool(painted))
    assert painted == [False]  # the first screen was painted before the rest was read
    qtbot.waitUntil(lambda: session.ready)
    assert indexed(window) == stored(window) == sorted(big.spans, key=lambda s: (s.start, s.end))
    assert window.panels.spans.model.rowCount() == len(big.spans)
    assert "indexing" not in window.panels.status.counts.text()


def test_an_edit_right_after_opening_sees_every_span(qtbot, opening):
    window, big = opening()
    session, view = window.ws.session, window.panels.view
    far = next(s for s in big.spans if s.start > 3 * LARGE_CHARS and s.label == "PERSON")
    view.select_cp(far.start, far.end)  # a word far past the first screen, already a PERSON
    qtbot.keyClick(view, Qt.Key.Key_3)  # label it LOC: the old span must be replaced, not overlapped
    assert session.ready
    spans = stored(window)
    assert [s.label for s in spans if s.start == far.start] == ["LOC"] and len(spans) == len(big.spans)
    assert indexed(window) == spans
    qtbot.waitUntil(lambda: not window.ws.session._loader.isActive())
    assert indexed(window) == spans  # no stretch read twice


def test_relabel_in_the_first_screen_right_after_opening(qtbot, opening):
    window, big = opening()
    session, view = window.ws.session, window.panels.view
    first = big.spans[0]
    session.set_current(first.id)
    qtbot.keyClick(view, Qt.Key.Key_2)
    assert [(s.id, s.label) for s in stored(window) if s.start == first.start] == [(first.id, "ORG")]
    assert indexed(window) == stored(window)


def test_tab_and_accept_all_right_after_opening_use_the_whole_document(qtbot, opening):
    window, big = opening()
    session, view = window.ws.session, window.panels.view
    view.select_cp(len(big.text) - 1, len(big.text) - 1)
    for _ in range(2):  # from the end backwards: spans no partial index has
        qtbot.keyClick(view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert session.current_span == sorted(big.spans, key=lambda s: (s.start, s.end))[-2]
    window.editor.accept_all()
    assert window.ws.store.summary(session.pk).n_suggested == 0 and session.index.n_suggested == 0


def test_a_store_change_while_loading_is_read_again_not_patched(qtbot, opening):
    window, big = opening()
    session, store = window.ws.session, window.ws.store
    first = big.spans[0]
    store.update_span(session.pk, first.id, label="MISC")  # not through the window: e.g. a script
    assert session.ready
    assert indexed(window) == stored(window)
    assert session.paint_index.by_id[first.id].label == "MISC"


def test_switching_documents_while_loading_drops_the_old_one(qtbot, opening):
    window, _ = opening()
    session = window.ws.session
    small = window.ws.store.list_documents()[0].pk
    window.flow.open(small)
    qtbot.wait(50)
    assert session.pk == small and session.ready
    assert [window.ws.store.get_document(small).text[s.start:s.end] for s in indexed(window)] == []


def test_reloading_the_same_document_keeps_the_selected_span(qtbot, opening):
    window, big = opening()
    session = window.ws.session
    qtbot.waitUntil(lambda: session.ready)
    far = big.spans[-1]
    session.set_current(far.id)
    session.reload()  # e.g. detection finished on this document
    assert session.current == far.id and not session.ready
    qtbot.waitUntil(lambda: session.ready)
    assert session.current == far.id


def test_the_garbage_collector_is_paused_only_while_spans_load(qtbot, opening):
    window, _ = opening()
    session = window.ws.session
    assert not gc.isenabled()  # a full collection mid-load would stall the window for nothing
    qtbot.waitUntil(lambda: session.ready)
    assert gc.isenabled() and gc.get_freeze_count() > 0  # the loaded spans are out of the collector's sight
    window.flow.open(window.ws.store.list_documents()[0].pk)
    assert gc.isenabled() and gc.get_freeze_count() == 0
    window.flow.open(window.ws.store.list_documents()[1].pk)
    window.ws.close()  # closing mid-load leaves the collector as it was
    assert gc.isenabled() and gc.get_freeze_count() == 0
