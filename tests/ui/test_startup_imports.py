"""Start-up imports only what the first paint needs: ``python -m annotator --project P`` is run until the window
has painted its first document, and the modules loaded by then must not include the readers, exporters,
detectors, the tokenizer, process pools, pydantic or the optional libraries (each is imported on first use), nor
make Python classes for all of QtWidgets."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys

import pytest

from annotator.core.model import Document
from annotator.store import open_project

# What the window uses only after the first paint: reading and writing files, detection, agreement's tokens,
# worker processes, and the libraries behind them; pydantic, which only validates values of the wrong type
# (core/record.py), and the project's values are of the right one; the team's views, hidden at the start.
NOT_AT_START = [
    "annotator.io.readers", "annotator.io.formats", "annotator.detect", "annotator.core.tokenize", "regex",
    "multiprocessing", "concurrent.futures.process", "lxml", "trafilatura", "spacy", "numpy", "pycrfsuite",
    "dask", "distributed", "psycopg", "pydantic", "pydantic_core", "annotator.core.schema",
    # the team's views (built when first shown) and what only they use
    "annotator.ui.widgets.curation", "annotator.ui.widgets.agreement", "annotator.ui.controllers.curation",
    "annotator.ui.controllers.agreement", "annotator.tasks.agreement", "annotator.core.curation",
    "annotator.ui.widgets.guidelines",  # behind the spans' tab at the start
    # the tasks (imported when a job runs); a new project's default folder; the question for one's name
    "annotator.tasks.importing", "annotator.tasks.exporting", "annotator.tasks.detecting", "annotator.tasks.training",
    "annotator.tasks.reviewing", "annotator.tasks.merge", "annotator.tasks.statistics", "platformdirs", "getpass",
    "hashlib",  # ids of new documents and spans
    "annotator.store.schema",  # the migrations, for a project made by an older version
    "annotator.ui.widgets.search", "queue",  # the document list's thread, for a filter or a large project
    "annotator.io.errors",  # the readers' errors
]

RUN_TO_FIRST_PAINT = """
import atexit, json, runpy, sys
atexit.register(lambda: print("modules " + json.dumps(sorted(sys.modules)), flush=True))
atexit.register(lambda: print("qtwidgets " + json.dumps(sorted(vars(sys.modules["PySide6.QtWidgets"]))), flush=True))
sys.argv = ["annotator", "--project", sys.argv[1]]
runpy.run_module("annotator", run_name="__main__")
"""


def test_the_first_paint_imports_nothing_it_does_not_need(tmp_path):
    project = tmp_path / "p.annotator"
    with open_project(project) as p:
        p.add_documents([Document(text=f"Presiden Joko Widodo berkunjung ke Jakarta, hari ke-{i}.") for i in range(5)])
    env = {**os.environ, "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen", "ANNOTATOR_FIRST_PAINT": "1"}
    run = subprocess.run([sys.executable, "-c", RUN_TO_FIRST_PAINT, str(project)], capture_output=True, text=True,
                         timeout=300, env=env)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert any(line.startswith("first paint") for line in lines)  # painted before the modules were listed
    loaded = set(json.loads(next(line for line in lines if line.startswith("modules "))[len("modules "):]))
    assert "annotator.ui.window" in loaded and "PySide6.QtWidgets" in loaded
    early = sorted(m for m in loaded if any(m == name or m.startswith(name + ".") for name in NOT_AT_START))
    assert early == []
    # PySide makes a QtWidgets class's Python type (and its enums) when first used; a C++-made widget handed
    # to Python as a base class (the text view's viewport) would make all of them, the window uses none of these;
    # the dialogs are made when they open
    made = set(json.loads(next(line for line in lines if line.startswith("qtwidgets "))[len("qtwidgets "):]))
    assert "QPlainTextEdit" in made
    assert not made & {"QWizard", "QMdiArea", "QCalendarWidget", "QDial", "QLCDNumber",
                       "QMessageBox", "QFileDialog", "QInputDialog"}


RUN_WATCHING_THE_COLLECTOR = """
import gc, importlib.abc, runpy, sys


class Watch(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name == "annotator.ui.window":
            print(f"collector while starting: {gc.isenabled()}", flush=True)


class Out:  # notes the collector's state when the window says it has painted
    def __init__(self, out):
        self.out = out

    def write(self, text):
        if text.startswith("first paint"):
            self.out.write(f"collector at the first paint: {gc.isenabled()}\\n")
        return self.out.write(text)

    def flush(self):
        self.out.flush()


sys.meta_path.insert(0, Watch())
sys.stdout = Out(sys.stdout)
sys.argv = ["annotator", "--project", sys.argv[1]]
runpy.run_module("annotator", run_name="__main__")
"""


def test_the_garbage_collector_waits_for_the_first_paint_only(tmp_path):
    """Off while the window starts (annotator.cli), on again once it has painted; a command never turns it off,
    and a start that ends early leaves it on."""
    project = tmp_path / "p.annotator"
    with open_project(project) as p:
        p.add_documents([Document(text="Presiden Joko Widodo berkunjung ke Jakarta.")])
    env = {**os.environ, "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen", "ANNOTATOR_FIRST_PAINT": "1"}
    run = subprocess.run([sys.executable, "-c", RUN_WATCHING_THE_COLLECTOR, str(project)], capture_output=True,
                         text=True, timeout=300, env=env)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert "collector while starting: False" in lines and "collector at the first paint: True" in lines

    from annotator.cli import main

    assert gc.isenabled()
    with pytest.raises(SystemExit):
        main(["--version"])
    assert gc.isenabled()
    assert main(["stats", "--project", str(project)]) == 0 and gc.isenabled()
