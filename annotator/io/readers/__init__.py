"""Readers: files and folders → Documents.

:func:`read_paths` yields a :class:`Document` for every text it reads and an
:class:`InputError` for every file or JSONL line it cannot use; callers decide
what to do with each.  A reader never raises for a user's file.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from annotator.core.labels import LabelScheme
from annotator.core.model import Document, PlainDocuments
from annotator.io.errors import InputError, printable
from annotator.io.readers.folders import Skipped, iter_files
from annotator.io.readers.options import ReadOptions
from annotator.io.readers.conll import read_conll
from annotator.io.readers.html import read_html
from annotator.io.readers import jsonl
from annotator.io.readers.jsonl import read_json_array, read_jsonl, read_jsonl_parallel
from annotator.io.text import DecodeError, decode, normalize_newlines

TEXT_EXTS = {".txt", ".text"}
HTML_EXTS = {".html", ".htm", ".xhtml"}
JSONL_EXTS = {".jsonl", ".ndjson"}
JSON_EXTS = {".json"}
CONLL_EXTS = {".conll", ".conllu", ".iob"}
SUPPORTED = TEXT_EXTS | HTML_EXTS | JSONL_EXTS | JSON_EXTS | CONLL_EXTS
# ReadOptions.format: read every file (and standard input, ``-``) in this format, whatever its extension.
FORMATS = {"jsonl": ".jsonl", "json": ".json", "txt": ".txt", "html": ".html", "conll": ".conll"}
STDIN = "-"

Item = Document | PlainDocuments | InputError


def _read_file_bytes(path: Path, shown: str, options: ReadOptions) -> bytes:
    size = path.stat().st_size
    if size > options.max_bytes:
        raise InputError(shown, f"the file is {size / 2**20:.1f} MB, "
                                f"over the {options.max_bytes / 2**20:.0f} MB limit per file (--max-mb)")
    with path.open("rb") as fh:
        return fh.read(options.max_bytes + 1)


def read_txt(path: Path, shown: str, options: ReadOptions) -> Document:
    data = _read_file_bytes(path, shown, options)
    found = decode(data)
    meta = {"source": shown, "encoding": found.encoding}
    if found.note:
        meta["encoding_note"] = found.note
    return Document(text=normalize_newlines(found.text), meta=meta)


def _read_one(path: Path, shown: str, scheme: LabelScheme, options: ReadOptions, jobs: int = 0) -> Iterator[Item]:
    ext = FORMATS[options.format] if options.format else path.suffix.lower()
    if not path.is_file():  # a pipe or device named like a text file would block or never end
        yield InputError(shown, "not a regular file (a pipe, socket or device)")
        return
    try:
        if ext in CONLL_EXTS:
            yield from read_conll(path, shown, scheme, options)
            return
        if ext in JSONL_EXTS:
            if jobs > 1 and path.stat().st_size >= jsonl.PARALLEL_FROM:  # (read here: tests set it)
                yield from read_jsonl_parallel(path, shown, scheme, options, jobs)
            else:
                yield from read_jsonl(path, shown, scheme, options)
            return
        if ext in JSON_EXTS:
            yield from read_json_array(path, shown, scheme, options)
            return
        if ext in HTML_EXTS:
            doc = read_html(_read_file_bytes(path, shown, options), shown)
        elif ext in TEXT_EXTS:
            doc = read_txt(path, shown, options)
        else:
            yield InputError(shown, f"unsupported file type {ext or '(none)'!r}; use .txt, .html, .jsonl or .json")
            return
        if not doc.text.strip():
            yield InputError(shown, "the file has no text")
            return
        yield doc
    except InputError as exc:
        yield exc
    except DecodeError as exc:
        yield InputError(shown, str(exc))
    except MemoryError:
        yield InputError(shown, "the file is too large to read")
    except OSError as exc:
        yield InputError(shown, f"cannot read the file: {exc.strerror or exc}")
    except (ValueError, RecursionError) as exc:  # a parser giving up on a malformed file
        yield InputError(shown, f"cannot parse the file: {exc}")


def _read_stdin(scheme: LabelScheme, options: ReadOptions, jobs: int = 0) -> Iterator[Item]:
    """Standard input, as ``<stdin>``: JSONL unless ``options.format`` names another format.  It is copied
    to a temporary file first (the readers need a file's size, and JSONL a file to stream), at most one
    document's size limit for the formats that are one document."""
    ext = FORMATS[options.format or "jsonl"]
    limit = None if ext in JSONL_EXTS | CONLL_EXTS else options.max_bytes + 1
    with tempfile.TemporaryDirectory(prefix="annotator-stdin-") as folder:
        path = Path(folder) / f"stdin{ext}"
        with path.open("wb") as fh:
            while limit is None or fh.tell() < limit:
                chunk = sys.stdin.buffer.read(1 << 20 if limit is None else min(1 << 20, limit - fh.tell()))
                if not chunk:
                    break
                fh.write(chunk)
        yield from _read_one(path, "<stdin>", scheme, options, jobs)


def read_paths(paths: Iterable[str | os.PathLike[str]], scheme: LabelScheme | None = None,
               options: ReadOptions | None = None, skipped: list[Skipped] | None = None
               ) -> Iterator[Document | InputError]:
    """Read files and folders (recursively, by extension; ``readers/folders.py`` says which files of a
    folder are read, and adds those it skips to ``skipped``), and ``-``, standard input.

    ``meta.source`` is each file's path as given (folder path joined with the
    file's relative path), made :func:`printable` (a name's undecodable bytes and
    control characters as ``\\xNN``)."""
    for item in read_for_store(paths, scheme, options, skipped):
        assert not isinstance(item, PlainDocuments)  # only worker processes make them (jobs > 1)
        yield item


def read_for_store(paths: Iterable[str | os.PathLike[str]], scheme: LabelScheme | None = None,
                   options: ReadOptions | None = None, skipped: list[Skipped] | None = None,
                   jobs: int = 0) -> Iterator[Item]:
    """:func:`read_paths` for an import: with ``jobs`` > 1, a JSONL file of :data:`jsonl.PARALLEL_FROM` bytes or
    more is read by that many worker processes, and its records without annotations come in
    :class:`PlainDocuments` blocks, ready for the store."""
    scheme = scheme or LabelScheme.default()
    options = options or ReadOptions()
    for given in paths:
        shown = os.fspath(given)
        path = Path(shown)
        if shown == STDIN:
            yield from _read_stdin(scheme, options, jobs)
        elif path.is_dir():
            for found in iter_files(path, shown, options, SUPPORTED, skipped):
                if isinstance(found, InputError):
                    yield found
                else:
                    yield from _read_one(found[0], printable(found[1]), scheme, options, jobs)
        elif path.exists():
            yield from _read_one(path, printable(shown), scheme, options, jobs)
        else:
            yield InputError(printable(shown), "no such file or folder")
