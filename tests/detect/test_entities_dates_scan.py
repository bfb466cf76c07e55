"""The fast date scan (the pattern tried only where a date can begin) finds exactly what the pattern's own
scan of every position finds."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.detect.entities.dates import _pattern, find_dates

ROOT = Path(__file__).resolve().parents[2]
TEXTS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "resources" / "samples").glob("*.txt"))]
TEXTS += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "data" / "quotes").rglob("*.txt"))]

PIECES = ["Senin", "Selasa (16/1)", "22/1/2018 10:30", "Jumat, 13 Juni 2025", "tahun depan", "dua tahun lalu",
          "akhir pekan ini", "pukul 10.00 WIB", "pada 2019", "last Tuesday", "Nov. 3, 2019", "the 1990s",
          "three years ago", "in 2020", "Monday morning", "early June", "kemarin sore", "tgl 5 Mei", "Jum'at",
          "mid-2019", "yesterday", "a few weeks ago", "sejak 1998", " ", ", ", ". ", "kata", "said", "(", ")", "\n"]


def full_scan(text: str, lang: str) -> list[tuple[int, int]]:
    return [m.span() for m in _pattern(lang).finditer(text)]


@pytest.mark.parametrize("lang", ["id", "en", "und"])
def test_real_texts(lang):
    assert TEXTS
    for text in TEXTS:
        assert find_dates(text, lang) == full_scan(text, lang)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30), st.sampled_from(["id", "en"]))
def test_date_like_text(pieces, lang):
    text = "".join(pieces)
    assert find_dates(text, lang) == full_scan(text, lang)
