"""Entity patterns: Prodigy pattern files as a suggestion source, and the lexicon learned from corrections."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from annotator.cli import main
from annotator.core.model import Document, Span, SpanStatus
from annotator.core.tokenize import tokenize
from annotator.detect.entities.patterns import PatternError, PatternMatcher, parse_pattern
from annotator.store import open_project
from annotator.tasks import detect_documents
from annotator.tasks.patterns import import_patterns, lexicon, remove_patterns, set_min_count

SENTENCE = "Menurut Garuda, harga tiket naik."  # the shipped model calls Garuda a PERSON here
TEXTS = [f"Menurut Garuda, harga tiket ke kota {k} naik." for k in range(5)]


def write_patterns(path: Path, records: list) -> Path:
    path.write_text("".join((r if isinstance(r, str) else orjson.dumps(r).decode()) + "\n" for r in records),
                    encoding="utf-8")
    return path


def matches(patterns: list[dict], text: str) -> list[tuple[str, str]]:
    tokens = tokenize(text)
    found = PatternMatcher([parse_pattern(p) for p in patterns]).matches(tokens)
    return [(text[tokens[m.start].start:tokens[m.end - 1].end], m.label) for m in found]


def test_phrase_and_token_patterns_match_on_the_projects_tokens():
    text = "Garuda Indonesia dan GARUDA terbang; Bank Mandiri dan Bank Rakyat Indonesia juga."
    assert matches([{"label": "ORG", "pattern": "Garuda Indonesia"}], text) == [("Garuda Indonesia", "ORG")]
    assert matches([{"label": "ORG", "pattern": [{"lower": "garuda"}]}], text) == [
        ("Garuda", "ORG"), ("GARUDA", "ORG")]
    bank = [{"LOWER": "bank"}, {"IS_TITLE": True, "OP": "+"}]
    assert matches([{"label": "ORG", "pattern": bank}], text) == [("Bank Mandiri", "ORG"),
                                                                  ("Bank Rakyat Indonesia", "ORG")]
    optional = [{"orth": "Garuda"}, {"orth": "Indonesia", "op": "?"}]
    assert matches([{"label": "ORG", "pattern": optional}], text) == [("Garuda Indonesia", "ORG")]
    either = [{"lower": {"in": ["mandiri", "garuda"]}}]
    assert [m for m, _ in matches([{"label": "ORG", "pattern": either}], text)] == ["Garuda", "GARUDA", "Mandiri"]
    # longer before shorter, whatever the order of the patterns
    both = [{"label": "LOC", "pattern": "Indonesia"}, {"label": "ORG", "pattern": "Bank Rakyat Indonesia"}]
    assert ("Bank Rakyat Indonesia", "ORG") in matches(both, text) and ("Indonesia", "LOC") in matches(both, text)


@pytest.mark.parametrize("record, why", [
    ({"pattern": "x"}, "no label"),
    ({"label": "ORG", "pattern": [{"pos": "PROPN"}]}, "unsupported token attribute 'pos'"),
    ({"label": "ORG", "pattern": [{"lower": "x", "op": "{2}"}]}, "unsupported op"),
    ({"label": "ORG", "pattern": [{"lower": "x", "op": "?"}]}, "no token at all"),
    ({"label": "ORG", "pattern": ""}, "empty"),
])
def test_a_pattern_the_program_cannot_use_says_why(record, why):
    with pytest.raises(PatternError, match=why):
        parse_pattern(record)


def project_with(path: Path | str, texts: list[str]) -> list[int]:
    with open_project(path) as project:
        return project.add_documents(Document(text=t, meta={"lang": "id"}) for t in texts).added


def entity_labels(path: Path | str, pk: int) -> dict[str, tuple[str, str]]:
    with open_project(path, readonly=True) as project:
        doc = project.get_document(pk)
    return {doc.text[s.start:s.end]: (s.label, s.source) for s in doc.spans if s.layer == "entities"}


def test_imported_patterns_are_suggested_over_the_model(tmp_path):
    path = tmp_path / "p.annotator"
    [pk, pk2] = project_with(path, [SENTENCE, "Kata Budi, Garuda Indonesia menambah armada ke Bali."])
    with open_project(path) as project:
        detect_documents(project, layers=["entities"])
    assert entity_labels(path, pk)["Garuda"] == ("PERSON", "detector:entities")

    patterns = write_patterns(tmp_path / "orgs.jsonl", [
        {"label": "ORG", "pattern": [{"lower": "garuda"}]},
        {"label": "ORG", "pattern": "Garuda Indonesia"},
        {"label": "ORG", "pattern": "Garuda Indonesia"},  # a duplicate
        {"label": "BRAND", "pattern": "Avanza"},  # no such label
        "not json",
    ])
    with open_project(path) as project:
        result = import_patterns(project, patterns)
        assert (result.added, result.duplicates) == (2, 1)
        assert [p.split(": ", 1)[0] for p in result.problems] == [f"{patterns}:4", f"{patterns}:5"]
        assert "no label 'BRAND'" in result.problems[0]
        detect_documents(project, layers=["entities"])
    assert entity_labels(path, pk)["Garuda"] == ("ORG", "detector:patterns")
    found = entity_labels(path, pk2)
    assert found["Garuda Indonesia"] == ("ORG", "detector:patterns") and "Garuda" not in found
    assert found["Budi"][1] == "detector:entities"  # the model still suggests everything else

    # a person's span is never overridden
    with open_project(path) as project:
        doc = project.get_document(pk)
        garuda = next(s for s in doc.spans if doc.text[s.start:s.end] == "Garuda")
        project.update_span(pk, garuda.id, label="PERSON", status=SpanStatus.ACCEPTED)
        detect_documents(project, layers=["entities"])
        assert remove_patterns(project, None) == 2
    assert entity_labels(path, pk)["Garuda"][0] == "PERSON"


def test_the_patterns_command_imports_lists_and_removes(tmp_path, capsys):
    path = tmp_path / "p.annotator"
    project_with(path, [SENTENCE])
    patterns = write_patterns(tmp_path / "p.jsonl", [{"label": "ORG", "pattern": "Garuda"},
                                                     {"label": "LOC", "pattern": [{"lower": "jakarta"}]}])
    assert main(["patterns", "import", str(patterns), "--project", str(path)]) == 0
    assert "2 patterns added" in capsys.readouterr().err
    assert main(["patterns", "list", "--project", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["1", "ORG", "Garuda", "(p.jsonl)"] and out[1].split()[:2] == ["2", "LOC"]
    assert main(["patterns", "remove", "1", "--project", str(path)]) == 0
    assert main(["patterns", "list", "--project", str(path), "--json"]) == 0
    listed = orjson.loads(capsys.readouterr().out.splitlines()[-1])
    assert [p["label"] for p in listed["patterns"]] == ["LOC"] and listed["min_count"] == 3
    assert main(["patterns", "remove", "7", "--project", str(path)]) == 2


def test_the_lexicon_learns_from_corrections(project_location):
    path = project_location
    pks = project_with(path, [*TEXTS, SENTENCE])
    *corrected, new = pks
    with open_project(path) as project:
        detect_documents(project, layers=["entities"])
        # relabel the model's PERSON as ORG on two documents: not yet enough
        for pk in corrected[:2]:
            doc = project.get_document(pk)
            span = next(s for s in doc.spans if doc.text[s.start:s.end] == "Garuda")
            project.update_span(pk, span.id, label="ORG", status=SpanStatus.ACCEPTED)
        detect_documents(project, [new], layers=["entities"])
        assert lexicon(project).learned == []
    assert entity_labels(path, new)["Garuda"] == ("PERSON", "detector:entities")
    with open_project(path) as project:
        doc = project.get_document(corrected[2])
        span = next(s for s in doc.spans if doc.text[s.start:s.end] == "Garuda")
        project.update_span(corrected[2], span.id, label="ORG", status=SpanStatus.ACCEPTED)
        assert lexicon(project).learned == [("Garuda", "ORG", 3)]
        detect_documents(project, [new], layers=["entities"])
    assert entity_labels(path, new)["Garuda"] == ("ORG", "detector:patterns")


def test_a_name_rejected_often_enough_is_no_longer_suggested(project_location):
    # rejected three times (more often than accepted): no longer suggested; an undo takes a rejection back
    path = project_location
    pks = project_with(path, [*TEXTS, SENTENCE])
    *corrected, new = pks
    with open_project(path) as project:
        detect_documents(project, layers=["entities"])
        removed = []
        for pk in corrected[:3]:
            doc = project.get_document(pk)
            span = next(s for s in doc.spans if doc.text[s.start:s.end] == "Garuda")
            removed.append((pk, project.remove_span(pk, span.id)))
        assert lexicon(project).rejected == {("Garuda", "PERSON"): 3}
        detect_documents(project, [new], layers=["entities"])
        assert "Garuda" not in entity_labels(path, new)
        project.restore_span(*removed[-1])  # undo
        assert lexicon(project).rejected == {}
        detect_documents(project, [new], layers=["entities"])
        assert entity_labels(path, new)["Garuda"] == ("PERSON", "detector:entities")
        set_min_count(project, 2)  # the team's threshold
        detect_documents(project, [new], layers=["entities"])
        assert "Garuda" not in entity_labels(path, new)
        # a person's own span with the name is not a detector's suggestion: removing it rejects nothing
        project.add_span(new, Span(start=8, end=14, label="PERSON", layer="entities"))
        project.remove_span(new, Span(start=8, end=14, label="PERSON", layer="entities").id)
        assert lexicon(project).rejected == {("Garuda", "PERSON"): 2}
