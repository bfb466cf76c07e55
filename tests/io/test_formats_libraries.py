"""Exports read by the tools they are for: spaCy (DocBin, and its CoNLL
converter), Hugging Face ``datasets``, and the record shapes doccano's and
Label Studio's own import code expects (their examples are in golden/tools)."""

from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.model import Document, DocStatus, Span
from annotator.core.tokenize import TokenIndex
from annotator.io.formats import ExportOptions, export
from annotator.io.readers import read_paths

os.environ.setdefault("HF_DATASETS_OFFLINE", "1")  # load_dataset("json") needs no network; never try

GOLDEN = Path(__file__).parent / "golden"
TOOLS = GOLDEN / "tools"
TEXT_CHARS = list("abcdefgh ABC  \n\n.,;:!?\"'“”()-") + [
    "😀", "👍🏽", "\u0301", "é", "\U0001D538", "👩‍👩‍👧", "ß", "ا", "中"]


def golden_doc() -> Document:
    (doc,) = read_paths([GOLDEN / "input.jsonl"])
    return doc


@st.composite
def entity_docs(draw) -> Document:
    """Random text with entities, some on token boundaries (from the tokenizer)
    and some anywhere, plus quotes and segments overlapping them."""
    text = draw(st.lists(st.sampled_from(TEXT_CHARS), min_size=1, max_size=60).map("".join).filter(str.strip))
    tokens = TokenIndex.of(text).tokens
    spans: list[Span] = []
    for layer, labels in {"entities": ["PERSON", "ORG"], "quotes": ["QUOTE"], "segments": ["TITLE"]}.items():
        if tokens and draw(st.booleans()):
            cuts = sorted(draw(st.sets(st.integers(0, len(tokens)), max_size=6)))
            bounds = [(tokens[a].start, tokens[b - 1].end) for a, b in zip(cuts[::2], cuts[1::2]) if a < b]
        else:
            cuts = sorted(draw(st.sets(st.integers(0, len(text)), max_size=6)))
            bounds = [(a, b) for a, b in zip(cuts[::2], cuts[1::2]) if a < b]
        spans += [Span(start=a, end=b, label=draw(st.sampled_from(labels)), layer=layer) for a, b in bounds]
    return Document(text=text, spans=spans, status=DocStatus.DONE, meta={"source": "x"})


def glued_doc() -> Document:
    """Words a scraper glued ("JakartaPramono", "LebaranMenurut") are tokens of their own, with entities on them."""
    text = "Warga antre di JakartaPramono Anung mengatakan.Baca Juga: Mudik LebaranMenurut dia, aman."
    at = {w: text.index(w) for w in ("JakartaPramono", "Pramono Anung", "Lebaran", "Baca")}
    spans = [Span(start=at["JakartaPramono"], end=at["JakartaPramono"] + 7, label="LOC", layer="entities"),
             Span(start=at["Pramono Anung"], end=at["Pramono Anung"] + 13, label="PERSON", layer="entities"),
             Span(start=at["Lebaran"], end=at["Lebaran"] + 7, label="EVENT", layer="entities"),
             Span(start=at["Baca"], end=at["Lebaran"] + 7, label="BOILERPLATE", layer="segments")]
    return Document(text=text, spans=spans, status=DocStatus.DONE, meta={"source": "x"})


# -- spaCy ------------------------------------------------------------------------------------------


def read_docbin(path: Path):
    spacy = pytest.importorskip("spacy")
    from spacy.tokens import DocBin

    return list(DocBin().from_disk(path).get_docs(spacy.blank("xx").vocab))


def check_spacy(doc: Document, sdoc) -> None:
    assert sdoc.text == doc.text
    index = TokenIndex.of(doc.text)
    ents = {(e.start_char, e.end_char, e.label_) for e in sdoc.ents}
    groups = {(s.start_char, s.end_char, s.label_) for k in ("quotes", "segments") for s in sdoc.spans[k]}
    for span in doc.spans:
        aligned = index.char_span_to_tokens(span.start, span.end) is not None
        key = (span.start, span.end, span.label)
        if span.layer == "entities":
            if aligned:
                back = sdoc.char_span(span.start, span.end, alignment_mode="strict")
                assert back is not None and back.text == doc.text[span.start:span.end]
            assert (key in ents) == aligned
        else:
            assert (key in groups) == aligned


