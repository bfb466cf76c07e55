"""Speaker attribution on the made-up mini-articles of ``speaker_articles``: every direct quote found, each with
the speaker the guideline names."""

from __future__ import annotations

import pytest

from annotator.core.model import Document
from annotator.detect.pipeline import Pipeline
from speaker_articles import ARTICLES


@pytest.mark.parametrize("text, gold", [pytest.param(text, gold, id=name) for name, text, gold in ARTICLES])
def test_every_quote_gets_its_speaker(text, gold):
    spans = Pipeline(layers=("segments", "entities", "quotes"), lang="id").run(Document(text=text)).spans
    quotes = sorted((s for s in spans if s.layer == "quotes" and s.label == "QUOTE" and s.attrs.get("direct")),
                    key=lambda s: s.start)
    assert [s.attrs.get("speaker") for s in quotes] == gold
