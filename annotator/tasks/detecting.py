"""Running the detectors: on a project's stored documents, or on files into a JSONL file."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from annotator.core.labels import LAYERS
from annotator.core.model import Document
from annotator.store import DocFilter, ProjectStore
from annotator.tasks.base import Cancel, Changed, Progress, check, never, no_change, no_progress, readable
from annotator.tasks.training import project_models

if TYPE_CHECKING:
    from annotator.io.readers.options import ReadOptions

# The detectors and readers are imported when detection runs: the window's start-up never pays for them.


# Characters per document the detectors finish in bounded time: their cost grows faster than the length
# (36,000 characters: 0.3 s of CPU; 146,000: 2.1 s; 733,000: minutes), so a 45 MB document never finished.
MAX_DETECT_CHARS = 500_000
DETECTED = "detected"  # meta key: the layers whose detection finished on the document (store.undetected)


def detected_layers(doc: Document, layers: Iterable[str]) -> list[str]:
    """The document's finished layers after a detection of ``layers``, for ``meta.detected``."""
    before = doc.meta.get(DETECTED)
    return sorted(set(before if isinstance(before, list) else []) | set(layers))


@dataclass
class DetectResult:
    documents: int = 0  # documents whose suggestions were stored
    kept: Counter[str] = field(default_factory=Counter)  # suggestions stored, by detector (source)
    languages: Counter[str] = field(default_factory=Counter)  # documents by language after detection
    problems: list[str] = field(default_factory=list)  # documents left out (too long), one line each

    @property
    def suggestions(self) -> int:
        return sum(self.kept.values())


def detect_documents(store: ProjectStore, documents: Sequence[int] | DocFilter | None = None, *,
                     layers: Iterable[str] = LAYERS, lang: str = "auto", jobs: int | None = 1,
                     progress: Progress = no_progress, cancel: Cancel = never,
                     changed: Changed = no_change) -> DetectResult:
    """Run the detectors of ``layers`` on stored documents — the pks given, those a filter selects, or all —
    and store each document's suggestions in its own transaction as soon as they are found (the merge rule
    keeps everything a person made or accepted).  ``jobs`` worker processes (None: all cores).  The entity
    detector uses the project's current trained model, if it has one."""
    from annotator.detect.runner import detect_all

    layers = tuple(layers)
    if documents is None:
        documents = DocFilter()
    if isinstance(documents, DocFilter):
        pks = [s.pk for s in store.list_documents(documents, 0, store.count(documents))]
    else:
        pks = list(documents)
    result = DetectResult()
    too_long = {pk for pk in pks if store.summary(pk).n_chars > MAX_DETECT_CHARS}
    for pk in sorted(too_long):
        summary = store.summary(pk)
        result.problems.append(too_long_line(summary.id, summary.n_chars))
    pks = [pk for pk in pks if pk not in too_long]
    stream = (store.get_document(pk) for pk in pks)
    models = project_models(store)  # the project's own models where it has trained some (docs/learning.md)
    for pk, (doc, found) in zip(pks, detect_all(stream, layers, lang, jobs, models=models), strict=True):
        check(cancel)
        kept = store.replace_suggestions(pk, found.sources, found.spans, found.relations,
                                         {**found.meta, DETECTED: detected_layers(doc, layers)},
                                         tokens=found.tokens)
        result.documents += 1
        result.kept.update(s.source for s in kept)
        result.languages[found.meta.get("lang", doc.meta.get("lang", "?"))] += 1
        progress(result.documents, len(pks))
        changed([pk])
    return result


def too_long_line(doc_id: str, chars: int) -> str:
    return (f"document {doc_id}: {chars:,} characters, over the {MAX_DETECT_CHARS:,} the detectors handle in "
            "bounded time; not detected (split it, or annotate it by hand)")


def short_enough(docs: Iterable[Document], problems: list[str]) -> Iterator[Document]:
    """The documents the detectors can finish; each longer one is one line in ``problems``."""
    for doc in docs:
        if len(doc.text) > MAX_DETECT_CHARS:
            problems.append(f"{doc.meta.get('source', '?')}: {too_long_line(doc.id, len(doc.text))}")
        else:
            yield doc


@dataclass
class DetectFilesResult:
    output: str
    documents: int = 0  # records written
    problems: list[str] = field(default_factory=list)  # inputs that could not be read, one line each


def detect_files(paths: Sequence[str], output: str | os.PathLike[str], *, options: ReadOptions | None = None,
                 layers: Iterable[str] = LAYERS, lang: str = "auto", jobs: int | None = None,
                 progress: Progress = no_progress, cancel: Cancel = never) -> DetectFilesResult:
    """Read ``paths``, run the detectors and write one native JSONL record per document to ``output``
    (atomically: a cancelled or failed run leaves no half-written file).  ``jobs`` worker processes
    (None: all cores)."""
    from annotator.detect.runner import detect_lines
    from annotator.io.atomic import atomic_write
    from annotator.io.readers import read_paths

    result = DetectFilesResult(output=os.fspath(output))
    docs = short_enough(readable(read_paths(list(paths), None, options), result.problems), result.problems)
    with atomic_write(output, "wb") as out:
        for line in detect_lines(docs, layers, lang, jobs):
            check(cancel)
            out.write(line)
            result.documents += 1
            progress(result.documents, 0)
    return result
