"""A 2 MB article with 50,000 spans opens, scrolls, paints and takes edits.

On PySide6 6.12 with Python 3.11 a highlighter calling ``setFormat`` this
often aborts the interpreter; the view paints spans itself, and this test
is what proves it survives."""

import re
import sys

from PySide6.QtCore import Qt

from annotator.core.model import Document, Span, SpanStatus

from ui_helpers import SAMPLES, caret_to

N_SPANS = 50_000


def big_document() -> Document:
    base = SAMPLES.read_text(encoding="utf-8").split('"text":"', 1)[1].split('","meta"', 1)[0]
    base = base.encode().decode("unicode_escape").encode("latin-1").decode("utf-8")
    parts, i = [], 0
    while sum(map(len, parts)) < 2_000_000:
        parts.append(base.replace("Jakarta", f"Jakarta {i} 😀"))
        i += 1
    text = "\n\n".join(parts)
    spans = []
    lines = [m for m in re.finditer(r"[^\n]+", text)]
    for m in lines[: N_SPANS // 10]:
        spans.append(Span(start=m.start(), end=m.end(), label="BOILERPLATE", layer="segments",
                          source="detector:segments", status=SpanStatus.SUGGESTED))
    words = re.finditer(r"\w+", text)
    labels = ("PERSON", "ORG", "LOC", "DATE", "MISC")
    for k, m in enumerate(words):
        if len(spans) >= N_SPANS:
            break
        if k % 5 == 0:
            status = SpanStatus.SUGGESTED if k % 2 else SpanStatus.ACCEPTED
            spans.append(Span(start=m.start(), end=m.end(), label=labels[k % 25 // 5], layer="entities",
                              source="detector:entities", status=status))
        elif k % 5 == 2:
            spans.append(Span(start=m.start(), end=m.end(), label="QUOTE", layer="quotes"))
    return Document(text=text, meta={"source": "big.txt"}, spans=spans)


def test_fifty_thousand_spans_open_scroll_paint_and_edit(qtbot, make_window):
    big = big_document()
    assert len(big.text) >= 2_000_000 and len(big.spans) == N_SPANS
    window = make_window([big])
    view = window.panels.view
    assert len(window.ws.session.index) == N_SPANS and sys.version_info[:2] >= (3, 11)
    bar = view.verticalScrollBar()
    for step in range(40):  # jump across the whole document, painting every stop
        bar.setValue(bar.maximum() * step // 39)
        view.viewport().repaint()
        view.margin.repaint()
    for _ in range(30):
        qtbot.keyClick(view, Qt.Key.Key_Tab)  # step spans: reveal, select, repaint
    bar.setValue(0)
    view.viewport().repaint()
    target = big.text.index("PLATFORM")
    caret_to(qtbot, view, target + 2)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.keyClick(view, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)  # selects the word at the caret
    qtbot.keyClick(view, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)  # and labels it, if free
    store, pk = window.ws.store, window.ws.session.pk
    assert store.summary(pk).n_spans == N_SPANS + 1  # the word at the caret was free: PLATFORM is not labelled
    window.flow.accept_document()  # every suggestion accepted in one step; the view follows
    assert store.summary(pk).n_suggested == 0 and window.ws.session.index.n_suggested == 0
    view.viewport().repaint()
