"""Document-level repairs of entity suggestions on scraped news.

- Words a scraper glued on in lower case are not part of a name ("David kepadaTempo" → "David"), nor is a
  common noun before it ("pulau Jawa" → "Jawa", "gedung MA" → "MA").
- A name that is part of an organisation's name in the same document, and of no person's full name, is that
  organisation ("Garuda" beside "PT Garuda Indonesia" is the airline, not a person), whatever label the model
  gave its lone mentions.
- A name that starts with a place word ("Jalan …", "Bandara …", "Stasiun …") is a place.
- A PERSON made only of words the document also writes in lower case, none of them a given name, is a phrase,
  not a person ("Industri Kecil", "Aneka").
- A place right after a speech verb ("…," kata Sandang) or right before one ("Sandang mengatakan") is a person.
"""

from __future__ import annotations

from collections.abc import Sequence

from annotator.core.labels import DATE, LOC, ORG, PERSON
from annotator.detect.entities.consistency import Found
from annotator.detect.entities.gazetteer import Gazetteer

_PLACE_HEADS = frozenset("""jalan jl jln gang gg bandara bandar stasiun terminal pelabuhan gedung pulau kota kabupaten
desa kelurahan kecamatan provinsi gunung sungai danau pantai taman masjid gereja pura candi hotel pasar""".split())
_SPEECH_AFTER = frozenset("""kata ujar ucap tutur jelas ungkap papar tegas terang tambah tandas imbuh lanjut pungkas
sebut beber said says told""".split())
_SPEECH_BEFORE = frozenset("""mengatakan menegaskan menjelaskan mengungkapkan menuturkan menyatakan menambahkan
memaparkan menyebutkan menyebut said says told""".split())


def _lower(word: str) -> bool:
    return word[:1].islower()


def trim(words: Sequence[str], found: list[Found]) -> list[Found]:
    """Lower-case words at either end of a name left out (DATE spans keep theirs: "akhir Juni")."""
    out = []
    for f in found:
        if f.label != DATE:
            while f.end - f.start > 1 and _lower(words[f.end - 1]):
                f.end -= 1
            while f.end - f.start > 1 and _lower(words[f.start]):
                f.start += 1
            if _lower(words[f.start]):
                continue
        out.append(f)
    return out


def relabel(words: Sequence[str], found: list[Found], gaz: Gazetteer) -> None:
    """The label fixes of this module's docstring, in place."""
    common = {w.lower() for w in words if _lower(w)}
    org_parts: set[str] = set()
    person_parts: set[str] = set()
    for f in found:
        if f.end - f.start >= 2 and f.label in (ORG, PERSON):
            (org_parts if f.label == ORG else person_parts).update(words[f.start:f.end])
    given = gaz.given | gaz.given_en
    for f in found:
        name = words[f.start:f.end]
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


def tidy(words: Sequence[str], found: list[Found], gaz: Gazetteer) -> list[Found]:
    found = trim(words, found)
    relabel(words, found, gaz)
    return [f for f in found if f.label]
