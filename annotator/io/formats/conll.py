"""``conll``: CoNLL-2003-style IOB2 text.

One token per line: the token, then one IOB2 tag column per exported layer
(entities, quotes, segments, in that order), separated by single spaces.
Sentences (or, with unit ``document``, documents) are separated by a blank
line; each document starts with the line ``-DOCSTART- -X- O O`` and a blank
line, the delimiter spaCy's ``spacy convert`` and CoNLL readers know.  With
``--layers entities`` this is the classic two-column NER file.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from collections.abc import Iterator
from typing import IO, Any

from annotator.core.model import Document
from annotator.core.tokenize import TokenIndex, tokenize
from annotator.io.atomic import atomic_write
from annotator.io.formats.base import Exporter
from annotator.io.formats.iob import TagSet, cap_units, layer_tags, note_cuts, piece, tag_sets, units

DOCSTART = "-DOCSTART- -X- O O"


class _ConllWriter:
    def __init__(self, fh: IO[bytes], exporter: ConllExporter):
        self.fh, self.exporter = fh, exporter

    def add(self, doc: Document) -> None:
        ex = self.exporter
        index = TokenIndex(tokenize(doc.text))
        columns = [layer_tags(doc, layer, index, tags, ex.summary) for layer, tags in ex.tags.items()]
        names: list[TagSet] = list(ex.tags.values())
        lines = [DOCSTART, ""]
        cuts = cap_units(doc, index, units(doc, index, ex.options.unit), ex.max_tokens, ex.cut_spans)
        for first, last in cuts:
            pieces = [piece(col, first, last, tagset) for tagset, col in zip(names, columns)]
            for k in range(first, last):
                tags = " ".join(tagset.names[col[k - first]] for tagset, col in zip(names, pieces))
                lines.append(f"{index.tokens[k].text} {tags}" if tags else index.tokens[k].text)
            lines.append("")
        self.fh.write(("\n".join(lines) + "\n").encode("utf-8"))


class ConllExporter(Exporter):
    name = "conll"
    description = "CoNLL-2003-style IOB2 columns"
    suffix = ".conll"
    record_units = ("document", "sentence")
    token_units = True

    def __init__(self, *args: Any):
        super().__init__(*args)
        self.tags = tag_sets(self.options, self.summary)
        self.max_tokens = self.options.max_tokens or 0  # no cap unless asked: CoNLL readers take any length
        self.cut_spans: dict[str, int] = {}

    def finish(self) -> None:
        note_cuts(self.summary, self.cut_spans, self.max_tokens)

    @contextmanager
    def open(self, path: Path) -> Iterator[_ConllWriter]:
        with atomic_write(path, "wb") as fh:
            yield _ConllWriter(fh, self)
