"""A tiny third-party plug-in, for the tests: one format (``toy``: export and import) and one detector
(``toy``: every "Kopiko" is a MISC entity).  It reaches the program only through its entry points
(``annotator_toy-0.1.dist-info/entry_points.txt``), as an installed package would; the tests put this
folder on ``sys.path``/``PYTHONPATH``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from annotator.core.labels import LabelScheme
from annotator.core.model import SOURCE_IMPORT, Document, Span
from annotator.detect.base import Context, Detector, Suggestions
from annotator.io.formats.base import JsonLines
from annotator.io.formats.registry import Format, Importer

WORD = re.compile(r"\bKopiko\b")


class ToyDetector(Detector):
    name = "toy"
    layers = ("entities",)

    def detect(self, doc: Document, ctx: Context) -> Suggestions:
        return Suggestions(spans=[Span(start=m.start(), end=m.end(), label="MISC", layer="entities", score=0.5)
                                  for m in WORD.finditer(doc.text)])


class ToyExporter(JsonLines):
    name = "toy"
    description = "toy marks (a test plug-in)"

    def records(self, doc: Document) -> Iterator[dict[str, Any]]:
        for span in doc.spans:
            self.summary.add(span.label)
        yield {"toy_text": doc.text, "marks": [[s.start, s.end, s.label, s.layer] for s in doc.spans]}


def _document(record: dict[str, Any], scheme: LabelScheme) -> Document:
    text = record["toy_text"]
    return Document(text=text, spans=[Span(start=s, end=e, label=label, layer=layer, source=SOURCE_IMPORT)
                                      for s, e, label, layer in record["marks"]])


FORMAT = Format(ToyExporter, Importer("toy", lambda record: "toy_text" in record, _document))
