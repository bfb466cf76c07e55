"""Code points ↔ the positions of the text the view shows.

Core offsets are code points; Qt counts UTF-16 code units (an astral-plane
character such as most emoji is two).  The view also shows a very long line
as several blocks (:func:`display_breaks`): Qt lays out one block in time
quadratic in its length (a 1,000,000-character line took 46 s to open), so
each break is one more position in the view's text, never a change of the
document's offsets.  The UI converts in one place with a :class:`Utf16Map`
built once per document text (docs/contracts.md, "Offsets").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")  # a C-speed scan: 2 MB in ~10 ms instead of ~300 ms
LONG_LINE = 4_000  # code points: longer lines are shown as blocks of at most this many
_SHORT_LINE = 40  # characters: below this average line length, one regex scan finds the long lines faster


def display_breaks(text: str, limit: int = LONG_LINE) -> list[int]:
    """Code-point offsets before which the view starts a new block: in every line longer than ``limit``,
    after the last space of each stretch of ``limit`` characters (or at ``limit`` when it has none)."""
    breaks: list[int] = []
    for pos, end in _long_lines(text, limit):
        while end - pos > limit:
            cut = text.rfind(" ", pos + limit // 2, pos + limit) + 1
            cut = cut if cut > pos else pos + limit
            breaks.append(cut)
            pos = cut
    return breaks


def _long_lines(text: str, limit: int) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each line longer than ``limit``.  Lines of a few dozen characters or more on
    average (articles: paragraphs) are found line by line with ``str.find``, ~0.15 µs a line (opening a 2 MB
    article: ~1.5 ms); many short lines by one regex scan, ~5 ns a character, anchored at line starts (not
    anchored, it started again at every position of every shorter line: 2 MB of 4,000-character lines took
    0.7 s instead of 5 ms)."""
    if len(text) <= limit:
        return
    if text.count("\n") * _SHORT_LINE >= len(text):
        for match in re.finditer(f"(?m)^[^\n]{{{limit + 1},}}", text):
            yield match.span()
        return
    start, n, find = 0, len(text), text.find
    while start < n:
        end = find("\n", start)
        end = n if end < 0 else end
        if end - start > limit:
            yield start, end
        start = end + 1


def with_breaks(text: str, breaks: list[int]) -> str:
    """The text as the view shows it: a newline inserted before each break."""
    if not breaks:
        return text
    bounds = [0, *breaks, len(text)]
    return "\n".join(text[a:b] for a, b in zip(bounds, bounds[1:]))


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


class Utf16Map:
    """Converts offsets of one text and the view's positions (UTF-16, with the display breaks); O(log n) per
    lookup, O(k) memory for k astral characters and breaks (plain short-lined text needs no table at all)."""

    __slots__ = ("_astral_cp", "_breaks", "_extra", "length", "length16")

    def __init__(self, text: str, breaks: list[int] | None = None):
        # Code-point positions of astral characters; each adds one extra unit.
        # (UTF-16 encoding is a faster check than the scan when there is no astral character at all)
        plain = text.isascii() or len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text)
        self._astral_cp = [] if plain else [m.start() for m in _ASTRAL.finditer(text)]
        self._breaks = breaks or []
        self.length = len(text)
        # Where the view has gone one position further than the code points: after each astral character's
        # first unit, and after each break's newline (the start of its new block).
        extra = [self.to_utf16(cp) + 1 for cp in self._astral_cp] + [self.to_utf16(b) for b in self._breaks]
        self._extra = sorted(extra) if self._breaks and self._astral_cp else extra
        self.length16 = self.length + len(self._extra)

    def to_utf16(self, cp: int) -> int:
        """The view's position of code-point offset ``cp`` (a break's offset: the start of its new block)."""
        return cp + bisect_left(self._astral_cp, cp) + bisect_right(self._breaks, cp)

    def to_cp(self, u16: int) -> int:
        """Code-point offset of the view's position ``u16``.

        A position inside a surrogate pair (between its two units) maps to the
        start of that character, so a selection never splits a character; the
        end of a block before a break maps to the break's offset."""
        return u16 - bisect_right(self._extra, u16)
