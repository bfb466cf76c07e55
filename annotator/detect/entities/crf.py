"""The built-in Indonesian CRF: PERSON, ORG and LOC over our tokens.

The model is trained by ``scripts/train_ner_id.py``; its features come from
``features.py`` (the same code at training and at run time), with the mention
lexicon shipped beside the model (``lexicon.py``) and the news labelling
convention.  Text is tagged in sentence-sized chunks, as the model was
trained on sentences.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from functools import cache
from operator import attrgetter
from pathlib import Path

from annotator.core.labels import ORG
from annotator.core.resources import resource
from annotator.core.tokenize import Token
from annotator.detect.entities.bio import bio_spans
from annotator.detect.entities.features import NEWS, FeatureExtractor
from annotator.detect.entities.gazetteer import load_gazetteer
from annotator.detect.entities.lexicon import MentionLexicon

MODEL_NAME = "ner-id.crfsuite"
LEXICON_NAME = "ner-id.lexicon.tsv"
PARAMS = {"c1": 0.05, "c2": 0.05, "max_iterations": 150}
_SENTENCE_END = frozenset(".!?")
_AND = frozenset({"dan", "serta"})
_MAX_CHUNK = 120
_start = attrgetter("start")


def _abbreviation(word: str) -> bool:
    """A word whose following "." ends an abbreviation, not a sentence: "Mr", "Dr", "Corp", "U"."""
    gaz = load_gazetteer()
    return (len(word) <= 2 and word[:1].isupper()) or word in gaz.org_end or bool(gaz.title_at((word,), 0))


def chunks(tokens: Sequence[Token], text: str) -> list[tuple[int, int]]:
    """``[start, end)`` token ranges of sentence-like chunks: split after . ! ? (not after an
    abbreviation's dot) and at line breaks."""
    out: list[tuple[int, int]] = []
    start = 0
    n = len(tokens)
    # the tokens a line break follows: the last to start before each "\n" (no token holds one)
    line_ends = set()
    at = text.find("\n")
    while at >= 0:
        line_ends.add(bisect_right(tokens, at, key=_start) - 1)
        at = text.find("\n", at + 1)
    for i, tok in enumerate(tokens):
        breaks = i in line_ends or i + 1 == n or (
            tok.text in _SENTENCE_END and not (tok.text == "." and i > 0 and _abbreviation(tokens[i - 1].text)))
        if breaks or i + 1 - start >= _MAX_CHUNK:
            out.append((start, i + 1))
            start = i + 1
    return out


def split_coordinated(words: Sequence[str], tags: Sequence[str]) -> list[str]:
    """``tags`` with an ORG cut in two at "dan"/"serta" when both halves start with an organisation word:
    "Badan Pusat Statistik dan Asosiasi ..." is two organisations, "Kementerian Koperasi dan UKM" one."""
    out = list(tags)
    starts = load_gazetteer().org_start
    for start, end, label in bio_spans(tags):
        if label == ORG and words[start].lower() in starts:
            for i in range(start + 1, end - 1):
                if words[i].lower() in _AND and words[i + 1].lower() in starts:
                    out[i], out[i + 1] = "O", "B-ORG"
    return out


class CrfTagger:
    def __init__(self, model: Path | None = None, lexicon_path: Path | None = None):
        """The shipped model, or the CRF file ``model`` with its mention lexicon ``lexicon_path``."""
        import pycrfsuite

        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(model or resource("models", MODEL_NAME)))
        lexicon = MentionLexicon.load(lexicon_path or resource("models", LEXICON_NAME))
        self.features = FeatureExtractor(load_gazetteer(), lexicon=lexicon, convention=NEWS)

    def entities(self, words: Sequence[str]) -> list[tuple[int, int, str, float]]:
        """``(first, end, label, score)`` for one sentence; the score is the mean marginal of its tags."""
        if not words:
            return []
        tags = split_coordinated(words, self.tagger.tag(self.features.sequence(words)))
        out = []
        for start, end, label in sorted(bio_spans(tags)):
            marg = [self.tagger.marginal(tags[i], i) for i in range(start, end)]
            out.append((start, end, label, sum(marg) / len(marg)))
        return out

    def tag_tokens(self, tokens: Sequence[Token], text: str) -> list[tuple[int, int, str, float]]:
        """Entities over a whole document's tokens, as token ranges into ``tokens``."""
        found = []
        for a, b in chunks(tokens, text):
            words = [t.text for t in tokens[a:b]]
            found += [(a + s, a + e, label, score) for s, e, label, score in self.entities(words)]
        return found


@cache
def default_tagger() -> CrfTagger:
    """The shipped model, loaded once per process."""
    return CrfTagger()
