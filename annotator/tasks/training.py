"""The learning loop on a project: train a model on its finished documents, keep it in the project, and hand
the current one to detection (docs/learning.md).  ``annotator train`` and the window's retrain call ``train``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from annotator.core.labels import LAYERS
from annotator.core.model import DocStatus
from annotator.store import DocFilter, ProjectStore, StoredModel
from annotator.tasks.base import Cancel, Changed, Progress, check, never, no_change, no_progress

if TYPE_CHECKING:
    from annotator.detect.entities.crf import CrfTagger
    from annotator.detect.entities.learned import EntityModel

# The trainer and the CRF are imported when a task runs: the window's start-up never pays for them.

TRAINABLE = ("entities",)  # layers with a model trained on the project
RETRAIN_EVERY_KEY = "learning.retrain_every"  # project setting: the window retrains after this many more done
RETRAIN_EVERY = 10


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
    """What the detectors take from the project, by detector name: each layer's current trained model, the
    entity patterns with the lexicon learned from corrections and the boilerplate marked per site
    (``tasks/patterns.py``); empty: only the shipped models."""
    from annotator.detect.entities.learned import EntityModel
    from annotator.tasks.patterns import project_patterns, site_boilerplate

    found: dict[str, Any] = {}
    for layer in TRAINABLE:
        current = store.current_model(layer)
        if current is not None:
            found[layer] = EntityModel.from_bytes(store.model_data(current.version), current.info, current.version)
    patterns = project_patterns(store)
    if patterns is not None:
        found["patterns"] = patterns
    site = site_boilerplate(store)
    if site is not None:
        found["site"] = site
    return found


def retrain_every(store: ProjectStore) -> int:
    """After how many newly finished documents the window retrains (0: only on demand)."""
    raw = store.get_setting(RETRAIN_EVERY_KEY)
    return int(raw) if raw else RETRAIN_EVERY


def due(store: ProjectStore, layer: str = "entities") -> bool:
    """Whether at least :func:`retrain_every` documents were finished beyond those the newest model of
    ``layer`` was trained on."""
    every = retrain_every(store)
    if every <= 0:
        return False
    models = store.list_models(layer)
    trained_on = int(models[-1].info.get("documents", 0)) if models else 0
    return store.count(DocFilter(status=DocStatus.DONE)) - trained_on >= every


def untouched(store: ProjectStore) -> list[int]:
    """The todo documents nobody has changed (no annotation set on them): the ones whose suggestions a new
    model may replace without anyone noticing a change under their hands."""
    flt = DocFilter(status=DocStatus.TODO)
    out = []
    for offset in range(0, store.count(flt), 1000):
        out += [s.pk for s in store.list_documents(flt, offset, 1000) if not store.set_names(s.pk)]
    return out


@dataclass
class RetrainResult:
    trained: list[TrainResult]
    refreshed: int  # untouched documents whose suggestions the new model made


def retrain(store: ProjectStore, *, progress: Progress = no_progress, cancel: Cancel = never,
            changed: Changed = no_change, stage: Callable[[str], None] = lambda name: None) -> RetrainResult:
    """The window's retraining: train every trainable layer, then detect again on the untouched documents
    (every layer: the quotes read the entity suggestions) with the new model.  ``stage`` is told when
    training ends and detection starts."""
    from annotator.tasks.detecting import detect_documents

    trained = train(store, progress=progress, cancel=cancel)
    stage("suggestions")
    pks = untouched(store)
    found = detect_documents(store, pks, layers=LAYERS, jobs=1, progress=progress, cancel=cancel,
                             changed=changed) if pks else None
    return RetrainResult(trained, found.documents if found else 0)
