"""A document of one very long line opens (issue 18, item 5).

Qt lays out one text block in time quadratic in its length (a 1,000,000-character line took 46 s; 5 MB
never opened).  The view shows such a line as blocks of at most ``LONG_LINE`` characters, and every offset,
selection, span and copy stays the document's own."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.core.model import Document, Span
from annotator.core.offsets import LONG_LINE

from ui_helpers import doc


def blocks(view) -> list[int]:
    out, block = [], view.document().begin()
    while block.isValid():
        out.append(len(block.text()))  # code points (Qt's length counts UTF-16 units)
        block = block.next()
    return out


def test_a_million_character_line_is_shown_in_short_blocks_with_the_same_offsets(qtbot, make_window):
    words = [f"kata{i % 97}😀" if i % 10 == 0 else f"kata{i % 97}" for i in range(150_000)]
    text = "Judul\n" + " ".join(words) + "\nakhir"
    assert len(text) > 1_000_000
    start = text.index("kata3 ", 700_000)
    span = Span(start=start, end=start + 5, label="PERSON", layer="entities")
    window = make_window([doc("pendek"), Document(text=text, meta={"source": "long.txt"}, spans=[span])])
    window.flow.open(window.ws.store.list_documents()[1].pk)
    view, session = window.panels.view, window.ws.session
    qtbot.waitUntil(lambda: session.text == text, timeout=60_000)
    lengths = blocks(view)
    assert max(lengths) <= LONG_LINE and len(lengths) > 1_000_000 // LONG_LINE
    view.select_cp(start, start + 5)
    assert view.selection_cp() == (start, start + 5)
    assert view.textCursor().selectedText() == "kata3"
    view.select_cp(start - 9000, start + 9000)  # across display breaks
    assert view.selection_cp() == (start - 9000, start + 9000)
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == text[start - 9000:start + 9000]
    view.select_cp(start, start + 5)
    view.centerCursor()
    view.viewport().repaint()
    assert view.geometry_now().rects(span)  # the span is painted where its text is
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.caret_cp() <= len(text)
