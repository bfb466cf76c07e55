"""What every exporter shares: options, the summary, span selection, the
train/dev/test split and the streaming driver.

An exporter is an :class:`Exporter`: its ``open`` opens one output (one file
per split part) and gives an object with ``add(doc)``.  The driver streams
the documents through it, one at a time, so memory does not grow with the
corpus; every file is written through :func:`atomic_write`, so a
failed export leaves the old files (or none) in place.
"""

from __future__ import annotations

import difflib
import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Protocol

import orjson

from annotator.core.labels import LAYERS, LabelScheme
from annotator.core.model import Document, Span, SpanStatus
from annotator.core.tokenize import TokenCache, TokenIndex
from annotator.io.atomic import STDOUT, atomic_group, atomic_write

SPLITS = ("train", "dev", "test")
UNITS = ("document", "sentence")
OFFSETS = ("utf16", "codepoints")  # how doccano offsets count (docs/formats.md, Offsets)
ALIGNS = ("strict", "expand", "contract")  # spaCy's alignment modes for a span off the target tokens
MAX_WARNINGS = 50
NO_SET = "(no annotator)"


class ExportError(ValueError):
    """An export cannot start (bad options, a missing optional library); the
    message is one line for the user."""


@dataclass(frozen=True)
class ExportOptions:
    """What goes into an export.

    ``labels`` None means every label of the chosen layers.  ``split`` gives
    train/dev/test fractions: each document goes to one part by a hash of
    ``seed`` and its id, so a document stays in its part when the corpus
    grows, and the parts' sizes follow the fractions only approximately on
    small corpora.  ``unit`` is ``document`` or ``sentence`` for the
    token-classification formats (``hf``, ``conll``).  ``scheme`` fixes the
    tag ids of ``hf`` and the label set of ``labelstudio``/``boilerplate``
    (default: the built-in scheme); ``labels`` must be labels of the scheme
    in the chosen layers.

    ``max_tokens`` caps a unit of the token formats (None: the format's
    default, 512 for ``hf`` and none for ``conll``; 0: no cap): a longer unit
    is cut between tokens, never inside an entity.  ``offsets`` is how the
    doccano formats count (None: UTF-16 code units, as doccano does).
    ``lang`` makes the ``spacy`` format tokenize with spaCy's tokenizer of
    that language (``auto``: each document's ``meta.lang``, else ``xx``;
    None: the annotator's tokenizer), and ``align`` says what happens to a
    span whose edges fall inside a token: ``strict`` leaves it out (an
    entity's tokens become *missing*), ``expand``/``contract`` move its edges
    to the token edges around/inside it."""

    layers: tuple[str, ...] = LAYERS
    labels: tuple[str, ...] | None = None
    include_suggestions: bool = False
    split: tuple[float, float, float] | None = None
    seed: int = 0
    unit: str = "document"
    scheme: LabelScheme | None = field(default=None, compare=False, hash=False)
    max_tokens: int | None = None
    offsets: str | None = None
    lang: str | None = None
    align: str = "strict"
    # where the texts' token bounds are kept between exports (the project), for the formats that write tokens
    tokens: TokenCache | None = field(default=None, compare=False, hash=False, repr=False)

    def check(self) -> None:
        bad = [x for x in self.layers if x not in LAYERS]
        if bad:
            raise ExportError(f"unknown layer {bad[0]!r}; choose from {', '.join(LAYERS)}")
        if self.unit not in UNITS:
            raise ExportError(f"unknown unit {self.unit!r}; choose document or sentence")
        if self.offsets is not None and self.offsets not in OFFSETS:
            raise ExportError(f"unknown offsets {self.offsets!r}; choose {' or '.join(OFFSETS)}")
        if self.align not in ALIGNS:
            raise ExportError(f"unknown alignment {self.align!r}; choose {', '.join(ALIGNS)}")
        if self.max_tokens is not None and self.max_tokens < 0:
            raise ExportError(f"--max-tokens must be 0 (no cap) or more, not {self.max_tokens}")
        self._check_labels()
        if self.split is not None:
            if len(self.split) != 3 or any(f < 0 for f in self.split) or abs(sum(self.split) - 1) > 1e-6:
                raise ExportError(f"the split {','.join(map(str, self.split))} must be three fractions "
                                  "(train,dev,test) that add up to 1, e.g. 0.8,0.1,0.1")

    def label_scheme(self) -> LabelScheme:
        return self.scheme if self.scheme is not None else LabelScheme.default()

    def _check_labels(self) -> None:
        """A layer or label the scheme does not have would export nothing of it, silently: refuse it."""
        scheme = self.label_scheme()
        missing = [x for x in self.layers if x not in scheme.layer_names()]
        if missing:
            raise ExportError(f"the project has no {missing[0]!r} layer (it has {', '.join(scheme.layer_names())})")
        if self.labels is None:
            return
        if not self.labels:
            raise ExportError("--labels names no label")
        chosen = [lab.name for layer in self.layers for lab in scheme.layer(layer).labels]
        for label in self.labels:
            if label in chosen:
                continue
            if scheme.has_label(label):
                raise ExportError(f"label {label!r} is in the {scheme.layer_of(label)} layer, which is not exported "
                                  f"(--layers {','.join(self.layers)})")
            close = difflib.get_close_matches(label, scheme.labels(), n=1)
            hint = f"; did you mean {close[0]}?" if close else ""
            raise ExportError(f"the project has no label {label!r}{hint} (its labels: {', '.join(scheme.labels())})")


