"""JSONL corpora and JSON arrays, plain or pre-annotated.

Each record is recognised by its shape (``annotator.io.formats.IMPORTERS``):
Label Studio task (``data.text``), doccano (``label`` as ``[[s, e, L]]`` or
``entities``/``relations``), a plug-in's shape, else native/Prodigy (``text``
with optional ``spans``/``relations``).  A line that
does not parse or does not validate is reported with its line number; the
other lines still import.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
from pydantic import ValidationError

from annotator.core.ids import text_id
from annotator.core.labels import LabelScheme, UnknownLabel
from annotator.core.model import Document, trusted_document
from annotator.core.validate import field_problem, problems
from annotator.io.errors import InputError
from annotator.io.readers.options import MAX_JSON_VALUES, ReadOptions
from annotator.io.formats import IMPORTERS
from annotator.io.formats.common import RecordError
from annotator.io.text import normalize_newlines

_CRLF = re.compile(r"\r\n")


def _normalise(doc: Document) -> Document:
    """Normalise newlines in a record's text and move its offsets with it."""
    text = doc.text
    if "\r" not in text and "\u2028" not in text and "\u2029" not in text and "\x85" not in text:
        return doc
    crlf = [m.start() for m in _CRLF.finditer(text)]  # each removes one code point after it
    for span in doc.spans:
        span.start -= bisect_left(crlf, span.start)
        span.end -= bisect_left(crlf, span.end)
    table = str.maketrans({"\r": "\n", "\u2028": "\n", "\u2029": "\n", "\x85": "\n"})
    doc.text = text.replace("\r\n", "\n").translate(table)
    return doc


def with_source(meta: dict[str, Any], source: str) -> dict[str, Any]:
    """The record's metadata with ``source`` the file it was read from: a ``source`` the record names itself
    is kept as ``record_source`` (unless the record already has one, from an earlier import)."""
    theirs = meta.get("source")
    if theirs is None or theirs == source:
        return {**meta, "source": source}
    if not isinstance(theirs, str):
        raise RecordError(f"meta.source must be a string, not {type(theirs).__name__}")
    return {"record_source": theirs, **meta, "source": source}


_PLAIN = frozenset({"id", "text", "meta"})
MAX_ANNOTATIONS = 200_000  # spans and relations of one record: 4 per 1,000 characters of a 50 MB document


def _plain_document(record: dict[str, Any], source: str) -> Document:
    """A record with only text, id and meta: nothing to validate but types, so
    a 100,000-document corpus skips the model's validation machinery."""
    text = normalize_newlines(record["text"])
    if not text.strip():
        raise RecordError("the record's text is empty")
    meta = record.get("meta")
    record_id = record.get("id")
    doc = trusted_document(str(record_id) if record_id is not None else text_id(text), text,
                           with_source(meta if isinstance(meta, dict) else {}, source))
    msg = field_problem(doc)
    if msg:
        raise RecordError(msg)
    return doc


def _too_many_annotations(record: dict[str, Any]) -> str | None:
    """More spans or relations than :data:`MAX_ANNOTATIONS`, counted before any is built (a record of 950,000
    spans took 1.7 GB to import and 2.1 GB to export)."""
    lists = [record.get(key) for key in ("spans", "relations", "label", "entities")]
    for task in record.get("annotations") or record.get("predictions") or []:
        if isinstance(task, dict):
            lists.append(task.get("result"))
    n = sum(len(x) for x in lists if isinstance(x, list))
    if n > MAX_ANNOTATIONS:
        return f"{n:,} spans and relations in one record, over the limit of {MAX_ANNOTATIONS:,}"
    return None


def record_to_document(record: Any, scheme: LabelScheme, source: str) -> Document:
    """One parsed JSON record → Document, or :class:`RecordError`."""
    if not isinstance(record, dict):
        raise RecordError("the record is not a JSON object")
    if record.keys() <= _PLAIN and isinstance(record.get("text"), str):
        return _plain_document(record, source)
    too_many = _too_many_annotations(record)
    if too_many:
        raise RecordError(too_many)
    try:
        importer = next((i for i in IMPORTERS if i.matches(record)), None)
        if importer is None:
            raise RecordError("the record has no \"text\" string")
        doc = importer.to_document(record, scheme)
        meta, record_id = importer.meta(record), importer.record_id(record)
    except UnknownLabel as exc:
        raise RecordError(str(exc)) from None
    except ValidationError as exc:
        err = exc.errors()[0]
        raise RecordError(f"{'.'.join(map(str, err['loc']))}: {err['msg']}") from None
    except (TypeError, KeyError, IndexError, AttributeError) as exc:  # a field of an unexpected JSON type
        raise RecordError(f"the record does not have the expected shape ({type(exc).__name__}: {exc})") from None
    if not doc.text.strip():
        raise RecordError("the record's text is empty")
    doc = _normalise(doc)
    found = problems(doc, scheme)
    if found:
        raise RecordError(found[0])
    if record_id is not None:
        doc.id = str(record_id)
    doc.meta = with_source(meta, source)
    msg = field_problem(doc)
    if msg:
        raise RecordError(msg)
    return doc


