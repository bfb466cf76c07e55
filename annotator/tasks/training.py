"""The learning loop on a project: train a model on its finished documents, keep it in the project, and hand
the current one to detection (docs/learning.md).  ``annotator train`` and the window's retrain call ``train``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from annotator.core.model import DocStatus
from annotator.store import ProjectStore, StoredModel
from annotator.tasks.base import Cancel, Progress, check, never, no_progress

if TYPE_CHECKING:
    from annotator.detect.entities.crf import CrfTagger
    from annotator.detect.entities.learned import EntityModel

# The trainer and the CRF are imported when a task runs: the window's start-up never pays for them.

TRAINABLE = ("entities",)  # layers with a model trained on the project


class NothingToTrain(ValueError):
    """No finished document has a span the model could learn."""


@dataclass
class TrainResult:
    stored: StoredModel
    model: EntityModel


def train(store: ProjectStore, layers: Iterable[str] = TRAINABLE, *, from_scratch: bool = False,
          base: CrfTagger | None = None, progress: Progress = no_progress,
          cancel: Cancel = never) -> list[TrainResult]:
    """Train each layer's model on the project's finished documents and store it as the new current version.

    Unless ``from_scratch``, the model is stacked on ``base`` (default: the shipped model).  ``progress``
    counts trainings (the cross-validation folds, then the final model).  Raises :class:`NothingToTrain`
    when no finished document has a span to learn from."""
    from annotator.detect.entities.crf import default_tagger
    from annotator.detect.entities.training import document_sentences, train_entities

    out = []
    for layer in layers:
        if layer not in TRAINABLE:
            raise ValueError(f"no trainable model for layer {layer!r}; trainable: {', '.join(TRAINABLE)}")
        docs = []
        langs: set[str] = set()
        for doc in store.iter_documents(DocStatus.DONE):
            check(cancel)
            docs.append(document_sentences(doc))
            if doc.meta.get("lang"):
                langs.add(doc.meta["lang"])
        if not any(tag != "O" for sentences in docs for _, tags in sentences for tag in tags):
            raise NothingToTrain("no finished document has an entity span to learn from (mark documents done first)")
        stack = None if from_scratch else (base or default_tagger())
        model = train_entities(docs, stack, progress=progress, check=lambda: check(cancel))
        model.info["langs"] = sorted(langs)
        stored = store.add_model(layer, model.to_bytes(), model.info)
        model.version = stored.version
        out.append(TrainResult(stored, model))
    return out


def project_models(store: ProjectStore) -> dict[str, Any]:
    """What the detectors take from the project, by detector name: each layer's current trained model and
    the entity patterns with the lexicon learned from corrections (``tasks/patterns.py``); empty: only the
    shipped models."""
    from annotator.detect.entities.learned import EntityModel
    from annotator.tasks.patterns import project_patterns

    found: dict[str, Any] = {}
    for layer in TRAINABLE:
        current = store.current_model(layer)
        if current is not None:
            found[layer] = EntityModel.from_bytes(store.model_data(current.version), current.info, current.version)
    patterns = project_patterns(store)
    if patterns is not None:
        found["patterns"] = patterns
    return found
