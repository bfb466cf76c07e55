"""A project file is untrusted input (issue 18, items 2 and 6): its stored text loads nothing, local or
remote, and bounded sizes keep the window usable."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import orjson
import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument

from annotator.store import open_project
from annotator.ui.widgets.guidelines import MAX_SHOWN, GuidelinesPane

ROOT = Path(__file__).resolve().parents[2]


def pane_on(qtbot, tmp_path: Path, guidelines: str) -> GuidelinesPane:
    store = open_project(tmp_path / "hostile.annotator")
    store.set_setting("guidelines", guidelines)
    pane = GuidelinesPane()
    qtbot.addWidget(pane)
    pane.set_store(store)
    pane.resize(400, 600)
    pane.show()
    pane.grab()  # lays out and paints the Markdown: where QTextBrowser would load its images
    return pane


def test_guidelines_load_no_local_image(qtbot, tmp_path):
    picture = tmp_path / "secret.png"
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(picture))
    url = QUrl.fromLocalFile(str(picture))
    pane = pane_on(qtbot, tmp_path, f"# Rules\n\n![a]({picture})\n\n![b]({url.toString()})\n")
    document = pane.browser.document()
    for name in (str(picture), url.toString()):
        loaded = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        assert loaded is None or loaded.isNull()
    assert not pane.browser.openExternalLinks() and not pane.browser.openLinks()
    pane.store.close()


def test_huge_guidelines_are_cut_with_a_note(qtbot, tmp_path):
    pane = pane_on(qtbot, tmp_path, "word " * (MAX_SHOWN // 2))
    shown = pane.browser.toPlainText()
    assert len(shown) < MAX_SHOWN + 200 and "the first 100,000 are shown" in shown
    pane.store.close()


HOSTILE = """
import sys
from annotator.cli import main
sys.exit(main(["--project", sys.argv[1], "--screenshot", sys.argv[2]]))
"""

@pytest.mark.skipif(os.name != "posix", reason="named pipes")
def test_a_project_whose_guidelines_point_at_dev_zero_and_a_fifo_opens(tmp_path):
    fifo = tmp_path / "pipe.png"
    os.mkfifo(fifo)
    project = tmp_path / "hostile.annotator"
    with open_project(project) as store:
        store.set_setting("guidelines", f"![z](/dev/zero)\n\n![p]({fifo})\n\n![r](http://127.0.0.1:9/x.png)\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # On main this crashed (std::bad_alloc reading /dev/zero) or hung on the pipe: a generous limit tells.
    r = subprocess.run([sys.executable, "-c", HOSTILE, str(project), str(tmp_path / "shot.png")], cwd=ROOT,
                       env=env, capture_output=True, timeout=300)
    assert r.returncode == 0, r.stderr.decode()[-2000:]
    assert (tmp_path / "shot.png").stat().st_size > 0


def test_huge_strings_in_a_project_do_not_widen_the_window(qtbot, make_window, tmp_path):
    from annotator.core.model import Document, Relation, Span

    huge = "W" * 100_000
    text = "Presiden Joko Widodo berkata: \"Kami siap bekerja.\""
    person = Span(start=9, end=20, label="PERSON", layer="entities")
    quote = Span(start=30, end=50, label="QUOTE", layer="quotes")
    window = make_window([Document(text=text, meta={"source": "a.txt", "title": huge}, spans=[person, quote],
                                   relations=[Relation(label="SPEAKER", head=quote.id, child=person.id)])])
    store = window.ws.store
    db = store._db  # a hostile project file: written behind the store's back
    db.execute("UPDATE spans SET source = ?, attrs = ? WHERE label = 'QUOTE'",
               (huge, orjson.dumps({"speaker": huge})))
    db.execute("UPDATE relations SET label = ?", (huge,))
    db.execute("UPDATE documents SET title = ?", (huge,))
    pk = store.list_documents()[0].pk
    window.ws.session.clear()
    window.flow.open(pk)
    window.ws.session.current = next(s.id for s in window.ws.session.index.ordered if s.label == "QUOTE")
    window.ws.session.currentChanged.emit()
    qtbot.wait(50)
    assert window.minimumSizeHint().width() < 3_000 and window.width() < 3_000
    window.grab()
