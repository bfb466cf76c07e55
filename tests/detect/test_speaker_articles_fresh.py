"""Speaker attribution on the second made-up check set (``speaker_articles_fresh``), written before the rules of
its session: every direct quote found, each with the speaker the guideline names. The articles the detector
still gets wrong are expected failures (strict: one that starts passing must leave the list)."""

from __future__ import annotations

import pytest

from detected import direct_quotes
from speaker_articles_fresh import ARTICLES

# still wrong, and why (see docs/detection.md)
KNOWN_MISSES: dict[str, str] = {}


@pytest.mark.parametrize("lang, text, gold", [
    pytest.param(lang, text, gold, id=name, marks=[pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[name])]
                 if name in KNOWN_MISSES else [])
    for name, lang, text, gold in ARTICLES])
def test_every_quote_gets_its_speaker(lang, text, gold):
    quotes = direct_quotes(lang, text)
    assert [s.attrs.get("speaker") for s in quotes] == gold
