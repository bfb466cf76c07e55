"""The project store interface shared by the CLI and the UI.

:class:`ProjectStore` is what callers program against; :class:`SqliteProject`
implements it on one SQLite file.  A server database can implement it later.
Documents are addressed by ``pk``, the store's integer key; ``Document.id``
is the exported id.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from typing import Any, Self
from dataclasses import dataclass, field

from annotator.core.events import Emitter
from annotator.core.labels import LabelScheme
from annotator.core.model import Document, DocStatus, Relation, Span


class StoreError(Exception):
    """A project cannot be opened or changed; the message is for the user."""


class ProjectInUse(StoreError):
    pass


class NeedsUpgrade(StoreError):
    """A project of an older schema opened read-only: it must be migrated by a writable open first."""


@dataclass(frozen=True)
class DocFilter:
    """Which documents a listing shows: by status, by a label present, by text."""

    status: DocStatus | None = None
    label: str | None = None
    search: str | None = None


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


class ProjectStore(ABC):
    events: Emitter
    path: str
    readonly: bool

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
    @abstractmethod
    def add_documents(self, docs: Iterable[Document]) -> AddResult: ...

    @abstractmethod
    def count(self, flt: DocFilter = DocFilter()) -> int: ...

    @abstractmethod
    def list_documents(self, flt: DocFilter = DocFilter(), offset: int = 0, limit: int = 100) -> list[DocSummary]: ...

    @abstractmethod
    def summary(self, pk: int) -> DocSummary: ...

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
    def replace_suggestions(self, pk: int, sources: Iterable[str], spans: list[Span], relations: list[Relation],
                            meta: dict[str, Any] | None = None) -> list[Span]: ...

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
