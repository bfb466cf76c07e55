"""DATE expressions by rule, in Indonesian and English, and language-neutral numeric forms.

Dates in news follow a handful of fixed shapes ("Selasa (16/1)", "Jumat, 13
Juni 2025", "22/1/2018 10:30", "Nov. 3, 2019", "last Tuesday"), which
patterns find more reliably than a model trained without DATE labels.
Matches are character ranges; the detector keeps those on token boundaries.
"""

from __future__ import annotations

from functools import cache

import regex

_NUM_DATE = r"\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}"
_TIME = r"(?:pukul\s+|jam\s+|at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*(?:WIB|WITA|WIT|GMT|UTC|[AaPp]\.?[Mm]\.?))?"
_YEAR = r"(?:1[89]\d{2}|20\d{2})"

_ID_DAYS = r"Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Jum’at|Sabtu|Minggu|Ahad"
_ID_MONTHS = (r"Januari|Februari|Pebruari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Nopember|"
              r"Desember")
_ID_MON_ABBR = r"Jan|Feb|Mar|Apr|Jun|Jul|Agu|Agt|Ags|Agst|Sep|Sept|Okt|Nov|Nop|Des"
_ID_UNITS = r"hari|minggu|pekan|bulan|tahun|abad|dekade|jam|menit"
_ID_NUMWORDS = r"\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|belasan|puluhan|beberapa"

_EN_DAYS = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_EN_DAY_ABBR = r"Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun"
_EN_MONTHS = r"January|February|March|April|May|June|July|August|September|October|November|December"
_EN_MON_ABBR = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
_EN_UNITS = r"days?|weeks?|months?|years?|decades?|centur(?:y|ies)|hours?|minutes?"
_EN_NUMWORDS = r"\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|many"

_NUMERIC = rf"(?:{_NUM_DATE})(?:,?\s+{_TIME})?|\b\d{{1,2}}[:.]\d{{2}}\s*(?:WIB|WITA|WIT|GMT|UTC)\b"

_ID = rf"""
  (?:(?:{_ID_DAYS})\s*(?:\(\s*\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\s*\)))              # Selasa (16/1)
| (?:(?:{_ID_DAYS}),?\s+)?(?:tanggal\s+|tgl\.?\s+)?\d{{1,2}}\s+(?:{_ID_MONTHS}|(?:{_ID_MON_ABBR})\.?)(?:\s+{_YEAR})?
    (?:,?\s+{_TIME})?                                                                  # Jumat, 13 Juni 2025
| (?:{_ID_DAYS}),?\s+(?:{_NUM_DATE})(?:,?\s+{_TIME})?                                  # Senin, 22/1/2018 10:30
| (?:(?:awal|akhir|pertengahan|medio)\s+)?(?:{_ID_MONTHS})(?:\s+{_YEAR})?               # Juni 2025, akhir Juni
| (?:(?:{_ID_MON_ABBR})\.?)\s+{_YEAR}
| (?:(?:awal|akhir|pertengahan)\s+)?tahun\s+{_YEAR}(?:-an)?                            # tahun 2018
| (?:{_ID_DAYS})(?:\s+(?:pagi|siang|sore|malam|lalu|depan|ini|kemarin))?                # Selasa, Minggu lalu
| (?i:(?:(?:awal|akhir|pertengahan)\s+)?(?:{_ID_UNITS})\s+(?:depan|lalu|ini|kemarin|mendatang|sebelumnya))
| (?i:(?:{_ID_NUMWORDS})\s+(?:{_ID_UNITS})\s+(?:lalu|terakhir|mendatang|ke\s+depan|silam))   # dua tahun lalu
| (?i:(?:awal|akhir|pertengahan)\s+(?:tahun|bulan|pekan)(?:\s+(?:ini|lalu|depan))?)               # akhir tahun
| (?i:hari\s+ini | kemarin(?:\s+(?:pagi|siang|sore|malam))? | besok(?:\s+(?:pagi|siang|sore|malam))? | lusa
  | tadi\s+(?:pagi|siang|sore|malam) | dini\s+hari | akhir\s+pekan(?:\s+(?:ini|lalu|depan))?)
| pukul\s+\d{{1,2}}[:.]\d{{2}}(?:\s*(?:WIB|WITA|WIT))?
| (?:pada|sejak|hingga|sampai|tahun|medio|awal|akhir)\s+\K{_YEAR}
"""

