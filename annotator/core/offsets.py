"""Code points ↔ UTF-16 code units.

Core offsets are code points; Qt counts UTF-16 code units (an astral-plane
character such as most emoji is two).  The UI converts in one place with a
:class:`Utf16Map` built once per document text (docs/contracts.md, "Offsets").
"""

from __future__ import annotations

import re
from bisect import bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")  # a C-speed scan: 2 MB in ~10 ms instead of ~300 ms


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


class Utf16Map:
    """Converts offsets of one text; O(log n) per lookup, O(k) memory for k
    astral characters (plain BMP text needs no table at all)."""

    __slots__ = ("_astral_cp", "_astral_u16", "length", "length16")

    def __init__(self, text: str):
        # Code-point positions of astral characters; each adds one extra unit.
        # (UTF-16 encoding is a faster check than the scan when there is no astral character at all)
        plain = text.isascii() or len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text)
        self._astral_cp = [] if plain else [m.start() for m in _ASTRAL.finditer(text)]
        # The same positions in UTF-16 units.
        self._astral_u16 = [cp + k for k, cp in enumerate(self._astral_cp)]
        self.length = len(text)
        self.length16 = self.length + len(self._astral_cp)

    def to_utf16(self, cp: int) -> int:
        """UTF-16 position of code-point offset ``cp``."""
        return cp + bisect_right(self._astral_cp, cp - 1)

    def to_cp(self, u16: int) -> int:
        """Code-point offset of UTF-16 position ``u16``.

        A position inside a surrogate pair (between its two units) maps to the
        start of that character, so a selection never splits a character."""
        return u16 - bisect_right(self._astral_u16, u16 - 1)
