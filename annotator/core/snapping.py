"""Token snapping and edge steps near one place of a (possibly huge) text.

Tokenizing a whole 2 MB article costs about a second, so the window never
does it: it runs the one tokenizer (``core.tokenize``) over the few hundred
characters around the place in question.  The window is cut at whitespace,
which no token contains, so the tokens found are exactly those the full
tokenization would give there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from annotator.core.tokenize import Token

# core.tokenize is imported on the first labelling key, not at start-up (its regex module costs ~10 ms).

_MARGIN = 200


def _cut_left(text: str, pos: int) -> int:
    pos = max(0, pos)
    while pos > 0 and not text[pos - 1].isspace():
        pos -= 1
    return pos


def _cut_right(text: str, pos: int) -> int:
    pos = min(len(text), pos)
    while pos < len(text) and not text[pos].isspace():
        pos += 1
    return pos


def tokens_near(text: str, start: int, end: int, margin: int = _MARGIN) -> list[Token]:
    """Tokens of ``text`` touching ``[start - margin, end + margin)``, with
    offsets into the whole text (ids are local and meaningless)."""
    from annotator.core.tokenize import tokenize

    lo, hi = _cut_left(text, start - margin), _cut_right(text, end + margin)
    return [t._replace(start=t.start + lo, end=t.end + lo) for t in tokenize(text[lo:hi])]


def snap(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` widened to whole tokens, surrounding space trimmed."""
    from annotator.core.tokenize import TokenIndex

    return TokenIndex(tokens_near(text, start, end, margin=0)).snap(start, end)


def token_span_at(text: str, pos: int) -> tuple[int, int] | None:
    """The token containing the character at ``pos`` (or just before it)."""
    for probe in (pos, pos - 1):
        if 0 <= probe < len(text) and not text[probe].isspace():
            tokens = tokens_near(text, probe, probe + 1, margin=0)
            for tok in tokens:
                if tok.start <= probe < tok.end:
                    return tok.start, tok.end
    return None


def step_edge(text: str, pos: int, direction: int, edge: str) -> int | None:
    """Where a span's ``edge`` ("start" or "end") at ``pos`` goes one token
    to the left (``direction`` -1) or right (+1); None when there is no token."""
    tokens = tokens_near(text, pos, pos)
    if edge == "start":
        stops = [t.start for t in tokens]
    else:
        stops = [t.end for t in tokens]
    if direction < 0:
        before = [s for s in stops if s < pos]
        return before[-1] if before else None
    after = [s for s in stops if s > pos]
    return after[0] if after else None
