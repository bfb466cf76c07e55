"""The canonical name of a person in one document: the fullest form of the name the document uses.

Short forms resolve to the longest name in the document that contains them ("Gati" → "Gati Wibawaningsih"),
declared aliases to the name they stand for ("Gus Ipul" → "Saifullah Yusuf"), and a name loses its titles,
degrees and the region of an office ("Bupati Sleman Harda Kiswaya" → "Harda Kiswaya"). Reads the document's
PERSON spans (as ``NameBook`` kept them) and its capitalised runs (``NameRuns``); changes neither.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TypeGuard

import regex

from annotator.core.model import Span
from annotator.detect.entities.gazetteer import word_list
from annotator.detect.quotes.coref import declared_aliases
from annotator.detect.quotes.namewords import (
    BALINESE_ORDER,
    DEGREE,
    HONORIFICS,
    NAME_LINKS,
    ORG_WORDS,
    RANKS,
    ROLE_NICKNAME,
    portfolio_words,
)
from annotator.detect.quotes.runs import NameRuns

# a demonstrative after a nickname: the role before it refers back ("pria yang akrab disapa Abah itu")
_REFERS_BACK = regex.compile(r"[ \u00a0]+(?:itu|ini|tersebut)\b")


class CanonicalNames:
    """Short-to-full name lookups and declared aliases for one document."""

    def __init__(self, runs: NameRuns, persons: list[tuple[int, int, Span]], person_names: dict[str, str],
                 regional: dict[str, str], media_names: set[str], organisation_words: set[str],
                 with_entities: bool):
        """``persons``: the PERSON spans that name someone, with their first and last token; ``person_names``: the
        name each holds, by span id; ``regional``: names inside an office's title without its portfolio or region
        (``NameBook._regional_names``); ``media_names``: PERSON names in a channel's or programme's title;
        ``organisation_words``: the words of the document's organisation and place names; ``with_entities``: the
        entity detector ran (else the alias patterns are trusted alone)."""
        self.runs = runs
        self.persons = persons
        self.person_names = person_names
        self.regional = regional
        self.media_names = media_names
        self.organisation_words = organisation_words
        self._full_cache: dict[str, str] = {}
        self._visible: dict[str, bool] = {}  # _trusted()
        self._names: tuple[list[list[str]], dict[str, list[int]]] | None = None  # _person_names()
        self._multiword: list[str] | None = None  # _multiword_names()
        self._name_words: set[str] | None = None  # known_name_word()
        self._capitalised: dict[str, list[str]] | None = None  # _capitalised_words()
        names = [canonical if self._trusted(canonical := span.attrs.get("canonical")) else person_names[span.id]
                 for _, _, span in persons]
        # "Gus Ipul" → "Saifullah Yusuf"; without entity spans (``--layers quotes``) the patterns are trusted alone
        self.aliases = declared_aliases(runs.text, runs.titles, names if with_entities else None,
                                        frozenset(runs.common) | {w.lower() for w in portfolio_words()})
        # "Pria yang akrab disapa Abah itu …" in the narrative: a role word, no name, gives the nickname; the person
        # is the one the role refers back to (``name_role_nicknames``), not "Pria"
        self._role_nicknames = [(m.start(), m[1]) for m in ROLE_NICKNAME.finditer(runs.text)
                                if (full := self.aliases.get(m[1])) is not None and " " not in full
                                and _REFERS_BACK.match(runs.text, m.end())]
        for _, nickname in self._role_nicknames:
            self.aliases.pop(nickname, None)

    def entity_name(self, span: Span, first: int, last: int) -> str:
        """The name an entity span gives: its canonical form (when ``_trusted``), else its own words, with
        the Balinese "I" / "Ni" before a birth-order name that the span left out ("I [Wayan Sumarajaya]")."""
        canonical = span.attrs.get("canonical")
        if self._trusted(canonical):
            return canonical
        runs = self.runs
        if (first > 0 and runs.tokens[first - 1].text in ("I", "Ni") and runs.tokens[first].text in BALINESE_ORDER
                and runs.adjacent(first - 1, first)):
            first -= 1
        return runs.span_text(first, last)

    def full(self, name: str, entity: Span | None = None) -> str:
        """The canonical name of the person ``name`` refers to: the alias the text declares
        ("Gus Ipul" → "Saifullah Yusuf"), also with words of the full name after it ("Hendrik Tanujaya" where
        "Hendrik" is "Hendrikus Tanujaya Wijaya"), else the fullest form of ``name`` used in the document."""
        canonical = entity.attrs.get("canonical") if entity is not None else None
        if self._trusted(canonical):
            name = canonical
        if name in self._full_cache:
            return self._full_cache[name]
        plain = self.plain(name)
        bare = self._untitled(plain)
        best = self._fullest(self.aliases.get(name) or self.aliases.get(plain) or self.aliases.get(bare) or bare)
        if best in self.aliases:
            best = self._fullest(self.aliases[best])
        words = best.split()
        if len(words) > 1 and (real := self.aliases.get(words[0])) is not None and set(words[1:]) <= set(real.split()):
            best = self._fullest(real)  # "Hendrik Tanujaya" of "Hendrik, sapaan akrab Hendrikus Tanujaya Wijaya"
        if best == bare and len(bare.split()) == 1 and plain.split()[0] in HONORIFICS:
            best = plain  # "Gus Ipul", "Bang Jali": an honorific before a lone name stays, a rank does not
        self._full_cache[name] = best
        return best

    def _trusted(self, canonical: object) -> TypeGuard[str]:
        """``canonical``, the full name the entity detector linked a short PERSON to, is a name written in the
        article: not in a channel's title, and written somewhere outside boilerplate (on glued text the detector may
        read "SCROLL TO CONTINUE WITH CONTENT Rahman" as one name, drop it as boilerplate and still link the later
        "Rahman"s to it)."""
        if not isinstance(canonical, str) or not canonical or canonical in self.media_names:
            return False
        known = self._visible.get(canonical)
        if known is None:
            at = self.runs.text.find(canonical)
            while at >= 0 and self.runs.hidden[min(bisect_left(self.runs.starts, at), len(self.runs.hidden) - 1)]:
                at = self.runs.text.find(canonical, at + 1)
            known = self._visible[canonical] = at >= 0
        return known

    def organisation(self, name: str) -> str:
        """The full name of the organisation ``name`` where the text declares it before the short form in
        brackets ("Komisi Nasional Hak Asasi Manusia (Komnas HAM)", glued "Global Sumud Flotilla(GSF)"); else
        ``name``. An acronym spells the words it stands for by their capitals, from the first ("Koalisi Masyarakat
        Sipil untuk Kebebasan Pers (KMSKP)", though the text writes "koalisi" in lower case too; "PT Nada Cakrawala
        Musik (NCM)" keeps its legal form); otherwise a
        sentence's first word before the name is left out ("Dalam …")."""
        key = "\0org:" + name
        if key not in self._full_cache:
            found = regex.search(rf"({ORG_WORDS})[ \u00a0]*\([ \u00a0]*{regex.escape(name)}[ \u00a0]*\)",
                                 self.runs.text)
            full = found.group(1).split() if found else []
            spelled = next((k for k in range(len(full)) if name.isupper()  # (a legal form is no letter: "PT")
                            and "".join(w[0] for w in full[k:] if w[0].isupper() and not w.isupper()) == name), None)
            if spelled is not None:
                full = full[spelled:]
            while spelled is None and full and (full[0] in self.runs.lex.stop_capitalised
                                                or full[0].lower() in self.runs.common):
                full = full[1:]
            self._full_cache[key] = " ".join(full) if len(full) > 1 else name
        return self._full_cache[key]

    def declare_in_role(self, role: str, name: str) -> None:
        """A role that gives the person's nickname ("pria yang akrab disapa Ucok itu") and was resolved to ``name``:
        later mentions of the nickname are that person."""
        found = ROLE_NICKNAME.search(role)
        if found is not None and found[1] != name and found[1] not in self.aliases:
            self.aliases[found[1]] = name
            self._full_cache.pop(found[1], None)

    def name_role_nicknames(self, since: int, upto: int, name: str) -> None:
        """The nicknames a role in the narrative gave between offsets ``since`` and ``upto`` ("… kata Mamat. / Pria
        yang akrab disapa Abah itu juga berharap …") are ``name``'s, the person quoted just before; the nicknames
        before ``upto`` are settled either way."""
        while self._role_nicknames and self._role_nicknames[0][0] < upto:
            at, nickname = self._role_nicknames.pop(0)
            if since <= at and nickname != name and nickname not in self.aliases:
                self.aliases[nickname] = name
                self._full_cache.pop(nickname, None)

    def _untitled(self, name: str) -> str:
        words = name.split()
        while len(words) > 1 and (words[0] in self.runs.titles or words[0].rstrip(".") in self.runs.titles):
            words = words[1:]
        return " ".join(words)

    def plain(self, name: str) -> str:
        """``name`` as a bare name: no leading titles ("Kombes", "Tgk"), no degrees after it ("M.Psi.",
        "SpB-KBD"), no region of an office ("Sleman Harda Kiswaya" after "Bupati"), and nothing a scraper glued on
        in lower case ("David kepadaTempo" → "David")."""
        words = self.regional.get(name, name).split()
        for k, word in enumerate(words):
            if k > 0 and word[0].islower() and word.lower() not in NAME_LINKS:
                words = words[:k]
                break
            tail = self.runs.glued_tail(word)
            if tail is not None:  # "Marcella Santosomembantah" → "Marcella Santoso"
                words = words[:k] + [word[:tail]]
                break
        while len(words) > 2 and (words[0] in self.runs.titles or words[0].rstrip(".") in self.runs.titles):
            words = words[1:]
        if words and len(words[-1]) > 3 and words[-1][-2:] in ("'s", "’s"):
            words[-1] = words[-1][:-2]  # a possessive: "Donald Trump's"
        ranked = [k for k, word in enumerate(words[:-1]) if word in RANKS]
        if ranked:
            words = words[ranked[-1] + 1:]  # "Tambun AKP Wuryanto": a rank inside the run, the name after it
        while len(words) > 1 and DEGREE.fullmatch(words[-1].rstrip(",")) and ("." in words[-1] or len(words) > 2):
            words = words[:-1]  # "Mahfud MD" keeps its MD; "Divani Aery Lovian, M.Psi." loses the degree
        return " ".join(words).rstrip(",")

    def _person_names(self) -> tuple[list[list[str]], dict[str, list[int]]]:
        """Each PERSON span's name as words, without the leading words of an organisation's name ("Ekonomi
        Kreatif Sandiaga Uno"), and, per word, the spans whose name has it: worked out once per document,
        not once per name looked up (quadratic in a long text)."""
        if self._names is None:
            names: list[list[str]] = []
            having: dict[str, list[int]] = {}
            for k, (first, last, span) in enumerate(self.persons):
                cand_words = self._untitled(self.plain(self.entity_name(span, first, last))).split()
                while cand_words and (cand_words[0].lower() in self.runs.common
                                      or cand_words[0] in self.organisation_words
                                      ) and not (len(cand_words) > 1 and cand_words[1] in BALINESE_ORDER):
                    cand_words = cand_words[1:]
                if self.runs.in_headline(span.start):
                    while cand_words and cand_words[-1].lower() in self.runs.common:
                        cand_words = cand_words[:-1]  # a headline in Title Case: "Mahfud MD Sebagai Sosok"
                names.append(cand_words)
                for word in dict.fromkeys(cand_words):
                    having.setdefault(word, []).append(k)
            self._names = (names, having)
        return self._names

    def _fullest(self, name: str) -> str:
        words = name.split()
        best = name
        names, having = self._person_names()
        # entity PERSON spans first (only those whose name has the first word: the others could not contain it;
        # a name cut to no more words than ``words`` could never win either, so cutting it whole is the same)
        for k in having.get(words[0], ()) if words else range(len(names)):
            cand_words = names[k]
            if len(cand_words) > len(best.split()) and _contains(cand_words, words):
                best = " ".join(cand_words)
        if best == name:
            best = (self._expand(words) or (self._prefix_of(words[0]) if len(words) == 1 else None)
                    or (self._glued_full(words[0]) if len(words) == 1 else None)
                    or (self._nickname_of(words[0]) if len(words) == 1 else None) or name)
        return self.plain(best)

    def _prefix_of(self, word: str) -> str | None:
        """The one full PERSON name of the document whose first word begins with ``word``: a short
        form such as "Enggar" for "Enggartiasto Lukita"."""
        if len(word) < 4 or not word[0].isupper():
            return None
        found = {cand for _, _, span in self.persons
                 if len((cand := self.person_names[span.id]).split()) > 1 and cand.split()[0].startswith(word)}
        if not found:  # no entity spans: a capitalised word and the name word after it
            runs = self.runs
            found = {runs.span_text(i, i + 1) for i, tok in enumerate(runs.tokens[:-1])
                     if tok.text != word and tok.text.startswith(word) and not runs.hidden[i] and runs.namelike(i)
                     and runs.adjacent(i, i + 1) and runs.namelike(i + 1)}
        return found.pop() if len(found) == 1 else None

    def _nickname_of(self, word: str) -> str | None:
        """The one full PERSON name of the document with a word that begins like ``word``, a short name nobody
        declared ("Kent" for "Hardiman Kenneth Wijaya", "Jokowi" for "Joko Widodo"); None when two people fit."""
        if len(word) < 3 or not word[0].isupper() or word.isupper():
            return None
        stem = word[:3]
        found = {name for name in self._multiword_names()
                 if any(w.startswith(stem) or _one_typo(w, word) for w in name.split())}
        if not found:  # a name the entity detector missed: the capitalised run that holds a word like ``word``
            runs = self.runs
            positions = runs.positions()
            for text in self._capitalised_words().get(word[0], ()):
                if text == word or not (text.startswith(stem) or _one_typo(text, word)):
                    continue
                for i in positions[text]:
                    if runs.hidden[i] or runs.in_headline(runs.tokens[i].start) or not runs.namelike(i):
                        continue
                    first, last = runs.run_to(i), runs.run_from(i)
                    if first is None or last is None:
                        continue
                    while first < i and not runs.namelike(first):
                        first += 1
                    while last > i and not runs.namelike(last):
                        last -= 1
                    if last > first and all(runs.namelike(k) for k in range(first, last + 1)):
                        found.add(runs.span_text(first, last))
        return found.pop() if len(found) == 1 else None

    def known_name_word(self, word: str) -> bool:
        """``word`` names a person on its own: a declared alias ("Hendi"), a word of a full PERSON name of the
        document ("Tito" of "Tito Karnavian"), a one-word PERSON span of the document outside boilerplate ("Bahlil"
        where the detector missed "Bahlil Lahadalia"), or a common given name."""
        if word in self.aliases or word in word_list("person-given-names.txt"):
            return True
        if self._name_words is None:
            self._name_words = {w for name in self._multiword_names() for w in name.split()}
            self._name_words.update(self.person_names[span.id] for first, last, span in self.persons
                                    if first == last and not self.runs.hidden[first])
        return word in self._name_words

    def _multiword_names(self) -> list[str]:
        """The PERSON names of two words or more, without titles, each once (built once per document)."""
        if self._multiword is None:
            self._multiword = sorted({name for _, _, span in self.persons
                                      if len((name := self._untitled(self.plain(
                                          self.person_names[span.id]))).split()) > 1})
        return self._multiword

    def _capitalised_words(self) -> dict[str, list[str]]:
        """The document's distinct capitalised words by initial (built once per document)."""
        if self._capitalised is None:
            self._capitalised = {}
            for text in self.runs.positions():
                if text[0].isupper():
                    self._capitalised.setdefault(text[0], []).append(text)
        return self._capitalised

    def _expand(self, words: list[str]) -> str | None:
        """A short name grown to the capitalised words around its occurrences, the most
        frequent growth first, forward before backward: "Gati" → "Gati Wibawaningsih",
        "Ade Ary" → "Ade Ary Syam Indradi"."""
        runs = self.runs
        toks = runs.tokens
        n = len(words)
        counts: dict[str, list[int]] = {}
        for i in runs.positions().get(words[0], ()):
            if runs.hidden[i] or [t.text for t in toks[i:i + n]] != words or runs.in_media_title(i):
                continue
            end = i + n - 1
            last = end
            while (last + 1 < len(toks) and last - end < 3 and not runs.glued(last) and runs.adjacent(last, last + 1)
                   and (runs.namelike(last + 1) or runs.initial_in_name(last + 1) or runs.link_in_name(last + 1))
                   and toks[last + 1].text != words[0]):  # "Prabowo Subianto [Prabowo]": the next mention
                last += 1
            if last > end:
                found, rank = runs.span_text(i, last), 0
            elif (n == 1 and i > 0 and runs.adjacent(i - 1, i) and runs.namelike(i - 1)
                  and runs.office_words(i - 1, i) == i - 1):  # not "Jawa Tengah Sadimin", "Keuangan Sri"
                found, rank = runs.span_text(i - 1, i), 1
            else:
                continue
            entry = counts.setdefault(found, [0, rank, i])
            entry[0] += 1
        if not counts:
            return None
        return min(counts, key=lambda k: (counts[k][1], -counts[k][0], counts[k][2]))

    def _glued_full(self, word: str) -> str | None:
        """``word`` and the name word after it where a scraper glued the name onto the word before it, so no token
        holds it ("duet baruFajar Alfian/Muhammad …" → "Fajar Alfian")."""
        if len(word) < 3 or not word[0].isupper():
            return None
        counts: dict[str, int] = {}
        runs = self.runs
        for m in regex.finditer(rf"(?<=\p{{Ll}}){regex.escape(word)}[ \u00a0]+(\p{{Lu}}\p{{Ll}}{{2,}})\b", runs.text):
            if runs.hidden[max(0, bisect_left(runs.starts, m.start(1)))  if runs.tokens else 0]:
                continue
            nxt = m.group(1)
            if nxt.lower() not in runs.common and nxt not in runs.titles and nxt not in runs.lex.stop_capitalised:
                counts[f"{word} {nxt}"] = counts.get(f"{word} {nxt}", 0) + 1
        return max(counts, key=counts.__getitem__) if counts else None


def _one_typo(a: str, b: str) -> bool:
    """``a`` and ``b``, names of five letters or more with the same initial, differ by one letter changed, added
    or dropped: a reporter's typo ("Khafifah" for "Khofifah", "Thoriq" for "Thoriz")."""
    if min(len(a), len(b)) < 5 or a[0] != b[0] or abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    k = next((i for i, (x, y) in enumerate(zip(short, long_)) if x != y), len(short))
    return short[k:] == long_[k + 1:]


def _contains(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))
