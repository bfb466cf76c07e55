"""Readers: encodings, HTML visible text and hints, JSONL shapes, bad input."""

from pathlib import Path

import orjson
import pytest

from annotator.core.model import Document, DocStatus, SpanStatus
from annotator.io.errors import InputError
from annotator.io.readers.options import ReadOptions
from annotator.io.readers import read_paths

DATA = Path(__file__).resolve().parents[1] / "data" / "io"


def read(*paths, **kw):
    return list(read_paths([str(p) for p in paths], **kw))


def one(path, **kw) -> Document:
    items = read(path, **kw)
    assert len(items) == 1 and isinstance(items[0], Document), items
    return items[0]


def errors(items):
    return [str(i) for i in items if isinstance(i, InputError)]


# -- plain text ---------------------------------------------------------------------------------
def test_legacy_code_page_is_detected():
    doc = one(DATA / "cp1252.txt")
    assert doc.text == "Café “Kami siap,” kata José – naïve résumé à la façon.\nBaris dua.\n"


def test_utf16_with_bom_and_newlines_normalised():
    doc = one(DATA / "utf16bom.txt")
    assert doc.text == "Halo 😀 dunia\nbaris\ntiga"


def test_utf8_bom_dropped_and_lone_cr_normalised():
    assert one(DATA / "utf8bom.txt").text == "Judul\nIsi berita.\nAkhir"


def test_source_is_the_path_as_given(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("satu")
    (tmp_path / "b.TXT").write_text("dua")
    (tmp_path / ".hidden.txt").write_text("tiga")
    (tmp_path / "notes.md").write_text("empat")
    docs = read(tmp_path)
    assert [d.meta["source"] for d in docs] == [str(tmp_path / "b.TXT"), str(tmp_path / "sub" / "a.txt")]


def test_binary_and_undecodable_files_are_refused(tmp_path):
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "empty.txt").write_bytes(b"  \n")
    found = errors(read(tmp_path / "bin.txt", tmp_path / "empty.txt", tmp_path / "missing.txt"))
    assert any("bin.txt" in e and "binary" in e for e in found)
    assert any("empty.txt" in e and "no text" in e for e in found)
    assert any("missing.txt" in e and "no such file" in e for e in found)


def test_size_limit_per_document(tmp_path):
    (tmp_path / "big.txt").write_text("x" * (2**20 + 1))
    found = errors(read(tmp_path / "big.txt", options=ReadOptions(max_bytes=2**20)))
    assert len(found) == 1 and "big.txt" in found[0] and "1 MB limit per file (--max-mb)" in found[0]


# -- HTML ---------------------------------------------------------------------------------------
def test_html_visible_text_in_reading_order():
    doc = one(DATA / "page.html")
    assert doc.text.split("\n") == [
        "Beranda", "Berita", "Judul Artikel", "Paragraf pertama dengan café dan spasi.", "Baris satu", "baris dua",
        "Baca juga: Berita lain", "kode  a", "  b", "© 2024 Situs"]
    assert "not text" not in doc.text and "tersembunyi" not in doc.text and "aktifkan" not in doc.text


def test_html_meta_and_declared_charset():
    meta = one(DATA / "page.html").meta
    assert meta["title"] == "Judul Halaman - Situs" and meta["og_title"] == "Judul Artikel"
    assert meta["author"] == "Ani Wijaya" and meta["date"].startswith("2024-05-01")
    assert meta["html_lang"] == "id" and meta["encoding"] == "cp1252"


def test_html_block_hints():
    doc = one(DATA / "page.html")
    by_text = {doc.text[b.start:b.end]: b for b in doc.blocks}
    assert len(doc.blocks) == len(doc.text.split("\n"))
    assert by_text["Beranda"].tag == "li" and by_text["Beranda"].link_density == 1.0 and "menu" in by_text["Beranda"].cls
    assert by_text["Judul Artikel"].tag == "h1" and "main" in by_text["Judul Artikel"].cls
    assert by_text["Paragraf pertama dengan café dan spasi."].link_density == 0.0
    assert "site-footer" in by_text["© 2024 Situs"].cls
    assert by_text["Baca juga: Berita lain"].depth > by_text["Judul Artikel"].depth - 1