def _lines(path: Path, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """``(line number, bytes)``; ``None`` for a line over ``limit`` bytes
    (skipped without ever holding it whole in memory)."""
    with path.open("rb") as fh:
        number = 0
        while True:
            line = fh.readline(limit + 1)
            if not line:
                return
            number += 1
            if len(line) > limit and not line.endswith(b"\n"):
                while True:  # drain the rest of the over-long line
                    rest = fh.readline(1 << 20)
                    if not rest or rest.endswith(b"\n"):
                        break
                yield number, None
                continue
            yield number, line


def _reused_id(seen: dict[str, tuple[str, int]], doc: Document, where: str) -> str | None:
    """A record id that an earlier record of the same file used for another
    text.  (The same id with the same text is a repeat the store de-duplicates.)"""
    digest = hash(doc.text)  # cached on the string; only compared within this one reading
    first = seen.setdefault(doc.id, (where, digest))
    if first[1] != digest:
        return f"id {doc.id!r} is already used by {first[0]} for another text; ids must be unique"
    return None


def _too_dense(data: bytes) -> str | None:
    """Refuse JSON whose parsed form would not fit in memory, before parsing it."""
    if len(data) < MAX_JSON_VALUES:  # cannot hold more values than bytes
        return None
    values = data.count(b"[") + data.count(b"{") + data.count(b",")
    if values > MAX_JSON_VALUES:
        return f"over {MAX_JSON_VALUES:,} JSON values in one record ({values:,}), far more than any document"
    return None


def read_jsonl(path: Path, shown: str, scheme: LabelScheme, options: ReadOptions) -> Iterator[Document | InputError]:
    seen: dict[str, tuple[str, int]] = {}
    for number, line in _lines(path, options.max_bytes):
        if line is None:
            limit = f"{options.max_bytes / 2**20:.0f} MB"
            yield InputError(shown, f"the line is over the {limit} limit per document", number)
            continue
        if number == 1 and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]
        if not line.strip():
            continue
        too_dense = _too_dense(line)
        if too_dense:
            yield InputError(shown, too_dense, number)
            continue
        try:
            record = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            yield InputError(shown, f"not valid JSON: {exc.args[0] if exc.args else exc}", number)
            continue
        try:
            doc = record_to_document(record, scheme, shown)
        except RecordError as exc:
            yield InputError(shown, str(exc), number)
            continue
        clash = _reused_id(seen, doc, f"line {number}")
        yield InputError(shown, clash, number) if clash else doc


def read_json_array(path: Path, shown: str, scheme: LabelScheme,
                    options: ReadOptions) -> Iterator[Document | InputError]:
    size = path.stat().st_size
    if size > options.max_bytes:
        limit = f"{options.max_bytes / 2**20:.0f} MB"
        yield InputError(shown, f"the file is {size / 2**20:.1f} MB, over the {limit} limit; "
                                "split it or convert it to JSONL (one record per line)")
        return
    data = path.read_bytes()
    too_dense = _too_dense(data)
    if too_dense:
        yield InputError(shown, too_dense)
        return
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        parsed = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        yield InputError(shown, f"not valid JSON: {exc.args[0] if exc.args else exc}")
        return
    records = parsed if isinstance(parsed, list) else [parsed]
    seen: dict[str, tuple[str, int]] = {}
    for i, record in enumerate(records):
        try:
            doc = record_to_document(record, scheme, shown)
        except RecordError as exc:
            yield InputError(shown, f"record {i}: {exc}")
            continue
        clash = _reused_id(seen, doc, f"record {i}")
        yield InputError(shown, f"record {i}: {clash}") if clash else doc
