"""Offline teams: annotators' copies of a project merge back into the team's, matched by text, keeping
everyone's sets with who and when; merging twice adds nothing; different work under one name is reported."""

import shutil

import orjson
import pytest

from annotator.cli import main
from annotator.core.model import Document, DocStatus, Relation, Span
from annotator.store import CURATED, open_project
from annotator.tasks.merge import merge, work
from annotator.tasks.reviewing import add_label

TEXTS = [f"Menteri Budi Santoso berkata di Jakarta pada hari {day}." for day in ("Senin", "Selasa", "Rabu")]


def entity(start: int, end: int, label: str = "PERSON") -> Span:
    return Span(start=start, end=end, label=label, layer="entities", source="manual")


@pytest.fixture
def team(tmp_path):
    path = tmp_path / "team.annotator"
    with open_project(path) as p:
        p.add_documents([Document(text=t, id=f"d{i}") for i, t in enumerate(TEXTS)])
        p.replace_suggestions(1, ["detector:x"], [entity(41, 48, "LOC").model_copy(
            update={"status": "suggested", "source": "detector:x"})], [])
    return path


def copy_for(team, name):
    path = team.parent / f"{name}.annotator"
    shutil.copy(team, path)
    return path


def test_copies_merge_back_with_every_set_and_who_and_when(team, tmp_path):
    alice = copy_for(team, "alice")
    with open_project(alice, annotator="alice") as p:
        quote = p.add_span(1, Span(start=0, end=20, label="QUOTE", layer="quotes", source="manual"))
        person = p.add_span(1, entity(8, 20))
        p.add_relation(1, Relation(head=quote.id, child=person.id, label="SPEAKER"))
        p.set_status(1, DocStatus.DONE)
        p.add_span(2, entity(8, 20))
        alice_sets = {pk: p.sets_of(pk) for pk in (1, 2)}
    # bob's project was made by importing the same texts in another order, plus one text of his own,
    # with a label of his own: documents are matched by their text, not their id or key
    bob = tmp_path / "bob.annotator"
    with open_project(bob, annotator="bob") as p:
        add_label(p, "entities", "PRODUCT", "#123456")
        p.add_documents([Document(text=t, id=f"b{i}") for i, t in enumerate(reversed(TEXTS))])
        p.add_documents([Document(text="Produk Indomie dijual di Bandung.", id="extra")])
        p.add_span(3, entity(8, 20, "ORG"))  # TEXTS[0]: bob disagrees with alice on the label
        p.set_status(3, DocStatus.DONE)
        p.add_span(4, entity(7, 14, "PRODUCT"))
    with open_project(team, annotator="manager") as t, open_project(alice, readonly=True) as a, \
            open_project(bob, readonly=True) as b:
        result = merge(t, [a, b])
        assert (result.documents, result.added, result.sets_added, result.sets_updated) == (4, 1, 4, 0)
        assert result.labels == ["PRODUCT"] and not result.conflicts
        assert t.count() == 4 and t.scheme.has_label("PRODUCT")
        assert t.set_names(1) == ["alice", "bob"] and t.set_names(2) == ["alice"]
        sets = {c.name: c for c in t.sets_of(1)}
        mine = alice_sets[1][0]
        assert work(sets["alice"]) == work(mine)
        assert sets["alice"].updated == mine.updated and sets["alice"].authors == mine.authors  # who and when
        assert {who for who, _ in sets["bob"].authors.values()} == {"bob"}
        assert [s.label for s in sets["bob"].spans] == ["ORG"] and sets["bob"].status == DocStatus.DONE
        extra = t.pk_of("extra")
        assert extra is not None and [s.label for s in t.get_set(extra, "bob").spans] == ["PRODUCT"]
        assert [s.label for s in t.shared(1).spans] == ["LOC"]  # the team's suggestions are kept
        # merging again adds nothing
        again = merge(t, [a, b])
        assert (again.added, again.sets_added, again.sets_updated, again.unchanged) == (0, 0, 0, 4)
        assert not again.conflicts and t.count() == 4


