"""Token-level tags for the token-classification formats (``hf``, ``conll``).

Tokens come from the one tokenizer (:mod:`annotator.core.tokenize`); each
layer gets its own IOB2 tag sequence, since spans of different layers may
overlap (a quote holds entities).  Sentence units are cut at newlines and at
sentence-final punctuation, never inside an exported span.  A unit longer
than the token cap (``--max-tokens``) is cut again, at a sentence end where it
can and never inside an entity; a quote or segment cut that way is counted
and its next piece starts with ``B-``.
"""

from __future__ import annotations

from annotator.core.labels import ENTITIES, QUOTES, SEGMENTS, LabelScheme
from annotator.core.model import Document
from annotator.core.tokenize import Token, TokenIndex
from annotator.io.formats.base import ExportOptions, ExportSummary

# The column (hf field) of each layer's tags; ``ner_tags`` is the name
# Hugging Face token-classification scripts look for.
COLUMNS = {ENTITIES: "ner_tags", QUOTES: "quote_tags", SEGMENTS: "segment_tags"}

_FINAL = {".", "!", "?", "…"}
_CLOSERS = {'"', "”", "’", "'", ")", "]", "»"}
_OPENERS = {'"', "“", "‘", "(", "[", "«"}
# Words that a full stop follows without ending the sentence (Indonesian and English news).
_ABBREVIATIONS = {"dr", "drs", "dra", "ir", "prof", "h", "hj", "st", "no", "jl", "tn", "ny", "sdr", "kol", "jend",
                  "brigjen", "mayjen", "letjen", "kapt", "mr", "mrs", "ms", "jr", "sr", "vs", "dll", "dsb", "dkk",
                  "inc", "ltd", "co", "corp", "mt", "gen", "gov", "sen", "rep", "etc"}


class TagSet:
    """IOB2 tag names of one layer: ``O`` then ``B-X``, ``I-X`` for each label
    of the scheme (in scheme order), so ids are the same in every export made
    with the same scheme.  A label the scheme lacks is appended, with a
    warning."""

    def __init__(self, layer: str, scheme: LabelScheme, labels: tuple[str, ...] | None, summary: ExportSummary):
        self.layer, self.summary = layer, summary
        self.names = ["O"]
        self._ids: dict[str, tuple[int, int]] = {}
        try:
            known = [lab.name for lab in scheme.layer(layer).labels]
        except KeyError:
            known = []
        for label in known:
            if labels is None or label in labels:
                self._register(label)

    def _register(self, label: str) -> tuple[int, int]:
        ids = (len(self.names), len(self.names) + 1)
        self.names += [f"B-{label}", f"I-{label}"]
        self._ids[label] = ids
        return ids

    def ids(self, label: str) -> tuple[int, int]:
        found = self._ids.get(label)
        if found is None:
            found = self._register(label)
            self.summary.warn(f"label {label!r} is not in the scheme's {self.layer} labels; "
                              f"it gets tag ids {found[0]} and {found[1]}")
        return found


def tag_sets(options: ExportOptions, summary: ExportSummary) -> dict[str, TagSet]:
    """The tag sets of the exported layers; with ``labels``, only the layers
    that have one of them."""
    scheme = options.label_scheme()
    out = {}
    for layer in COLUMNS:
        if layer not in options.layers:
            continue
        tags = TagSet(layer, scheme, options.labels, summary)
        if options.labels is None or len(tags.names) > 1:
            out[layer] = tags
    return out


def layer_tags(doc: Document, layer: str, index: TokenIndex, tags: TagSet, summary: ExportSummary) -> list[int]:
    out = [0] * len(index.tokens)
    for span in doc.spans_in(layer):
        toks = index.char_span_to_tokens(span.start, span.end)
        if toks is None:
            summary.off_tokens(doc, span, "it is left out of the tags (its tokens stay O)")
            continue
        begin, inside = tags.ids(span.label)
        out[toks[0]] = begin
        for k in range(toks[0] + 1, toks[1] + 1):
            out[k] = inside
        summary.add(span.label)
    return out


def piece(tags: list[int], first: int, last: int, tagset: TagSet) -> list[int]:
    """``tags[first:last]``, valid IOB2 on its own: a piece that starts inside a
    span starts with that span's ``B-`` tag."""
    out = tags[first:last]
    if out and tagset.names[out[0]].startswith("I-"):
        out[0] -= 1  # B-X is registered just before I-X
    return out


