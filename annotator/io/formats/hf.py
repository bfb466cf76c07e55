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
from annotator.io.formats.iob import COLUMNS, cap_units, layer_tags, note_cuts, piece, tag_sets, units

LABELS_SUFFIX = ".labels.json"
MAX_TOKENS = 512  # the default cap of a unit: the input length of BERT-style encoders


class HfExporter(JsonLines):
    name = "hf"
    description = "Hugging Face token classification JSONL + labels.json"
    companion = "the tag names (OUT.labels.json)"
    record_units = ("document", "sentence")
    token_units = True

    def __init__(self, *args: Any):
        super().__init__(*args)
        self.tags = tag_sets(self.options, self.summary)
        self.max_tokens = MAX_TOKENS if self.options.max_tokens is None else self.options.max_tokens
        self.cut_spans: dict[str, int] = {}

    def records(self, doc: Document) -> Iterator[dict[str, Any]]:
        index = TokenIndex(tokenize(doc.text))
        columns = {COLUMNS[layer]: (layer_tags(doc, layer, index, tags, self.summary), tags)
                   for layer, tags in self.tags.items()}
        cuts = cap_units(doc, index, units(doc, index, self.options.unit), self.max_tokens, self.cut_spans)
        whole = self.options.unit == "document" and len(cuts) == 1
        for n, (first, last) in enumerate(cuts):
            record: dict[str, Any] = {
                "id": doc.id if whole else f"{doc.id}-{n}",
                "doc_id": doc.id,
                "tokens": [t.text for t in index.tokens[first:last]],
            }
            for column, (tags, tagset) in columns.items():
                record[column] = piece(tags, first, last, tagset)
            yield record

    def finish(self) -> None:
        note_cuts(self.summary, self.cut_spans, self.max_tokens)
        path = sidecar_path(self.output, LABELS_SUFFIX)
        names = {COLUMNS[layer]: tags.names for layer, tags in self.tags.items()}
        with atomic_write(path, "wb") as fh:
            fh.write(orjson.dumps(names, option=orjson.OPT_INDENT_2) + b"\n")
        self.summary.files.append(str(path))
