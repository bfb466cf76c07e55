"""Finding the stretches of text between quotation marks.

News text mixes every convention: straight and typographic marks, mismatched
pairs ("…” from copy-pasting), German „…“ and French «…», single marks that are
also apostrophes, quotes nested in quotes, a closing mark that was lost, and
the journalistic rule that a quote running over several paragraphs has no
closing mark at the end of a paragraph but an opening mark at the start of
the next one.  This module turns the marks of a text into :class:`Quoted`
runs; whether a run is speech is decided by the detector.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

DOUBLE = "double"
SINGLE = "single"

_DOUBLE_OPEN = "“„«"
_DOUBLE_CLOSE = "”»"
_SINGLE_OPEN = "‘‚"
_SINGLE_CLOSE = "’"
_STRAIGHT_DOUBLE = '"'
_STRAIGHT_SINGLE = "'"
DOUBLE_MARKS = _DOUBLE_OPEN + _DOUBLE_CLOSE + _STRAIGHT_DOUBLE
SINGLE_MARKS = _SINGLE_OPEN + _SINGLE_CLOSE + _STRAIGHT_SINGLE
_MARK = re.compile("[" + re.escape(DOUBLE_MARKS + SINGLE_MARKS) + "]")  # the scan visits only these

MAX_UNCLOSED = 1500  # an unclosed quote longer than this is a stray mark, not a quote


@dataclass
class Piece:
    """The text inside one pair of marks within one paragraph.

    ``open``/``close`` are the offsets of the marks themselves (``close`` is
    ``None`` when the paragraph ended first); ``start``/``end`` bound the text
    between them with surrounding whitespace trimmed."""

    open: int
    close: int | None
    start: int
    end: int


@dataclass
class Quoted:
    """One quotation: a run of pieces, several when it continues over paragraphs."""

    family: str
    pieces: list[Piece] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.pieces[0].start

    @property
    def end(self) -> int:
        return self.pieces[-1].end

    @property
    def open(self) -> int:
        return self.pieces[0].open

    @property
    def close(self) -> int | None:
        return self.pieces[-1].close

    @property
    def closed(self) -> bool:
        return self.pieces[-1].close is not None


def paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every non-blank line."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            out.append((pos, end))
        pos = end + 1
    return out


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _opening_context(prev: str, nxt: str) -> bool:
    return (not prev or prev.isspace() or prev in "([{—–-/" or prev in DOUBLE_MARKS) and bool(nxt) and not nxt.isspace()


def _closing_context(prev: str, nxt: str) -> bool:
    return bool(prev) and not prev.isspace() and (not nxt or not _is_word(nxt))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class _Scanner:
    def __init__(self, text: str):
        self.text = text

    def _double_role(self, ch: str, stack: list[tuple[str, str, int]], prev: str, nxt: str) -> str | None:
        doubles = [entry for entry in stack if entry[0] == DOUBLE]
        if ch in _DOUBLE_OPEN:
            if ch == "“" and doubles and doubles[-1][1] == "„":
                return "close"  # German „…“
            closing = _closing_context(prev, nxt) and not _opening_context(prev, nxt)
            if doubles and (closing or not nxt or nxt.isspace()):
                return "close"  # a “ used as closing mark ("…penumpang, “ kata David")
            return "open"
        if ch in _DOUBLE_CLOSE:
            if not doubles and _opening_context(prev, nxt):
                return "open"  # ”…” style
            return "close"
        # straight double mark: closes an open double unless it clearly opens a nested one
        if doubles:
            if doubles[-1][1] != _STRAIGHT_DOUBLE and _opening_context(prev, nxt) and not _closing_context(prev, nxt):
                return "open"
            return "close"
        return "open"

    def _single_role(self, ch: str, stack: list[tuple[str, str, int]], prev: str, nxt: str) -> str | None:
        if _is_word(prev) and _is_word(nxt):
            return None  # apostrophe inside a word
        singles = any(entry[0] == SINGLE for entry in stack)
        if ch in _SINGLE_OPEN or ch == _STRAIGHT_SINGLE:
            if singles and _closing_context(prev, nxt) and not _opening_context(prev, nxt):
                return "close"
            if _opening_context(prev, nxt) and _is_word(nxt) or nxt in DOUBLE_MARKS:
                return "open"
            return None
        if singles and _closing_context(prev, nxt):
            return "close"
        return None

    def scan_paragraph(self, start: int, end: int) -> tuple[list[Quoted], tuple[str, int] | None]:
        """Top-level quotations closed inside the paragraph, and the outermost
        double mark left open at its end, if any."""
        text = self.text
        stack: list[tuple[str, str, int]] = []
        found: list[Quoted] = []
        taken = -1  # the second apostrophe of a pair read as one double mark
        for mark in _MARK.finditer(text, start, end):
            i = mark.start()
            if i == taken:
                continue
            ch = text[i]
            skip = False
            if ch == _STRAIGHT_SINGLE and i + 1 < end and text[i + 1] == _STRAIGHT_SINGLE:
                ch, skip, taken = _STRAIGHT_DOUBLE, True, i + 1  # ''…'' (two apostrophes, as the New York Times writes)
            family = DOUBLE if ch in DOUBLE_MARKS else SINGLE
            prev = text[i - 1] if i > start else ""
            nxt = text[i + 1 + skip] if i + 1 + skip < end else ""
            role = (self._double_role if family == DOUBLE else self._single_role)(ch, stack, prev, nxt)
            if role == "open":
                stack.append((family, ch, i))
            elif role == "close":
                j = next((k for k in range(len(stack) - 1, -1, -1) if stack[k][0] == family), None)
                if j is None:
                    continue
                opened = stack[j][2]
                outer = stack[:j]
                del stack[j:]
                # singles below a double were apostrophes or unclosed scare marks; they don't nest it
                if family == DOUBLE and not any(e[0] == DOUBLE for e in outer) or family == SINGLE and not outer:
                    s, e = _trim(text, opened + 1 + (text[opened : opened + 2] == "''"), i)
                    if e > s:
                        found.append(Quoted(family, [Piece(opened, i, s, e)]))
        left = next((e for e in stack if e[0] == DOUBLE), None)
        return found, (left[0], left[2]) if left else None

    def scan(self) -> list[Quoted]:
        text = self.text
        paras = paragraphs(text)
        quotes: list[Quoted] = []
        running: Quoted | None = None  # a quotation continuing from the previous paragraph
        for start, end in paras:
            first = start + (len(text[start:end]) - len(text[start:end].lstrip()))
            if running is not None and text[first] not in DOUBLE_MARKS and text[first : first + 2] != "''":
                quotes.append(running)  # the mark was never closed: the quotation ends with its paragraph
                running = None
            found, left = self.scan_paragraph(start, end)
            if running is not None and found and found[0].open == first:
                # the continuation closes in this paragraph
                running.pieces += found[0].pieces
                quotes.append(running)
                found = found[1:]
                running = None
            elif running is not None and left is not None and left[1] == first and not found:
                # the continuation goes on into the next paragraph too
                s, e = _trim(text, first + 1 + (text[first : first + 2] == "''"), end)
                running.pieces.append(Piece(first, None, s, e))
                continue
            elif running is not None:
                quotes.append(running)
                running = None
            quotes += found
            if left is not None:
                s, e = _trim(text, left[1] + 1 + (text[left[1] : left[1] + 2] == "''"), end)
                if e > s and e - s <= MAX_UNCLOSED:
                    running = Quoted(DOUBLE, [Piece(left[1], None, s, e)])
        if running is not None:
            quotes.append(running)
        quotes.sort(key=lambda q: q.start)
        return quotes


def find_quoted(text: str) -> list[Quoted]:
    """Every top-level quotation in ``text``, in order."""
    return _Scanner(text).scan()