def test_annotators_files_merge_into_a_team_project_on_either_store(project_location, tmp_path):
    """Offline copies (SQLite files) merged into the team's project, in a SQLite file or a PostgreSQL database."""
    copies = {}
    for name, label in (("alice", "PERSON"), ("bob", "ORG")):
        copies[name] = tmp_path / f"{name}.annotator"
        with open_project(copies[name], annotator=name) as p:
            p.add_documents([Document(text=t, id=f"d{i}") for i, t in enumerate(TEXTS)])
            quote = p.add_span(1, Span(start=0, end=20, label="QUOTE", layer="quotes", source="manual"))
            person = p.add_span(1, entity(8, 20, label))
            p.add_relation(1, Relation(head=quote.id, child=person.id, label="SPEAKER"))
            p.set_status(1, DocStatus.DONE)
    with open_project(project_location, annotator="manager") as t, open_project(copies["alice"], readonly=True) as a, \
            open_project(copies["bob"], readonly=True) as b:
        result = merge(t, [a, b])
        assert (result.added, result.sets_added, result.conflicts) == (3, 2, [])
        pk = t.pk_of("d0")
        assert pk is not None and t.set_names(pk) == ["alice", "bob"]
        for other, name in ((a, "alice"), (b, "bob")):
            (mine,) = other.sets_of(1)
            (merged,) = [c for c in t.sets_of(pk) if c.name == name]
            assert work(merged) == work(mine) and merged.authors == mine.authors and merged.updated == mine.updated
            assert [r.label for r in merged.relations] == ["SPEAKER"]
        assert merge(t, [a, b]).unchanged == 2


def test_newer_work_updates_and_different_work_under_one_name_is_a_conflict(team):
    alice = copy_for(team, "alice")
    laptop = copy_for(team, "laptop")
    with open_project(alice, annotator="alice") as p:
        p.add_span(1, entity(8, 20))
    with open_project(team) as t, open_project(alice, readonly=True) as a:
        assert merge(t, [a]).sets_added == 1
    with open_project(alice, annotator="alice") as p:  # alice keeps working in her copy
        p.set_status(1, DocStatus.DONE)
    with open_project(team) as t, open_project(alice, readonly=True) as a:
        result = merge(t, [a])
        assert (result.sets_added, result.sets_updated, result.conflicts) == (0, 1, [])
        assert t.get_set(1, "alice").status == DocStatus.DONE
    with open_project(laptop, annotator="alice") as p:  # ... and, by mistake, also in a second copy
        p.add_span(1, entity(8, 20, "ORG"))
    with open_project(team) as t, open_project(alice, readonly=True) as a, open_project(laptop, readonly=True) as b:
        result = merge(t, [a, b])
        (conflict,) = result.conflicts
        assert (conflict.document, conflict.annotator, conflict.kept) == ("d0", "alice", str(laptop))
        assert set(conflict.dropped) == {str(team), str(alice)}
        assert [s.label for s in t.get_set(1, "alice").spans if s.source == "manual"] == ["ORG"]  # the newest
        assert "d0: alice's work differs in" in str(conflict)


def test_the_curated_set_merges_too_and_the_teams_newer_work_is_kept(team):
    curator = copy_for(team, "curator")
    with open_project(curator, annotator="carol") as p:
        p.use_set(CURATED)
        p.add_span(2, entity(8, 20))
    with open_project(team) as t, open_project(curator, readonly=True) as c:
        assert merge(t, [c]).sets_added == 1
        (copy,) = t.sets_of(2)
        assert copy.name == CURATED and {who for who, _ in copy.authors.values()} == {"carol"}
    with open_project(team, annotator="carol") as t:  # the curator then works in the team's project itself
        t.use_set(CURATED)
        t.set_status(2, DocStatus.DONE)
    with open_project(team) as t, open_project(curator, readonly=True) as c:
        result = merge(t, [c])
        (conflict,) = result.conflicts
        assert conflict.kept == str(team) and conflict.dropped == [str(curator)]
        assert t.get_set(2, CURATED).status == DocStatus.DONE


def test_cli_merge(team, tmp_path, capsys):
    alice, bob = copy_for(team, "alice"), copy_for(team, "bob")
    for path, name, label in ((alice, "alice", "PERSON"), (bob, "bob", "ORG")):
        with open_project(path, annotator=name) as p:
            p.add_span(1, entity(8, 20, label))
    into = tmp_path / "new-team.annotator"  # made by the merge
    assert main(["merge", str(alice), str(bob), "--into", str(into)]) == 0
    err = capsys.readouterr().err
    assert "3 documents in 2 projects, 3 of them new to" in err and "2 added" in err
    assert main(["merge", str(alice), str(bob), "--into", str(into), "--json"]) == 0
    data = orjson.loads(capsys.readouterr().out)
    assert data["unchanged"] == 2 and data["sets_added"] == 0 and data["conflicts"] == []
    with open_project(bob, annotator="alice") as p:  # an "alice" set in bob's copy that differs from hers
        p.add_span(2, entity(8, 20))
    with open_project(alice, annotator="alice") as p:
        p.add_span(2, entity(8, 20, "ORG"))
    assert main(["merge", str(alice), str(bob), "--into", str(into)]) == 1
    assert "annotator: conflict: d1: alice's work differs in" in capsys.readouterr().err
    assert main(["merge", str(alice), "--into", str(alice)]) == 2
    assert "both an input and the project merged into" in capsys.readouterr().err
