"""Person mentions for attribution: the entity detector's spans when it ran,
capitalised token runs otherwise, and the document's own full names.

The quote detector must work without the entity detector (a pipeline run
with ``--layers quotes``), so a name after a cue ("kata Gati") is also found
as a run of capitalised words.  Short forms resolve to the longest name in
the document that contains them ("Gati" → "Gati Wibawaningsih").
"""

from __future__ import annotations

from collections.abc import Sequence
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import TypeGuard

import regex

from annotator.core.labels import LOC, ORG, PERSON
from annotator.core.model import Span
from annotator.core.tokenize import Token
from annotator.detect.entities.gazetteer import word_list
from annotator.detect.quotes.coref import declared_aliases
from annotator.detect.quotes.lexicon import Lexicon
from annotator.detect.quotes.namewords import (
    BALINESE_ORDER,
    DEGREE,
    GLUED_CONNECTIVES,
    HONORIFICS,
    MEDIA_WORDS,
    MEDIUM_CUES,
    NAME_LINKS,
    ORG_WORDS,
    RANKS,
    ROLE_NICKNAME,
    SPEAKER_LABELS,
    organisation_affixes,
    person_titles,
    place_names,
    portfolio_words,
    regional_places,
)

def is_cap(tok: Token) -> bool:
    """A capitalised word that is not two words glued together by a scraper ("AdvokatMarcella";
    "McDonald" and "DeSantis" are fine)."""
    t = tok.text
    if not (t[0].isupper() and t[0].isalpha()):
        return False
    return not any(t[i].islower() and t[i + 1].isupper() for i in range(3, len(t) - 1))


@dataclass
class Mention:
    """A speaker mention: token range ``[first, last]`` and how it names someone."""

    first: int
    last: int
    kind: str  # entity | name | pronoun | role | anon | organisation
    text: str = ""
    entity: Span | None = None


