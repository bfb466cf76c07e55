"""JSONL corpora and JSON arrays, plain or pre-annotated.

Each record is recognised by its shape (``annotator.io.formats.IMPORTERS``):
Label Studio task (``data.text``), doccano (``label`` as ``[[s, e, L]]`` or
``entities``/``relations``), a plug-in's shape, else native/Prodigy (``text``
with optional ``spans``/``relations``).  A line that
does not parse or does not validate is reported with its line number; the
other lines still import.
"""

from __future__ import annotations

import mmap
import re
from bisect import bisect_left
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import orjson
from pydantic import ValidationError

from annotator.core.ids import content_hash, text_id, utf8_content_hash
from annotator.core.labels import LabelScheme, UnknownLabel
from annotator.core.model import DocStatus, Document, PlainDocuments, PlainRow, title_of, trusted_document
from annotator.core.validate import field_problem, id_problem, meta_problem, problems
from annotator.io.errors import InputError
from annotator.io.readers.options import MAX_JSON_VALUES, ReadOptions
from annotator.io.formats import IMPORTERS
from annotator.io.formats.common import RecordError
from annotator.io.text import normalize_newlines
from annotator.io.workers import die_with_parent

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


def _is_plain(record: Any) -> bool:
    """A record with only text, id and meta (:func:`_plain_fields` reads it)."""
    return isinstance(record, dict) and record.keys() <= _PLAIN and isinstance(record.get("text"), str)


def _plain_fields(record: dict[str, Any], source: str) -> tuple[str | None, str, dict[str, Any]]:
    """A plain record's id (None: to be made from the text), text and meta, checked (:class:`RecordError`):
    nothing to validate but types, so a 100,000-document corpus skips the model's validation machinery."""
    text = normalize_newlines(record["text"])
    if not text or text.isspace():  # (not text.strip(), without copying the text)
        raise RecordError("the record's text is empty")
    meta = record.get("meta")
    record_id = record.get("id")
    doc_id = str(record_id) if record_id is not None else None
    meta = with_source(meta if isinstance(meta, dict) else {}, source)
    msg = meta_problem(meta) or (id_problem(doc_id) if doc_id is not None else None)
    if msg:
        raise RecordError(msg)
    return doc_id, text, meta


def _plain_document(record: dict[str, Any], source: str) -> Document:
    doc_id, text, meta = _plain_fields(record, source)
    return trusted_document(doc_id if doc_id is not None else text_id(text), text, meta)


def _plain_row(record: dict[str, Any], source: str) -> PlainRow:
    """What :meth:`PlainDocuments.append` keeps of :func:`_plain_document`'s document, without making it."""
    doc_id, text, meta = _plain_fields(record, source)
    data = text.encode("utf-8")
    digest = utf8_content_hash(data)
    return PlainRow(doc_id if doc_id is not None else digest[:16], data, len(text), digest, title_of(text, meta),
                    orjson.dumps(meta), meta.get("source"), meta.get("lang"))


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
    if _is_plain(record):
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


def _lines(path: Path, limit: int, start: int = 0, end: int | None = None) -> Iterator[tuple[int, bytes | None]]:
    """``(line number, bytes)`` of the lines that begin in ``[start, end)`` (a line start; numbers count from
    there); ``None`` for a line over ``limit`` bytes (skipped without ever holding it whole in memory)."""
    with path.open("rb") as fh:
        fh.seek(start)
        if end is not None and end - start <= limit:  # a stretch (it ends after a newline): no line can be over
            lines = fh.read(end - start).split(b"\n")
            if not lines[-1]:
                lines.pop()
            yield from enumerate(lines, 1)
            return
        number = 0
        while end is None or fh.tell() < end:
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