def test_html_never_expands_external_entities(tmp_path):
    page = tmp_path / "xxe.html"
    page.write_text('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                    "<html><body><p>a &x; b</p></body></html>")
    items = read(page)  # refused with a message naming the file (issue 8); nothing of /etc/passwd anywhere
    assert len(errors(items)) == 1 and errors(items)[0].startswith(f"{page}: ")
    assert "root:" not in repr(items)


# -- JSONL / JSON -------------------------------------------------------------------------------
def write_jsonl(path, *records, raw_lines=()):
    lines = [orjson.dumps(r).decode() for r in records] + list(raw_lines)
    path.write_text("\n".join(lines) + "\n")
    return path


def test_plain_and_native_records(tmp_path):
    path = write_jsonl(tmp_path / "c.jsonl",
                       {"text": "Halo dunia", "id": "a1", "meta": {"site": "x"}},
                       {"text": '"Kami siap," kata Gati.', "answer": "accept",
                        "spans": [{"start": 1, "end": 10, "label": "QUOTE", "text": "Kami siap", "speaker": "Gati"},
                                  {"start": 18, "end": 22, "label": "PERSON", "status": "suggested", "source": "detector:x"}],
                        "relations": [{"label": "SPEAKER", "head_span": {"start": 1, "end": 10, "label": "QUOTE"},
                                       "child_span": {"start": 18, "end": 22, "label": "PERSON"}}]})
    a, b = read(path)
    assert a.id == "a1" and a.meta == {"source": str(path), "site": "x"}
    assert b.status == DocStatus.DONE
    quote, person = b.spans
    assert (quote.layer, quote.source, quote.status, quote.attrs) == ("quotes", "import", SpanStatus.ACCEPTED, {"speaker": "Gati"})
    assert (person.source, person.status) == ("detector:x", SpanStatus.SUGGESTED)
    assert [(r.head, r.child) for r in b.relations] == [(quote.id, person.id)]


def test_doccano_both_forms(tmp_path):
    path = write_jsonl(tmp_path / "d.jsonl",
                       {"text": "Gati di Jakarta", "label": [[0, 4, "PERSON"], [8, 15, "LOC"]]},
                       {"text": '"Ya," kata Gati', "entities": [
                           {"id": 7, "label": "QUOTE", "start_offset": 1, "end_offset": 3},
                           {"id": 8, "label": "PERSON", "start_offset": 11, "end_offset": 15}],
                        "relations": [{"id": 1, "from_id": 7, "to_id": 8, "type": "SPEAKER"}]})
    a, b = read(path)
    assert [(s.start, s.end, s.label, s.source) for s in a.spans] == [(0, 4, "PERSON", "import"), (8, 15, "LOC", "import")]
    assert [(r.label, r.head, r.child) for r in b.relations] == [("SPEAKER", "d7", "d8")]


def test_label_studio_tasks_with_utf16_offsets(tmp_path):
    text = "😀 Gati di Jakarta"
    task = {"id": 3, "data": {"text": text}, "annotations": [{"result": [
        {"id": "r1", "type": "labels", "from_name": "label", "to_name": "text",
         "value": {"start": 3, "end": 7, "text": "Gati", "labels": ["PERSON"]}}]}],
        "predictions": [{"score": 0.5, "result": [
            {"id": "p1", "type": "labels", "value": {"start": 11, "end": 18, "text": "Jakarta", "labels": ["LOC"]}}]}]}
    path = tmp_path / "ls.json"
    path.write_bytes(orjson.dumps([task]))
    doc = one(path)
    assert doc.id == "3"
    spans = {doc.text[s.start:s.end]: s for s in doc.spans}
    assert spans["Gati"].status == SpanStatus.ACCEPTED and spans["Jakarta"].status == SpanStatus.SUGGESTED


def test_jsonl_crlf_text_moves_offsets(tmp_path):
    path = write_jsonl(tmp_path / "c.jsonl", {"text": "a\r\nb\r\nGati", "spans": [{"start": 6, "end": 10, "label": "PERSON"}]})
    doc = one(path)
    assert doc.text == "a\nb\nGati" and doc.text[doc.spans[0].start:doc.spans[0].end] == "Gati"


def test_bad_lines_are_reported_with_line_numbers_and_the_rest_imports(tmp_path):
    path = write_jsonl(
        tmp_path / "bad.jsonl",
        {"text": "baik satu"},
        {"text": "abc", "spans": [{"start": 2, "end": 9, "label": "PERSON"}]},
        {"text": "abc", "spans": [{"start": 0, "end": 2, "label": "PERSON", "text": "xy"}]},
        {"text": "abc", "spans": [{"start": 0, "end": 2, "label": "WIZARD"}]},
        {"no": "text"},
        {"text": "baik dua"},
        raw_lines=['{"text": "terpotong'],
    )
    items = read(path)
    assert [d.text for d in items if isinstance(d, Document)] == ["baik satu", "baik dua"]
    found = errors(items)
    assert len(found) == 5
    for line, words in [(2, "outside the text"), (3, "differs"), (4, "unknown label"), (5, "no \"text\""), (7, "not valid JSON")]:
        assert any(e.startswith(f"{path}:{line}:") and words in e for e in found), (line, found)


def test_over_long_jsonl_line_is_skipped(tmp_path):
    path = write_jsonl(tmp_path / "l.jsonl", {"text": "x" * 3000}, {"text": "pendek"})
    items = read(path, options=ReadOptions(max_bytes=1000))
    assert [d.text for d in items if isinstance(d, Document)] == ["pendek"]
    assert errors(items)[0].startswith(f"{path}:1:")


@pytest.mark.parametrize("name", ["x.pdf", "x"])
def test_unsupported_extension(tmp_path, name):
    (tmp_path / name).write_bytes(b"%PDF")
    assert "unsupported file type" in errors(read(tmp_path / name))[0]


@pytest.mark.parametrize("labels", ["PERSON", {"x": 1}, True, [7]])
def test_label_studio_label_of_an_odd_type(tmp_path, labels):
    task = {"data": {"text": "Gati di Jakarta"}, "annotations": [{"result": [
        {"id": "r1", "type": "labels", "value": {"start": 0, "end": 4, "text": "Gati", "labels": labels}}]}]}
    path = tmp_path / "ls.json"
    path.write_bytes(orjson.dumps([task]))
    items = read(path)
    if labels == "PERSON":  # a bare string is read as the one label it names
        assert [(s.label, s.start, s.end) for s in items[0].spans] == [("PERSON", 0, 4)]
    else:
        assert "not a string" in errors(items)[0]


def test_atomic_writes_get_ordinary_permissions(tmp_path):
    import os
    import stat

    from annotator.io.atomic import atomic_write

    new = tmp_path / "new.jsonl"
    with atomic_write(new) as fh:
        fh.write(b"x")
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(new.stat().st_mode) == 0o666 & ~mask
    old = tmp_path / "old.jsonl"
    old.write_bytes(b"a")
    old.chmod(0o640)
    with atomic_write(old) as fh:
        fh.write(b"b")
    assert stat.S_IMODE(old.stat().st_mode) == 0o640 and old.read_bytes() == b"b"