def test_spacy_reads_the_golden_export(tmp_path):
    doc = golden_doc()
    export("spacy", iter([doc]), tmp_path / "g.spacy")
    (sdoc,) = read_docbin(tmp_path / "g.spacy")
    check_spacy(doc.model_copy(update={"spans": [s for s in doc.spans if s.status == "accepted"]}), sdoc)
    assert sdoc.user_data["id"] == doc.id and sdoc.user_data["relations"][0]["label"] == "SPEAKER"


def test_spacy_gives_back_entities_on_words_a_scraper_glued(tmp_path):
    doc = glued_doc()
    export("spacy", iter([doc]), tmp_path / "g.spacy", ExportOptions(lang=None))
    (sdoc,) = read_docbin(tmp_path / "g.spacy")
    assert [(e.text, e.label_) for e in sdoc.ents] == [("Jakarta", "LOC"), ("Pramono Anung", "PERSON"),
                                                      ("Lebaran", "EVENT")]
    assert [(s.text, s.label_) for s in sdoc.spans["segments"]] == [("Baca Juga: Mudik Lebaran", "BOILERPLATE")]
    check_spacy(doc, sdoc)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(doc=entity_docs())
def test_spacy_gives_back_every_token_aligned_entity(tmp_path_factory, doc):
    out = tmp_path_factory.mktemp("sp") / "x.spacy"
    export("spacy", iter([doc]), out)
    (sdoc,) = read_docbin(out)
    check_spacy(doc, sdoc)


def test_spacy_conll_converter_reads_the_conll_export(tmp_path):
    pytest.importorskip("spacy")
    from spacy.training.converters import conll_ner_to_docs

    docs = [golden_doc(), Document(text="Rapat di Jakarta\n\nPak Gati hadir.",
                                   spans=[Span(start=9, end=16, label="LOC", layer="entities"),
                                          Span(start=22, end=26, label="PERSON", layer="entities")]),
            glued_doc()]
    out = tmp_path / "x.conll"
    export("conll", iter(docs), out, ExportOptions(layers=("entities",), unit="sentence", include_suggestions=True))
    got = list(conll_ner_to_docs(out.read_text(encoding="utf-8"), no_print=True))
    assert len(got) == len(docs)
    for doc, sdoc in zip(docs, got):
        index = TokenIndex.of(doc.text)
        assert [t.text for t in sdoc] == [t.text for t in index.tokens]
        expected = []
        for s in doc.spans_in("entities"):
            toks = index.char_span_to_tokens(s.start, s.end)
            if toks:
                expected.append((toks[0], toks[1] + 1, s.label))
        assert [(e.start, e.end, e.label_) for e in sdoc.ents] == expected


# -- Hugging Face datasets --------------------------------------------------------------------------


def hf_features(labels_path: Path):
    datasets = pytest.importorskip("datasets")
    names = json.loads(labels_path.read_text())
    return datasets.Features({
        "id": datasets.Value("string"), "doc_id": datasets.Value("string"),
        "tokens": datasets.Sequence(datasets.Value("string")),
        **{column: datasets.Sequence(datasets.ClassLabel(names=tags)) for column, tags in names.items()},
    })


def iob(doc: Document, layer: str) -> list[str]:
    index = TokenIndex.of(doc.text)
    tags = ["O"] * len(index.tokens)
    for s in doc.spans_in(layer):
        toks = index.char_span_to_tokens(s.start, s.end)
        if toks:
            tags[toks[0]:toks[1] + 1] = [f"B-{s.label}"] + [f"I-{s.label}"] * (toks[1] - toks[0])
    return tags


def test_datasets_loads_the_hf_export_with_class_labels(tmp_path):
    datasets = pytest.importorskip("datasets")
    doc = golden_doc()
    out = tmp_path / "ner.jsonl"
    export("hf", iter([doc]), out, ExportOptions(include_suggestions=True))
    features = hf_features(tmp_path / "ner.labels.json")
    ds = datasets.load_dataset("json", data_files=str(out), features=features, cache_dir=str(tmp_path / "cache"))
    row = ds["train"][0]
    assert row["tokens"] == [t.text for t in TokenIndex.of(doc.text).tokens]
    for column, layer in (("ner_tags", "entities"), ("quote_tags", "quotes"), ("segment_tags", "segments")):
        names = ds["train"].features[column].feature.names
        assert [names[i] for i in row[column]] == iob(doc, layer)
    plain = datasets.load_dataset("json", data_files=str(out), cache_dir=str(tmp_path / "cache2"))
    assert plain["train"][0]["ner_tags"] == row["ner_tags"]  # plain integers without the features too


