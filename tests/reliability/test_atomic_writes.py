"""Every file the app writes goes through the one atomic writer.

A scan of the package's source for the ways Python (and Qt) write files: a
new direct write would let a crash leave a torn file where the person's old
one was.  The few exceptions are listed with the reason they are safe.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from annotator.io.atomic import atomic_write

PACKAGE = Path(__file__).resolve().parents[2] / "annotator"

WRITE_METHODS = {"write_text", "write_bytes", "to_disk", "save", "copy", "copyfile", "copy2", "copytree", "move",
                 "mkstemp", "NamedTemporaryFile", "mkdtemp", "symlink_to", "hardlink_to"}
WRITE_FLAGS = {"O_WRONLY", "O_RDWR", "O_CREAT", "O_APPEND", "O_TRUNC"}

# (file, call) → why it is safe.
ALLOWED = {
    ("io/atomic.py", "mkstemp"): "the atomic writer itself: temp file, fsync, rename",
    ("io/atomic.py", "fdopen"): "the atomic writer itself",
    ("store/lock.py", "os.open"): "the lock sidecar holds only a process id; an OS lock, not its content, is the lock",
    ("io/formats/spacy.py", "mkdtemp"): "a sharded export is built in a hidden temp folder of atomic files, "
                                         "then renamed into place",
    ("cli/__init__.py", "os.open"): "opens /dev/null to silence standard output once its reader went away "
                                     "(annotator ... | head); writes no file",
    ("io/readers/__init__.py", "open"): "standard input (import -) is copied into a private temporary folder "
                                        "for the readers, and deleted after reading; it is no output",
    ("ui/app.py", "save"): "the --screenshot PNG is encoded into memory (a QBuffer), then written by atomic_write",
    ("detect/entities/lexicon.py", "write_text"): "build time only: scripts/train_ner_id.py writes the shipped "
                                                  "lexicon into resources/; the app never calls it",
}


def _mode(call: ast.Call, position: int) -> str:
    for kw in call.keywords:
        if kw.arg == "mode" and isinstance(kw.value, ast.Constant):
            return str(kw.value.value)
    if len(call.args) > position and isinstance(call.args[position], ast.Constant):
        return str(call.args[position].value)
    return "r"


def writes_in(source: str) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        owner = func.value.id if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) else ""
        if name in ("open", "fdopen") and owner != "os":
            position = 0 if isinstance(func, ast.Attribute) and owner not in ("io", "codecs") else 1
            if name == "fdopen" or set(_mode(node, position)) & set("wax+"):
                found.append((node.lineno, name))
        elif name == "open" and owner == "os":
            flags = {n.attr for n in ast.walk(node) if isinstance(n, ast.Attribute)}
            if flags & WRITE_FLAGS:
                found.append((node.lineno, "os.open"))
        elif name == "fdopen":
            found.append((node.lineno, "fdopen"))
        elif name in WRITE_METHODS:
            found.append((node.lineno, name))
    return found


def test_the_scan_finds_direct_writes():
    sample = ("open(p, 'w')\nPath(p).open('ab')\nPath(p).write_text('x')\nos.open(p, os.O_WRONLY | os.O_CREAT)\n"
              "shutil.copy(a, b)\npixmap.save(p)\nopen(p)\nPath(p).open('rb')\n")
    assert [name for _, name in writes_in(sample)] == ["open", "open", "write_text", "os.open", "copy", "save"]


def test_every_file_write_goes_through_atomic_write():
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        for line, name in writes_in(path.read_text(encoding="utf-8")):
            if (rel, name) not in ALLOWED:
                offenders.append(f"annotator/{rel}:{line}: {name}(...) writes a file directly; "
                                 "use annotator.io.atomic.atomic_write")
    assert not offenders, "\n".join(offenders)


def test_atomic_write_keeps_the_old_file_when_the_writer_fails(tmp_path):
    target = tmp_path / "out.jsonl"
    target.write_bytes(b"old\n")
    with pytest.raises(RuntimeError):
        with atomic_write(target, "wb") as fh:
            fh.write(b"half a new")
            raise RuntimeError("disk full, say")
    assert target.read_bytes() == b"old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]  # the temp file is gone too
