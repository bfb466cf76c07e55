"""``hf``: Hugging Face token classification.

JSONL, one unit (document or sentence) per line:
``{"id", "doc_id", "tokens": [...], "ner_tags": [0, 3, 4, ...]}`` with a
``quote_tags``/``segment_tags`` column when those layers are exported.  The
tag names, in id order, go to ``<output stem>.labels.json`` as
``{"ner_tags": ["O", "B-PERSON", "I-PERSON", ...], ...}``: load with
``datasets.load_dataset("json", data_files=…, features=…)`` and
``ClassLabel(names=labels["ner_tags"])`` (docs/formats.md).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import orjson

from annotator.core.model import Document
from annotator.core.tokenize import TokenIndex, tokenize
from annotator.io.atomic import atomic_write
from annotator.io.formats.base import JsonLines, sidecar_path
from annotator.io.formats.iob import COLUMNS, layer_tags, tag_sets, units

LABELS_SUFFIX = ".labels.json"


class HfExporter(JsonLines):
    name = "hf"
    description = "Hugging Face token classification JSONL + labels.json"

    def __init__(self, *args: Any):
        super().__init__(*args)
        self.tags = tag_sets(self.options, self.summary)

    def records(self, doc: Document) -> Iterator[dict[str, Any]]:
        index = TokenIndex(tokenize(doc.text))
        columns = {COLUMNS[layer]: layer_tags(doc, layer, index, tags, self.summary)
                   for layer, tags in self.tags.items()}
        cuts = units(doc, index, self.options.unit)
        for n, (first, last) in enumerate(cuts):
            record: dict[str, Any] = {
                "id": doc.id if self.options.unit == "document" else f"{doc.id}-{n}",
                "doc_id": doc.id,
                "tokens": [t.text for t in index.tokens[first:last]],
            }
            for column, tags in columns.items():
                record[column] = tags[first:last]
            yield record

    def finish(self) -> None:
        path = sidecar_path(self.output, LABELS_SUFFIX)
        names = {COLUMNS[layer]: tags.names for layer, tags in self.tags.items()}
        with atomic_write(path, "wb") as fh:
            fh.write(orjson.dumps(names, option=orjson.OPT_INDENT_2) + b"\n")
        self.summary.files.append(str(path))
