"""Person mentions for attribution: the entity detector's spans when it ran, capitalised token runs otherwise.

``NameBook`` keeps the entity spans that may name a speaker, by token, with their extents mended where the entity
detector got them wrong on unseen text (a sentence word run on into a name, a person's name tagged LOC); it holds
the document's capitalised runs (``NameRuns``, ``quotes/runs.py``) and its canonical names (``CanonicalNames``,
``quotes/canonical.py``), which it builds from those spans and which never call back.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from annotator.core.labels import LOC, ORG, PERSON
from annotator.core.model import Span
from annotator.core.tokenize import Token
from annotator.detect.entities.gazetteer import word_list
from annotator.detect.quotes.canonical import CanonicalNames
from annotator.detect.quotes.lexicon import Lexicon
from annotator.detect.quotes.namewords import (
    MEDIUM_CUES,
    NAME_LINKS,
    RANKS,
    SPEAKER_LABELS,
    organisation_affixes,
    place_names,
    portfolio_words,
)
from annotator.detect.quotes.runs import NameRuns, is_cap

_SENTENCE_END = frozenset({".", "!", "?"})


@dataclass
class Mention:
    """A speaker mention: token range ``[first, last]`` and how it names someone."""

    first: int
    last: int
    kind: str  # entity | name | pronoun | role | anon | organisation
    text: str = ""
    entity: Span | None = None


class NameBook:
    """Entity spans by token that may name a speaker, with the document's runs and canonical names."""

    def __init__(self, text: str, tokens: Sequence[Token], entities: list[Span], lex: Lexicon,
                 hidden: Sequence[bool] | None = None):
        """``hidden``: per token, whether it is no part of the article (boilerplate, see ``NameRuns``)."""
        self.runs = runs = NameRuns(text, tokens, lex, hidden)
        self.text = text
        self.tokens = tokens
        self.lex = lex
        self.common = runs.common
        self.titles = runs.titles
        self.entity_start: dict[int, Span] = {}
        self.entity_end: dict[int, Span] = {}
        self.persons: list[tuple[int, int, Span]] = []
        self.in_organisation: set[int] = set()  # tokens inside an ORG span
        self._range: dict[str, tuple[int, int]] = {}
        self._person_text: dict[str, str] = {}  # a PERSON span's name where _name_core cut its extent
        # organisations and places the entity detector named by one word ("Indef") and never took alone for a
        # person, and capitalised words written inside a sentence
        self._lone_names = ({text[span.start:span.end] for span in entities
                             if span.label in (ORG, LOC) and " " not in text[span.start:span.end]}
                            - {text[span.start:span.end] for span in entities if span.label == PERSON})
        self._midsentence = {t.text for k, t in enumerate(tokens)
                             if t.text[0].isupper() and not runs.sentence_initial(k)}
        entities = self._persons_mislabelled(entities)
        # (after: the words of a person's name tagged LOC are no organisation's words)
        organisation_words = {w for span in entities if span.label != PERSON
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
        titled = [p for p in self.persons if runs.in_media_title(p[0])]
        media_names = {self.person_text(span) for _, _, span in titled}
        self.persons = [p for p in self.persons if p not in titled]
        self.canonical = CanonicalNames(runs, self.persons,
                                        {span.id: self.person_text(span) for _, _, span in self.persons},
                                        self._regional_names(), media_names, organisation_words, bool(entities))

    def _token_range(self, span: Span) -> tuple[int, int]:
        """The first and last token of ``span`` (``last < first`` when it holds no token start)."""
        return bisect_left(self.runs.starts, span.start), bisect_left(self.runs.starts, span.end) - 1

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
                         or self.runs.sentence_initial(k) and word.lower() in self.common
                         and word not in self._midsentence)
                        and not linked and word not in word_list("person-given-names.txt"))
            halves = word.lower().split("-")
            return (word[0].islower() or word in self.titles or word.rstrip(".") in self.titles or word in RANKS
                    or (len(halves) == 2 and halves[1].startswith(halves[0][:3]))
                    or (self.runs.sentence_initial(k) and word.lower() in self.common and word not in self._midsentence
                        and word not in word_list("person-given-names.txt"))
                    or (word.isupper() and len(word) >= 2 and toks[k + 1].text[0].isupper()
                        and not toks[k + 1].text.isupper())
                    or word in self._lone_names)

        while first <= last and stray(first, first < last):
            first += 1
        if first < last and toks[first].text in organisation_affixes():
            first = self._after_organisation(first, last)
        for k in range(first + 1, last + 1):
            if toks[k].text == toks[first].text or toks[k].text in _SENTENCE_END and not self.runs.abbreviated(k - 1):
                last = k - 1  # "Prabowo Subianto [Prabowo]", "Ganjar[. Hal]": the next mention, the next sentence
                break
        while last > first and (not toks[last].text[0].isalpha() or toks[last].text[0].islower()
                                and toks[last].text.lower() not in NAME_LINKS
                                or toks[last].text in self.lex.stop_capitalised):
            last -= 1  # "[Sule] mengatakan", "[Ganjar] Hal tersebut …" (a sentence word: a scraper lost the full stop)
        if first > last:
            return None
        return first, last

    def _after_organisation(self, first: int, last: int) -> int:
        """The first word of the name that ends a PERSON span opened by an organisation's kind ("Kementerian",
        "Kantor"): the name words after the organisation's last other word, its portfolio, place, acronym or class
        ("Kementerian Dalam Negeri [Safrizal]", "Kantor Imigrasi Kelas I TPI Medan [Johanes Fanny Satria]"); ``first``
        when the span ends with no such word."""
        k = last
        while k > first and self._name_word(self.tokens[k - 1].text):
            k -= 1
        return k if k > first and self._name_word(self.tokens[k].text) else first

    def _regional_names(self) -> dict[str, str]:
        """PERSON spans inside an office's title that begin with the office's portfolio or region, each without
        them: "Bupati [Sleman Harda Kiswaya]" → "Harda Kiswaya", "Wakil Menteri Luar [Negeri Arrmanatha Nasir]"
        → "Arrmanatha Nasir"."""
        found: dict[str, str] = {}
        for first, last, span in self.persons:
            if first == 0 or not (is_cap(self.tokens[first - 1]) or self.tokens[first - 1].text in self.titles):
                continue
            cut = self.runs.office_words(first, last)
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

    def entity_start_index(self, span: Span) -> int:
        return self._range[span.id][0]

    def entity_end_index(self, span: Span) -> int:
        return self._range[span.id][1]

    def entity_exactly(self, first: int, last: int) -> Span | None:
        span = self.entity_start.get(first)
        return span if span is not None and self._range[span.id][1] == last else None

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
        if first == last and self.runs.sentence_initial(first) and toks[first].text.lower() in self.common:
            return None  # "Lebih lanjut, …"
        words = [k for k in range(first, last + 1) if toks[k].text[0].isalpha() and len(toks[k].text) > 1]
        if len(words) > 3 or (titled and len(words) > 2):
            first = words[-2]  # a name is rarely longer; after a title, a portfolio comes first ("Menteri Sosial …")
        initial = len(toks[first].text) == 1 and last + 1 < len(toks) and toks[last + 1].text == "."
        if first > last or (first == last and not initial and (len(toks[first].text) == 1 or toks[first].text.isupper()
                                                               and toks[first].text not in self.canonical.aliases)):
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
            first = self.runs.office_words(first, last)  # "Kepala Dinas Pendidikan Provinsi Jawa [Tengah] Sadimin"
        return first, last
