"""The rules of annotation edits, without Qt: what a label key does, which
spans a quote can be linked to and what linking changes, how a structure
role toggles on a line, what the speaker field writes.

The window's edit controller (``ui/controllers/editing.py``) asks these
functions what to do and turns the answer into undo commands; the command
line and tests can ask the same questions.  Offsets are code points.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from annotator.core.labels import ENTITIES, QUOTE, REL_SPEAKER, SEGMENTS, LabelScheme
from annotator.core.model import SOURCE_USER, Relation, Span, SpanStatus
from annotator.core.spanindex import SpanIndex


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without whitespace at either end (empty if it held only whitespace)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def user_span(start: int, end: int, label: str, scheme: LabelScheme) -> Span:
    """A span a person made: accepted, source ``user``, in its label's layer."""
    return Span(start=start, end=end, label=label, layer=scheme.layer_of(label), source=SOURCE_USER,
                status=SpanStatus.ACCEPTED)


# -- what a label key does ------------------------------------------------------------------------
class LabelAction(Enum):
    LABEL_SELECTION = "label the selected text"
    TOGGLE_LINE = "mark or unmark the caret's line with a structure role"
    RELABEL = "relabel the selected span"
    LABEL_WORD = "label the word at the caret"


def label_key_action(scheme: LabelScheme, label: str, has_selection: bool, current: Span | None) -> LabelAction:
    """A selection is labelled; a structure role with no structure span selected toggles the line;
    a selected span is relabelled; otherwise the word at the caret is labelled."""
    if has_selection:
        return LabelAction.LABEL_SELECTION
    if scheme.layer_of(label) == SEGMENTS and (current is None or current.layer != SEGMENTS):
        return LabelAction.TOGGLE_LINE
    if current is not None:
        return LabelAction.RELABEL
    return LabelAction.LABEL_WORD


def relabel_changes(span: Span, label: str) -> bool:
    """Whether pressing ``label`` on ``span`` changes anything: a new label, or accepting a suggestion."""
    return span.label != label or span.is_suggestion


# -- structure roles on a line --------------------------------------------------------------------
@dataclass(frozen=True)
class LineToggle:
    """What toggling a role on a line does: the marks it removes and the one it adds (None: unmark)."""

    remove: tuple[Span, ...]
    add: Span | None
    keep: tuple[Span, ...] = ()  # unmarking one line of a longer block: the block's other lines, as they were


def _outside(text: str, block: Span, start: int, end: int) -> list[Span]:
    """The parts of ``block`` before and after the line ``[start, end)``, trimmed, with the block's label,
    source and status."""
    parts = []
    for a, b in ((block.start, start), (end, block.end)):
        a, b = trim(text, a, b)
        if a < b:
            parts.append(Span(start=a, end=b, label=block.label, layer=block.layer, source=block.source,
                              status=block.status, score=block.score, attrs=block.attrs))
    return parts


def toggle_line(text: str, start: int, end: int, label: str, marked: Sequence[Span]) -> LineToggle | None:
    """Toggle ``label`` on the line ``[start, end)`` whose ``segments`` spans are ``marked``: a line
    marked only with ``label`` is unmarked (that line only: a block over several lines keeps its other
    lines), any other line is (re)marked with it.  None for an empty line."""
    start, end = trim(text, start, end)
    if start >= end:
        return None
    if marked and all(s.label == label for s in marked):
        return LineToggle(tuple(marked), None, tuple(p for block in marked for p in _outside(text, block, start, end)))
    return LineToggle(tuple(marked), Span(start=start, end=end, label=label, layer=SEGMENTS, source=SOURCE_USER))


# -- quotes and their links -----------------------------------------------------------------------
def is_quote(span: Span | None) -> bool:
    return span is not None and span.label == QUOTE


def quote_at(index: SpanIndex, current: Span | None, pos: int) -> Span | None:
    """The quote an action on quotes applies to: the selected span if it is one, else one at ``pos``."""
    if current is not None and is_quote(current):
        return current
    return next((s for s in index.at(pos) if is_quote(s)), None)


def link_targets(scheme: LabelScheme, head: Span) -> dict[str, str]:
    """Label of a span ``head`` can be linked to → the relation's name (the scheme's first relation wins)."""
    out: dict[str, str] = {}
    for rel in scheme.relations:
        if head.label in rel.head:
            for child in rel.child:
                out.setdefault(child, rel.name)
    return out


def first_link_candidate(index: SpanIndex, scheme: LabelScheme, quote: Span) -> Span | None:
    """The span linking starts on: the first linkable span after the quote, else the last one before it."""
    labels = link_targets(scheme, quote)
    return (index.step(quote, quote.end, 1, lambda s: s.label in labels and s.start >= quote.end)
            or index.step(quote, quote.start, -1, lambda s: s.label in labels))


def next_link_candidate(index: SpanIndex, scheme: LabelScheme, quote: Span, here: Span,
                        direction: int) -> Span | None:
    """The next (``direction`` 1) or previous (-1) span after ``here`` the quote can be linked to."""
    labels = link_targets(scheme, quote)
    return index.step(here, here.start, direction, lambda s: s.label in labels)


class LinkRefused(ValueError):
    """The two spans cannot be linked; the message is for the user."""


@dataclass(frozen=True)
class Link:
    """What linking a quote to a span changes: the quote's earlier relations of the same name go, the new
    one comes, and for a speaker that is an entity the quote's ``speaker`` attribute takes its text."""

    relation: Relation
    replaces: tuple[Relation, ...]
    attrs: dict[str, Any] | None


def plan_link(scheme: LabelScheme, text: str, quote: Span, child: Span,
              relations_of: Callable[[str, str], Iterable[Relation]]) -> Link | None:
    """How to link ``quote`` to ``child``; None when they are linked already.  ``relations_of(head_id, name)``
    gives the document's relations of that name from a span.  Raises :class:`LinkRefused`."""
    name = link_targets(scheme, quote).get(child.label)
    if name is None:
        raise LinkRefused(f"A {quote.label} cannot be linked to a {child.label}")
    earlier = tuple(relations_of(quote.id, name))
    if any(r.child == child.id for r in earlier):
        return None
    attrs = None
    if name == REL_SPEAKER and child.layer == ENTITIES:
        attrs = {**quote.attrs, "speaker": text[child.start:child.end]}
    return Link(Relation(label=name, head=quote.id, child=child.id, source=SOURCE_USER), earlier, attrs)


def quote_attrs(attrs: Mapping[str, Any], speaker: str | None = None, direct: bool | None = None) -> dict[str, Any]:
    """A quote's attributes after the speaker field or the direct/indirect switch: an empty speaker
    removes the name; direct is the default, so only ``direct: False`` is stored."""
    out = dict(attrs)
    if speaker is not None:
        if speaker.strip():
            out["speaker"] = speaker.strip()
        else:
            out.pop("speaker", None)
    if direct is not None:
        if direct:
            out.pop("direct", None)
        else:
            out["direct"] = False
    return out
