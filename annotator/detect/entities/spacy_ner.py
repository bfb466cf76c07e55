"""An optional spaCy-backed English entity model (extra ``spacy``).

Used for English instead of the rules when spaCy and one of its English
pipelines are installed; nothing is downloaded.  spaCy's entities are mapped
to our labels and snapped to our tokens.
"""

from __future__ import annotations

import importlib.util
from functools import cache

from annotator.core.tokenize import TokenIndex

LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "DATE": "DATE",
          "TIME": "DATE"}
MODELS = ("en_core_web_lg", "en_core_web_md", "en_core_web_sm", "en_core_web_trf")
SCORE = 0.8  # spaCy's entity recogniser gives no per-entity score


@cache
def load_english():
    """The first installed English spaCy pipeline, or ``None`` (no spaCy, or no pipeline)."""
    installed = [name for name in MODELS if importlib.util.find_spec(name) is not None]
    if not installed or importlib.util.find_spec("spacy") is None:  # spaCy's import alone takes ~1 s
        return None
    import spacy

    for name in installed:
        try:
            return spacy.load(name, disable=["lemmatizer"])
        except (OSError, ValueError, ImportError):  # e.g. a transformer pipeline without spacy-transformers
            continue
    return None


def spacy_entities(nlp, text: str, index: TokenIndex) -> list[tuple[int, int, str, float]]:
    """``(first, end, label, score)`` token ranges of the pipeline's entities, widened to whole tokens."""
    out = []
    for ent in nlp(text).ents:
        label = LABELS.get(ent.label_)
        covered = index.covering_tokens(ent.start_char, ent.end_char) if label else None
        if covered is not None and label is not None:
            out.append((covered[0], covered[1] + 1, label, SCORE))
    return out
