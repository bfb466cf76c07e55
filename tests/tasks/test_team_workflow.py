"""A team on one project, end to end: a manager assigns documents to three annotators with overlap, two of
them annotate the shared documents differently, the agreement figures equal NLTK's, a curator settles the
disagreements (the comparison and plans the window's curation view runs), and the export writes the curated
gold.

The test is a plain function of the ``open_as`` fixture (a name -> a store opened as that annotator on one
project), which runs it on every store behind ``ProjectStore``: SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import orjson
import pytest
from nltk.metrics.agreement import AnnotationTask

from annotator.core.curation import Kind, Sets, compare, plan_take
from annotator.core.model import DocStatus, Document, Relation, Span, SpanStatus
from annotator.io.formats import ExportOptions
from annotator.store import CURATED, ProjectStore, open_project
from annotator.tasks.agreement import agreement, token_labels
from annotator.tasks.assigning import assign
from annotator.tasks.exporting import export

OpenAs = Callable[[str], ProjectStore]

TEXTS = [
    '"Anggaran naik," kata Budi Santoso di Jakarta, Senin.',
    "Gubernur Ridwan Hakim meresmikan jembatan di Bandung pada Selasa.",
    "Bank Indonesia menahan suku bunga, kata Siti Rahma.",
    "Presiden bertemu Perdana Menteri Malaysia di Istana Merdeka pada Rabu.",
    "PT Kereta Api Indonesia menambah perjalanan ke Malang.",
    "Ketua KPU Andi Pratama menyatakan pemilu berjalan sesuai jadwal.",
    "Menteri Budi Santoso mengunjungi Surabaya pada Kamis.",
    "Harga cabai di Medan turun menurut Badan Pusat Statistik.",
    "Timnas Indonesia menang di Stadion Gelora Bung Karno.",
]
GOLD = [
    [("Budi Santoso", "PERSON"), ("Jakarta", "LOC"), ("Senin", "DATE")],
    [("Ridwan Hakim", "PERSON"), ("Bandung", "LOC"), ("Selasa", "DATE")],
    [("Bank Indonesia", "ORG"), ("Siti Rahma", "PERSON")],
    [("Malaysia", "LOC"), ("Istana Merdeka", "LOC"), ("Rabu", "DATE")],
    [("PT Kereta Api Indonesia", "ORG"), ("Malang", "LOC")],
    [("KPU", "ORG"), ("Andi Pratama", "PERSON")],
    [("Budi Santoso", "PERSON"), ("Surabaya", "LOC"), ("Kamis", "DATE")],
    [("Medan", "LOC"), ("Badan Pusat Statistik", "ORG")],
    [("Timnas Indonesia", "ORG"), ("Stadion Gelora Bung Karno", "LOC")],
]
# bob's own way with three of the documents he shares with alice: another label, a missed date, a shorter name
BOB = {0: [("Budi Santoso", "PERSON"), ("Jakarta", "ORG"), ("Senin", "DATE")],
       3: [("Malaysia", "LOC"), ("Istana Merdeka", "LOC")],
       6: [("Budi", "PERSON"), ("Surabaya", "LOC"), ("Kamis", "DATE")]}


@pytest.fixture(params=["sqlite", "postgres", "postgres-roles"])
def open_as(request, tmp_path) -> Iterator[OpenAs]:
    """One project; ``open_as(name)`` opens it as that annotator (the caller closes it): a SQLite file, a
    PostgreSQL database, and the same where each person logs in as their own role, so the database's
    row-level security holds each to their role (three annotators, a curator, a manager)."""
    if request.param == "sqlite":
        path = tmp_path / "team.annotator"
        yield lambda name: open_project(path, annotator=name)
    elif request.param == "postgres":
        url = request.getfixturevalue("pg_url")
        yield lambda name: open_project(url, annotator=name)
    else:
        url_as = request.getfixturevalue("pg_team")({"manager": "manager", "alice": "annotator",
                                                      "bob": "annotator", "carol": "annotator", "dewi": "curator"})
        yield lambda name: open_project(url_as(name))


def marks(text: str, found: list[tuple[str, str]]) -> list[Span]:
    spans = []
    for word, label in found:
        start = text.index(word)
        spans.append(Span(start=start, end=start + len(word), label=label, layer="entities"))
    return spans


def annotate(store: ProjectStore, name: str) -> list[int]:
    """Work through one's own queue (``next_unfinished``) until nothing is left; returns the documents done."""
    done = []
    while (pk := store.next_unfinished()) is not None:
        i = pk - 1
        spans = marks(TEXTS[i], BOB[i] if name == "bob" and i in BOB else GOLD[i])
        added = [store.add_span(pk, span) for span in spans]
        if i == 0:  # the quote and its speaker, as both annotators linked them
            quote = store.add_span(pk, Span(start=0, end=len('"Anggaran naik,"'), label="QUOTE", layer="quotes"))
            store.add_relation(pk, Relation(label="SPEAKER", head=quote.id, child=added[0].id))
        store.set_status(pk, DocStatus.DONE)
        done.append(pk)
    return done


