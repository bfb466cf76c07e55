"""The other forms a name takes in one news article, read from the document itself.

- An acronym in brackets after a person's name is that person in the whole document ("Oesman Sapta Odang (OSO)":
  every "OSO" is a person), when its letters are the initials of the name's words.
- Capital initials of a person named in full elsewhere in the document are that person where they stand alone
  ("Lisa Mariana" … "tersangka LM", "Pak RK"; not "Blaze MP Tourer"), and so are initials given with an age or
  after "berinisial" ("JN (37)").
- A one-word organisation or place that is the first or last word of a person's full name in the document, and of
  no longer organisation or place, is that person's short form ("Al Ghazali" … "Al").
- A name ending in an organisation's last word is an organisation ("Bomba Grup", "World Bank").
- The medium in a site's dateline or credit is an organisation, without its domain ("Liputan6.com, Jakarta –",
  "KONTAN.CO.ID -", "dikutip Wartakotalive.com,"), and so is the one word a source cue names ("dilansir Reuters",
  "mengutip Engadget", "majalah Forbes"), unless it is a person's.
- A word in brackets right after a name is its short form and has its label ("PT Hartadinata Abadi Tbk (HRTA)",
  "Tangerang Selatan (Tangsel)", "Hendrar Prihadi (Hendi)"), and the model's other mentions follow; after an
  organisation only when its name looks like one ("Badan …", "… Tbk"; not the "(APBN)" of a budget the model
  took for one).
- An organisation named with its province or city is one organisation ("DPRD DKI Jakarta", "Pemerintah Aceh",
  "Pemerintah Provinsi Banten", "Kementerian Luar Negeri Indonesia"; "Pemerintah Provinsi" alone before its short
  form in brackets), and so is its branch there ("Ombudsman
  Perwakilan Jawa Timur").
- Hospitals, universities, libraries, prisons and schools are institutions, organisations wherever they stand
  ("dirawat di RSU dr Soetomo"), also where the model left their head out ("Pesantren [Nurul Huda]").
- Titles are no part of a person's name ("Tgk Mustafa Sarong", "Pak Kenneth" → the name; but "Gus Dur"), and a
  person's first name the model left at the end of the organisation before it goes to the person ("Kepala Kantor
  Imigrasi Medan Johanes | Fanny Satria" → "Johanes Fanny Satria").
- A place keeps its administrative word ("Kota Bandung", "Kabupaten Bogor", "2Kabupaten Agam" where a list lost its
  line breaks; not in "Wali Kota", "Ibu Kota"), a province or city the model left out after one is found, and
  a province or city right after a title is a place ("Gubernur Banten", "Presiden ke-6 RI"); a place the model cut
  in two is one ("Amerika | Serikat").
- One capitalised word after an honorific that is a given name or begins a person's name of the document is that
  person ("Ibu Mega" beside "Megawati"; not "Ibu Kota", "Bapak Jampidsus").
- A ticket of two people written as one hyphenated word ("Ganjar-Mahfud", "Prabowo Subianto-Gibran Rakabuming")
  is no entity when one of the two names is a person elsewhere in the document (a name such as "Jean-Pierre" is
  kept), nor is a hyphenated pair of capitalised words inside a name ("Anies Baswedan-Muhaimin Iskandar").
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import compress, count

from annotator.core.labels import DATE, LOC, ORG, PERSON
from annotator.detect.entities.consistency import Found
from annotator.detect.entities.gazetteer import Gazetteer

_DOMAINS = frozenset({"com", "co", "net", "tv"})
_AFTER_DOMAIN = frozenset({",", "-", "–", "—", ":", "|", "/"})
_ORG_LAST = frozenset({"Grup", "Group", "Holding", "Corporation", "Foundation"})
_INITIALS_CUES = frozenset({"berinisial", "inisial", "inisialnya"})
_SOURCE_CUES = frozenset({"dilansir", "melansir", "mengutip", "dikutip", "majalah", "harian", "dilaporkan"})
_SOURCE_CUES_ANY_CASE = _SOURCE_CUES | {w.capitalize() for w in _SOURCE_CUES} | {w.upper() for w in _SOURCE_CUES}
_INSTITUTIONS = frozenset("""rs rsu rsud rspad universitas institut perpustakaan lembaga lp lapas sekolah puskesmas
puskeswan politeknik akademi pesantren""".split())
_INSTITUTION_PAIRS = frozenset({("rumah", "sakit"), ("pondok", "pesantren")})
_ADMIN = frozenset({"Provinsi", "Kabupaten", "Kota"})


def _admin(word: str) -> bool:
    """``word`` is an administrative word, or one a scraper glued to the number before it ("2Kabupaten")."""
    return word in _ADMIN or (word[:1].isdigit() and word.lstrip("0123456789") in _ADMIN)
_HONORIFICS = frozenset("Pak Bu Ibu Bapak Mas Mbak Bang Kak".split())
_LEGAL = frozenset({"Persero", "Tbk"})
_NAME_TITLES = frozenset("gus cak bung kang ning putri putra raden daeng".split())  # part of what people are called
# titles left out of a name here but not in the gazetteer's list, whose titles are also CRF features (adding these
# there moved IDNer-2k dev F1 by -0.002 and NERGrit valid by -0.005)
_MORE_TITLES = frozenset("tgk teungku menpar menparekraf menkominfo mensesneg menkopolhukam".split())


def _institution_before(words: Sequence[str], i: int, taken: list[bool]) -> int:
    """The number of words of an institution's capitalised head right before ``words[i]`` that no span covers
    ("Universitas", "Pondok Pesantren", "Rumah Sakit"), else 0."""
    if i >= 2 and not taken[i - 2] and words[i - 2][:1].isupper() and words[i - 1][:1].isupper() \
            and (words[i - 2].lower(), words[i - 1].lower()) in _INSTITUTION_PAIRS:
        return 2
    if i >= 1 and not taken[i - 1] and words[i - 1][:1].isupper() and words[i - 1].lower() in _INSTITUTIONS:
        return 1
    return 0


def _initials(words: Sequence[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper())


def _is_initials(word: str) -> bool:
    return 2 <= len(word) <= 4 and word.isalpha() and word.isupper()


def _medium(words: Sequence[str], i: int) -> bool:
    """``words[i]`` is a site's name followed by its domain and a dateline or credit mark ("KOMPAS . com –")."""
    w = words[i]
    if not (w[:1].isupper() and w.isalnum()) or i + 2 >= len(words) or words[i + 1] != "." \
            or words[i + 2].lower() not in _DOMAINS:
        return False
    k = i + 3
    if k + 1 < len(words) and words[k] == "." and words[k + 1].lower() == "id":  # "REPUBLIKA . CO . ID"
        k += 2
    return k < len(words) and words[k] in _AFTER_DOMAIN