@dataclass
class ExportSummary:
    """Counts per label (what was written), documents per split part, whose
    annotation sets were written (documents per annotator; :data:`NO_SET` for
    documents nobody has worked on), the files written, and warnings (the
    first :data:`MAX_WARNINGS`, then a count)."""

    documents: int = 0
    labels: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what a consumer must know (offsets, cuts), not problems
    empty: str = ""  # why the export holds nothing to train on (no document, no span), set by the task layer
    splits: dict[str, int] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)
    sets: dict[str, int] = field(default_factory=dict)
    off_token_spans: int = 0
    unshown_warnings: int = 0

    def add(self, label: str, n: int = 1) -> None:
        self.labels[label] = self.labels.get(label, 0) + n

    def warn(self, message: str) -> None:
        if len(self.warnings) < MAX_WARNINGS:
            self.warnings.append(message)
        else:
            self.unshown_warnings += 1

    def off_tokens(self, doc: Document, span: Span, consequence: str, tokens: str = "token boundaries") -> None:
        """A span that does not start and end on token boundaries: reported,
        never silently dropped or moved."""
        self.off_token_spans += 1
        text = doc.text[span.start:span.end]
        shown = text if len(text) <= 40 else text[:39] + "…"
        self.warn(f"document {doc.id}: {span.label} [{span.start}, {span.end}) {shown!r} is not on "
                  f"{tokens}; {consequence}")

    def finish(self) -> None:
        if self.unshown_warnings:
            self.warnings.append(f"… and {self.unshown_warnings:,} more warnings")
            self.unshown_warnings = 0


def select(doc: Document, options: ExportOptions) -> Document:
    """A copy of ``doc`` with only the spans (and relations between them) the
    options ask for."""
    layers, labels = set(options.layers), options.labels
    spans = [s for s in doc.spans if s.layer in layers and (labels is None or s.label in labels)
             and (options.include_suggestions or s.status != SpanStatus.SUGGESTED)]
    ids = {s.id for s in spans}
    relations = [r for r in doc.relations if r.head in ids and r.child in ids
                 and (options.include_suggestions or r.status != SpanStatus.SUGGESTED)]
    return doc.model_copy(update={"spans": spans, "relations": relations})


def on_tokens(index: TokenIndex, span: Span) -> tuple[int, int] | None:
    return index.char_span_to_tokens(span.start, span.end)


def split_part(doc_id: str, options: ExportOptions) -> str | None:
    """The part (train/dev/test) of a document, or None without a split."""
    if options.split is None:
        return None
    digest = hashlib.blake2b(f"{options.seed}\0{doc_id}".encode(), digest_size=8).digest()
    u = int.from_bytes(digest, "big") / 2**64
    bound = 0.0
    for name, fraction in zip(SPLITS, options.split):
        bound += fraction
        if u < bound and fraction > 0:
            return name
    return next(name for name, f in reversed(list(zip(SPLITS, options.split))) if f > 0)


def part_path(output: str | os.PathLike[str], part: str | None) -> Path:
    """``corpus.jsonl`` → ``corpus-train.jsonl`` (the part before the suffix)."""
    path = Path(output)
    if part is None:
        return path
    return path.with_name(f"{path.stem}-{part}{path.suffix}") if path.suffix else path.with_name(f"{path.name}-{part}")


def sidecar_path(output: str | os.PathLike[str], suffix: str) -> Path:
    """A file that goes with the whole export: ``corpus.jsonl`` → ``corpus.labels.json``."""
    path = Path(output)
    return path.with_name(f"{path.stem if path.suffix else path.name}{suffix}")


