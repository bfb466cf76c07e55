"""Output files are safe (issue 18, items 1 and 9).

An export or detection never replaces the project it reads, a symlink, a named pipe or a device; ``-`` is
standard output; a train/dev/test split appears all at once even when the export is SIGKILLed between two
renames, and a killed export's temp files go away on the next run.  The kills are deterministic: the child
kills itself at a chosen rename."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import orjson
import pytest

from annotator.cli import main
from annotator.core.model import Document, DocStatus
from annotator.io.atomic import OutputRefused, atomic_group, atomic_write, check_output
from annotator.store import open_project

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(os.name != "posix", reason="symlinks, FIFOs and SIGKILL are POSIX")


@pytest.fixture
def project(tmp_path) -> Path:
    path = tmp_path / "p.annotator"
    with open_project(path) as p:
        p.add_documents([Document(text=f"Dokumen nomor {i}.", status=DocStatus.DONE) for i in range(30)])
        p.set_setting("guidelines", "keep me")
    return path


def run(*args: object, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "annotator", *map(str, args)], capture_output=True, cwd=ROOT,
                          input=stdin)


def intact(path: Path) -> bool:
    with open_project(path, readonly=True) as p:
        return p.count() == 30 and p.get_setting("guidelines") == "keep me"


@pytest.mark.parametrize("name", ["same", "hardlink", "symlink"])
def test_export_onto_the_project_is_refused_and_the_project_kept(project, tmp_path, name):
    output = {"same": project, "hardlink": tmp_path / "link.jsonl", "symlink": tmp_path / "sym.jsonl"}[name]
    if name == "hardlink":
        os.link(project, output)
    elif name == "symlink":
        output.symlink_to(project)
    r = run("export", "--project", project, "-o", output, "--status", "all")
    assert r.returncode == 2, r.stderr
    err = r.stderr.decode()
    assert err.count("\n") == 1 and "choose another output file" in err and "Traceback" not in err
    assert intact(project)


def test_detect_onto_a_project_is_refused(project, tmp_path):
    text = tmp_path / "a.txt"
    text.write_text("Presiden Joko Widodo berkata.\n")
    r = run("detect", text, "-o", project, "--jobs", "1")
    assert r.returncode == 2 and b"project" in r.stderr
    assert intact(project)


def test_the_open_project_is_refused_in_process_by_any_name(project, tmp_path):
    with open_project(project) as p:
        os.link(project, tmp_path / "other-name")  # made while open (a project with two names opens read-only)
        for path in (project, tmp_path / "other-name", Path(p.path + "-wal")):
            with pytest.raises(OutputRefused):
                check_output(path)
    # closed, the project is still a database: refused by its content
    with pytest.raises(OutputRefused, match="SQLite"):
        with atomic_write(tmp_path / "other-name") as fh:
            fh.write(b"x")
    assert intact(project)


def test_a_symlinked_output_stays_a_symlink(project, tmp_path):
    real = tmp_path / "real.jsonl"
    real.write_bytes(b"old\n")
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    assert run("export", "--project", project, "-o", link, "--status", "all").returncode == 0
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert len(real.read_bytes().splitlines()) == 30
    dangling = tmp_path / "dangling.jsonl"
    dangling.symlink_to(tmp_path / "new" / "made.jsonl")
    assert run("export", "--project", project, "-o", dangling, "--status", "all").returncode == 0
    assert dangling.is_symlink() and len((tmp_path / "new" / "made.jsonl").read_bytes().splitlines()) == 30


def test_a_fifo_is_written_through_not_replaced(project, tmp_path):
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    r = run("export", "--project", project, "-o", fifo, "--status", "all")
    reader.join()
    assert r.returncode == 0, r.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert len(got[0].splitlines()) == 30
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_dash_is_standard_output(project):
    r = run("export", "--project", project, "-o", "-", "--status", "all")
    assert r.returncode == 0, r.stderr
    assert [orjson.loads(line)["text"] for line in r.stdout.splitlines()][:2] == ["Dokumen nomor 0.",
                                                                                   "Dokumen nomor 1."]
    assert not (ROOT / "-").exists()


def test_dev_null_stays_a_device(project):
    assert run("export", "--project", project, "-o", "/dev/null", "--status", "all").returncode == 0
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_text_mode_to_stdout_leaves_stdout_open(capsysbinary):
    with atomic_write("-", "w", encoding="utf-8") as fh:
        fh.write("ä\n")
    sys.stdout.write("after\n")
    assert capsysbinary.readouterr().out == "ä\nafter\n".encode()


# -- split sets: killed between renames -----------------------------------------------------------------------

KILLER = """
import os, signal, sys
real = os.replace
seen = []
def replace(src, dst):
    if str(src).endswith(".part"):
        if len(seen) == int(sys.argv[1]):
            os.kill(os.getpid(), signal.SIGKILL)
        seen.append(dst)
    return real(src, dst)
