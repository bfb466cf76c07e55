"""``spacy``: a ``.spacy`` file (spaCy's DocBin), read by ``spacy train``.

Each document becomes a ``Doc`` whose text is exactly the document's text:
the words are the tokens of the one tokenizer, with spaCy's convention for
whitespace (one space after a token is its ``whitespace_``, any other run of
whitespace is a token of its own), so character offsets are the same as
ours.  Entities go to ``doc.ents``; the quotes and segments layers to
``doc.spans["quotes"]`` and ``doc.spans["segments"]``.  A span that is not on
token boundaries cannot be a spaCy span: it is left out with a warning, and
an entity's tokens are marked *missing* (unknown) rather than *outside*, so
training does not learn them as non-entities.  ``doc.user_data`` keeps the
document id, meta, status, the relations and span attributes (a quote's
speaker) as character offsets.

A DocBin is held in memory until it is written, so an export is cut into
files of :data:`SHARD_DOCS` documents: up to that many, the output is one
``.spacy`` file; beyond, the output path is a folder of ``.spacy`` files,
which ``spacy train`` reads the same way (``--paths.train OUT``).

spaCy is optional (the ``spacy`` extra); without it this format says how to
install it.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from annotator.core.labels import ENTITIES, QUOTES, SEGMENTS
from annotator.core.model import Document, Span
from annotator.core.tokenize import Token, tokenize
from annotator.io.atomic import STDOUT, atomic_write
from annotator.io.formats.base import ExportError, Exporter

SHARD_DOCS = 1000
GROUPS = (QUOTES, SEGMENTS)  # layers that go to doc.spans[...]
_ATTRS = ["ENT_IOB", "ENT_TYPE"]  # ORTH and SPACY are always stored


def _spacy() -> tuple[Any, Any, Any, Any]:
    try:
        from spacy.tokens import Doc, DocBin, Span
        from spacy.vocab import Vocab
    except ImportError:
        raise ExportError("the spacy format needs spaCy, which is not installed: "
                          "pip install 'annotator[spacy]' (or: pip install spacy)") from None
    return Doc, DocBin, Span, Vocab


def words_and_spaces(text: str, tokens: Sequence[Token]) -> tuple[list[str], list[bool], list[int]]:
    """spaCy words/spaces that rebuild ``text`` exactly, and the word index of
    each of our tokens."""
    words: list[str] = []
    spaces: list[bool] = []
    where: list[int] = []
    pos = 0

    def gap(ws: str) -> None:
        if words and ws.startswith(" "):
            spaces[-1] = True
            ws = ws[1:]
        if ws:
            words.append(ws)
            spaces.append(False)

    for tok in tokens:
        if tok.start > pos:
            gap(text[pos:tok.start])
        where.append(len(words))
        words.append(tok.text)
        spaces.append(False)
        pos = tok.end
    if pos < len(text):
        gap(text[pos:])
    return words, spaces, where


class _Shards:
    def __init__(self, path: Path, exporter: SpacyExporter):
        self.path, self.ex = path, exporter
        self.folder: Path | None = None
        self.shards = 0
        self._new_bin()

    def _new_bin(self) -> None:
        _Doc, DocBin, _Span, Vocab = self.ex.spacy
        self.bin = DocBin(attrs=_ATTRS, store_user_data=True)
        self.vocab = Vocab()
        self.n = 0

    def _write_shard(self) -> None:
        if self.folder is None:
            self.folder = Path(tempfile.mkdtemp(prefix=f".{self.path.name}.", suffix=".part", dir=self.path.parent))
        with atomic_write(self.folder / f"{self.shards:05d}.spacy", "wb") as fh:
            fh.write(self.bin.to_bytes())
        self.shards += 1
        self._new_bin()

    def add(self, doc: Document) -> None:
        if self.n == SHARD_DOCS:
            if os.fspath(self.path) == STDOUT:  # before anything is written: a folder is no stream
                raise ExportError(f"a spacy export of more than {SHARD_DOCS:,} documents is a folder of .spacy "
                                  "files; give an output name, not -")
            self._write_shard()
        self.bin.add(self.ex.to_spacy(doc, self.vocab))
        self.n += 1

    def close(self) -> None:
        if self.folder is None and not self.path.is_dir():
            with atomic_write(self.path, "wb") as fh:
                fh.write(self.bin.to_bytes())
            return
        if self.folder is None:  # one file where an earlier, larger export left a folder
            new = self.path.with_name(f".{self.path.name}.new-{os.getpid()}")
            with atomic_write(new, "wb", grouped=False) as fh:  # renamed by _swap
                fh.write(self.bin.to_bytes())
            self._swap(new)
            return
        if self.n:
            self._write_shard()
        self._swap(self.folder)
        self.folder = None
        self.ex.summary.warn(f"{self.path} is a folder of {self.shards} .spacy files ({SHARD_DOCS:,} documents "
                             "each at most); spacy train reads the folder as it reads one file")

    def _swap(self, new: Path) -> None:
        """Put ``new`` (a file or a folder) at the output path, replacing what is there."""
        old = None
        if self.path.exists() or self.path.is_symlink():
            old = self.path.with_name(f".{self.path.name}.old-{os.getpid()}")
            os.replace(self.path, old)
        os.replace(new, self.path)
        if old is not None and old.is_dir() and not old.is_symlink():
            shutil.rmtree(old)
        elif old is not None:
            old.unlink()

    def discard(self) -> None:
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)


class SpacyExporter(Exporter):
    name = "spacy"
    description = "spaCy DocBin (.spacy)"
    suffix = ".spacy"
    takes_lang = True

    def __init__(self, *args: Any):
        super().__init__(*args)
        self.spacy = _spacy()
        self.tokenizers: dict[str, Any] = {}
        self.auto_langs: dict[str, str] = {}  # a document's meta.lang → the spaCy language used for it
        if self.options.lang not in (None, "auto"):
            self._tokenizer(self.options.lang)  # an unknown language stops the export before any file
        self.spans = 0
        self.misaligned = 0
        self.moved = 0

    def _tokenizer(self, lang: str) -> Any:
        if lang not in self.tokenizers:
            import spacy

            try:
                self.tokenizers[lang] = spacy.blank(lang).tokenizer
            except (ImportError, KeyError, ValueError) as exc:
                raise ExportError(f"spaCy has no tokenizer for language {lang!r} ({exc}); "
                                  "pass --lang with a spaCy language code, e.g. id or en") from None
        return self.tokenizers[lang]

    def _lang(self, doc: Document) -> str | None:
        """The spaCy language whose tokenizer makes the words (None: the annotator's tokenizer)."""
        if self.options.lang != "auto":
            return self.options.lang
        lang = doc.meta.get("lang")
        if not isinstance(lang, str):
            return "xx"
        if lang not in self.auto_langs:
            try:
                self._tokenizer(lang)
                self.auto_langs[lang] = lang
            except ExportError:
                self.auto_langs[lang] = "xx"  # spaCy's multi-language tokenizer
        return self.auto_langs[lang]

    def _words(self, doc: Document, lang: str | None) -> tuple[list[str], list[bool]]:
        if lang is None:
            words, spaces, _where = words_and_spaces(doc.text, tokenize(doc.text))
            return words, spaces
        tokens = self._tokenizer(lang)(doc.text)
        return [t.text for t in tokens], [bool(t.whitespace_) for t in tokens]

    def _span(self, sdoc: Any, span: Span, mode: str) -> Any:
        """The spaCy span at ``span``'s characters in ``mode``, or None (also when it would be empty or start or
        end on a whitespace token)."""
        found = sdoc.char_span(span.start, span.end, label=span.label, alignment_mode=mode)
        if found is None or len(found) == 0 or found[0].text.isspace() or found[-1].text.isspace():
            return None
        return found

    def to_spacy(self, doc: Document, vocab: Any) -> Any:
        Doc, _DocBin, SpacySpan, _Vocab = self.spacy
        lang = self._lang(doc)
        tokens_of = "token boundaries" if lang is None else f"spaCy's {lang!r} token boundaries"
        words, spaces = self._words(doc, lang)
        sdoc = Doc(vocab, words=words, spaces=spaces)
        ents: list[Any] = []
        missing: list[tuple[int, int]] = []
        groups: dict[str, list[Any]] = {layer: [] for layer in GROUPS if layer in self.options.layers}
        for span in sorted(doc.spans, key=lambda s: (s.start, s.end)):
            self.spans += 1
            where_to = "doc.ents" if span.layer == ENTITIES else f'doc.spans["{span.layer}"]'
            sspan = self._span(sdoc, span, "strict")
            if sspan is None:
                self.misaligned += 1
                if self.options.align != "strict":
                    sspan = self._span(sdoc, span, self.options.align)
                if sspan is None:
                    self.summary.off_tokens(doc, span, f"it is left out of {where_to}" + (
                        "; its tokens are marked missing" if span.layer == ENTITIES else ""), tokens_of)
                else:
                    self.moved += 1
                    self.summary.off_tokens(doc, span, f"--align {self.options.align} makes it "
                                            f"[{sspan.start_char}, {sspan.end_char}) {sspan.text!r}", tokens_of)
            if span.layer == ENTITIES and sspan is not None and ents and sspan.start < ents[-1].end:
                self.summary.warn(f"document {doc.id}: {span.label} [{span.start}, {span.end}) overlaps the entity "
                                  f"before it on spaCy's tokens; it is left out of doc.ents (its tokens are missing)")
                sspan = None
            if sspan is None:
                covered = sdoc.char_span(span.start, span.end, alignment_mode="expand")
                if span.layer == ENTITIES and covered is not None and len(covered):
                    missing.append((covered.start, covered.end))
                continue
            if span.layer == ENTITIES:
                ents.append(sspan)
            elif span.layer in groups:
                groups[span.layer].append(sspan)
            self.summary.add(span.label)
        in_ents = {i for e in ents for i in range(e.start, e.end)}
        unknown = sorted({i for a, b in missing for i in range(a, b)} - in_ents)
        holes: list[list[int]] = []  # runs of unknown tokens
        for i in unknown:
            if holes and holes[-1][1] == i:
                holes[-1][1] = i + 1
            else:
                holes.append([i, i + 1])
        sdoc.set_ents(ents, missing=[SpacySpan(sdoc, a, b) for a, b in holes], default="outside")
        for layer, spans in groups.items():
            sdoc.spans[layer] = spans
        sdoc.user_data.update(self._user_data(doc))
        return sdoc

    def finish(self) -> None:
        tokens = {None: "the annotator's tokenizer", "auto": "spaCy's tokenizer of each document's language"}.get(
            self.options.lang, f"spaCy's {self.options.lang!r} tokenizer")
        if not self.misaligned:
            self.summary.notes.append(f"the words are those of {tokens}; every span is on them")
            return
        left = self.misaligned - self.moved
        advice = "; --align expand keeps them, moved to the token edges around them" if left else ""
        self.summary.notes.append(
            f"the words are those of {tokens}: {self.misaligned:,} of {self.spans:,} spans do not line up with "
            f"them: {self.moved:,} moved (--align {self.options.align}), {left:,} left out (an entity's tokens "
            f"are missing, not O){advice}")

    @staticmethod
    def _user_data(doc: Document) -> dict[str, Any]:
        by_id = {s.id: s for s in doc.spans}
        return {
            "id": doc.id, "meta": doc.meta, "status": str(doc.status),
            "relations": [{"label": r.label,
                           "head": [by_id[r.head].start, by_id[r.head].end, by_id[r.head].label],
                           "child": [by_id[r.child].start, by_id[r.child].end, by_id[r.child].label]}
                          for r in doc.relations],
            "span_attrs": [{"start": s.start, "end": s.end, "label": s.label, **s.attrs}
                           for s in doc.spans if s.attrs],
        }

    @contextmanager
    def open(self, path: Path) -> Iterator[_Shards]:
        path.parent.mkdir(parents=True, exist_ok=True)
        shards = _Shards(path, self)
        try:
            yield shards
            shards.close()
        finally:
            shards.discard()
