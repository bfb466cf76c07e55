"""Issue 17: the first export of a project keeps each text's token bounds in the project (``texts.tokens``);
later exports read them instead of tokenizing again, and write the same bytes.  Bounds of another tokenizer
version are replaced.  Keeping them is not an edit (no event); a project file exported read-only keeps them
when no other process has it open for writing."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from annotator import tasks
from annotator.cli import main
from annotator.core.model import Document, Span
from annotator.core.tokenize import BOUNDS_HEADER, tokenize, unpack_bounds
from annotator.io.formats import ExportOptions
from annotator.io.formats import native
from annotator.store import open_project

TEXTS = ["“Kami siap,” kata Gati Wibawaningsih di JakartaPramono, Senin (12/3).\nBaca juga: 😀👍🏽",
         "Presiden Joko Widodo berkata di Jakarta.", "x", "Harga beras naik \\ \"lagi\"\x1c."]


def bounds(text: str) -> list[int]:
    return [x for t in tokenize(text) for x in (t.start, t.end)]


def fill(project) -> list[int]:
    docs = [Document(id=f"d{i}", text=t) for i, t in enumerate(TEXTS)]
    docs[0].spans.append(Span(start=18, end=36, label="PERSON", layer="entities"))
    return project.add_documents(docs).added


def no_tokenizing(monkeypatch) -> None:
    def refuse(text: str) -> list:
        raise AssertionError(f"tokenized again: {text[:20]!r}")
    monkeypatch.setattr(native, "token_dicts", refuse)


def test_the_first_export_keeps_the_bounds_and_the_next_reads_them(project, tmp_path, monkeypatch):
    fill(project)
    monkeypatch.setattr(native, "CHUNK", 1)  # bounds kept after each document, while the export still reads
    monkeypatch.setattr(native, "KEEP_EVERY", 1)
    monkeypatch.setattr(native, "export_jobs", lambda: 0)
    cache = project.token_cache()
    assert cache.get_many(TEXTS) == [None] * len(TEXTS)
    events: list[object] = []
    project.events.connect(events.append)
    first, second = tmp_path / "1.jsonl", tmp_path / "2.jsonl"
    tasks.export(project, "native", first, ExportOptions(), status=None)
    assert events == []  # not an edit
    kept = cache.get_many(TEXTS)
    assert [unpack_bounds(b) for b in kept] == [bounds(t) for t in TEXTS]
    no_tokenizing(monkeypatch)
    tasks.export(project, "native", second, ExportOptions(), status=None)
    assert second.read_bytes() == first.read_bytes()
    assert cache.get_many(["not in the project"]) == [None]


def test_bounds_of_another_tokenizer_version_are_replaced(project, tmp_path):
    fill(project)
    cache = project.token_cache()
    tasks.export(project, "native", tmp_path / "1.jsonl", ExportOptions(), status=None)
    good = cache.get_many(TEXTS)
    cache.put_many([(t, b"tk\x00\x00\x00\x00" + b[6:]) for t, b in zip(TEXTS, good)])
    assert all(not b.startswith(BOUNDS_HEADER) for b in cache.get_many(TEXTS))
    tasks.export(project, "native", tmp_path / "2.jsonl", ExportOptions(), status=None)
    assert (tmp_path / "2.jsonl").read_bytes() == (tmp_path / "1.jsonl").read_bytes()
    assert cache.get_many(TEXTS) == good


def test_a_read_only_export_keeps_bounds_unless_another_process_writes_the_project(tmp_path, monkeypatch):
    path = tmp_path / "p.annotator"
    with open_project(path) as project:
        fill(project)
    out = tmp_path / "out.jsonl"
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys
            from annotator.store import open_project
            with open_project({str(path)!r}):
                print("open", flush=True)
                sys.stdin.readline()
        """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        assert main(["export", "--project", str(path), "--output", str(out), "--status", "all", "--quiet"]) == 0
        with open_project(path, readonly=True) as project:
            assert project.token_cache().get_many(TEXTS) == [None] * len(TEXTS)
    finally:
        holder.communicate("\n", timeout=120)
    expected = out.read_bytes()
    assert main(["export", "--project", str(path), "--output", str(out), "--status", "all", "--quiet"]) == 0
    with open_project(path, readonly=True) as project:
        assert [unpack_bounds(b) for b in project.token_cache().get_many(TEXTS)] == [bounds(t) for t in TEXTS]
    no_tokenizing(monkeypatch)
    assert main(["export", "--project", str(path), "--output", str(out), "--status", "all", "--quiet"]) == 0
    assert out.read_bytes() == expected


def test_a_read_only_project_file_that_cannot_be_written_still_exports(tmp_path):
    path = tmp_path / "p.annotator"
    with open_project(path) as project:
        fill(project)
    with open_project(path, readonly=True) as project:
        cache = project.token_cache()
        cache._beside = str(tmp_path / "missing" / "p.annotator")  # a file that cannot be opened for writing
        summary = tasks.export(project, "native", tmp_path / "o.jsonl", ExportOptions(tokens=cache), status=None)
        assert summary.documents == len(TEXTS)
        assert cache._beside is None  # given up after the first failure
        assert cache.get_many(TEXTS) == [None] * len(TEXTS)