class Writer(Protocol):
    def add(self, doc: Document) -> None: ...


class Exporter:
    """One export in one format.  :meth:`open` opens the output of one split
    part (a context manager giving a :class:`Writer`); :meth:`finish` runs
    after the last document, before any file is renamed into place, and
    writes the files that go with the whole export (e.g. tag names)."""

    name = ""
    description = ""
    suffix = ".jsonl"  # the output file's usual extension (a save dialog's default)
    keeps_relations = False  # True: importing the output back gives the relations too
    record_units: tuple[str, ...] = ("document",)  # the record units it can write (``--unit``)
    token_units = False  # its units are token sequences, which ``--max-tokens`` caps
    offsets: tuple[str, ...] = ()  # the offset counts it can write (``--offsets``), if it has a choice
    takes_lang = False  # it tokenizes with a language's tokenizer (``--lang``)
    companion = ""  # what it also writes beside the output for the whole export (so it cannot be one stream)

    @classmethod
    def check(cls, options: ExportOptions) -> None:
        """Refuse an option this format would silently ignore."""
        if options.unit not in cls.record_units:
            raise ExportError(f"the {cls.name} format writes one record per document: --unit {options.unit} "
                              "applies to the token formats (hf, conll)")
        if options.max_tokens is not None and not cls.token_units:
            raise ExportError(f"--max-tokens applies to the token formats (hf, conll), not {cls.name}")
        if options.offsets is not None and options.offsets not in cls.offsets:
            raise ExportError(f"--offsets applies to the doccano formats, not {cls.name} "
                              "(docs/formats.md lists each format's offsets)")
        if options.lang is not None and not cls.takes_lang:
            raise ExportError(f"--lang applies to the spacy format, not {cls.name}")

    def __init__(self, output: Path, options: ExportOptions, summary: ExportSummary):
        self.output, self.options, self.summary = output, options, summary

    def open(self, path: Path) -> AbstractContextManager[Writer]:
        raise NotImplementedError

    def finish(self) -> None:
        return None


class _Lines:
    def __init__(self, fh: IO[bytes], records: Callable[[Document], Iterable[dict[str, Any]]]):
        self.fh, self.records = fh, records

    def add(self, doc: Document) -> None:
        for record in self.records(doc):
            self.fh.write(orjson.dumps(record) + b"\n")


class JsonLines(Exporter):
    """A JSONL format: :meth:`records` gives the lines of one document."""

    def records(self, doc: Document) -> Iterable[dict[str, Any]]:
        raise NotImplementedError

    @contextmanager
    def open(self, path: Path) -> Iterator[_Lines]:
        with atomic_write(path, "wb") as fh:
            yield _Lines(fh, self.records)


def drive(fmt: type[Exporter], docs: Iterable[Document], output: str | os.PathLike[str], options: ExportOptions,
          progress: Callable[[int], None] | None) -> ExportSummary:
    options.check()
    fmt.check(options)
    summary = ExportSummary()
    exporter = fmt(Path(output), options, summary)
    parts: list[str | None] = [None] if options.split is None else [
        name for name, f in zip(SPLITS, options.split) if f > 0]
    if options.split is not None and os.fspath(output) == STDOUT:
        raise ExportError("a split export writes three files; give an output file name, not -")
    if fmt.companion and os.fspath(output) == STDOUT:
        raise ExportError(f"the {fmt.name} export also writes {fmt.companion} beside its output; "
                          "give an output file name, not -")
    with atomic_group(output), ExitStack() as stack:  # the parts and their sidecar files appear at once
        writers: dict[str | None, Writer] = {}
        for part in parts:
            path = part_path(output, part)
            writers[part] = stack.enter_context(exporter.open(path))
            summary.files.append(str(path))
            if part is not None:
                summary.splits[part] = 0
        for doc in docs:
            part = split_part(doc.id, options)
            writers[part].add(select(doc, options))
            summary.documents += 1
            whose = doc.annotator or NO_SET
            summary.sets[whose] = summary.sets.get(whose, 0) + 1
            if part is not None:
                summary.splits[part] += 1
            if progress:
                progress(summary.documents)
        exporter.finish()
    for part, n in summary.splits.items():
        if n == 0 and summary.documents:
            summary.warn(f"the {part} part got no documents ({summary.documents} in all); "
                         "use more documents or another --seed")
    summary.finish()
    return summary
