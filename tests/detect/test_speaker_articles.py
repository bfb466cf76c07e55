"""Speaker attribution on the made-up mini-articles of ``speaker_articles``: every direct quote found, each with
the speaker the guideline names."""

from __future__ import annotations

import pytest

from detected import direct_quotes
from speaker_articles import ARTICLES


@pytest.mark.parametrize("text, gold", [pytest.param(text, gold, id=name) for name, text, gold in ARTICLES])
def test_every_quote_gets_its_speaker(text, gold):
    quotes = direct_quotes("id", text)
    assert [s.attrs.get("speaker") for s in quotes] == gold
