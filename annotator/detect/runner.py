"""Run the pipeline over many documents, on all cores.

Documents go to worker processes in small chunks; results come back in input
order.  Each worker builds its pipeline (and loads its models) once.  Input is
read in batches of ``evidence_batch`` documents, and the lines repeated across
the documents of one source in a batch are counted first (corpus evidence for
the segments detector), so the input is read only once.

Workers die with the process that started them (:func:`annotator.io.workers.die_with_parent`): a
killed ``annotator detect`` or ``import --detect`` left its workers running,
re-parented to init, for ever.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from itertools import islice
from typing import Any

import orjson

from annotator.core.labels import LAYERS, SEGMENTS
from annotator.core.merge import apply_suggestions
from annotator.core.model import Document
from annotator.core.tokenize import held_bounds
from annotator.detect.pipeline import Pipeline, PipelineResult
from annotator.detect.segments import corpus_evidence
from annotator.io.formats import native
from annotator.io.workers import die_with_parent

_worker_pipeline: Pipeline | None = None
# Reading and detecting make a million short-lived objects per hundred pages (tokens, words, matches, hints): at
# the collector's default first threshold (700) its collections took 5 % of the CPU of annotator detect, 1 % at this
_GC_YOUNG = 5000


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """The collector's first threshold raised to ``_GC_YOUNG`` meanwhile (the process's own afterwards)."""
    old = gc.get_threshold()
    gc.set_threshold(max(old[0], _GC_YOUNG), *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


def _init(layers: tuple[str, ...], lang: str, models: Mapping[str, Any] | None = None) -> None:
    global _worker_pipeline
    die_with_parent()
    _worker_pipeline = Pipeline(layers=layers, lang=lang, models=models)


def _init_worker(layers: tuple[str, ...], lang: str, models: Mapping[str, Any] | None = None) -> None:
    old = gc.get_threshold()  # a worker process only detects: for its whole life
    gc.set_threshold(max(old[0], _GC_YOUNG), *old[1:])
    _init(layers, lang, models)


def native_line(doc: Document, found: PipelineResult) -> bytes:
    """The native JSONL line of ``doc`` with ``found`` in place of its earlier suggestions."""
    merged = apply_suggestions(doc, found.sources, found.spans, found.relations)
    if found.meta:
        merged.meta = {**merged.meta, **found.meta}
    return orjson.dumps(native.to_record(merged)) + b"\n"


def _run_chunk(docs: list[Document], project: dict | None = None, render: bool = False) -> list:
    pipeline = _worker_pipeline
    assert pipeline is not None
    if render:  # the worker, not the reading process, builds the records: each right after its detection, while
        # the tokenizer still holds the document's tokens (it keeps the last two texts' only)
        return [native_line(doc, pipeline.run(doc, project)) for doc in docs]
    return [_kept_bounds(doc, pipeline.run(doc, project)) for doc in docs]


def _kept_bounds(doc: Document, found: PipelineResult) -> PipelineResult:
    """``found`` with the packed bounds of the tokens the detectors made of ``doc``'s text, taken right after its
    detection from the tokenizer, which holds them (a long text's only): a project keeps them for its exports
    (docs/contracts.md, "Tokens"); nothing is tokenized here."""
    found.tokens = held_bounds(doc.text)
    return found


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def _with_evidence(docs: Iterable[Document], layers: tuple[str, ...], size: int) -> Iterator[tuple[list, dict]]:
    for batch in _chunks(docs, size):
        yield batch, (corpus_evidence(batch) if SEGMENTS in layers else {})


def _drive(docs: Iterable[Document], layers: tuple[str, ...], lang: str, jobs: int | None, chunk: int,
           evidence_batch: int, render: bool, models: Mapping[str, Any] | None = None
           ) -> Iterator[tuple[Document, Any]]:
    jobs = jobs or default_jobs()
    batches = _with_evidence(docs, layers, evidence_batch)
    if jobs <= 1:
        _init(layers, lang, models)
        with _fewer_collections():
            for batch, project in batches:
                yield from zip(batch, _run_chunk(batch, project, render))
        return
    with _fewer_collections(), ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker,
                                                   initargs=(layers, lang, models)) as pool:
        pending: list[tuple[list[Document], Future[list[Any]]]] = []
        for docs_read, project in batches:
            for batch in _chunks(docs_read, chunk):
                pending.append((batch, pool.submit(_run_chunk, batch, project, render)))
                while len(pending) > jobs * 4:  # bounded read-ahead keeps memory flat
                    batch0, fut = pending.pop(0)
                    yield from zip(batch0, fut.result())
        for batch0, fut in pending:
            yield from zip(batch0, fut.result())


def detect_all(docs: Iterable[Document], layers: Iterable[str] = LAYERS, lang: str = "auto",
               jobs: int | None = None, chunk: int = 8, evidence_batch: int = 500,
               models: Mapping[str, Any] | None = None) -> Iterator[tuple[Document, PipelineResult]]:
    """``(document, its suggestions)`` for every document, in order.

    ``jobs`` worker processes (default: all cores); 1 runs in this process.  ``models``: a project's own
    models by layer (``Pipeline``)."""
    yield from _drive(docs, tuple(layers), lang, jobs, chunk, evidence_batch, render=False, models=models)


def detect_lines(docs: Iterable[Document], layers: Iterable[str] = LAYERS, lang: str = "auto",
                 jobs: int | None = None, chunk: int = 8, evidence_batch: int = 500) -> Iterator[bytes]:
    """The native JSONL line of every document with its suggestions, in order;
    the workers build the records, so the reading process only reads and writes."""
    for _doc, line in _drive(docs, tuple(layers), lang, jobs, chunk, evidence_batch, render=True):
        yield line
