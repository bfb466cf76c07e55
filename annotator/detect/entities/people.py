"""Whether a name is a person: the label repairs that decide who can be a speaker.

The quote detector takes speakers from PERSON spans, so on unseen text a person labelled as a place costs a
speaker, and so does a place, a role, an acronym or an event labelled as a person. The evidence here is the
document's own use of the words and closed classes of words (ranks, offices, a territory's units), not names:

- A person's name ends where a scraper glued a word in capitals to it, and begins after one ("Arie Puji
  WaluyoTRIBUNNEWS", "CONTENTBahlil Lahadalia": the tokenizer cuts both words there), and ends before a
  capitalised last word glued to it with a lower-case word after (a paragraph's first word: "MaharaniMock up").
- An initial before a name belongs to it ("M. Rizal Taufikurahman", "H. M. Rizal" → "M. Rizal"), and so does a
  given name written short ("Muh. Syarif Lamo") or the Balinese "I"/"Ni" before a birth-order name ("I Wayan
  Sudiarsa"), except a title ("H.", "K.H.", "B.R.A.") and a letter that ends a capitalised word's name ("Blok M.
  Budi datang").
- A person's name begins after a rank ("Kompol Komang" → "Komang", "Kombes Pol Yusuf" → "Yusuf"), and a rank
  alone before a name is no entity ("Bripka (Purn) Sugeng Waluyo"). A capitalised run labelled LOC or ORG right
  after a rank or a personal title, or beginning with one, is that person without the title ("Kompol Widya
  Agustiono", "AKBP Budi Hartono", "dr. Reza Pahlevi"); after an office ("Bupati Kustini Purnomo") only when a
  word of it is a given name and none of it is a known place or used as a place in the document ("Bupati Sleman"
  stays a place).
- A PERSON right after a capitalised street or venue word is that place ("Jalan Ahmad Yani", "Jl. Sudirman").
- A PERSON the document uses as a place is a place: written after "di" or a territory's unit ("di Kebayoran
  Lama", "Polsek Kebayoran Lama") or before a comma and a province, city or country ("Likupang, Sulawesi
  Utara"; not after a speech verb: "menurut Hendi, Semarang …"), or right after the office of a territory with a
  comma and a name after it ("kata Kapolsek Kebayoran Lama, Kompol Widya Agustiono"); unless a word of it is a
  given name.
- An organisation of two to four capitalised words between commas right after an office and its unit is a
  person ("Sekretaris Daerah Kabupaten Bogor, Ajat Rochmat Jatnika, membuka …"), and so is such a place before a
  lower-case word ("Gubernur Jawa Timur, Khofifah Indar Parawansa pada …"), unless it begins or ends like an
  organisation, holds an administrative word or the document uses it as a place.
- A PERSON that is a place of the gazetteer is that place when it has two words or more ("Ho Chi Minh", although
  "Minh" is a given name) or no given name, and a route between two such places written as one token ("Ho Chi
  Minh-Denpasar") is no entity.
- A word the document also writes in lower case, no given name, is no part of a person's name of three words
  or more ("Penyanyi Inul Daratista" beside "penyanyi dangdut").
- A PERSON made of office words, the words that complete them ("Daerah", "Utama") and words the document writes
  in lower case ("Sekretaris Daerah", "Kepala Dinas") is a role, no entity.
- A one-word PERSON in capitals of four letters or more ("HIPMI") is an organisation, unless the document also
  writes it in lower case ("JOKOWI" beside "Jokowi"), it is the initials of a person of the document or given
  as a person's ("berinisial ABCD", "ABCD (37)").
- A name the document celebrates or commemorates ("memperingati Earth Hour", "Earth Hour dirayakan") is an
  event, no entity, unless a mention of it has a given name or a person's title.
"""

from __future__ import annotations

from collections.abc import Container, Sequence

from annotator.core.labels import LOC, ORG, PERSON
from annotator.detect.entities.consistency import Found
from annotator.detect.entities.gazetteer import Gazetteer