def curate(store: ProjectStore, pk: int, trusted: str) -> int:
    """Settle one document into the curated set: every agreement, and ``trusted``'s version of every
    disagreement; returns the number of disagreements settled."""
    names = [n for n in store.set_names(pk) if n != CURATED]
    docs = {n: store.get_set(pk, n) for n in names}
    sets = Sets({n: d.spans for n, d in docs.items() if d}, {n: d.relations for n, d in docs.items() if d})
    items = compare(sets.spans)
    for item in items:
        here = store.get_document(pk)
        plan = plan_take([item], names[:1] if item.kind is Kind.AGREED else [trusted], here.spans, sets,
                         here.relations)
        for span in plan.remove:
            store.remove_span(pk, span.id)
        for span in plan.add:
            store.add_span(pk, span)
        for relation in plan.relations:
            store.add_relation(pk, relation)
    store.set_status(pk, DocStatus.DONE)
    return sum(item.kind is not Kind.AGREED for item in items)


def test_three_annotators_assignment_agreement_curation_and_the_curated_gold(open_as, tmp_path):
    names = ["alice", "bob", "carol"]
    with open_as("manager") as manager:
        manager.add_documents([Document(text=t, id=f"n{i + 1}") for i, t in enumerate(TEXTS)])
        result = assign(manager, names, overlap=1 / 3, copies=2, seed=10)
        queues = {name: manager.queue(name) for name in names}
    assert result.shared == 3 and sum(result.queues.values()) == 9 + 3
    shared = set(queues["alice"]) & set(queues["bob"])
    assert shared == {1, 4, 7} and not set(queues["carol"]) & (set(queues["alice"]) | set(queues["bob"]))

    for name in names:
        with open_as(name) as store:
            assert annotate(store, name) == queues[name]  # each follows their own queue, in order

    with open_as("manager") as manager:
        report = agreement(manager)
        sets = {pk: {name: manager.get_set(pk, name) for name in ("alice", "bob")} for pk in sorted(shared)}
    assert report.annotators == ["alice", "bob"] and report.documents == 3  # carol shares nothing
    ents = report.layers["entities"]
    data = [(name, f"{pk}:{i}", label) for pk, by in sets.items() for name, doc in by.items()
            for i, label in enumerate(token_labels(doc.text, [s for s in doc.spans if s.layer == "entities"]))]
    task = AnnotationTask(data=data)
    assert ents.pairs[("alice", "bob")].kappa == pytest.approx(task.kappa(), abs=1e-9)
    assert ents.fleiss == pytest.approx(task.pi(), abs=1e-9)
    assert ents.alpha == pytest.approx(task.alpha(), abs=1e-9)
    assert ents.spans.f1_exact == pytest.approx(2 * 6 / (9 + 8))  # 6 of alice's 9 spans are bob's 8 exactly
    contested = sorted((c.f1_exact or 0, doc) for doc, c in ents.documents.items())
    assert {doc for _, doc in contested[:3]} == {"n1", "n4", "n7"}

    with open_as("dewi") as curator:
        curator.use_set(CURATED)
        assert curator.curation_queue() == [1, 4, 7]  # finished by two, not curated yet
        settled = {pk: curate(curator, pk, trusted="alice") for pk in sorted(shared)}
        assert curator.curation_queue() == []
        assert settled == {1: 1, 4: 1, 7: 1}
        gold = curator.get_set(1, CURATED)
        assert gold is not None and [r.label for r in gold.relations] == ["SPEAKER"]  # the quote kept its speaker
        out = tmp_path / "gold.jsonl"
        summary = export(curator, "native", out, ExportOptions(), status=DocStatus.DONE)
    assert not summary.warnings and summary.documents == 9  # no document left out as contested
    records = {r["id"]: r for r in map(orjson.loads, out.read_bytes().splitlines())}
    for i, text in enumerate(TEXTS):
        record = records[f"n{i + 1}"]
        entities = [(text[s["start"]:s["end"]], s["label"]) for s in record["spans"]
                    if s["label"] != "QUOTE" and s["status"] == SpanStatus.ACCEPTED]
        assert entities == GOLD[i]  # alice's and carol's work, bob's alone, and the curated gold where shared
        owner = CURATED if i + 1 in shared else next(n for n in names if i + 1 in queues[n])
        assert record["_annotator_id"] == owner
    assert len(records["n1"]["relations"]) == 1
