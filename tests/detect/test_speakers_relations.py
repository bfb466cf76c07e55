"""Speakers named through someone else: a role that refers back to "juru bicara orang tua X" is that unnamed
spokesperson, not X; a surname shared by two people of the article stays with the one it was first used for."""

from __future__ import annotations

from annotator.core.model import Document
from annotator.detect.pipeline import Pipeline


def speakers(text: str, lang: str = "id") -> dict[str, str | None]:
    """First word of each direct quote → its speaker, with the entity detector run first."""
    spans = Pipeline(layers=("entities", "quotes"), lang=lang).run(Document(text=text)).spans
    return {text[s.start:s.end].split()[0]: s.attrs.get("speaker") for s in spans
            if s.layer == "quotes" and s.label == "QUOTE" and s.attrs.get("direct")}


def test_a_role_that_refers_back_to_someone_s_spokesperson_is_that_spokesperson_as_written():
    text = ("Keluarga pengusaha Surya Hartono membantah tuduhan penggelapan.\n"
            "Ketika dimintai konfirmasi, juru bicara keluarga Hartono menyatakan mereka sudah mengembalikan dana itu. "
            '"Sejak awal, keluarga sudah mencoba mengembalikannya," kata sang juru bicara.')
    assert speakers(text) == {"Sejak": "sang juru bicara"}


def test_english_the_spokesman_of_a_named_person_is_not_that_person():
    text = ("Senator Mark Delaney faced new questions on Tuesday.\n"
            "A spokesman for Delaney said the senator had returned the money. "
            '"He has nothing to hide," the spokesman said.')
    assert speakers(text, "en") == {"He": "the spokesman"}
