"""Helpers of the detector tests: the entity tidy-up on words as a model found them, the direct quotes the
whole pipeline finds, and the speaker of the detected quote holding each expected excerpt."""

from __future__ import annotations

from annotator.core.model import Document, Span
from annotator.detect.entities.consistency import Found
from annotator.detect.entities.gazetteer import load_gazetteer
from annotator.detect.entities.tidy import tidy
from annotator.detect.pipeline import Pipeline


def repaired(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """``spans``: (words, label) as the model found them, each at its first occurrence no other span covers."""
    words = text.split()
    found, used = [], set()
    for name, label in spans:
        n = len(name.split())
        start = next(i for i in range(len(words))
                     if words[i:i + n] == name.split() and not used & set(range(i, i + n)))
        used.update(range(start, start + n))
        found.append(Found(start, start + n, label, 0.9))
    found.sort(key=lambda f: f.start)
    return [(" ".join(words[f.start:f.end]), f.label) for f in tidy(words, found, load_gazetteer())]


def direct_quotes(lang: str, text: str) -> list[Span]:
    """The direct quotes of segments + entities + quotes on ``text``, in text order."""
    spans = Pipeline(layers=("segments", "entities", "quotes"), lang=lang).run(Document(text=text)).spans
    return sorted((s for s in spans if s.layer == "quotes" and s.label == "QUOTE" and s.attrs.get("direct")),
                  key=lambda s: s.start)


def speakers_by_first_word(text: str, lang: str = "id") -> dict[str, str | None]:
    """First word of each direct quote → its speaker, with the entity detector run first."""
    spans = Pipeline(layers=("entities", "quotes"), lang=lang).run(Document(text=text)).spans
    return {text[s.start:s.end].split()[0]: s.attrs.get("speaker") for s in spans
            if s.layer == "quotes" and s.label == "QUOTE" and s.attrs.get("direct")}


def speakers_by_excerpt(text: str, gold: list[tuple[str, str | None]], quotes: list[Span]) -> list[tuple[str, object]]:
    """For each expected (excerpt, speaker), the speaker of the quote of ``quotes`` holding the excerpt (its one
    occurrence in ``text``), or ``"<no quote>"`` when no quote holds it."""
    found: list[tuple[str, object]] = []
    for excerpt, _ in gold:
        start = text.index(excerpt)
        holding = [s for s in quotes if s.start <= start and start + len(excerpt) <= s.end]
        found.append((excerpt, holding[0].attrs.get("speaker") if holding else "<no quote>"))
    return found
