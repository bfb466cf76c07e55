"""CoNLL files as gold documents: ``annotator import --format conll FILE`` (docs/formats.md).

One token a line, the token in the first column and its IOB tag in the last (two-column NERGrit files,
CoNLL-2003's four columns, our own ``conll`` export); columns split at tabs, else at spaces.  A blank line
ends a sentence.  With ``-DOCSTART-`` lines, the sentences between two of them make one document (one
sentence a line); without, each sentence is a document.  Tokens are joined by single spaces, so offsets are
exact.  Tags may be IOB2 (``B-`` starts every entity) or IOB1 (``I-`` starts one unless it continues the
same label); common label names map to the scheme's (``PER`` → ``PERSON``, ``ORGANISATION`` → ``ORG``,
``PLACE`` → ``LOC``).  Every span is accepted and every document done: imported gold counts as human work.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from pathlib import Path

from annotator.core.labels import ENTITIES, LabelScheme
from annotator.core.model import Document, DocStatus, Span
from annotator.io.errors import InputError
from annotator.io.readers.options import ReadOptions
from annotator.io.text import decode, normalize_newlines

LABEL_NAMES = {"PER": "PERSON", "PERS": "PERSON", "ORGANISATION": "ORG", "ORGANIZATION": "ORG", "PLACE": "LOC",
               "LOCATION": "LOC", "GPE": "LOC"}
DOCSTART = "-DOCSTART-"

Token = tuple[str, str]  # the token, its tag


def _documents(lines: list[str]) -> Iterator[tuple[int, list[list[Token]]]]:
    """``(line number of its first token, its sentences)`` per document."""
    per_docstart = any(line.startswith(DOCSTART) for line in lines)
    doc: list[list[Token]] = []
    sentence: list[Token] = []
    first = 0
    for n, line in enumerate(lines, 1):
        cols = line.split("\t") if "\t" in line else line.split()
        if not cols or cols[0] == DOCSTART:
            if sentence:
                doc.append(sentence)
                sentence = []
            if doc and (cols or not per_docstart):
                yield first, doc
                doc = []
            continue
        if not doc and not sentence:
            first = n
        sentence.append((cols[0], cols[-1] if len(cols) > 1 else "O"))
    if sentence:
        doc.append(sentence)
    if doc:
        yield first, doc


def _label(raw: str, scheme: LabelScheme) -> str:
    label = LABEL_NAMES.get(raw.upper(), raw)
    if not scheme.has_label(label) and scheme.has_label(raw.upper()):
        return raw.upper()
    return label


def to_document(sentences: list[list[Token]], scheme: LabelScheme, source: str) -> Document:
    """One document from its sentences; raises ``ValueError`` for a tag that is not IOB or a label the
    scheme lacks."""
    text_parts: list[str] = []
    spans: list[Span] = []
    pos = 0
    for s, sentence in enumerate(sentences):
        if s:
            text_parts.append("\n")
            pos += 1
        open_span: list[Any] = []  # [start, end, label] of the entity being read
        for t, (token, tag) in enumerate(sentence):
            if t:
                text_parts.append(" ")
                pos += 1
            start, end = pos, pos + len(token)
            text_parts.append(token)
            pos = end
            prefix, _, raw = tag.partition("-")
            if tag == "O" or not raw or prefix not in ("B", "I", "E", "S"):
                if tag != "O":
                    raise ValueError(f"tag {tag!r} of token {token!r} is not an IOB tag (O, B-X, I-X)")
                if open_span:
                    spans.append(Span(start=open_span[0], end=open_span[1], label=open_span[2], layer=ENTITIES))
                open_span = []
                continue
            label = _label(raw, scheme)
            if not scheme.has_label(label) or scheme.layer_of(label) != ENTITIES:
                raise ValueError(f"label {raw!r} is not an entity label of the project "
                                 f"(it knows {', '.join(lab.name for lab in scheme.layer(ENTITIES).labels)}); "
                                 "add it in the label scheme first")
            if open_span and prefix in ("I", "E") and open_span[2] == label:
                open_span[1] = end
            else:
                if open_span:
                    spans.append(Span(start=open_span[0], end=open_span[1], label=open_span[2], layer=ENTITIES))
                open_span = [start, end, label]
        if open_span:
            spans.append(Span(start=open_span[0], end=open_span[1], label=open_span[2], layer=ENTITIES))
    return Document(text="".join(text_parts), spans=spans, status=DocStatus.DONE,
                    meta={"source": source, "format": "conll"})


def read_conll(path: Path, shown: str, scheme: LabelScheme, options: ReadOptions) -> Iterator[Document | InputError]:
    """The documents of a CoNLL file; a document that cannot be used is one :class:`InputError` (file and
    line), and the rest still import."""
    size = path.stat().st_size
    if size > options.max_bytes:
        yield InputError(shown, f"the file is {size / 2**20:.1f} MB, over the "
                                f"{options.max_bytes / 2**20:.0f} MB limit")
        return
    text = decode(path.read_bytes()).text
    for line, sentences in _documents(normalize_newlines(text).split("\n")):
        try:
            yield to_document(sentences, scheme, shown)
        except ValueError as exc:
            yield InputError(shown, str(exc), line)
