"""Runs the detectors over a document and merges their suggestions."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from annotator.core.labels import LAYERS
from annotator.core.merge import apply_suggestions
from annotator.core.model import Document, Relation, Span, SpanStatus
from annotator.detect import registry
from annotator.detect.base import Context, Detector


@dataclass
class PipelineResult:
    sources: list[str]
    spans: list[Span] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    meta: dict = field(default_factory=dict)
    tokens: bytes | None = None  # the packed token bounds of the text, where the detectors tokenized it (runner)


def available_detectors(layers: Iterable[str] = LAYERS, lang: str = "auto",
                        models: Mapping[str, Any] | None = None) -> list[Detector]:
    """The detectors for the given layers, built-in and plug-in, in running order (``detect/registry.py``):
    language first, then structure, entities, the plug-ins', and quotes (which read the entity
    suggestions).  ``models`` maps a detector's name to a model trained on the project
    (``tasks.project_models``), which it uses instead of the shipped one."""
    found = [kind.make() for kind in registry.chosen(layers)]
    for detector in found:
        model = (models or {}).get(detector.name)
        if model is not None:
            detector.use_model(model)
    return found


class Pipeline:
    def __init__(self, detectors: Sequence[Detector] | None = None, layers: Iterable[str] = LAYERS,
                 lang: str = "auto", models: Mapping[str, Any] | None = None):
        self.layers = tuple(layers)
        self.lang = lang
        self.detectors = (list(detectors) if detectors is not None
                          else available_detectors(self.layers, lang, models))
        self._warm = False

    def run(self, doc: Document, project: dict | None = None) -> PipelineResult:
        result = self._run(doc, project)
        if not self._warm:
            # The detectors load their models, lexicons and gazetteers on first use and keep them for the life
            # of the process: take those objects out of the garbage collector's scans (10-25 % faster detection).
            gc.freeze()
            self._warm = True
        return result

    def _run(self, doc: Document, project: dict | None) -> PipelineResult:
        ctx = Context(lang=self.lang if self.lang != "auto" else doc.meta.get("lang", "und"), project=project or {})
        result = PipelineResult(sources=[d.source for d in self.detectors])
        for detector in self.detectors:
            found = detector.detect(doc, ctx)
            if found.withdraw:
                result.spans = [s for s in result.spans if s.id not in found.withdraw]
            items: list[Span | Relation] = [*found.spans, *found.relations]
            for item in items:  # detectors only ever suggest
                item.source, item.status = detector.source, SpanStatus.SUGGESTED
            result.spans += found.spans
            result.relations += found.relations
            result.meta.update(found.meta)
            ctx.previous = result.spans
            if "lang" in found.meta:
                ctx.lang = found.meta["lang"]
        return result

    def apply(self, doc: Document, project: dict | None = None) -> Document:
        """``doc`` with this pipeline's suggestions in place of its earlier ones."""
        result = self.run(doc, project)
        out = apply_suggestions(doc, result.sources, result.spans, result.relations)
        if result.meta:
            out.meta = {**out.meta, **result.meta}
        return out
