"""The entity detector on real Indonesian text, dates in two languages, English rules, consistency."""

from pathlib import Path

import pytest

from annotator.core.model import Document, Span, SpanStatus
from annotator.core.tokenize import TokenIndex
from annotator.detect.base import Context
from annotator.detect.entities import EntityDetector
from annotator.detect.pipeline import Pipeline, available_detectors

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "resources" / "samples" / "00-mediaindonesia-ikm-butuh-dukungan-jaringan-internet.txt"
TEMPO = ROOT / "tests" / "data" / "ner" / "02-tempo-excerpt.txt"


def found(text: str, lang: str, detector: EntityDetector | None = None) -> list[tuple[str, str, dict]]:
    doc = Document(text=text)
    spans = (detector or EntityDetector(use_spacy=False)).detect(doc, Context(lang=lang)).spans
    return [(s.label, text[s.start:s.end], s.attrs) for s in spans]


def labelled(text: str, lang: str) -> set[tuple[str, str]]:
    return {(label, surface) for label, surface, _ in found(text, lang)}


@pytest.fixture(scope="module")
def seed() -> list[tuple[str, str, dict]]:
    return found(SEED.read_text(encoding="utf-8"), "id")


def test_seed_article_people_organisations_places_and_dates(seed):
    got = {(label, surface) for label, surface, _ in seed}
    assert {("PERSON", "Gati Wibawaningsih"), ("ORG", "Kementerian Perindustrian"), ("LOC", "Jakarta"),
            ("DATE", "Selasa (16/1)"), ("DATE", "22/1/2018 10:30"), ("DATE", "tahun depan"),
            ("PERSON", "Mira Tayyiba"), ("PERSON", "Airlangga Hartarto"), ("ORG", "Badan Pusat Statistik"),
            ("LOC", "Jawa Barat")} <= got


def test_seed_article_short_name_is_linked_to_the_full_name(seed):
    gati = [attrs for label, surface, attrs in seed if surface == "Gati"]
    mira = [attrs for label, surface, attrs in seed if surface == "Mira"]
    assert gati and all(a.get("canonical") == "Gati Wibawaningsih" for a in gati)
    assert mira and all(a.get("canonical") == "Mira Tayyiba" for a in mira)
    assert all(label == "PERSON" for label, surface, _ in seed if surface in ("Gati", "Mira"))


def test_seed_article_name_found_once_is_suggested_at_every_mention(seed):
    text = SEED.read_text(encoding="utf-8")
    assert sum(surface == "Kemenperin" for _, surface, _ in seed) == text.count("Kemenperin")
    assert not any(surface == "'Negeri Singa'" for _, surface, _ in seed)


def test_real_tempo_excerpt():
    got = found(TEMPO.read_text(encoding="utf-8"), "id")
    pairs = {(label, surface) for label, surface, _ in got}
    assert {("ORG", "Kementerian Keuangan"), ("PERSON", "Febrio Kacaribu"), ("DATE", "Rabu, 18 Juni 2025"),
            ("DATE", "tahun depan")} <= pairs
    assert [a.get("canonical") for label, s, a in got if s == "Febrio"] == ["Febrio Kacaribu"] * 3


@pytest.mark.parametrize("text,date", [
    ("Gati berbicara di Jakarta, Selasa (16/1).", "Selasa (16/1)"),
    ("Diunggah 22/1/2018 10:30 oleh redaksi.", "22/1/2018 10:30"),
    ("Rapat digelar pada Jumat, 13 Juni 2025 di Bandung.", "Jumat, 13 Juni 2025"),
    ("Proyek itu selesai pada tahun depan.", "tahun depan"),
    ("Ia tiba kemarin sore di Medan.", "kemarin sore"),
    ("Kebijakan berlaku sejak Maret 2019.", "Maret 2019"),
    ("Pertemuan berlangsung pukul 10.30 WIB.", "pukul 10.30 WIB"),
])
def test_indonesian_dates(text, date):
    assert ("DATE", date) in labelled(text, "id")


@pytest.mark.parametrize("text,date", [
    ("The company said last Tuesday that it would close.", "last Tuesday"),
    ("The vote took place on Nov. 3, 2019 in Ohio.", "Nov. 3, 2019"),
    ("She left on 3 November 2019.", "3 November 2019"),
    ("He resigned two years ago.", "two years ago"),
    ("Prices rose in 2019 and fell later.", "2019"),
])
def test_english_dates(text, date):
    assert ("DATE", date) in labelled(text, "en")


def test_words_that_only_look_like_dates_are_not_dates():
    assert not any(label == "DATE" for label, *_ in found("Ia bekerja selama dua minggu di sana.", "id"))
    assert not any(label == "DATE" for label, *_ in found("You may go. March on, said the sergeant.", "en"))


def test_other_languages_get_numeric_dates_and_list_hits_only():
    got = labelled("Am 22/1/2018 10:30 sprach der Minister in Jakarta über die Krise.", "de")
    assert ("DATE", "22/1/2018 10:30") in got and ("LOC", "Jakarta") in got
    assert not any(label == "PERSON" for label, _ in got)


def test_english_rules():
    text = ("President Joe Biden met Mr. Smith of Acme Corp. at the University of Oxford in London. "
            "The Ministry of Finance said Dr. Jane Goodall would speak in New York City.")
    got = labelled(text, "en")
    assert {("PERSON", "Joe Biden"), ("PERSON", "Smith"), ("ORG", "Acme Corp."), ("ORG", "University of Oxford"),
            ("LOC", "London"), ("ORG", "Ministry of Finance"), ("PERSON", "Jane Goodall"),
            ("LOC", "New York City")} <= got
    assert not any(surface.startswith(("President", "Mr", "Dr", "The")) for _, surface in got)


def test_english_short_names_link_to_the_full_name():
    got = found("Mr. Angus Fraser opened the show. Later, Fraser thanked the crew.", "en")
    assert ("PERSON", "Angus Fraser", {}) in got
    assert ("PERSON", "Fraser", {"canonical": "Angus Fraser"}) in got


def test_short_form_before_the_full_name_is_not_invented():
    got = found("Wibawa datang. Kemudian Gati Wibawaningsih berbicara.", "id")
    assert not any(surface == "Wibawa" and attrs.get("canonical") for _, surface, attrs in got)


def test_spans_are_token_aligned_and_suggested():
    text = SEED.read_text(encoding="utf-8")
    doc = Document(text=text)
    detector = EntityDetector(use_spacy=False)
    spans = detector.detect(doc, Context(lang="id")).spans
    index = TokenIndex.of(text)
    assert spans and all(index.char_span_to_tokens(s.start, s.end) is not None for s in spans)
    assert all(s.layer == "entities" and s.status == SpanStatus.SUGGESTED and 0 <= s.score <= 1 for s in spans)
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))


def test_pipeline_runs_entities_after_language_and_keeps_accepted_spans():
    names = [d.name for d in available_detectors(("entities",))]
    assert names[:2] == ["lang", "entities"]
    text = "Kata Gati Wibawaningsih di Jakarta, Selasa (16/1), program itu berjalan baik."
    start = text.index("Jakarta")
    mine = Span(start=start, end=start + len("Jakarta"), label="ORG", layer="entities")  # a person's choice
    doc = Document(text=text, spans=[mine])
    out = Pipeline(layers=("entities",), lang="id").apply(doc)
    assert out.meta["lang"] == "id"
    assert mine in out.spans
    assert not any(s.start == start and s.label == "LOC" for s in out.spans)
    assert any(text[s.start:s.end] == "Selasa (16/1)" and s.source == "detector:entities" for s in out.spans)
