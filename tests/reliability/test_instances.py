"""Two app instances on one project: the second is told the project is in use
(or opens it read-only); nothing is corrupted, and a killed holder never
leaves a stale lock."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.cli import main as cli_main
from annotator.core.model import Document, Span
from annotator.store import ProjectInUse, SqliteProject, StoreError, open_project

REPO = Path(__file__).resolve().parents[2]

HOLDER = """
import sys
from annotator.core.model import Document
from annotator.store import open_project
project = open_project(sys.argv[1])
print("ready", flush=True)
for line in sys.stdin:  # each line: add a document, acknowledge it
    project.add_documents([Document(text=line.strip())])
    print("added", flush=True)
"""


class Holder:
    """Another annotator process with the project open for writing."""

    def __init__(self, path: Path):
        self.proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, cwd=REPO)
        assert self.proc.stdout.readline().strip() == "ready"

    def add(self, text: str) -> None:
        self.proc.stdin.write(text + "\n")
        self.proc.stdin.flush()
        assert self.proc.stdout.readline().strip() == "added"

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.stdin.close()
            self.proc.wait(timeout=30)


@pytest.fixture
def project_path(tmp_path):
    path = tmp_path / "shared.annotator"
    with open_project(path) as p:
        p.add_documents([Document(text="Presiden Joko Widodo berkata di Jakarta.")])
    return path


@pytest.fixture
def holder(project_path):
    h = Holder(project_path)
    yield h
    h.close()


def integrity(path: Path) -> None:
    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        db.close()


def test_second_writer_is_told_the_project_is_in_use(project_path, holder):
    with pytest.raises(ProjectInUse) as err:
        open_project(project_path)
    message = str(err.value)
    assert str(project_path) in message and "read-only" in message
    assert f"process {holder.proc.pid}" in message


def test_second_instance_can_read_while_the_first_writes(project_path, holder):
    with open_project(project_path, readonly=True) as ro:
        assert ro.count() == 1
        holder.add("Menteri Sri Mulyani rapat di Surabaya.")
        assert ro.count() == 2  # sees the other instance's committed edit
        pk = ro.list_documents()[0].pk
        with pytest.raises(StoreError):
            ro.add_span(pk, Span(start=0, end=8, label="PERSON", layer="entities"))
    holder.add("Gubernur hadir di Bandung.")
    holder.close()
    integrity(project_path)
    with open_project(project_path) as p:
        assert p.count() == 3
        assert all(not d.spans for d in p.iter_documents())


def test_cli_reads_a_project_in_use_and_refuses_to_write_it(project_path, holder, tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    assert cli_main(["stats", "--project", str(project_path)]) == 0
    assert cli_main(["export", "--project", str(project_path), "--status", "all", "--output", str(out)]) == 0
    assert len(out.read_bytes().splitlines()) == 1
    capsys.readouterr()
    src = tmp_path / "new.txt"
    src.write_text("Warga kota Medan menunggu kereta.", encoding="utf-8")
    assert cli_main(["import", str(src), "--project", str(project_path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "another annotator window" in err[0]
    holder.close()
    with open_project(project_path) as p:
        assert p.count() == 1


def test_second_app_window_says_the_project_is_in_use(project_path, holder):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run([sys.executable, "-m", "annotator", "--project", str(project_path)], cwd=REPO, env=env,
                         capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert run.returncode != 0
    assert "another annotator window" in run.stderr and str(project_path) in run.stderr
    assert "Traceback" not in run.stderr


def test_a_killed_instance_leaves_no_stale_lock(project_path):
    h = Holder(project_path)
    h.add("Polisi menjaga jalan tol.")
    h.kill()
    with open_project(project_path) as p:  # at once: the OS dropped the dead process's lock
        assert p.count() == 2
    integrity(project_path)


def test_connections_of_one_process_share_the_lock(project_path):
    """The window and a background job each open a connection; both write,
    and another process is refused until the last one closes."""
    window = open_project(project_path)
    job = SqliteProject(project_path)
    job.add_documents([Document(text="Rapat anggaran desa.")])
    window.add_documents([Document(text="Harga beras naik di pasar.")])
    job.close()
    probe = [sys.executable, "-c", "import sys; from annotator.store import open_project; open_project(sys.argv[1])",
             str(project_path)]
    refused = subprocess.run(probe, cwd=REPO, capture_output=True, text=True)
    assert refused.returncode != 0 and "ProjectInUse" in refused.stderr
    window.close()
    assert subprocess.run(probe, cwd=REPO, capture_output=True, text=True).returncode == 0
    with open_project(project_path) as p:
        assert p.count() == 3


# The worker tells the app it is running before the app reports it: by then its after-fork hook has
# closed its copy of the lock (the hooks run inside os.fork, before it returns in the child), so the test
# never kills the app while the worker is still on its way out of fork.
FORKING_HOLDER = """
import os, sys, time
from annotator.store import open_project
project = open_project(sys.argv[1])
ready_r, ready_w = os.pipe()
pid = os.fork()
if pid == 0:  # a worker process that outlives the app
    os.write(ready_w, b"1")
    time.sleep(120)
    os._exit(0)
os.read(ready_r, 1)
print(pid, flush=True)
sys.stdin.read()
"""


def test_a_worker_forked_by_a_killed_app_does_not_hold_the_lock(project_path):
    holder = subprocess.Popen([sys.executable, "-c", FORKING_HOLDER, str(project_path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, cwd=REPO)
    worker = int(holder.stdout.readline())
    try:
        with pytest.raises(ProjectInUse):
            open_project(project_path)
        holder.send_signal(signal.SIGKILL)
        holder.wait()
        with open_project(project_path) as p:  # the worker still runs, and the project is free
            assert p.count() == 1
    finally:
        os.kill(worker, signal.SIGKILL)


def test_a_symlinked_name_of_the_project_is_in_use_too(project_path, holder, tmp_path):
    other = tmp_path / "elsewhere" / "other.annotator"
    other.parent.mkdir()
    other.symlink_to(project_path)
    with pytest.raises(ProjectInUse):
        open_project(other)
    assert cli_main(["import", str(REPO / "resources" / "samples"), "--project", str(other)]) == 2
    holder.add("still the holder's")
    with open_project(other, readonly=True) as p:
        assert p.count() == 2
    holder.close()
    with open_project(other) as p:  # free once the holder is gone
        p.add_documents([Document(text="through the link")])
    with open_project(project_path, readonly=True) as p:
        assert p.count() == 3


def test_a_hard_linked_project_is_not_written(project_path, holder, tmp_path, capsys):
    other = tmp_path / "other.annotator"
    os.link(project_path, other)
    with pytest.raises(StoreError, match="hard links"):
        open_project(other)
    assert cli_main(["import", str(REPO / "resources" / "samples"), "--project", str(other)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "hard links" in err
    holder.add("the holder goes on")
    holder.close()
    with pytest.raises(StoreError, match="hard links"):
        open_project(project_path)  # by its first name too, while the other exists
    other.unlink()
    with open_project(project_path) as p:
        assert p.count() == 2
