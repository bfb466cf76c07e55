"""Export formats: golden files on a small document (emoji, CRLF, overlaps
between layers, an off-token span, a suggestion), options, splits, atomic
writes and the summary.

Regenerate the golden files after an intended change with
``ANNOTATOR_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/io/test_formats.py``
and review the diff.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import orjson
import pytest

from annotator.cli import main
from annotator.core.model import Document, DocStatus, Relation, Span, SpanStatus
from annotator.io.formats import EXPORTERS, SUFFIXES, ExportError, ExportOptions, export
from annotator.io.formats import base as formats_base
from annotator.io.formats import spacy as spacy_format
from annotator.io.formats.iob import units
from annotator.core.tokenize import TokenIndex
from annotator.io.readers import read_paths
from annotator.store import open_project

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("ANNOTATOR_UPDATE_GOLDEN") == "1"


def golden_doc() -> Document:
    (doc,) = read_paths([GOLDEN / "input.jsonl"])
    assert isinstance(doc, Document), doc
    doc.meta["source"] = doc.meta.pop("record_source")  # the name the record gives, not this machine's path
    return doc


def lines(path: Path) -> list[dict]:
    return [orjson.loads(x) for x in path.read_bytes().splitlines() if x.strip()]


def check_golden(produced: Path, name: str) -> None:
    expected = GOLDEN / name
    if UPDATE:
        expected.write_bytes(produced.read_bytes())
    assert produced.read_bytes() == expected.read_bytes(), f"{name} differs from the golden file"


def test_input_is_read_with_crlf_normalised_and_offsets_moved():
    doc = golden_doc()
    assert "\r" not in doc.text and doc.text.count("\n") == 3
    by_id = {s.id: doc.text[s.start:s.end] for s in doc.spans}
    assert by_id["q1"] == "Kami siap 👍🏽 membangun," and by_id["b1"] == "Baca juga: Promo e-commerce"
    assert by_id["e3"] == "IKM" and by_id["q2"] == "IKM harus naik kelas"  # overlap across layers


GOLDEN_CASES = [
    ("native", "native.jsonl", {}),
    ("doccano", "doccano.jsonl", {}),
    ("doccano-relations", "doccano-relations.jsonl", {}),
    ("hf", "hf.jsonl", {}),
    ("hf", "hf-sentence.jsonl", {"unit": "sentence"}),
    ("conll", "conll.conll", {}),
    ("conll", "conll-sentence.conll", {"unit": "sentence"}),
    ("labelstudio", "labelstudio.json", {}),
    ("quotes", "quotes.jsonl", {}),
    ("boilerplate", "boilerplate.jsonl", {}),
]


@pytest.mark.parametrize("fmt,name,extra", GOLDEN_CASES, ids=[c[1] for c in GOLDEN_CASES])
def test_golden(tmp_path, fmt, name, extra):
    out = tmp_path / name
    summary = export(fmt, iter([golden_doc()]), out, ExportOptions(include_suggestions=True, **extra))
    assert summary.documents == 1
    check_golden(out, name)
    sidecars = {"hf": ".labels.json", "labelstudio": ".config.xml"}
    if fmt in sidecars:
        side = out.with_name(out.stem + sidecars[fmt])
        assert str(side) in summary.files
        check_golden(side, side.name)


def test_golden_spacy(tmp_path):
    spacy = pytest.importorskip("spacy")
    from spacy.tokens import DocBin

    out = tmp_path / "golden.spacy"
    export("spacy", iter([golden_doc()]), out, ExportOptions(include_suggestions=True))
    (sdoc,) = DocBin().from_disk(out).get_docs(spacy.blank("xx").vocab)
    shown = {
        "text": sdoc.text,
        "ents": [[e.start_char, e.end_char, e.label_] for e in sdoc.ents],
        "missing": [t.text for t in sdoc if t.ent_iob == 0],
        "spans": {k: [[s.start_char, s.end_char, s.label_] for s in v] for k, v in sorted(sdoc.spans.items())},
        "user_data": sdoc.user_data,
    }
    produced = tmp_path / "spacy.json"
    produced.write_bytes(orjson.dumps(shown, option=orjson.OPT_INDENT_2) + b"\n")
    check_golden(produced, "spacy.json")


def test_every_format_is_in_the_golden_set():
    assert {c[0] for c in GOLDEN_CASES} | {"spacy"} == set(EXPORTERS)
    assert {fmt: SUFFIXES[fmt] for fmt, name, _ in GOLDEN_CASES} == {fmt: Path(name).suffix for fmt, name, _ in
                                                                     GOLDEN_CASES}


def test_golden_offsets_are_the_text_of_each_span():
    doc = golden_doc()
    text = doc.text
    (native,) = lines(GOLDEN / "native.jsonl")
    assert native["text"] == text
    for s in native["spans"]:
        assert text[s["start"]:s["end"]] == doc.text[doc.span_by_id(s["id"]).start:doc.span_by_id(s["id"]).end]
    for q in lines(GOLDEN / "quotes.jsonl"):
        assert text[q["start"]:q["end"]] == q["text"]
        assert q["context"]["text"] == text[q["context"]["start"]:q["context"]["end"]]
        assert q["cue"]["text"] == text[q["cue"]["start"]:q["cue"]["end"]]
    for b in lines(GOLDEN / "boilerplate.jsonl"):
        assert text[b["start"]:b["end"]] == b["text"]
    # doccano counts UTF-16 code units: the quote after two emoji code points (four units) moves by 1 + 2
    (doccano,) = lines(GOLDEN / "doccano.jsonl")
    quote = next(x for x in doccano["label"] if x[2] == "QUOTE")
    units16 = text.encode("utf-16-le")
    assert units16[quote[0] * 2:quote[1] * 2].decode("utf-16-le") == "Kami siap 👍🏽 membangun,"


def test_suggestions_are_left_out_unless_asked_for(tmp_path):
    export("native", iter([golden_doc()]), tmp_path / "a.jsonl")
    (rec,) = lines(tmp_path / "a.jsonl")
    assert "e0" not in {s["id"] for s in rec["spans"]}
    export("labelstudio", iter([golden_doc()]), tmp_path / "a.json")
    (task,) = orjson.loads((tmp_path / "a.json").read_bytes())
    assert "predictions" not in task and task["annotations"][0]["result"]


def test_layers_and_labels_filter_spans_and_their_relations(tmp_path):
    out = tmp_path / "a.jsonl"
    summary = export("native", iter([golden_doc()]), out, ExportOptions(layers=("entities", "quotes"),
                                                                      labels=("QUOTE", "PERSON")))
    (rec,) = lines(out)
    assert sorted(s["label"] for s in rec["spans"]) == ["PERSON", "QUOTE", "QUOTE"]
    assert [(r["head_id"], r["child_id"]) for r in rec["relations"]] == [("q1", "e1")]
    assert summary.labels == {"PERSON": 1, "QUOTE": 2}


def test_off_token_spans_are_reported_in_every_token_format(tmp_path):
    for fmt in ("native", "hf", "conll"):
        summary = export(fmt, iter([golden_doc()]), tmp_path / f"x-{fmt}", ExportOptions())
        assert summary.off_token_spans == 1
        assert any("'e-comm' is not on token boundaries" in w for w in summary.warnings), summary.warnings
    (rec,) = lines(tmp_path / "x-native")
    misc = next(s for s in rec["spans"] if s["label"] == "MISC")
    assert (misc["start"], misc["end"]) == (129, 135)  # kept exactly, never moved


def test_warnings_are_capped_with_a_count(tmp_path):
    docs = (Document(text=f"abcdef {i}", spans=[Span(start=1, end=3, label="PERSON", layer="entities")])
            for i in range(formats_base.MAX_WARNINGS + 7))
    summary = export("hf", docs, tmp_path / "x.jsonl")
    assert summary.off_token_spans == formats_base.MAX_WARNINGS + 7
    assert len(summary.warnings) == formats_base.MAX_WARNINGS + 1 and summary.warnings[-1] == "… and 7 more warnings"


def many_docs(n: int) -> list[Document]:
    return [Document(text=f"Gati ke Jakarta {i}.", status=DocStatus.DONE, meta={"source": "x"},
                     spans=[Span(start=0, end=4, label="PERSON", layer="entities")]) for i in range(n)]


def test_split_writes_three_parts_by_document(tmp_path):
    docs = many_docs(200)
    out = tmp_path / "corpus.jsonl"
    summary = export("native", iter(docs), out, ExportOptions(split=(0.8, 0.1, 0.1), seed=3))
    names = ["corpus-train.jsonl", "corpus-dev.jsonl", "corpus-test.jsonl"]
    assert [Path(f).name for f in summary.files] == names and not out.exists()
    ids = {name: [r["id"] for r in lines(tmp_path / name)] for name in names}
    assert sorted(sum(ids.values(), [])) == sorted(d.id for d in docs)  # each document in exactly one part
    assert summary.splits == {"train": len(ids[names[0]]), "dev": len(ids[names[1]]), "test": len(ids[names[2]])}
    assert 130 <= summary.splits["train"] <= 185 and summary.splits["dev"] > 5 and summary.splits["test"] > 5
    again = export("native", iter(reversed(docs)), tmp_path / "again.jsonl",
                   ExportOptions(split=(0.8, 0.1, 0.1), seed=3))
    assert again.splits == summary.splits  # the part depends on the seed and the id, not on the order
    export("native", iter(docs), tmp_path / "other.jsonl", ExportOptions(split=(0.8, 0.1, 0.1), seed=4))
    assert [r["id"] for r in lines(tmp_path / "other-test.jsonl")] != ids["corpus-test.jsonl"]


def test_split_names_sidecars_once_and_skips_empty_fractions(tmp_path):
    summary = export("hf", iter(many_docs(20)), tmp_path / "ner.jsonl", ExportOptions(split=(0.9, 0.1, 0.0)))
    assert sorted(Path(f).name for f in summary.files) == ["ner-dev.jsonl", "ner-train.jsonl", "ner.labels.json"]


def test_token_formats_leave_out_layers_without_a_chosen_label(tmp_path):
    export("hf", iter([golden_doc()]), tmp_path / "h.jsonl", ExportOptions(labels=("PERSON", "QUOTE")))
    names = orjson.loads((tmp_path / "h.labels.json").read_bytes())
    assert names == {"ner_tags": ["O", "B-PERSON", "I-PERSON"], "quote_tags": ["O", "B-QUOTE", "I-QUOTE"]}
    (rec,) = lines(tmp_path / "h.jsonl")
    assert set(rec) == {"id", "doc_id", "tokens", "ner_tags", "quote_tags"}
    export("conll", iter([golden_doc()]), tmp_path / "c.conll", ExportOptions(labels=("PERSON",)))
    assert "Gati B-PERSON\nWibawaningsih I-PERSON\n" in (tmp_path / "c.conll").read_text(encoding="utf-8")


def test_bad_options_fail_before_any_file(tmp_path):
    for options in (ExportOptions(split=(0.5, 0.2, 0.2)), ExportOptions(unit="page"), ExportOptions(layers=("x",))):
        with pytest.raises(ExportError):
            export("native", iter(many_docs(1)), tmp_path / "x.jsonl", options)
    with pytest.raises(ExportError, match="unknown export format"):
        export("xml", iter([]), tmp_path / "x.xml")
    assert list(tmp_path.iterdir()) == []


def test_a_failing_split_export_leaves_the_old_files_and_no_temp_files(tmp_path):
    (tmp_path / "c-train.jsonl").write_text("old\n")

    def docs():
        yield from many_docs(30)
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        export("hf", docs(), tmp_path / "c.jsonl", ExportOptions(split=(0.8, 0.1, 0.1)))
    assert [p.name for p in tmp_path.iterdir()] == ["c-train.jsonl"]
    assert (tmp_path / "c-train.jsonl").read_text() == "old\n"


def test_progress_counts_documents(tmp_path):
    seen: list[int] = []
    export("quotes", iter(many_docs(5)), tmp_path / "q.jsonl", progress=seen.append)
    assert seen == [1, 2, 3, 4, 5]


def test_spacy_missing_says_how_to_install(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "spacy.tokens", None)
    with pytest.raises(ExportError, match=r"pip install 'annotator\[spacy\]'"):
        export("spacy", iter(many_docs(1)), tmp_path / "x.spacy")
    assert list(tmp_path.iterdir()) == []


def test_spacy_export_over_one_shard_is_a_folder_spacy_reads_whole(tmp_path, monkeypatch):
    spacy = pytest.importorskip("spacy")
    from spacy.training import Corpus

    monkeypatch.setattr(spacy_format, "SHARD_DOCS", 2)
    out = tmp_path / "train.spacy"
    out.write_bytes(b"an older export")
    summary = export("spacy", iter(many_docs(5)), out)
    assert out.is_dir() and sorted(p.name for p in out.iterdir()) == ["00000.spacy", "00001.spacy", "00002.spacy"]
    assert any("folder of 3 .spacy files" in w for w in summary.warnings)
    nlp = spacy.blank("id")
    examples = list(Corpus(out)(nlp))
    assert sorted(e.reference.text for e in examples) == sorted(d.text for d in many_docs(5))
    assert all([e.text for e in ex.reference.ents] == ["Gati"] for ex in examples)
    assert [p.name for p in tmp_path.iterdir()] == ["train.spacy"]  # no temp folders left
    export("spacy", iter(many_docs(1)), out)  # a smaller export replaces the folder with one file
    assert out.is_file() and [p.name for p in tmp_path.iterdir()] == ["train.spacy"]
    assert [e.reference.text for e in Corpus(out)(nlp)] == [many_docs(1)[0].text]


def test_sentence_units_never_cut_a_span_and_keep_abbreviations():
    text = 'Dr. Gati tiba. "Kami siap. Ayo," kata dia.\nBaru lagi'
    quote = Span(start=text.index("Kami"), end=text.index(',"') + 1, label="QUOTE", layer="quotes")
    doc = Document(text=text, spans=[quote])
    index = TokenIndex.of(text)
    got = [" ".join(t.text for t in index.tokens[a:b]) for a, b in units(doc, index, "sentence")]
    assert got == ["Dr . Gati tiba .", '" Kami siap . Ayo , " kata dia .', "Baru lagi"]
    assert units(doc, index, "document") == [(0, len(index.tokens))]


def test_boilerplate_cuts_inline_segments_and_counts_left_out_labels_as_content(tmp_path):
    text = "KONTAN.CO.ID - JAKARTA. Harga naik. Baca juga: Promo\nPenutup"
    dateline = Span(start=0, end=text.index(" Harga"), label="DATELINE", layer="segments")
    promo = Span(start=text.index("Baca"), end=text.index("\n"), label="BOILERPLATE", layer="segments")
    doc = Document(text=text, spans=[dateline, promo])
    export("boilerplate", iter([doc]), tmp_path / "b.jsonl")
    assert [(r["text"], r["role"]) for r in lines(tmp_path / "b.jsonl")] == [
        ("KONTAN.CO.ID - JAKARTA.", "DATELINE"), ("Harga naik.", "content"), ("Baca juga: Promo", "BOILERPLATE"),
        ("Penutup", "content")]
    export("boilerplate", iter([doc]), tmp_path / "c.jsonl", ExportOptions(labels=("BOILERPLATE",)))
    recs = lines(tmp_path / "c.jsonl")
    assert [(r["text"], r["role"]) for r in recs] == [
        ("KONTAN.CO.ID - JAKARTA. Harga naik.", "content"), ("Baca juga: Promo", "BOILERPLATE"), ("Penutup", "content")]
    assert recs[1]["cats"] == {"content": 0.0, "BOILERPLATE": 1.0}


def test_quote_without_relations_has_no_cue_or_mention(tmp_path):
    doc = Document(text='"Ya," kata dia.', spans=[Span(start=1, end=3, label="QUOTE", layer="quotes")])
    export("quotes", iter([doc]), tmp_path / "q.jsonl")
    (rec,) = lines(tmp_path / "q.jsonl")
    assert (rec["text"], rec["cue"], rec["speaker_mention"], rec["speaker"], rec["direct"]) == ("Ya", None, None,
                                                                                                 None, True)


def test_cli_export_with_options_prints_the_summary(tmp_path, capsys):
    project = tmp_path / "p.annotator"
    with open_project(project) as p:
        p.add_documents([golden_doc()] + many_docs(40))
    out = tmp_path / "ner.jsonl"
    code = main(["export", "--project", str(project), "--format", "hf", "--output", str(out), "--status", "all",
                 "--layers", "entities", "--labels", "PERSON,MISC", "--split", "0.8,0.1,0.1", "--seed", "7",
                 "--unit", "sentence", "--include-suggestions"])
    err = capsys.readouterr().err
    assert code == 0
    assert "41 documents written (train " in err and "ner-train.jsonl" in err and "ner.labels.json" in err
    assert "PERSON" in err and "'e-comm' is not on token boundaries" in err
    labels = orjson.loads((tmp_path / "ner.labels.json").read_bytes())
    assert labels == {"ner_tags": ["O", "B-PERSON", "I-PERSON", "B-MISC", "I-MISC"]}
    recs = [r for part in ("train", "dev", "test") for r in lines(tmp_path / f"ner-{part}.jsonl")]
    assert len({r["doc_id"] for r in recs}) == 41
    assert all(set(r) == {"id", "doc_id", "tokens", "ner_tags"} for r in recs)


def test_cli_rejects_a_bad_split(tmp_path, capsys):
    with pytest.raises(SystemExit):
        main(["export", "--project", str(tmp_path / "p.annotator"), "--output", str(tmp_path / "o"), "--split", "1,1"])
    assert "add up to 1" in capsys.readouterr().err


def test_relations_of_a_suggested_quote_go_with_the_prediction(tmp_path):
    text = '"Ya," kata Gati.'
    quote = Span(id="q", start=1, end=3, label="QUOTE", layer="quotes", status=SpanStatus.SUGGESTED,
                 source="detector:quotes", score=0.9)
    person = Span(id="p", start=11, end=15, label="PERSON", layer="entities")
    doc = Document(text=text, spans=[quote, person],
                   relations=[Relation(label="SPEAKER", head="q", child="p", status=SpanStatus.SUGGESTED)])
    export("labelstudio", iter([doc]), tmp_path / "t.json", ExportOptions(include_suggestions=True))
    (task,) = orjson.loads((tmp_path / "t.json").read_bytes())
    assert [r["id"] for r in task["annotations"][0]["result"]] == ["p"]
    (pred,) = task["predictions"]
    assert [r.get("id") for r in pred["result"]] == ["q", "p", None] and pred["result"][2]["from_id"] == "q"
    assert pred["model_version"] == "detector:quotes" and pred["result"][0]["score"] == 0.9
    (back,) = read_paths([tmp_path / "t.json"])
    assert {(s.id, s.status) for s in back.spans} == {("q", SpanStatus.SUGGESTED), ("p", SpanStatus.ACCEPTED)}
    assert [(r.head, r.child, r.status) for r in back.relations] == [("q", "p", SpanStatus.SUGGESTED)]


def test_label_studio_prediction_reusing_an_annotation_region_id_gets_its_own_span(tmp_path):
    task = {"data": {"text": "Gati di Jakarta"},
            "annotations": [{"result": [{"id": "a", "type": "labels", "from_name": "entities", "to_name": "text",
                                         "value": {"start": 0, "end": 4, "text": "Gati", "labels": ["PERSON"]}}]}],
            "predictions": [{"model_version": "m", "result": [
                {"id": "a", "type": "labels", "from_name": "entities", "to_name": "text",
                 "value": {"start": 8, "end": 15, "text": "Jakarta", "labels": ["LOC"]}}]}]}
    (tmp_path / "t.json").write_bytes(orjson.dumps([task]))
    (doc,) = read_paths([tmp_path / "t.json"])
    assert [(s.id, s.label, s.status) for s in doc.spans] == [("a", "PERSON", SpanStatus.ACCEPTED),
                                                             ("a-2", "LOC", SpanStatus.SUGGESTED)]


def _many(n: int) -> list[Document]:
    doc = golden_doc()
    return [doc.model_copy(update={"id": f"d{i}", "text": f"{doc.text}\nNomor {i}."})
            for i in range(n)]


def test_a_large_native_export_built_by_worker_processes_is_the_one_process_export(tmp_path, monkeypatch):
    from annotator.io.formats import native

    docs = _many(native.PARALLEL_FROM + 3 * native.CHUNK + 5)  # the last chunk is not full
    options = ExportOptions(include_suggestions=True)
    monkeypatch.setattr(native, "export_jobs", lambda: 0)
    alone = export("native", iter(docs), tmp_path / "alone.jsonl", options)
    monkeypatch.setattr(native, "export_jobs", lambda: 2)
    pooled = export("native", iter(docs), tmp_path / "pooled.jsonl", options)
    assert (tmp_path / "pooled.jsonl").read_bytes() == (tmp_path / "alone.jsonl").read_bytes()
    alone.files = pooled.files
    assert pooled == alone  # labels counted, off-token spans warned about in document order
    assert pooled.off_token_spans == len(docs) and pooled.documents == len(docs)


def test_a_cancelled_pooled_export_leaves_no_file(tmp_path, monkeypatch):
    from annotator.io.formats import native

    class Cancelled(Exception):
        pass

    def progress(n: int) -> None:
        if n == native.PARALLEL_FROM + 2 * native.CHUNK:
            raise Cancelled

    monkeypatch.setattr(native, "export_jobs", lambda: 2)
    with pytest.raises(Cancelled):
        export("native", iter(_many(native.PARALLEL_FROM + 4 * native.CHUNK)), tmp_path / "out.jsonl",
               ExportOptions(), progress)
    assert list(tmp_path.iterdir()) == []


def test_an_export_forks_workers_only_from_a_single_threaded_process_without_qt(monkeypatch):
    import threading

    from annotator.io.formats import native

    found: list[int] = []
    worker = threading.Thread(target=lambda: found.append(native.export_jobs()))
    worker.start()
    worker.join()
    assert found == [0]  # another thread (the window's export job) never forks
    monkeypatch.setitem(sys.modules, "PySide6.QtCore", object())
    assert native.export_jobs() == 0  # nor does a process that has loaded Qt