def _place_at(words: Sequence[str], i: int, gaz: Gazetteer) -> int:
    """The end of a province or city name that starts at ``words[i]`` (after "Provinsi", "Kota" …), else ``i``."""
    k = i + 1 if i < len(words) and words[i] in _ADMIN else i
    end = max((m.end for m in gaz.matches(words[k:k + 4]) if m.start == 0 and m.label == LOC), default=0)
    return k + end if end and (k + end == len(words) or not words[k + end][:1].isupper()) else i


# a government's or a police force's unit named with its territory ("Pemko Medan", "Polsek Tanah Abang", "DPRD Kota
# Madiun"; docs/guideline.md: "Dishub Jawa Barat", "DPRD DKI Jakarta")
_UNIT_HEADS = frozenset("""Pemerintah Pemprov Pemkab Pemkot Pemko Pemda DPRD Dishub Dinkes Disdik Disdukcapil Polda
Polres Polresta Polrestabes Polsek Kejati Kejari BPBD Bappeda Bapenda Kodim Korem Kodam Koramil""".split())


_BRANCHES = frozenset({"Perwakilan", "Kanwil", "Cabang"})  # "Ombudsman Perwakilan Jawa Timur"


def _with_places(words: Sequence[str], found: list[Found], gaz: Gazetteer) -> list[Found]:
    """Organisations grown over the province or city named right after them, a unit's head + a place included
    ("Pemerintah Kabupaten Garut", "Pemko Medan")."""
    at = {f.start: f for f in found}
    out: list[Found] = []
    skip_to = 0
    for i in range(len(words)):
        if i < skip_to:
            continue
        f = at.get(i)
        if f is None and words[i] in _UNIT_HEADS:
            f = Found(i, i + 1, "", 0.8)
            if i + 2 < len(words) and words[i + 1] in _ADMIN and words[i + 2] == "(" and at.get(i + 1) is None:
                f = Found(i, i + 2, ORG, 0.8)  # "Pemerintah Provinsi (Pemprov) DKI Jakarta"
        if f is None or f.label not in (ORG, ""):
            if f is not None:
                out.append(f)
                skip_to = f.end
            continue
        nxt = at.get(f.end)
        branch = f.end + 1 if f.label and f.end + 1 < len(words) and words[f.end] in _BRANCHES else f.end
        end = _place_at(words, branch, gaz)
        if end == branch:
            end = f.end
        if nxt is not None and nxt.label == LOC and end < nxt.end and words[f.end] not in _ADMIN:
            end = nxt.end if _place_at(words, nxt.start, gaz) == nxt.end else f.end
        # the place the model labelled otherwise is taken in whole (a person's only after a unit or an
        # administrative word)
        whole = words[f.start] in _UNIT_HEADS or words[f.end - 1] in _ADMIN
        if end > f.end and not any(g.start < end and f.end < g.end and g.label != LOC
                                   and not (f.end <= g.start and g.end <= end and (whole or g.label == ORG))
                                   for g in found):
            f = Found(f.start, end, ORG, f.score)
        if f.label:
            out.append(f)
        skip_to = f.end
    return out


