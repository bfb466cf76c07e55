"""The learning loop in the window: retraining in the background never blocks an edit, runs after every N
documents marked done and on demand, refreshes only untouched documents, and the status bar says which
model is in use (with its F1) and which model made the open document's suggestions."""

from __future__ import annotations

import random
import threading

from PySide6.QtCore import Qt

from annotator.core.model import Document, DocStatus, Span
from annotator.tasks import detect_documents
from annotator.tasks.patterns import MIN_COUNT_KEY
from annotator.tasks.reviewing import review_queue
from annotator.tasks.training import RETRAIN_EVERY_KEY

from ui_helpers import select_by_keys

NAMES = {"PERSON": ["Budi Santoso", "Siti Rahma", "Rudi Hartono", "Dewi Lestari"],
         "LOC": ["Jakarta", "Surabaya", "Bandung", "Medan"], "ORG": ["Garuda", "Pertamina", "Telkom"]}
TEMPLATES = ["Menurut {ORG}, jadwal penerbangan ke {LOC} berubah.", "{PERSON} mengatakan {ORG} menambah armada.",
             "Kata {PERSON}, {ORG} sudah siap di {LOC}."]
NEW = "Menurut Garuda, harga tiket naik."  # the shipped model calls Garuda a PERSON here
EDITED = "Warga Medan menunggu kabar."


def team_document(rng: random.Random) -> Document:
    """A finished document labelled as the team does (Garuda is an ORG)."""
    text, spans = "", []
    for _ in range(4):
        for piece in rng.choice(TEMPLATES).replace("{", "\0{").replace("}", "}\0").split("\0"):
            if piece.startswith("{"):
                name = rng.choice(NAMES[piece[1:-1]])
                spans.append(Span(start=len(text), end=len(text) + len(name), label=piece[1:-1], layer="entities"))
                text += name
            else:
                text += piece
        text += " "
    return Document(text=text.strip(), spans=spans, status=DocStatus.DONE, meta={"lang": "id", "source": "t.txt"})


def team_window(make_window, n_done: int = 12):
    rng = random.Random(3)
    docs = [team_document(rng) for _ in range(n_done)]
    todo = [Document(text=t, meta={"lang": "id", "source": "t.txt"}) for t in (NEW, NEW + " Lagi.", EDITED)]
    window = make_window(docs + todo)
    store = window.ws.store
    pks = [store.pk_of(d.id) for d in todo]
    store.set_setting(MIN_COUNT_KEY, "1000")  # the model learns Garuda here, not the lexicon
    detect_documents(store, pks)  # the shipped model's suggestions
    return window, pks


def garuda(window, pk: int) -> str | None:
    doc = window.ws.store.get_document(pk)
    return next((s.label for s in doc.spans if doc.text[s.start:s.end] == "Garuda"), None)


def test_a_retrain_never_blocks_an_edit_and_refreshes_only_untouched_documents(qtbot, make_window, monkeypatch):
    import annotator.detect.entities.training as training

    entered, release = threading.Event(), threading.Event()
    real = training.train_entities

    def held(*args, **kwargs):
        entered.set()
        assert release.wait(300), "the test never let the training go on"
        return real(*args, **kwargs)

    monkeypatch.setattr(training, "train_entities", held)
    window, (new, new2, edited) = team_window(make_window)
    status = window.panels.status
    assert status.model.text() == "shipped model" and garuda(window, new) == "PERSON"

    window.flow.open(edited)
    job = window.learning.retrain_now()
    assert job is not None and window.learning.retrain_now() is None  # one training at a time
    qtbot.waitUntil(entered.is_set)
    try:
        # the training is provably running (held inside the trainer) while the person labels by keys
        view = window.panels.view
        select_by_keys(qtbot, view, EDITED.index("kabar"), len("kabar"))
        qtbot.keyClick(view, Qt.Key.Key_3)  # LOC
        assert job.isRunning() and not release.is_set()
        stored = window.ws.store.get_document(edited)
        assert [(EDITED[s.start:s.end], s.label) for s in stored.spans if s.label == "LOC" and not s.is_suggestion] \
            == [("kabar", "LOC")]
        window.flow.undo()
        window.flow.redo()
        assert job.isRunning()
    finally:
        release.set()
    qtbot.waitUntil(lambda: window.learning.pending is None and not window.ws.jobs.busy(), timeout=300_000)

    store = window.ws.store
    assert store.current_model("entities").version == 1
    assert status.model.text().startswith("model v1 · F1 ")
    for pk in (new, new2):  # untouched: the new model's suggestions
        assert store.get_document(pk).meta["entity_model"] == "project v1" and garuda(window, pk) == "ORG"
    touched = store.get_document(edited)  # touched: left as it was
    assert touched.meta["entity_model"] == "shipped"
    assert ("kabar", "LOC") in [(EDITED[s.start:s.end], s.label) for s in touched.spans]
    window.flow.open(new)
    qtbot.waitUntil(lambda: window.ws.session.ready)
    assert status.counts.text().endswith("suggested by project v1")


