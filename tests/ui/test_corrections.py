"""Reported problems of the window under real work, each pinned: the
boilerplate key on one line of a detected block, the span list's selection
after an edit, and a label key pressed with nothing selected."""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.core.model import Span, SpanStatus

from ui_helpers import caret_to, click, doc, spans_of

K = Qt.Key
BLOCK = "Baca juga: Harga beras naik\nBaca juga: Promo hari ini\nANTARA\n"
TEXT = "Judul berita\n" + BLOCK + '"Kami siap," kata Gati di Jakarta.'


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(window.panels.view, key, modifier)


def block_suggestion() -> Span:
    start = TEXT.index(BLOCK)
    return Span(start=start, end=start + len(BLOCK) - 1, label="BOILERPLATE", layer="segments",
                source="detector:segments", status=SpanStatus.SUGGESTED)


def test_b_on_one_line_of_a_detected_block_unmarks_that_line_only(qtbot, make_window):
    window = make_window([doc(TEXT, spans=[block_suggestion()])])
    caret_to(qtbot, window.panels.view, 0)
    press(qtbot, window, K.Key_Down)
    press(qtbot, window, K.Key_Down)  # the caret on "Baca juga: Promo hari ini", no span selected
    assert window.ws.session.current is None
    assert "b unmarks this line" in window.panels.status.keys.text()
    press(qtbot, window, K.Key_B)
    spans, document = spans_of(window)
    assert sorted(document.text[s.start:s.end] for s in spans) == ["ANTARA", "Baca juga: Harga beras naik"]
    assert {s.label for s in spans} == {"BOILERPLATE"}
    assert "b marks this line" in window.panels.status.keys.text()
    window.flow.undo()  # one step puts the block back whole
    spans, document = spans_of(window)
    assert [document.text[s.start:s.end] for s in spans] == [BLOCK[:-1]]


def test_the_span_list_keeps_the_edited_span_selected(qtbot, make_window):
    words = ["Kami", "Gati", "Jakarta"]
    spans = [Span(start=TEXT.index(w), end=TEXT.index(w) + len(w), label="MISC", layer="entities") for w in words]
    quote = Span(start=TEXT.index("Kami"), end=TEXT.index(',"'), label="QUOTE", layer="quotes")
    window = make_window([doc(TEXT, spans=[*spans, quote])])
    view, table = window.panels.view, window.panels.spans.table

    def selected_text() -> str:
        rows = table.selectionModel().selectedRows()
        assert len(rows) == 1
        span = window.ws.session.index.ordered[rows[0].row()]
        assert span.id == window.ws.session.current
        return TEXT[span.start:span.end]

    click(qtbot, view, TEXT.index("Gati") + 1)
    assert selected_text() == "Gati"
    press(qtbot, window, K.Key_1)  # relabel
    assert selected_text() == "Gati"
    press(qtbot, window, K.Key_Right, Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    assert selected_text() == "Gati di"  # the end moved one token
    click(qtbot, view, TEXT.index("siap"))
    assert window.ws.session.current_span.label == "QUOTE"
    press(qtbot, window, K.Key_S)
    click(qtbot, view, TEXT.index("Gati") + 1)  # link the speaker
    assert selected_text() == TEXT[quote.start:quote.end]


def test_a_label_key_without_a_selection_first_shows_the_word_it_would_label(qtbot, make_window):
    window = make_window([doc(TEXT)])
    view = window.panels.view
    caret_to(qtbot, view, TEXT.index("Gati") + 2)  # a stray click
    press(qtbot, window, K.Key_1)
    assert spans_of(window)[0] == []  # nothing labelled yet: the word is selected and the status bar says why
    assert view.textCursor().selectedText() == "Gati"
    assert "again" in window.panels.status.keys.text()
    press(qtbot, window, K.Key_1)  # the deliberate second press labels it
    spans, document = spans_of(window)
    assert [(document.text[s.start:s.end], s.label) for s in spans] == [("Gati", "PERSON")]
