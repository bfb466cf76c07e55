"""Reviewing without the window: accept or reject suggestions, set documents' status, list and remove
documents, and change labels, with the same store calls as the window's edits (the store applies the rules:
a suggestion becomes the current annotator's, marking a document done accepts what it shows)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Literal

from annotator.core.labels import LabelDef, LabelScheme
from annotator.core.model import DocStatus, SpanStatus
from annotator.store import UNSURE, DocFilter, DocSummary, ProjectStore, StoreError
from annotator.tasks.base import Cancel, Progress, check, never, no_progress


@dataclass
class ReviewResult:
    """What a review task changed: documents touched, spans (or documents) changed, and ids not found."""

    documents: int = 0
    changed: int = 0
    missing: list[str] = field(default_factory=list)


def chosen(store: ProjectStore, ids: Sequence[str] | None, result: ReviewResult,
           status: DocStatus | None = None) -> Iterator[int]:
    """The pks of the documents named by ``ids`` (None: every document of ``status``, or all); an id the
    project lacks goes to ``result.missing``."""
    if ids is not None:
        for doc_id in ids:
            pk = store.pk_of(doc_id)
            if pk is None:
                result.missing.append(doc_id)
            else:
                yield pk
        return
    flt = DocFilter(status=status)
    total = store.count(flt)
    for offset in range(0, total, 1000):
        for summary in store.list_documents(flt, offset=offset, limit=1000):
            yield summary.pk


def review(store: ProjectStore, *, accept: bool, layers: Sequence[str] | None = None,
           labels: Sequence[str] | None = None, min_score: float | None = None,
           documents: Sequence[str] | None = None, progress: Progress = no_progress,
           cancel: Cancel = never) -> ReviewResult:
    """Accept (or, with ``accept=False``, reject: remove) the suggestions of the chosen layers and labels
    whose score is at least ``min_score`` (a suggestion without a score passes only without ``min_score``),
    on the documents named (default: all)."""
    scheme = store.scheme
    for label in labels or ():
        if not scheme.has_label(label):
            raise StoreError(f"the project has no label {label!r} (its labels: {', '.join(scheme.labels())})")
    result = ReviewResult()
    pks = list(chosen(store, documents, result))
    for n, pk in enumerate(pks, 1):
        check(cancel)
        doc = store.get_document(pk)
        ids = [s.id for s in doc.spans if s.status == SpanStatus.SUGGESTED
               and (layers is None or s.layer in layers) and (labels is None or s.label in labels)
               and (min_score is None or (s.score is not None and s.score >= min_score))]
        if ids:
            result.documents += 1
            result.changed += len(ids)
            if accept:
                store.accept_suggestions(pk, ids)
            else:
                for span_id in ids:
                    store.remove_span(pk, span_id)
        progress(n, len(pks))
    return result


def set_status(store: ProjectStore, status: DocStatus, documents: Sequence[str] | None = None,
               progress: Progress = no_progress, cancel: Cancel = never) -> ReviewResult:
    """Set the documents' status; ``done`` accepts every suggestion the document shows, as in the window."""
    result = ReviewResult()
    pks = list(chosen(store, documents, result))
    for n, pk in enumerate(pks, 1):
        check(cancel)
        if status == DocStatus.DONE:
            old, ids = store.accept_document(pk)
            result.changed += len(ids)
        else:
            old = store.set_status(pk, status)
        result.documents += old != status
        progress(n, len(pks))
    return result


def list_documents(store: ProjectStore, status: DocStatus | None = None,
                   order: Literal["project", "uncertainty"] = "project") -> Iterator[DocSummary]:
    """Every document of ``status`` (None: all), in the project's order or the review queue's."""
    flt = DocFilter(status=status, order=order)
    total = store.count(flt)
    for offset in range(0, total, 1000):
        yield from store.list_documents(flt, offset=offset, limit=1000)


@dataclass
class Uncertain:
    summary: DocSummary
    uncertainty: float | None  # 1 - the lowest score of its suggestions (None: no scored suggestion)
    unsure: int  # suggestions scored below UNSURE


def review_queue(store: ProjectStore, status: DocStatus | None = DocStatus.TODO) -> list[Uncertain]:
    """The documents of ``status`` (None: all), the ones the model is least sure about first: by the lowest
    score of their entity suggestions (the CRF's probability of the label it chose), then by how many
    of them score below :data:`UNSURE`; documents without scored suggestions last, in project order (the
    store's ``"uncertainty"`` order, which the corpus panel sorts by too)."""
    scores = store.uncertainty("entities", status, UNSURE)
    out = []
    for summary in list_documents(store, status, "uncertainty"):
        low, n = scores.get(summary.pk, (None, 0))
        out.append(Uncertain(summary, None if low is None else round(1 - low, 4), n))
    return out


def remove(store: ProjectStore, documents: Sequence[str]) -> ReviewResult:
    """Drop the named documents with everything on them."""
    result = ReviewResult()
    pks = list(chosen(store, documents, result))
    result.changed = result.documents = store.remove_documents(pks)
    return result


def add_label(store: ProjectStore, layer: str, name: str, color: str | None = None) -> LabelScheme:
    """A new label in ``layer``."""
    scheme = store.scheme
    if scheme.has_label(name):
        raise StoreError(f"the project already has a label {name!r} (in {scheme.layer_of(name)})")
    if layer not in scheme.layer_names():
        raise StoreError(f"the project has no layer {layer!r} (it has {', '.join(scheme.layer_names())})")
    data = scheme.model_dump()
    for entry in data["layers"]:
        if entry["name"] == layer:
            entry["labels"].append(LabelDef(name=name, **({"color": color} if color else {})).model_dump())
    new = LabelScheme.model_validate(data)
    store.set_scheme(new)
    return new


def recolour_label(store: ProjectStore, name: str, color: str) -> LabelScheme:
    scheme = store.scheme
    if not scheme.has_label(name):
        raise StoreError(f"the project has no label {name!r} (its labels: {', '.join(scheme.labels())})")
    data = scheme.model_dump()
    for entry in data["layers"]:
        for label in entry["labels"]:
            if label["name"] == name:
                label["color"] = color
    new = LabelScheme.model_validate(data)
    store.set_scheme(new)
    return new
