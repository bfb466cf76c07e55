"""Bulk corrections in the window: every identical mention relabelled or deleted (in the document, or on
confirmation in the project) as one undo step; suggestions accepted or rejected by label, layer or
paragraph."""

from __future__ import annotations

from annotator.core.model import Span, SpanStatus
from annotator.ui.controllers.bulk import BulkController, Scope

from ui_helpers import click, doc

A = "Garuda terbang ke Bali. Kata Garuda, garuda.\nGaruda lagi di Jakarta."
B = "Garuda dan Jakarta."


def mentions(text: str, word: str, label: str, suggested: bool = True) -> list[Span]:
    out, at = [], text.find(word)
    while at >= 0:
        out.append(Span(start=at, end=at + len(word), label=label, layer="entities",
                        source="detector:entities" if suggested else "user",
                        status=SpanStatus.SUGGESTED if suggested else SpanStatus.ACCEPTED))
        at = text.find(word, at + len(word))
    return out


def labels(window, pk: int) -> list[tuple[str, str, str]]:
    document = window.ws.store.get_document(pk)
    return sorted((document.text[s.start:s.end], s.label, str(s.status)) for s in document.spans)


def test_relabel_every_identical_mention_in_the_project_is_one_undo_step(qtbot, make_window, monkeypatch):
    window = make_window([doc(A, spans=mentions(A, "Garuda", "PERSON") + mentions(A, "Jakarta", "LOC")),
                          doc(B, spans=mentions(B, "Garuda", "PERSON"))])
    asked = []
    monkeypatch.setattr(BulkController, "ask_scope", lambda self, what, others, kind="": asked.append(others) or Scope.PROJECT)
    window.flow.open(1)
    click(qtbot, window.panels.view, A.index("Garuda") + 1)
    window.editor.relabel(window.ws.session.current_span, "ORG")  # the person corrects one mention
    before = window.ws.undo.count()
    window.menu_actions.relabel_mentions.trigger()
    assert asked == [1]
    assert labels(window, 1) == [("Garuda", "ORG", "accepted")] * 3 + [("Jakarta", "LOC", "suggested")]
    assert labels(window, 2) == [("Garuda", "ORG", "accepted")]  # "garuda" is not the same mention
    assert window.ws.undo.count() == before + 1
    window.flow.undo()
    assert labels(window, 2) == [("Garuda", "PERSON", "suggested")]
    assert sorted(label for _, label, _ in labels(window, 1)) == ["LOC", "ORG", "PERSON", "PERSON"]


def test_label_all_labels_unlabelled_occurrences_in_todo_documents_as_one_undo_step(qtbot, make_window,
                                                                                     monkeypatch):
    c = "Garuda Indonesia dan Garuda."
    window = make_window([doc(A, spans=mentions(A, "Jakarta", "LOC")), doc(B), doc(c, spans=[
        Span(start=0, end=16, label="ORG", layer="entities")]), doc("Garuda selesai.", status="done")])
    asked = []
    monkeypatch.setattr(BulkController, "ask_scope",
                        lambda self, what, others, kind="": asked.append((others, kind)) or Scope.PROJECT)
    start = A.index("Garuda")  # the person has labelled one mention by hand, then labels every occurrence like it
    window.ws.store.add_span(1, Span(start=start, end=start + 6, label="ORG", layer="entities"))
    window.flow.open(1)
    click(qtbot, window.panels.view, start + 1)
    before = window.ws.undo.count()
    window.menu_actions.relabel_mentions.trigger()
    assert asked == [(2, "todo ")]  # the finished document is not offered
    assert labels(window, 1) == [("Garuda", "ORG", "accepted")] * 3 + [("Jakarta", "LOC", "suggested")]
    assert labels(window, 2) == [("Garuda", "ORG", "accepted")]
    # "Garuda" inside the longer "Garuda Indonesia" is left alone; the lone one is labelled
    assert labels(window, 3) == [("Garuda", "ORG", "accepted"), ("Garuda Indonesia", "ORG", "accepted")]
    assert labels(window, 4) == []
    assert window.ws.undo.count() == before + 1
    window.flow.undo()
    assert labels(window, 1) == [("Garuda", "ORG", "accepted"), ("Jakarta", "LOC", "suggested")]
    assert labels(window, 2) == [] and len(labels(window, 3)) == 1


def test_delete_every_identical_mention_in_this_document_only(qtbot, make_window, monkeypatch):
    window = make_window([doc(A, spans=mentions(A, "Garuda", "PERSON")), doc(B, spans=mentions(B, "Garuda", "PERSON"))])
    monkeypatch.setattr(BulkController, "ask_scope", lambda self, what, others, kind="": Scope.DOCUMENT)
    window.flow.open(1)
    click(qtbot, window.panels.view, A.index("Garuda") + 1)
    window.menu_actions.delete_mentions.trigger()
    assert labels(window, 1) == [] and len(labels(window, 2)) == 1
    window.flow.undo()
    assert len(labels(window, 1)) == 3


def test_accept_or_reject_suggestions_by_label_layer_or_paragraph(qtbot, make_window):
    spans = mentions(A, "Garuda", "PERSON") + mentions(A, "Jakarta", "LOC") + mentions(A, "Bali", "LOC")
    window = make_window([doc(A, spans=spans)])
    view = window.panels.view
    click(qtbot, view, A.index("Bali") + 1)
    window.menu_actions.by["accept", "label"].trigger()
    assert [s for s in labels(window, 1) if s[2] == "accepted"] == [("Bali", "LOC", "accepted"),
                                                                    ("Jakarta", "LOC", "accepted")]
    click(qtbot, view, A.index("lagi"))  # the second paragraph: its one suggestion left is Garuda
    window.menu_actions.by["reject", "paragraph"].trigger()
    assert [t for t, _, _ in labels(window, 1)].count("Garuda") == 2
    window.flow.undo()
    assert [t for t, _, _ in labels(window, 1)].count("Garuda") == 3
    click(qtbot, view, A.index("Garuda") + 1)
    window.menu_actions.by["accept", "layer"].trigger()
    assert {s for _, _, s in labels(window, 1)} == {"accepted"}
