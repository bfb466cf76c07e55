"""Training an entity model on a project's own annotations (``annotator train``, docs/learning.md).

The training set is the entity spans of the documents people finished: each
document's text is cut into the chunks the detector tags (``crf.chunks``) and
its accepted spans become BIO tags over the project's tokens.  DATE is left
to the date rules (``dates.py``), which the detector runs before any model.
The model is scored by k-fold cross-validation over documents before the
final model is trained on everything, so the F1 it reports is the F1 on
documents it has not seen.
"""

from __future__ import annotations

import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from annotator.core.labels import DATE
from annotator.core.model import Document, SpanStatus
from annotator.core.tokenize import TokenIndex, tokenize
from annotator.detect.entities.bio import Sentence
from annotator.detect.entities.crftrain import prf, train_crf
from annotator.detect.entities.crf import PARAMS, CrfTagger, chunks, split_coordinated
from annotator.detect.entities.features import FeatureExtractor
from annotator.detect.entities.gazetteer import load_gazetteer
from annotator.detect.entities.learned import SHIPPED, EntityModel, base_features
from annotator.detect.entities.lexicon import MentionLexicon

LAYER = "entities"
RULE_LABELS = frozenset({DATE})  # found by rules, not by a model
FOLDS = 3  # cross-validation folds (documents)
JACKKNIFE = 5  # lexicon folds: a training sentence's lexicon features come from the other documents
MIN_DOCS_FOR_CV = 6
MAX_ITERATIONS = 80  # L-BFGS converges sooner on a project than on the shipped corpora; as good, half the time

Progress = Callable[[int, int], None]  # (trainings done, trainings in all)


def document_sentences(doc: Document) -> list[Sentence]:
    """The document's chunks as (words, BIO tags) from its accepted entity spans (DATE left out)."""
    tokens = tokenize(doc.text)
    index = TokenIndex(tokens)
    tags = ["O"] * len(tokens)
    for span in doc.spans_in(LAYER):
        if span.status != SpanStatus.ACCEPTED or span.label in RULE_LABELS:
            continue
        covered = index.char_span_to_tokens(span.start, span.end)
        if covered is None or any(t != "O" for t in tags[covered[0]:covered[1] + 1]):
            continue  # off the token boundaries, or overlapping a span already taken
        tags[covered[0]] = f"B-{span.label}"
        for k in range(covered[0] + 1, covered[1] + 1):
            tags[k] = f"I-{span.label}"
    out: list[Sentence] = []
    for a, b in chunks(tokens, doc.text):
        part = tags[a:b]
        if part and part[0].startswith("I-"):  # an entity cut by a chunk boundary starts again
            part[0] = "B-" + part[0][2:]
        out.append(([t.text for t in tokens[a:b]], part))
    return out


class _Data:
    """The training sentences with their document number and, once, the base model's features."""

    def __init__(self, docs: Sequence[Sequence[Sentence]], base: CrfTagger | None):
        self.sentences = [s for doc in docs for s in doc]
        self.doc_of = [d for d, doc in enumerate(docs) for _ in doc]
        self.gaz = load_gazetteer()
        # Every feature but the lexicon's is the same in every fold: computed once per sentence (with the base
        # model's tags), and each fold adds its own lexicon's features (which ``sequence`` puts last too).
        plain = FeatureExtractor(self.gaz)
        self.fixed = [plain.sequence(words) for words, _ in self.sentences]
        if base is not None:
            for feats, (words, _) in zip(self.fixed, self.sentences):
                for own, extra in zip(feats, base_features(base, words)):
                    own += extra

    def lexicon(self, docs: set[int]) -> MentionLexicon:
        return MentionLexicon.from_sentences(s for s, d in zip(self.sentences, self.doc_of) if d in docs)

    def features(self, i: int, lexicon: MentionLexicon) -> list[list[str]]:
        """Sentence ``i``'s features with ``lexicon``'s: those of a project model's ``StackedFeatures``."""
        words = self.sentences[i][0]
        return [[*fixed, *lex] for fixed, lex in zip(self.fixed[i], lexicon.features(words))]

    def items(self, docs: set[int]) -> list[tuple[list[list[str]], list[str]]]:
        """Training items of the sentences of ``docs``, each with a lexicon from the other documents."""
        order = sorted(docs)
        fold_of = {d: k % JACKKNIFE for k, d in enumerate(order)}
        folds = min(JACKKNIFE, len(order))
        lexicons = [self.lexicon({d for d in docs if fold_of[d] != f}) for f in range(folds)]
        return [(self.features(i, lexicons[fold_of[d]]), self.sentences[i][1])
                for i, d in enumerate(self.doc_of) if d in docs]


def _train(items, params: dict, tmp: Path) -> bytes:
    path = tmp / "model.crfsuite"
    train_crf(items, path, params["c1"], params["c2"], params["max_iterations"])
    return path.read_bytes()


def _tag(crf: bytes, data: _Data, test: set[int], lexicon: MentionLexicon) -> tuple[list, list]:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open_inmemory(crf)
    gold, pred = [], []
    for i, d in enumerate(data.doc_of):
        if d in test:
            words, tags = data.sentences[i]
            gold.append(tags)
            pred.append(split_coordinated(words, tagger.tag(data.features(i, lexicon))))
    return gold, pred


def train_entities(docs: Sequence[Sequence[Sentence]], base: CrfTagger | None, *, folds: int = FOLDS,
                   params: dict | None = None, progress: Progress | None = None,
                   check: Callable[[], None] | None = None) -> EntityModel:
    """A model trained on ``docs`` (each a document's sentences), stacked on ``base`` unless it is ``None``,
    with ``info``: documents, sentences and mentions per label, the cross-validated scores, seconds.
    ``check`` is called before each training (it raises to cancel); ``docs`` must hold at least one entity."""
    params = {**PARAMS, "max_iterations": MAX_ITERATIONS, **(params or {})}
    t0 = time.perf_counter()
    labels = Counter(tag[2:] for doc in docs for _, tags in doc for tag in tags if tag.startswith("B-"))
    data = _Data(docs, base)
    every = set(range(len(docs)))
    n_folds = folds if len(docs) >= max(MIN_DOCS_FOR_CV, folds) else 0
    total = n_folds + 1
    gold: list = []
    pred: list = []
    with tempfile.TemporaryDirectory(prefix="annotator-train-") as tmp:
        for k in range(n_folds):
            if check is not None:
                check()
            test = {d for d in every if d % n_folds == k}
            crf = _train(data.items(every - test), params, Path(tmp))
            g, p = _tag(crf, data, test, data.lexicon(every - test))
            gold += g
            pred += p
            if progress is not None:
                progress(k + 1, total)
        if check is not None:
            check()
        t1 = time.perf_counter()
        crf = _train(data.items(every), params, Path(tmp))
    if progress is not None:
        progress(total, total)
    scores = prf(gold, pred) if gold else {}
    info = {
        "layer": LAYER,
        "base": SHIPPED if base is not None else None,
        "documents": len(docs),
        "sentences": len(data.sentences),
        "labels": dict(sorted(labels.items())),
        "f1": round(scores["ALL"]["f1"], 4) if "ALL" in scores else None,
        "scores": {label: {k: round(v, 4) for k, v in row.items()} for label, row in scores.items()},
        "folds": n_folds,
        "seconds": round(time.perf_counter() - t0, 2),
        "train_seconds": round(time.perf_counter() - t1, 2),
        "params": params,
    }
    return EntityModel(crf, data.lexicon(every), info)

