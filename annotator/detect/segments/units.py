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
