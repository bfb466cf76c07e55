"""The learning loop: a project's corrections train a model that the project keeps and detection uses."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from annotator.cli import main
from annotator.core.labels import LabelDef, LabelScheme
from annotator.core.model import Document, DocStatus, Span
from annotator.detect.entities.detector import MODEL_META
from annotator.detect.pipeline import Pipeline
from annotator.tasks import NothingToTrain, project_models, train
from annotator.store import StoreError, open_project

ROOT = Path(__file__).resolve().parents[2]
PEOPLE = ["Budi Santoso", "Siti Rahma", "Rudi Hartono", "Dewi Lestari", "Agus Salim", "Rina Wati"]
CITIES = ["Jakarta", "Surabaya", "Bandung", "Medan", "Makassar", "Semarang"]
ORGS = ["Garuda", "Pertamina", "Telkom"]
PRODUCTS = ["Avanza", "Xpander", "Brio", "Ertiga", "Innova", "Jazz"]
TEMPLATES = [
    "Menurut {ORG}, jadwal penerbangan ke {LOC} berubah.",
    "{PERSON} mengatakan {ORG} menambah armada di {LOC}.",
    "Warga {LOC} membeli {PRODUCT} baru dari dealer.",
    "{PERSON} memakai {PRODUCT} saat berkunjung ke {LOC}.",
    "Kata {PERSON}, {ORG} sudah siap.",
]
POOLS = {"PERSON": PEOPLE, "LOC": CITIES, "ORG": ORGS, "PRODUCT": PRODUCTS}


def team_document(rng: random.Random, n: int) -> Document:
    """A finished document: sentences with their entities labelled as the team does (Garuda is an ORG)."""
    text, spans = "", []
    for _ in range(n):
        template = rng.choice(TEMPLATES)
        pieces = template.replace("{", "\0{").replace("}", "}\0").split("\0")
        for piece in pieces:
            if piece.startswith("{"):
                label = piece[1:-1]
                name = rng.choice(POOLS[label])
                spans.append(Span(start=len(text), end=len(text) + len(name), label=label, layer="entities"))
                text += name
            else:
                text += piece
        text += " "
    return Document(text=text.strip(), spans=spans, status=DocStatus.DONE, meta={"lang": "id"})


def with_product(scheme: LabelScheme) -> LabelScheme:
    data = scheme.model_dump()
    for layer in data["layers"]:
        if layer["name"] == "entities":
            layer["labels"].append(LabelDef(name="PRODUCT", color="#ff00ff").model_dump())
    return LabelScheme.model_validate(data)


def make_project(path: Path, n_docs: int = 14) -> Path:
    rng = random.Random(7)
    with open_project(path) as project:
        project.set_scheme(with_product(project.scheme))
        project.add_documents(team_document(rng, 4) for _ in range(n_docs))
        project.add_documents([Document(text="Dokumen ini belum selesai: Garuda.", meta={"lang": "id"})])  # todo
    return path


def entities(doc: Document) -> dict[str, str]:
    return {doc.text[s.start:s.end]: s.label for s in doc.spans if s.layer == "entities"}


@pytest.fixture(scope="module")
def trained(tmp_path_factory) -> Path:
    path = make_project(tmp_path_factory.mktemp("learn") / "team.annotator")
    with open_project(path) as project:
        [result] = train(project)
        assert result.stored.version == 1 and result.stored.current
    return path


def test_the_shipped_model_makes_the_mistake_the_team_corrects():
    doc = Pipeline(layers=["entities"], lang="id").apply(Document(text="Menurut Garuda, harga tiket naik."))
    assert entities(doc).get("Garuda") == "PERSON" and doc.meta[MODEL_META] == "shipped"


def test_training_fixes_a_corrected_mistake_on_a_new_document(trained):
    with open_project(trained, readonly=True) as project:
        [stored] = project.list_models()
        models = project_models(project)
    info = stored.info
    assert info["documents"] == 14 and info["base"] == "shipped" and info["langs"] == ["id"]
    assert set(info["labels"]) == {"PERSON", "ORG", "LOC", "PRODUCT"}
    assert info["folds"] == 3 and info["f1"] is not None and 0.5 < info["f1"] <= 1.0  # cross-validated
    doc = Pipeline(layers=["entities"], lang="id", models=models).apply(
        Document(text="Menurut Garuda, harga tiket naik. Warga Medan membeli Brio kemarin."))
    found = entities(doc)
    assert found["Garuda"] == "ORG"
    assert found["Brio"] == "PRODUCT"  # a label the shipped model does not know
    assert found["kemarin"] == "DATE"  # dates still come from the rules
    assert doc.meta[MODEL_META] == "project v1"


def test_a_new_label_is_learned_from_the_teams_annotations_alone(tmp_path):
    path = make_project(tmp_path / "p.annotator")
    with open_project(path) as project:
        [result] = train(project, from_scratch=True)
    assert result.model.info["base"] is None
    doc = Pipeline(layers=["entities"], lang="id", models={"entities": result.model}).apply(
        Document(text="Rina Wati memakai Innova saat berkunjung ke Bandung."))
    assert entities(doc) == {"Rina Wati": "PERSON", "Innova": "PRODUCT", "Bandung": "LOC"}


def test_models_are_listed_and_rolled_back(trained, tmp_path, capsys):
    path = tmp_path / "copy.annotator"
    path.write_bytes(trained.read_bytes())
    assert main(["train", "--project", str(path), "--from-scratch", "--json"]) == 0
    (model,) = orjson.loads(capsys.readouterr().out)["models"]
    assert (model["version"], model["current"], model["info"]["base"]) == (2, True, None)
    assert main(["models", "--project", str(path), "--json"]) == 0
    listed = orjson.loads(capsys.readouterr().out)
    assert [m["version"] for m in listed["models"]] == [1, 2] and listed["shipped"] is False
    assert main(["models", "--project", str(path), "--quiet"]) == 0 and capsys.readouterr().out == ""
    assert main(["models", "--project", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line[:4] for line in lines] == ["  v1", "* v2"]
    assert "from scratch" in lines[1] and "on the shipped model" in lines[0] and "PRODUCT" in lines[0]
    assert main(["models", "--project", str(path), "--use", "1"]) == 0
    with open_project(path, readonly=True) as project:
        assert project.current_model("entities").version == 1
        assert project_models(project)["entities"].version == 1
    assert main(["models", "--project", str(path), "--shipped"]) == 0
    assert "detection uses the shipped model" in capsys.readouterr().out
    with open_project(path) as project:
        assert project.current_model("entities") is None and "entities" not in project_models(project)
        with pytest.raises(StoreError, match="no entities model version 9"):
            project.set_current_model("entities", 9)


def test_a_model_stored_in_one_project_file_is_used_by_a_second_process(trained, tmp_path):
    path = tmp_path / "shared.annotator"
    path.write_bytes(trained.read_bytes())
    new = tmp_path / "baru.txt"
    new.write_text("Menurut Garuda, harga tiket naik.\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "annotator", "import", str(new), "--project", str(path), "--detect",
                          "--layers", "entities", "--lang", "id", "--jobs", "2"],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    with open_project(path, readonly=True) as project:
        doc = project.get_document(project.pk_of(next(d.id for d in project.iter_documents()
                                                      if d.meta.get("source", "").endswith("baru.txt"))))
    assert entities(doc) == {"Garuda": "ORG"} and doc.meta[MODEL_META] == "project v1"


def test_nothing_to_train_says_so(tmp_path, capsys):
    path = tmp_path / "empty.annotator"
    with open_project(path) as project:
        project.add_documents([Document(text="Belum ada yang selesai.")])
        with pytest.raises(NothingToTrain):
            train(project)
    assert main(["train", "--project", str(path)]) == 1
    assert "mark documents done" in capsys.readouterr().err
