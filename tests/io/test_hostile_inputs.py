"""Inputs that crashed a whole import (issue 18, item 3) and silent mojibake (item 10): each is now one line
naming the file (and line), and the rest of the input is imported."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from annotator.cli import main
from annotator.core.model import Document
from annotator.io.errors import InputError
from annotator.io.readers import read_paths
from annotator.io.readers.folders import Skipped
from annotator.io.text import decode
from annotator.store import StoreError, open_project

ROOT = Path(__file__).resolve().parents[2]
PAGE = "<html><head><meta charset=\"{}\"></head><body><p>Presiden berkata di Jakarta.</p></body></html>"


@pytest.mark.parametrize("charset", ["rot13", "base64", "hex", "zlib", "bz2", "uu", "quopri", "utf-16"])
def test_a_declared_charset_that_is_no_text_encoding_for_these_bytes_is_ignored(tmp_path, charset):
    page = tmp_path / "page.html"
    page.write_bytes(PAGE.format(charset).encode("ascii"))
    [doc] = read_paths([page])
    assert isinstance(doc, Document) and doc.text == "Presiden berkata di Jakarta."


def test_a_deeply_nested_meta_is_one_line(tmp_path):
    deep = b'{"a":' * 255 + b"1" + b"}" * 255  # reading accepts 1,024 levels, writing only 254
    path = tmp_path / "deep.jsonl"
    path.write_bytes(b'{"text":"satu","meta":{"x":' + deep + b"}}\n" + orjson.dumps({"text": "dua"}) + b"\n")
    items = list(read_paths([path]))
    assert isinstance(items[0], InputError) and items[0].line == 1 and "nested" in str(items[0])
    assert isinstance(items[1], Document)


@pytest.mark.parametrize("meta", [{"lang": [1]}, {"source": {"a": 1}}, {"title": 5}, {"lang": "x" * 100}])
def test_meta_fields_of_the_wrong_type_are_one_line(tmp_path, meta):
    path = tmp_path / "m.jsonl"
    path.write_bytes(orjson.dumps({"text": "t", "meta": meta}) + b"\n" + orjson.dumps({"text": "baik"}) + b"\n")
    items = list(read_paths([path]))
    assert isinstance(items[0], InputError) and items[0].line == 1
    assert isinstance(items[1], Document)
    with open_project(tmp_path / "p.annotator") as p:
        assert p.add_documents([i for i in items if isinstance(i, Document)]).added


@pytest.mark.skipif(os.name != "posix" or os.uname().sysname == "Darwin", reason="byte file names")
def test_a_file_name_that_is_not_utf8_imports(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    name = os.path.join(os.fsencode(folder), b"berita-\xff\x1b[31m.txt")
    with open(name, "wb") as fh:
        fh.write(b"Berita hari ini.")
    (folder / "good.txt").write_text("Berita baik.")
    project = tmp_path / "p.annotator"
    assert main(["import", str(folder), "--project", str(project)]) == 0
    with open_project(project, readonly=True) as p:
        assert p.count() == 2
        sources = {p.get_document(s.pk).meta["source"] for s in p.list_documents()}
    assert any("\\xff" in s and "\x1b" not in s for s in sources)


def test_a_full_disk_is_one_line_and_the_project_keeps_what_was_committed(tmp_path):
    with open_project(tmp_path / "p.annotator") as p:
        p.add_documents([Document(text="pertama")])
        pages = p._db.execute("PRAGMA page_count").fetchone()[0]
        p._db.execute(f"PRAGMA max_page_count = {pages + 1}")  # the disk is full after one more page
        with pytest.raises(StoreError, match="p.annotator"):
            p.add_documents([Document(text=f"dokumen {i} " * 500) for i in range(50)])
        assert p.count() == 1


def test_mojibake_declared_utf16_on_ascii_is_not_cjk():
    text, encoding, _ = decode(b"Presiden berkata", declared="utf-16")
    assert text == "Presiden berkata" and encoding == "utf-8"


@pytest.mark.parametrize("field", ["source", "speaker", "nested", "relation"])
def test_huge_imported_strings_are_refused_with_a_clear_message(tmp_path, field):
    huge = "W" * 100_000
    text = "Joko berkata: \"Kami siap.\""
    person = {"start": 0, "end": 4, "label": "PERSON", "id": "p"}
    quote: dict[str, object] = {"start": 14, "end": 26, "label": "QUOTE", "id": "q"}
    relation = {"head_id": "q", "child_id": "p", "label": "SPEAKER"}
    if field == "source":
        person["source"] = huge
    elif field == "speaker":
        quote["speaker"] = huge
    elif field == "nested":
        quote["extra"] = {"speaker": [huge]}
    else:
        relation["label"] = huge
    record = {"text": text, "spans": [person, quote], "relations": [relation]}
    path = tmp_path / "huge.jsonl"
    path.write_bytes(orjson.dumps(record) + b"\n" + orjson.dumps({"text": "baik"}) + b"\n")
    items = list(read_paths([path]))
    assert isinstance(items[0], InputError) and items[0].line == 1
    assert len(str(items[0])) < 300 and ("over the limit" in str(items[0]) or "characters" in str(items[0]))
    assert isinstance(items[1], Document)


@pytest.mark.parametrize("text", ["Ini adalah naïve sekali dan kami pergi ke kota.", "Kami makan di café naïve Zoë."])
def test_a_few_accented_letters_in_cp1252_are_read_as_cp1252(text):
    assert decode(text.encode("cp1252"))[:2] == (text, "cp1252")


def test_other_scripts_keep_their_code_page():
    text = "Привет, как дела? Это проверка русского текста в старой кодировке."
    assert decode(text.encode("cp1251"))[:2] == (text, "cp1251")


def test_a_file_half_utf8_half_cp1252_is_decoded_line_by_line():
    first = "Presiden berkata “baik” dan pergi ke café.\n" * 5
    second = "Lalu naïve café résumé.\n" * 5
    assert decode(first.encode("utf-8") + second.encode("cp1252"))[:2] == (first + second, "utf-8+cp1252")


def test_an_unreadable_subfolder_is_one_line(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    (folder / "locked").mkdir(parents=True)
    (folder / "a.txt").write_text("Berita satu.")
    (folder / "locked" / "b.txt").write_text("Berita dua.")
    real = os.scandir

    def scandir(path):
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)  # tests run as root: no chmod makes a folder unreadable
    items = list(read_paths([folder]))
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert len(errors) == 1 and "locked: cannot read the folder: Permission denied" in errors[0]
    assert [i.text for i in items if isinstance(i, Document)] == ["Berita satu."]


@pytest.mark.skipif(os.name != "posix", reason="symlinks")
def test_a_link_to_a_file_outside_the_folder_is_not_followed(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    secret = tmp_path / "secret.txt"
    secret.write_text("Rahasia di luar folder.")
    (folder / "link.txt").symlink_to(secret)
    (folder / "inside.txt").write_text("Berita di dalam.")
    (folder / "alias.txt").symlink_to(folder / "inside.txt")
    skipped: list[Skipped] = []
    items = list(read_paths([folder], skipped=skipped))
    assert skipped == [Skipped(str(folder / "link.txt"), "link")]  # counted in the import's summary
    assert sorted(i.text for i in items) == ["Berita di dalam.", "Berita di dalam."]


@pytest.mark.skipif(os.name != "posix", reason="pipes")
def test_a_reader_that_stops_early_is_no_error(tmp_path):
    project = tmp_path / "p.annotator"
    with open_project(project) as p:
        p.add_documents([Document(text=f"Berita nomor {i} " * 50) for i in range(3000)])
    proc = subprocess.Popen([sys.executable, "-m", "annotator", "export", "--project", str(project), "-o", "-",
                             "--status", "all"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    assert proc.stdout.readline().startswith(b"{")
    proc.stdout.close()  # what head does after its lines
    err = proc.stderr.read().decode()
    assert proc.wait() == 141
    assert "Broken pipe" not in err and "Traceback" not in err and "Exception ignored" not in err


def test_a_record_with_too_many_spans_is_one_line(tmp_path, monkeypatch):
    monkeypatch.setattr("annotator.io.readers.jsonl.MAX_ANNOTATIONS", 50)
    text = "kata " * 100
    spans = [{"start": 5 * i, "end": 5 * i + 4, "label": "PERSON"} for i in range(51)]
    path = tmp_path / "many.jsonl"
    path.write_bytes(orjson.dumps({"text": text, "spans": spans}) + b"\n"
                     + orjson.dumps({"text": text, "spans": spans[:50]}) + b"\n")
    first, second = read_paths([path])
    assert isinstance(first, InputError) and "51 spans and relations in one record, over the limit of 50" in str(first)
    assert isinstance(second, Document) and len(second.spans) == 50


def test_documents_too_long_for_the_detectors_are_one_line_and_the_rest_detected(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("annotator.tasks.detecting.MAX_DETECT_CHARS", 100)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "short.txt").write_text("Presiden Joko Widodo berkata di Jakarta.")
    (folder / "long.txt").write_text("Presiden Joko Widodo berkata di Jakarta. " * 10)
    project = tmp_path / "p.annotator"
    assert main(["import", str(folder), "--project", str(project), "--detect", "--jobs", "1"]) == 1
    err = capsys.readouterr().err
    assert "410 characters, over the 100 the detectors handle in bounded time" in err
    assert main(["detect", str(folder), "-o", str(tmp_path / "o.jsonl"), "--jobs", "1"]) == 1
    assert "long.txt: document" in capsys.readouterr().err
    assert len((tmp_path / "o.jsonl").read_bytes().splitlines()) == 1


def test_a_document_too_long_to_detect_is_refused_before_its_text_is_loaded(tmp_path, monkeypatch, capsys):
    from annotator.store.sqlite import SqliteProject

    monkeypatch.setattr("annotator.tasks.detecting.MAX_DETECT_CHARS", 100)
    loaded: list[str] = []
    real = SqliteProject.get_document

    def get_document(self, pk, *args, **kwargs):
        doc = real(self, pk, *args, **kwargs)
        loaded.append(doc.text)
        return doc

    monkeypatch.setattr(SqliteProject, "get_document", get_document)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "short.txt").write_text("Presiden Joko Widodo berkata di Jakarta.")
    (folder / "long.txt").write_text("Presiden Joko Widodo berkata di Jakarta. " * 10)
    assert main(["import", str(folder), "--project", str(tmp_path / "p.annotator"), "--detect", "--jobs", "1"]) == 1
    assert "410 characters, over the 100" in capsys.readouterr().err
    assert loaded and all(len(text) < 100 for text in loaded)


def test_a_cluster_partition_reports_a_document_too_long_to_detect(tmp_path, monkeypatch):
    from annotator.tasks.cluster import Segment, detect_partition

    monkeypatch.setattr("annotator.tasks.detecting.MAX_DETECT_CHARS", 100)
    source = tmp_path / "in.jsonl"
    source.write_bytes(b"".join(orjson.dumps({"text": t}) + b"\n" for t in (
        "Presiden Joko Widodo berkata di Jakarta.", "Presiden Joko Widodo berkata di Jakarta. " * 10, "Berita baik.")))
    out = tmp_path / "out"
    out.mkdir()
    result = detect_partition([Segment(str(source), 0, 3)], str(out), 0, layers=("entities",))
    assert result.documents == 2 and len(result.problems) == 1 and "410 characters" in result.problems[0]
    written = [orjson.loads(x)["text"] for x in (out / result.part).read_bytes().splitlines()]
    assert all(len(t) < 100 for t in written)