def _pairs(words: Sequence[str], found: list[Found]) -> list[Found]:
    """Without the hyphenated tickets of two people."""
    people = {w for f in found if f.label == PERSON for w in words[f.start:f.end] if "-" not in w}

    def pair(word: str) -> bool:  # two capitalised words joined by a hyphen ("Baswedan-Muhaimin"; not "Al-Amudi")
        halves = word.split("-")
        return len(halves) == 2 and all(h[:1].isupper() and h.isalpha() and len(h) >= 3 for h in halves)

    def ticket(word: str) -> bool:
        return pair(word) and any(h in people for h in word.split("-"))

    return [f for f in found if not (
        (f.label == PERSON and (any(ticket(w) for w in words[f.start:f.end])
                                or any(pair(w) for w in words[f.start + 1:f.end - 1])))
        or (f.label == ORG and f.end - f.start == 1 and ticket(words[f.start])))]


def _borders(words: Sequence[str], found: list[Found], gaz: Gazetteer) -> list[Found]:
    """Titles out of a person's name, a first name from the end of an organisation into the person after it,
    a place's administrative word into the place, a place cut in two joined, a place after a title found."""
    for f, g in zip(found, found[1:]):
        if f.label == LOC and g.label == LOC and g.start == f.end \
                and any(m.start == 0 and m.end == g.end - f.start for m in gaz.matches(words[f.start:g.end])):
            f.end, g.label = g.end, ""  # "Amerika" + "Serikat"
    found = [f for f in found if f.label]
    for f, g in zip(found, found[1:]):
        last = words[f.end - 1]
        if f.label == ORG and g.label == PERSON and g.start == f.end and f.end - f.start >= 3 and not last.isupper() \
                and last[:1].isupper() and last not in gaz.org_end \
                and not any(m.end == f.end - f.start for m in gaz.matches(words[f.start:f.end])):
            f.end, g.start = f.end - 1, f.end - 1
    for f in found:
        k = f.start - 2 if f.start > 1 and words[f.start - 1].startswith("ke-") else f.start - 1  # "ke-6"
        if f.end - f.start == 1 and words[f.start] == "RI" and k >= 0 and gaz.title_at(words, k):
            f.label = LOC  # "Presiden RI": the country in a title
        elif f.label == PERSON:
            k = f.start
            while k < f.end - 1 and words[k].lower() not in _NAME_TITLES and (
                    n := gaz.title_at(words, k) or int(words[k].lower().rstrip(".") in _MORE_TITLES)) \
                    and k + n < f.end:
                k += n
            f.start = k
        elif f.label == LOC and f.start > 0 and _admin(words[f.start - 1]) \
                and not (f.start > 1 and words[f.start - 2].lower() in ("wali", "ibu")) \
                and not any(g.end == f.start for g in found):
            f.start -= 1
    taken = [False] * len(words)
    for f in found:
        taken[f.start:f.end] = [True] * (f.end - f.start)
    added = []
    for i in range(1, len(words)):
        if not taken[i] and not taken[i - 1] and (words[i - 1] in _ADMIN or words[i - 1][:1].isdigit()) \
                and _admin(words[i - 1]) and words[i][:1].isupper() \
                and not (i > 1 and words[i - 2].lower() in ("wali", "ibu")):  # "2Kabupaten Aceh Tenggara"
            end = max((m.end for m in gaz.matches(words[i:i + 4]) if m.start == 0 and m.label == LOC), default=0)
            if end and not any(taken[i:i + end]) and (i + end == len(words) or not words[i + end][:1].isupper()):
                added.append(Found(i - 1, i + end, LOC, 0.8))
                taken[i - 1:i + end] = [True] * (end + 1)
                continue
        if not taken[i] and words[i][:1].isupper() and words[i - 1][:1].isupper() and gaz.title_at(words, i - 1) == 1:
            end = max((m.end for m in gaz.matches(words[i:i + 3]) if m.start == 0 and m.label == LOC), default=0)
            if end and not any(taken[i:i + end]) and (i + end == len(words) or not words[i + end][:1].isupper()):
                added.append(Found(i, i + end, LOC, 0.8))
    return sorted([*found, *added], key=lambda f: f.start)