def test_retraining_starts_after_every_n_documents_marked_done(qtbot, make_window):
    window, (new, new2, edited) = team_window(make_window, n_done=4)
    store = window.ws.store
    store.set_setting(RETRAIN_EVERY_KEY, "5")
    submitted = []
    window.ws.jobs.started.connect(submitted.append)
    window.flow.open(edited)
    window.flow.accept_document()  # 5 done, no model yet: due
    assert window.learning.pending is not None
    qtbot.waitUntil(lambda: window.learning.pending is None and not window.ws.jobs.busy(), timeout=300_000)
    assert [m.version for m in store.list_models()] == [1] and submitted[0] == "training"
    assert "Model v1 trained on 5 documents" in window.panels.status.keys.text()
    window.flow.open(new)
    window.flow.accept_document()  # 6 done, the model knows 5: not yet
    assert window.learning.pending is None


def test_the_review_queue_opens_the_least_certain_document_next(qtbot, make_window):
    window, (new, new2, edited) = team_window(make_window, n_done=2)
    store = window.ws.store
    queue = [u.summary.pk for u in review_queue(store)]
    assert set(queue) == {new, new2, edited}
    window.flow.open(queue[0])
    window.menu_actions.next_uncertain.trigger()
    assert window.ws.session.pk == queue[1]
    assert "Least certain first" in window.panels.status.keys.text()


def test_teach_mode_walks_a_documents_suggestions_from_the_least_certain(qtbot, make_window):
    text = "Garuda terbang ke Bali dari Jakarta."
    spans = [Span(start=0, end=6, label="ORG", layer="entities", source="detector:entities", status="suggested",
                  score=0.9),
             Span(start=18, end=22, label="LOC", layer="entities", source="detector:entities", status="suggested",
                  score=0.4),
             Span(start=28, end=35, label="LOC", layer="entities", source="detector:entities", status="suggested",
                  score=0.6)]
    window = make_window([Document(text=text, spans=spans, meta={"source": "t.txt"})])
    window.flow.open(1)
    qtbot.waitUntil(lambda: window.ws.session.ready)
    session = window.ws.session
    window.menu_actions.least_certain.trigger()
    assert text[session.current_span.start:session.current_span.end] == "Bali"
    qtbot.keyClick(window.panels.view, Qt.Key.Key_Return)  # accept Bali
    window.menu_actions.least_certain.trigger()
    assert text[session.current_span.start:session.current_span.end] == "Jakarta"
    assert "scored 0.60" in window.panels.status.keys.text()


def test_the_corpus_panel_sorts_by_uncertainty_and_next_follows_it(qtbot, make_window):
    def doc(score: float) -> Document:
        return Document(text=f"Garuda terbang ke Bali {score}.", meta={"source": "t.txt"}, spans=[
            Span(start=0, end=6, label="ORG", layer="entities", source="detector:entities", status="suggested",
                 score=score)])

    window = make_window([doc(0.9), doc(0.4), doc(0.6), Document(text="Tanpa saran.", meta={"source": "t.txt"})])
    corpus = window.panels.corpus
    corpus.order.setCurrentIndex(corpus.order.findText("Least certain first"))
    assert [corpus.model.pk_at(row) for row in range(corpus.model.rowCount())] == [2, 3, 1, 4]
    window.flow.open(3)
    assert corpus.table.currentIndex().row() == 1
    window.flow.step(1)  # Next document follows the panel's order, not the project's
    assert window.ws.session.pk == 1 and corpus.table.currentIndex().row() == 2
    corpus.order.setCurrentIndex(corpus.order.findText("In order"))
    window.flow.step(1)
    assert window.ws.session.pk == 2
