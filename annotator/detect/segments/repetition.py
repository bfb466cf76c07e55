"""Repetition across documents: a line that recurs in many documents from the
same source is boilerplate (a site's footer, promo or navigation).

:func:`corpus_evidence` counts, per source, in how many documents each
normalised line occurs; the pipeline hands the result to the detector in
``Context.project``.  Only lines seen in two or more documents are kept, as
64-bit MurmurHash3 values (stable across processes, unlike ``hash``), so the
evidence for thousands of documents stays a few kilobytes.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

import mmh3
import regex

from annotator.core.model import Document

EVIDENCE = "segments.lines"  # Context.project key: {source: {line hash: documents}}
DOCS = "segments.docs"  # Context.project key: {source: documents counted}
MIN_DOCS = 3  # a short line seen in this many documents of one source is boilerplate
MAX_SHORT_WORDS = 25
_SPACE = regex.compile(r"\s+")
_MAX_LINE = 400


def source_of(doc: Document) -> str:
    """What "the same source" means: the site named in the record, the host of
    its URL, or else the folder (or JSONL file) it came from."""
    meta = doc.meta
    site = meta.get("site")
    if isinstance(site, str) and site.strip():
        return site.strip().lower()
    url = meta.get("url")
    if isinstance(url, str) and "//" in url:
        host = urlsplit(url.strip()).hostname
        if host:
            return host.removeprefix("www.")
    src = meta.get("record_source") or meta.get("source")  # the file the record names, else the one read
    if isinstance(src, str) and src:
        return src if src.endswith((".jsonl", ".ndjson", ".json")) else os.path.dirname(src)
    return ""


def line_key(line: str) -> int | None:
    if "\x1c" in line or "\x1d" in line or "\x1e" in line or "\x1f" in line:
        norm = _SPACE.sub(" ", line).strip().lower()
    else:  # the same: _SPACE's \s is what str.split splits at but these four separators (and twice as quick)
        norm = " ".join(line.split()).lower()
    if len(norm) < 3 or len(norm) > _MAX_LINE:
        return None
    return mmh3.hash64(norm, signed=False)[0]


def _keys(text: str) -> set[int]:
    return {k for k in map(line_key, text.split("\n")) if k is not None}


def corpus_evidence(docs: Iterable[Document]) -> dict[str, Any]:
    """Line counts per source for a batch of documents (what ``Context.project`` carries)."""
    counts: dict[str, Counter] = {}
    ndocs: Counter = Counter()
    for doc in docs:
        src = source_of(doc)
        ndocs[src] += 1
        counts.setdefault(src, Counter()).update(_keys(doc.text))
    return {
        EVIDENCE: {src: {k: n for k, n in c.items() if n >= 2} for src, c in counts.items()},
        DOCS: dict(ndocs),
    }


def repeated_lines(doc: Document, project: dict[str, Any] | None) -> RepeatTable:
    table = (project or {}).get(EVIDENCE, {}).get(source_of(doc), {})
    ndocs = (project or {}).get(DOCS, {}).get(source_of(doc), 0)
    return RepeatTable(table, ndocs)


class RepeatTable:
    def __init__(self, counts: dict[int, int], ndocs: int):
        self.counts, self.ndocs = counts, ndocs

    def __bool__(self) -> bool:
        return bool(self.counts)

    def is_boilerplate(self, line: str, words: int) -> bool:
        """Seen in ``MIN_DOCS`` documents (short lines), or in a tenth of the
        source's documents and at least ``MIN_DOCS`` (longer ones: a repeated
        paragraph may be the same story published twice)."""
        key = line_key(line)
        if key is None:
            return False
        n = self.counts.get(key, 0)
        if words <= MAX_SHORT_WORDS:
            return n >= MIN_DOCS
        return n >= max(MIN_DOCS, self.ndocs // 10)
