"""Which spans a bulk correction touches (Qt-free, so the window, the command line and the learning
loop choose them the same way).

- :func:`same_mentions`: the spans of one layer whose text is exactly a given mention's text — what
  "relabel every identical mention" and "delete every identical mention" change, in one document or, with
  the person's confirmation, in every document of the project.
- :func:`mention_occurrences`: every place the mention's text occurs as whole tokens, labelled or not.
- :func:`label_all`: what "label every occurrence like this one" changes in one text: the spans on an
  occurrence to relabel, and the unlabelled occurrences to label.
- :func:`suggestions_matching`: the suggestions of one label, one layer or one stretch of text (a
  paragraph), for accepting or rejecting them together.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

from annotator.core.model import Span


def mention_text(text: str, span: Span) -> str:
    return text[span.start:span.end]


def same_mentions(text: str, spans: Iterable[Span], mention: str, layer: str) -> list[Span]:
    """The spans of ``layer`` whose text is exactly ``mention`` (case and spacing included), in order."""
    return sorted((s for s in spans if s.layer == layer and s.end - s.start == len(mention)
                   and text[s.start:s.end] == mention), key=lambda s: (s.start, s.end))


def _is_boundary(text: str, pos: int) -> bool:
    return pos <= 0 or pos >= len(text) or not (text[pos - 1].isalnum() and text[pos].isalnum())


def mention_occurrences(text: str, mention: str) -> list[tuple[int, int]]:
    """Where ``mention`` occurs in ``text`` as whole tokens (not inside a longer word), as
    ``(start, end)`` code-point offsets, in order, without overlaps."""
    out: list[tuple[int, int]] = []
    if not mention.strip():
        return out
    at = text.find(mention)
    while at >= 0:
        end = at + len(mention)
        if _is_boundary(text, at) and _is_boundary(text, end):
            out.append((at, end))
            at = text.find(mention, end)
        else:
            at = text.find(mention, at + 1)
    return out


def label_all(text: str, spans: Iterable[Span], mention: str, layer: str, label: str,
              ) -> tuple[list[Span], list[tuple[int, int]]]:
    """Labelling every occurrence of ``mention`` as ``label``: the spans of ``layer`` lying exactly on an
    occurrence whose label differs or which are suggestions (to relabel and accept), and the occurrences no
    span of ``layer`` touches (to label).  An occurrence a longer or shifted span overlaps is left alone."""
    mine = sorted((s for s in spans if s.layer == layer), key=lambda s: (s.start, s.end))
    starts = [s.start for s in mine]
    change: list[Span] = []
    add: list[tuple[int, int]] = []
    for start, end in mention_occurrences(text, mention):
        # the spans of one layer never overlap, so those touching the occurrence end right before ``hi``
        hi = bisect_left(starts, end)
        lo = hi
        while lo > 0 and mine[lo - 1].end > start:
            lo -= 1
        touching = mine[lo:hi]
        if not touching:
            add.append((start, end))
        elif len(touching) == 1 and (touching[0].start, touching[0].end) == (start, end):
            if touching[0].label != label or touching[0].is_suggestion:
                change.append(touching[0])
    return change, add


def suggestions_matching(spans: Iterable[Span], *, label: str | None = None, layer: str | None = None,
                         within: tuple[int, int] | None = None) -> list[Span]:
    """The suggestions (not yet accepted) of ``label``, of ``layer`` and lying inside ``within``
    (each filter only when given), in order."""
    return sorted((s for s in spans if s.is_suggestion and (label is None or s.label == label)
                   and (layer is None or s.layer == layer)
                   and (within is None or (within[0] <= s.start and s.end <= within[1]))),
                  key=lambda s: (s.start, s.end))
