"""The child of the app kill test: the real window (offscreen), edited
through its own edit controller and undo stack, acknowledging each edit
after the call that made it returned."""

from __future__ import annotations

import os
import random

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: F401  (loaded before the fork server forks)

from annotator.store import DocFilter
from annotator.ui import app as gui

LABELS = ("PERSON", "ORG", "LOC", "DATE", "MISC")


def _free_range(rng: random.Random, text: str, taken: list[tuple[int, int]]) -> tuple[int, int] | None:
    """A word-aligned range overlapping no entity span, or None."""
    words = [(m, m + len(w)) for m, w in _words(text)]
    rng.shuffle(words)
    for start, end in words[:20]:
        if not any(s < end and start < e for s, e in taken):
            return start, end
    return None


def _words(text: str):
    pos = 0
    for word in text.split(" "):
        if word.strip() and word.isalpha():
            yield pos, word
        pos += len(word) + 1


def session(args: dict, emit) -> None:
    rng = random.Random(args["seed"])
    qapp = gui.make_app()
    window = gui.build_window(args["path"])
    window.show()
    ws = window.ws
    emit({"opened": True})
    pks = [s.pk for s in ws.store.list_documents(DocFilter(), 0, 10_000)]
    done: list[dict] = []  # acknowledged creates that are applied, in undo-stack order
    undone: list[dict] = []
    for i in range(args["steps"]):
        roll = rng.random()
        if roll < 0.15 and done:
            edit = done[-1]
            emit({"intent": i, "op": "undo", "id": edit["id"], "pk": edit["pk"]})
            ws.undo.undo()
            undone.append(done.pop())
            emit({"ack": i})
        elif roll < 0.2 and undone:
            edit = undone[-1]
            emit({"intent": i, "op": "redo", "id": edit["id"], "pk": edit["pk"]})
            ws.undo.redo()
            done.append(undone.pop())
            emit({"ack": i})
        else:
            pk = rng.choice(pks)
            window.flow.open(pk)
            qapp.processEvents()
            doc = ws.store.get_document(pk)
            where = _free_range(rng, doc.text, [(s.start, s.end) for s in doc.spans if s.layer == "entities"])
            if where is None:
                continue
            label = rng.choice(LABELS)
            emit({"intent": i, "op": "create", "pk": pk, "start": where[0], "end": where[1], "label": label})
            span = window.editor.create(*where, label, exact=True)
            assert span is not None, "the window refused a free range"
            done.append({"id": span.id, "pk": pk})
            undone.clear()  # a new command drops the redo history, as QUndoStack does
            emit({"ack": i, "id": span.id})
        qapp.processEvents()
    emit({"finished": True})
