"""The review queue: todo documents ordered by how unsure the model is of their entity suggestions."""

from __future__ import annotations

import orjson

from annotator.cli import main
from annotator.core.model import Document, DocStatus, Span, SpanStatus
from annotator.store import DocFilter, open_project
from annotator.tasks.reviewing import review_queue


def suggested(start: int, end: int, score: float | None, layer: str = "entities", label: str = "ORG") -> Span:
    return Span(start=start, end=end, label=label, layer=layer, source="detector:entities",
                status=SpanStatus.SUGGESTED, score=score)


TEXT = "Garuda terbang ke Bali dari Jakarta."


def make(path) -> dict[str, int]:
    docs = {
        "sure": [suggested(0, 6, 0.98), suggested(18, 22, 0.95, label="LOC")],
        "unsure": [suggested(0, 6, 0.41), suggested(18, 22, 0.55, label="LOC")],
        "one-doubt": [suggested(0, 6, 0.41), suggested(18, 22, 0.99, label="LOC")],
        "no-score": [suggested(0, 6, None)],
        "boilerplate-only": [suggested(0, 6, 0.1, layer="segments", label="BOILERPLATE")],
        "done": [suggested(0, 6, 0.2)],
    }
    with open_project(path) as project:
        project.add_documents(Document(id=name, text=f"{TEXT} {name}", spans=spans,
                                       status=DocStatus.DONE if name == "done" else DocStatus.TODO)
                              for name, spans in docs.items())
        return {name: project.pk_of(name) for name in docs}


def test_the_least_certain_todo_documents_come_first(project_location):
    path = project_location
    pks = make(path)
    with open_project(path) as project:
        queue = review_queue(project)
        assert [u.summary.id for u in queue] == ["unsure", "one-doubt", "sure", "no-score", "boilerplate-only"]
        assert [u.uncertainty for u in queue[:3]] == [0.59, 0.59, 0.05] and queue[0].unsure == 2
        # a person's accepted span is no longer a doubt: the queue follows the view
        project.accept_suggestions(pks["unsure"])
        assert [u.summary.id for u in review_queue(project)][:2] == ["one-doubt", "sure"]
        assert "done" in [u.summary.id for u in review_queue(project, None)]


def test_documents_sort_uncertainty(tmp_path, capsys):
    path = tmp_path / "p.annotator"
    make(path)
    assert main(["documents", "--project", str(path), "--status", "todo", "--sort", "uncertainty"]) == 0
    lines = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert [(row[0], row[2]) for row in lines[:3]] == [("unsure", "0.590"), ("one-doubt", "0.590"),
                                                       ("sure", "0.050")]
    assert lines[-1][2] == "-"
    assert main(["documents", "--project", str(path), "--sort", "uncertainty", "--json"]) == 0
    rows = orjson.loads(capsys.readouterr().out)["documents"]
    assert [(r["id"], r["uncertainty"]) for r in rows[:2]] == [("done", 0.8), ("unsure", 0.59)]  # every status


def test_a_listing_in_uncertainty_order_pages_and_steps_like_the_queue(project_location):
    """The corpus panel's sort: pages, row positions and next/previous follow the review queue's order."""
    make(project_location)
    with open_project(project_location) as project:
        todo = DocFilter(status=DocStatus.TODO, order="uncertainty")
        queue = [u.summary.pk for u in review_queue(project)]
        assert [s.id for s in project.list_documents(todo)] == ["unsure", "one-doubt", "sure", "no-score",
                                                                 "boilerplate-only"]
        assert [s.pk for s in project.list_documents(todo, offset=1, limit=2)] == queue[1:3]
        assert [project.position(pk, todo) for pk in queue] == list(range(len(queue)))
        assert [project.neighbour(pk, 1, todo) for pk in queue] == [*queue[1:], None]
        assert [project.neighbour(pk, -1, todo) for pk in queue] == [None, *queue[:-1]]
        assert project.neighbour(0, 1, todo) == queue[0] and project.neighbour(0, -1, todo) == queue[-1]
        assert [s.pk for s in project.list_documents(DocFilter(order="uncertainty"))][:2] == [
            project.pk_of("done"), queue[0]]  # every status: "done" (0.2) is the least certain of all