class _Ids:
    """The ids one file gives its records, to refuse an id reused for another text.  (The same id with the
    same text is a repeat the store de-duplicates.)  An id made from the text (no id in the record) names
    only that text, so it is checked but not kept: a file of a million records without ids keeps nothing."""

    def __init__(self, where: str) -> None:
        self.where = where  # "line" or "record"
        self.seen: dict[str, int] = {}  # id → key() of where it came first

    @staticmethod
    def key(doc_id: str, number: int, fingerprint: int, made: str) -> int:
        """An id's record at ``number``: ``fingerprint`` (32 bits of the text's hash) and the number; for an id
        equal to ``made`` (the id the text would be given), ``-1 - number``: never kept."""
        return -1 - number if doc_id == made else fingerprint << 32 | number

    def check(self, doc_id: str, key: int) -> str | None:
        """What is wrong with the record of ``key`` (:meth:`key`) having ``doc_id``, if anything."""
        first = self.seen.get(doc_id)
        if first is None:
            if key >= 0:
                self.seen[doc_id] = key
            return None
        if key < 0 or first >> 32 != key >> 32:
            return f"id {doc_id!r} is already used by {self.where} {first & 0xFFFFFFFF} for another text; " \
                   "ids must be unique"
        return None

    def reused(self, doc_id: str, text: str, number: int) -> str | None:
        """:meth:`check` in one process (the text's hash is this process's own)."""
        made = text_id(text) if len(doc_id) == 16 else ""  # ids made from the text have 16 characters
        return self.check(doc_id, self.key(doc_id, number, hash(text) & 0xFFFFFFFF, made))


def _digest_key(doc_id: str, number: int, digest: str) -> int:
    """:meth:`_Ids.key` from the text's content hash: the same in every process."""
    return _Ids.key(doc_id, number, int(digest[16:24], 16), digest[:16])


def _too_dense(data: bytes) -> str | None:
    """Refuse JSON whose parsed form would not fit in memory, before parsing it."""
    if len(data) < MAX_JSON_VALUES:  # cannot hold more values than bytes
        return None
    values = data.count(b"[") + data.count(b"{") + data.count(b",")
    if values > MAX_JSON_VALUES:
        return f"over {MAX_JSON_VALUES:,} JSON values in one record ({values:,}), far more than any document"
    return None


def _far_too_many_annotations(data: bytes) -> str | None:
    """A record with far more spans than :data:`MAX_ANNOTATIONS`, refused before it is parsed (parsing a line of
    950,000 spans took 550 MB only to refuse it).  Counted in the raw bytes: each span names its ``"start``
    (native, doccano's ``start_offset``, Label Studio's value; at most three per annotation, a relation's
    head_span and child_span included) or is one ``],[`` of doccano's ``label`` list, and neither can occur
    unescaped inside a JSON string but as that string's whole text.  :func:`_too_many_annotations` counts
    exactly what gets past this."""
    if len(data) < 3 * MAX_ANNOTATIONS * 8:  # too short to hold that many ("start":0} is 9 bytes)
        return None
    n = data.count(b'"start') + data.count(b"],[")
    if n > 3 * MAX_ANNOTATIONS:
        return f"about {n:,} spans and relations in one record, over the limit of {MAX_ANNOTATIONS:,}"
    return None


def _records(lines: Iterable[tuple[int, bytes | None]], options: ReadOptions,
             at_start: bool) -> Iterator[tuple[int, Any, str | None]]:
    """``(line number, parsed record, None)`` or ``(line number, None, what is wrong with the line)`` for
    ``lines`` (:func:`_lines`); ``at_start``: they begin at the start of the file (where a byte order mark
    may be)."""
    for number, line in lines:
        if line is None:
            yield number, None, f"the line is over the {options.max_bytes / 2**20:.0f} MB limit per document"
            continue
        if number == 1 and at_start and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]
        if not line.strip():
            continue
        too_dense = _too_dense(line) or _far_too_many_annotations(line)
        if too_dense:
            yield number, None, too_dense
            continue
        try:
            yield number, orjson.loads(line), None
        except orjson.JSONDecodeError as exc:
            yield number, None, f"not valid JSON: {exc.args[0] if exc.args else exc}"


def _line_items(lines: Iterable[tuple[int, bytes | None]], shown: str, scheme: LabelScheme, options: ReadOptions,
                at_start: bool = True) -> Iterator[tuple[int, Document | str]]:
    """``(line number, document or what is wrong with the line)`` for ``lines`` (:func:`_lines`)."""
    for number, record, problem in _records(lines, options, at_start):
        if problem is not None:
            yield number, problem
            continue
        try:
            yield number, record_to_document(record, scheme, shown)
        except RecordError as exc:
            yield number, str(exc)


def read_jsonl(path: Path, shown: str, scheme: LabelScheme, options: ReadOptions) -> Iterator[Document | InputError]:
    ids = _Ids("line")
    for number, item in _line_items(_lines(path, options.max_bytes), shown, scheme, options):
        if isinstance(item, str):
            yield InputError(shown, item, number)
            continue
        clash = ids.reused(item.id, item.text, number)
        yield InputError(shown, clash, number) if clash else item