# ranks and personal titles: what follows them is a person (unlike an office, which may name its unit first)
RANKS = frozenset("""akp akbp kompol kombes iptu ipda aiptu aipda bripka brigpol briptu bripda bharada brigadir brigjen
irjen komjen jenderal letjen mayjen kapten letkol kolonel mayor lettu letda serda sertu serka serma kopda koptu pratu
prada laksamana laksma laksda marsekal marsma dr drs dra ir prof profesor hj kh""".split())
# offices of a territory and a territory's units: the words right after them are the territory
_TERRITORY_OFFICES = frozenset("""kapolsek kapolres kapolresta kapolrestabes kapolda camat lurah kades bupati gubernur
walikota sekda dandim danrem pangdam kajari kajati kakanwil kapolsubsektor""".split())
_UNITS = frozenset("""polsek polres polresta polrestabes polda kodim koramil korem kodam pemkab pemkot pemprov kecamatan
kelurahan kabupaten provinsi kawasan wilayah""".split())  # (not "kota", "desa": "Wali Kota Budi", "Kepala Desa Budi")
_NAMED_PLACES = frozenset("Jalan Jl Jln Gedung Stadion Gelanggang Lapangan Bandara Bandar".split())  # (capitalised)
_PLACE_BEFORE = frozenset("""di jalan jl jln gedung stadion bandara universitas rs rsu rsud""".split())
_AT = frozenset({"di"})
_ADMIN = frozenset({"Kota", "Kabupaten", "Provinsi", "Desa", "Kecamatan", "Kelurahan", "Jalan", "Jl"})
# words that complete an office's name ("Sekretaris Daerah", "Direktur Utama", "Ketua Harian")
_OFFICE_PARTS = frozenset("""daerah umum jenderal utama harian pelaksana khusus ahli senior eksekutif madya muda pratama
cabang wilayah pusat""".split())
_EVENT_CUES = frozenset("""merayakan dirayakan memperingati diperingati peringatan perayaan""".split())
_INITIALS_CUES = frozenset({"berinisial", "inisial", "inisialnya"})
_RANK_WORDS = RANKS | {"pol", "purn"}  # ("Kombes Pol", "Bripka (Purn)")


_TITLE_WORDS: dict[int, frozenset[str]] = {}  # id of a gazetteer's titles -> _title_words


def _title_words(gaz: Gazetteer) -> frozenset[str]:
    """Every word of the person titles list, lower-cased ("sekretaris" from "Sekretaris Jenderal")."""
    known = _TITLE_WORDS.get(id(gaz.titles))
    if known is not None:
        return known
    out: set[str] = set()
    stack = [gaz.titles]
    while stack:
        node = stack.pop()
        for key, child in node.items():
            if isinstance(child, dict):
                out.add(key.lstrip("^").lower())
                stack.append(child)
    known = _TITLE_WORDS[id(gaz.titles)] = frozenset(out)
    return known


# given names written short with a full stop, as initials are ("Muh. Syarif", "Moh. Hasan", "Abd. Rahman")
_SHORT_NAMES = frozenset("Muh Moh Moch Mochd Mohd Muhd Mhd Abd Ach".split())
# Balinese birth-order names: "I" (men) or "Ni" (women) before one belongs to the name ("I Wayan Sudiarsa")
_BIRTH_ORDER = frozenset("wayan made nyoman ketut putu kadek komang gede nengah luh".split())


def _initial(words: Sequence[str], i: int, gaz: Gazetteer) -> bool:
    """``words[i]``, ``words[i + 1]`` are an initial ("M", ".") or a given name written short ("Muh", ".")."""
    w = words[i]
    return ((len(w) == 1 and w.isupper() and w.isalpha()) or w in _SHORT_NAMES) and words[i + 1] == "." \
        and not gaz.title_at(words, i)


def _with_initials(words: Sequence[str], found: list[Found], taken: list[bool], gaz: Gazetteer) -> list[Found]:
    """``found`` with the initials before its people's names joined to them, and "I"/"Ni" before a Balinese
    birth-order name; a one-word PERSON the model made of a short given name ("Muh") joins the name after it."""
    alone = {f.start: f for f in found if f.label == PERSON and f.end - f.start == 1 and words[f.start] in _SHORT_NAMES}
    for f in found:
        if f.label != PERSON:
            continue
        k = f.start - 1
        if k >= 0 and not taken[k] and words[k] in ("I", "Ni") and words[f.start].lower() in _BIRTH_ORDER:
            taken[k] = True
            f.start = k
            continue
        k = f.start - 2
        short = alone.get(k)
        if short is not None and words[k + 1] == "." and not taken[k + 1]:
            short.label = ""
            taken[k + 1] = True
            f.start = k
            continue
        if k < 0 or taken[k] or taken[k + 1] or not _initial(words, k, gaz) \
                or (k >= 2 and words[k - 1] == "." and len(words[k - 2]) == 1  # "B.R.A.", "K.H.": titles
                    and not gaz.title_at(words, k - 2)):  # (but "H. M. Rizal": an initial after a title)
            continue
        if not (k > 0 and words[k - 1][:1].isupper() and words[k - 1].isalpha()
                and not words[k - 1].isupper() and not gaz.title_at(words, k - 1)):
            taken[k:f.start] = [True] * (f.start - k)
            f.start = k
    return [f for f in found if f.label]


