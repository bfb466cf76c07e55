"""``annotator detect --project P``: the project's stored documents, resumably (issue 18, item 7).

``import --detect`` killed midway used to leave the rest of the documents without detection for ever:
importing again added nothing and so detected nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.core.labels import LAYERS
from annotator.store import open_project

ROOT = Path(__file__).resolve().parents[1]

KILLER = """
import os, signal, sys
from annotator.store.sqlite import SqliteProject
real = SqliteProject.replace_suggestions
done = []
def replace(self, *args, **kwargs):
    if len(done) == int(sys.argv[1]):
        os.kill(os.getpid(), signal.SIGKILL)
    done.append(1)
    return real(self, *args, **kwargs)
SqliteProject.replace_suggestions = replace
from annotator.cli import main
main(sys.argv[2:])
"""


@pytest.fixture
def folder(tmp_path) -> Path:
    path = tmp_path / "in"
    path.mkdir()
    for i in range(12):
        (path / f"{i:02}.txt").write_text(f"Presiden Joko Widodo berkata di Jakarta, {i} Mei.\n\"Kami siap,\" "
                                          f"kata Budi Santoso nomor {i}.\n")
    return path


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_killed_import_detect_is_finished_by_detect_project(folder, project_location, capsys):
    project = project_location
    argv = ["import", str(folder), "--project", str(project), "--detect", "--jobs", "1"]
    r = subprocess.run([sys.executable, "-c", KILLER, "5", *argv], cwd=ROOT, capture_output=True)
    assert r.returncode == -9
    with open_project(project, readonly=True) as p:
        assert p.count() == 12 and len(p.undetected(LAYERS)) == 7
    assert main(argv) == 0  # importing again adds nothing, so it detects nothing
    assert "0 documents added" in capsys.readouterr().err
    assert main(["detect", "--project", str(project), "--jobs", "1"]) == 0
    assert "7 documents detected" in capsys.readouterr().err
    with open_project(project, readonly=True) as p:
        assert p.undetected(LAYERS) == []
        assert all(p.get_document(s.pk).spans for s in p.list_documents(limit=20))
    assert main(["detect", "--project", str(project), "--missing", "--jobs", "1"]) == 0
    assert "0 documents detected" in capsys.readouterr().err
    assert main(["detect", "--project", str(project), "--all", "--jobs", "1"]) == 0
    assert "12 documents detected" in capsys.readouterr().err


def test_layers_are_tracked_one_by_one(folder, project_location, capsys):
    project = project_location
    assert main(["import", str(folder), "--project", str(project)]) == 0
    assert main(["detect", "--project", str(project), "--layers", "entities", "--jobs", "1"]) == 0
    with open_project(project, readonly=True) as p:
        assert p.undetected(["entities"]) == [] and len(p.undetected(LAYERS)) == 12
    assert main(["detect", "--project", str(project), "--layers", "quotes", "--jobs", "1"]) == 0
    assert main(["detect", "--project", str(project), "--jobs", "1"]) == 0
    assert "12 documents detected" in capsys.readouterr().err.splitlines()[-1]
    with open_project(project, readonly=True) as p:
        assert p.undetected(LAYERS) == []


def test_paths_and_project_mode_are_not_mixed(folder, tmp_path, capsys):
    assert main(["detect", str(folder)]) == 2
    assert "needs --output" in capsys.readouterr().err
    assert main(["detect", str(folder), "-o", str(tmp_path / "o.jsonl"), "--all"]) == 2
    assert "go without PATHs" in capsys.readouterr().err
