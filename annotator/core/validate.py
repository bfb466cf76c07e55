"""Checks a document's annotations against its text and a label scheme.

Importers call :func:`problems` before anything reaches a project; the store
calls :func:`check_span` on every edit.  Messages are meant for users.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from annotator.core.labels import LabelScheme, UnknownLabel
from annotator.core.model import Document, Relation, Span


class InvalidAnnotation(ValueError):
    pass


# Bounds on imported strings: far beyond any real value, and short enough that the window can show them.
MAX_NAME = 200  # a label, a source, a span id
MAX_VALUE = 2_000  # a document id, a title, a quote's speaker, a relation id
MAX_PATH = 4_096  # meta.source, meta.record_source
MAX_DEPTH = 32  # nesting of meta and span attributes (the project stores them as JSON, which allows 254)
_META_TEXT = {"source": MAX_PATH, "record_source": MAX_PATH, "title": MAX_VALUE, "lang": 35}


def _depth_over(value: object, limit: int, longest: int | None = None) -> bool:
    """Nesting deeper than ``limit``, or (with ``longest``) a string anywhere inside longer than that."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            if longest is not None and any(len(key) > longest for key in item if isinstance(key, str)):
                return True
            item = list(item.values())
        if isinstance(item, list):
            if depth > limit:
                return True
            for child in item:
                if isinstance(child, dict | list):
                    stack.append((child, depth + 1))
                elif longest is not None and isinstance(child, str) and len(child) > longest:
                    return True
    return False


def _too_long(what: str, value: object, limit: int) -> str | None:
    if isinstance(value, str) and len(value) > limit:
        return f"{what} is {len(value):,} characters long, over the limit of {limit:,}"
    return None


def meta_problem(meta: dict[str, Any]) -> str | None:
    """The first field of a document's ``meta`` the project cannot store or the window cannot show."""
    for key, limit in _META_TEXT.items():
        value = meta.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            return f"meta.{key} must be a string, not {type(value).__name__}"
        if len(value) > limit:
            return _too_long(f"meta.{key}", value, limit)
    for value in meta.values():  # flat meta (most corpora's) is not walked
        if isinstance(value, dict | list):
            if _depth_over(meta, MAX_DEPTH):
                return f"meta is nested deeper than {MAX_DEPTH} levels"
            break
    return None


def id_problem(doc_id: str) -> str | None:
    """What is wrong with a document id, if anything (its length)."""
    return _too_long("the document id", doc_id, MAX_VALUE)


def field_problem(doc: Document) -> str | None:
    """The first field of ``doc`` the project cannot store or the window cannot show: a meta field of the
    wrong type, a string over its bound, nesting deeper than :data:`MAX_DEPTH`."""
    msg = meta_problem(doc.meta) or id_problem(doc.id)
    if msg:
        return msg
    for span in doc.spans:
        for what, value in (("label", span.label), ("source", span.source), ("id", span.id)):
            msg = _too_long(f"a span's {what}", value, MAX_NAME)
            if msg:
                return msg
        for key, value in span.attrs.items():
            msg = _too_long(f"a span's {key}", value, MAX_VALUE) or _too_long("a span attribute's name", key, MAX_NAME)
            if msg:
                return msg
        if span.attrs and _depth_over(span.attrs, MAX_DEPTH, MAX_VALUE):
            return (f"a span's attributes are nested deeper than {MAX_DEPTH} levels or hold a string over "
                    f"{MAX_VALUE:,} characters")
    for rel in doc.relations:
        msg = (_too_long("a relation's label", rel.label, MAX_NAME) or _too_long("a relation's source", rel.source,
                                                                                  MAX_NAME)
               or _too_long("a relation's id", rel.id, MAX_VALUE))
        if msg:
            return msg
    return None


def _describe(span: Span) -> str:
    return f"span {span.label} [{span.start}, {span.end})"


def span_problem(text_len: int, span: Span, scheme: LabelScheme | None) -> str | None:
    if span.start < 0 or span.end > text_len:
        return f"{_describe(span)} lies outside the text (length {text_len})"
    if span.end <= span.start:
        return f"{_describe(span)} is empty"
    if scheme is not None:
        try:
            layer = scheme.layer_of(span.label)
        except UnknownLabel as exc:
            return str(exc)
        if layer != span.layer:
            return f"{_describe(span)} is in layer {span.layer!r} but the label belongs to {layer!r}"
    return None


def overlap_problem(spans: Iterable[Span]) -> str | None:
    """The first overlap between two spans of the same layer, if any."""
    last: dict[str, Span] = {}
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        prev = last.get(span.layer)
        if prev is not None and prev.end > span.start:
            return f"{_describe(prev)} and {_describe(span)} overlap in layer {span.layer!r}"
        if prev is None or span.end > prev.end:
            last[span.layer] = span
    return None


def relation_problem(rel: Relation, span_ids: set[str]) -> str | None:
    for end in (rel.head, rel.child):
        if end not in span_ids:
            return f"relation {rel.label} points at a span that does not exist ({end})"
    return None


def problems(doc: Document, scheme: LabelScheme | None) -> list[str]:
    found: list[str] = []
    ids: set[str] = set()
    for span in doc.spans:
        msg = span_problem(len(doc.text), span, scheme)
        if msg:
            found.append(msg)
        if span.id in ids:
            found.append(f"span id {span.id!r} is used twice")
        ids.add(span.id)
    msg = overlap_problem(doc.spans)
    if msg:
        found.append(msg)
    for rel in doc.relations:
        msg = relation_problem(rel, ids)
        if msg:
            found.append(msg)
    return found


def check_span(doc_text_len: int, span: Span, others: Iterable[Span], scheme: LabelScheme | None) -> None:
    """Raise :class:`InvalidAnnotation` if ``span`` cannot join ``others``."""
    msg = span_problem(doc_text_len, span, scheme)
    if msg:
        raise InvalidAnnotation(msg)
    for other in others:
        if other.id != span.id and other.layer == span.layer and other.overlaps(span):
            raise InvalidAnnotation(f"{_describe(span)} overlaps {_describe(other)} in layer {span.layer!r}")
