"""The document model: documents, spans, relations, block hints.

Offsets are Python ``str`` indices (code points), half-open ``[start, end)``;
``doc.text[span.start:span.end]`` is always the span's text (docs/contracts.md,
"Offsets").
"""

from __future__ import annotations

from enum import StrEnum
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import orjson

from pydantic import BaseModel, ConfigDict, Field, model_validator

from annotator.core.ids import span_id as make_span_id
from annotator.core.ids import text_id, utf8_content_hash


class DocStatus(StrEnum):
    TODO = "todo"
    DONE = "done"
    SKIPPED = "skipped"


class SpanStatus(StrEnum):
    SUGGESTED = "suggested"
    ACCEPTED = "accepted"


SOURCE_USER = "user"
SOURCE_IMPORT = "import"
DETECTOR_PREFIX = "detector:"


def detector_source(name: str) -> str:
    return f"{DETECTOR_PREFIX}{name}"


class Span(BaseModel):
    """A labelled character range in one layer.

    ``attrs`` holds layer-specific extras that travel with the span, e.g. a
    QUOTE's ``speaker`` (full resolved name) and ``direct`` (False for
    reported speech).
    """

    model_config = ConfigDict(validate_assignment=False, extra="forbid")

    id: str = ""
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    label: str
    layer: str
    source: str = SOURCE_USER
    status: SpanStatus = SpanStatus.ACCEPTED
    score: float | None = None
    attrs: dict[str, Any] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _check(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        if not self.id:
            self.id = make_span_id(self.layer, self.label, self.start, self.end)
        return self

    @property
    def is_suggestion(self) -> bool:
        return self.status == SpanStatus.SUGGESTED

    @property
    def is_protected(self) -> bool:
        """A span a person made or accepted: detectors never change it."""
        return self.status == SpanStatus.ACCEPTED or not self.source.startswith(DETECTOR_PREFIX)

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


class Relation(BaseModel):
    """A directed link between two spans of one document (e.g. QUOTE -SPEAKER-> PERSON)."""

    model_config = ConfigDict(extra="forbid")

    id: str = ""
    label: str
    head: str  # span id
    child: str  # span id
    source: str = SOURCE_USER
    status: SpanStatus = SpanStatus.ACCEPTED

    @model_validator(mode="after")
    def _check(self) -> Relation:
        if not self.id:
            self.id = f"r-{self.label}-{self.head}-{self.child}"
        return self


class BlockHint(BaseModel):
    """Layout evidence the HTML reader keeps for one block of the page.

    ``start``/``end`` are offsets into the document text.  ``cls`` joins the
    element's class and id attributes; ``link_density`` is the share of the
    block's characters inside ``<a>`` elements.
    """

    model_config = ConfigDict(extra="forbid")

    start: int
    end: int
    tag: str
    cls: str = ""
    link_density: float = 0.0
    depth: int = 0


class Document(BaseModel):
    """One text with its annotations.

    ``id`` is the input record's own id or a stable hash of the text.
    ``meta`` always has ``source`` (the input path as given).  ``annotator``
    names whose annotation set the spans and status are, when a project gave
    one person's set (an export of several annotators' work); None otherwise.
    """

    model_config = ConfigDict(extra="forbid")

    id: str = ""
    text: str
    meta: dict[str, Any] = Field(default_factory=dict)
    spans: list[Span] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)
    status: DocStatus = DocStatus.TODO
    blocks: list[BlockHint] = Field(default_factory=list)
    annotator: str | None = None

    @model_validator(mode="after")
    def _check(self) -> Document:
        if not self.id:
            self.id = text_id(self.text)
        return self

    @property
    def title(self) -> str:
        """The title to show: meta title, else the first non-empty line."""
        title = self.meta.get("title")
        if isinstance(title, str) and title.strip():
            return title.strip()
        return first_line(self.text)

    def span_by_id(self, span_id: str) -> Span | None:
        for span in self.spans:
            if span.id == span_id:
                return span
        return None

    def spans_in(self, layer: str) -> list[Span]:
        return sorted((s for s in self.spans if s.layer == layer), key=lambda s: (s.start, s.end))

    def span_text(self, span: Span) -> str:
        return self.text[span.start : span.end]


_STATUS = {"suggested": SpanStatus.SUGGESTED, "accepted": SpanStatus.ACCEPTED}
_SPAN_FIELDS = tuple(Span.model_fields)
_new, _set = object.__new__, object.__setattr__


