"""Candidate fragments → the layer's spans.

Rules propose fragments independently; this module makes them a valid layer:
every span starts and ends on a token boundary of the one tokenizer, no two
spans overlap, and runs of boilerplate separated only by whitespace become one
span (a navigation menu is one suggestion, not fifty).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from annotator.core.labels import BOILERPLATE
from annotator.core.tokenize import tokenize

MERGED_LABELS = frozenset({BOILERPLATE})


@dataclass
class Cand:
    start: int
    end: int
    label: str
    score: float
    rule: str


def _chunk(text: str, pos: int) -> tuple[int, int]:
    """The whitespace-free run of ``text`` around ``pos``.  Tokens never cross
    whitespace, so tokenizing the run gives the document's own tokens there;
    they cover the run from its first character to its last (every character
    the tokenizer's ``\\s`` matches is one ``str.isspace`` accepts)."""
    a = pos
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    b = pos
    while b < len(text) and not text[b].isspace():
        b += 1
    return a, b


def _snap_start(text: str, s: int) -> int:
    n = len(text)
    while s < n and text[s].isspace():
        s += 1
    if s >= n:
        return n
    if s == 0 or text[s - 1].isspace():  # a run's first token starts where the run does (most candidates)
        return s
    a, b = _chunk(text, s)
    for t in tokenize(text[a:b]):
        ts, te = a + t.start, a + t.end
        if ts <= s < te:
            if s == ts or s - ts <= te - s:
                return ts
            return _snap_start(text, te)
        if ts > s:
            return ts
    return _snap_start(text, b)


def _snap_end(text: str, e: int) -> int:
    while e > 0 and text[e - 1].isspace():
        e -= 1
    if e <= 0:
        return 0
    if e == len(text) or text[e].isspace():  # a run's last token ends where the run does
        return e
    a, b = _chunk(text, e - 1)
    prev_end = a
    for t in tokenize(text[a:b]):
        ts, te = a + t.start, a + t.end
        if ts < e <= te:
            if e == te or e - ts >= te - e:
                return te
            return ts if ts > a else _snap_end(text, a)
        if ts >= e:
            break
        prev_end = te
    return prev_end if prev_end > a else _snap_end(text, a)


def snap(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``[start, end)`` moved to the nearest token boundaries (a token cut in
    two goes to the side that holds most of it); None if nothing is left."""
    s, e = _snap_start(text, max(0, start)), _snap_end(text, min(len(text), end))
    return (s, e) if s < e else None


def _has_word(text: str, start: int, end: int) -> bool:
    return any(ch.isalnum() for ch in text[start:end])


class _Taken:
    """Disjoint spans sorted by start, with overlap lookups by binary search."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.items: list[Cand] = []

    def overlapping(self, start: int, end: int) -> list[Cand]:
        i = max(0, bisect_right(self.starts, start) - 1)
        out = []
        while i < len(self.items) and self.items[i].start < end:
            if self.items[i].end > start:
                out.append(self.items[i])
            i += 1
        return out

    def remove(self, c: Cand) -> None:
        i = bisect_left(self.starts, c.start)
        while self.items[i] is not c:
            i += 1
        del self.starts[i], self.items[i]

    def add(self, c: Cand) -> None:
        i = bisect_right(self.starts, c.start)
        self.starts.insert(i, c.start)
        self.items.insert(i, c)


def _subtract(start: int, end: int, others: list[Cand]) -> list[tuple[int, int]]:
    pieces = [(start, end)]
    for o in others:
        nxt = []
        for s, e in pieces:
            if o.end <= s or e <= o.start:
                nxt.append((s, e))
                continue
            if s < o.start:
                nxt.append((s, o.start))
            if o.end < e:
                nxt.append((o.end, e))
        pieces = nxt
    return pieces


def resolve(text: str, cands: list[Cand]) -> list[Cand]:
    """Non-overlapping, token-aligned spans; stronger candidates win, and a
    weaker one keeps the parts nobody else claimed."""
    snapped: list[Cand] = []
    for c in cands:
        bounds = snap(text, c.start, c.end)
        if bounds is not None:
            snapped.append(Cand(bounds[0], bounds[1], c.label, c.score, c.rule))
    snapped.sort(key=lambda c: (-c.score, c.start - c.end, c.start))
    taken = _Taken()
    for c in snapped:
        others = [o for o in taken.overlapping(c.start, c.end) if o.label != c.label]
        pieces = _subtract(c.start, c.end, others) if others else [(c.start, c.end)]
        for s, e in pieces:
            if others:
                bounds = snap(text, s, e)
                if bounds is None or not _has_word(text, *bounds):
                    continue
                s, e = bounds
            same = taken.overlapping(s, e)
            for o in same:
                taken.remove(o)
                s, e = min(s, o.start), max(e, o.end)
            taken.add(Cand(s, e, c.label, max([c.score, *(o.score for o in same)]), c.rule))
    out: list[Cand] = []
    for c in taken.items:
        prev = out[-1] if out else None
        if (prev is not None and prev.label == c.label and c.label in MERGED_LABELS
                and not text[prev.end:c.start].strip()):
            prev.end = c.end
            prev.score = min(prev.score, c.score)
            continue
        out.append(c)
    return out
