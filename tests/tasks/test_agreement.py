"""Agreement between annotators: the measures equal NLTK's on the same data, and the task reads them off a
project where people annotated the same documents differently."""

import random

import orjson
import pytest
from nltk.metrics.agreement import AnnotationTask

from annotator.cli import main
from annotator.core.model import Document, DocStatus, Relation, Span
from annotator.core.tokenize import tokenize
from annotator.store import open_project
from annotator.tasks.agreement import (
    agreement,
    cohen_kappa,
    fleiss_kappa,
    heatmap_html,
    krippendorff_alpha,
    token_labels,
)

LABELS = ("O", "PERSON", "LOC", "ORG")


def coded(seed: int, coders=("a", "b", "c"), n=300, agree=0.7):
    """Items every coder labelled: a shared truth, each coder keeping it with probability ``agree``."""
    rng = random.Random(seed)
    items = []
    for _ in range(n):
        truth = rng.choice(LABELS)
        items.append({c: truth if rng.random() < agree else rng.choice(LABELS) for c in coders})
    return items


def nltk_task(items, coders):
    return AnnotationTask(data=[(c, str(i), item[c]) for i, item in enumerate(items) for c in coders])


@pytest.mark.parametrize("seed", range(4))
def test_kappa_fleiss_and_alpha_equal_nltks(seed):
    coders = ("a", "b", "c")
    items = coded(seed, coders, agree=0.3 + 0.15 * seed)
    for a, b in (("a", "b"), ("a", "c"), ("b", "c")):
        ours = cohen_kappa([x[a] for x in items], [x[b] for x in items])
        assert ours == pytest.approx(nltk_task(items, (a, b)).kappa(), abs=1e-9)
    task = nltk_task(items, coders)
    assert fleiss_kappa([list(x.values()) for x in items]) == pytest.approx(task.pi(), abs=1e-9)
    assert krippendorff_alpha(list(coders), items) == pytest.approx(task.alpha(), abs=1e-9)


def test_alpha_takes_missing_labels_and_undefined_measures_are_none():
    items = coded(7, n=200)
    for i, item in enumerate(items):
        del item["abc"[i % 3]]  # every item labelled by two of the three
    pairs = [(c, str(i), v) for i, item in enumerate(items) for c, v in item.items()]
    assert krippendorff_alpha(["a", "b", "c"], items) == pytest.approx(AnnotationTask(data=pairs).alpha(), abs=1e-9)
    assert cohen_kappa(["O", "O"], ["O", "O"]) is None and cohen_kappa([], []) is None
    assert krippendorff_alpha(["a", "b"], [{"a": "O", "b": "O"}]) is None


TEXTS = [
    '"Kami siap," kata Gati Wibawaningsih di Jakarta, Senin.\nBaca juga: Harga beras naik',
    "Presiden Joko Widodo berbicara di Surabaya tentang Pertamina.",
    "Dokumen ketiga hanya dibaca oleh satu orang.",
]


def ent(start, end, label):
    return Span(start=start, end=end, label=label, layer="entities")


@pytest.fixture
def team(project_location):
    """Three annotators: alice and bob both finish documents 1 and 2, differently; carol finishes 3 alone (in a
    SQLite file, then in a PostgreSQL database)."""
    path = project_location
    with open_project(path, annotator="manager") as p:
        d1, d2, d3 = p.add_documents([Document(text=t) for t in TEXTS]).added
    with open_project(path, annotator="alice") as a:
        q = a.add_span(d1, Span(start=1, end=10, label="QUOTE", layer="quotes", attrs={"speaker": "Gati Wibawaningsih"}))
        g = a.add_span(d1, ent(18, 36, "PERSON"))
        a.add_relation(d1, Relation(label="SPEAKER", head=q.id, child=g.id))
        a.add_span(d1, ent(40, 47, "LOC"))
        a.add_span(d1, Span(start=56, end=83, label="BOILERPLATE", layer="segments"))
        a.add_span(d2, ent(9, 20, "PERSON"))
        a.add_span(d2, ent(34, 42, "LOC"))
        a.add_span(d2, ent(51, 60, "ORG"))
        for pk in (d1, d2):
            a.set_status(pk, DocStatus.DONE)
    with open_project(path, annotator="bob") as b:
        b.add_span(d1, Span(start=1, end=10, label="QUOTE", layer="quotes", attrs={"speaker": "Jakarta"}))
        b.add_span(d1, ent(18, 22, "PERSON"))  # only "Gati": overlaps alice's, not exact
        b.add_span(d1, ent(40, 47, "ORG"))  # same place, another label
        b.add_span(d1, Span(start=56, end=66, label="BOILERPLATE", layer="segments"))
        b.add_span(d2, ent(9, 20, "PERSON"))
        b.add_span(d2, ent(34, 42, "LOC"))
        for pk in (d1, d2):
            b.set_status(pk, DocStatus.DONE)
    with open_project(path, annotator="carol") as c:
        c.add_span(d3, ent(0, 7, "ORG"))
        c.set_status(d3, DocStatus.DONE)
    return path


