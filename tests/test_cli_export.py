"""`annotator export` never succeeds silently with nothing in it (issue 16, item 2)."""

from __future__ import annotations

import pytest

from annotator.cli import main
from annotator.core.model import Document, Span, SpanStatus
from annotator.store import open_project


@pytest.fixture
def detected(project_location) -> str:
    """A project right after `import --detect`: every document todo, every span a suggestion (a SQLite file,
    then a PostgreSQL database)."""
    path = project_location
    with open_project(path) as project:
        result = project.add_documents(Document(text=f"Gati ke Jakarta hari ke-{i}.", meta={"source": f"{i}.txt"})
                                       for i in range(3))
        for pk in result.added:
            project.replace_suggestions(pk, ["detector:entities"], [
                Span(start=0, end=4, label="PERSON", layer="entities", source="detector:entities",
                     status=SpanStatus.SUGGESTED, score=0.9)], [])
    return path


def test_an_export_of_no_document_says_why_and_exits_1(detected, tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    assert main(["export", "--project", str(detected), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "nothing to export: no document has status done (the project has 3 todo, 0 done, 0 skipped)" in err
    assert "--status all" in err and "--allow-empty" in err and not out.exists()
    assert main(["export", "--project", str(detected), "-o", str(out), "--allow-empty"]) == 0
    assert out.read_bytes() == b""


def test_a_label_the_project_lacks_is_a_usage_error(detected, tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    assert main(["export", "--project", str(detected), "-o", str(out), "--status", "all", "--labels", "PERSN"]) == 2
    assert "no label 'PERSN'; did you mean PERSON?" in capsys.readouterr().err
    assert main(["export", "--project", str(detected), "-o", str(out), "--labels", "PERSN"]) == 2, \
        "a wrong option is reported before an empty selection"
    assert not out.exists()


def test_training_data_without_a_span_exits_1_and_names_the_way_out(detected, tmp_path, capsys):
    out = tmp_path / "ner.jsonl"
    assert main(["export", "--project", str(detected), "-o", str(out), "--status", "all", "-f", "hf"]) == 1
    assert "no span was exported" in capsys.readouterr().err
    assert main(["export", "--project", str(detected), "-o", str(out), "--status", "all", "-f", "hf",
                 "--include-suggestions"]) == 0
    assert "PERSON" in capsys.readouterr().err
    # native is also a transfer format: plain documents without spans are a fine export
    assert main(["export", "--project", str(detected), "-o", str(tmp_path / "n.jsonl"), "--status", "all"]) == 0
