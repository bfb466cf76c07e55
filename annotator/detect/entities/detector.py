"""The entity detector: PERSON, ORG, LOC and DATE suggestions.

Per language: Indonesian through the built-in CRF, English through a spaCy
pipeline when one is installed and through rules otherwise, any other language
through the language-neutral parts only (numeric dates, list hits).  DATE
comes from rules in every language.  Candidates are made non-overlapping
(rules for dates first, then the model, longer before shorter), and names
found once are carried to their other mentions (``consistency.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from annotator.core.labels import BOILERPLATE, DATE, ENTITIES, SEGMENTS
from annotator.core.model import Document, Span, SpanStatus
from annotator.core.tokenize import Token, TokenIndex, tokenize
from annotator.detect.base import Context, Detector, Suggestions
from annotator.detect.entities.consistency import Found, propagate
from annotator.detect.entities.crf import chunks, default_tagger
from annotator.detect.entities.dates import find_dates
from annotator.detect.entities.gazetteer import load_gazetteer
from annotator.detect.entities.learned import EntityModel, LearnedTagger
from annotator.detect.entities.rules import english_entities, gazetteer_entities
from annotator.detect.entities.spacy_ner import load_english, spacy_entities
from annotator.detect.entities.tidy import common_words, tidy

LAYER = ENTITIES
MODEL_META = "entity_model"  # document meta: the model that made its entity suggestions
SHIPPED_NAME = "shipped"
DATE_SCORE = 0.9


def _resolve(groups: list[list[tuple[int, int, str, float]]], n: int) -> list[Found]:
    """Non-overlapping candidates: earlier groups win, and within a group longer spans, then higher scores."""
    taken = [False] * n
    out: list[Found] = []
    for group in groups:
        for start, end, label, score in sorted(group, key=lambda c: (c[0] - c[1], -c[3], c[0])):
            if start < end and not any(taken[start:end]):
                out.append(Found(start, end, label, round(score, 4)))
                for i in range(start, end):
                    taken[i] = True
    return sorted(out, key=lambda f: f.start)


_MASK = "\u00b6"  # stands for a token inside boilerplate: no letter, so no name, title or speech verb


def _masked(tokens: Sequence[Token], sorted_ranges: list[tuple[int, int]]) -> list[bool]:
    """Per token, whether it overlaps one of the (start-sorted) character ranges; one pass over both."""
    out = [False] * len(tokens)
    k, reach = 0, -1  # the ranges started before the token reach up to ``reach``
    for i, t in enumerate(tokens):
        while k < len(sorted_ranges) and sorted_ranges[k][0] < t.end:
            reach = max(reach, sorted_ranges[k][1])
            k += 1
        out[i] = reach > t.start
    return out


class EntityDetector(Detector):
    name = "entities"
    layers = (LAYER,)

    def __init__(self, use_spacy: bool = True, model: EntityModel | None = None):
        """``model``: a project's own model (``learned.py``), used instead of the shipped one for the
        languages it was trained on."""
        self.use_spacy = use_spacy
        self.model = model
        self._learned: LearnedTagger | None = None

    def use_model(self, model: Any) -> None:
        self.model, self._learned = model, None

    def _model_entities(self, text: str, tokens, index: TokenIndex, lang: str) -> list[tuple[int, int, str, float]]:
        if self.model is not None and self.model.covers(lang):
            if self._learned is None:
                self._learned = LearnedTagger(self.model)
            return self._learned.tag_tokens(tokens, text)
        if lang == "id":
            return default_tagger().tag_tokens(tokens, text)
        nlp = load_english() if lang == "en" and self.use_spacy else None
        if nlp is not None:
            return spacy_entities(nlp, text, index)
        gaz = load_gazetteer()
        found = []
        for a, b in chunks(tokens, text):
            words = [t.text for t in tokens[a:b]]
            hits = english_entities(gaz, words) if lang == "en" else gazetteer_entities(gaz, words)
            found += [(a + s, a + e, label, score) for s, e, label, score in hits]
        return found

    def detect(self, doc: Document, ctx: Context) -> Suggestions:
        text = doc.text
        tokens = tokenize(text)
        if not tokens:
            return Suggestions()
        index = TokenIndex.shared(tokens)
        dates = []
        for a, b in find_dates(text, ctx.lang):
            covered = index.char_span_to_tokens(a, b)
            if covered is not None:
                dates.append((covered[0], covered[1] + 1, DATE, DATE_SCORE))
        found = _resolve([dates, self._model_entities(text, tokens, index, ctx.lang)], len(tokens))
        learned = self.model is not None and self.model.covers(ctx.lang)
        words = [t.text for t in tokens]
        boilerplate = sorted((s.start, s.end) for s in ctx.previous if s.layer == SEGMENTS and s.label == BOILERPLATE)
        # no entity inside boilerplate ("SCROLL TO CONTINUE WITH CONTENT" is no organisation), and none is linked
        # to or learned from it by the document-level steps below: its tokens are masked before them
        if boilerplate:
            masked = _masked(tokens, boilerplate)
            found = [f for f in found if not any(masked[f.start:f.end])]
            words = [_MASK if m else w for w, m in zip(words, masked)]
        gaz = load_gazetteer()
        glued = [not t.ws and t.end == n.start and t.text[-1].isalpha() and n.text[0].isalpha()
                 for t, n in zip(tokens, tokens[1:])] + [False]
        common = common_words(words)
        spaced = [t.ws for t in tokens]
        found = tidy(words, propagate(words, tidy(words, found, gaz, glued, common), gaz, spaced), gaz, common=common)
        spans = [Span(start=tokens[f.start].start, end=tokens[f.end - 1].end, label=f.label, layer=LAYER,
                      source=self.source, status=SpanStatus.SUGGESTED, score=f.score, attrs=f.attrs)
                 for f in found]
        # which model made these suggestions, shown with the document (docs/learning.md)
        meta = {MODEL_META: self.model.name} if learned and self.model is not None else {MODEL_META: SHIPPED_NAME}
        return Suggestions(spans=spans, meta=meta)