os.replace = replace
from annotator.cli import main
main(sys.argv[2:])
"""


def kill_export_at_rename(n: int, argv: list[str]) -> int:
    """Run the command in a child that SIGKILLs itself at its ``n``-th rename (a split set's journal is the
    first, then the parts)."""
    r = subprocess.run([sys.executable, "-c", KILLER, str(n), *argv], capture_output=True, cwd=ROOT)
    return r.returncode


def split_args(project: Path, out: Path) -> list[str]:
    return ["export", "--project", str(project), "-o", str(out), "--status", "all", "--split", "0.4,0.3,0.3"]


def parts(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.name.startswith("out-")}


@pytest.mark.parametrize("kill_at", [0, 1, 2])
def test_a_split_set_is_all_old_or_all_new_after_a_kill(project, tmp_path, kill_at):
    ref, out = tmp_path / "ref", tmp_path / "out"
    ref.mkdir()
    out.mkdir()
    assert main(split_args(project, ref / "out.jsonl")) == 0
    new = parts(ref)
    for name in new:
        (out / name).write_bytes(b"old\n")
    assert kill_export_at_rename(kill_at, split_args(project, out / "out.jsonl")) == -9
    hidden = [p.name for p in out.iterdir() if p.name.startswith(".")]
    assert any(name.endswith(".commit") for name in hidden) == (kill_at > 0)
    with atomic_write(out / "unrelated.txt") as fh:  # any later write into the folder finishes or drops the set
        fh.write(b"x")
    assert parts(out) == (new if kill_at > 0 else {name: b"old\n" for name in new})
    assert main(split_args(project, out / "out.jsonl")) == 0
    assert parts(out) == new
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []  # stale temp files cleaned


def test_a_killed_single_export_leaves_no_temp_file_after_the_next_run(project, tmp_path):
    out = tmp_path / "o.jsonl"
    argv = ["export", "--project", str(project), "-o", str(out), "--status", "all"]
    for _ in range(3):
        assert kill_export_at_rename(0, argv) == -9
    assert len([p for p in tmp_path.iterdir() if p.name.startswith(".o.jsonl.")]) == 1  # each run cleans the last
    assert main(argv) == 0
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".o.jsonl.")] == []


def test_a_live_writers_temp_file_is_not_removed(tmp_path):
    target = tmp_path / "x.jsonl"
    with atomic_write(target) as outer:
        outer.write(b"outer")
        with atomic_write(target) as inner:  # cleans stale temp files of x.jsonl; the outer one is alive
            inner.write(b"inner")
    assert target.read_bytes() == b"outer"


def test_a_group_that_fails_leaves_every_old_file(tmp_path):
    (tmp_path / "a").write_bytes(b"old a")
    (tmp_path / "b").write_bytes(b"old b")
    with pytest.raises(RuntimeError):
        with atomic_group(tmp_path / "a"):
            with atomic_write(tmp_path / "a") as fh:
                fh.write(b"new a")
            with atomic_write(tmp_path / "b") as fh:
                fh.write(b"new b")
            raise RuntimeError("disk on fire")
    assert (tmp_path / "a").read_bytes() == b"old a" and (tmp_path / "b").read_bytes() == b"old b"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "b"]
