"""Exports a training pipeline can trust (issue 16): each problem found by
loading an export in its consumer, reproduced and pinned here.

doccano's importer is not installed here; what breaks it is reproduced with
the same pandas step it runs (a batch of records becomes a table, a key some
records lack becomes NaN, and NaN is not JSON)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from annotator.core.model import DocStatus, Document, Span
from annotator.core.tokenize import TokenIndex
from annotator.io.formats import ExportError, ExportOptions, export
from annotator.io.readers import read_paths

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


def lines(path: Path) -> list[dict]:
    return [orjson.loads(x) for x in path.read_bytes().splitlines() if x.strip()]


def mixed_corpus() -> list[Document]:
    docs = list(read_paths([SAMPLES / "01-id-pasar-rakyat-digital.txt", SAMPLES / "02-en-harbour-ferry.html"]))
    assert all(isinstance(d, Document) for d in docs)
    assert set(docs[1].meta) - set(docs[0].meta), "the HTML page has metadata the text file lacks"
    first = TokenIndex.of(docs[0].text).tokens[0]
    docs[0] = docs[0].model_copy(update={"spans": [Span(start=first.start, end=first.end, label="ORG",
                                                         layer="entities")]})
    return [d.model_copy(update={"status": DocStatus.DONE}) for d in docs]


# -- 1. doccano ------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["doccano", "doccano-relations"])
def test_doccano_mixed_txt_html_corpus_survives_doccanos_table_step(tmp_path, fmt):
    pd = pytest.importorskip("pandas")
    out = tmp_path / "d.jsonl"
    export(fmt, iter(mixed_corpus()), out)
    recs = lines(out)
    assert len({tuple(r) for r in recs}) == 1, "every record has the same top-level keys"
    annotation = "label" if fmt == "doccano" else "entities"
    for row in pd.DataFrame(recs).to_dict(orient="records"):  # doccano's importer reads a batch this way
        meta = {k: v for k, v in row.items() if k not in ("text", annotation, "relations")}
        json.dumps(meta, allow_nan=False)  # doccano's CHECK (JSON_VALID("meta")) fails on NaN
    back = list(read_paths([out]))
    assert [d.meta.get("title") for d in back] == [d.meta.get("title") for d in mixed_corpus()]


def test_doccano_summary_says_utf16_and_codepoints_gives_python_offsets(tmp_path):
    text = "Halo 😀 dari Jakarta."
    doc = Document(text=text, status=DocStatus.DONE, spans=[Span(start=12, end=19, label="LOC", layer="entities")])
    summary = export("doccano", iter([doc]), tmp_path / "u.jsonl")
    assert any("UTF-16" in n and "1 document(s)" in n and "--offsets codepoints" in n for n in summary.notes)
    ((s, e, _),) = lines(tmp_path / "u.jsonl")[0]["label"]
    assert text[s:e] != "Jakarta"  # doccano's count, shifted for Python
    summary = export("doccano", iter([doc]), tmp_path / "c.jsonl", ExportOptions(offsets="codepoints"))
    ((s, e, _),) = lines(tmp_path / "c.jsonl")[0]["label"]
    assert text[s:e] == "Jakarta" and any("code points" in n for n in summary.notes)
    with pytest.raises(ExportError, match="--offsets applies to the doccano formats"):
        export("hf", iter([doc]), tmp_path / "h.jsonl", ExportOptions(offsets="codepoints"))


# -- 2. names that match nothing --------------------------------------------------------------------


def test_a_label_the_project_lacks_is_refused_with_the_closest_name(tmp_path):
    with pytest.raises(ExportError, match="no label 'PERSN'; did you mean PERSON"):
        export("hf", iter(mixed_corpus()), tmp_path / "x.jsonl", ExportOptions(labels=("PERSN",)))
    with pytest.raises(ExportError, match="'QUOTE' is in the quotes layer, which is not exported"):
        export("hf", iter(mixed_corpus()), tmp_path / "x.jsonl",
               ExportOptions(layers=("entities",), labels=("QUOTE",)))
    assert list(tmp_path.iterdir()) == []


# -- 4. units -------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["native", "doccano", "doccano-relations", "labelstudio", "spacy", "quotes"])
def test_sentence_units_are_refused_where_a_format_has_one_record_per_document(tmp_path, fmt):
    with pytest.raises(ExportError, match="one record per document"):
        export(fmt, iter(mixed_corpus()), tmp_path / "x", ExportOptions(unit="sentence"))
    with pytest.raises(ExportError, match="--max-tokens applies to the token formats"):
        export(fmt, iter(mixed_corpus()), tmp_path / "x", ExportOptions(max_tokens=100))


def long_quote_doc() -> Document:
    """A 1,200-token document whose one quote spans about 900 tokens, with
    person names all through it."""
    sentence = "Gati Wibawaningsih berkata bahwa pasar rakyat perlu internet yang cepat dan murah . "
    body = sentence * 80  # 13 tokens each
    text = "Kata dia : “" + body + "” Selesai ."
    start = text.index("“")
    end = text.index("”") + 1
    spans = [Span(start=start, end=end, label="QUOTE", layer="quotes")]
    pos = 0
    while (i := text.find("Gati Wibawaningsih", pos)) >= 0:
        spans.append(Span(start=i, end=i + len("Gati Wibawaningsih"), label="PERSON", layer="entities"))
        pos = i + 1
    return Document(text=text, spans=spans, status=DocStatus.DONE, meta={"source": "x"})


@pytest.mark.parametrize("unit", ["document", "sentence"])
def test_hf_units_are_capped_at_512_tokens_without_cutting_an_entity(tmp_path, unit):
    seqeval_scheme = pytest.importorskip("seqeval.scheme")
    doc = long_quote_doc()
    summary = export("hf", iter([doc]), tmp_path / "h.jsonl", ExportOptions(unit=unit))
    recs = lines(tmp_path / "h.jsonl")
    names = orjson.loads((tmp_path / "h.labels.json").read_bytes())
    assert max(len(r["tokens"]) for r in recs) <= 512 and len(recs) >= 3
    assert sum(len(r["tokens"]) for r in recs) == len(TokenIndex.of(doc.text).tokens)
    persons = quotes = 0
    for r in recs:
        for column, found in (("ner_tags", "PERSON"), ("quote_tags", "QUOTE")):
            tags = [names[column][t] for t in r[column]]
            ents = seqeval_scheme.Entities([tags], seqeval_scheme.IOB2).entities[0]
            assert all(e.tag == found for e in ents)
            n_b = sum(t.startswith("B-") for t in tags)
            assert len(ents) == n_b, "every piece is valid IOB2 on its own"
            persons += n_b if found == "PERSON" else 0
            quotes += n_b if found == "QUOTE" else 0
    assert persons == 80  # no name is cut
    assert quotes == len(recs)  # the one quote runs through every piece, each starting with B-QUOTE
    assert any("cut" in n and "1 quotes" in n for n in summary.notes), summary.notes
    no_cap = export("hf", iter([doc]), tmp_path / "n.jsonl", ExportOptions(unit=unit, max_tokens=0))
    assert max(len(r["tokens"]) for r in lines(tmp_path / "n.jsonl")) > 900 and not no_cap.notes


def test_conll_has_no_cap_unless_asked(tmp_path):
    doc = long_quote_doc()
    export("conll", iter([doc]), tmp_path / "a.conll", ExportOptions(unit="sentence", layers=("entities", "quotes")))
    blocks = (tmp_path / "a.conll").read_text(encoding="utf-8").split("\n\n")
    assert max(len(b.splitlines()) for b in blocks) > 900
    summary = export("conll", iter([doc]), tmp_path / "b.conll",
                     ExportOptions(unit="sentence", layers=("entities", "quotes"), max_tokens=200))
    blocks = (tmp_path / "b.conll").read_text(encoding="utf-8").split("\n\n")
    assert max(len(b.splitlines()) for b in blocks) <= 200 and summary.notes
    for block in blocks[1:]:
        first = block.splitlines()[0].split() if block.strip() else []
        assert not first or not first[-1].startswith("I-")


# -- 3. spaCy's own tokenizer ---------------------------------------------------------------------

DATELINE = "TEMPO.CO, Jakarta - Presiden Joko Widodo meresmikan jalan tol di Batang."


def dateline_doc() -> Document:
    spans = [Span(start=0, end=5, label="ORG", layer="entities"),
             Span(start=10, end=17, label="LOC", layer="entities"),
             Span(start=29, end=40, label="PERSON", layer="entities")]
    return Document(text=DATELINE, spans=spans, status=DocStatus.DONE, meta={"lang": "id"})


def read_docbin(path: Path):
    spacy = pytest.importorskip("spacy")
    from spacy.tokens import DocBin

    return list(DocBin().from_disk(path).get_docs(spacy.blank("id").vocab))


def test_spacy_export_uses_the_target_languages_tokens_and_reports_misaligned_spans(tmp_path):
    spacy = pytest.importorskip("spacy")
    summary = export("spacy", iter([dateline_doc()]), tmp_path / "s.spacy", ExportOptions(lang="id"))
    (sdoc,) = read_docbin(tmp_path / "s.spacy")
    assert [t.text for t in sdoc] == [t.text for t in spacy.blank("id")(DATELINE)]
    assert [(e.text, e.label_) for e in sdoc.ents] == [("Jakarta", "LOC"), ("Joko Widodo", "PERSON")]
    assert sdoc[0].ent_iob == 0, "the left-out entity's token is missing, not O"
    assert "1 of 3 spans do not line up" in summary.notes[0] and "--align expand" in summary.notes[0]
    assert any("'TEMPO' is not on spaCy's 'id' token boundaries" in w for w in summary.warnings)

    summary = export("spacy", iter([dateline_doc()]), tmp_path / "e.spacy", ExportOptions(lang="id", align="expand"))
    (sdoc,) = read_docbin(tmp_path / "e.spacy")
    assert (sdoc.ents[0].text, sdoc.ents[0].label_) == ("TEMPO.CO", "ORG")
    assert "1 moved (--align expand), 0 left out" in summary.notes[0]

    export("spacy", iter([dateline_doc()]), tmp_path / "a.spacy", ExportOptions(lang="auto"))
    (sdoc,) = read_docbin(tmp_path / "a.spacy")
    assert sdoc[0].text == "TEMPO.CO"  # meta.lang is id
    with pytest.raises(ExportError, match="no tokenizer for language 'qq'"):
        export("spacy", iter([dateline_doc()]), tmp_path / "q.spacy", ExportOptions(lang="qq"))


# -- consumers: a short spacy train run on the export ----------------------------------------------


def test_spacy_train_runs_on_the_export(tmp_path):
    pytest.importorskip("spacy", reason="spaCy is in the test extra; without it there is no spacy train to run")
    docs = [dateline_doc().model_copy(update={"id": f"d{i}"}) for i in range(4)]
    export("spacy", iter(docs), tmp_path / "train.spacy", ExportOptions(lang="id", align="expand"))
    config = tmp_path / "config.cfg"
    r = subprocess.run([sys.executable, "-m", "spacy", "init", "config", str(config), "--lang", "id",
                        "--pipeline", "ner", "--optimize", "efficiency", "--force"], capture_output=True, text=True,
                       check=False)
    assert r.returncode == 0, r.stderr
    r = subprocess.run([sys.executable, "-m", "spacy", "train", str(config), "--output", str(tmp_path / "model"),
                        "--paths.train", str(tmp_path / "train.spacy"), "--paths.dev", str(tmp_path / "train.spacy"),
                        "--training.max_steps", "4", "--training.eval_frequency", "2", "--gpu-id", "-1"],
                       capture_output=True, text=True, check=False)
    assert r.returncode == 0, r.stdout + r.stderr
    spacy = pytest.importorskip("spacy")
    nlp = spacy.load(tmp_path / "model" / "model-last")
    assert "ner" in nlp.pipe_names and set(nlp.get_pipe("ner").labels) == {"ORG", "LOC", "PERSON"}