def test_datasets_loads_split_sentence_exports(tmp_path):
    datasets = pytest.importorskip("datasets")
    docs = [Document(text=f"Gati ke Jakarta {i}. Lalu pulang.", spans=[
        Span(start=0, end=4, label="PERSON", layer="entities"), Span(start=8, end=15, label="LOC", layer="entities")])
        for i in range(60)]
    out = tmp_path / "ner.jsonl"
    summary = export("hf", iter(docs), out, ExportOptions(layers=("entities",), unit="sentence",
                                                          split=(0.8, 0.1, 0.1)))
    files = {"train": str(tmp_path / "ner-train.jsonl"), "validation": str(tmp_path / "ner-dev.jsonl"),
             "test": str(tmp_path / "ner-test.jsonl")}
    ds = datasets.load_dataset("json", data_files=files, features=hf_features(tmp_path / "ner.labels.json"),
                               cache_dir=str(tmp_path / "cache"))
    assert {k: v.num_rows for k, v in ds.items()} == {
        "train": 2 * summary.splits["train"], "validation": 2 * summary.splits["dev"],
        "test": 2 * summary.splits["test"]}
    first = ds["train"][0]
    names = ds["train"].features["ner_tags"].feature.names
    assert first["tokens"][:4] == ["Gati", "ke", "Jakarta", first["tokens"][3]]
    assert [names[i] for i in first["ner_tags"]][:3] == ["B-PERSON", "O", "B-LOC"]


# -- doccano ------------------------------------------------------------------------------------------


def shape(value):
    """The JSON structure of a value: key sets, item shapes and scalar types."""
    if isinstance(value, dict):
        return {k: shape(v) for k, v in value.items()}
    if isinstance(value, list):
        shapes = [shape(v) for v in value]
        if all(s == shapes[0] for s in shapes):
            return shapes[:1]  # a list of like items
        return shapes  # a tuple, e.g. [start, end, label]
    return type(value).__name__


def records(path: Path) -> list[dict]:
    return [orjson.loads(x) for x in path.read_bytes().splitlines() if x.strip()]


def test_doccano_examples_import(tmp_path):
    a, b, c = read_paths([TOOLS / "doccano_sequence_labeling.jsonl"])
    assert [(a.text[s.start:s.end], s.label) for s in a.spans] == [("EU", "ORG"), ("German", "MISC")]
    assert [(c.text[s.start:s.end], s.label) for s in c.spans] == [("Obama", "PERSON")]
    for name in ("doccano_relation_extraction.jsonl", "doccano_import_relation_extraction.jsonl"):
        (doc,) = read_paths([TOOLS / name])
        spans = {s.id: doc.text[s.start:s.end] for s in doc.spans}
        assert sorted((r.label, spans[r.head], spans[r.child]) for r in doc.relations) == [
            ("foundedAt", "Google", "September 4, 1998"), ("foundedBy", "Google", "Larry Page"),
            ("foundedBy", "Google", "Sergey Brin")]


def check_doccano_record(record: dict, example: dict) -> None:
    """What doccano's importer needs: the text, and annotations in the shape of
    its example; every other key becomes the example's metadata there."""
    assert isinstance(record["text"], str)
    for key in ("label", "entities", "relations"):
        if key in example:
            assert shape(record[key])[:1] == shape(example[key])[:1], key
    for start, end, label in record.get("label", []):
        assert 0 <= start < end and label
    ids = {e["id"] for e in record.get("entities", [])}
    for e in record.get("entities", []):
        assert 0 <= e["start_offset"] < e["end_offset"] and e["label"]
    for r in record.get("relations", []):
        assert r["from_id"] in ids and r["to_id"] in ids and r["type"]


def test_doccano_exports_have_the_shape_of_doccanos_examples(tmp_path):
    doc = golden_doc()
    export("doccano", iter([doc]), tmp_path / "a.jsonl")
    export("doccano-relations", iter([doc]), tmp_path / "b.jsonl")
    (seq,) = records(tmp_path / "a.jsonl")
    (rel,) = records(tmp_path / "b.jsonl")
    check_doccano_record(seq, records(TOOLS / "doccano_sequence_labeling.jsonl")[0])
    check_doccano_record(rel, records(TOOLS / "doccano_relation_extraction.jsonl")[0])
    assert set(seq) == {"id", "text", "label", "meta"}  # the same keys in every record (doccano fills gaps with NaN)
    assert len(rel["relations"]) == 4