# Reading with worker processes (the command line's import of a big file): each reads a stretch of the file
# itself, so only the documents cross between processes, and hands back those without annotations ready for the
# store (content hash, title, meta's JSON); the reading process keeps the order, the line numbers and the ids.
PARALLEL_FROM = 8 << 20  # bytes: a smaller file is read before the workers would have started
STRETCH = 512 << 10  # bytes of the file per task: the stretches in flight hold little, even of tiny lines

_reading: tuple[Path, str, LabelScheme, ReadOptions] | None = None  # a worker's file, set once
# The texts of the plain blocks go back through memory the reading process shares with its workers (an anonymous
# mapping a forked worker inherits): one slot per stretch in flight, which the store reads in place, so 300 MB of
# texts are not pickled, piped and unpickled again (a quarter of a second of the one writer's time per 100,000
# articles).  A stretch whose texts do not fit its slot (a long last line), or a worker that was not forked,
# sends them in the result as before.
_ring: mmap.mmap | None = None


def _start_reading(path: Path, shown: str, scheme: LabelScheme, options: ReadOptions,
                   ring: mmap.mmap | None = None) -> None:
    global _reading, _ring
    die_with_parent()
    _reading, _ring = (path, shown, scheme, options), ring


def _place(parts: list[tuple[int, Document] | tuple[list[int], PlainDocuments]],
           slot: tuple[int, int]) -> dict[int, tuple[int, list[int]]]:
    """Move the texts of the plain blocks among ``parts`` into the slot ``(offset, size)`` of the ring while
    they fit: ``{index in parts: (offset, length of each text)}``; the blocks keep no texts."""
    assert _ring is not None
    offset, size = slot
    end = offset + size
    placed: dict[int, tuple[int, list[int]]] = {}
    for i, (_, part) in enumerate(parts):
        if not isinstance(part, PlainDocuments):
            continue
        lengths = list(map(len, part.texts))
        total = sum(lengths)
        if offset + total > end:
            break
        _ring[offset:offset + total] = b"".join(part.texts)
        placed[i] = (offset, lengths)
        part.texts = []
        offset += total
    return placed


def _unplace(stretch: Stretch, ring: memoryview) -> list[memoryview]:
    """Give the stretch's placed blocks their texts back, as views of ``ring`` (to release once stored)."""
    parts, placed = stretch[2], stretch[3]
    views: list[memoryview] = []
    for i, (offset, lengths) in placed.items():
        block = parts[i][1]
        assert isinstance(block, PlainDocuments)
        mine = []
        for n in lengths:
            mine.append(ring[offset:offset + n])
            offset += n
        block.texts = [*mine]
        views += mine
    return views


def _read_stretch(start: int, end: int, slot: tuple[int, int] | None = None) -> Stretch:
    """The lines of ``[start, end)`` of the worker's file read: how many there are, what is wrong with some,
    and the documents in order, those without annotations gathered into :class:`PlainDocuments` blocks with
    their :meth:`_Ids.key` (line numbers counted from ``start``); with a ``slot`` of the ring, where the texts
    of those blocks were put (:func:`_place`)."""
    assert _reading is not None
    path, shown, scheme, options = _reading
    lines = list(_lines(path, options.max_bytes, start, end))  # at most the stretch and one line over it
    count = lines[-1][0] if lines else 0
    errors: list[tuple[int, str]] = []
    parts: list[tuple[int, Document] | tuple[list[int], PlainDocuments]] = []
    block: PlainDocuments | None = None
    for number, record, problem in _records(lines, options, at_start=start == 0):
        try:
            if problem is not None:
                raise RecordError(problem)
            if _is_plain(record):  # most lines of a corpus: no Document is made
                row = _plain_row(record, shown)
                item = None
            else:
                item = record_to_document(record, scheme, shown)
        except RecordError as exc:
            errors.append((number, str(exc)))
            continue
        if item is not None and (item.spans or item.relations or item.blocks or item.status != DocStatus.TODO
                                 or item.annotator is not None):
            parts.append((number, item))
            block = None
            continue
        if block is None:
            block = PlainDocuments()
            keys: list[int] = []
            parts.append((keys, block))
        if item is not None:
            block.append(item)
        else:
            block.append_row(row)
        keys.append(_digest_key(block.ids[-1], number, block.digests[-1]))
    return count, errors, parts, _place(parts, slot) if slot is not None and _ring is not None else {}


