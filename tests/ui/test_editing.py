"""Editing by keyboard and mouse, end to end: every assertion reads the store."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from annotator.core.model import Span, SpanStatus

from ui_helpers import caret_to, click, doc, select_by_keys, spans_of

TEXT = '"Kami siap bekerja," kata Gati Wibawaningsih di Jakarta.\nBaca juga: Promo hari ini\nSelesai.'
K = Qt.Key


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(window.panels.view, key, modifier)


def test_selection_and_hotkey_make_a_token_snapped_span(qtbot, make_window):
    window = make_window([doc(TEXT)])
    view = window.panels.view
    start = TEXT.index("Gati") + 1
    select_by_keys(qtbot, view, start, 6)  # "ati Wi": inside two tokens
    press(qtbot, window, K.Key_1)
    spans, document = spans_of(window)
    assert [(document.text[s.start:s.end], s.label, s.source, s.status) for s in spans] == [
        ("Gati Wibawaningsih", "PERSON", "user", SpanStatus.ACCEPTED)]
    assert window.ws.session.current == spans[0].id  # the new span is selected for the next key


def test_alt_keeps_the_exact_characters(qtbot, make_window):
    window = make_window([doc(TEXT)])
    start = TEXT.index("Wibawaningsih")
    select_by_keys(qtbot, window.panels.view, start, 4)
    press(qtbot, window, K.Key_1, Qt.KeyboardModifier.AltModifier)
    spans, document = spans_of(window)
    assert [document.text[s.start:s.end] for s in spans] == ["Wiba"]


def test_relabel_delete_undo_redo(qtbot, make_window):
    window = make_window([doc(TEXT)])
    view = window.panels.view
    select_by_keys(qtbot, view, TEXT.index("Jakarta"), 7)
    press(qtbot, window, K.Key_3)
    assert [s.label for s in spans_of(window)[0]] == ["LOC"]
    press(qtbot, window, K.Key_Escape)
    caret_to(qtbot, view, 0)
    press(qtbot, window, K.Key_Tab)  # step to the span
    press(qtbot, window, K.Key_2)  # relabel
    assert [s.label for s in spans_of(window)[0]] == ["ORG"]
    press(qtbot, window, K.Key_Delete)
    assert spans_of(window)[0] == []
    undo, redo = QKeySequence(QKeySequence.StandardKey.Undo)[0], QKeySequence(QKeySequence.StandardKey.Redo)[0]
    qtbot.keyClick(view, undo.key(), undo.keyboardModifiers())
    assert [s.label for s in spans_of(window)[0]] == ["ORG"]
    qtbot.keyClick(view, undo.key(), undo.keyboardModifiers())
    assert [s.label for s in spans_of(window)[0]] == ["LOC"]
    qtbot.keyClick(view, undo.key(), undo.keyboardModifiers())
    assert spans_of(window)[0] == []
    for expected in (["LOC"], ["ORG"], []):
        qtbot.keyClick(view, redo.key(), redo.keyboardModifiers())
        assert [s.label for s in spans_of(window)[0]] == expected


def test_a_new_span_replaces_what_it_overlaps_in_one_undo_step(qtbot, make_window):
    person = Span(start=TEXT.index("Gati"), end=TEXT.index("Gati") + 4, label="PERSON", layer="entities")
    window = make_window([doc(TEXT, spans=[person])])
    select_by_keys(qtbot, window.panels.view, TEXT.index("Gati"), len("Gati Wibawaningsih"))
    press(qtbot, window, K.Key_1)
    spans, document = spans_of(window)
    assert [document.text[s.start:s.end] for s in spans] == ["Gati Wibawaningsih"]
    window.flow.undo()
    assert [document.text[s.start:s.end] for s in spans_of(window)[0]] == ["Gati"]


def test_keyboard_moves_span_edges_by_token(qtbot, make_window):
    gati = TEXT.index("Gati")
    window = make_window([doc(TEXT, spans=[Span(start=gati, end=gati + 4, label="PERSON", layer="entities")])])
    view = window.panels.view
    caret_to(qtbot, view, 0)
    press(qtbot, window, K.Key_Tab)
    press(qtbot, window, K.Key_Right, Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    spans, document = spans_of(window)
    assert [document.text[s.start:s.end] for s in spans] == ["Gati Wibawaningsih"]
    press(qtbot, window, K.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert [document.text[s.start:s.end] for s in spans_of(window)[0]] == ["kata Gati Wibawaningsih"]


def test_enter_accepts_and_backspace_rejects_suggestions(qtbot, make_window):
    sugg = dict(layer="entities", source="detector:entities", status=SpanStatus.SUGGESTED)
    gati, jakarta = TEXT.index("Gati"), TEXT.index("Jakarta")
    window = make_window([doc(TEXT, spans=[Span(start=gati, end=gati + 4, label="PERSON", **sugg),
                                           Span(start=jakarta, end=jakarta + 7, label="LOC", **sugg)])])
    caret_to(qtbot, window.panels.view, 0)
    press(qtbot, window, K.Key_Return)  # selects the first suggestion
    press(qtbot, window, K.Key_Return)  # accepts it and moves on to the next
    press(qtbot, window, K.Key_Backspace)  # rejects that one
    spans, document = spans_of(window)
    assert [(document.text[s.start:s.end], s.status) for s in spans] == [("Gati", SpanStatus.ACCEPTED)]


LINK_TEXT = '"Kami siap," kata Gati kepada Mira di Jakarta.'


def _speakers(window):
    document = window.ws.store.get_document(window.ws.session.pk)
    quote = next(s for s in document.spans if s.label == "QUOTE")
    children = [(r.label, r.head, document.span_by_id(r.child)) for r in document.relations]
    return quote, [(label, head == quote.id, document.text[c.start:c.end]) for label, head, c in children]


def test_link_a_quote_to_its_speaker_by_key_and_by_click(qtbot, make_window):
    t = LINK_TEXT
    spans = [Span(start=1, end=t.index(',"'), label="QUOTE", layer="quotes")] + [
        Span(start=t.index(w), end=t.index(w) + len(w), label=label, layer="entities")
        for w, label in (("Gati", "PERSON"), ("Mira", "PERSON"), ("Jakarta", "LOC"))]
    window = make_window([doc(t, spans=spans)])
    view = window.panels.view
    click(qtbot, view, 3)  # select the quote
    assert window.ws.session.current_span.label == "QUOTE"
    press(qtbot, window, K.Key_S)
    press(qtbot, window, K.Key_Return)  # the nearest mention after the quote is proposed
    quote, links = _speakers(window)
    assert links == [("SPEAKER", True, "Gati")] and quote.attrs["speaker"] == "Gati"
    press(qtbot, window, K.Key_S)  # relink by clicking another mention: a quote has one speaker
    click(qtbot, view, t.index("Mira") + 1)
    quote, links = _speakers(window)
    assert links == [("SPEAKER", True, "Mira")] and quote.attrs["speaker"] == "Mira"
    press(qtbot, window, K.Key_S)  # a place cannot speak: refused, nothing changes
    click(qtbot, view, t.index("Jakarta") + 1)
    assert _speakers(window)[1] == [("SPEAKER", True, "Mira")]
    press(qtbot, window, K.Key_Escape)
    window.flow.undo()  # the relink is one step
    quote, links = _speakers(window)
    assert links == [("SPEAKER", True, "Gati")] and quote.attrs["speaker"] == "Gati"


def test_speaker_name_is_editable(qtbot, make_window):
    window = make_window([doc(TEXT, spans=[Span(start=1, end=TEXT.index(',"'), label="QUOTE", layer="quotes")])])
    view = window.panels.view
    click(qtbot, view, 3)
    press(qtbot, window, K.Key_F2)
    field = window.panels.spans.speaker
    assert field.hasFocus()
    qtbot.keyClicks(field, "Gati Wibawaningsih")
    qtbot.keyClick(field, K.Key_Return)
    quote = spans_of(window, "QUOTE")[0][0]
    assert quote.attrs == {"speaker": "Gati Wibawaningsih"}
    assert view.hasFocus()


def test_boilerplate_key_toggles_the_line(qtbot, make_window):
    window = make_window([doc(TEXT)])
    line = "Baca juga: Promo hari ini"
    caret_to(qtbot, window.panels.view, TEXT.index("juga"))
    press(qtbot, window, K.Key_B)
    spans, document = spans_of(window)
    assert [(document.text[s.start:s.end], s.label, s.layer) for s in spans] == [(line, "BOILERPLATE", "segments")]
    press(qtbot, window, K.Key_B)
    assert spans_of(window)[0] == []
    press(qtbot, window, K.Key_B)
    press(qtbot, window, K.Key_T)  # another role replaces it
    assert [s.label for s in spans_of(window)[0]] == ["TITLE"]


def test_accept_all_suggestions_is_one_undo_step(qtbot, make_window):
    sugg = dict(layer="entities", source="detector:entities", status=SpanStatus.SUGGESTED)
    window = make_window([doc(TEXT, spans=[Span(start=26, end=30, label="PERSON", **sugg),
                                           Span(start=48, end=55, label="LOC", **sugg)])])
    qtbot.keyClick(window.panels.view, K.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert {s.status for s in spans_of(window)[0]} == {SpanStatus.ACCEPTED}
    window.flow.undo()
    assert {s.status for s in spans_of(window)[0]} == {SpanStatus.SUGGESTED}
