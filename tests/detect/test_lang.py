"""Document language: the declared language checked against the text, a text guess that holds on pages with
little running text, and a clear refusal of an unknown --lang value."""

from __future__ import annotations

import pytest

from annotator.cli import main
from annotator.core.model import Document
from annotator.detect.base import Context
from annotator.detect.lang import LanguageDetector, check_lang, detect_language, document_language, normalise_lang

ID_TEXT = ("Pemerintah kota menambah armada bus untuk musim libur sekolah. Menurut dia, armada tambahan itu "
           "akan beroperasi mulai pekan depan dan melayani rute wisata yang ramai dikunjungi warga. ") * 3
# a page with navigation around a short article: function words are a small share of all the words
NAV = " ".join(["Beranda", "Berita", "Olahraga", "Teknologi", "Hiburan", "Otomotif", "Travel", "Video", "Foto"] * 12)


@pytest.mark.parametrize("code, expected", [("id", "id"), ("id-ID", "id"), ("in", "id"), ("EN_us", "en"),
                                            ("ind", "id"), ("xx", None), ("", None)])
def test_language_codes_are_normalised(code, expected):
    assert normalise_lang(code) == expected


def test_check_lang_accepts_auto_and_known_codes_and_refuses_others_with_the_list():
    assert check_lang("auto") == "auto" and check_lang("id-ID") == "id"
    with pytest.raises(ValueError, match="unknown language 'klingon'.*auto.*id, en"):
        check_lang("klingon")


def test_the_cli_refuses_an_unknown_lang(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text(ID_TEXT, encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        main(["detect", str(article), "--lang", "xx", "--output", str(tmp_path / "out.jsonl")])
    assert exit_.value.code == 2
    assert "unknown language 'xx'" in capsys.readouterr().err
    assert not (tmp_path / "out.jsonl").exists()


def test_a_short_article_inside_navigation_is_still_recognised():
    assert detect_language(NAV + " " + ID_TEXT[:400] + " " + NAV) == "id"


def test_the_declared_language_is_used_unless_the_text_clearly_says_another():
    assert document_language(NAV, "id-ID") == "id"  # no running text: the declaration decides
    assert document_language(ID_TEXT, "en") == "id"  # a page that declares en and is written in Indonesian
    assert document_language(ID_TEXT, None) == "id"


def test_the_detector_reads_the_page_declaration():
    doc = Document(text=NAV, meta={"html_lang": "id-ID"})
    assert LanguageDetector().detect(doc, Context(lang="und")).meta == {"lang": "id"}
    assert LanguageDetector().detect(Document(text=NAV), Context(lang="id-ID")).meta == {"lang": "id"}


def test_an_english_page_of_scores_keeps_its_body_when_its_language_is_known():
    from annotator.detect.pipeline import Pipeline
    from annotator.io.readers.html import read_html

    rows = "".join(f"<p>Palm Bay (1-{k}): Tolivert {20 + k} points. Davis {10 + k} points. Burgher 9 points, "
                   f"Rockledge {40 + k}.</p>" for k in range(8))
    page = (f'<html lang="en"><body><div class="site-nav"><a href="/">Home</a> <a href="/s">Sports</a></div>'
            f'<div class="article-wrapper main-content"><h1>Roundup: Viera stays unbeaten</h1>{rows}</div>'
            f"</body></html>").encode()
    doc = read_html(page, "scores.html")
    found = Pipeline(layers=("segments",)).run(doc)
    assert found.meta["lang"] == "en"
    body = doc.text.index("Palm Bay (1-3)")
    assert not any(s.start <= body < s.end for s in found.spans if s.label == "BOILERPLATE")
