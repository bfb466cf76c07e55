"""docs/architecture.md, "Rules": only annotator.ui imports Qt; core imports nothing else of the package."""

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "annotator"


def test_import_linter_contracts_are_kept():
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert exe, "import-linter is part of the test extra"
    run = subprocess.run([exe], cwd=PACKAGE.parent, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "broken" not in run.stdout.lower().split("contracts:")[-1].replace("0 broken", "")


def test_no_qt_import_outside_ui():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if "ui" in path.relative_to(PACKAGE).parts[:1]:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.relative_to(PACKAGE)}: {n}" for n in names
                          if n.split(".")[0] in ("PySide6", "shiboken6")]
    assert not offenders, offenders


def test_comments_and_docs_cite_only_documents_in_the_repository():
    """Contracts live in docs/ (docs/contracts.md); nothing points at a design document the repository lacks."""
    root = PACKAGE.parent
    outside = "DES" + "IGN §"  # split so that neither this test nor a grep finds itself
    offenders = []
    for folder in ("annotator", "tests", "bench", "docs", "scripts", "fuzz"):
        for path in (root / folder).rglob("*"):
            if path.suffix in (".py", ".md", ".txt", ".toml") and path.is_file():
                if outside in path.read_text(encoding="utf-8", errors="replace"):
                    offenders.append(str(path.relative_to(root)))
    assert not offenders, offenders
    cited = {m for path in PACKAGE.rglob("*.py") for m in re.findall(r"docs/[\w/.-]+\.md", path.read_text("utf-8"))}
    assert "docs/contracts.md" in cited
    assert not [name for name in cited if not (root / name).is_file()], "code cites a missing doc"


def test_labels_with_behaviour_are_named_by_their_constants():
    """QUOTE, SPEAKER, BOILERPLATE … are defined once (core/labels.py); code that gives them a meaning uses the
    constants, so a renamed label cannot leave a forgotten literal behind.  (Entity detectors' label maps for
    outside corpora and models are data and may spell them.)"""
    from annotator.core import labels

    names = {labels.QUOTE, labels.CUE, labels.SPEAKER, labels.BOILERPLATE, labels.TITLE, labels.BYLINE,
             labels.DATELINE, labels.CAPTION, labels.SUBHEADING}
    found = []
    for path in PACKAGE.rglob("*.py"):
        if path == PACKAGE / "core" / "labels.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr)}
        found += [f"{path.relative_to(PACKAGE)}:{n.lineno} {n.value!r}" for n in ast.walk(tree)
                  if isinstance(n, ast.Constant) and n.value in names and id(n) not in docstrings]
    assert not found, found
