"""Units: the lines (or HTML blocks) the structure rules label.

Plain text is cut at newlines.  Scrapers that store a whole article on one
line often keep paragraph breaks as runs of two or more spaces, so a line that
holds (nearly) the whole article is cut there too.  An HTML document's units are its blocks (one line each).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from annotator.core.model import BlockHint

WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")
_GAP = regex.compile(r" {2,}|\t+")
_LONG_LINE = 400
END_PUNCT = frozenset('.!?"”’\'»)')


@dataclass
class Unit:
    start: int  # offsets of the stripped text in the document
    end: int
    text: str
    words: int
    block: BlockHint | None = None
    label: str | None = None
    score: float = 0.0
    rule: str = ""
    piece: bool = False  # a paragraph cut from a longer line at a gap of spaces

    @property
    def tag(self) -> str:
        """The HTML tag of the unit's block ("" for plain text)."""
        return self.block.tag if self.block is not None else ""

    def set(self, label: str, score: float, rule: str) -> None:
        self.label, self.score, self.rule = label, score, rule

    @property
    def ends_sentence(self) -> bool:
        return bool(self.text) and self.text[-1] in END_PUNCT

    @property
    def is_prose(self) -> bool:
        """Looks like a paragraph of running text."""
        return self.words >= 25 or (self.words >= 10 and self.ends_sentence)


def _unit(text: str, start: int, end: int, block: BlockHint | None = None, piece: bool = False) -> Unit | None:
    raw = text[start:end]
    stripped = raw.strip()
    if not stripped:
        return None
    s = start + (len(raw) - len(raw.lstrip()))
    return Unit(s, s + len(stripped), stripped, len(WORD.findall(stripped)), block, piece=piece)


def split_units(text: str, blocks: list[BlockHint] | None = None) -> list[Unit]:
    units: list[Unit] = []
    if blocks:
        for b in blocks:
            if 0 <= b.start < b.end <= len(text):
                u = _unit(text, b.start, b.end, b)
                if u is not None:
                    units.append(u)
        return units
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if len(line) > _LONG_LINE and len(line) >= 0.8 * len(text) and _GAP.search(line):
            piece_start = pos
            for gap in _GAP.finditer(line):
                u = _unit(text, piece_start, pos + gap.start(), piece=True)
                if u is not None:
                    units.append(u)
                piece_start = pos + gap.end()
            u = _unit(text, piece_start, end, piece=True)
        else:
            u = _unit(text, pos, end)
        if u is not None:
            units.append(u)
        pos = end + 1
    return units


# Where a line that lost its paragraph breaks may hold the next sentence or paragraph: after sentence punctuation
# (with or without a space) before a capital or a quotation mark, before a quotation mark opening speech, and
# where a scraper glued two texts with no space: "LebaranMenurut", "RepublikaREPUBLIKA", "Internet(ANTARA",
# "A)PLATFORM", "10:30IKM", 'Superbrands"Terima', 'ADVERTISEMENT"Lombanya' (four letters on each side of a case
# change, so that "WhatsApp" or "YouTube" are no cut).
_PIECE_CUT = regex.compile(
    r"(?<=[.!?…][\"”’)]?)\s*(?=[\"“(]?\p{Lu})"
    r"|(?<=\p{L}{3}\p{Ll})(?=\p{Lu}\p{Ll}{3})|(?<=\p{Ll}{3})(?=\p{Lu}{2})"
    r"|(?<=\p{Ll})(?=\(\p{Lu})|(?<=\))(?=\p{Lu})|(?<=\d)(?=\p{Lu}\p{L}{2})|(?<=\p{Ll})\s*(?=[\"“]\p{Lu})"
    r"|(?<=\p{Lu}{3})(?=[\"“]\p{Lu}\p{Ll})")


def piece_end(text: str, start: int, end: int) -> int:
    """Where the piece that begins at ``start`` (past any whitespace) ends, as :func:`pieces` cuts: the first cut
    after its first character, or ``end``."""
    while start < end and text[start].isspace():
        start += 1
    for m in _PIECE_CUT.finditer(text, start, end):
        if m.start() > start:
            return m.start()
    return end


def pieces(text: str, u: Unit) -> list[Unit]:
    """The sentence-like pieces of a unit: its sentences, and the texts a scraper glued together."""
    out: list[Unit] = []
    pos = u.start
    for m in _PIECE_CUT.finditer(text, u.start, u.end):
        if m.start() > pos:
            p = _unit(text, pos, m.start())
            if p is not None:
                out.append(p)
            pos = m.end()
    p = _unit(text, pos, u.end)
    if p is not None:
        out.append(p)
    return out