def trusted_span(id: str, start: int, end: int, label: str, layer: str, source: str, status: str,
                 score: float | None, attrs: dict[str, Any]) -> Span:
    """A Span from data this program validated when it stored it, without
    validating again: opening a document with 50,000 spans must not spend a
    second in pydantic (about 2 µs per span here against 12 µs for
    ``model_construct``)."""
    span = _new(Span)
    _set(span, "__dict__", {"id": id, "start": start, "end": end, "label": label, "layer": layer, "source": source,
                            "status": _STATUS[status], "score": score, "attrs": attrs})
    _set(span, "__pydantic_fields_set__", set(_SPAN_FIELDS))
    _set(span, "__pydantic_extra__", None)
    _set(span, "__pydantic_private__", None)
    return span


_DOC_FIELDS = tuple(Document.model_fields)


def trusted_document(id: str, text: str, meta: dict[str, Any]) -> Document:
    """A plain Document (no spans yet, status todo) from checked values,
    without pydantic's validation: bulk imports build 100,000 of these."""
    doc = _new(Document)
    _set(doc, "__dict__", {"id": id, "text": text, "meta": meta, "spans": [], "relations": [],
                           "status": DocStatus.TODO, "blocks": [], "annotator": None})
    _set(doc, "__pydantic_fields_set__", set(_DOC_FIELDS))
    _set(doc, "__pydantic_extra__", None)
    _set(doc, "__pydantic_private__", None)
    return doc


_BLOCK_FIELDS = tuple(BlockHint.model_fields)


def trusted_block(start: int, end: int, tag: str, cls: str, link_density: float, depth: int) -> BlockHint:
    """A BlockHint from values the HTML reader computed (no validation: a page has hundreds)."""
    hint = _new(BlockHint)
    _set(hint, "__dict__", {"start": start, "end": end, "tag": tag, "cls": cls, "link_density": link_density,
                            "depth": depth})
    _set(hint, "__pydantic_fields_set__", set(_BLOCK_FIELDS))
    _set(hint, "__pydantic_extra__", None)
    _set(hint, "__pydantic_private__", None)
    return hint


@dataclass(slots=True)
class PlainDocuments:
    """Documents without annotations (status todo, no spans, relations or block hints), checked and ready for
    the store, column by column: what a bulk import's worker processes hand the one writing process, with the
    texts already encoded and their content hashes, titles and meta's JSON computed."""

    ids: list[str] = field(default_factory=list)
    texts: list[bytes] = field(default_factory=list)  # UTF-8
    n_chars: list[int] = field(default_factory=list)
    digests: list[str] = field(default_factory=list)  # ids.content_hash of each text
    titles: list[str] = field(default_factory=list)
    metas: list[bytes] = field(default_factory=list)  # orjson.dumps of each meta dict
    sources: list[str | None] = field(default_factory=list)  # meta["source"]
    langs: list[str | None] = field(default_factory=list)  # meta["lang"]

    def __len__(self) -> int:
        return len(self.ids)

    def append(self, doc: Document) -> None:
        """``doc`` (which has no annotations) at the end."""
        data = doc.text.encode("utf-8")
        self.ids.append(doc.id)
        self.texts.append(data)
        self.n_chars.append(len(doc.text))
        self.digests.append(utf8_content_hash(data))
        self.titles.append(doc.title)
        self.metas.append(orjson.dumps(doc.meta))
        self.sources.append(doc.meta.get("source"))
        self.langs.append(doc.meta.get("lang"))

    def append_row(self, row: PlainRow) -> None:
        for column, value in zip((self.ids, self.texts, self.n_chars, self.digests, self.titles, self.metas,
                                  self.sources, self.langs), row):
            column.append(value)  # type: ignore[attr-defined]  # each column takes its field's type

    def row(self, i: int) -> PlainRow:
        return PlainRow(self.ids[i], self.texts[i], self.n_chars[i], self.digests[i], self.titles[i], self.metas[i],
                        self.sources[i], self.langs[i])


class PlainRow(NamedTuple):
    """One document of :class:`PlainDocuments`."""

    id: str
    text: bytes  # UTF-8
    n_chars: int
    digest: str
    title: str
    meta: bytes
    source: str | None
    lang: str | None


def first_line(text: str, limit: int = 120) -> str:
    start = 0
    while start < len(text):  # line by line without splitting the whole text
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:min(end, start + 4 * limit)].strip()
        if line:
            return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
        start = end + 1
    return ""


def shorten(text: str, limit: int = 60) -> str:
    """``text`` on one line and at most ``limit`` characters (``…`` where it was cut): every string the window
    shows from a project or an import, so no label, source, speaker or title can make it wider than a screen."""
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text.replace("\n", " ⏎ ") if "\n" in text else text


def sort_spans(spans: list[Span]) -> list[Span]:
    return sorted(spans, key=lambda s: (s.start, s.end, s.layer, s.label))
