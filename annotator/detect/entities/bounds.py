"""Where a name ends on scraped news: the extents a model gets wrong where the text itself is broken.

- A person's name stops before a sentence's first word when the scraper lost the full stop between them
  ('"…," kata Ganjar Hal tersebut disampaikan …' → "Ganjar"): a capitalised function word ("Hal", "Ini",
  "Sementara", "Selain" …), or a word the document also writes in lower case and at the start of a sentence,
  that is no given name, is no part of a person's name.
- A name ends before a headline's verb in title case when it and the words after it are words the document also
  writes in lower case ("Gubernur Sulawesi Tenggara Lukman Hakim Siregar Ditanya Soal Tambang"), and before a verb
  in lower case ("Dinas Kesehatan Kabupaten Tanah Laut berinisial HS"); an organisation
  or place ends before a personal title ("Dishub Kota Madiun Drs. Bambang …"); a place after an office that runs
  into a person's name is the place, then the person ("Kepala Desa Cibeureum Hilir Wahyu Kusumadinata"), when the
  place is known or begins with an administrative word and the name has a given name or a word of a person of the
  document.
- A name that repeats its own first words is the name, then a second mention ("Prabowo Subianto Prabowo
  ditanya" → "Prabowo Subianto" + "Prabowo": an editing slip).
- An organisation that lists its fields is one name with them and its place ("Dinas Pemuda dan Olahraga Sumatera
  Barat", "Dinas Ketahanan Pangan, Kelautan, dan Pertanian"; a model cuts it at the first "dan" or comma), and one
  labelled a place that begins like an organisation is one ("Pengadilan Tipikor Banjarmasin"); a company's name
  ends at its legal form when a person's name follows ("PT Sinar Baja Tbk Hendrik Tanujaya").
- An organisation named in full and then one capitalised word before a lower-case word is the organisation, then
  a person ("Kementerian Dalam Negeri Safrizal dalam keterangan" → "Kementerian Dalam Negeri" + "Safrizal"), when
  the organisation without that word is a known one, or it begins like an organisation and the word is a given
  name and no word the document writes in lower case.
- Both ends of a route are places when one is ("relasi Lempuyangan - Pasarsenen", "Semarang Poncol - Cirebon
  Prujakan"; capitalised runs of up to three words beside a dash, with no person, organisation, title or word the
  document writes in lower case).
- An English job title is no part of an entity and no entity ("Vice President Public Relations", "Senior Manager
  Public Relation Garuda Indonesia" → "Garuda Indonesia"), nor is a train service ("KA Sawunggalih").
- An office and an organisation written before a person's name with no comma, which a model read as one name
  ("Ekonom CSIS Mari Santosa", "Ketum Partai Hanura Oesman Sapta Odang", "Jampidsus Kejagung Febrie Adriansyah"):
  the last organisation inside the span (a known one, an acronym of three to five capitals, or a word with a
  capital inside, "VietJet") followed by two capitalised words or more is an ORG, the words after it the person,
  the words before it (the office) neither; likewise in an ORG span, when the name is no word the lists or the
  document know otherwise ("Partai Hanura Oesman Sapta Odang (OSO)"). A word of an organisation or a place of the
  document before a full name the document also writes alone ("manajer Villa Dean Smith" beside "Aston Villa" and
  "Dean Smith") is that organisation or place, not part of the name.
- A dateline's place in capitals before a dash, or before a comma and a medium, or after a medium and a comma, is a
  place, and no entity runs over its dash ("BANDA ACEH – Tokoh …", "JAKARTA–", "Liputan6.com, Jakarta").
- A platform ("YouTube", "Instagram" …) is a medium, an organisation, on its own (docs/guideline.md): a name the
  model ran on after it is a second entity, a channel ("kanal YouTube Kompas TV" → "YouTube" + "Kompas TV") or a
  person's account, and a platform the model left out is found ("melalui Twitter resminya"); so is a television
  station or a news site ("Direktur JakTV", "kanal YouTube Kompas TV", "kantor detikcom").
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from annotator.core.labels import DATE, LOC, ORG, PERSON
from annotator.detect.entities.consistency import PLATFORMS, Found
from annotator.detect.entities.gazetteer import Gazetteer
from annotator.detect.entities.people import RANKS

# capitalised function words that open a sentence and are no part of a person's name
_OPENERS = frozenset("""Hal Ini Itu Sementara Selain Namun Adapun Sedangkan Kemudian Lalu Bahkan Padahal Sebelumnya
Selanjutnya Setelah Sesudah Sebelum Saat Ketika Menurut Meski Meskipun Walaupun Karena Sebab Jika Apabila Kalau Kini
Dengan Untuk Pada Dalam Dari Oleh Tak Tidak Sejak Hingga Usai Terkait Soal Diketahui Sebagai Begitu Demikian Ia Dia
Mereka Kami Kita Saya Beliau Pihaknya Apalagi Maka Tetapi Tapi Jadi Sehingga Berdasarkan Akibatnya""".split())
_STOPS = frozenset({".", "!", "?"})


# English job titles and the departments in them ("Vice President Public Relations", "Senior Foreign Exchange
# Strategist"): a title is no entity, nor is the portfolio in it (docs/guideline.md)
_JOB_HEADS = frozenset("""President Manager Director Head Chief Officer Strategist Analyst Secretary Economist
Spokesperson Spokesman Specialist Coordinator Supervisor Advisor Adviser Founder Co-Founder CEO COO CFO CTO
CMO""".split())
_JOB_WORDS = _JOB_HEADS | frozenset("""Vice Senior Junior General Executive Assistant Deputy Corporate Public Relations
Relation Marketing Support Planning Analysis Communications Communication Sales Operations Operating Operational
Finance Financial Legal Affairs Human Resources Customer Service Foreign Exchange Research Commercial Business
Development Product Brand Regional Country Division Lead Managing Technical Technology Investment Investor""".split())


# a television station or a news site written as one word ("JakTV", "KompasTV", "detikcom", "detikNews")
_STATION = regex.compile(r"\p{Lu}\p{L}+TV|detik(?:com|\p{Lu}\p{Ll}+)")


def _medium(words: Sequence[str], i: int) -> int:
    """The end of a medium named at ``words[i]`` (a station or site word, or a capitalised word and "TV": "Kompas
    TV"), else ``i``."""
    w = words[i]
    if _STATION.fullmatch(w):
        return i + 1
    if i + 1 < len(words) and words[i + 1] == "TV" and w[:1].isupper() and w.isalpha() and not w.isupper():
        return i + 2
    return i


def _job_end(words: Sequence[str], f: Found) -> int:
    """Where the entity ``f`` begins after an English job title it starts with (``f.start`` if none); ``f.end``
    when it is a title or a department only."""
    k = f.start
    while k < f.end and words[k] in _JOB_WORDS:
        k += 1
    if k == f.end or any(w in _JOB_HEADS for w in words[f.start:k]):
        return k
    return f.start


_ADMIN = frozenset("Desa Kelurahan Kecamatan Kabupaten Kota Provinsi".split())
# a headline's verb in title case ("… Lukman Hakim Siregar Ditanya Soal Tambang"): no part of a name
_VERB = regex.compile(r"(?:Di|Me|Ber|Ter)\p{Ll}{3,}|\p{Lu}\p{Ll}{2,}kan|Minta|Sebut|Klaim|Bantah|Ungkap|Tolak|Soroti")
# a verb form written in lower case inside a name ("Dinas Kesehatan Kabupaten Tanah Laut berinisial HS")
_LOWER_VERB = regex.compile(r"(?:di|me|ber|ter)\p{Ll}{3,}")


def _headline_end(words: Sequence[str], f: Found, common: set[str]) -> int:
    """Where the entity ``f`` ends before a capitalised verb form followed by at least one more word, all of them
    words the document also writes in lower case (a title-case headline, not "Literasi Digital"), or before a
    verb form in lower case."""
    for k in range(f.start + 1, f.end):
        if _LOWER_VERB.fullmatch(words[k]) or (
                k < f.end - 1 and _VERB.fullmatch(words[k]) and all(w.lower() in common for w in words[k:f.end])):
            return k
    return f.end


def _place_then_person(words: Sequence[str], f: Found, gaz: Gazetteer, people: set[str]) -> int:
    """Where the person's name begins in the place ``f`` after an office ("Gubernur Sulawesi Tenggara Lukman Hakim
    Siregar", "Kepala Desa Cibeureum Hilir Wahyu Kusumadinata"), else ``f.end``: the place is a known one or begins
    with an administrative word, the name a given name or a person's of the document."""
    if f.start == 0 or not gaz.title_at(words, f.start - 1) or f.end - f.start < 3:
        return f.end
    known = max((m.end for m in gaz.matches(words[f.start:f.end]) if m.start == 0 and m.label == LOC), default=0)
    first = f.start + known if known else (f.start + 2 if words[f.start] in _ADMIN else f.end)
    for k in range(first, f.end):
        w = words[k]
        if not all(x[:1].isupper() and x.isalpha() for x in words[k:f.end]):
            return f.end
        if w.lower() in gaz.given or w in people:
            return k
    return f.end


def _openers(words: Sequence[str], common: set[str]) -> set[str]:
    """The capitalised words that open a sentence of the document and that it also writes in lower case."""
    return {w for p, w in zip(words, words[1:]) if p in _STOPS and w[:1].isupper() and w.lower() in common}


def _sentence_end(words: Sequence[str], f: Found, gaz: Gazetteer, openers: set[str]) -> int:
    """The end of the person's name ``f`` (two words or more) before a sentence's first word, else ``f.end``."""
    for k in range(f.start + 1, f.end):
        w = words[k]
        if (w in _OPENERS or w in openers) and w.lower() not in gaz.given:
            return k
    return f.end


def _repeat(words: Sequence[str], f: Found) -> int:
    """Where the name ``f`` begins again inside itself ("Prabowo Subianto | Prabowo"), else ``f.end``."""
    for k in range(f.start + 2, f.end):
        if words[k] == words[f.start] and words[k:f.end] == words[f.start:f.start + f.end - k]:
            return k
    return f.end


def _org_then_person(words: Sequence[str], f: Found, gaz: Gazetteer, common: set[str]) -> bool:
    """The organisation ``f`` (three words or more) ends with a person's one-word name (the module's docstring)."""
    last, prefix = words[f.end - 1], words[f.start:f.end - 1]
    if not (f.end < len(words) and words[f.end][:1].islower() and last[:1].isupper() and last.isalpha()
            and not last.isupper() and last not in gaz.org_end and last.lower() not in common
            and not gaz.title_at(words, f.end - 1)):
        return False
    if any(m.start == 0 and m.end == f.end - f.start for m in gaz.matches(words[f.start:f.end])):
        return False  # the whole span is a known name
    known = any(m.start == 0 and m.end == len(prefix) and m.label == ORG for m in gaz.matches(prefix))
    return known or (prefix[0].lower() in gaz.org_start and last.lower() in gaz.given)


def _org_inside(words: Sequence[str], f: Found, gaz: Gazetteer, common: set[str]) -> tuple[int, int] | None:
    """The organisation ``[start, end)`` inside the span ``f`` that a person's name follows (the module's
    docstring). In an ORG span the name must be unknown to the lists, no word the document writes in lower case,
    and followed by a lower-case word or a bracket ("Partai Hanura Oesman Sapta Odang (OSO) memotivasi")."""
    if f.end - f.start < 3:
        return None
    org: tuple[int, int] | None = None
    known = {m.end: m.start for m in gaz.matches(words[f.start:f.end]) if m.label == ORG}
    for k in range(f.start, f.end - 2):
        w = words[k]
        acronym = w.isalpha() and 3 <= len(w) <= 5 and w.isupper()
        camel = w.isalpha() and w[0].isupper() and not w[1:].islower() and not w.isupper()
        if acronym or camel and f.label == PERSON:
            org = (k, k + 1)
        elif k + 1 - f.start in known:
            org = (f.start + known[k + 1 - f.start], k + 1)
    if org is None:
        return None
    rest = words[org[1]:f.end]
    if not all(w.isalpha() and w[0].isupper() and w[1:].islower() for w in rest) or any(w in _ADMIN for w in rest):
        return None  # (no person's name: "Dinas Kesehatan Kabupaten Tanah Laut")
    if f.label == ORG and (gaz.matches(rest) or f.end >= len(words) or not (words[f.end][:1].islower()
                                                                              or words[f.end] == "(")
                           or any(w.lower() in common or w.lower() in gaz.org_start or w in gaz.org_end
                                  for w in rest)):
        return None
    return org


_LEGAL_ENDS = frozenset({"Tbk", "Persero"})


def _legal_end(words: Sequence[str], f: Found) -> int:
    """Where a company's name ends at its legal form inside ``f`` with a person's capitalised name after it ("PT
    Sinar Baja Andalas Tbk Hendrik Tanujaya"), else ``f.end``."""
    for k in range(f.start + 1, f.end - 1):
        if words[k] in _LEGAL_ENDS:
            rest = words[k + 1:f.end]
            return k + 1 if all(w[:1].isupper() and w.isalpha() and not w.isupper() for w in rest) else f.end
    return f.end


# organisations whose names list their fields ("Dinas Pemuda dan Olahraga", "Dinas Ketahanan Pangan, Kelautan, dan
# Pertanian"): a model cuts them at the first "dan" or comma
_LISTING = frozenset("dinas kementerian badan komisi direktorat biro fakultas departemen balai bidang".split())
# first words that make a name an organisation even where the model said place ("Pengadilan Tipikor Banjarmasin")
_STRONG_ORG = frozenset("""dinas pengadilan kementerian badan komisi dewan direktorat ditjen kejaksaan kepolisian
mahkamah majelis lembaga partai pemerintah asosiasi ikatan himpunan persatuan serikat yayasan koperasi perhimpunan
perkumpulan federasi gabungan satuan""".split())


def _listed(words: Sequence[str], out: list[Found], gaz: Gazetteer) -> list[Found]:
    """``out`` with the organisations of listed fields joined to the fields and place after them (``_LISTING``):
    after the name, ", Field" runs and "dan Field …" up to a lower-case word, none beginning like an organisation
    or where the model found an organisation or a person; places the model found there are taken in."""
    others = {f.start for f in out if f.label in (ORG, PERSON)}
    drop: set[int] = set()
    for f in out:
        if f.label != ORG or words[f.start].lower() not in _LISTING or id(f) in drop:
            continue
        k = end = f.end
        while k + 1 < len(words) and words[k] in (",", "dan"):
            j = k + 2 if words[k] == "," and words[k + 1] == "dan" else k + 1
            if j >= len(words) or not words[j][:1].isupper() or j in others or words[j].lower() in gaz.org_start:
                break
            e = j
            while e < len(words) and words[e][:1].isupper() and words[e].isalpha():
                e += 1
            last = words[j - 1] == "dan"
            if not last and (e >= len(words) or words[e] not in (",", "dan")):
                break  # a comma and one more run is no list ("Dinas Kesehatan, Budi Santoso")
            k = end = e
            if last:
                break
        inner = [g for g in out if g is not f and f.end <= g.start < end]
        if end > f.end and all(g.label == LOC and g.end <= end for g in inner):
            f.end = end
            drop.update(id(g) for g in inner)
    return [f for f in out if id(f) not in drop] if drop else out


_DASHES = frozenset({"-", "–", "—"})
_DOMAINS = frozenset({"com", "id", "net", "tv"})
_ROUTE_MAX = 3


def _routes(words: Sequence[str], out: list[Found], gaz: Gazetteer, common: set[str]) -> list[Found]:
    """``out`` with both ends of a route places where one is ("relasi Lempuyangan - Pasarsenen", "Surabaya
    Pasarturi"): the capitalised runs (three words at most) on either side of a dash, one holding a place, none
    holding a person, an organisation, a date, a title or a word the document writes in lower case."""
    at = [-1] * len(words)
    for n, f in enumerate(out):
        at[f.start:f.end] = [n] * (f.end - f.start)

    def run(k: int, step: int) -> tuple[int, int] | None:  # the run from words[k] away from the dash
        a = k
        while 0 <= a < len(words) and abs(a - k) < _ROUTE_MAX and words[a][:1].isupper() and words[a].isalpha() \
                and not words[a].isupper() and words[a].lower() not in common and not gaz.title_at(words, a):
            a += step
        if a == k or (0 <= a < len(words) and words[a][:1].isupper()):
            return None  # no run, or a longer one
        return (a + 1, k + 1) if step < 0 else (k, a)

    changed: dict[tuple[int, int], None] = {}
    for i, w in enumerate(words):
        if w not in _DASHES or i == 0 or i + 1 >= len(words):
            continue
        left, right = run(i - 1, -1), run(i + 1, 1)
        if left is None or right is None:
            continue
        sides = (left, right)
        a = left[0]  # before the route: a lower-case word ("relasi", "dari"), or a place and a comma (a list of
        # routes); not a dateline's "Liputan6.com, Jakarta - Menurut …"
        if a == 0 or not (words[a - 1][:1].islower() or (words[a - 1] == "," and a > 1 and (
                (at[a - 2] >= 0 and out[at[a - 2]].label == LOC) or any(b == a - 1 for _, b in changed)))):
            continue
        labels = [{out[at[k]].label for k in range(a, b) if at[k] >= 0} for a, b in sides]
        if labels[0] | labels[1] <= {LOC} and (labels[0] or labels[1]) \
                and all(out[at[k]].start >= a and out[at[k]].end <= b for a, b in sides
                        for k in range(a, b) if at[k] >= 0):
            for side in sides:
                changed[side] = None
    if not changed:
        return out
    inside = {n for a, b in changed for n in at[a:b] if n >= 0}
    kept = [f for n, f in enumerate(out) if n not in inside]
    return sorted([*kept, *(Found(a, b, LOC, 0.8) for a, b in changed)], key=lambda f: f.start)


def _dateline(words: Sequence[str], i: int, gaz: Gazetteer) -> int:
    """The end of a dateline's place at ``words[i]``, else ``i``: a province or city of the lists written in capitals
    and followed by a dash, or by a comma and a medium ("JAKARTA –", "BANDA ACEH -", "SOLO, KOMPAS.com"), or one
    right after a medium and a comma ("Liputan6.com, Jakarta")."""
    end = i + max((m.end for m in gaz.matches(words[i:i + 3]) if m.start == 0 and m.label == LOC), default=0)
    if end == i or end >= len(words):
        return i
    if i >= 3 and words[i - 1] == "," and words[i - 2].lower() in _DOMAINS and words[i - 3] == ".":
        return end  # after the medium: "Liputan6.com, Jakarta Ketua Umum …"
    if not all(w.isupper() for w in words[i:end]):
        return i
    if words[end] in _DASHES or (words[end] == "," and end + 1 < len(words) and _medium(words, end + 1) > end + 1):
        return end
    return i


def _channel_end(words: Sequence[str], k: int, stop: int) -> int:
    """The end of the capitalised run from ``words[k]`` up to ``stop`` (a channel's name after its platform)."""
    while k < stop and words[k][:1].isupper() and words[k].replace("-", "").isalnum():
        k += 1
    return k


def bounds(words: Sequence[str], found: list[Found], gaz: Gazetteer, common: set[str]) -> list[Found]:
    """``found`` (sorted, non-overlapping) with the repairs and additions of this module's docstring, sorted;
    ``common``: the words the document writes in lower case."""
    out: list[Found] = []
    openers: set[str] | None = None
    people = {w for f in found if f.label == PERSON for w in words[f.start:f.end]}
    places = {w: f.label for f in found if f.label in (ORG, LOC) for w in words[f.start:f.end]}
    names = {tuple(words[f.start:f.end]) for f in found if f.label == PERSON and f.end - f.start >= 2}
    for f in found:
        if f.label != DATE and f.end - f.start >= 3 and words[f.start].isupper() \
                and (k := _dateline(words, f.start, gaz)) > f.start and k < f.end:
            f = Found(f.start, k, LOC, f.score)  # "BANDA ACEH – Tokoh Ulama Aceh": the dateline's place
        if f.label != DATE and f.end - f.start >= 2:
            f.end = _headline_end(words, f, common)
            if f.label in (ORG, LOC) and f.end - f.start >= 2 and words[f.end - 1].lower() in RANKS:
                f.end -= 1  # "Kepala Dishub Kota Madiun Drs. Bambang": the title goes to the person
        if f.label in (LOC, PERSON) and words[f.start].lower() in _STRONG_ORG and f.end - f.start >= 2:
            f.label = ORG  # "Pengadilan Tipikor Banjarmasin", "Dinas Kesehatan Kabupaten Tanah Laut"
        if f.label in (LOC, ORG) and (k := _place_then_person(words, f, gaz, people)) < f.end:
            out.append(Found(f.start, k, LOC, f.score))
            f = Found(k, f.end, PERSON, f.score)
        if f.label != DATE and words[f.start] in _JOB_WORDS:
            k = _job_end(words, f)
            if k == f.end:
                continue
            f = Found(k, f.end, f.label, f.score)
        if f.label != DATE and f.end - f.start >= 2 and words[f.start] == "KA":
            continue  # a train service ("KA Sawunggalih"), no entity
        if f.label == PERSON and f.end - f.start == 1 and words[f.start] in _OPENERS:
            continue  # a sentence's first word alone ("ujarnya Hal itu disampaikan")
        if f.label == PERSON and f.end - f.start >= 2:
            if openers is None:
                openers = _openers(words, common)
            f.end = _sentence_end(words, f, gaz, openers)
            k = _repeat(words, f)
            if k < f.end:
                out.append(Found(f.start, k, PERSON, f.score))
                f = Found(k, f.end, PERSON, f.score)
            org = _org_inside(words, f, gaz, common)
            if org is not None:
                out.append(Found(*org, ORG, f.score))
                f = Found(org[1], f.end, PERSON, f.score)
            elif words[f.start] in places and tuple(words[f.start + 1:f.end]) in names:
                out.append(Found(f.start, f.start + 1, places[words[f.start]], f.score))
                f = Found(f.start + 1, f.end, PERSON, f.score)
        elif f.label == ORG and (k := _legal_end(words, f)) < f.end:
            out.append(Found(f.start, k, ORG, f.score))
            f = Found(k, f.end, PERSON, f.score)
        elif f.label == ORG and f.end - f.start >= 3 and _org_then_person(words, f, gaz, common):
            out.append(Found(f.start, f.end - 1, ORG, f.score))
            f = Found(f.end - 1, f.end, PERSON, f.score)
        elif f.label == ORG and (org := _org_inside(words, f, gaz, common)) is not None:
            out.append(Found(*org, ORG, f.score))
            f = Found(org[1], f.end, PERSON, f.score)
        if f.label != DATE and words[f.start] in PLATFORMS and f.end - f.start >= 2:
            out.append(Found(f.start, f.start + 1, ORG, f.score))
            label = PERSON if f.label == PERSON else ORG  # a person's account, or a channel
            f = Found(f.start + 1, _channel_end(words, f.start + 1, f.end), label, f.score)
            if f.start == f.end:
                continue
        out.append(f)
    out = _routes(words, _listed(words, out, gaz), gaz, common)
    taken = [False] * len(words)
    for f in out:
        taken[f.start:f.end] = [True] * (f.end - f.start)
    added = []
    # the words that can begin a platform, a medium or a dateline's place, once per distinct word
    trie = gaz.trie
    hits = [i for i, w in enumerate(words)  # (after a comma: "X.com, Jakarta"; before "TV")
            if w == "," or w in PLATFORMS or w.endswith("TV") or w.startswith("detik") or w.lower() in trie]
    for i in sorted({i + 1 if words[i] == "," else i - 1 if words[i] == "TV" else i for i in hits}):
        if not 0 <= i < len(words) or taken[i] or (i > 0 and words[i - 1] == ":"):  # not "[Gambas:Instagram]"
            continue
        w = words[i]
        if w in PLATFORMS:
            added.append(Found(i, i + 1, ORG, 0.8))
        elif (w.endswith("TV") or w.startswith("detik") or (i + 1 < len(words) and words[i + 1] == "TV")) \
                and (end := _medium(words, i)) > i and not any(taken[i:end]):
            added.append(Found(i, end, ORG, 0.8))
        elif (w.isupper() or (i >= 3 and words[i - 1] == "," and words[i - 3] == ".")) and w[:1].isupper() \
                and (end := _dateline(words, i, gaz)) > i and not any(taken[i:end]):
            added.append(Found(i, end, LOC, 0.8))
            taken[i:end] = [True] * (end - i)
    for f in out:
        if f.label != ORG and f.label != DATE and _medium(words, f.start) == f.end:
            f.label = ORG
    return sorted([*out, *added], key=lambda f: f.start) if added else out
