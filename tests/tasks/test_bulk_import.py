"""The command line's bulk import: worker processes read a big JSONL file in stretches and one writer loads it in
one transaction.  What it stores, the problems it reports (with their line numbers) and the export of the
project are those of the one-process import; the project is left in write-ahead-log mode with its counters
right; ids a file does not give are not remembered line by line."""

import orjson
import pytest

from annotator import tasks
from annotator.core.labels import LabelScheme
from annotator.core.model import Document
from annotator.io.formats import ExportOptions
from annotator.io.readers import jsonl
from annotator.io.readers.options import ReadOptions
from annotator.store import open_project

TEXTS = ["Joko Widodo berkunjung ke Jakarta pada hari Senin.", "Presiden Prabowo tiba di Surabaya.",
         "Menteri Sri Mulyani berbicara di Bandung.", "Gubernur “Anies” Baswedan di Jakarta.\r\nBaris kedua.",
         "Wali kota Bogor meresmikan pasar é ü 😀."]


def _lines() -> list[bytes]:
    """Every kind of line the reader treats apart, several times over, so each falls in many stretches."""
    out = [b"\xef\xbb\xbf" + orjson.dumps({"id": "first", "text": "Baris pertama dengan BOM."})]
    for i in range(60):
        text = f"{TEXTS[i % len(TEXTS)]} Nomor {i}."
        out.append(orjson.dumps({"id": f"d{i}", "text": text, "meta": {"site": "x", "n": i}}))
        out.append(orjson.dumps({"text": f"Tanpa id {i}: {text}"}))  # the id is made from the text
        if i % 7 == 0:
            out.append(b"")  # blank: skipped, still counted
            out.append(b"{not json")
            out.append(orjson.dumps({"id": f"d{i}", "text": "Teks lain dengan id yang sama."}))  # reused id
            out.append(orjson.dumps({"id": f"d{i}", "text": text}))  # a repeat: a duplicate, not a problem
            out.append(b'{"text": "' + b"x" * 700 + b'"}')  # over the per-line limit below
        if i % 9 == 0:  # annotated records among the plain ones
            out.append(orjson.dumps({"id": f"a{i}", "text": f"Joko Widodo di Jakarta {i}.",
                                     "spans": [{"start": 0, "end": 11, "label": "PERSON"}], "answer": "accept"}))
        if i % 11 == 0:
            out.append(orjson.dumps({"text": ""}))  # an empty text
            out.append(orjson.dumps({"text": TEXTS[0] + f" Nomor {i - 1}."}))  # a text read before: a duplicate
    return out


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    monkeypatch.setattr(jsonl, "PARALLEL_FROM", 1)
    monkeypatch.setattr(jsonl, "STRETCH", 300)  # a few lines per stretch: every kind of line meets a boundary
    path = tmp_path / "corpus.jsonl"
    path.write_bytes(b"\n".join(_lines()) + b"\n")
    return path


def _import(tmp_path, name, corpus, **kw):
    with open_project(tmp_path / f"{name}.annotator") as p:
        result = tasks.import_paths(p, [str(corpus)], options=ReadOptions(max_bytes=600), batch_size=2000, **kw)
        out = tmp_path / f"{name}.jsonl"
        tasks.export(p, "native", out, ExportOptions(), status=None)
        return result, out.read_bytes(), p.count()


def test_workers_store_and_report_what_one_process_does(tmp_path, corpus):
    one, one_export, one_count = _import(tmp_path, "one", corpus)
    bulk, bulk_export, bulk_count = _import(tmp_path, "bulk", corpus, jobs=2, alone=True)
    assert bulk.problems == one.problems and len(one.problems) > 30
    assert sum("already used by line" in p for p in one.problems) == 9
    assert b"Baris pertama dengan BOM." in one_export
    assert bulk.added == one.added and bulk.duplicates == one.duplicates > 0 and bulk.first == one.first
    assert bulk_count == one_count == len(one.added)
    assert bulk_export == one_export  # byte for byte


def test_a_bulk_load_leaves_the_log_on_and_the_counters_right(tmp_path, corpus):
    path = tmp_path / "p.annotator"
    with open_project(path) as p:
        tasks.import_paths(p, [str(corpus)], jobs=2, alone=True)
        n = p.count()
        assert p._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        p.add_documents([Document(text="Satu dokumen lagi.")])  # the counter's trigger is back
        assert p.count() == n + 1
        assert p._db.execute("SELECT n FROM counts WHERE annotator = 0 AND status = 'total'").fetchone()[0] == n + 1
        assert p._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_with_another_connection_open_the_import_keeps_the_log(tmp_path, corpus):
    path = tmp_path / "p.annotator"
    with open_project(path) as p, open_project(path, readonly=True) as reader:
        tasks.import_paths(p, [str(corpus)], alone=True)
        assert p._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert reader.count() == p.count() > 0


