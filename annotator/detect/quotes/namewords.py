"""The words the speaker resolver reads names with: links inside names, degrees, honorifics, ranks, media words,
and the shipped lists of titles, regions, portfolios, places and organisation affixes."""

from __future__ import annotations

from functools import cache

import regex

from annotator.core.labels import ORG, PERSON
from annotator.detect.entities.gazetteer import word_list

NAME_LINKS = frozenset({"bin", "binti", "van", "von", "de", "der", "del", "al", "du", "st"})
# academic and professional degrees written after a name: "M.Psi.", "Sp.A(K)", "SpB-KBD", "S.H."
DEGREE = regex.compile(r"(?:Sp|S|M|Dr|Ph|Lc|Ir|B)\.?\p{Lu}[\p{L}.()\-]*|\p{Lu}\.\p{L}[\p{L}.()]*")
SPEAKER_LABELS = frozenset({PERSON, ORG})
GLUED_CONNECTIVES = frozenset({"atau", "alias", "yang", "selaku"})
# forms of address that make a nickname with a lone name ("Gus Ipul", "Cak Imin"), unlike ranks and offices
HONORIFICS = frozenset({"Gus", "Bang", "Cak", "Kang", "Mas", "Mbak", "Pakde", "Bude", "Pak", "Bu", "Kak", "Ning",
                         "Uda", "Daeng", "Syeh", "Habib", "Kiai", "KH", "Tgk", "Teungku", "Ustaz", "Abah", "Umi", "Om",
                         "Tante", "Mpok", "Bung", "Haji", "Abu", "Ummi", "Buya", "Mak", "Wak", "Eyang", "Mbah"})
RANKS = frozenset({"AKP", "AKBP", "Kompol", "Kombes", "Pol", "Iptu", "Ipda", "Aiptu", "Aipda", "Bripka", "Brigpol",
                    "Briptu", "Bripda", "Brigjen", "Irjen", "Komjen", "Kapten", "Letkol", "Kolonel", "Mayjen", "Letjen",
                    "Laksamana", "Marsekal", "Serda", "Sertu", "Kopda", "Mayor"})
ROLE_NICKNAME = regex.compile(r"(?:disapa|dipanggil|sapaan|panggilan)(?:\s+akrab(?:nya)?)?(?:\s+dengan)?\s+"
                               r"(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)")
BALINESE_ORDER = frozenset({"Wayan", "Made", "Nyoman", "Ketut", "Gede", "Putu", "Komang", "Kadek", "Nengah", "Luh",
                             "Gusti"})
MEDIUM_CUES = frozenset({"dilansir", "melansir", "mengutip", "dikutip", "via"})
MEDIA_WORDS = frozenset({"kanal", "channel", "akun", "youtube", "instagram", "tiktok", "podcast", "siniar", "program",
                          "acara", "tayangan", "film", "lagu", "album", "buku", "novel", "grup", "band", "majalah",
                          "tabloid", "sinetron", "serial", "bertajuk", "berjudul", "judul"})
# the capitalised words of an organisation's name, with the links inside it ("Badan Pengawas Obat dan Makanan")
ORG_WORDS = r"(?:\p{Lu}[\p{L}\-]*[ \u00a0]+(?:(?:dan|untuk|and|of|for)[ \u00a0]+)?){1,7}\p{Lu}[\p{L}\-]*"


@cache
def person_titles() -> frozenset[str]:
    """Honorifics, ranks and offices that stand before a name (the entity gazetteer's list, any case)."""
    words = {w.rstrip(".") for w in word_list("person-titles.txt")}
    return frozenset(words | {w.lower() for w in words})


def regional_places() -> frozenset[str]:
    """Indonesian cities, regencies and provinces: the region an office holds ("Bupati Sleman")."""
    return word_list("loc-id-cities.txt", "loc-id-provinces.txt")


@cache
def portfolio_words() -> frozenset[str]:
    """Capitalised words of ministries' and agencies' names ("Luar", "Negeri", "Keuangan"), given names left out."""
    words = {w for line in word_list("org-id-ministries.txt") for w in line.split()[1:]
             if w[0].isupper() and not w.isupper()}
    words |= {line for line in word_list("org-id-parties.txt") if " " not in line and not line.isupper()}
    return frozenset(words - word_list("person-given-names.txt"))


@cache
def place_names() -> frozenset[str]:
    """Place names: Indonesian regions, countries and world cities ("Jawa Barat", "Hong Kong")."""
    return word_list("loc-id-cities.txt", "loc-id-provinces.txt", "loc-countries.txt", "loc-world-cities.txt")


@cache
def organisation_affixes() -> frozenset[str]:
    """Words that end or begin an organisation's name ("Tbk", "Bank", "Universitas")."""
    return frozenset(line.split("\t")[-1].strip() for line in word_list("org-suffixes.txt") if "\t" in line)