def test_the_task_reads_agreement_off_a_project(team):
    with open_project(team, readonly=True) as p:
        report = agreement(p)
        sets = {pk: (p.get_set(pk, "alice"), p.get_set(pk, "bob")) for pk in (1, 2)}
    assert report.annotators == ["alice", "bob"] and report.documents == 2  # carol's document is hers alone
    ents = report.layers["entities"]
    # alice 5 entities, bob 4; exact matches: PERSON and LOC of d2 → F1 = 2*2 / 9
    assert ents.spans.f1_exact == pytest.approx(4 / 9)
    # overlapping and same label: d1 PERSON (both sides), d2 PERSON, LOC (both sides) → (3 + 3) / 9
    assert ents.spans.f1_overlap == pytest.approx(6 / 9)
    assert ents.labels["ORG"].f1_exact == 0 and ents.labels["PERSON"].f1_overlap == 1

    # the same token labels through NLTK
    data = []
    for pk, (a, b) in sets.items():
        for name, doc in (("alice", a), ("bob", b)):
            labels = token_labels(doc.text, [s for s in doc.spans if s.layer == "entities"])
            assert len(labels) == len(tokenize(doc.text))
            data += [(name, f"{pk}:{i}", label) for i, label in enumerate(labels)]
    task = AnnotationTask(data=data)
    pair = ents.pairs[("alice", "bob")]
    assert pair.kappa == pytest.approx(task.kappa(), abs=1e-9)
    assert ents.fleiss == pytest.approx(task.pi(), abs=1e-9)
    assert ents.alpha == pytest.approx(task.alpha(), abs=1e-9)
    assert ents.items == pair.tokens == len(data) // 2

    assert report.speakers[("alice", "bob")] == (0, 1) and report.speaker_agreement == 0
    observed, kappa = report.boilerplate.pairs[("alice", "bob")]
    n_chars = len(TEXTS[0]) + len(TEXTS[1])
    assert observed == pytest.approx(1 - 17 / n_chars) and 0 < kappa < 1
    page = heatmap_html(report)
    assert "<table>" in page and "alice" in page and "Krippendorff" in page


def test_cli_agreement_json_and_report(team, tmp_path, capsys):
    out = tmp_path / "agreement.html"
    assert main(["agreement", "--project", str(team), "--json", "--report", str(out)]) == 0
    found = orjson.loads(capsys.readouterr().out)
    assert found["documents"] == 2 and found["layers"]["entities"]["pairs"]["alice|bob"]["f1_exact"] == pytest.approx(4 / 9)
    assert set(found["layers"]["entities"]["documents"]) == {Document(text=TEXTS[0]).id, Document(text=TEXTS[1]).id}
    assert out.read_text(encoding="utf-8").startswith("<!doctype html>")
    assert main(["agreement", "--project", str(team), "--layers", "entities"]) == 0
    text = capsys.readouterr().out
    assert "alice / bob: F1 exact 0.444" in text and "Krippendorff's alpha" in text
    assert main(["agreement", "--project", str(team), "--quiet"]) == 0
    assert capsys.readouterr() == ("", "")
