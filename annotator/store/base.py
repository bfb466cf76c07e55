"""The project store interface shared by the CLI and the UI.

:class:`ProjectStore` is what callers program against; :class:`SqliteProject`
implements it on one SQLite file.  A server database can implement it later.
Documents are addressed by ``pk``, the store's integer key; ``Document.id``
is the exported id.

A store is opened as one annotator (``annotator``, a name); every read and
edit below is of that annotator's annotation set, or of the set
:meth:`ProjectStore.use_set` chose (a curator's :data:`CURATED`).  The contract
(transactions, inverses for undo, what is refused, the events) is
docs/contracts.md, "The store".
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from contextlib import contextmanager
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, Literal, Self
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urlsplit

from annotator.core.events import Emitter
from annotator.core.labels import LabelScheme
from annotator.core.model import Document, DocStatus, PlainDocuments, Relation, Span

if TYPE_CHECKING:  # the tokenizer (and regex) is not imported before the window's first paint
    from annotator.core.tokenize import TokenCache


DEFAULT_ANNOTATOR = "default"  # whose work a project from before annotators holds, and the CLI's default
CURATED = "curated"  # the owner of the curated set: the gold where present
ALL = "all"  # not a name: export's "every annotator"
_MAX_NAME = 64
SCHEMA_VERSION = 6
"""The project schema's version: the last of ``store/schema.py``'s migrations (named here, so that opening a
project that needs none does not import them)."""


class StoreError(Exception):
    """A project cannot be opened or changed; the message is for the user."""


class ProjectInUse(StoreError):
    pass


class NeedsUpgrade(StoreError):
    """A project of an older schema opened read-only: it must be migrated by a writable open first."""


def check_annotator_name(name: str, *, reserved_ok: bool = False) -> str:
    """An annotator's name, stripped; a :class:`StoreError` if it is empty, too long, has control
    characters, or is a reserved word (``curated`` is allowed where ``reserved_ok``)."""
    name = name.strip()
    if not name or len(name) > _MAX_NAME or any(not c.isprintable() for c in name):
        raise StoreError(f"{name!r} is not an annotator's name (1 to {_MAX_NAME} printable characters)")
    if name == ALL or (name == CURATED and not reserved_ok):
        raise StoreError(f"{name!r} is reserved; choose another annotator's name")
    return name


def without_password(url: str) -> str:
    """``url`` without a password (in the user part or as ``?password=``): what may be shown and kept."""
    parts = urlsplit(url)
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, host = netloc.rsplit("@", 1)
        netloc = f"{userinfo.split(':', 1)[0]}@{host}"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "password"])
    return f"{parts.scheme}://{netloc}{parts.path}" + (f"?{query}" if query else "")


def is_server_url(location: object) -> bool:
    """Whether ``location`` names a shared project on a PostgreSQL server (``postgresql://…``)."""
    return isinstance(location, str) and location.startswith(("postgresql://", "postgres://"))


UNSURE = 0.7  # a suggestion scored below this is one the model is unsure of (the review queue's second key)


@dataclass(frozen=True)
class DocFilter:
    """Which documents a listing shows (by status, by a label present, by text) and in what order:
    ``"project"`` (the order they were added) or ``"uncertainty"`` (the review queue's order: the lowest-scored
    entity suggestion first, then the most suggestions scored below :data:`UNSURE`, then documents without
    scored suggestions, each tie in project order)."""

    status: DocStatus | None = None
    label: str | None = None
    search: str | None = None
    order: Literal["project", "uncertainty"] = "project"


@dataclass
class DocSummary:
    pk: int
    id: str
    title: str
    status: DocStatus
    n_chars: int
    source: str | None = None
    n_spans: int = 0
    n_suggested: int = 0


@dataclass
class AddResult:
    added: list[int] = field(default_factory=list)  # pks of new documents
    duplicates: int = 0  # documents whose text the project already had


@dataclass
class RemovedSpan:
    """What :meth:`ProjectStore.remove_span` took away, to put back on undo."""

    span: Span
    relations: list[Relation]


@dataclass(frozen=True)
class ProjectRef:
    """How to open a store again, as the same annotator on the same set (a worker thread's own connection)."""

    path: str
    annotator: str
    set_name: str


@dataclass
class Corrections:
    """What people did with one layer's mentions, for the project lexicon (docs/learning.md): how often each
    ``(text, label)`` is accepted (distinct spans in any annotator's set, imported gold included) and how
    often a detector's suggestion of it was rejected (removed; an undo takes the rejection back)."""

    accepted: dict[tuple[str, str], int] = field(default_factory=dict)
    rejected: dict[tuple[str, str], int] = field(default_factory=dict)


@dataclass
class SetCopy:
    """One annotation set of one document with who wrote each span and when: what ``annotator merge``
    carries from one project into another (:meth:`ProjectStore.sets_of`, :meth:`ProjectStore.put_set`)."""

    name: str  # whose set (an annotator, or CURATED)
    status: DocStatus
    updated: float | None  # when the set last changed
    spans: list[Span]
    relations: list[Relation]
    authors: dict[str, tuple[str | None, float | None]] = field(default_factory=dict)
    """Span id -> who wrote it last (an annotator's name; None: a detector) and when."""


@dataclass
class StoredModel:
    """A model version kept in the project: ``info`` holds what it was trained on and how well it does
    (training-set size, labels, seconds, cross-validated F1); the bytes come from :meth:`ProjectStore.model_data`."""

    version: int
    layer: str
    created: float
    info: dict[str, Any]
    current: bool = False


class ProjectStore(ABC):
    events: Emitter
    path: str
    readonly: bool
    annotator: str  # who is working (the author of every span written)
    set_name: str  # whose annotation set is read and written: the annotator's own, or CURATED

    def ref(self) -> ProjectRef:
        return ProjectRef(self.path, self.annotator, self.set_name)

    def poll_others(self) -> int:
        """Announce, as this store's events, what other clients committed since the last call; returns how
        many events.  A project file has one writer, so nothing; a shared project is told by its server."""
        return 0

    # -- annotators and annotation sets
    @abstractmethod
    def use_set(self, name: str) -> None:
        """Read and write ``name``'s set from now on (a curator: :data:`CURATED`)."""

    @abstractmethod
    def annotators(self) -> list[str]: ...

    @abstractmethod
    def set_queues(self, queues: dict[str, list[int]]) -> None:
        """Replace the named annotators' queues of assigned documents (``next_unfinished`` follows them)."""

    @abstractmethod
    def queue(self, annotator: str) -> list[int]: ...

    @abstractmethod
    def set_names(self, pk: int) -> list[str]:
        """Who has an annotation set on the document (the curated set is named :data:`CURATED`)."""

    @abstractmethod
    def get_set(self, pk: int, annotator: str) -> Document | None:
        """``annotator``'s set on the document as a Document naming them, or None if they have none."""

    @abstractmethod
    def iter_sets(self, which: str | None = None, status: DocStatus | None = None,
                  contested: list[str] | None = None) -> Iterator[Document]:
        """The sets an export writes: ``which`` is a name, :data:`ALL`, :data:`CURATED`, or None (each
        document's curated set, else its only set; documents with several and no curated one go to
        ``contested``)."""

    @abstractmethod
    def sets_of(self, pk: int) -> list[SetCopy]:
        """Every annotation set on the document (the curated one included), with who and when."""

    @abstractmethod
    def put_set(self, pk: int, copy: SetCopy) -> None:
        """Make ``copy.name``'s set on the document exactly ``copy`` (spans, relations, status, who and when),
        in one transaction, adding the names the project does not know yet; emits :class:`SetReplaced`."""

    @abstractmethod
    def shared(self, pk: int) -> Document:
        """The document with the shared suggestions (nobody's set), status todo."""

    @abstractmethod
    def curation_queue(self) -> list[int]:
        """Documents that two or more annotators finished and whose curated set is not yet done or skipped,
        in project order: what a curator has left."""

    @abstractmethod
    def content_hashes(self) -> dict[str, int]:
        """Every document's content hash (:func:`annotator.core.ids.content_hash` of its text) and its pk."""

    def token_cache(self) -> TokenCache | None:
        """Where an export keeps the token bounds of the project's texts (None: it keeps none)."""
        return None

    @abstractmethod
    def count_sets(self, which: str | None = None, status: DocStatus | None = None) -> int:
        """How many documents :meth:`iter_sets` gives."""

    # -- project settings
    @property
    @abstractmethod
    def scheme(self) -> LabelScheme: ...

    @abstractmethod
    def set_scheme(self, scheme: LabelScheme) -> None: ...

    @abstractmethod
    def get_setting(self, key: str, default: str | None = None) -> str | None: ...

    @abstractmethod
    def set_setting(self, key: str, value: str) -> None: ...

    # -- documents
    @contextmanager
    def bulk_load(self) -> Iterator[None]:
        """Around a long run of :meth:`add_documents` by a process that has the project to itself: a store may
        write faster meanwhile; nothing else changes."""
        yield

    @abstractmethod
    def add_documents(self, docs: Iterable[Document | PlainDocuments]) -> AddResult: ...

    @abstractmethod
    def count(self, flt: DocFilter = DocFilter()) -> int: ...

    @abstractmethod
    def list_documents(self, flt: DocFilter = DocFilter(), offset: int = 0, limit: int = 100) -> list[DocSummary]: ...

    @abstractmethod
    def summary(self, pk: int) -> DocSummary: ...

    @abstractmethod
    def undetected(self, layers: Iterable[str]) -> list[int]: ...

    @abstractmethod
    def neighbour(self, pk: int, step: int, flt: DocFilter = DocFilter()) -> int | None: ...

    @abstractmethod
    def position(self, pk: int, flt: DocFilter = DocFilter()) -> int: ...

    @abstractmethod
    def next_unfinished(self, after: int | None = None) -> int | None: ...

    @abstractmethod
    def get_document(self, pk: int, spans: bool = True) -> Document:
        """The document; with ``spans=False`` its text, meta, status and relations but no spans
        (a big document's first screen needs only a few: :meth:`spans_between`)."""

    @abstractmethod
    def spans_between(self, pk: int, start: int, end: int) -> list[Span]:
        """The document's spans that start in ``[start, end)``, ordered by (start, end)."""

    @abstractmethod
    def pk_of(self, doc_id: str) -> int | None: ...

    @abstractmethod
    def iter_documents(self, status: DocStatus | None = None) -> Iterator[Document]: ...

    @abstractmethod
    def progress(self) -> dict[str, int]: ...

    @abstractmethod
    def stats(self) -> dict[str, Any]: ...

    # -- edits: each is one committed transaction
    @abstractmethod
    def add_span(self, pk: int, span: Span) -> Span: ...

    @abstractmethod
    def update_span(self, pk: int, span_id: str, **changes: Any) -> Span: ...

    @abstractmethod
    def remove_span(self, pk: int, span_id: str) -> RemovedSpan: ...

    @abstractmethod
    def restore_span(self, pk: int, removed: RemovedSpan) -> None: ...

    @abstractmethod
    def add_relation(self, pk: int, relation: Relation) -> Relation: ...

    @abstractmethod
    def remove_relation(self, pk: int, relation_id: str) -> Relation: ...

    @abstractmethod
    def set_status(self, pk: int, status: DocStatus) -> DocStatus: ...

    @abstractmethod
    def accept_suggestions(self, pk: int, span_ids: Iterable[str] | None = None) -> list[str]: ...

    @abstractmethod
    def accept_document(self, pk: int) -> tuple[DocStatus, list[str]]: ...

    @abstractmethod
    def set_span_status(self, pk: int, span_ids: Iterable[str], status: str) -> None: ...

    @abstractmethod
    def remove_documents(self, pks: Iterable[int]) -> int:
        """Drop documents with every set, span and relation on them, in one transaction; returns how many."""

    @abstractmethod
    def rename_label(self, old: str, new: str) -> int:
        """Rename a label in the scheme (and the relation rules) and on every span that has it, in one
        transaction; returns the number of spans renamed."""

    @abstractmethod
    def replace_suggestions(self, pk: int, sources: Iterable[str], spans: list[Span], relations: list[Relation],
                            meta: dict[str, Any] | None = None, tokens: bytes | None = None) -> list[Span]: ...

    @abstractmethod
    def accepted_texts(self, layer: str, label: str) -> list[tuple[int, str, dict[str, Any]]]:
        """``(document pk, text, document meta)`` of every distinct accepted span of ``label`` in ``layer``, in
        anyone's set (the boilerplate people marked, by site: docs/learning.md)."""

    @abstractmethod
    def uncertainty(self, layer: str, status: DocStatus | None = None, unsure: float = UNSURE,
                    ) -> dict[int, tuple[float, int]]:
        """For each document of ``status`` (None: all) whose view has scored suggestions in ``layer``: the
        lowest score among them and how many score below ``unsure`` (the review queue, docs/learning.md)."""

    # -- models trained on the project (docs/learning.md)
    @abstractmethod
    def corrections(self, layer: str) -> Corrections:
        """The accepted and rejected mentions of ``layer``, which the project lexicon learns from."""

    @abstractmethod
    def add_model(self, layer: str, data: bytes, info: dict[str, Any], make_current: bool = True) -> StoredModel:
        """Keep a new model version for ``layer``; with ``make_current`` detection uses it from now on."""

    @abstractmethod
    def list_models(self, layer: str | None = None) -> list[StoredModel]:
        """The stored versions, oldest first, ``current`` set on the one each layer uses."""

    @abstractmethod
    def model_data(self, version: int) -> bytes: ...

    @abstractmethod
    def current_model(self, layer: str) -> StoredModel | None:
        """The version ``layer``'s detection uses; ``None``: the shipped model."""

    @abstractmethod
    def set_current_model(self, layer: str, version: int | None) -> None:
        """Use ``version`` (one of ``layer``'s) from now on; ``None`` goes back to the shipped model."""

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
