"""What an import reads (issue 16, item 5; issue 18, item 12): a folder's files chosen by --no-recursive, --glob
and --exclude; files that are clearly not articles skipped with a count, not reported as errors; links leading
outside the folder not followed unless --follow-symlinks; and standard input, so the tool composes with pipes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from annotator.cli import main
from annotator.core.model import Document
from annotator.store import open_project

ROOT = Path(__file__).resolve().parents[1]
PAGE = "<html><head><title>Banjir</title></head><body><article><p>Banjir melanda Jakarta pada hari Senin, " \
       "kata Budi.</p></article></body></html>"


@pytest.fixture
def corpus(tmp_path) -> Path:
    """A corpus laid out as they come: pages with their gold bodies and metadata beside them."""
    folder = tmp_path / "corpus"
    (folder / "more").mkdir(parents=True)
    (folder / "page.html").write_text(PAGE)
    (folder / "page.txt").write_text("Banjir melanda Jakarta pada hari Senin, kata Budi.")  # the gold body
    (folder / "page.gold.json").write_text('{"articleBody": "Banjir melanda Jakarta."}')
    (folder / "ground_truth.json").write_text('{"page.html": {"articleBody": "Banjir melanda Jakarta."}}')
    (folder / "more.meta.jsonl").write_text('{"file": "a.txt", "url": "https://x.id/a"}\n')  # the folder's metadata
    (folder / "LICENSE.txt").write_text("Permission is hereby granted, free of charge, to any person.")
    (folder / ".notes.txt").write_text("catatan pribadi")
    (folder / "README.md").write_text("# corpus")
    (folder / "more" / "a.txt").write_text("Gubernur meresmikan jembatan baru di Medan.")
    (folder / "more" / "records.jsonl").write_text('{"text": "Presiden berkunjung ke Bali."}\n')
    return folder


def imported(project: Path) -> list[str]:
    with open_project(project, readonly=True) as p:
        return sorted(os.path.basename(d.meta["source"]) for d in p.iter_documents())


def test_a_corpus_folder_imports_its_articles_and_counts_what_it_skipped(corpus, tmp_path, capsys):
    project = tmp_path / "p.annotator"
    assert main(["import", str(corpus), "--project", str(project)]) == 0  # no error for a sidecar
    err = capsys.readouterr().err
    assert imported(project) == ["a.txt", "page.html", "records.jsonl"]
    assert "0 problems" in err and "annotator:" not in err
    summary = err.splitlines()[-1]
    assert summary.startswith("skipped 7 files: ")
    for part in ["sidecars named after a page or folder beside them (gold, metadata) 3 "
                 "(more.meta.jsonl, page.gold.json, page.txt)", "licence or readme 1 (LICENSE.txt)",
                 "JSON holding no document records (no \"text\") 1 (ground_truth.json)", "hidden 1 (.notes.txt)",
                 "of a type not read 1 (.md 1)"]:
        assert part in summary


def test_json_output_counts_the_skipped_files_by_reason(corpus, tmp_path, capsys):
    assert main(["import", str(corpus), "--project", str(tmp_path / "p.annotator"), "--json"]) == 0
    out = orjson.loads(capsys.readouterr().out)
    assert out["added"] == 3 and out["problems"] == []
    assert out["skipped"] == {"sidecar": 3, "notice": 1, "records": 1, "hidden": 1, "type": 1}


def test_a_file_given_by_name_is_always_read(corpus, tmp_path, capsys):
    project = tmp_path / "p.annotator"
    assert main(["import", str(corpus / "page.txt"), str(corpus / "ground_truth.json"),
                 "--project", str(project)]) == 1
    assert imported(project) == ["page.txt"]
    assert 'ground_truth.json: record 0: the record has no "text" string' in capsys.readouterr().err


def test_no_recursive_glob_and_exclude(corpus, tmp_path, capsys):
    top = tmp_path / "top.annotator"
    assert main(["import", str(corpus), "--project", str(top), "--no-recursive"]) == 0
    assert imported(top) == ["page.html"]
    assert "subfolders not read (--no-recursive) 1 (more)" in capsys.readouterr().err
    # a file a --glob pattern names is read even if it looks like a sidecar; --exclude wins over --glob
    chosen = tmp_path / "glob.annotator"
    assert main(["import", str(corpus), "--project", str(chosen), "--glob", "*.txt", "--exclude", "LICENSE*",
                 "--exclude", "more/*"]) == 0
    assert imported(chosen) == ["page.txt"]
    err = capsys.readouterr().err
    assert "matching --exclude 2 (LICENSE.txt, a.txt)" in err and "not matching --glob 5" in err
    paths = tmp_path / "paths.annotator"
    assert main(["import", str(corpus), "--project", str(paths), "--glob", "more/*.jsonl"]) == 0
    assert imported(paths) == ["records.jsonl"]


def test_a_bad_jsonl_of_documents_in_a_folder_is_still_reported(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "docs.jsonl").write_text('{"text": "Berita satu."}\n{"text": \n')
    assert main(["import", str(folder), "--project", str(tmp_path / "p.annotator")]) == 1
    assert "docs.jsonl:2: not valid JSON" in capsys.readouterr().err


@pytest.mark.skipif(os.name != "posix", reason="symlinks")
def test_links_leading_outside_the_folder_are_followed_only_when_asked(tmp_path, capsys):
    outside = tmp_path / "outside"
    (outside / "deep").mkdir(parents=True)
    (outside / "secret.txt").write_text("Rahasia di luar folder.")
    (outside / "deep" / "x.txt").write_text("Berkas di folder luar.")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "inside.txt").write_text("Berita di dalam.")
    (folder / "file-link.txt").symlink_to(outside / "secret.txt")
    (folder / "dir-link").symlink_to(outside / "deep")
    (folder / "loop").symlink_to(folder)  # followed, it must not loop
    kept = tmp_path / "kept.annotator"
    assert main(["import", str(folder), "--project", str(kept)]) == 0
    assert imported(kept) == ["inside.txt"]
    assert ("links leading outside the folder, not followed (--follow-symlinks follows them) 2 "
            "(dir-link, file-link.txt)") in capsys.readouterr().err
    followed = tmp_path / "followed.annotator"
    assert main(["import", str(folder), "--project", str(followed), "--follow-symlinks"]) == 0
    assert imported(followed) == ["file-link.txt", "inside.txt", "x.txt"]


def run(args: list[str], stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "annotator", *args], input=stdin, capture_output=True, cwd=ROOT,
                          timeout=600)


def test_export_to_stdout_pipes_into_import_from_stdin(corpus, tmp_path):
    source, copy = tmp_path / "p.annotator", tmp_path / "q.annotator"
    assert main(["import", str(corpus), "--project", str(source), "-q"]) == 0
    exported = run(["export", "--project", str(source), "--status", "all", "-o", "-", "--json"])
    assert exported.returncode == 0, exported.stderr
    records = [orjson.loads(line) for line in exported.stdout.splitlines()]  # nothing but records on stdout
    assert len(records) == 3 and all("text" in r for r in records)
    assert orjson.loads(exported.stderr.splitlines()[-1])["documents"] == 3  # the summary went to stderr
    done = run(["import", "-", "--project", str(copy), "--json"], stdin=exported.stdout)
    assert done.returncode == 0, done.stderr
    assert orjson.loads(done.stdout)["added"] == 3
    with open_project(source, readonly=True) as a, open_project(copy, readonly=True) as b:
        assert sorted(d.text for d in a.iter_documents()) == sorted(d.text for d in b.iter_documents())


def test_import_from_stdin_in_a_named_format(tmp_path):
    project = tmp_path / "p.annotator"
    assert run(["import", "-", "--format", "html", "--project", str(project)], stdin=PAGE.encode()).returncode == 0
    assert run(["import", "-", "--project", str(project)], stdin=b'{"text": "Satu."}\n{"text": \n').returncode == 1
    with open_project(project, readonly=True) as p:
        docs = list(p.iter_documents())
    assert [d.meta["source"] for d in docs] == ["<stdin>", "<stdin>"]
    assert "Banjir melanda Jakarta" in docs[0].text and docs[1].text == "Satu."


@pytest.mark.parametrize("fmt", ["hf", "labelstudio"])
def test_a_format_with_a_second_file_is_refused_on_stdout(fmt, corpus, tmp_path, capfd, monkeypatch):
    project = tmp_path / "p.annotator"
    assert main(["import", str(corpus), "--project", str(project), "-q"]) == 0
    monkeypatch.chdir(tmp_path)
    assert main(["export", "--project", str(project), "-f", fmt, "--status", "all", "-o", "-", "--allow-empty"]) == 2
    out, err = capfd.readouterr()
    assert out == "" and "give an output file name, not -" in err
    assert not list(tmp_path.glob("-*"))  # no '-.labels.json' or '-.config.xml' left in the working folder


def test_a_spacy_export_too_big_for_one_file_is_refused_on_stdout(tmp_path, capfd, monkeypatch):
    pytest.importorskip("spacy")
    monkeypatch.setattr("annotator.io.formats.spacy.SHARD_DOCS", 2)
    monkeypatch.chdir(tmp_path)
    project = tmp_path / "p.annotator"
    with open_project(project) as p:
        p.add_documents(Document(text=f"Berita nomor {i}.") for i in range(3))
    args = ["export", "--project", str(project), "-f", "spacy", "--status", "all", "--allow-empty", "-o", "-"]
    assert main(args) == 2
    out, err = capfd.readouterr()
    assert out == "" and "is a folder of .spacy files; give an output name, not -" in err
    assert not [p for p in tmp_path.iterdir() if not p.name.startswith("p.annotator")]  # no folder named '-'
    with open_project(project) as p:
        p.remove_documents([3])
    assert main(args) == 0  # two documents: one DocBin, on stdout
    assert len(capfd.readouterr().out) > 0


@pytest.mark.skipif(os.name != "posix", reason="SIGPIPE")
@pytest.mark.parametrize("command", [["stats"], ["documents"], ["labels", "--json"]])
def test_a_listing_read_by_a_reader_that_went_away_says_nothing(command, corpus, tmp_path):
    """``annotator stats | head``: the reader closes the pipe; no "Broken pipe", no traceback, status 141."""
    project = tmp_path / "p.annotator"
    assert main(["import", str(corpus), "--project", str(project), "-q"]) == 0
    proc = subprocess.Popen([sys.executable, "-m", "annotator", *command, "--project", str(project)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    proc.stdout.close()  # what head does once it has its lines
    err = proc.stderr.read().decode()
    assert err == "" and proc.wait() in (141, 0)  # 0 only if it wrote everything before the pipe closed


def test_format_reads_a_file_of_another_extension_as_that_format(tmp_path, capsys):
    records = tmp_path / "dump.data"
    records.write_text('{"text": "Presiden berkunjung ke Bali."}\n{"text": "Gubernur ke Medan."}\n')
    project = tmp_path / "p.annotator"
    assert main(["import", str(records), "--project", str(project), "--format", "jsonl", "--json"]) == 0
    assert orjson.loads(capsys.readouterr().out)["added"] == 2
