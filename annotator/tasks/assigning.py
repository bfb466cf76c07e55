"""Giving documents to annotators: every document to one annotator, a share of them to more than one (to
measure agreement), each annotator's documents in a queue that their "next unfinished" follows."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field

from annotator.store import CURATED, ProjectStore, StoreError
from annotator.store.base import check_annotator_name


@dataclass
class AssignResult:
    queues: dict[str, int] = field(default_factory=dict)  # documents per annotator
    documents: int = 0
    shared: int = 0  # documents given to more than one annotator


def plan(pks: Sequence[int], annotators: Sequence[str], overlap: float, copies: int = 2,
         seed: int = 0) -> dict[str, list[int]]:
    """Each annotator's queue.  The documents are dealt round-robin in project order, so each person gets
    an even share; a ``overlap`` share of them, chosen by ``seed``, also goes to the next ``copies - 1``
    annotators in the rotation.  Queues keep project order."""
    if not annotators:
        raise ValueError("no annotators to assign documents to")
    if not 0 <= overlap <= 1:
        raise ValueError(f"the overlap {overlap} is not a fraction between 0 and 1")
    copies = max(1, min(copies, len(annotators)))
    rng = random.Random(seed)
    n_shared = round(overlap * len(pks))
    shared = set(rng.sample(list(pks), n_shared)) if copies > 1 else set()
    queues: dict[str, list[int]] = {name: [] for name in annotators}
    for i, pk in enumerate(pks):
        for k in range(copies if pk in shared else 1):
            queues[annotators[(i + k) % len(annotators)]].append(pk)
    return queues


def assign(store: ProjectStore, annotators: Sequence[str], *, overlap: float = 0.1, copies: int = 2,
           seed: int = 0) -> AssignResult:
    """Give every document of the project to ``annotators`` (their previous queues are replaced)."""
    names = [check_annotator_name(name) for name in annotators]
    if CURATED in names or len(set(names)) != len(names):
        raise StoreError("each annotator once, and not 'curated'")
    pks = [s.pk for s in store.list_documents(limit=max(store.count(), 1))]
    queues = plan(pks, names, overlap, copies, seed)
    store.set_queues(queues)
    counts: dict[int, int] = {}
    for queue in queues.values():
        for pk in queue:
            counts[pk] = counts.get(pk, 0) + 1
    return AssignResult({name: len(q) for name, q in queues.items()}, len(pks),
                        sum(1 for n in counts.values() if n > 1))
