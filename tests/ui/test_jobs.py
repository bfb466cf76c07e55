"""Detection runs in a background thread, on import and on demand, and never
replaces what the person made."""

import threading

from PySide6.QtCore import Qt

from annotator.core.model import Span, SpanStatus
from annotator.detect.pipeline import PipelineResult

from ui_helpers import doc, select_by_keys, spans_of

TEXT = '"Kami siap," kata Gati di Jakarta.'


def fake_detect_all(threads):
    """A stand-in for annotator.detect.runner.detect_all: suggests PERSON on
    'Gati' and LOC on 'Jakarta', and records which thread it ran on."""

    def detect_all(docs, layers=(), lang="auto", jobs=None, chunk=8, models=None):
        for d in docs:
            threads.append(threading.current_thread())
            found = [Span(start=d.text.index(w), end=d.text.index(w) + len(w), label=label, layer="entities",
                          source="detector:entities", status=SpanStatus.SUGGESTED, score=0.8)
                     for w, label in (("Gati", "PERSON"), ("Jakarta", "LOC")) if w in d.text]
            yield d, PipelineResult(sources=["detector:entities"], spans=found)

    return detect_all


def test_detect_again_runs_in_the_background_and_keeps_people_s_spans(qtbot, make_window, monkeypatch):
    threads = []
    monkeypatch.setattr("annotator.detect.runner.detect_all", fake_detect_all(threads))
    window = make_window([doc(TEXT)])
    view = window.panels.view
    select_by_keys(qtbot, view, TEXT.index("Gati"), 4)
    qtbot.keyClick(view, Qt.Key.Key_2)  # the person says: ORG
    qtbot.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(window.ws.session.index) == 2, timeout=10000)
    assert threads and threads[0] is not threading.main_thread()
    spans, document = spans_of(window)
    assert sorted((document.text[s.start:s.end], s.label, s.status) for s in spans) == [
        ("Gati", "ORG", SpanStatus.ACCEPTED), ("Jakarta", "LOC", SpanStatus.SUGGESTED)]
    qtbot.waitUntil(lambda: not window.ws.jobs.busy())
    assert not window.panels.status.job.isVisible()


def test_import_runs_detection_when_enabled(qtbot, make_window, monkeypatch, tmp_path):
    threads = []
    monkeypatch.setattr("annotator.detect.runner.detect_all", fake_detect_all(threads))
    path = tmp_path / "a.txt"
    path.write_text(TEXT)
    window = make_window(detect_on_import=True)
    window.projects.import_paths([str(path)])
    qtbot.waitUntil(lambda: len(window.ws.session.index) == 2, timeout=10000)
    assert {s.label for s in window.ws.session.index.ordered} == {"PERSON", "LOC"}
    assert window.panels.corpus.model.index(0, 3).data() == "2"
    assert window.panels.corpus.model.index(0, 4).data() == "2"


def test_detection_finishing_on_the_open_document_keeps_the_reading_position(qtbot, make_window, monkeypatch):
    monkeypatch.setattr("annotator.detect.runner.detect_all", fake_detect_all([]))
    long_text = "\n".join(f"Paragraf {i}: kata Gati di Jakarta." for i in range(400))
    window = make_window([doc(long_text)])
    view = window.panels.view
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    position = bar.value()
    window.projects.detect_current()
    qtbot.waitUntil(lambda: len(window.ws.session.index) == 2, timeout=10000)
    assert bar.value() == position and position > 0


def test_a_dropped_folder_says_how_many_files_it_skipped(qtbot, make_window, tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "page.html").write_text(f"<html><body><p>{TEXT}</p></body></html>")
    (folder / "page.txt").write_text(TEXT)  # the page's gold body: a sidecar, not a second article
    (folder / "LICENSE.txt").write_text("Permission is hereby granted.")
    window = make_window()
    said: list[str] = []
    window.ws.message.connect(said.append)
    result = window.projects.import_now([str(folder)])
    assert len(result.added) == 1 and not result.problems
    assert said[-1] == "1 document added, 0 already in the project; 2 files skipped as not articles"
