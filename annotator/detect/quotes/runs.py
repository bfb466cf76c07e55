"""Capitalised token runs for speaker names: where a name may begin and end in the tokens of one document.

The quote detector must work without the entity detector (a pipeline run with ``--layers quotes``), so a name
after a cue ("kata Gati") is also found as a run of capitalised words. The runs stop at glue points
("Anungmengatakan": a verb a scraper glued onto the name) and at line breaks, and skip headlines written in Title
Case, where capitals do not mark names.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

import regex

from annotator.core.tokenize import Token
from annotator.detect.entities.gazetteer import word_list
from annotator.detect.quotes.lexicon import Lexicon
from annotator.detect.quotes.namewords import (
    GLUED_CONNECTIVES,
    MEDIA_WORDS,
    NAME_LINKS,
    organisation_affixes,
    person_titles,
    portfolio_words,
    regional_places,
)

# the forms of the meN- and ber- prefixes before a stem
_VERB_PREFIXES = ("mem", "men", "mel", "mer", "mew", "mey", "ber")


def is_cap(tok: Token) -> bool:
    """A capitalised word that is not two words glued together by a scraper ("AdvokatMarcella";
    "McDonald" and "DeSantis" are fine)."""
    t = tok.text
    if not (t[0].isupper() and t[0].isalpha()):
        return False
    return not any(t[i].islower() and t[i + 1].isupper() for i in range(3, len(t) - 1))


class NameRuns:
    """The tokens of one document read for names: capitalised runs, glue points, offices, headlines."""

    def __init__(self, text: str, tokens: Sequence[Token], lex: Lexicon, hidden: Sequence[bool] | None = None):
        """``hidden``: per token, whether it is no part of the article (boilerplate: a teaser's "Nguyen Thi
        Phuong" does not complete the article's "Nguyen")."""
        self.text = text
        self.tokens = tokens
        self.lex = lex
        self.hidden = hidden if hidden is not None else [False] * len(tokens)
        self.starts = [t.start for t in tokens]
        self.common = {t.text.lower() for t in tokens if t.text[0].islower()}  # words the text writes in lower case
        self.titles = lex.titles | person_titles()
        self._tails: dict[str, int | None] = {}
        self._at: dict[str, list[int]] | None = None  # positions()
        self._headlines = self._headline_lines()

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

    def glued(self, i: int) -> bool:
        """A name with a lower-case word a scraper glued after it ("Supriatnamengingatkan", "Purnamaatau")."""
        return self.tail_at(i) is not None

    def tail_at(self, i: int) -> int | None:
        return self.glued_tail(self.tokens[i].text)

    def glued_tail(self, word: str) -> int | None:
        """Where the lower-case word a scraper glued onto the name ``word`` begins: a cue or reporting verb,
        another me-/ber- verb of seven letters or more ("Santosomembantah"), its prefix as Indonesian writes it before
        a stem (mem-, men-, meng-, meny-, or me- before l, r, w, y: not the "meswari" of "Prameswari"), or a
        connective ("Purnamaatau"); None for a whole name ("Wardana", "Adiputra": the rest of a name is no verb)."""
        if len(word) < 7 or not word[0].isupper() or not word[1:].islower():
            return None
        if word in self._tails:
            return self._tails[word]
        found = None
        for k in range(3, len(word) - 3):
            tail = word[k:]
            if (tail in self.lex.before_cues or tail in self.lex.reported_cues or tail in GLUED_CONNECTIVES
                    or (len(tail) >= 7 and tail.startswith(_VERB_PREFIXES) and self.lex.is_verb(tail))):
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

    def sentence_initial(self, i: int) -> bool:
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

    def adjacent(self, a: int, b: int) -> bool:
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
               and self.adjacent(last, last + 1) and self._joins(last + 1)):
            last += 1
        while last > i and not is_cap(self.tokens[last]):
            last -= 1
        return last

    def run_to(self, i: int, limit: int = 6) -> int | None:
        """First token of the capitalised run ending at ``i``."""
        if i < 0 or not is_cap(self.tokens[i]):
            return None
        first = i
        while (first - 1 >= 0 and i - first < limit and self.adjacent(first - 1, first) and self._joins(first - 1)
               and not self.glued(first - 1)):
            first -= 1
        while first < i and not is_cap(self.tokens[first]):
            first += 1
        return first


    def span_text(self, first: int, last: int) -> str:
        """The text of tokens ``first`` to ``last``, without a word a scraper glued onto the last one."""
        tail = self.tail_at(last)
        return self.text[self.tokens[first].start : self.tokens[last].end - (len(self.tokens[last].text) - tail
                                                                            if tail is not None else 0)]

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

    def link_in_name(self, i: int) -> bool:
        """Token ``i`` is a link word inside a name, a name word after it ("Faisal bin Abdullah")."""
        toks = self.tokens
        return (toks[i].text in NAME_LINKS and i + 1 < len(toks) and self.adjacent(i, i + 1)
                and self.namelike(i + 1))

    def initial_in_name(self, i: int) -> bool:
        """Token ``i`` is a one-letter initial inside a name, a name word after it ("Rudolf Tulus P Sirait")."""
        toks = self.tokens
        return (len(toks[i].text) == 1 and toks[i].text.isupper() and i + 1 < len(toks)
                and self.adjacent(i, i + 1) and self.namelike(i + 1))

    def namelike(self, i: int) -> bool:
        word = self.tokens[i].text
        if word in organisation_affixes():
            return False  # "Hartadinata Abadi Tbk", "National Australia Bank"
        halves = word.lower().split("-")
        if len(halves) == 2 and halves[1].startswith(halves[0][:3]):
            return False  # a reduplicated plural is no name: "Anak-anak Sule", "Kawan-kawan"
        return (is_cap(self.tokens[i]) and word not in self.lex.titles
                and word not in self.lex.stop_capitalised and not word.isupper()
                and word.lower() not in self.common and word.lower() not in self.lex.non_speech_context)

    def positions(self) -> dict[str, list[int]]:
        """Per token text, the indexes of its tokens in order (built once per document)."""
        if self._at is None:
            self._at = {}
            for i, tok in enumerate(self.tokens):
                self._at.setdefault(tok.text, []).append(i)
        return self._at

    def in_media_title(self, i: int) -> bool:
        """Token ``i`` stands in the title of a channel, programme or account ("kanal YouTube Diary Sule Family",
        "program Inul Vizta Show"): a name there does not grow into the title's other words."""
        for k in range(i - 1, max(i - 5, -1), -1):
            word = self.tokens[k].text
            if word.lower() in MEDIA_WORDS:
                return True
            if not (is_cap(self.tokens[k]) and self.adjacent(k, k + 1)):
                return False
        return False
