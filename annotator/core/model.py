"""The document model: documents, spans, relations, block hints.

Plain classes (``core/record.py``): a value of the wrong type goes to pydantic's model of the same name
(``core/schema.py``), which converts it or raises ``pydantic.ValidationError``; pydantic is never imported
for values that are already right, so opening the window does not load it.

Offsets are Python ``str`` indices (code points), half-open ``[start, end)``;
``doc.text[span.start:span.end]`` is always the span's text (docs/contracts.md,
"Offsets").
"""

from __future__ import annotations

from enum import StrEnum
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import orjson

from annotator.core.ids import span_id as make_span_id
from annotator.core.ids import text_id, utf8_content_hash
from annotator.core.record import MISSING, Record, all_of, str_keys

_new = object.__new__


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


class Span(Record):
    """A labelled character range in one layer.

    ``attrs`` holds layer-specific extras that travel with the span, e.g. a
    QUOTE's ``speaker`` (full resolved name) and ``direct`` (False for
    reported speech).  ``id`` defaults to one made from layer, label and offsets.
    """

    __slots__ = ("id", "start", "end", "label", "layer", "source", "status", "score", "attrs")
    _fields = __slots__
    id: str
    start: int  # ≥ 0
    end: int  # ≥ start
    label: str
    layer: str
    source: str  # default SOURCE_USER
    status: SpanStatus  # default ACCEPTED
    score: float | None
    attrs: dict[str, Any]

    def __init__(self, *, id: str = "", start: int = MISSING, end: int = MISSING, label: str = MISSING,
                 layer: str = MISSING, source: str = SOURCE_USER, status: SpanStatus | str = SpanStatus.ACCEPTED,
                 score: float | None = None, attrs: dict[str, Any] = MISSING, **extra: Any) -> None:
        # the common case inline (spans are made by the ten thousand); anything else through _fast / pydantic
        if (type(start) is int and type(end) is int and 0 <= start <= end and type(label) is str
                and type(layer) is str and type(id) is str and type(source) is str and (score is None or type(score)
                is float) and (attrs is MISSING or type(attrs) is dict and not attrs) and not extra
                and (status is SpanStatus.SUGGESTED or status is SpanStatus.ACCEPTED)):
            self.id = id or make_span_id(layer, label, start, end)
            self.start, self.end, self.label, self.layer, self.source = start, end, label, layer, source
            self.status, self.score, self.attrs = status, score, {}
            return
        self._init({"id": id, "start": start, "end": end, "label": label, "layer": layer, "source": source,
                    "status": status, "score": score, "attrs": attrs}, extra)

    @classmethod
    def _defaults(cls) -> dict[str, Any]:
        return {"id": "", "source": SOURCE_USER, "status": SpanStatus.ACCEPTED, "score": None, "attrs": {}}

    def _fast(self, values: dict[str, Any]) -> bool:
        id, start, end, label, layer, source, status, score, attrs = values.values()
        if id is MISSING:
            id = ""
        if source is MISSING:
            source = SOURCE_USER
        status = SpanStatus.ACCEPTED if status is MISSING else _STATUS.get(status) if type(status) in _STR else None
        if attrs is MISSING:
            attrs = {}
        elif type(attrs) is dict and str_keys(attrs):
            attrs = dict(attrs)
        else:
            return False
        if not (type(start) is int and type(end) is int and 0 <= start <= end and type(label) is str
                and type(layer) is str and type(id) is str and type(source) is str and status is not None
                and (score is None or score is MISSING or type(score) is float)):
            return False
        self.id = id or make_span_id(layer, label, start, end)
        self.start, self.end, self.label, self.layer, self.source = start, end, label, layer, source
        self.status, self.score, self.attrs = status, None if score is MISSING else score, attrs
        return True

    @property
    def is_suggestion(self) -> bool:
        return self.status == SpanStatus.SUGGESTED

    @property
    def is_protected(self) -> bool:
        """A span a person made or accepted: detectors never change it."""
        return self.status == SpanStatus.ACCEPTED or not self.source.startswith(DETECTOR_PREFIX)

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