_EN = rf"""
  (?:(?:{_EN_DAYS}|(?:{_EN_DAY_ABBR})\.),?\s+)?(?:{_EN_MONTHS}|(?:{_EN_MON_ABBR})\.?)\s+\d{{1,2}}(?:st|nd|rd|th)?
    (?:,?\s+{_YEAR})?(?:,?\s+{_TIME})?                                                # Nov. 3, 2019
| (?:(?:{_EN_DAYS}),?\s+)?(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_EN_MONTHS}|(?:{_EN_MON_ABBR})\.?)
    (?:,?\s+{_YEAR})?                                                                  # 3 November 2019
| (?:{_EN_MONTHS}|(?:{_EN_MON_ABBR})\.)\s+{_YEAR}
| (?:(?:early|late|mid|mid-)\s*)?(?:January|February|April|June|July|August|September|October|November|December)
| (?:[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming|[Pp]revious)\s+(?:{_EN_DAYS}|week|weekend|month|year|decade|century|
    spring|summer|autumn|fall|winter|(?:{_EN_MONTHS}))
| (?:[Ee]arlier|[Ll]ater)\s+this\s+(?:week|month|year)
| (?i:(?:{_EN_NUMWORDS})\s+(?:{_EN_UNITS})\s+(?:ago|earlier|later))
| (?i:(?:the\s+)?(?:past|last|next)\s+(?:{_EN_NUMWORDS})\s+(?:{_EN_UNITS}))
| (?:{_EN_DAYS})(?:\s+(?:morning|afternoon|evening|night))?
| (?i:yesterday(?:\s+(?:morning|afternoon|evening))? | today | tomorrow(?:\s+(?:morning|afternoon|evening))? | tonight)
| (?:the\s+)?(?:19|20)\d0s
| (?:in|since|until|by|during|from|before|after)\s+\K{_YEAR}
"""

_FLAGS = regex.VERBOSE | regex.V0


@cache
def _pattern(lang: str) -> regex.Pattern:
    parts = [_ID] if lang == "id" else [_EN] if lang == "en" else []
    body = "|".join(f"(?:{p})" for p in [*parts, _NUMERIC])
    # whole words only: "20190" holds no year, "Seninnya" no day name
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{body})(?![\p{{L}}\p{{N}}])", _FLAGS)


def _words(alternatives: str) -> set[str]:
    return {w.lower() for w in regex.findall(r"\p{L}+", alternatives)}


# Every word a DATE expression can start with (lower case), besides a number.  Keep in step with the branches
# above: tests/detect/test_entities_dates_scan.py checks the fast scan against the pattern's own full scan.
_FIRST_WORDS = {
    "id": _words("|".join((_ID_DAYS, _ID_MONTHS, _ID_MON_ABBR, _ID_UNITS, _ID_NUMWORDS))) | {
        "tanggal", "tgl", "awal", "akhir", "pertengahan", "medio", "tahun", "hari", "kemarin", "besok", "lusa",
        "tadi", "dini", "pukul", "pada", "sejak", "hingga", "sampai"},
    "en": _words("|".join((_EN_DAYS, _EN_DAY_ABBR, _EN_MONTHS, _EN_MON_ABBR, _EN_NUMWORDS))) | {
        "the", "early", "late", "mid", "last", "next", "this", "past", "coming", "previous", "earlier", "later",
        "yesterday", "today", "tomorrow", "tonight", "in", "since", "until", "by", "during", "from", "before",
        "after"},
}


# Each run of letters and digits, with the text before it: the words a date may begin with are found among these
# runs by a set lookup (a case-insensitive alternation of the first words was twice as slow)
_RUNS = regex.compile(r"([^\p{L}\p{N}]*)([\p{L}\p{N}]+)", regex.V0)


def find_dates(text: str, lang: str) -> list[tuple[int, int]]:
    """Character ranges of date and time expressions, longest first at each position, not overlapping.

    The pattern is tried only where a word that can begin a date starts (a number, a day or month name, "last",
    "tahun", …): the same matches as scanning every position, three times faster on news text."""
    pattern = _pattern(lang)
    first = _FIRST_WORDS.get(lang)
    if first is None:  # numeric forms only: the pattern's own scan is fast
        return [m.span() for m in pattern.finditer(text)]
    found: list[tuple[int, int]] = []
    match = pattern.match
    end = pos = 0
    for gap, run in _RUNS.findall(text):
        start = pos + len(gap)
        pos = start + len(run)
        # the pattern begins with a number or a first word (whole: nothing but letters, in any casing)
        if start < end or not (run[0].isdigit() or (run.isalpha() and run.lower() in first)):
            continue
        m = match(text, start)
        if m:
            found.append(m.span())
            end = m.end()
    return found
