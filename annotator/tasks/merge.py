"""Offline teams: combine the projects of annotators who worked on copies of the same documents.

A team without a shared server copies one project to each annotator; each works in their copy under their own
name, and :func:`merge` brings the copies together again into one project (the team's).  Documents are
matched by the content hash of their text, not by id or key, so copies made by importing the same files
separately merge too.  For each document:

- a document the team's project lacks is added, with its shared suggestions;
- every annotation set (each annotator's, and the curated one) is copied with who wrote each span and when;
- a set the team's project already has with the same work (spans, relations, status) is left alone, so
  merging twice adds nothing;
- a set whose work differs is replaced by the newer one (an annotator who kept working since the last
  merge); when two inputs hold different work under the same name on the same document, or the team's own
  version is the newer one, that is a **conflict**: the newest version is kept and the conflict is reported
  (the document, the name, the file kept and the files not).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import orjson

from annotator.core.model import Span
from annotator.store import ProjectStore, SetCopy, StoreError
from annotator.tasks.base import Cancel, Progress, check, never, no_progress
from annotator.tasks.reviewing import add_label

Work = tuple[str, frozenset[tuple[object, ...]], frozenset[tuple[object, ...]]]


@dataclass
class Conflict:
    """Different work under one name on one document: ``kept`` is the source whose version the team's project
    has now (the newest; a file name, or the team's project itself), ``dropped`` the others."""

    document: str
    annotator: str
    kept: str
    dropped: list[str]

    def __str__(self) -> str:
        return (f"{self.document}: {self.annotator}'s work differs in {', '.join([self.kept, *self.dropped])}; "
                f"kept the newest, from {self.kept}")


@dataclass
class MergeResult:
    inputs: int = 0
    documents: int = 0  # documents of the inputs, matched or added
    added: int = 0  # documents the team's project did not have
    sets_added: int = 0
    sets_updated: int = 0  # sets replaced by newer work
    unchanged: int = 0  # sets the team's project already had as they are
    labels: list[str] = field(default_factory=list)  # labels the team's scheme did not have
    conflicts: list[Conflict] = field(default_factory=list)


def _key(span: Span) -> tuple[object, ...]:
    return (span.layer, span.label, span.start, span.end, str(span.status),
            orjson.dumps(span.attrs, option=orjson.OPT_SORT_KEYS) if span.attrs else b"")


def work(copy: SetCopy) -> Work:
    """What an annotator did in a set, without ids, times or scores: two sets are the same work when these
    are equal."""
    spans = {s.id: _key(s) for s in copy.spans}
    relations = frozenset((r.label, spans.get(r.head), spans.get(r.child), str(r.status)) for r in copy.relations)
    return str(copy.status), frozenset(spans.values()), relations


def _union_labels(team: ProjectStore, inputs: Sequence[ProjectStore], result: MergeResult) -> None:
    """Labels an input's scheme has and the team's lacks are added to the same layer, with their colour."""
    for other in inputs:
        for layer in other.scheme.layers:
            for label in layer.labels:
                if team.scheme.has_label(label.name):
                    if team.scheme.layer_of(label.name) != layer.name:
                        raise StoreError(f"{other.path}: label {label.name} is in layer {layer.name}, but in "
                                         f"{team.scheme.layer_of(label.name)} in {team.path}; rename one first")
                    continue
                add_label(team, layer.name, label.name, label.color)
                result.labels.append(label.name)


def merge(team: ProjectStore, inputs: Sequence[ProjectStore], *, progress: Progress = no_progress,
          cancel: Cancel = never) -> MergeResult:
    """Bring the inputs' documents and annotation sets into ``team`` (see the module's description)."""
    result = MergeResult(inputs=len(inputs))
    if any(other.path == team.path for other in inputs):
        raise StoreError(f"{team.path} is both an input and the project merged into")
    _union_labels(team, inputs, result)
    hashes = [other.content_hashes() for other in inputs]
    digests = list(dict.fromkeys(d for found in hashes for d in found))
    known = team.content_hashes()
    missing: dict[str, tuple[ProjectStore, int]] = {}
    for other, found in zip(inputs, hashes):
        for digest, pk in found.items():
            if digest not in known and digest not in missing:
                missing[digest] = (other, pk)
    if missing:
        result.added = len(team.add_documents(other.shared(pk) for other, pk in missing.values()).added)
        known = team.content_hashes()
    result.documents = len(digests)
    for n, digest in enumerate(digests):
        check(cancel)
        _merge_document(team, known[digest], [(other, found.get(digest)) for other, found in zip(inputs, hashes)],
                        result)
        progress(n + 1, len(digests))
    return result


def _merge_document(team: ProjectStore, pk: int, sources: list[tuple[ProjectStore, int | None]],
                    result: MergeResult) -> None:
    offered: dict[str, list[tuple[str, SetCopy]]] = {}
    for other, other_pk in sources:
        if other_pk is not None:
            for copy in other.sets_of(other_pk):
                offered.setdefault(copy.name, []).append((other.path, copy))
    if not offered:
        return
    have = {copy.name: copy for copy in team.sets_of(pk)}
    for name, versions in offered.items():
        mine = have.get(name)
        if mine is not None:
            versions = [(team.path, mine), *versions]
        newest_path, newest = max(versions, key=lambda v: v[1].updated or 0.0)
        kinds = {work(copy) for _, copy in versions}
        if len(kinds) > 1:
            dropped = [path for path, copy in versions if work(copy) != work(newest)]
            if newest_path == team.path or any(path != team.path for path in dropped):
                result.conflicts.append(Conflict(team.summary(pk).id, name, newest_path, dropped))
        if mine is not None and work(mine) == work(newest):
            result.unchanged += 1
            continue
        team.put_set(pk, newest)
        if mine is None:
            result.sets_added += 1
        else:
            result.sets_updated += 1
