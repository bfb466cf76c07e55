"""Headless review from the command line (issue 16): accept/reject by score, status, documents, remove,
labels, --json/--quiet on every command, the help listing every command, and the documented exit codes."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import orjson
import pytest

from annotator.cli import main
from annotator.cli.commands import COMMANDS
from annotator.core.model import Document, DocStatus, Span, SpanStatus
from annotator.store import open_project

ROOT = Path(__file__).resolve().parents[1]


def suggestion(start: int, end: int, label: str, score: float) -> Span:
    return Span(start=start, end=end, label=label, layer="entities", source="detector:entities",
                status=SpanStatus.SUGGESTED, score=score)


@pytest.fixture
def project(project_location) -> str:
    """Three documents with suggestions scored 0.95, 0.4 and 0.7 (a SQLite file, then a PostgreSQL database)."""
    path = project_location
    with open_project(path) as p:
        added = p.add_documents(Document(id=f"d{i}", text=f"Gati ke Jakarta dengan Budi, hari {i}.",
                                         meta={"source": f"{i}.txt"}) for i in range(3)).added
        for pk in added:
            p.replace_suggestions(pk, ["detector:entities"], [suggestion(0, 4, "PERSON", 0.95),
                                                             suggestion(8, 15, "LOC", 0.4),
                                                             suggestion(23, 27, "PERSON", 0.7)], [])
    return path


def doc(path: str, doc_id: str) -> Document:
    with open_project(path, readonly=True) as p:
        pk = p.pk_of(doc_id)
        assert pk is not None
        return p.get_document(pk)


def json_out(capsys) -> dict:
    return orjson.loads(capsys.readouterr().out)


def test_accept_above_a_score_then_reject_the_rest_then_done(project, capsys):
    assert main(["accept", "--project", str(project), "--min-score", "0.8", "--json"]) == 0
    assert json_out(capsys) == {"accepted": 3, "documents": 3, "missing": []}
    spans = {(s.label, s.start): s.status for s in doc(project, "d1").spans}
    assert spans == {("PERSON", 0): "accepted", ("LOC", 8): "suggested", ("PERSON", 23): "suggested"}
    assert main(["reject", "--project", str(project), "--labels", "LOC", "--documents", "d0,d1", "--json"]) == 0
    assert json_out(capsys) == {"rejected": 2, "documents": 2, "missing": []}
    assert [s.label for s in doc(project, "d0").spans] == ["PERSON", "PERSON"]
    assert main(["status", "--project", str(project), "--set", "done", "--documents", "d0", "--json"]) == 0
    assert json_out(capsys) == {"documents": 1, "accepted": 1, "missing": []}  # done accepts what it shows
    d0 = doc(project, "d0")
    assert d0.status == DocStatus.DONE and all(s.status == "accepted" for s in d0.spans)
    assert main(["status", "--project", str(project), "--set", "skipped", "--documents", "d9"]) == 1
    assert "not in the project: d9" in capsys.readouterr().err
    assert main(["accept", "--project", str(project), "--labels", "PERSN"]) == 2


def test_documents_lists_by_status_as_text_and_json(project, capsys):
    assert main(["status", "--project", str(project), "--set", "done", "--documents", "d2", "-q"]) == 0
    assert capsys.readouterr() == ("", "")
    assert main(["documents", "--project", str(project), "--status", "done", "--json"]) == 0
    (row,) = json_out(capsys)["documents"]
    assert (row["id"], row["status"], row["spans"], row["suggested"]) == ("d2", "done", 3, 0)
    assert main(["documents", "--project", str(project)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[:2] for line in lines] == [["d0", "todo"], ["d1", "todo"], ["d2", "done"]]


def test_remove_asks_unless_yes(project, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["remove", "--project", str(project), "d1"]) == 2
    assert "--yes" in capsys.readouterr().err
    assert main(["remove", "--project", str(project), "d1", "d7", "--yes", "--json"]) == 1
    assert json_out(capsys) == {"removed": 1, "missing": ["d7"]}
    with open_project(project, readonly=True) as p:
        assert p.pk_of("d1") is None and p.count() == 2 and p.progress()["total"] == 2


def test_labels_list_add_rename_recolour(project, capsys):
    assert main(["labels", "--project", str(project), "--add", "entities:PRODUCT:#123456",
                 "--rename", "LOC=PLACE", "--colour", "PERSON=#abcdef", "--json"]) == 0
    out = json_out(capsys)
    entities = {lab["name"]: lab["color"] for lab in out["layers"]["entities"]}
    assert entities["PRODUCT"] == "#123456" and entities["PERSON"] == "#abcdef"
    assert "LOC" not in entities and "PLACE" in entities
    assert "renamed LOC to PLACE (3 spans)" in out["changes"]
    assert [s.label for s in doc(project, "d0").spans] == ["PERSON", "PLACE", "PERSON"]
    assert main(["labels", "--project", str(project), "--rename", "NOPE=X"]) == 2
    assert main(["labels", "--project", str(project), "--colour", "PERSON=red"]) == 2
    assert main(["labels", "--project", str(project)]) == 0
    assert "PLACE" in capsys.readouterr().out


def commands_and_subcommands() -> dict[str, argparse.ArgumentParser]:
    """``annotator COMMAND`` and ``annotator COMMAND SUBCOMMAND`` (team init-db) parsers, by name."""
    from annotator.cli import _parser

    found = {}
    todo = [("", _parser())]
    while todo:
        name, parser = todo.pop()
        subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if name and not subs:
            found[name] = parser
        for sub in subs:
            todo += [(f"{name} {child}".strip(), p) for child, p in sub.choices.items()]
    return found


def options_of(parser: argparse.ArgumentParser) -> set[str]:
    return {o for a in parser._actions for o in a.option_strings if o.startswith("--")}


def test_every_command_takes_quiet_and_json_and_every_option_has_help(capsys):
    found = commands_and_subcommands()
    assert {name.split()[0] for name in found} == set(COMMANDS)
    for name, p in found.items():
        assert {"--quiet", "--json"} <= options_of(p), name
        for action in p._actions:
            assert action.help, f"{name} {action.option_strings or action.dest} has no help"


def test_top_level_help_lists_each_command_with_its_description(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for name in COMMANDS:
        assert any(line.split()[:1] == [name] and len(line.split()) > 2 for line in out.splitlines()), name
    assert "exit status: 0 ok; 1 partial problems" in out


def test_docs_formats_and_cli_agree():
    """Every option of export and import appears in docs/formats.md; the README's synopsis of each command names
    exactly the options ``annotator COMMAND --help`` lists (those every command takes aside)."""
    from annotator.cli import _parser

    parser = _parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    doc = (ROOT / "docs" / "formats.md").read_text(encoding="utf-8")
    generic = {"-h", "--help", "--project", "--annotator", "--output", "--quiet", "--json"}
    not_formats = {"export": {"--format"}, "import": {"--format", "--detect", "--lang", "--layers", "--jobs"}}
    for name, skip in not_formats.items():  # import's detection options are the README's and detect's
        for action in sub.choices[name]._actions:
            for opt in action.option_strings:
                if opt.startswith("--") and opt not in generic | skip:
                    assert opt in doc, f"{name} {opt} is not in docs/formats.md"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    synopsis = readme.split("## Command line", 1)[1].split("```")[1]
    found = commands_and_subcommands()
    documented: dict[str, set[str]] = {}
    command = None
    for line in synopsis.splitlines():
        words = line.split()
        if words[:1] == ["annotator"]:
            command = next((n for n in (" ".join(words[1:3]), " ".join(words[1:2])) if n in found), None)
        if command:
            documented.setdefault(command, set()).update(re.findall(r"--[a-z][a-z-]*", line))
    assert set(documented) == set(found)
    for name, p in found.items():
        options = options_of(p)
        assert options - generic <= documented[name], f"annotator {name}: not in the README"
        assert documented[name] - generic <= options, f"annotator {name}: the README names options it lacks"


@pytest.mark.parametrize("name", list(COMMANDS))
def test_a_usage_error_exits_2_on_every_command(name, capsys):
    with pytest.raises(SystemExit) as exc:
        main([name, "--no-such-option"])
    assert exc.value.code == 2 and "error: " in capsys.readouterr().err


def test_importing_nothing_that_exists_does_not_create_the_project(tmp_path, capsys):
    project = tmp_path / "q.annotator"
    assert main(["import", str(tmp_path / "missing.txt"), "--project", str(project)]) == 1
    assert "missing.txt: no such file or folder" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
