"""An entity model trained on a project's own annotations, as detection uses it.

``training.py`` makes it (``annotator train``); the project keeps it as one
blob (a zip of the CRF and its mention lexicon, :meth:`EntityModel.to_bytes`)
with a description (``info``: training-set size, labels, cross-validated F1).
Its features are the shipped model's (``features.py``, no corpus convention:
the project is its own convention) with the project's mention lexicon, and,
unless it was trained from scratch, the shipped model's own tags for the
sentence ("stacking"): the team's model starts from what the shipped one
knows and learns where the team disagrees.  See docs/learning.md.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field

from annotator.detect.entities.crf import CrfTagger, default_tagger, split_coordinated
from annotator.detect.entities.features import FeatureExtractor
from annotator.detect.entities.gazetteer import load_gazetteer
from annotator.detect.entities.lexicon import MentionLexicon

SHIPPED = "shipped"  # ``info["base"]`` of a model stacked on the shipped one
_CRF, _LEXICON = "model.crfsuite", "lexicon.tsv"


def base_features(base: CrfTagger, words: Sequence[str]) -> list[list[str]]:
    """The base model's tag of each token and of its neighbours, as features."""
    tags = split_coordinated(words, base.tagger.tag(base.features.sequence(words)))
    n = len(tags)
    return [[f"m={tags[i]}", f"m-1={tags[i - 1] if i else 'BOS'}", f"m+1={tags[i + 1] if i + 1 < n else 'EOS'}"]
            for i in range(n)]


class StackedFeatures:
    """The features of a project model: ``extractor``'s, plus ``base``'s tags when there is a base."""

    def __init__(self, extractor: FeatureExtractor, base: CrfTagger | None):
        self.extractor, self.base = extractor, base

    def sequence(self, words: Sequence[str]) -> list[list[str]]:
        feats = self.extractor.sequence(words)
        if self.base is not None:
            for own, extra in zip(feats, base_features(self.base, words)):
                own += extra
        return feats


@dataclass
class EntityModel:
    crf: bytes
    lexicon: MentionLexicon
    info: dict = field(default_factory=dict)
    version: int | None = None  # the project's version number, once stored

    def to_bytes(self) -> bytes:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(_CRF, self.crf)
            zf.writestr(_LEXICON, "".join(f"{line}\n" for line in self.lexicon.lines()))
        return buf.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes, info: dict | None = None, version: int | None = None) -> EntityModel:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            crf = zf.read(_CRF)
            lexicon = MentionLexicon.from_lines(zf.read(_LEXICON).decode("utf-8").splitlines())
        return cls(crf, lexicon, dict(info or {}), version)

    @property
    def base(self) -> str | None:
        return self.info.get("base")

    @property
    def name(self) -> str:
        """How a document names the model that made its suggestions: ``project v3``."""
        return f"project v{self.version}" if self.version is not None else "project (unsaved)"

    def covers(self, lang: str) -> bool:
        """Whether documents in ``lang`` should use this model: the languages it was trained on
        (any, if their language was not known)."""
        langs = self.info.get("langs") or []
        return not langs or lang in langs


class LearnedTagger(CrfTagger):
    """A project's model, tagging like the shipped one (same chunks, scores and coordination rule)."""

    def __init__(self, model: EntityModel, base: CrfTagger | None = None):
        import pycrfsuite

        self.model = model
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open_inmemory(model.crf)
        if base is None and model.base == SHIPPED:
            base = default_tagger()
        extractor = FeatureExtractor(load_gazetteer(), lexicon=model.lexicon)
        self.features = StackedFeatures(extractor, base)  # type: ignore[assignment]
