"""BIO tag sequences and the entity spans they mark: what the tagger's output
means at run time, and what the training and scoring code reads from corpora.

Nothing here imports the training code (``crftrain.py``), so the runtime
detector never loads it.
"""

from __future__ import annotations

from collections.abc import Sequence

Sentence = tuple[list[str], list[str]]  # tokens, BIO tags with our labels


def bio_spans(tags: Sequence[str]) -> set[tuple[int, int, str]]:
    """``(first, end, label)`` entity spans of a BIO sequence (an I- without its B- starts an entity)."""
    spans: set[tuple[int, int, str]] = set()
    start: int | None = None
    label = ""
    for i, tag in enumerate([*tags, "O"]):
        if tag == "O" or tag.startswith("B-") or (start is not None and tag[2:] != label):
            if start is not None:
                spans.add((start, i, label))
            start, label = (i, tag[2:]) if tag != "O" else (None, "")
        elif start is None:
            start, label = i, tag[2:]
    return spans