def _written_as_place(words: Sequence[str], found: list[Found], gaz: Gazetteer) -> set[tuple[str, ...]]:
    """The names the document writes after "di" or a territory's unit, or before a region (not after a speech
    verb)."""
    out = set()
    for f in found:
        before = words[f.start - 1] if f.start > 0 else ""
        if before in _AT or before.lower() in _UNITS or (
                _before_region(words, f.end, gaz) and before.lower() not in gaz.speech and before != "menurut"):
            out.add(tuple(words[f.start:f.end]))
    return out


class _Spelled:
    """The words a document writes not in capitals, upper-cased: made when first asked (few documents ask)."""

    def __init__(self, words: Sequence[str]):
        self.words: Sequence[str] = words
        self.made: set[str] | None = None

    def __contains__(self, word: object) -> bool:
        if self.made is None:
            self.made = {w.upper() for w in self.words if not w.isupper()}
        return word in self.made


def _acronym(words: Sequence[str], i: int, spelled: Container[str], initials: set[str]) -> bool:
    """``words[i]`` is an acronym and no person's (see the module's docstring)."""
    w = words[i]
    return (len(w) >= 4 and w.isupper() and w.isalpha() and w not in spelled and w not in initials
            and not (i > 0 and words[i - 1].lower() in _INITIALS_CUES)
            and not (i + 3 < len(words) and words[i + 1] == "(" and words[i + 2].isdigit() and words[i + 3] == ")"))


def _after_office(words: Sequence[str], comma: int, gaz: Gazetteer) -> bool:
    """The capitalised run that ends at ``words[comma]`` (a comma) begins with an office ("Sekretaris Daerah
    Kabupaten Bogor ,")."""
    k = comma - 1
    while k >= 0 and comma - k <= 8 and (words[k][:1].isupper() or words[k] in ("dan", "&")):
        if (gaz.title_at(words, k) or words[k].lower() in _title_words(gaz)) \
                and (k == 0 or not words[k - 1][:1].isupper()):
            return True
        k -= 1
    return False


def _before_region(words: Sequence[str], end: int, gaz: Gazetteer) -> bool:
    """A comma and a province, city or country follow ``words[end - 1]`` ("Likupang, Sulawesi Utara")."""
    if end + 1 >= len(words) or words[end] != "," or not words[end + 1][:1].isupper():
        return False
    return any(m.start == 0 and m.label == LOC and m.tag in ("prov", "city", "country")
               and (end + 1 + m.end == len(words) or not words[end + 1 + m.end][:1].isupper())
               for m in gaz.matches(words[end + 1:end + 5]))


def _known_place(words: Sequence[str], gaz: Gazetteer) -> bool:
    """``words`` are a place of the gazetteer, whole; of two words or more, or one that is no given name."""
    return (len(words) >= 2 or not _given(words, gaz)) and any(
        m.start == 0 and m.end == len(words) and m.label == LOC for m in gaz.matches(words))


def _given(words: Sequence[str], gaz: Gazetteer) -> bool:
    return any(w.lower() in gaz.given or (w.lower() in gaz.given_en and w[:1].isupper()) for w in words)


def _unglued(words: Sequence[str], found: list[Found], glued: Sequence[bool]) -> None:
    for f in found:
        if f.label != PERSON:
            continue
        for k in range(f.start, f.end - 1):
            if glued[k] and words[k].isupper() != words[k + 1].isupper():
                caps = words[k] if words[k].isupper() else words[k + 1]
                if len(caps) >= 3:
                    if caps is words[k]:
                        f.start = k + 1
                    else:
                        f.end = k + 1
                        break
            elif glued[k] and k + 2 == f.end and len(words[k]) >= 4 and words[k + 1][:1].isupper() \
                    and f.end < len(words) and words[f.end][:1].islower():
                f.end = k + 1  # a paragraph's first word glued on: "Maharani|Mock up rumah …"


