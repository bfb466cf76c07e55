"""Who a pronoun, a role or a bare ``ujarnya`` means.

Reporters introduce a speaker in a narrative sentence and then quote them
with ``-nya``, ``dia`` or a role ("psikolog … ini").  So the speaker is the
subject of the nearest narrative sentence before the quote (a person mention
followed by a verb, or the agent of a passive "disampaikan Dadang"); a
pronoun subject sends the search further back; with no narrative in between
it is the previous quote's speaker; with no previous quote, the nearest
person mentioned before.
"""

from __future__ import annotations

from collections.abc import Sequence
from bisect import bisect_left
from dataclasses import dataclass

from annotator.core.labels import PERSON
from annotator.core.tokenize import Token
from annotator.detect.quotes.lexicon import Lexicon
from annotator.detect.quotes.names import Mention, NameBook
from annotator.detect.quotes.runs import is_cap

_SENTENCE_END = {".", "!", "?"}
_NARRATIVE_PRONOUNS = {"dia", "ia", "beliau", "he", "she"}


@dataclass
class Resolved:
    name: str
    anchor: Mention  # the mention that carries the name (an entity or a name, never a pronoun)


def _capitalised(tokens: Sequence[Token]) -> list[int]:
    """The tokens that begin with a capital, ascending: the only ones a capitalised run (``NameBook.run_from``)
    can start at."""
    return [k for k, t in enumerate(tokens) if t.text[0].isupper()]