class Relation(Record):
    """A directed link between two spans of one document (e.g. QUOTE -SPEAKER-> PERSON)."""

    __slots__ = ("id", "label", "head", "child", "source", "status")
    _fields = __slots__
    id: str
    label: str
    head: str  # span id
    child: str  # span id
    source: str
    status: SpanStatus

    def __init__(self, *, id: str = "", label: str = MISSING, head: str = MISSING, child: str = MISSING,
                 source: str = SOURCE_USER, status: SpanStatus | str = SpanStatus.ACCEPTED, **extra: Any) -> None:
        self._init({"id": id, "label": label, "head": head, "child": child, "source": source, "status": status},
                   extra)

    @classmethod
    def _defaults(cls) -> dict[str, Any]:
        return {"id": "", "source": SOURCE_USER, "status": SpanStatus.ACCEPTED}

    def _fast(self, values: dict[str, Any]) -> bool:
        id, label, head, child, source, status = values.values()
        if id is MISSING:
            id = ""
        if source is MISSING:
            source = SOURCE_USER
        status = SpanStatus.ACCEPTED if status is MISSING else _STATUS.get(status) if type(status) in _STR else None
        if not (type(id) is str and type(label) is str and type(head) is str and type(child) is str
                and type(source) is str and status is not None):
            return False
        self.id = id or f"r-{label}-{head}-{child}"
        self.label, self.head, self.child, self.source, self.status = label, head, child, source, status
        return True


class BlockHint(Record):
    """Layout evidence the HTML reader keeps for one block of the page.

    ``start``/``end`` are offsets into the document text.  ``cls`` joins the
    element's class and id attributes; ``link_density`` is the share of the
    block's characters inside ``<a>`` elements.
    """

    __slots__ = ("start", "end", "tag", "cls", "link_density", "depth")
    _fields = __slots__
    start: int
    end: int
    tag: str
    cls: str
    link_density: float
    depth: int

    def __init__(self, *, start: int = MISSING, end: int = MISSING, tag: str = MISSING, cls: str = "",
                 link_density: float = 0.0, depth: int = 0, **extra: Any) -> None:
        self._init({"start": start, "end": end, "tag": tag, "cls": cls, "link_density": link_density,
                    "depth": depth}, extra)

    @classmethod
    def _defaults(cls) -> dict[str, Any]:
        return {"cls": "", "link_density": 0.0, "depth": 0}

    def _fast(self, values: dict[str, Any]) -> bool:
        start, end, tag, cls, link_density, depth = values.values()
        cls = "" if cls is MISSING else cls
        link_density = 0.0 if link_density is MISSING else link_density
        depth = 0 if depth is MISSING else depth
        if not (type(start) is int and type(end) is int and type(tag) is str and type(cls) is str
                and type(link_density) is float and type(depth) is int):
            return False
        self.start, self.end, self.tag, self.cls, self.link_density, self.depth = (start, end, tag, cls,
                                                                                    link_density, depth)
        return True


class Document(Record):
    """One text with its annotations.

    ``id`` is the input record's own id or a stable hash of the text.
    ``meta`` always has ``source`` (the input path as given).  ``annotator``
    names whose annotation set the spans and status are, when a project gave
    one person's set (an export of several annotators' work); None otherwise.
    """

    __slots__ = ("id", "text", "meta", "spans", "relations", "status", "blocks", "annotator")
    _fields = __slots__
    _nested = {"spans": Span, "relations": Relation, "blocks": BlockHint}
    id: str
    text: str
    meta: dict[str, Any]
    spans: list[Span]
    relations: list[Relation]
    status: DocStatus
    blocks: list[BlockHint]
    annotator: str | None

    def __init__(self, *, id: str = "", text: str = MISSING, meta: dict[str, Any] = MISSING,
                 spans: list[Span] = MISSING, relations: list[Relation] = MISSING,
                 status: DocStatus | str = DocStatus.TODO, blocks: list[BlockHint] = MISSING,
                 annotator: str | None = None, **extra: Any) -> None:
        self._init({"id": id, "text": text, "meta": meta, "spans": spans, "relations": relations, "status": status,
                    "blocks": blocks, "annotator": annotator}, extra)

    @classmethod
    def _defaults(cls) -> dict[str, Any]:
        return {"id": "", "meta": {}, "spans": [], "relations": [], "status": DocStatus.TODO, "blocks": [],
                "annotator": None}

    def _fast(self, values: dict[str, Any]) -> bool:
        id, text, meta, spans, relations, status, blocks, annotator = values.values()
        if id is MISSING:
            id = ""
        status = DocStatus.TODO if status is MISSING else _DOC_STATUS.get(status) if type(status) in _STR else None
        if annotator is MISSING:
            annotator = None
        if not (type(id) is str and type(text) is str and status is not None
                and (annotator is None or type(annotator) is str)
                and (meta is MISSING or type(meta) is dict and str_keys(meta))
                and (spans is MISSING or all_of(Span, spans))
                and (relations is MISSING or all_of(Relation, relations))
                and (blocks is MISSING or all_of(BlockHint, blocks))):
            return False
        self.id, self.text, self.status, self.annotator = id or text_id(text), text, status, annotator
        self.meta = {} if meta is MISSING else dict(meta)
        self.spans = [] if spans is MISSING else list(spans)
        self.relations = [] if relations is MISSING else list(relations)
        self.blocks = [] if blocks is MISSING else list(blocks)
        return True

    @property
    def title(self) -> str:
        """The title to show: meta title, else the first non-empty line."""
        return title_of(self.text, self.meta)

    def span_by_id(self, span_id: str) -> Span | None:
        for span in self.spans:
            if span.id == span_id:
                return span
        return None

    def spans_in(self, layer: str) -> list[Span]:
        return sorted((s for s in self.spans if s.layer == layer), key=lambda s: (s.start, s.end))

    def span_text(self, span: Span) -> str:
        return self.text[span.start : span.end]


