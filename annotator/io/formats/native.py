"""The native JSONL record (docs/contracts.md, "The native record"): a Prodigy-compatible superset.

:func:`to_record` writes one; :func:`from_record` reads native and plain
Prodigy records (spans without ``layer``/``source``/``status`` get them from
the label scheme, ``import`` and ``accepted``).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import orjson

from annotator.core.ids import input_hash, task_hash
from annotator.core.labels import LabelScheme
from annotator.core.model import (
    SOURCE_IMPORT,
    Document,
    DocStatus,
    Relation,
    Span,
    SpanStatus,
    sort_spans,
)
from annotator.core.tokenize import (
    Token,
    TokenCache,
    TokenIndex,
    bounds_of_dicts,
    dicts_of_bounds,
    iter_tokens,
    pack_bounds,
    token_dicts,
    tokenize,
    unpack_bounds,
)
from annotator.io.atomic import atomic_write
from annotator.io.formats.base import Exporter, ExportSummary, on_tokens
from annotator.io.formats.common import RecordError, check_text_field, require_int
from annotator.io.workers import die_with_parent, fork_jobs

ANSWER_OF_STATUS = {DocStatus.DONE: "accept", DocStatus.SKIPPED: "ignore"}
STATUS_OF_ANSWER = {"accept": DocStatus.DONE, "ignore": DocStatus.SKIPPED, "reject": DocStatus.SKIPPED}
_SPAN_KEYS = {"id", "start", "end", "label", "layer", "source", "status", "score", "text", "token_start", "token_end"}
_ATTR_ORDER = ("speaker", "direct")


def _span_tokens(index: TokenIndex, span: Span) -> tuple[int, int] | None:
    return index.char_span_to_tokens(span.start, span.end) or index.covering_tokens(span.start, span.end)


def span_dict(span: Span, index: TokenIndex) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": span.id, "start": span.start, "end": span.end, "label": span.label, "layer": span.layer,
        "source": span.source, "status": str(span.status),
    }
    if span.score is not None:
        out["score"] = span.score
    toks = _span_tokens(index, span)
    if toks is not None:
        out["token_start"], out["token_end"] = toks
    for key in _ATTR_ORDER:
        if key in span.attrs:
            out[key] = span.attrs[key]
    for key, value in span.attrs.items():
        if key not in out:
            out[key] = value
    return out


def _short(d: dict[str, Any]) -> dict[str, Any]:
    return {k: d[k] for k in ("start", "end", "label", "token_start", "token_end") if k in d}


def to_record(doc: Document, tokens: Sequence[Token] | None = None) -> dict[str, Any]:
    """The native record of a document (keys in the order docs/contracts.md gives)."""
    index = None
    if doc.spans:  # a corpus of plain texts needs no span lookups
        tokens = tokenize(doc.text) if tokens is None else tokens
        index = TokenIndex.shared(tokens)
    return _record(doc, index, token_dicts(doc.text) if tokens is None else [
        {"text": t[0], "start": t[1], "end": t[2], "id": t[3], "ws": t[4]} for t in tokens])


def _record(doc: Document, index: TokenIndex | None, tokens: list[dict[str, Any]]) -> dict[str, Any]:
    """The native record with ``tokens`` as its token list; ``index`` maps the spans to tokens."""
    spans = [span_dict(s, index) for s in sort_spans(doc.spans)] if index is not None else []
    by_id = {s["id"]: s for s in spans}
    relations = []
    for rel in doc.relations:
        head, child = by_id.get(rel.head), by_id.get(rel.child)
        if head is None or child is None:
            continue
        relations.append({
            "id": rel.id, "label": rel.label,
            "head": head.get("token_end"), "child": child.get("token_end"),
            "head_id": rel.head, "child_id": rel.child,
            "head_span": _short(head), "child_span": _short(child),
            "source": rel.source, "status": str(rel.status),
        })
    in_hash = input_hash(doc.text)
    record: dict[str, Any] = {
        "id": doc.id, "text": doc.text, "meta": doc.meta, "tokens": tokens, "spans": spans, "relations": relations,
    }
    answer = ANSWER_OF_STATUS.get(doc.status)
    if answer:
        record["answer"] = answer
    record["_input_hash"] = in_hash
    record["_task_hash"] = task_hash(in_hash, spans)
    if doc.annotator:  # whose annotation set this is, as Prodigy names the annotator of a multi-user session
        record["_annotator_id"] = doc.annotator
        record["_session_id"] = doc.annotator
    return record


def _span_from(raw: Any, text: str, scheme: LabelScheme, where: str) -> Span:
    if not isinstance(raw, dict):
        raise RecordError(f"{where} is not an object")
    start, end = require_int(raw, "start", where), require_int(raw, "end", where)
    label = raw.get("label")
    if not isinstance(label, str) or not label:
        raise RecordError(f"{where} has no label")
    if not 0 <= start < end <= len(text):
        raise RecordError(f"{where} [{start}, {end}) lies outside the text (length {len(text)}) or is empty")
    check_text_field(raw.get("text"), text, start, end, where)
    layer = raw.get("layer") or scheme.layer_of(label)
    attrs = {k: v for k, v in raw.items() if k not in _SPAN_KEYS}
    score = raw.get("score")
    return Span(
        id=str(raw.get("id") or ""), start=start, end=end, label=label, layer=layer,
        source=raw.get("source") or SOURCE_IMPORT,
        status=raw.get("status") or SpanStatus.ACCEPTED,
        score=float(score) if isinstance(score, (int, float)) and not isinstance(score, bool) else None,
        attrs=attrs,
    )


def _find_span(spans: list[Span], desc: Any) -> Span | None:
    if not isinstance(desc, dict):
        return None
    for span in spans:
        if span.start == desc.get("start") and span.end == desc.get("end") and (
            "label" not in desc or span.label == desc["label"]
        ):
            return span
    return None


def from_record(record: dict[str, Any], scheme: LabelScheme) -> Document:
    text = record["text"]
    spans = [_span_from(raw, text, scheme, f"span {i}") for i, raw in enumerate(record.get("spans") or [])]
    by_id = {s.id: s for s in spans}
    relations = []
    for i, raw in enumerate(record.get("relations") or []):
        if not isinstance(raw, dict):
            raise RecordError(f"relation {i} is not an object")
        head = by_id.get(str(raw.get("head_id"))) or _find_span(spans, raw.get("head_span"))
        child = by_id.get(str(raw.get("child_id"))) or _find_span(spans, raw.get("child_span"))
        if head is None or child is None:
            raise RecordError(f"relation {i} ({raw.get('label')}) points at a span that is not in the record")
        relations.append(Relation(
            id=str(raw.get("id") or ""), label=str(raw.get("label") or "RELATION"), head=head.id, child=child.id,
            source=raw.get("source") or SOURCE_IMPORT, status=raw.get("status") or SpanStatus.ACCEPTED,
        ))
    status = STATUS_OF_ANSWER.get(str(record.get("answer")), DocStatus.TODO)
    return Document(text=text, spans=spans, relations=relations, status=status)


OFF_TOKENS = "its token_start/token_end cover the tokens it touches"
PARALLEL_FROM = 200  # documents; a smaller export is written before worker processes would have started
CHUNK = 32  # documents per task sent to a worker


def native_line(doc: Document, blob: bytes | None = None) -> tuple[bytes, list[int], bytes | None]:
    """The native JSONL line of ``doc``, the positions in ``doc.spans`` of the spans that do not start and
    end on token boundaries (for the summary's warnings), and the packed token bounds of its text when they
    were computed here (None when ``blob``, bounds kept from an earlier run, gave them)."""
    bounds = unpack_bounds(blob)
    if bounds is None:
        tokens = token_dicts(doc.text)
        bounds = bounds_of_dicts(tokens)
        fresh: bytes | None = pack_bounds(bounds)
    else:
        tokens = dicts_of_bounds(doc.text, bounds)
        fresh = None
    if not doc.spans:
        return orjson.dumps(_record(doc, None, tokens)) + b"\n", [], fresh
    index = TokenIndex.of_bounds(bounds)
    off = [i for i, span in enumerate(doc.spans) if on_tokens(index, span) is None]
    return orjson.dumps(_record(doc, index, tokens)) + b"\n", off, fresh


STREAM_FROM = 1_000_000  # characters: a longer document's record is written token by token
_TOKEN_CHUNK = 50_000


def write_streamed(fh: IO[bytes], doc: Document) -> list[int]:
    """Write the bytes of :func:`native_line` for ``doc`` without holding its tokens: the token objects are
    serialised a chunk at a time, and the spans are mapped through an index of token offsets.  A 45 MB text
    took 4.4 GB as one record.  Returns what :func:`native_line` does besides the line."""
    index = TokenIndex.bounds(doc.text) if doc.spans else None
    off = [i for i, span in enumerate(doc.spans) if index is not None and on_tokens(index, span) is None]
    record = _record(doc, index, [])
    head = orjson.dumps({key: record.pop(key) for key in ("id", "text", "meta")})
    del record["tokens"]
    fh.write(head[:-1] + b',"tokens":[')
    del head
    chunk: list[dict[str, Any]] = []
    first = True
    for text, start, end, i, ws in iter_tokens(doc.text):
        chunk.append({"text": text, "start": start, "end": end, "id": i, "ws": ws})
        if len(chunk) >= _TOKEN_CHUNK:
            fh.write((b"" if first else b",") + orjson.dumps(chunk)[1:-1])
            chunk.clear()
            first = False
    if chunk:
        fh.write((b"" if first else b",") + orjson.dumps(chunk)[1:-1])
    fh.write(b"]," + orjson.dumps(record)[1:] + b"\n")
    return off


Line = tuple[bytes, list[int], bytes | None]  # what native_line gives


def _native_lines(docs: list[Document], blobs: list[bytes | None]) -> list[Line]:
    return [native_line(doc, blob) for doc, blob in zip(docs, blobs, strict=True)]


export_jobs = fork_jobs  # every core from the command line, none from the window
KEEP_EVERY = 1000  # token bounds computed here are handed to the cache in batches of this many texts


class _NativeLines:
    """Writes the lines of the documents in the order they came, a chunk of :data:`CHUNK` documents at a time.
    Each text's token bounds come from ``cache`` where it has them (tokenizing was most of an export's time);
    those computed here are given to it.  After :data:`PARALLEL_FROM` documents the lines are built by worker
    processes, a few chunks ahead of the writing, so memory stays flat; the summary is kept here."""

    def __init__(self, fh: IO[bytes], summary: ExportSummary, jobs: int, cache: TokenCache | None):
        self.fh, self.summary, self.jobs, self.cache = fh, summary, jobs, cache
        self.seen = 0
        self.pool: ProcessPoolExecutor | None = None
        self.waiting: list[Document] = []
        self.pending: deque[tuple[list[Document], Future[list[Line]] | list[Line]]] = deque()
        self.fresh: list[tuple[str, bytes]] = []

    def add(self, doc: Document) -> None:
        self.seen += 1
        if len(doc.text) >= STREAM_FROM:  # written here, in order, after the lines still being built
            self.finish()
            self._count(doc, write_streamed(self.fh, doc))
            return
        self.waiting.append(doc)
        if len(self.waiting) >= CHUNK:
            self._send()
            while len(self.pending) > 2 * self.jobs:
                self._receive()

    def _send(self) -> None:
        docs, self.waiting = self.waiting, []
        blobs: list[bytes | None] = [None] * len(docs)
        if self.cache is not None:
            blobs = self.cache.get_many([doc.text for doc in docs])
        if self.jobs >= 2 and self.seen > PARALLEL_FROM:
            if self.pool is None:
                self.pool = ProcessPoolExecutor(max_workers=self.jobs, initializer=die_with_parent)
            self.pending.append((docs, self.pool.submit(_native_lines, docs, blobs)))
        else:
            self.pending.append((docs, _native_lines(docs, blobs)))

    def _receive(self) -> None:
        docs, lines = self.pending.popleft()
        for doc, (line, off, fresh) in zip(docs, lines if isinstance(lines, list) else lines.result(), strict=True):
            self._count(doc, off)
            self.fh.write(line)
            if fresh is not None and self.cache is not None:
                self.fresh.append((doc.text, fresh))
        if len(self.fresh) >= KEEP_EVERY:
            self._keep()

    def _keep(self) -> None:
        if self.fresh and self.cache is not None:
            self.cache.put_many(self.fresh)
        self.fresh = []

    def _count(self, doc: Document, off: list[int]) -> None:
        for span in doc.spans:
            self.summary.add(span.label)
        for i in off:
            self.summary.off_tokens(doc, doc.spans[i], OFF_TOKENS)

    def finish(self) -> None:
        if self.waiting:
            self._send()
        while self.pending:
            self._receive()
        self._keep()

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)


class NativeExporter(Exporter):
    """``native``: native records (docs/contracts.md), one document per line."""

    name = "native"
    keeps_relations = True
    description = "native JSONL (Prodigy-compatible)"

    @contextmanager
    def open(self, path: Path) -> Iterator[_NativeLines]:
        with atomic_write(path, "wb") as fh:
            lines = _NativeLines(fh, self.summary, export_jobs(), self.options.tokens)
            try:
                yield lines
                lines.finish()
            finally:
                lines.close()
