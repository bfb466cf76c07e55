"""Document-level repairs of entity suggestions on scraped news.

- Words a scraper glued on in lower case are not part of a name ("David kepadaTempo" → "David"), nor is a
  common noun before it ("pulau Jawa" → "Jawa", "gedung MA" → "MA"), nor what a byline calls a journalist
  ("Laporan Wartawan Kompas.com, Budi Santoso": the medium, then the reporter, a person; docs/guideline.md), nor
  a last word that is mostly a verb glued on, one the document writes alone ("Pramono Anungmengatakan" → "Pramono").
- A name that is part of an organisation's name in the same document, and of no person's full name, is that
  organisation ("Garuda" beside "PT Garuda Indonesia" is the airline, not a person), whatever label the model
  gave its lone mentions.
- A name that starts with a place word ("Jalan …", "Bandara …", "Stasiun …") is a place.
- A PERSON made only of words the document also writes in lower case, none of them a given name, is a phrase,
  not a person ("Industri Kecil", "Aneka"); a generic term alone ("BUMN" for state companies, "SPBU", "WNI", "USD")
  is no entity.
- A place right after a speech verb ("…," kata Sandang) or right before one ("Sandang mengatakan") is a person; so
  is every mention of a one-word organisation or place that speaks once ("Cherepanov pun mengungkapkan") unless
  its form makes it one (in capitals, a known name, an organisation's first or last word, part of a longer one).
- Capitalised words no suggestion covers, in the same places, are a person's name too ("Bahlil menegaskan",
  "…," ujar Sule), past titles and words the document writes in lower case ("Sementara Menteri Bahlil
  menegaskan" → "Bahlil"), when they are no acronym, pronoun or organisation ("Polda Metro Jaya mengatakan"); a
  word that is a person alone elsewhere joins the name right after it ("Nguyen" + "Thanh Hung").
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from annotator.core.labels import DATE, LOC, ORG, PERSON
from annotator.detect.entities.bounds import bounds
from annotator.detect.entities.consistency import Found
from annotator.detect.entities.forms import name_forms
from annotator.detect.entities.gazetteer import Gazetteer
from annotator.detect.entities.people import people

_PLACE_HEADS = frozenset("""jalan jl jln gang gg bandara bandar stasiun terminal pelabuhan gedung pulau kota kabupaten
desa kelurahan kecamatan provinsi gunung sungai danau pantai taman masjid gereja pura candi hotel pasar""".split())
_SPEECH_AFTER = frozenset("""kata ujar ucap tutur jelas ungkap papar tegas terang tambah tandas imbuh lanjut pungkas
sebut beber said says told""".split())
_SPEECH_BEFORE = frozenset("""mengatakan menegaskan menjelaskan mengungkapkan menuturkan menyatakan menambahkan
memaparkan menyebutkan menyebut said says told""".split())


# what a byline or a credit calls a journalist: no part of a name ("Laporan Wartawan Kompas.com, Budi Santoso")
_CREDIT_ROLES = frozenset("""wartawan wartawati reporter penulis editor pewarta kontributor koresponden
jurnalis fotografer redaktur""".split())


# one-word generic terms: a kind of organisation or place, a programme, a tax, a document, a group of people, a
# currency (docs/guideline.md: `BUMN` meaning state companies, `SPBU swasta`, `Puskeswan`); no entity alone
_GENERIC = frozenset("""BUMN BUMD BUMDes SPBU SPBE UMKM UKM Puskeswan Puskesmas Posyandu LSM Ormas Parpol APBN APBD
BBNKB PKH BLT Bansos KTP NIK NPWP PPN PPh BBM WNI WNA USD IDR HKD SGD EUR JPY MYR CNY AUD""".split())


_ADMIN_WORDS = frozenset("Kota Kabupaten Provinsi Desa Kelurahan Kecamatan".split())


def _lower(word: str) -> bool:
    return word[:1].islower()


_GLUED_VERB = regex.compile(r"(\p{Lu}\p{Ll}+?)(me(?:ng|ny|m|n)\p{Ll}{4,})")  # "Anung" + "mengatakan"


def _verb_glued_on(word: str, common: set[str], gaz: Gazetteer) -> bool:
    """``word`` is a capitalised word with a longer verb glued on ("Anungmengatakan"), one the document also writes
    alone, a speech verb or one of nine letters or more ("Bandungmenyandang")."""
    m = _GLUED_VERB.fullmatch(word)
    return m is not None and len(m[2]) > len(m[1]) and (m[2] in common or m[2] in gaz.speech
                                                     or (len(m[2]) >= 9 and len(m[1]) >= 4))  # (not "Kemenkominfo")


def trim(words: Sequence[str], found: list[Found], gaz: Gazetteer | None = None,
         common: set[str] | None = None) -> list[Found]:
    """Lower-case words at either end of a name left out (DATE spans keep theirs: "akhir Juni"), and the words of
    a byline or credit before it ("Laporan Wartawan Kompas.com" → "Kompas", an organisation there); a person's name
    after the second half of a portfolio ("Menteri Pariwisata dan Ekonomi Kreatif Sandiaga Uno") starts at its
    given name, else keeps its last two words (not after a person's name: "Prabowo Subianto dan Gibran Rakabuming
    Raka"); an organisation or place holding a title and a name ("Polda Metro
    Jaya Kombes Ade Ary Syam Indradi") is that organisation, then a person."""
    out = []
    person_ends = {f.end for f in found if f.label == PERSON}
    for f in list(found):
        if gaz is not None and f.label == ORG:  # "Polda Metro Jaya Kombes Ade Ary": the unit, then a person
            k = next((k for k in range(f.start + 1, f.end - 1) if gaz.title_at(words[k : f.end], 0)), None)
            if k is not None:
                after = k + gaz.title_at(words[k : f.end], 0)
                if after < f.end and all(w[:1].isupper() for w in words[after : f.end]) and (
                        k - f.start >= 2 or any(w.lower() in gaz.given or w.lower() in gaz.given_en
                                              for w in words[after : f.end])):
                    out.append(Found(f.start, k, f.label, f.score))
                    f.start, f.label = after, PERSON
        if (gaz is not None and f.label == PERSON and f.end - f.start >= 3 and f.start >= 2
                and words[f.start - 1] == "dan" and words[f.start - 2][:1].isupper()
                and f.start - 1 not in person_ends):  # (not "Prabowo Subianto dan Gibran Rakabuming Raka")
            f.start = next((k for k in range(f.start, f.end - 1) if words[k].lower() in gaz.given), f.end - 2)
        if f.label != DATE:
            while f.start < f.end and (words[f.start].lower() in _CREDIT_ROLES or (  # "Laporan Wartawan Kompas.com"
                    words[f.start].lower() == "laporan" and f.start + 1 < f.end
                    and words[f.start + 1].lower() in _CREDIT_ROLES)):
                f.start += 1
            if f.start == f.end:
                continue
            if gaz is not None and common is not None and _verb_glued_on(words[f.end - 1], common, gaz):
                f.end -= 1  # the token goes to the verb, which holds most of it (docs/guideline.md)
                if all(w in _ADMIN_WORDS for w in words[f.start:f.end]):
                    continue  # "Kota Bandungmenyandang": no name is left
            while f.end - f.start > 1 and _lower(words[f.end - 1]):
                f.end -= 1
            while f.end - f.start > 1 and _lower(words[f.start]):
                f.start += 1
            if _lower(words[f.start]):
                continue
        out.append(f)
    return out


def common_words(words: Sequence[str]) -> set[str]:
    """The words the text writes in lower case, lower-cased."""
    return {w.lower() for w in words if w[:1].islower()}  # (_lower, inlined: this runs over every word)


_PARTICLES = frozenset({"pun", "juga"})  # "Cherepanov pun mengungkapkan"


def _speaks(words: Sequence[str], start: int, end: int) -> bool:
    """Whether the name ``words[start:end]`` is the subject of a speech verb: '…," kata X', 'X (pun) mengatakan'."""
    before = words[start - 1].lower() if start > 0 else ""
    before2 = words[start - 2] if start > 1 else ""
    k = end + 1 if end < len(words) and words[end].lower() in _PARTICLES else end
    after = words[k].lower() if k < len(words) else ""
    return (before in _SPEECH_AFTER and before2 in (",", '"', "”", "’")) or after in _SPEECH_BEFORE


def _speaking_words(words: Sequence[str], found: list[Found], gaz: Gazetteer, org_parts: set[str]) -> set[str]:
    """The one-word organisations and places of ``found`` that speak somewhere in the document and are none by
    their form: no word in capitals ("BMKG"), no known organisation or place ("Kemenkes", "Jakarta"), no word an
    organisation's name begins or ends with, no part of a longer organisation of the document."""
    out = set()
    for f in found:
        if f.label in (ORG, LOC) and f.end - f.start == 1 and _speaks(words, f.start, f.end):
            w = words[f.start]
            if not (w.isupper() or gaz.matches((w,)) or w.lower() in gaz.org_start or w in gaz.org_end
                    or w in org_parts):
                out.add(w)
    return out


def relabel(words: Sequence[str], found: list[Found], gaz: Gazetteer, common: set[str] | None = None) -> None:
    """The label fixes of this module's docstring, in place; ``common``: ``common_words(words)``."""
    common = common_words(words) if common is None else common
    org_parts: set[str] = set()
    person_parts: set[str] = set()
    for f in found:
        if f.end - f.start >= 2 and f.label in (ORG, PERSON):
            (org_parts if f.label == ORG else person_parts).update(words[f.start:f.end])
    given = gaz.given | gaz.given_en
    speakers = _speaking_words(words, found, gaz, org_parts)
    for f in found:
        name = words[f.start:f.end]
        if f.end - f.start == 1 and name[0] in _GENERIC and f.label != DATE:
            f.label = ""  # dropped by the caller
            continue
        if f.label in (ORG, LOC) and f.end - f.start == 1 and name[0] in speakers:
            f.label = PERSON  # every mention of a one-word name that speaks, no organisation or place by its form
            continue
        if f.label == PERSON and f.end - f.start == 1:
            word = name[0]
            if word in org_parts and word not in person_parts and word.lower() not in given:
                f.label = ORG
                continue
        if f.label in (PERSON, ORG) and name[0].lower() in _PLACE_HEADS and f.end - f.start >= 2:
            f.label = LOC
            continue
        if f.label == PERSON and all(w.lower() in common for w in name if w[:1].isalpha()) \
                and not any(w.lower() in given for w in name):
            f.label = ""  # dropped by the caller
            continue
        if f.label == LOC:
            before = words[f.start - 1].lower() if f.start > 0 else ""
            after = words[f.end].lower() if f.end < len(words) else ""
            before2 = words[f.start - 2] if f.start > 1 else ""
            if (before in _SPEECH_AFTER and before2 in (",", '"', "”", "’")) or after in _SPEECH_BEFORE:
                f.label = PERSON


_ENGLISH_SPEECH = frozenset("said says told added asked according explained stated".split())
_CLOSING = frozenset({",", '"', "”", "’", "'"})
_PRONOUNS = frozenset("ia dia beliau mereka kami kita saya aku anda".split())
_RUN_MAX = 5


def speaking_names(words: Sequence[str], glued: Sequence[bool], found: list[Found], gaz: Gazetteer,
                   common: set[str] | None = None) -> list[Found]:
    """PERSON suggestions for the uncovered capitalised words next to an Indonesian speech verb (the module's
    docstring); ``glued[i]``: token ``i`` and the next one are words a scraper glued together."""
    taken = [False] * len(words)
    for f in found:
        taken[f.start:f.end] = [True] * (f.end - f.start)
    common = common_words(words) if common is None else common
    # words the suggestions give another label: a new PERSON there would spread a wrong label through consistency
    elsewhere = {w for f in found if f.label not in (PERSON, DATE) for w in words[f.start:f.end]}

    def name_word(k: int) -> bool:
        w = words[k]
        return (not taken[k] and w[:1].isupper() and w.replace("-", "").isalpha() and not w.isupper()
                and w.lower() not in _PRONOUNS and not gaz.title_at((w,), 0))

    def person(a: int, b: int) -> Found | None:
        while a < b and words[a] in elsewhere and words[a].lower() not in gaz.given:
            a += 1  # "VietJet Nguyen Thanh Hung menyatakan": the airline, then the person
        if a == b:
            return None
        if words[a].lower() in gaz.org_start:  # "Dinas Kesehatan menyatakan"; "Dinas Kesehatan Budi Santoso …"
            a = next((k for k in range(a, b) if words[k].lower() in gaz.given), b)
        titled = a > 0 and bool(gaz.title_at((words[a - 1],), 0))
        while a < b and (gaz.title_at((words[a],), 0) or words[a].lower() in common) \
                and words[a].lower() not in gaz.given:
            titled = titled or bool(gaz.title_at((words[a],), 0))
            a += 1
        if titled and b - a > 2:  # "Menteri Investasi Bahlil Lahadalia": a portfolio, then the name
            a = next((k for k in range(a, b) if words[k].lower() in gaz.given), b - 2)
        if (a == b or words[a].lower() in gaz.org_start or any(m.start == 0 for m in gaz.matches(words[a:b]))
                or any(w in elsewhere and w.lower() not in gaz.given for w in words[a:b])):
            return None
        return Found(a, b, PERSON, 0.7)

    added: list[Found] = []
    for i, w in enumerate(words):
        low = w.lower()
        if low not in gaz.speech or low in _ENGLISH_SPEECH:
            continue
        if w[0].islower() and low.startswith(("me", "ber")) and low != "menurut" and i > 0:  # "Bahlil menegaskan"
            a = i
            while a > 0 and i - a < _RUN_MAX and name_word(a - 1) and not (a < i and glued[a - 1]):
                a -= 1
            if a < i:
                if (new := person(a, i)) is not None:
                    added.append(new)
        elif (w[0].islower() and i > 1 and words[i - 1] in _CLOSING) or low == "menurut":  # '…," ujar Sule'
            b = i + 1
            while b < len(words) and b - i <= _RUN_MAX and name_word(b) and not (b > i + 1 and glued[b - 1]):
                b += 1
            if b > i + 1 and not glued[i] and (words[b] == "," if low == "menurut" and b < len(words)
                                                else b == len(words) or not words[b][:1].isupper()):
                if (new := person(i + 1, b)) is not None:
                    added.append(new)
    out = sorted([*found, *added], key=lambda f: f.start)
    alone = {words[f.start] for f in out if f.label == PERSON and f.end - f.start == 1}
    for f in out:  # "Nguyen [Thanh Hung] menyatakan" where "Nguyen" speaks alone elsewhere: one name
        k = f.start - 1
        if f.label == PERSON and k >= 0 and words[k] in alone and not taken[k] and not glued[k] \
                and not any(g.start <= k < g.end for g in added):
            f.start = k
    return out


def tidy(words: Sequence[str], found: list[Found], gaz: Gazetteer, glued: Sequence[bool] | None = None,
         common: set[str] | None = None) -> list[Found]:
    """The repairs of this module's docstring, the extents of ``bounds.py``, the name forms of ``forms.py`` and the
    person repairs of ``people.py``; the speaking names only when ``glued`` is given.  ``common``:
    ``common_words(words)``, when the caller has it already."""
    common = common_words(words) if common is None else common
    found = bounds(words, trim(words, found, gaz, common), gaz, common)
    relabel(words, found, gaz, common)
    found = name_forms(words, [f for f in found if f.label], gaz)
    if glued is not None:
        found = speaking_names(words, glued, found, gaz, common)
    return people(words, found, gaz, common, glued)