def people(words: Sequence[str], found: list[Found], gaz: Gazetteer, common: set[str],
           glued: Sequence[bool] | None = None) -> list[Found]:
    """``found`` (sorted, non-overlapping) with the repairs of this module's docstring, sorted; ``common``: the
    words the document writes in lower case; ``glued[i]``: token ``i`` and the next one are words a scraper
    glued together."""
    if glued is not None:
        _unglued(words, found, glued)
    taken = [False] * len(words)
    for f in found:
        taken[f.start:f.end] = [True] * (f.end - f.start)
    places = _written_as_place(words, found, gaz)
    labelled_places = {tuple(words[f.start:f.end]) for f in found if f.label == LOC}
    spelled = _Spelled(words)  # words the document writes not in capitals
    initials = {"".join(w[0] for w in words[f.start:f.end])
                for f in found if f.label == PERSON and f.end - f.start >= 2}
    title_words = _title_words(gaz)
    ends = {f.end: f for f in found}
    for f in found:
        name = words[f.start:f.end]
        before = words[f.start - 1].lower().rstrip(".") if f.start > 0 else ""
        if f.label in (LOC, ORG) and not (f.end - f.start == 1 and name[0].lower() in _RANK_WORDS):
            k = f.start
            while k < f.end - 1 and name[k - f.start].lower().rstrip(".") in RANKS:
                k += 1
            if k == f.start and f.start > 1 and words[f.start - 1] == "." and words[f.start - 2].lower() in RANKS:
                before = words[f.start - 2].lower()  # "dr . Reza"
            rest = words[k:f.end]
            if not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in rest) or gaz.matches(rest):
                continue
            if before in _PLACE_BEFORE:  # "Jalan Jenderal Sudirman", "di Jenderal Sudirman"
                continue
            if k > f.start or before in RANKS:
                f.start, f.label = k, PERSON
            elif 2 <= len(rest) <= 4 and before == "," and tuple(rest) not in places and f.end < len(words) \
                    and (words[f.end] in (",", ".") or (f.label == LOC and words[f.end][:1].islower())) \
                    and _after_office(words, f.start - 1, gaz) and rest[0].lower() not in gaz.org_start \
                    and rest[-1] not in gaz.org_end and not any(w.lower() in _UNITS or w in _ADMIN for w in rest):
                f.label = PERSON  # "Sekretaris Daerah Kabupaten Bogor, Ajat Rochmat Jatnika,"
            elif _given(rest, gaz) and tuple(rest) not in places and (before in _TERRITORY_OFFICES or (
                    (unit := ends.get(f.start)) is not None and unit.label == LOC and unit.start > 0
                    and words[unit.start - 1].lower() in _TERRITORY_OFFICES)):  # "Bupati Sleman Rina Kusuma"
                f.label = PERSON
        elif f.end - f.start == 1 and name[0].lower() in _RANK_WORDS:
            if f.end < len(words) and (words[f.end][:1].isupper() or words[f.end] == "("
                                       or (words[f.end] == ")" and words[f.start - 1] == "(")):
                f.label = ""  # a rank before a name ("Bripka (Purn) Sugeng Waluyo")
        elif f.label == PERSON and f.start > 0 and not taken[f.start - 1] and (
                words[f.start - 1] in _NAMED_PLACES or (words[f.start - 1] == "." and f.start > 1
                                                        and words[f.start - 2] in _NAMED_PLACES)):
            f.label = LOC  # a street or venue named after a person: "Jalan Ahmad Yani", "Jl. Sudirman"
            f.start = f.start - 1 if words[f.start - 1] != "." else f.start - 2
        elif f.label == PERSON:
            while f.end - f.start > 1 and name[0].lower() in _RANK_WORDS and name[1] != ".":
                f.start += 1  # "Kompol Komang" → "Komang", "Kombes Pol Yusuf" → "Yusuf"
                name = name[1:]
            if f.end - f.start >= 3 and name[0].lower() in common and not _given(name[:1], gaz) \
                    and all(w[:1].isupper() for w in name[1:]):
                f.start += 1  # "Penyanyi Inul Daratista", where the text also writes "penyanyi"
                name = name[1:]
            if _known_place(name, gaz):  # "Ho Chi Minh", "Kuala Lumpur"
                f.label = LOC
                continue
            head, dash, tail = name[-1].partition("-")
            if dash and _known_place([*name[:-1], head], gaz) and _known_place([tail], gaz):
                f.label = ""  # a route: "Ho Chi Minh-Denpasar"
                continue
            if _given(name, gaz):
                continue
            after = words[f.end] if f.end < len(words) else ""
            after2 = words[f.end + 1] if f.end + 1 < len(words) else ""
            if tuple(name) in places or tuple(name) in labelled_places \
                    or (before in _TERRITORY_OFFICES and after == "," and after2[:1].isupper()):
                f.label = LOC
            elif all(w.lower() in title_words or w.lower() in common or w.lower() in _OFFICE_PARTS for w in name) \
                    and any(w.lower() in title_words for w in name):
                f.label = ""
            elif f.end - f.start == 1 and _acronym(words, f.start, spelled, initials):
                f.label = ORG
    found = [f for f in found if f.label]
    events = {tuple(words[f.start:f.end]) for f in found if f.label == PERSON and (
        (f.start > 0 and words[f.start - 1].lower() in _EVENT_CUES)
        or (f.end < len(words) and words[f.end].lower() in _EVENT_CUES))}
    if events:
        titled = {tuple(words[f.start:f.end]) for f in found if f.label == PERSON and (
            _given(words[f.start:f.end], gaz) or (f.start > 0 and gaz.title_at(words, f.start - 1)))}
        found = [f for f in found if not (f.label == PERSON and tuple(words[f.start:f.end]) in events - titled)]
    return _with_initials(words, found, taken, gaz)