def _ends_sentence(tokens: list[Token], i: int, text: str) -> bool:
    tok, nxt = tokens[i], tokens[i + 1]
    if "\n" in text[tok.end:nxt.start]:
        return True
    final = i
    if tok.text in _CLOSERS and i > 0 and tokens[i - 1].text in _FINAL and tokens[i - 1].end == tok.start:
        final = i - 1
    if tokens[final].text not in _FINAL:
        return False
    first = nxt.text[0]
    if not (first.isupper() or first.isdigit() or first in _OPENERS):
        return False
    if tokens[final].text == "." and final > 0:
        prev = tokens[final - 1]
        if prev.end == tokens[final].start and ((len(prev.text) == 1 and prev.text.isalpha())
                                                or prev.text.lower() in _ABBREVIATIONS):
            return False  # an initial ("S.") or an abbreviation ("Dr.")
    return True


def units(doc: Document, index: TokenIndex, unit: str) -> list[tuple[int, int]]:
    """Token ranges ``[first, last)`` of the units: the whole document, or
    its sentences (never cutting a span of ``doc``)."""
    tokens = list(index.tokens)
    if not tokens:
        return []
    if unit == "document":
        return [(0, len(tokens))]
    joined = bytearray(len(tokens))  # 1: no cut after this token (a span goes on)
    for span in doc.spans:
        covered = index.covering_tokens(span.start, span.end)
        if covered:
            for k in range(covered[0], covered[1]):
                joined[k] = 1
    out, first = [], 0
    for i in range(len(tokens) - 1):
        if not joined[i] and _ends_sentence(tokens, i, doc.text):
            out.append((first, i + 1))
            first = i + 1
    out.append((first, len(tokens)))
    return out


def _cut_at(tokens: list[Token], text: str, first: int, limit: int, in_entity: bytearray) -> int:
    """Where to end a unit that starts at ``first`` and may not pass ``limit``:
    the last sentence end in the second half of the window outside an entity,
    else the last token edge outside an entity, else ``limit`` (an entity
    longer than the cap)."""
    fallback = 0
    for c in range(limit, first, -1):
        if in_entity[c - 1]:
            continue
        if c - first > (limit - first) // 2 and c < len(tokens) and _ends_sentence(tokens, c - 1, text):
            return c
        fallback = fallback or c
    return fallback or limit


def cap_units(doc: Document, index: TokenIndex, cuts: list[tuple[int, int]], max_tokens: int,
              cut_spans: dict[str, int]) -> list[tuple[int, int]]:
    """``cuts`` with every unit longer than ``max_tokens`` cut again (0: no
    cap), never inside an entity unless the entity alone is longer; every
    span a new cut goes through is counted in ``cut_spans`` by layer."""
    if not max_tokens or all(last - first <= max_tokens for first, last in cuts):
        return cuts
    tokens = list(index.tokens)
    covered = [(span.layer, index.covering_tokens(span.start, span.end)) for span in doc.spans]
    in_entity = bytearray(len(tokens))  # 1: no cut after this token (an entity goes on)
    for layer, cov in covered:
        if layer == ENTITIES and cov:
            for k in range(cov[0], cov[1]):
                in_entity[k] = 1
    out: list[tuple[int, int]] = []
    new_cuts: list[int] = []
    for first, last in cuts:
        while last - first > max_tokens:
            c = _cut_at(tokens, doc.text, first, first + max_tokens, in_entity)
            out.append((first, c))
            new_cuts.append(c)
            first = c
        out.append((first, last))
    for layer, cov in covered:
        if cov and any(cov[0] < c <= cov[1] for c in new_cuts):
            cut_spans[layer] = cut_spans.get(layer, 0) + 1
    return out


def note_cuts(summary: ExportSummary, cut_spans: dict[str, int], max_tokens: int) -> None:
    if cut_spans:
        what = ", ".join(f"{n:,} {layer}" for layer, n in sorted(cut_spans.items()))
        summary.notes.append(f"units longer than {max_tokens:,} tokens (--max-tokens) were cut: {what} span(s) "
                             "were cut in two (each piece starts with B-)")
