"""Issue 18, item 10: no silent mojibake.  A declared charset that makes no sense for the page's bytes is
ignored (and said so); a file of UTF-8 and legacy lines is decoded line by line; an encoding guessed on little
evidence is reported in the import summary, per file, and kept in the document's ``meta.encoding_note``."""

from __future__ import annotations

import orjson
import pytest

from annotator.cli import main
from annotator.core.model import Document
from annotator.io.readers import read_paths
from annotator.io.text import decode
from annotator.store import open_project

FRENCH = "Le café est très bon. L'été dernier, nous sommes allés à la plage. " * 20
RUSSIAN = "Президент сказал сегодня в Москве о развитии экономики. " * 5
PAGE = '<html><head><meta charset="{}"></head><body><p>{}</p></body></html>'


@pytest.mark.parametrize(("declared", "text", "encoding", "read_as"), [
    ("koi8-r", FRENCH, "cp1252", "cp1252"),  # a Latin page declared Cyrillic: read as Cyrillic letters before
    ("iso-8859-1", "Presiden berkata “naïf”.", "utf-8", "utf-8"),  # converted to UTF-8, declaration left
    ("utf-8", FRENCH, "cp1252", "cp1252"),  # declared UTF-8, saved in Windows-1252
    ("shift_jis", FRENCH, "cp1252", "cp1252"),
])
def test_a_declared_charset_that_makes_no_sense_for_the_bytes_is_ignored_and_said(tmp_path, declared, text,
                                                                                   encoding, read_as):
    page = tmp_path / "page.html"
    page.write_bytes(PAGE.format(declared, text).encode(encoding))
    [doc] = read_paths([page])
    assert isinstance(doc, Document)
    assert doc.text == text.strip() and doc.meta["encoding"] == read_as
    assert declared in doc.meta["encoding_note"]


@pytest.mark.parametrize(("declared", "text", "encoding"), [
    ("windows-1251", RUSSIAN, "cp1251"), ("windows-1252", FRENCH, "cp1252"), ("utf-8", RUSSIAN, "utf-8"),
    ("iso-8859-1", "Plain ASCII page.", "ascii"),
])
def test_a_declared_charset_that_fits_is_used_without_a_note(tmp_path, declared, text, encoding):
    page = tmp_path / "page.html"
    page.write_bytes(PAGE.format(declared, text).encode(encoding))
    [doc] = read_paths([page])
    assert isinstance(doc, Document) and doc.text == text.strip()
    assert "encoding_note" not in doc.meta


def test_clear_encodings_have_no_note():
    for data in (FRENCH.encode("cp1252"), RUSSIAN.encode("cp1251"), FRENCH.encode(), b"ASCII only."):
        assert decode(data).note is None, data[:20]


def test_a_guess_on_one_accented_letter_has_a_note():
    found = decode("Presiden berkata naïf di Jakarta hari ini tentang ekonomi.".encode("cp1252"))
    assert found.encoding == "cp1252" and "naïf" in found.text
    assert found.note and "cp1252" in found.note


def test_a_mixed_file_says_how_many_lines_were_not_utf8():
    found = decode("Berita “baik” hari ini.\n".encode() + "Le café très bon.\n".encode("cp1252"))
    assert found.text == "Berita “baik” hari ini.\nLe café très bon.\n" and found.encoding == "utf-8+cp1252"
    assert found.note and "1 of 2 lines" in found.note


def test_weak_guesses_are_in_the_import_summary_per_file(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-guess.txt").write_bytes("Presiden berkata naïf di Jakarta hari ini.".encode("cp1252"))
    (folder / "b-mixed.txt").write_bytes("Berita “baik”.\n".encode() + "Le café très bon.\n".encode("cp1252"))
    (folder / "c-clear.txt").write_text("Berita baik dari Jakarta: “naïf”.", encoding="utf-8")
    (folder / "d-page.html").write_bytes(PAGE.format("koi8-r", FRENCH).encode("cp1252"))
    project = tmp_path / "p.annotator"
    assert main(["import", str(folder), "--project", str(project), "--json"]) == 0  # notes are no problems
    out, err = capsys.readouterr()
    report = orjson.loads(out)
    assert report["problems"] == [] and report["added"] == 4
    notes = report["notes"]
    assert [n.split(": ", 1)[0] for n in notes] == [str(folder / n) for n in ("a-guess.txt", "b-mixed.txt",
                                                                              "d-page.html")]
    assert main(["import", str(folder / "a-guess.txt"), "--project", str(tmp_path / "q.annotator")]) == 0
    _, err = capsys.readouterr()
    assert f"{folder / 'a-guess.txt'}: the encoding was guessed as cp1252" in err and "1 encoding note" in err
    with open_project(project, readonly=True) as p:
        notes_kept = {p.get_document(s.pk).meta.get("encoding_note") is not None for s in p.list_documents()}
    assert notes_kept == {True, False}
