"""CoNLL files import as gold: token and IOB tag columns, sentences or -DOCSTART- documents, spans accepted,
documents done."""

from __future__ import annotations

from pathlib import Path

from annotator.cli import main
from annotator.core.labels import LabelScheme
from annotator.core.model import DocStatus, SpanStatus
from annotator.io.errors import InputError
from annotator.io.readers import read_paths
from annotator.io.readers.options import ReadOptions
from annotator.store import open_project

NERGRIT = ("Presiden\tB-PERSON\nJoko\tI-PERSON\nWidodo\tI-PERSON\nke\tO\nSurabaya\tB-PLACE\n\n"
           "Bank\tB-ORGANISATION\nIndonesia\tI-ORGANISATION\nnaik\tO\n")
CONLL2003 = ("-DOCSTART- -X- O O\n\nEU NNP B-NP I-ORG\nrejects VBZ B-VP O\nGerman JJ B-NP I-MISC\n\n"
             "Peter NNP B-NP I-PER\nBlackburn NNP I-NP I-PER\n\n-DOCSTART- -X- O O\n\nBRUSSELS NNP B-NP I-LOC\n")


def entities(doc):
    return [(doc.text[s.start:s.end], s.label, s.status) for s in doc.spans]


def test_each_sentence_is_a_document_without_docstart(tmp_path):
    path = tmp_path / "nergrit.txt"
    path.write_text(NERGRIT, encoding="utf-8")
    docs = list(read_paths([path], LabelScheme.default(), ReadOptions(format="conll")))
    assert [d.text for d in docs] == ["Presiden Joko Widodo ke Surabaya", "Bank Indonesia naik"]
    assert entities(docs[0]) == [("Presiden Joko Widodo", "PERSON", SpanStatus.ACCEPTED),
                                 ("Surabaya", "LOC", SpanStatus.ACCEPTED)]
    assert entities(docs[1]) == [("Bank Indonesia", "ORG", SpanStatus.ACCEPTED)]
    assert all(d.status == DocStatus.DONE for d in docs)


def test_docstart_makes_documents_of_sentences_and_iob1_tags_start_entities(tmp_path):
    path = tmp_path / "eng.conll"  # .conll is read as CoNLL without --format
    path.write_text(CONLL2003, encoding="utf-8")
    docs = list(read_paths([path], LabelScheme.default()))
    assert [d.text for d in docs] == ["EU rejects German\nPeter Blackburn", "BRUSSELS"]
    assert entities(docs[0]) == [("EU", "ORG", SpanStatus.ACCEPTED), ("German", "MISC", SpanStatus.ACCEPTED),
                                 ("Peter Blackburn", "PERSON", SpanStatus.ACCEPTED)]
    assert entities(docs[1]) == [("BRUSSELS", "LOC", SpanStatus.ACCEPTED)]


def test_a_label_the_scheme_lacks_is_one_problem_naming_the_line_and_the_rest_imports(tmp_path):
    path = tmp_path / "x.conll"
    path.write_text("Avanza\tB-PRODUCT\nbaru\tO\n\nJakarta\tB-LOC\n\nx\tQ-LOC\n", encoding="utf-8")
    items = list(read_paths([path], LabelScheme.default()))
    assert [type(i) for i in items] == [InputError, type(items[1]), InputError]
    assert str(items[0]).startswith(f"{path}:1: label 'PRODUCT' is not an entity label of the project")
    assert items[1].text == "Jakarta"
    assert str(items[2]).startswith(f"{path}:6: tag 'Q-LOC'")


def test_cli_imports_nergrit_style_gold_into_a_project(tmp_path, capsys):
    path = tmp_path / "train.txt"
    path.write_text(NERGRIT, encoding="utf-8")
    project = tmp_path / "p.annotator"
    assert main(["import", "--format", "conll", str(path), "--project", str(project)]) == 0
    with open_project(project, readonly=True) as store:
        assert store.progress()["done"] == 2
        docs = list(store.iter_documents(DocStatus.DONE))
    assert sorted(label for d in docs for _, label, _ in entities(d)) == ["LOC", "ORG", "PERSON"]
    assert "2 documents added" in capsys.readouterr().err


def test_the_nergrit_training_file_imports_whole(shared_data: Path):
    path = shared_data / "ner" / "id" / "nergrit_train.txt"
    docs = list(read_paths([path], LabelScheme.default(), ReadOptions(format="conll")))
    assert len(docs) == 1672 and not [d for d in docs if isinstance(d, InputError)]
    assert sum(len(d.spans) for d in docs) == 2688 + 1015 + 1618  # B- tags of PLACE, ORGANISATION, PERSON