_STR = (str, SpanStatus, DocStatus)  # the types a status may be given as without pydantic's help
_STATUS = {"suggested": SpanStatus.SUGGESTED, "accepted": SpanStatus.ACCEPTED}
_DOC_STATUS = {status.value: status for status in DocStatus}


def trusted_span(id: str, start: int, end: int, label: str, layer: str, source: str, status: str,
                 score: float | None, attrs: dict[str, Any]) -> Span:
    """A Span from data this program validated when it stored it, without
    validating again: opening a document with 50,000 spans must not spend
    its time checking them."""
    span = _new(Span)
    span.id, span.start, span.end, span.label, span.layer, span.source = id, start, end, label, layer, source
    span.status, span.score, span.attrs = _STATUS[status], score, attrs
    return span


def trusted_document(id: str, text: str, meta: dict[str, Any]) -> Document:
    """A plain Document (no spans yet, status todo) from checked values,
    without validation: bulk imports build 100,000 of these."""
    doc = _new(Document)
    doc.id, doc.text, doc.meta, doc.spans, doc.relations = id, text, meta, [], []
    doc.status, doc.blocks, doc.annotator = DocStatus.TODO, [], None
    return doc


def trusted_block(start: int, end: int, tag: str, cls: str, link_density: float, depth: int) -> BlockHint:
    """A BlockHint from values the HTML reader computed (no validation: a page has hundreds)."""
    hint = _new(BlockHint)
    hint.start, hint.end, hint.tag, hint.cls, hint.link_density, hint.depth = start, end, tag, cls, link_density, depth
    return hint


@dataclass(slots=True)
class PlainDocuments:
    """Documents without annotations (status todo, no spans, relations or block hints), checked and ready for
    the store, column by column: what a bulk import's worker processes hand the one writing process, with the
    texts already encoded and their content hashes, titles and meta's JSON computed."""

    ids: list[str] = field(default_factory=list)
    texts: list[bytes | memoryview] = field(default_factory=list)  # UTF-8 (views: see io.readers.jsonl)
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
        self.ids.append(row.id)
        self.texts.append(row.text)
        self.n_chars.append(row.n_chars)
        self.digests.append(row.digest)
        self.titles.append(row.title)
        self.metas.append(row.meta)
        self.sources.append(row.source)
        self.langs.append(row.lang)

    def row(self, i: int) -> PlainRow:
        return PlainRow(self.ids[i], self.texts[i], self.n_chars[i], self.digests[i], self.titles[i], self.metas[i],
                        self.sources[i], self.langs[i])


class PlainRow(NamedTuple):
    """One document of :class:`PlainDocuments`."""

    id: str
    text: bytes | memoryview  # UTF-8
    n_chars: int
    digest: str
    title: str
    meta: bytes
    source: str | None
    lang: str | None


def title_of(text: str, meta: dict[str, Any]) -> str:
    """:attr:`Document.title` of a document with ``text`` and ``meta``."""
    title = meta.get("title")
    if isinstance(title, str) and title.strip():
        return title.strip()
    return first_line(text)


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