class NameBook:
    """Capitalised runs, entity spans by token, and short-to-full name lookups for one document."""

    def __init__(self, text: str, tokens: Sequence[Token], entities: list[Span], lex: Lexicon,
                 hidden: Sequence[bool] | None = None):
        """``hidden``: per token, whether it is no part of the article (boilerplate: a teaser's "Nguyen Thi
        Phuong" does not complete the article's "Nguyen")."""
        self.text = text
        self.tokens = tokens
        self.lex = lex
        self.hidden = hidden if hidden is not None else [False] * len(tokens)
        self._starts = [t.start for t in tokens]
        self.entity_start: dict[int, Span] = {}
        self.entity_end: dict[int, Span] = {}
        self.persons: list[tuple[int, int, Span]] = []
        self.in_organisation: set[int] = set()  # tokens inside an ORG span
        self._range: dict[str, tuple[int, int]] = {}
        self._person_text: dict[str, str] = {}  # a PERSON span's name where _name_core cut its extent
        self.common = {t.text.lower() for t in tokens if t.text[0].islower()}  # words the text writes in lower case
        self.titles = lex.titles | person_titles()
        # organisations and places the entity detector named by one word ("Indef") and never took alone for a
        # person, and capitalised words written inside a sentence
        self._lone_names = ({text[span.start:span.end] for span in entities
                             if span.label in (ORG, LOC) and " " not in text[span.start:span.end]}
                            - {text[span.start:span.end] for span in entities if span.label == PERSON})
        self._midsentence = {t.text for k, t in enumerate(tokens)
                             if t.text[0].isupper() and not self._sentence_initial(k)}
        entities = self._persons_mislabelled(entities)
        # (after: the words of a person's name tagged LOC are no organisation's words)
        self.organisation_words = {w for span in entities if span.label != PERSON
                                   for w in text[span.start:span.end].split()}
        unvouched = self._unvouched_acronyms(entities)
        for span in entities:
            if span.label not in SPEAKER_LABELS:
                continue
            first, last = self._token_range(span)
            if first > last or first >= len(tokens):
                continue
            if span.label == PERSON:
                core = self._name_core(first, last, bool(span.attrs.get("canonical")))
                if core is None or span.id in unvouched:
                    continue  # "Dia", "Setelah", "APBN": no name at all
                if core != (first, last):
                    first, last = core
                    self._person_text[span.id] = text[tokens[first].start:tokens[last].end]
            self.entity_start[first] = span
            self._range[span.id] = (first, last)
            self.entity_end[last] = span
            if span.label == ORG:
                self.in_organisation.update(range(first, last + 1))
            if span.label == PERSON:
                self.persons.append((first, last, span))
        # a PERSON span in a channel's or programme's title ("kanal YouTube Diary [Sule Family]") names no one
        titled = [p for p in self.persons if self._in_media_title(p[0])]
        self.media_names = {self.person_text(span) for _, _, span in titled}
        self.persons = [p for p in self.persons if p not in titled]
        self._full_cache: dict[str, str] = {}
        self._visible: dict[str, bool] = {}  # _trusted()
        self._names: tuple[list[list[str]], dict[str, list[int]]] | None = None  # _person_names()
        self._at: dict[str, list[int]] | None = None  # _positions()
        self._multiword: list[str] | None = None  # _multiword_names()
        self._name_words: set[str] | None = None  # known_name_word()
        self._capitalised: dict[str, list[str]] | None = None  # _capitalised_words()
        self._tails: dict[str, int | None] = {}
        names = [canonical if self._trusted(canonical := span.attrs.get("canonical")) else self.person_text(span)
                 for _, _, span in self.persons]
        self.regional = self._regional_names()
        self._headlines = self._headline_lines()
        # "Gus Ipul" → "Saifullah Yusuf"; without entity spans (``--layers quotes``) the patterns are trusted alone
        self.aliases = declared_aliases(text, self.titles, names if entities else None,
                                        frozenset(self.common) | {w.lower() for w in portfolio_words()})

    def _token_range(self, span: Span) -> tuple[int, int]:
        """The first and last token of ``span`` (``last < first`` when it holds no token start)."""
        return bisect_left(self._starts, span.start), bisect_left(self._starts, span.end) - 1

    def _persons_mislabelled(self, entities: list[Span]) -> list[Span]:
        """``entities`` with the ORG and LOC spans that are a person's name read as PERSON (a copy with the same
        id): on unseen text the entity detector tags a person's name as a place or an organisation, and then it
        could be no speaker. A span of name words (capitalised, no acronym, title, portfolio, place or
        organisation word, none the text writes in lower case) is a person's name when it holds a PERSON name of
        the document or is part of one ("Divani Aery Lovian" beside a PERSON "Divani"), or, with two words or
        more, when it begins with a given name or stands next to a speech verb."""
        text = self.text
        persons = {text[s.start:s.end] for s in entities if s.label == PERSON}
        parts = {" ".join(w[i:j]) for name in persons if len(w := name.split()) <= 6
                 for i in range(len(w)) for j in range(i + 1, len(w) + 1)}  # every run of words of a PERSON name
        given = word_list("person-given-names.txt")
        out = []
        for span in entities:
            words = text[span.start:span.end].split()
            if span.label not in (ORG, LOC) or not 1 <= len(words) <= 4 or not all(self._name_word(w) for w in words):
                out.append(span)
                continue
            name = " ".join(words)
            first, last = self._token_range(span)
            if (name in parts or any(" ".join(words[i:j]) in persons for i in range(len(words))
                                     for j in range(i + 1, len(words) + 1))
                    or len(words) > 1 and (words[0] in given or self._by_speech_verb(first, last))):
                out.append(Span(id=span.id, start=span.start, end=span.end, label=PERSON, layer=span.layer,
                                score=span.score, attrs=dict(span.attrs)))
            else:
                out.append(span)
        return out

    def _unvouched_acronyms(self, entities: list[Span]) -> set[str]:
        """The ids of PERSON spans of one all-capital word ("APBN") that nothing in the document shows to be a
        person: not a declared short form in brackets ("Oesman Sapta Odang (OSO)"), not the initials of a PERSON
        name of the document ("Lisa Mariana" … "LM"), not linked to a full name by the entity detector, and never
        next to a speech verb."""
        text = self.text
        lone: dict[str, list[Span]] = {}
        initials = set()
        for span in entities:
            if span.label != PERSON:
                continue
            words = text[span.start:span.end].split()
            if len(words) == 1 and words[0].isupper() and words[0].isalpha() and len(words[0]) > 1:
                lone.setdefault(words[0], []).append(span)
            elif len(words) > 1:
                initials.add("".join(w[0] for w in words if w[0].isupper()))
        out: set[str] = set()
        squeezed = text.replace(" ", "") if lone else ""
        for word, spans in lone.items():
            if word in initials or f"({word})" in squeezed or any(s.attrs.get("canonical") for s in spans):
                continue
            if not any(self._by_speech_verb(*self._token_range(s)) for s in spans):
                out.update(s.id for s in spans)
        return out

    def name_words(self, first: int, last: int) -> bool:
        """Tokens ``first`` to ``last`` are two words or more that could all be a person's name."""
        return last > first and all(self._name_word(t.text) for t in self.tokens[first:last + 1])

    def _name_word(self, word: str) -> bool:
        """``word`` may be part of a person's name: a capitalised word or an initial ("M."), no acronym, title,
        portfolio, place, organisation word or word the text writes in lower case."""
        if len(word) == 2 and word[0].isupper() and word[1] == ".":
            return True
        return (word[0].isupper() and word.isalpha() and not (word.isupper() and len(word) > 1)
                and word not in self.titles and word not in RANKS and word not in portfolio_words()
                and word not in organisation_affixes() and word not in place_names()
                and word.lower() not in self.common)

    def _by_speech_verb(self, first: int, last: int) -> bool:
        """Tokens ``first`` to ``last`` stand right before a speech verb or right after a cue."""
        toks = self.tokens
        k = last + 1
        while k < len(toks) and toks[k].text.lower() in self.lex.subject_particles:
            k += 1  # "Pramono Anung pun mengatakan"
        after = toks[k].text.lower() if k < len(toks) else ""
        before = toks[first - 1].text.lower() if first > 0 else ""
        return (after in self.lex.before_cues or after in self.lex.reported_cues
                or (self.lex.after_cue(before)[0] and not self.lex.after_cue(before)[1]))

    def person_text(self, span: Span) -> str:
        """The name a PERSON span holds: its text, or the part of it ``_name_core`` kept."""
        return self._person_text.get(span.id) or self.text[span.start:span.end]

    def _name_core(self, first: int, last: int, linked: bool = False) -> tuple[int, int] | None:
        """The name inside a PERSON span whose extent the entity detector got wrong (on unseen text it runs on
        into the words around a name): without words in lower case at either end ("kesehatan [Sule]", "[Sule]
        mengatakan"), and without leading pronouns and sentence words ("Dia", "Setelah"), titles ("Artis"), a
        sentence's first word the text writes in lower case and never capitalised inside a sentence ("Kunjungan
        [Jokowi]"), an acronym or a one-word organisation or place before the name ("Indef [Bhima Yudhistira]"; not
        the "Abadi" of "Hartadinata Abadi"), and a reduplicated plural ("Anak-anak [Sule]"); None when nothing of a
        name is left. ``linked``: the entity detector linked the span to a full name (``attrs["canonical"]``)."""
        toks = self.tokens

        def stray(k: int, more: bool) -> bool:
            word = toks[k].text
            if not word[0].isalpha() or word.lower() in self.lex.pronouns or word in self.lex.stop_capitalised:
                return True
            if not more:  # a lone name typed in lower case is still one ("pak [prabowo]"); a lone office or
                # portfolio word is none ("Anggota", "Pariwisata") unless the entity detector linked it to a person's
                # full name ("Menpar" after "Menteri Pariwisata Arief Yahya"), nor a sentence's first word the text
                # writes in lower case and never capitalised inside a sentence ("Perusahaan", "Sayangnya")
                return ((word in self.titles or word in RANKS or word in portfolio_words()
                         or self._sentence_initial(k) and word.lower() in self.common and word not in self._midsentence)
                        and not linked and word not in word_list("person-given-names.txt"))
            halves = word.lower().split("-")
            return (word[0].islower() or word in self.titles or word.rstrip(".") in self.titles or word in RANKS
                    or (len(halves) == 2 and halves[1].startswith(halves[0][:3]))
                    or (self._sentence_initial(k) and word.lower() in self.common and word not in self._midsentence
                        and word not in word_list("person-given-names.txt"))
                    or (word.isupper() and len(word) >= 2 and toks[k + 1].text[0].isupper()
                        and not toks[k + 1].text.isupper())
                    or word in self._lone_names)

        while first <= last and stray(first, first < last):
            first += 1
        while last > first and (not toks[last].text[0].isalpha() or toks[last].text[0].islower()
                                and toks[last].text.lower() not in NAME_LINKS):
            last -= 1
        if first > last:
            return None
        return first, last

    def _regional_names(self) -> dict[str, str]:
        """PERSON spans inside an office's title that begin with the office's portfolio or region, each without
        them: "Bupati [Sleman Harda Kiswaya]" → "Harda Kiswaya", "Wakil Menteri Luar [Negeri Arrmanatha Nasir]"
        → "Arrmanatha Nasir"."""
        found: dict[str, str] = {}
        for first, last, span in self.persons:
            if first == 0 or not (is_cap(self.tokens[first - 1]) or self.tokens[first - 1].text in self.titles):
                continue
            cut = self.office_words(first, last)
            words = [k for k in range(cut, last + 1)
                     if len(self.tokens[k].text) > 1 and self.tokens[k].text[0].isalpha()]
            before = self.entity_end.get(first - 1)
            if (len(words) > 3 and before is not None and before.label == ORG
                    and not self.tokens[first - 1].text.isupper()):
                # an organisation's name cut short runs on into the span: "[Eksekutif Indonesia] [Corruption Watch
                # Agus Sunaryanto]" (not after an acronym: "HRTA [Abadi Mohammad Ath Thoriz]")
                cut = words[-2]
            if cut > first:
                found[self.person_text(span)] = self.text[self.tokens[cut].start:self.tokens[last].end]
        return found

    def office_words(self, first: int, last: int) -> int:
        """The first token of the name in tokens ``first``..``last`` that follow an office's title: past the words
        of a portfolio ("Luar Negeri", "Keuangan") and a region ("Sleman", "Jawa Tengah", also when its first word
        stands before ``first``); a lone name after a place that is also a given name stays ("Wali Kota [Bima
        Arya]"), and one word at least is left."""
        places, given, portfolio = regional_places(), word_list("person-given-names.txt"), portfolio_words()
        toks = self.tokens
        k = first
        while k < last:
            step = 0
            for n in (3, 2, 1):
                for back in range(n - 1, -1, -1):  # a place whose first words stand before ``k``
                    if k - back < 0 or (back and k != first) or k - back + n - 1 > last:
                        continue
                    if " ".join(t.text for t in toks[k - back : k - back + n]) in places:
                        step = n - back
                        break
                if step:
                    break
            if step == 1 and toks[k].text in given and last - k == 1:
                break
            if not step and toks[k].text in portfolio:
                step = 1
            if not step:
                break
            k += step
        return min(k, last)

    def entity_name(self, span: Span, first: int, last: int) -> str:
        """The name an entity span gives: its canonical form (when ``_trusted``), else its own words, with
        the Balinese "I" / "Ni" before a birth-order name that the span left out ("I [Wayan Sumarajaya]")."""
        canonical = span.attrs.get("canonical")
        if self._trusted(canonical):
            return canonical
        if (first > 0 and self.tokens[first - 1].text in ("I", "Ni") and self.tokens[first].text in BALINESE_ORDER
                and self._adjacent(first - 1, first)):
            first -= 1
        return self.span_text(first, last)

    def entity_start_index(self, span: Span) -> int:
        return self._range[span.id][0]

    def entity_end_index(self, span: Span) -> int:
        return self._range[span.id][1]

    def entity_exactly(self, first: int, last: int) -> Span | None:
        span = self.entity_start.get(first)
        return span if span is not None and self._range[span.id][1] == last else None

    # ---- runs -------------------------------------------------------------------------------
    def glued(self, i: int) -> bool:
        """A name with a lower-case word a scraper glued after it ("Supriatnamengingatkan", "Purnamaatau")."""
        return self.tail_at(i) is not None

    def tail_at(self, i: int) -> int | None:
        return self.glued_tail(self.tokens[i].text)

    def glued_tail(self, word: str) -> int | None:
        """Where the lower-case word a scraper glued onto the name ``word`` begins: a cue or reporting verb,
        another me-/ber- verb of seven letters or more ("Santosomembantah"), or a connective ("Purnamaatau");
        None for a whole name ("Wardana", "Adiputra": the rest of a name is no verb)."""
        if len(word) < 7 or not word[0].isupper() or not word[1:].islower():
            return None
        if word in self._tails:
            return self._tails[word]
        found = None
        for k in range(3, len(word) - 3):
            tail = word[k:]
            if (tail in self.lex.before_cues or tail in self.lex.reported_cues or tail in GLUED_CONNECTIVES
                    or (len(tail) >= 7 and tail.startswith(("me", "ber")) and self.lex.is_verb(tail))):
                found = k
                break
        self._tails[word] = found
        return found

    def glued_verb(self, i: int) -> bool:
        """Token ``i`` is a name with a verb glued after it ("Anungmengatakan"): the name is a subject."""
        k = self.tail_at(i)
        return k is not None and self.tokens[i].text[k:] not in GLUED_CONNECTIVES

    def abbreviated(self, i: int) -> bool:
        """Token ``i`` is an initial or a title that takes a dot ("E", "Mr", "Rep", "Jr")."""
        word = self.tokens[i].text
        return (len(word) == 1 and word.isupper()) or word in self.lex.titles or word in ("Jr", "Sr", "St")

    def _sentence_initial(self, i: int) -> bool:
        if i == 0 or self.tokens[i - 1].text in ".!?:\"“”'‘’":
            return True
        return "\n" in self.text[self.tokens[i - 1].end : self.tokens[i].start]

    def _joins(self, i: int) -> bool:
        """Token ``i`` may stand inside a name run (a capitalised word, an initial's dot, a link word)."""
        tok = self.tokens[i]
        if is_cap(tok):
            return True
        if tok.text == "." and i > 0 and self.abbreviated(i - 1):
            nxt = self.tokens[i + 1].text if i + 1 < len(self.tokens) else ""
            # an initial or an abbreviated title: "E.", "Rep.", "Mr.", and initials written together: "G.K."
            return not self.tokens[i - 1].ws and (tok.ws or (len(nxt) == 1 and nxt.isupper()))
        return tok.text.lower() in NAME_LINKS and i + 1 < len(self.tokens) and is_cap(self.tokens[i + 1])

    def _adjacent(self, a: int, b: int) -> bool:
        """Tokens ``a`` and ``b = a + 1`` are on one line with only spaces between, and not two words a scraper
        glued ("JakartaPramono": the tokenizer cuts them, nothing separates them)."""
        if self.tokens[a].end == self.tokens[b].start:
            return not (self.tokens[a].text[-1].isalpha() and self.tokens[b].text[0].isalpha())
        gap = self.text[self.tokens[a].end : self.tokens[b].start]
        return "\n" not in gap and len(gap) <= 2

    def run_from(self, i: int, limit: int = 6) -> int | None:
        """Last token of the capitalised run starting at ``i``."""
        if i >= len(self.tokens) or not is_cap(self.tokens[i]):
            return None
        last = i
        while (last + 1 < len(self.tokens) and last - i < limit and not self.glued(last)
               and self._adjacent(last, last + 1) and self._joins(last + 1)):
            last += 1
        while last > i and not is_cap(self.tokens[last]):
            last -= 1
        return last

    def run_to(self, i: int, limit: int = 6) -> int | None:
        """First token of the capitalised run ending at ``i``."""
        if i < 0 or not is_cap(self.tokens[i]):
            return None
        first = i
        while (first - 1 >= 0 and i - first < limit and self._adjacent(first - 1, first) and self._joins(first - 1)
               and not self.glued(first - 1)):
            first -= 1
        while first < i and not is_cap(self.tokens[first]):
            first += 1
        return first

    def clean(self, first: int, last: int) -> tuple[int, int] | None:
        """The name inside a capitalised run: leading sentence words and titles dropped
        ("Kepala BPS Suhariyanto" → "Suhariyanto", "Menteri Sosial Saifullah Yusuf" → "Saifullah Yusuf")."""
        toks = self.tokens
        while first <= last and toks[first].text in self.lex.stop_capitalised:
            first += 1
        if first > last:
            return None
        titled = False
        while first < last and toks[first].text == ".":
            first += 1
        for k in range(first, last + 1):  # the name follows the last title or acronym of the run
            word = toks[k].text
            if k < last and (word in self.lex.titles or word.rstrip(".") in self.lex.titles
                             or (word.isupper() and len(word) >= 2)):
                first, titled = k + 1, True
        while first < last and toks[first].text == ".":
            first += 1
        while first < last and toks[first].text.lower() in self.common:
            first += 1  # "Ekonomi Kreatif … Mira Tayyiba", "Maskapai Vietnam …": common words, not a name
        if first == last and self._sentence_initial(first) and toks[first].text.lower() in self.common:
            return None  # "Lebih lanjut, …"
        words = [k for k in range(first, last + 1) if toks[k].text[0].isalpha() and len(toks[k].text) > 1]
        if len(words) > 3 or (titled and len(words) > 2):
            first = words[-2]  # a name is rarely longer; after a title, a portfolio comes first ("Menteri Sosial …")
        initial = len(toks[first].text) == 1 and last + 1 < len(toks) and toks[last + 1].text == "."
        if first > last or (first == last and not initial and (len(toks[first].text) == 1 or toks[first].text.isupper()
                                                               and toks[first].text not in self.aliases)):
            return None  # an acronym is no name unless it is a person's declared alias ("OSO", "SBY"); nor is the
            # "A" of "Sp.A(K)" (an initial before its dot is: "Rep. G.K. Butterfield")
        if " ".join(t.text for t in toks[first:last + 1]) in place_names():
            return None  # "Jawa Barat", "Hong Kong"
        if (first == last and toks[first].text in self.titles and not titled
                or all(t.text in portfolio_words() for t in toks[first:last + 1])):
            return None  # "Menteri Energi [dan …]", "Sumber Daya Mineral", a sentence's "Spesialis anak …": no name
        if first > 0 and toks[first - 1].text.lower() in MEDIUM_CUES:
            return None  # "Dilansir Reuters", "mengutip Antara": a medium
        if first > 0 and (is_cap(toks[first - 1]) or toks[first - 1].text in self.titles):
            first = self.office_words(first, last)  # "Kepala Dinas Pendidikan Provinsi Jawa [Tengah] Sadimin"
        return first, last

    def span_text(self, first: int, last: int) -> str:
        """The text of tokens ``first`` to ``last``, without a word a scraper glued onto the last one."""
        tail = self.tail_at(last)
        return self.text[self.tokens[first].start : self.tokens[last].end - (len(self.tokens[last].text) - tail
                                                                            if tail is not None else 0)]

    # ---- full names -------------------------------------------------------------------------
    def full(self, name: str, entity: Span | None = None) -> str:
        """The canonical name of the person ``name`` refers to: the alias the text declares
        ("Gus Ipul" → "Saifullah Yusuf"), else the fullest form of ``name`` used in the document."""
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
            at = self.text.find(canonical)
            while at >= 0 and self.hidden[min(bisect_left(self._starts, at), len(self.hidden) - 1)]:
                at = self.text.find(canonical, at + 1)
            known = self._visible[canonical] = at >= 0
        return known

    def organisation(self, name: str) -> str:
        """The full name of the organisation ``name`` where the text declares it before the short form in
        brackets ("Komisi Nasional Hak Asasi Manusia (Komnas HAM)", glued "Global Sumud Flotilla(GSF)"); else
        ``name``."""
        key = "\0org:" + name
        if key not in self._full_cache:
            found = regex.search(rf"({ORG_WORDS})[ \u00a0]*\([ \u00a0]*{regex.escape(name)}[ \u00a0]*\)", self.text)
            full = found.group(1).split() if found else []
            while full and (full[0] in self.lex.stop_capitalised or full[0].lower() in self.common):
                full = full[1:]  # "Dalam …", a sentence's first word
            self._full_cache[key] = " ".join(full) if len(full) > 1 else name
        return self._full_cache[key]

    def in_headline(self, pos: int) -> bool:
        """Offset ``pos`` lies on a line written in Title Case (a headline: "Khofifah Pernah Sebut Mahfud MD
        Sebagai Sosok …"), where capitals do not mark names."""
        k = bisect_right(self._headlines, (pos, len(self.text) + 1)) - 1
        return k >= 0 and self._headlines[k][0] <= pos < self._headlines[k][1]

    def _headline_lines(self) -> list[tuple[int, int]]:
        found = []
        for line in regex.finditer(r"[^\n]+", self.text):
            words = [w for w in line.group().split() if w[0].isalpha()]
            if len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words):
                found.append((line.start(), line.end()))
        return found

    def declare_in_role(self, role: str, name: str) -> None:
        """A role that gives the person's nickname ("pria yang akrab disapa Ucok itu") and was resolved to ``name``:
        later mentions of the nickname are that person."""
        found = ROLE_NICKNAME.search(role)
        if found is not None and found[1] != name and found[1] not in self.aliases:
            self.aliases[found[1]] = name
            self._full_cache.pop(found[1], None)

    def _untitled(self, name: str) -> str:
        words = name.split()
        while len(words) > 1 and (words[0] in self.titles or words[0].rstrip(".") in self.titles):
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
            tail = self.glued_tail(word)
            if tail is not None:  # "Marcella Santosomembantah" → "Marcella Santoso"
                words = words[:k] + [word[:tail]]
                break
        while len(words) > 2 and (words[0] in self.titles or words[0].rstrip(".") in self.titles):
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
                while cand_words and (cand_words[0].lower() in self.common or cand_words[0] in self.organisation_words
                                      ) and not (len(cand_words) > 1 and cand_words[1] in BALINESE_ORDER):
                    cand_words = cand_words[1:]
                if self.in_headline(span.start):
                    while cand_words and cand_words[-1].lower() in self.common:
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
                 if len((cand := self.person_text(span)).split()) > 1 and cand.split()[0].startswith(word)}
        if not found:  # no entity spans: a capitalised word and the name word after it
            found = {self.span_text(i, i + 1) for i, tok in enumerate(self.tokens[:-1])
                     if tok.text != word and tok.text.startswith(word) and not self.hidden[i] and self._namelike(i)
                     and self._adjacent(i, i + 1) and self._namelike(i + 1)}
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
            positions = self._positions()
            for text in self._capitalised_words().get(word[0], ()):
                if text == word or not (text.startswith(stem) or _one_typo(text, word)):
                    continue
                for i in positions[text]:
                    if self.hidden[i] or self.in_headline(self.tokens[i].start) or not self._namelike(i):
                        continue
                    first, last = self.run_to(i), self.run_from(i)
                    if first is None or last is None:
                        continue
                    while first < i and not self._namelike(first):
                        first += 1
                    while last > i and not self._namelike(last):
                        last -= 1
                    if last > first and all(self._namelike(k) for k in range(first, last + 1)):
                        found.add(self.span_text(first, last))
        return found.pop() if len(found) == 1 else None

    def known_name_word(self, word: str) -> bool:
        """``word`` names a person on its own: a declared alias ("Hendi"), a word of a full PERSON name of the
        document ("Tito" of "Tito Karnavian"), a one-word PERSON span of the document outside boilerplate ("Bahlil"
        where the detector missed "Bahlil Lahadalia"), or a common given name."""
        if word in self.aliases or word in word_list("person-given-names.txt"):
            return True
        if self._name_words is None:
            self._name_words = {w for name in self._multiword_names() for w in name.split()}
            self._name_words.update(self.person_text(span) for first, last, span in self.persons
                                    if first == last and not self.hidden[first])
        return word in self._name_words

    def _multiword_names(self) -> list[str]:
        """The PERSON names of two words or more, without titles, each once (built once per document)."""
        if self._multiword is None:
            self._multiword = sorted({name for _, _, span in self.persons
                                      if len((name := self._untitled(self.plain(
                                          self.person_text(span)))).split()) > 1})
        return self._multiword

    def _capitalised_words(self) -> dict[str, list[str]]:
        """The document's distinct capitalised words by initial (built once per document)."""
        if self._capitalised is None:
            self._capitalised = {}
            for text in self._positions():
                if text[0].isupper():
                    self._capitalised.setdefault(text[0], []).append(text)
        return self._capitalised

    def _link_in_name(self, i: int) -> bool:
        """Token ``i`` is a link word inside a name, a name word after it ("Faisal bin Abdullah")."""
        toks = self.tokens
        return (toks[i].text in NAME_LINKS and i + 1 < len(toks) and self._adjacent(i, i + 1)
                and self._namelike(i + 1))

    def _initial_in_name(self, i: int) -> bool:
        """Token ``i`` is a one-letter initial inside a name, a name word after it ("Rudolf Tulus P Sirait")."""
        toks = self.tokens
        return (len(toks[i].text) == 1 and toks[i].text.isupper() and i + 1 < len(toks)
                and self._adjacent(i, i + 1) and self._namelike(i + 1))

    def _namelike(self, i: int) -> bool:
        word = self.tokens[i].text
        if word in organisation_affixes():
            return False  # "Hartadinata Abadi Tbk", "National Australia Bank"
        halves = word.lower().split("-")
        if len(halves) == 2 and halves[1].startswith(halves[0][:3]):
            return False  # a reduplicated plural is no name: "Anak-anak Sule", "Kawan-kawan"
        return (is_cap(self.tokens[i]) and word not in self.lex.titles
                and word not in self.lex.stop_capitalised and not word.isupper()
                and word.lower() not in self.common and word.lower() not in self.lex.non_speech_context)

    def _expand(self, words: list[str]) -> str | None:
        """A short name grown to the capitalised words around its occurrences, the most
        frequent growth first, forward before backward: "Gati" → "Gati Wibawaningsih",
        "Ade Ary" → "Ade Ary Syam Indradi"."""
        toks = self.tokens
        n = len(words)
        counts: dict[str, list[int]] = {}
        for i in self._positions().get(words[0], ()):
            if self.hidden[i] or [t.text for t in toks[i:i + n]] != words or self._in_media_title(i):
                continue
            end = i + n - 1
            last = end
            while (last + 1 < len(toks) and last - end < 3 and not self.glued(last) and self._adjacent(last, last + 1)
                   and (self._namelike(last + 1) or self._initial_in_name(last + 1) or self._link_in_name(last + 1))):
                last += 1
            if last > end:
                found, rank = self.span_text(i, last), 0
            elif (n == 1 and i > 0 and self._adjacent(i - 1, i) and self._namelike(i - 1)
                  and self.office_words(i - 1, i) == i - 1):  # not "Jawa Tengah Sadimin", "Keuangan Sri"
                found, rank = self.span_text(i - 1, i), 1
            else:
                continue
            entry = counts.setdefault(found, [0, rank, i])
            entry[0] += 1
        if not counts:
            return None
        return min(counts, key=lambda k: (counts[k][1], -counts[k][0], counts[k][2]))


    def _positions(self) -> dict[str, list[int]]:
        """Per token text, the indexes of its tokens in order (built once per document)."""
        if self._at is None:
            self._at = {}
            for i, tok in enumerate(self.tokens):
                self._at.setdefault(tok.text, []).append(i)
        return self._at

    def _in_media_title(self, i: int) -> bool:
        """Token ``i`` stands in the title of a channel, programme or account ("kanal YouTube Diary Sule Family",
        "program Inul Vizta Show"): a name there does not grow into the title's other words."""
        for k in range(i - 1, max(i - 5, -1), -1):
            word = self.tokens[k].text
            if word.lower() in MEDIA_WORDS:
                return True
            if not (is_cap(self.tokens[k]) and self._adjacent(k, k + 1)):
                return False
        return False

    def _glued_full(self, word: str) -> str | None:
        """``word`` and the name word after it where a scraper glued the name onto the word before it, so no token
        holds it ("duet baruFajar Alfian/Muhammad …" → "Fajar Alfian")."""
        if len(word) < 3 or not word[0].isupper():
            return None
        counts: dict[str, int] = {}
        for m in regex.finditer(rf"(?<=\p{{Ll}}){regex.escape(word)}[ \u00a0]+(\p{{Lu}}\p{{Ll}}{{2,}})\b", self.text):
            if self.hidden[max(0, bisect_left(self._starts, m.start(1)))  if self.tokens else 0]:
                continue
            nxt = m.group(1)
            if nxt.lower() not in self.common and nxt not in self.titles and nxt not in self.lex.stop_capitalised:
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