def test_a_failed_bulk_import_leaves_the_project_as_it_was(tmp_path, corpus):
    with open_project(tmp_path / "p.annotator") as p:
        p.add_documents([Document(text="Sudah ada.")])
        with pytest.raises(tasks.Cancelled):
            tasks.import_paths(p, [str(corpus)], jobs=2, alone=True, cancel=lambda: p.count() > 20)
        assert p.count() == 1 and [d.title for d in p.list_documents()] == ["Sudah ada."]
        assert p._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_ids_made_from_the_text_are_not_kept(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_bytes(b"".join(orjson.dumps({"text": f"Berita nomor {i}."}) + b"\n" for i in range(500))
                     + orjson.dumps({"id": "given", "text": "Dengan id."}) + b"\n")
    ids = jsonl._Ids("line")
    for number, doc in jsonl._line_items(jsonl._lines(path, 1 << 20), "c.jsonl", LabelScheme.default(),
                                         ReadOptions()):
        assert ids.reused(doc.id, doc.text, number) is None
    assert list(ids.seen) == ["given"]


def _plain_edge_lines() -> list[bytes]:
    """Records with only text, id and meta (which the workers read without making a Document) that are each
    refused or read differently: their problems and documents must be the one-process import's."""
    deep: object = "x"
    for _ in range(40):
        deep = {"d": deep}
    records = [
        {"id": 7, "text": "Id berupa angka."},
        {"id": None, "text": "Id null: dibuat dari teks."},
        {"id": "t1", "text": "Judul dari meta.", "meta": {"title": "  Judul Meta  "}},
        {"id": "t2", "text": "\n\n  Baris pertama setelah baris kosong\nbaris kedua", "meta": {"title": "   "}},
        {"id": "crlf", "text": "Baris satu\r\nbaris dua\u2028baris tiga\rempat"},
        {"id": "blank", "text": " \n\t "},
        {"id": "srcnum", "text": "Sumber angka.", "meta": {"source": 5}},
        {"id": "srcstr", "text": "Sumber teks.", "meta": {"source": "arsip.csv", "lang": "id"}},
        {"id": "lang", "text": "Bahasa bukan teks.", "meta": {"lang": ["id"]}},
        {"id": "longlang", "text": "Bahasa terlalu panjang.", "meta": {"lang": "x" * 40}},
        {"id": "deep", "text": "Meta terlalu dalam.", "meta": deep},
        {"id": "nested", "text": "Meta bersarang tetapi wajar.", "meta": {"a": [1, {"b": [2]}], "c": None}},
        {"id": "notdict", "text": "Meta bukan objek.", "meta": ["a", "b"]},
        {"id": "x" * 2001, "text": "Id terlalu panjang."},
        {"id": "emoji", "text": "Emoji 😀 dan aksara 漢字 serta é."},
        {"id": 7, "text": "Id angka lagi, teks lain."},
    ]
    return [orjson.dumps(r) for r in records] + [b'"just a string"', b"[1, 2]", b"null"]


def test_workers_read_plain_records_as_one_process_does(tmp_path, monkeypatch, project_location):
    """On both stores: the workers' texts come through shared memory, which the store reads in place."""
    monkeypatch.setattr(jsonl, "PARALLEL_FROM", 1)
    monkeypatch.setattr(jsonl, "STRETCH", 200)
    corpus = tmp_path / "plain.jsonl"
    corpus.write_bytes(b"\n".join(_plain_edge_lines()) + b"\n")
    views: list[memoryview] = []
    unplace = jsonl._unplace

    def counted(stretch, ring):
        got = unplace(stretch, ring)
        views.extend(got)
        return got

    monkeypatch.setattr(jsonl, "_unplace", counted)

    def run(location, name, **kw):
        with open_project(location) as p:
            result = tasks.import_paths(p, [str(corpus)], batch_size=2000, **kw)
            out = tmp_path / f"{name}.jsonl"
            tasks.export(p, "native", out, ExportOptions(), status=None)
            titles = [d.title for d in p.list_documents()]
            return result, out.read_bytes(), titles

    one, one_export, one_titles = run(tmp_path / "one.annotator", "one")
    bulk, bulk_export, bulk_titles = run(project_location, "bulk", jobs=2, alone=True)
    assert bulk.problems == one.problems
    for expected in ("the record's text is empty", "meta.source must be a string", "meta.lang must be a string",
                     "meta.lang is 40 characters long", "nested deeper than 32", "the document id is 2,001",
                     "already used by line 1"):
        assert sum(expected in problem for problem in one.problems) == 1, expected
    assert sum("not a JSON object" in problem for problem in one.problems) == 3
    assert bulk.added == one.added and len(one.added) == 9
    assert bulk_titles == one_titles and "Judul Meta" in one_titles
    assert "Baris pertama setelah baris kosong" in one_titles
    assert bulk_export == one_export
    assert len(views) == 10  # every text came through the shared memory (one of them with a reused id)


def test_a_block_kept_past_the_next_read_cannot_be_read(tmp_path, monkeypatch):
    """Texts shared with the workers are valid until the reader reads on: one kept longer fails, never shows
    another stretch's text."""
    monkeypatch.setattr(jsonl, "STRETCH", 200)
    path = tmp_path / "c.jsonl"
    path.write_bytes(b"".join(orjson.dumps({"text": f"Berita nomor {i}."}) + b"\n" for i in range(200)))
    items = list(jsonl.read_jsonl_parallel(path, "c.jsonl", LabelScheme.default(), ReadOptions(), 2))
    assert len(items) > 5
    with pytest.raises(ValueError, match="released"):
        bytes(items[0].texts[0])
