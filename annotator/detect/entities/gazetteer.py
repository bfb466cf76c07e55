"""Name lists from ``resources/gazetteers`` and a longest-match lookup over tokens.

The lists are plain text written for this project (``index.json`` says what
each file holds).  Matching is per token: a list word with lower-case letters
matches any casing of itself ("JAKARTA", "Jakarta"), an all-capital
abbreviation only itself ("AS" but not "as").  A match must start on a token
that begins with a capital letter or a digit, so "batu" (stone) is not the
city Batu.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from annotator.core.resources import resource
from annotator.core.tokenize import tokenize

_END = "\0"  # trie key that holds the (label, tag) pairs of the entry ending here


def _key(word: str) -> str:
    """A list word's trie key: lower-cased if it has lower-case letters, else exact (marked with ``^``)."""
    return word.lower() if any(c.islower() for c in word) else "^" + word


@dataclass(frozen=True)
class Match:
    start: int  # first token
    end: int  # one past the last token
    label: str
    tag: str


@dataclass
class Gazetteer:
    trie: dict = field(default_factory=dict)
    titles: dict = field(default_factory=dict)  # a trie too: multi-word titles such as "Wakil Presiden"
    given: frozenset[str] = frozenset()  # lower-cased given names
    given_en: frozenset[str] = frozenset()  # lower-cased English given names (a hint only on a capitalised word)
    org_start: frozenset[str] = frozenset()  # lower-cased first words of Indonesian organisation names
    org_end: frozenset[str] = frozenset()  # exact last words of English organisation names
    speech: frozenset[str] = frozenset()  # lower-cased speech verbs ("kata", "said")

    @staticmethod
    def _add(trie: dict, words: Sequence[str], value: tuple[str, str]) -> None:
        node = trie
        for w in words:
            node = node.setdefault(_key(w), {})
        node.setdefault(_END, set()).add(value)

    def add_name(self, name: str, label: str, tag: str) -> None:
        words = [t.text for t in tokenize(name)]
        if words:
            self._add(self.trie, words, (label, tag))

    @staticmethod
    def _longest(trie: dict, words: Sequence[str], i: int) -> tuple[int, set]:
        node, best, found, j = trie, 0, set(), i
        while j < len(words):
            w = words[j]
            nxt = node.get(w.lower()) or node.get("^" + w)
            if nxt is None:
                break
            node = nxt
            j += 1
            if _END in node:
                best, found = j, node[_END]
        return best, found

    def matches(self, words: Sequence[str]) -> list[Match]:
        """Non-overlapping longest matches, left to right."""
        out: list[Match] = []
        i, n = 0, len(words)
        trie = self.trie
        while i < n:
            w = words[i]
            # (the trie's first step tried here: most capitalised words begin no entry)
            if w and (w[0].isupper() or w[0].isdigit()) and (w.lower() in trie or "^" + w in trie):
                end, found = self._longest(trie, words, i)
                if end:
                    for label, tag in sorted(found):
                        out.append(Match(i, end, label, tag))
                    i = end
                    continue
            i += 1
        return out

    def title_at(self, words: Sequence[str], i: int) -> int:
        """Number of tokens of a person title starting at ``i`` (0 if none); a trailing "." is included."""
        w = words[i] if i < len(words) else ""
        if not (w.lower() in self.titles or "^" + w in self.titles):  # most words begin no title
            return 0
        end, _ = self._longest(self.titles, words, i)
        if end and end < len(words) and words[end] == ".":
            end += 1
        return end - i if end else 0


def _lines(name: str) -> list[str]:
    text = resource("gazetteers", name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def word_list(*names: str) -> frozenset[str]:
    """The entries of the shipped lists ``names`` (blank lines and comments left out), loaded once."""
    return frozenset(line for name in names for line in _lines(name))


@cache
def load_gazetteer() -> Gazetteer:
    """The shipped lists, loaded once per process."""
    index = json.loads(resource("gazetteers", "index.json").read_text(encoding="utf-8"))
    gaz = Gazetteer()
    given: set[str] = set()
    given_en: set[str] = set()
    starts: set[str] = set()
    ends: set[str] = set()
    speech: set[str] = set()
    for entry in index["files"]:
        kind, label, tag = entry["kind"], entry["label"], entry["tag"]
        for line in _lines(entry["file"]):
            if kind == "name":
                gaz.add_name(line, label, tag)
            elif kind == "trigger":
                words = [t.text for t in tokenize(line.rstrip("."))]
                gaz._add(gaz.titles, words, (label, tag))
            elif kind == "speech":
                speech.add(line.lower())
            elif kind == "given":
                given.add(line.lower())
            elif kind == "given-en":
                given_en.add(line.lower())
            elif kind == "org-affix":
                where, word = line.split("\t", 1)
                (starts if where == "start" else ends).add(word.lower() if where == "start" else word)
    gaz.given, gaz.org_start, gaz.org_end = frozenset(given), frozenset(starts), frozenset(ends)
    gaz.given_en = frozenset(given_en)
    gaz.speech = frozenset(speech)
    return gaz