def _stretches(path: Path, size: int) -> Iterator[tuple[int, int]]:
    """``(start, end)``: stretches of about :data:`STRETCH` bytes, each ending after a newline."""
    with path.open("rb") as fh:
        start = 0
        while start < size:
            fh.seek(start + STRETCH)
            end = start + STRETCH
            while True:  # to the end of the line the stretch ends in, in pieces (a line may be long)
                piece = fh.readline(1 << 20)
                end += len(piece)
                if not piece or piece.endswith(b"\n"):
                    break
            end = min(end, size)
            yield start, end
            start = end


Stretch = tuple[int, list[tuple[int, str]], list[tuple[int, Document] | tuple[list[int], PlainDocuments]],
                dict[int, tuple[int, list[int]]]]


def _hand_on(stretch: Stretch, before: int, shown: str, ids: _Ids) -> Iterator[Document | PlainDocuments | InputError]:
    """A stretch's problems (line numbers made absolute: ``before`` lines precede it), then its documents
    without those whose id the file already gave another text."""
    _, errors, parts, _ = stretch
    problems = [(number + before, msg) for number, msg in errors]
    docs: list[Document | PlainDocuments] = []
    for where, part in parts:
        if isinstance(part, Document):
            assert isinstance(where, int)
            clash = ids.check(part.id, _digest_key(part.id, where + before, content_hash(part.text)))
            if clash:
                problems.append((where + before, clash))
            else:
                docs.append(part)
            continue
        assert isinstance(where, list)
        keys = [key + before if key >= 0 else key - before for key in where]  # numbers from the file's start
        if len(set(part.ids)) == len(part) and not ids.seen.keys() & set(part.ids):  # no id seen before
            ids.seen.update((doc_id, key) for doc_id, key in zip(part.ids, keys) if key >= 0)
            docs.append(part)
            continue
        kept = PlainDocuments()
        for i, key in enumerate(keys):  # one by one
            clash = ids.check(part.ids[i], key)
            if clash:
                problems.append((key & 0xFFFFFFFF if key >= 0 else -1 - key, clash))
            else:
                kept.append_row(part.row(i))
        docs.append(kept)
    for number, msg in sorted(problems):
        yield InputError(shown, msg, number)
    yield from docs


def read_jsonl_parallel(path: Path, shown: str, scheme: LabelScheme, options: ReadOptions,
                        jobs: int) -> Iterator[Document | PlainDocuments | InputError]:
    """What :func:`read_jsonl` reads, by ``jobs`` worker processes, with the documents that have no
    annotations in :class:`PlainDocuments` blocks; a few stretches are read ahead, so memory stays flat.
    A block's texts may be views of memory shared with the workers, valid until the next item is asked
    for: the caller stores each block before it reads on (``tasks.import_paths`` does)."""
    import multiprocessing
    from concurrent.futures import Future, ProcessPoolExecutor

    ids = _Ids("line")
    before = 0  # lines before the stretch handed on next
    pending: deque[Future[Stretch]] = deque()
    slots, slot_size = jobs + 2, 2 * STRETCH  # stretches in flight at most; a stretch's texts are shorter than it
    # (a text's UTF-8 is never longer than its JSON string; more than STRETCH only with a long last line)
    ring = mmap.mmap(-1, slots * slot_size) if multiprocessing.get_start_method() == "fork" else None
    view = memoryview(ring) if ring is not None else None

    def hand_on(stretch: Stretch) -> Iterator[Document | PlainDocuments | InputError]:
        nonlocal before
        views = _unplace(stretch, view) if view is not None else []
        yield from _hand_on(stretch, before, shown, ids)
        before += stretch[0]
        for v in views:  # stored by now (a block kept past this fails loudly, never reads another stretch)
            v.release()

    with ProcessPoolExecutor(max_workers=jobs, initializer=_start_reading,
                             initargs=(path, shown, scheme, options, ring)) as pool:
        try:
            for k, (start, end) in enumerate(_stretches(path, path.stat().st_size)):
                slot = ((k % slots) * slot_size, slot_size) if ring is not None else None
                pending.append(pool.submit(_read_stretch, start, end, slot))
                while len(pending) > jobs + 1:  # one waiting for each worker, one being written
                    yield from hand_on(pending.popleft().result())
            while pending:
                yield from hand_on(pending.popleft().result())
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


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
    ids = _Ids("record")
    for i, record in enumerate(records):
        try:
            doc = record_to_document(record, scheme, shown)
        except RecordError as exc:
            yield InputError(shown, f"record {i}: {exc}")
            continue
        clash = ids.reused(doc.id, doc.text, i)
        yield InputError(shown, f"record {i}: {clash}") if clash else doc
