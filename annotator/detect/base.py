"""The detector interface.

A detector looks at a document (and, for HTML, its block hints) and returns
suggested spans and relations with scores.  Detectors are pure functions of
their input: they never see or change the store.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any

from annotator.core.model import Document, Relation, Span, detector_source


@dataclass
class Suggestions:
    spans: list[Span] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)  # document-level findings, e.g. {"lang": "id"}
    # ids of earlier detectors' suggestions this detector overrides (the patterns detector's precedence)
    withdraw: set[str] = field(default_factory=set)


@dataclass
class Context:
    """What a detector may know beyond its document.

    ``lang`` is the document's language code; ``previous`` holds the
    suggestions of the detectors that ran before it in this pipeline (the
    quote detector reads the entity suggestions); ``project`` carries
    corpus-level evidence such as line frequencies per source."""

    lang: str = "und"
    previous: list[Span] = field(default_factory=list)
    project: dict[str, Any] = field(default_factory=dict)


class Detector(ABC):
    name: str = "detector"
    layers: tuple[str, ...] = ()
    project_only: bool = False  # suggests only from a project's own data (patterns): may find nothing

    @property
    def source(self) -> str:
        return detector_source(self.name)

    @abstractmethod
    def detect(self, doc: Document, ctx: Context) -> Suggestions: ...

    def use_model(self, model: Any) -> None:
        """Use ``model``, trained on the project (docs/learning.md), instead of the shipped one; only
        detectors with a trainable model (``tasks.TRAINABLE``) are given one."""
        raise TypeError(f"the {self.name} detector has no trainable model")