def _after(words: Sequence[str], before: frozenset[str], stop: int) -> Iterator[int]:
    """The positions ``i`` in ``range(1, stop)`` where ``words[i - 1]`` is one of ``before``, ascending."""
    return compress(count(1), map(before.__contains__, words[:max(stop - 1, 0)]))


def _honoured(words: Sequence[str], found: list[Found], gaz: Gazetteer) -> list[Found]:
    """People named by one word after an honorific ("Ibu Mega")."""
    taken = [False] * len(words)
    for f in found:
        taken[f.start:f.end] = [True] * (f.end - f.start)
    names = [w for f in found if f.label == PERSON for w in words[f.start:f.end]]
    added = [Found(i, i + 1, PERSON, 0.8) for i in _after(words, _HONORIFICS, len(words) - 1)
             if not taken[i] and words[i][:1].isupper() and words[i].isalpha()
             and not words[i + 1][:1].isupper() and not gaz.title_at(words, i)
             and (words[i].lower() in gaz.given or any(n.startswith(words[i]) for n in names))]
    return sorted([*found, *added], key=lambda f: f.start)


def name_forms(words: Sequence[str], found: list[Found], gaz: Gazetteer) -> list[Found]:
    """``found`` (sorted, non-overlapping) with the repairs and additions of this module's docstring, sorted."""
    found = _with_places(words, _borders(words, _honoured(words, _pairs(words, found), gaz), gaz), gaz)
    taken = [False] * len(words)
    for f in found:
        taken[f.start:f.end] = [True] * (f.end - f.start)
    everywhere: set[str] = set()  # initials that are a person wherever they stand
    for f in found:
        k = f.end
        if f.label == PERSON and f.end - f.start >= 2 and k + 2 < len(words) and words[k] == "(" \
                and words[k + 2] == ")" and _is_initials(words[k + 1]) \
                and words[k + 1] == _initials(words[f.start:f.end]):
            everywhere.add(words[k + 1])
    people = {_initials(words[f.start:f.end]) for f in found if f.label == PERSON and f.end - f.start >= 2
              and all(w[:1].isupper() for w in words[f.start:f.end])}

    def alone(i: int) -> bool:  # no capitalised word beside it but a title ("Pak RK")
        before = i > 0 and words[i - 1][:1].isupper() and words[i - 1].isalpha() and not gaz.title_at(words, i - 1)
        return not before and not (i + 1 < len(words) and words[i + 1][:1].isupper() and words[i + 1].isalpha())

    initials: set[int] = set()  # positions of a person's initials
    for i, w in compress(enumerate(words), map(str.isupper, words)):
        if not 2 <= len(w) <= 4 or w in everywhere or not _is_initials(w) or gaz.matches([w]):
            continue
        aged = i + 3 < len(words) and words[i + 1] == "(" and words[i + 2].isdigit() and words[i + 3] == ")"
        if aged or (i > 0 and words[i - 1].lower() in _INITIALS_CUES):
            everywhere.add(w)
        elif w in people and alone(i):
            initials.add(i)
    if everywhere:
        initials.update(i for i, w in enumerate(words) if w in everywhere)
    person_ends = {words[k] for f in found if f.label == PERSON and f.end - f.start >= 2 for k in (f.start, f.end - 1)}
    other_parts = {w for f in found if f.label in (ORG, LOC) and f.end - f.start >= 2 for w in words[f.start:f.end]}
    for f in found:
        name = words[f.start:f.end]
        lowered = tuple(w.lower() for w in name[:2])
        head = _institution_before(words, f.start, taken) if f.label in (PERSON, LOC) else 0
        if head:
            f.start, f.label = f.start - head, ORG  # "Pesantren Nurul Huda", "Pondok Pesantren Darul Falah"
            taken[f.start:f.start + head] = [True] * head
        elif f.end - f.start >= 2 and f.label in (PERSON, LOC) and (lowered[0] in _INSTITUTIONS
                                                                     or lowered in _INSTITUTION_PAIRS):
            f.label = ORG
        elif f.end - f.start == 1 and f.start in initials and f.label != DATE:
            f.label = PERSON
        elif f.end - f.start == 1 and f.label in (ORG, LOC) and name[0] in person_ends \
                and name[0] not in other_parts and not gaz.matches(name):
            f.label = PERSON
        elif f.end - f.start >= 2 and f.label in (PERSON, LOC) and (name[-1] in _ORG_LAST or name[-1] in gaz.org_end):
            f.label = ORG
        elif f.end - f.start == 1 and f.label in (PERSON, LOC) and name[0] not in person_ends \
                and _medium(words, f.start):
            f.label = ORG  # "Laporan Wartawan [Kompas].com, Budi Santoso"
    added = [Found(i, i + 1, PERSON, 0.8) for i in sorted(initials) if not taken[i]]
    added += [Found(i, i + 1, ORG, 0.8) for i in range(len(words) - 1)
              if words[i + 1] == "." and not taken[i] and _medium(words, i)]
    common: set[str] | None = None  # the words the document writes in lower case, when first needed
    for f in found:  # "(HRTA)" after the company's name
        k = f.end
        if f.label == DATE or k + 2 >= len(words) or words[k] != "(" or words[k + 2] != ")" or taken[k + 1]:
            continue
        short, name = words[k + 1], words[f.start:f.end]
        if common is None:
            common = {w.lower() for w in words if w[:1].islower()}
        if not (short[:1].isupper() and short.isalpha() and short.lower() not in common and short not in _LEGAL):
            continue
        if (f.label == ORG and f.end - f.start >= 2 and (name[0].lower() in gaz.org_start or name[-1] in gaz.org_end)) \
                or (f.label == PERSON and not short.isupper()) or f.label == LOC:
            added.append(Found(k + 1, k + 2, f.label, 0.8))
            taken[k + 1] = True
    by_start = {f.start: f for f in found}
    for i, w in enumerate(words[:-1]):  # "dilansir Reuters", "dikutip dari Antara"
        if w not in _SOURCE_CUES_ANY_CASE:
            continue
        k = i + 2 if words[i + 1].lower() in ("dari", "oleh") else i + 1
        if k >= len(words) or not words[k][:1].isupper() \
                or not words[k].isalnum() or words[k].lower() in gaz.given or gaz.title_at(words, k) \
                or (k + 1 < len(words) and words[k + 1][:1].isupper()):
            continue
        source = by_start.get(k)
        if source is None and not taken[k]:
            added.append(Found(k, k + 1, ORG, 0.8))
            taken[k] = True
        elif source is not None and source.end == k + 1 and source.label == LOC:
            source.label = ORG
    return sorted([*found, *added], key=lambda f: f.start)
