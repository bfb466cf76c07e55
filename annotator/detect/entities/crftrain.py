"""Training and scoring the entity CRF: reading the Indonesian NER corpora,
building features and tags, training, tagging held-out sentences, F1.

Used by ``scripts/train_ner_id.py`` and ``bench/ner_eval.py``, never by the
detector at run time (which needs only ``bio.py``).  Both corpora are
CoNLL-style (one token a line, a blank line between sentences); their labels
map to ours.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from annotator.core.labels import PERSON
from annotator.detect.entities.bio import Sentence, bio_spans
from annotator.detect.entities.crf import split_coordinated
from annotator.detect.entities.features import FeatureExtractor
from annotator.detect.entities.lexicon import MentionLexicon, jackknife

LABEL_MAP = {"PER": "PERSON", "PERSON": "PERSON", "ORG": "ORG", "ORGANISATION": "ORG",
             "LOC": "LOC", "PLACE": "LOC"}


def _map_tag(tag: str) -> str:
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, label = tag.split("-", 1)
    return f"{prefix}-{LABEL_MAP[label]}"


def read_conll(path: Path) -> list[Sentence]:
    """Sentences of an IDNer-news-2k (``token POS NER``, CRLF) or NERGrit (``token<TAB>NER``) file."""
    sentences: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip("\r")
        if not line.strip():
            if words:
                sentences.append((words, tags))
                words, tags = [], []
            continue
        parts = line.split("\t") if "\t" in line else line.split(" ")
        words.append(parts[0])
        tags.append(_map_tag(parts[-1]))
    if words:
        sentences.append((words, tags))
    return sentences


def prf(gold: Iterable[Sequence[str]], pred: Iterable[Sequence[str]]) -> dict[str, dict[str, float]]:
    """Entity-level exact-match precision, recall and F1, overall (``ALL``) and per label."""
    tp: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    for g, q in zip(gold, pred):
        gs, ps = bio_spans(g), bio_spans(q)
        for _, _, label in gs:
            n_gold[label] += 1
            n_gold["ALL"] += 1
        for _, _, label in ps:
            n_pred[label] += 1
            n_pred["ALL"] += 1
        for _, _, label in gs & ps:
            tp[label] += 1
            tp["ALL"] += 1
    out: dict[str, dict[str, float]] = {}
    for label in sorted(set(n_gold) | set(n_pred)):
        p = tp[label] / n_pred[label] if n_pred[label] else 0.0
        r = tp[label] / n_gold[label] if n_gold[label] else 0.0
        out[label] = {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "n": n_gold[label]}
    return out


Items = list[tuple[list[list[str]], list[str]]]  # (features per token, tags) per sentence


def person_tokens(tags: Sequence[str]) -> set[int]:
    """Indices of the tokens inside PERSON names."""
    return {i for start, end, label in bio_spans(tags) if label == PERSON for i in range(start, end)}


def training_items(splits: Sequence[tuple[Sequence[Sentence], str]], gazetteer, folds: int = 5,
                   hidden_copies: float = 0.0, seed: int = 0) -> Items:
    """Features and tags of the sentences of ``splits`` (``(sentences, convention)`` pairs): each sentence
    in its corpus's convention, with a mention lexicon built from the other folds (``lexicon.jackknife``).
    With ``hidden_copies``, that share of the sentences that name a person (drawn with ``seed``) is added
    once more with every PERSON name given as words never seen (``FeatureExtractor.sequence``'s ``unseen``):
    people learned from context and shape, as in unseen news, and not from the corpus's names alone."""
    sentences = [s for split, _ in splits for s in split]
    conventions = [c for split, c in splits for _ in split]
    lexicons = jackknife(sentences, folds)
    rows: list[tuple[Sentence, str, MentionLexicon, set[int]]] = [
        (s, c, lex, set()) for s, c, lex in zip(sentences, conventions, lexicons)]
    if hidden_copies:
        rng = random.Random(seed)
        rows += [(s, c, lex, hidden) for s, c, lex, _ in list(rows)
                 if (hidden := person_tokens(s[1])) and rng.random() < hidden_copies]
    extractors: dict[tuple[int, str], FeatureExtractor] = {}
    items = []
    for (words, tags), convention, lexicon, unseen in rows:
        key = (id(lexicon), convention)
        if key not in extractors:
            extractors[key] = FeatureExtractor(gazetteer, lexicon=lexicon, convention=convention)
        items.append((extractors[key].sequence(words, unseen), tags))
    return items


def train_crf(items: Items, model_path: Path, c1: float, c2: float, max_iterations: int = 150) -> None:
    """Train a CRF (L-BFGS, elastic net) on ``items`` and write it to ``model_path``."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for features, tags in items:
        trainer.append(features, tags)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": max_iterations,
                        "feature.possible_transitions": True})
    model_path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(model_path))


def tag_all(sentences: Sequence[Sentence], extractor, model_path: Path) -> list[list[str]]:
    """Tags as the detector makes them: the CRF's, with coordinated organisations split (``crf.py``)."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    return [split_coordinated(words, tagger.tag(extractor.sequence(words))) for words, _ in sentences]
