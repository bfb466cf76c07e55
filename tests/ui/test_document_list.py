"""The document list as a newcomer uses it: titles from the detected TITLE,
the filter finds file names and Enter opens the match, counts are never cut,
and each new document's span list starts at its top."""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.core.model import Document, Span, SpanStatus
from annotator.detect.pipeline import PipelineResult

from ui_helpers import doc

AGENCY = "TEMPO.CO, Jakarta - Harga beras naik lagi"
TEXT = f"{AGENCY}\nPemerintah Tambah Stok Beras Jelang Lebaran\nKata Gati di Jakarta."


def test_a_detected_title_names_the_document(qtbot, make_window, monkeypatch):
    title = "Pemerintah Tambah Stok Beras Jelang Lebaran"

    def detect_all(docs, layers=(), lang="auto", jobs=None, chunk=8, models=None):
        for d in docs:
            start = d.text.index(title)
            yield d, PipelineResult(sources=["detector:segments"], spans=[Span(
                start=start, end=start + len(title), label="TITLE", layer="segments", source="detector:segments",
                status=SpanStatus.SUGGESTED)])

    monkeypatch.setattr("annotator.detect.runner.detect_all", detect_all)
    window = make_window([doc(TEXT)])
    model = window.panels.corpus.model
    assert model.index(0, 1).data() == AGENCY
    window.projects.detect_all()
    qtbot.waitUntil(lambda: model.index(0, 1).data() == title)


def test_the_filter_finds_file_names_and_enter_opens_the_match(qtbot, make_window):
    window = make_window([Document(text="Satu dua tiga.", meta={"source": "a/08-okezone-banjir.txt"}),
                          Document(text="Empat lima.", meta={"source": "a/09-detik-gempa.txt"})])
    corpus = window.panels.corpus
    window.flow.open(2)
    qtbot.keyClicks(corpus.search, "okezone")
    qtbot.keyClick(corpus.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.ws.session.pk is not None and window.ws.session.text == "Satu dua tiga.")
    assert corpus.model.rowCount() == 1
    corpus.search.clear()
    qtbot.keyClicks(corpus.search, "gempa")
    qtbot.keyClick(corpus.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.ws.session.text == "Empat lima.")


def test_counts_are_shown_whole(make_window):
    window = make_window([doc("Kata Gati di Jakarta.")])
    table = window.panels.corpus.table
    needed = table.fontMetrics().horizontalAdvance("47,000")
    for col in (3, 4):
        assert table.columnWidth(col) > needed + 8  # the cell's margins


def test_a_new_document_shows_its_span_list_from_the_top(qtbot, make_window):
    long_text = " ".join(f"Gati{i}" for i in range(300))
    spans = [Span(start=long_text.index(f"Gati{i} "), end=long_text.index(f"Gati{i} ") + len(f"Gati{i}"),
                  label="PERSON", layer="entities") for i in range(200)]
    window = make_window([doc(long_text, spans=spans), doc("Kata Mira di Bandung.", spans=[
        Span(start=5, end=9, label="PERSON", layer="entities")]), doc(long_text + " lagi", spans=spans)])
    table = window.panels.spans.table
    window.flow.open(1)
    table.verticalScrollBar().setValue(table.verticalScrollBar().maximum())
    assert table.verticalScrollBar().value() > 0
    window.flow.open(3)
    assert table.verticalScrollBar().value() == 0
