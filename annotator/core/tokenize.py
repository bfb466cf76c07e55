"""The one tokenizer.

Deterministic and language-neutral, tuned for news text: URLs, e-mail
addresses, numbers with separators ("4.000", "22/1/2018", "10:30"), words with
inner hyphens or apostrophes ("e-commerce", "don't") and grapheme clusters
(emoji with modifiers, letters with combining marks) each stay one token;
every other non-space character is a token of its own.  Whitespace is never a
token.  Token offsets are code-point offsets into the text.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import NamedTuple

import regex

_WORD = r"[\p{L}\p{N}\p{M}_]+(?:['’\-\u00AD][\p{L}\p{N}\p{M}_]+)*"
_TOKEN_RE = regex.compile(
    r"""
      (?:https?://|www\.)[^\s<>"“”'‘’()\[\]{}]+[^\s<>"“”'‘’()\[\]{}.,;:!?]   # URL, no trailing punctuation
    | [\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+                                      # e-mail
    | \p{N}+(?:[.,:/]\p{N}+)+                                              # 4.000  22/1/2018  10:30  3,5
    | """ + _WORD + r"""
    | (?=\S)\X                                                              # any other grapheme cluster
    """,
    regex.VERBOSE | regex.V0,
)
# Shortcuts tried before the pattern's own alternatives, for the tokens most of a news text is made of; each
# matches only where the pattern would give the same token (a letter run, a digit run, a comma or bracket
# that nothing can extend), so the tokens do not change, only fewer alternatives are tried (1.3× faster).
_CANNOT_EXTEND = r"(?![\p{L}\p{N}\p{M}\w.+\-@'’\u00AD:/])"  # no longer word, e-mail, URL or number
_SHORTCUTS = (
    r"[\p{L}_][\p{L}\p{N}_]*" + _CANNOT_EXTEND
    + r"|\p{N}+(?![\p{L}\p{N}\p{M}\w.+\-@'’\u00AD:/,])"
    # punctuation followed by nothing that joins its grapheme cluster (a mark, a joiner, a Thai vowel...)
    + r"""|[,;:!?()“”"](?=\s|\Z|(?![\p{GCB=Extend}\p{GCB=SpacingMark}\p{GCB=ZWJ}])[\p{L}\p{N}])"""
)
_SPACED_TOKEN_RE = regex.compile(r"(\s*)(" + _SHORTCUTS + "|" + _TOKEN_RE.pattern + ")", regex.VERBOSE | regex.V0)


class Token(NamedTuple):
    text: str
    start: int
    end: int
    id: int
    ws: bool  # followed by whitespace


_CACHE: dict[str, tuple[Token, ...]] = {}  # the tokens of the last two long texts
_CACHED_FROM = 2048  # characters; short texts (a line, a word run) are cheaper to tokenize than to remember


def tokenize(text: str) -> tuple[Token, ...]:
    """The tokens of ``text``, as an immutable tuple.

    The tokens of the last two long texts are kept: the entity and quote
    detectors and the native record of one document all ask for them."""
    if len(text) < _CACHED_FROM:
        return _tokenize(text)
    tokens = _CACHE.get(text)
    if tokens is None:
        tokens = _tokenize(text)
        if len(_CACHE) >= 2:
            del _CACHE[next(iter(_CACHE))]
        _CACHE[text] = tokens
    return tokens


def _tokenize(text: str) -> tuple[Token, ...]:
    # The hot loop of every export: findall gives (whitespace before, token) pairs without a match object
    # per token, and offsets are counted from their lengths.
    n = len(text)
    tokens: list[Token] = []
    append, new = tokens.append, tuple.__new__
    end = 0
    for i, (space, token) in enumerate(_SPACED_TOKEN_RE.findall(text)):
        start = end + len(space)
        end = start + len(token)
        append(new(Token, (token, start, end, i, end < n and text[end].isspace())))
    return tuple(tokens)


def token_dicts(text: str) -> list[dict[str, object]]:
    """The tokens of ``text`` as the objects of a native record (each token's fields by name), built in one
    pass without the tuples: the hot loop of exporting documents that have no spans."""
    out: list[dict[str, object]] = []
    append = out.append
    end = 0
    last: dict[str, object] = {}
    for i, (space, token) in enumerate(_SPACED_TOKEN_RE.findall(text)):
        if space or token[0].isspace():  # a separator \s does not match (U+001C..U+001F) is a token
            last["ws"] = True
        start = end + len(space)
        end = start + len(token)
        last = {"text": token, "start": start, "end": end, "id": i, "ws": False}
        append(last)
    if end < len(text) and out:
        last["ws"] = text[end].isspace()
    return out


class TokenIndex:
    """Char ↔ token lookups over one tokenization (binary search)."""

    def __init__(self, tokens: Sequence[Token]):
        self.tokens = tokens
        self._starts = [t.start for t in tokens]
        self._ends = [t.end for t in tokens]

    @classmethod
    def of(cls, text: str) -> TokenIndex:
        return cls(tokenize(text))

    def char_span_to_tokens(self, start: int, end: int) -> tuple[int, int] | None:
        """Token ids ``(first, last)`` (``last`` inclusive, Prodigy style) of the
        tokens the span covers exactly, or ``None`` when the span does not
        start and end on token boundaries."""
        first = bisect_left(self._starts, start)
        if first >= len(self._starts) or self._starts[first] != start:
            return None
        last = bisect_left(self._ends, end)
        if last >= len(self._ends) or self._ends[last] != end or last < first:
            return None
        return first, last

    def covering_tokens(self, start: int, end: int) -> tuple[int, int] | None:
        """Token ids ``(first, last)`` of every token touching ``[start, end)``."""
        first = bisect_right(self._ends, start)
        last = bisect_left(self._starts, end) - 1
        if first > last:
            return None
        return first, last

    def snap(self, start: int, end: int) -> tuple[int, int]:
        """Widen ``[start, end)`` to whole tokens and trim surrounding space.

        A selection that touches no token is returned unchanged."""
        covered = self.covering_tokens(start, end)
        if covered is None:
            return start, end
        first, last = covered
        return self.tokens[first].start, self.tokens[last].end

    def token_at(self, pos: int) -> int | None:
        i = bisect_right(self._starts, pos) - 1
        if i >= 0 and self._starts[i] <= pos < self._ends[i]:
            return i
        return None