class Resolver:
    def __init__(self, tokens: Sequence[Token], book: NameBook, lex: Lexicon, para: list[int], inside: list[bool]):
        self.tokens = tokens
        self.book = book
        self.lex = lex
        self.para = para
        self._start_of: dict[int, int] = {}  # token -> the first token of its sentence (_sentence_start)
        self.mentions = self._narrative_mentions(inside)
        self._firsts = [m.first for m in self.mentions]
        self._first_mention: dict[str, int] | None = None  # a name word -> its first narrative mention (_introduced)

    def _narrative_mentions(self, inside: list[bool]) -> list[Mention]:
        """Person mentions outside quotes: entity PERSON spans when the entity detector ran,
        capitalised runs otherwise; and the pronouns that continue a subject."""
        toks = self.tokens
        found: list[Mention] = []
        entities = bool(self.book.persons)
        for first, last, span in self.book.persons:
            if not inside[first]:
                found.append(Mention(first, last, "entity", self.book.canonical.entity_name(span, first, last), span))
        covered = [False] * len(toks)  # tokens of an entity span: the entity detector has read them
        for first in self.book.entity_start:
            span = self.book.entity_start[first]
            last = self.book.entity_end_index(span)
            if span.label != PERSON and self.book.name_words(first, last):
                continue  # an ORG or LOC made of name words may be a person's name mislabelled: a run, if it speaks
            for k in range(first, last + 1):
                covered[k] = True
        resume = 0  # the token after the last run read
        for i in _capitalised(toks):
            run_end = self.book.runs.run_from(i) if i >= resume and not inside[i] and not covered[i] else None
            if run_end is None:
                continue
            resume = run_end + 1
            if entities and (run_end == i and not self.book.canonical.known_name_word(toks[i].text)
                             or not self._speaks(Mention(i, run_end, "name")) and not self._known_name(i, run_end)
                             and not self._opens_sentence_before_quote(i, run_end, inside)):
                continue  # (a cheap test first: most runs do not speak)
            cleaned = self.book.clean(i, run_end)
            if cleaned is not None and not any(inside[k] or covered[k] for k in range(cleaned[0], cleaned[1] + 1)):
                mention = Mention(*cleaned, "name", self.book.runs.span_text(*cleaned))
                # with entity spans, a run they missed counts only as a speaking subject ("Todung Mulya Lubis
                # mengatakan"), the one kind of mention a missed name would cost, or as a full name of a person the
                # document names elsewhere ("Bahlil Lahadalia angkat bicara …. Ia mengaku …" where one "Bahlil" is
                # tagged)
                if not entities or ((cleaned[1] > cleaned[0] or self.book.canonical.known_name_word(mention.text))
                                    and self._speaks(mention)) or self._known_name(*cleaned) or (
                        cleaned[1] > cleaned[0] and self._opens_sentence_before_quote(i, cleaned[1], inside)):
                    found.append(mention)
        according = {f"{w}{suffix}" for w in self.lex.reported_prefix for suffix in self.lex.nya}
        pronouns = (_NARRATIVE_PRONOUNS & self.lex.pronouns) | according
        for i, tok in enumerate(toks):
            if tok.text.lower() in pronouns and not inside[i]:
                found.append(Mention(i, i, "pronoun", tok.text))  # "Menurutnya, …": reported speech of "dia"
        found.sort(key=lambda m: m.first)
        return found

    def _opens_sentence_before_quote(self, first: int, last: int, inside: list[bool]) -> bool:
        """Tokens ``first`` to ``last``, a run the entity detector missed, open their paragraph ("Analyst Priya
        Raman was skeptical.") and a quote follows that sentence in the paragraph: a new person the pronoun of that
        quote may mean (``_introduced``)."""
        toks, para = self.tokens, self.para
        if first > 0 and para[first - 1] == para[first]:
            return False
        for k in range(last + 1, min(last + 40, len(toks) - 1)):
            if para[k] != para[first]:
                return False
            if toks[k].text in _SENTENCE_END:  # then the quote, maybe after its opening mark
                return any(para[j] == para[first] and inside[j] for j in range(k + 1, min(k + 3, len(toks))))
        return False

    def _introduced(self, m: Mention, before: int) -> bool:
        """``m`` opens the sentence right before the quote (maybe after its titles) and is new to the reader (no
        earlier mention shares a word with it) or stands in the quote's own paragraph: "Bupati Subang Reynaldi
        Putra turut hadir. / "…," ujarnya." and "Ellison was not persuaded. "…," she said." mean that person, not
        the previous quote's speaker."""
        start = self._sentence_start(m.first, 0)
        if start != self._sentence_start(before - 1, 0) or not all(is_cap(t) for t in self.tokens[start:m.first]):
            return False
        if m.kind != "entity" and m.first == m.last and not self.book.canonical.known_name_word(m.text):
            return False  # a sentence's first word, where no entity layer ran ("Sayangnya, …")
        if self.para[m.first] == self.para[before]:
            return True
        if self._first_mention is None:  # per word, the first mention that has it (one pass)
            self._first_mention = {}
            for other in self.mentions:
                if other.kind != "pronoun":
                    for word in other.text.split():
                        self._first_mention.setdefault(word, other.first)
        words = m.text.split()
        return len(words) > 1 and all(self._first_mention.get(word) == m.first for word in words)

    def _known_name(self, first: int, last: int) -> bool:
        """Tokens ``first`` to ``last`` are two name words or more, one of them a name the document knows."""
        return last > first and any(self.book.canonical.known_name_word(t.text) for t in self.tokens[first:last + 1])

    def _sentence_start(self, i: int, lo: int) -> int:
        """First token of the sentence that holds token ``i`` (not before ``lo``).  A sentence's start, once found,
        is kept for every token walked over (a long text asks for the sentences of many tokens)."""
        if i < lo:
            return i
        known = self._start_of.get(i)
        if known is None:
            toks, para = self.tokens, self.para
            k = i
            while k - 1 >= 0 and para[k - 1] == para[i]:
                if toks[k - 1].text in _SENTENCE_END and not (k - 2 >= 0 and len(toks[k - 2].text) == 1
                                                              and toks[k - 2].text.isupper()):
                    break
                k -= 1
            for j in range(k, i + 1):
                self._start_of[j] = k
            known = k
        return max(lo, known)

    def _verb_at(self, k: int, para: int) -> bool:
        toks = self.tokens
        while k < len(toks) and toks[k].text.lower() in self.lex.subject_particles:
            k += 1
        if k >= len(toks) or self.para[k] != para or not toks[k].text[0].islower():
            return False
        word = toks[k].text.lower()
        return self.lex.is_verb(word) or (not self.lex.verb_prefixes and word.endswith("ed"))

    def _is_subject(self, m: Mention) -> bool:
        """``m`` is followed by a verb, maybe past an apposition ("Dony yang juga Wakil Menteri BUMN, menyatakan",
        "Siti Zuhro sebagai perwakilan …, mengungkap"); or is the agent of a passive speech verb."""
        toks, para = self.tokens, self.para[m.last]
        k = m.last + 1
        if self._according(m):
            return True  # "menurut Hendi, …"
        if self._verb_at(k, para) or (m.kind != "pronoun" and self.book.runs.glued_verb(m.last)):
            return True  # "Pramono Anungmengatakan": the verb a scraper glued on
        if k < len(toks) and toks[k].text.isupper() and len(toks[k].text) >= 2 and self._verb_at(k + 1, para):
            return True  # "Ateng Hartono BPS mengatakan": the organisation's acronym glued after the name
        if k < len(toks) and toks[k].text == "(":  # "Saifullah Yusuf (Gus Ipul) mengatakan"
            close = next((j for j in range(k + 1, min(k + 8, len(toks))) if toks[j].text == ")"), None)
            return close is not None and self._verb_at(close + 1, para)
        if k < len(toks) and toks[k].text.lower() in self.lex.apposition:
            comma = toks[k].text == ","
            for j in range(k + 1, min(k + 14, len(toks))):
                abbreviation = toks[j].text == "." and toks[j - 1].text[0].isupper() and len(toks[j - 1].text) <= 4
                if toks[j].text in _SENTENCE_END and not abbreviation or self.para[j] != para:
                    break
                if comma and toks[j].text == ",":  # "Febrio Kacaribu, Direktur …, menyebut"
                    if j == k + 2 and self.lex.after_cue(toks[k + 1].text.lower())[1]:
                        return False  # "… di bawah Sri Mulyani, sambungnya, berkontribusi": an inline cue
                    return self._verb_at(j + 1, para)
                if comma and self._verb_at(j, para):  # "Divani Aery Lovian, M.Psi. mengungkapkan", "…, Sp.A(K) …"
                    return all(t.text[0].isupper() or t.text in (".", "(", ")") for t in toks[k + 1 : j])
                if not comma and self._verb_at(j, para) and toks[j - 1].text.lower() not in ("yang", "who"):
                    return True
        return self._passive_agent(m)

    def _passive_agent(self, m: Mention) -> bool:
        """``m`` is the agent of a passive speech verb, maybe past "oleh" and an office with its commas: "disampaikan
        Dadang", "Hal senada disampaikan Ketua Asosiasi Peternak Jawa Barat, Ahmad Dawami"."""
        toks = self.tokens
        for k in range(m.first - 1, max(m.first - 14, -1), -1):
            word = toks[k].text
            if word.lower() in self.lex.passive_cues:
                return True
            if self.para[k] != self.para[m.first] or not (word[0].isupper() or word in (",", "(", ")", "oleh", "dan")):
                return False
        return False

    def _in_complement(self, m: Mention, start: int) -> bool:
        """``m`` stands in a clause after "bahwa" in its sentence ("Setelah mengetahui fakta bahwa JN membunuh RK,
        Rahman lemas"): the subject of what is told, not of the sentence."""
        return any(self.tokens[k].text.lower() in self.lex.complementizers for k in range(max(start, m.first - 8),
                                                                                           m.first))

    def _according(self, m: Mention) -> bool:
        """``m`` is the source of reported speech anywhere in its sentence: "… sehingga menurut Hendi, …",
        "Menurutnya, …", and past a role and a comma: "Menurut Kepala Badan Pangan Nasional, Arief Sasongko, …"."""
        toks = self.tokens
        if m.last + 1 >= len(toks) or toks[m.last + 1].text != ",":
            return False
        word = toks[m.first].text.lower()
        if m.kind == "pronoun" and any(word == f"{w}{nya}" for w in self.lex.reported_prefix for nya in self.lex.nya):
            return True  # "Menurutnya,"
        if m.first > 0 and toks[m.first - 1].text.lower() in self.lex.reported_prefix:
            return True
        if m.first > 2 and toks[m.first - 1].text == ",":  # a role between "menurut" and the name
            for k in range(m.first - 2, max(m.first - 12, -1), -1):
                word = toks[k].text
                if word.lower() in self.lex.reported_prefix:
                    return k < m.first - 2
                if not word[0].isalnum() or self.para[k] != self.para[m.first]:
                    return False
        return False

    def _speaks(self, m: Mention) -> bool:
        """``m`` is followed (past particles) by a speech or reporting verb: "Muslim menilai"; or is the source
        of reported speech: "menurut Hendi,"."""
        if self._according(m) or self._passive_agent(m):
            return True
        if m.kind != "pronoun" and self.book.runs.glued_verb(m.last):
            tail = self.tokens[m.last].text[self.book.runs.tail_at(m.last) or 0:]
            return tail in self.lex.before_cues or tail in self.lex.reported_cues
        k = m.last + 1
        while k < len(self.tokens) and (self.tokens[k].text.lower() in self.lex.subject_particles
                                        or self.tokens[k].text in (",", "(", ")") or self.tokens[k].text.isupper()):
            k += 1
        if k >= len(self.tokens):
            return False
        word = self.tokens[k].text.lower()
        is_cue, nya = self.lex.after_cue(word)
        # "Kementerian Keuangan di bawah Sri Mulyani, sambungnya, berkontribusi …": the -nya is someone else
        return word in self.lex.before_cues or word in self.lex.reported_cues or (is_cue and not nya)

    def resolve(self, before: int, lo: int, previous: Resolved | None) -> Resolved | None:
        """The speaker meant by an implicit mention at token ``before``.

        ``lo`` is where the narrative since the previous quote begins; ``previous``
        is that quote's speaker."""
        end = before
        weak: Mention | None = None  # the first person named in the nearest sentence that names one
        doer: Mention | None = None  # the nearest subject of a verb that is no speech verb
        while end > lo:
            start = self._sentence_start(end - 1, lo)
            in_sentence = self.mentions[bisect_left(self._firsts, start) : bisect_left(self._firsts, end)]
            for m in in_sentence:
                if self._is_subject(m):
                    if m.kind == "pronoun":
                        break  # "Dia menyatakan …": the person meant is further back
                    if lo == 0 or not self.lex.verb_prefixes or self._speaks(m):
                        return Resolved(self.book.canonical.full(m.text, m.entity), m)
                    # "Ridwan Kamil melaporkan …" between two quotes of his lawyer; a later subject of the same
                    # sentence may still speak ("Budi menang sehingga menurut Hendi, …")
                    if not self._in_complement(m, start):
                        doer = doer or m
            if weak is None:
                weak = next((m for m in in_sentence if m.kind != "pronoun"), None)
            end = start
        if doer is not None:
            return Resolved(self.book.canonical.full(doer.text, doer.entity), doer)
        if weak is not None and previous is not None and self._introduced(weak, before):
            return Resolved(self.book.canonical.full(weak.text, weak.entity), weak)
        if previous is not None:
            return previous
        if weak is not None:
            return Resolved(self.book.canonical.full(weak.text, weak.entity), weak)
        i = bisect_left(self._firsts, before) - 1
        while i >= 0:
            m = self.mentions[i]
            if m.kind != "pronoun" and is_cap(self.tokens[m.first]):
                return Resolved(self.book.canonical.full(m.text, m.entity), m)
            i -= 1
        return None