# -- Label Studio -------------------------------------------------------------------------------------


def test_label_studio_sdk_task_imports(tmp_path):
    (doc,) = read_paths([TOOLS / "labelstudio_sdk_task.json"])
    spans = {s.id: (doc.text[s.start:s.end], s.label, s.status) for s in doc.spans}
    # the prediction's region is where an annotation region is: it is that region, not a second span
    assert sorted(spans.values()) == [("Ana", "PERSON", "accepted"), ("Lima", "LOC", "accepted"),
                                      ("Opossums", "PERSON", "accepted")]
    assert [(spans[r.head][0], spans[r.child][0], r.label) for r in doc.relations] == [("Opossums", "Ana", "SPEAKER")]
    assert doc.status == DocStatus.DONE


def config_labels(path: Path) -> tuple[dict[str, set[str]], set[str]]:
    root = ET.parse(path).getroot()
    labels = {el.get("name"): {lab.get("value") for lab in el.iter("Label")} for el in root.iter("Labels")}
    return labels, {el.get("value") for el in root.iter("Relation")}


def check_ls_result(result: list[dict], labels: dict[str, set[str]], relation_labels: set[str], text: str,
                    region_shape: dict, relation_shape: dict) -> None:
    regions = {}
    for item in result:
        if item["type"] == "relation":
            assert shape(item) == relation_shape
            assert item["from_id"] in regions and item["to_id"] in regions
            assert set(item["labels"]) <= relation_labels and item["direction"] in ("left", "right", "bi")
            continue
        value = item["value"]
        assert 0 <= value["start"] < value["end"] <= len(text)
        if item["type"] == "labels":
            for key, kind in region_shape.items():  # every key the SDK writes, with its type
                assert key in item and (kind == "dict" or shape(item[key]) == kind), key
            assert set(value["labels"]) <= labels[item["from_name"]]
            assert value["text"] == text[value["start"]:value["end"]]
            assert "score" not in item or 0 <= item["score"] <= 1
        regions[item["id"]] = item


def test_label_studio_export_matches_the_sdk_shapes_and_its_config(tmp_path):
    sdk_task = orjson.loads((TOOLS / "labelstudio_sdk_task.json").read_bytes())[0]
    sdk_result = sdk_task["annotations"][0]["result"]
    region_shape = {k: shape(v) for k, v in sdk_result[0].items() if k != "value"}
    relation_shape = shape(next(x for x in sdk_result if x["type"] == "relation"))
    export("labelstudio", iter([golden_doc()]), tmp_path / "t.json", ExportOptions(include_suggestions=True))
    (task,) = orjson.loads((tmp_path / "t.json").read_bytes())
    labels, relation_labels = config_labels(tmp_path / "t.config.xml")
    text = task["data"]["text"]
    for part in task["annotations"] + task["predictions"]:
        check_ls_result(part["result"], labels, relation_labels, text, region_shape, relation_shape)
    assert sum(1 for x in task["annotations"][0]["result"] if x["type"] == "relation") == 4


def test_label_studio_own_validator_accepts_the_export(tmp_path):
    """Label Studio's SDK (in the test extra) parses the exported labelling configuration and validates every
    region and relation of the task's annotation and prediction against it: control names, labels, fields."""
    sdk = pytest.importorskip("label_studio_sdk.label_interface", reason="label-studio-sdk is in the test extra")
    export("labelstudio", iter([golden_doc()]), tmp_path / "t.json", ExportOptions(include_suggestions=True))
    interface = sdk.LabelInterface((tmp_path / "t.config.xml").read_text())
    (task,) = orjson.loads((tmp_path / "t.json").read_bytes())
    for part in (task["annotations"][0], task["predictions"][0]):
        assert interface.validate_prediction(part, return_errors=True) == []
        assert interface.validate_annotation(part)
    broken = {**task["annotations"][0], "result": [dict(task["annotations"][0]["result"][0], from_name="nope")]}
    assert interface.validate_prediction(broken, return_errors=True)  # the validator is not a rubber stamp
