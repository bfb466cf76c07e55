"""``boilerplate``: one JSONL record per line or block, for boilerplate and
structure classification.

``{"doc_id", "start", "end", "text", "role", "cats": {"content": 0.0,
"BOILERPLATE": 1.0, …}}``.  The text is cut at newlines, at the HTML
reader's block edges and at every segment edge, so each piece lies wholly in
one segment (role = its label) or in none (role ``content``); whitespace at a
piece's edges is trimmed and blank pieces are skipped.  ``cats`` is spaCy's
text-classification target: 1.0 for the role, 0.0 for the others (the
scheme's segment labels that are exported, and ``content``).  A segment
label left out with ``--labels`` counts as content.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from annotator.core.labels import SEGMENTS
from annotator.core.model import Document
from annotator.io.formats.base import JsonLines

CONTENT = "content"


class BoilerplateExporter(JsonLines):
    name = "boilerplate"
    description = "one JSONL record per line/block with its role (content, BOILERPLATE, TITLE, ...)"

    def __init__(self, *args: Any):
        super().__init__(*args)
        scheme = self.options.label_scheme()
        try:
            labels = [lab.name for lab in scheme.layer(SEGMENTS).labels]
        except KeyError:
            labels = []
        allowed = self.options.labels
        self.roles = [CONTENT] + [x for x in labels if allowed is None or x in allowed]

    def records(self, doc: Document) -> Iterator[dict[str, Any]]:
        text = doc.text
        segments = doc.spans_in(SEGMENTS) if SEGMENTS in self.options.layers else []
        cuts = {0, len(text)}
        cuts.update(i + 1 for i, ch in enumerate(text) if ch == "\n")
        cuts.update(i for i, ch in enumerate(text) if ch == "\n")
        for block in doc.blocks:
            cuts.update((block.start, block.end))
        for seg in segments:
            cuts.update((seg.start, seg.end))
        points = sorted(c for c in cuts if 0 <= c <= len(text))
        k = 0
        for a, b in zip(points, points[1:]):
            piece = text[a:b]
            stripped = piece.strip()
            if not stripped:
                continue
            start = a + (len(piece) - len(piece.lstrip()))
            end = start + len(stripped)
            while k < len(segments) and segments[k].end <= a:
                k += 1
            role = segments[k].label if k < len(segments) and segments[k].start <= a else CONTENT
            if role not in self.roles:
                self.roles.append(role)
                self.summary.warn(f"segment label {role!r} is not in the scheme; it is added to cats")
            self.summary.add(role)
            yield {"doc_id": doc.id, "start": start, "end": end, "text": stripped, "role": role,
                   "cats": {r: 1.0 if r == role else 0.0 for r in self.roles}}
