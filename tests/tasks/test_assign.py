"""Assignment: every document to one annotator, a share to two, and each one's next unfinished follows
their own queue."""

import orjson
import pytest

from annotator.cli import main
from annotator.core.model import Document, DocStatus
from annotator.store import open_project
from annotator.tasks.assigning import assign, plan


def test_the_plan_deals_evenly_and_shares_the_overlap():
    queues = plan(list(range(1, 31)), ["a", "b", "c"], overlap=0.2, seed=3)
    given = [pk for q in queues.values() for pk in q]
    assert set(given) == set(range(1, 31)) and len(given) == 30 + 6  # 20% of 30 go to a second annotator
    assert all(q == sorted(q) for q in queues.values())  # project order
    assert all(10 <= len(q) <= 16 for q in queues.values())  # 10 each dealt round-robin, plus shared ones
    assert plan(list(range(1, 31)), ["a", "b", "c"], overlap=0.2, seed=3) == queues  # the seed fixes it
    alone = plan(list(range(10)), ["a", "b"], overlap=0)
    assert alone == {"a": [0, 2, 4, 6, 8], "b": [1, 3, 5, 7, 9]}
    with pytest.raises(ValueError):
        plan([1], [], 0.1)


@pytest.fixture
def path(project_location):
    path = project_location
    with open_project(path) as p:
        p.add_documents([Document(text=f"Dokumen nomor {i} tentang Jakarta.") for i in range(12)])
    return path


def test_next_unfinished_follows_each_annotators_queue(path):
    with open_project(path) as p:
        result = assign(p, ["alice", "bob", "carol"], overlap=0.25, seed=1)
        assert result.documents == 12 and result.shared == 3 and sum(result.queues.values()) == 15
        queues = {name: p.queue(name) for name in ("alice", "bob", "carol")}
    shared = set(queues["alice"]) & (set(queues["bob"]) | set(queues["carol"]))
    assert shared  # with three annotators and 3 shared documents, alice shares one or more
    with open_project(path, annotator="alice") as alice:
        mine = queues["alice"]
        assert alice.next_unfinished() == mine[0]
        assert alice.next_unfinished(mine[0]) == mine[1]
        alice.set_status(mine[1], DocStatus.DONE)
        assert alice.next_unfinished(mine[0]) == mine[2]  # done ones are skipped
        assert alice.next_unfinished(mine[-1]) == mine[0]  # wraps round
        for pk in mine:
            alice.set_status(pk, DocStatus.DONE)
        assert alice.next_unfinished() is None
    with open_project(path, annotator="bob", readonly=True) as bob:
        assert bob.next_unfinished() == queues["bob"][0]  # alice's work changes nothing in bob's queue
    with open_project(path, annotator="dan", readonly=True) as dan:  # no queue: project order
        assert dan.next_unfinished() == 1 and dan.next_unfinished(5) == 6


def test_cli_assign(path, capsys):
    assert main(["assign", "--project", str(path), "--annotators", "alice,bob", "--overlap", "0.5"]) == 0
    assert "12 documents assigned, 6 of them to more than one annotator: alice 9, bob 9" in capsys.readouterr().err
    assert main(["assign", "--project", str(path), "--annotators", "alice,bob", "--overlap", "0.5", "--json"]) == 0
    assert orjson.loads(capsys.readouterr().out) == {"documents": 12, "shared": 6, "queues": {"alice": 9, "bob": 9}}
    assert main(["assign", "--project", str(path), "--annotators", "alice,bob", "--quiet"]) == 0
    assert capsys.readouterr() == ("", "")
    assert main(["assign", "--project", str(path), "--annotators", "alice,alice"]) == 2
    with pytest.raises(SystemExit):  # argparse's usage error
        main(["assign", "--project", str(path), "--annotators", "a", "--overlap", "2"])
