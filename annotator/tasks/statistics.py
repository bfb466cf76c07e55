"""What a project holds: documents by status, spans by layer, label and source, relations by label."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from annotator.store import ProjectStore


@dataclass
class ProjectStats:
    documents: dict[str, int]  # total, todo, done, skipped
    spans: dict[str, dict[str, dict[str, int]]]  # layer → label → "source (status)" → count
    relations: dict[str, int]  # label → count

    def as_dict(self) -> dict[str, Any]:
        return {"documents": self.documents, "spans": self.spans, "relations": self.relations}


def stats(store: ProjectStore) -> ProjectStats:
    found = store.stats()
    return ProjectStats(documents=found["documents"], spans=found["spans"], relations=found["relations"])
