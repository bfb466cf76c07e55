"""Cue lexicons for quote attribution, kept as data in ``resources/quotes/``.

One JSON file per language; a document in another language gets the union of
all of them, so a quote followed by ``kata`` or ``said`` is still found when
the language is unknown.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import orjson

from annotator.core.resources import resource

LANGS = ("id", "en")


@dataclass(frozen=True)
class Lexicon:
    after_cues: frozenset[str]
    before_cues: frozenset[str]
    reported_cues: frozenset[str]
    reported_prefix: frozenset[str]
    complementizers: frozenset[str]
    pronouns: frozenset[str]
    demonstratives: frozenset[str]
    titles: frozenset[str]
    subject_particles: frozenset[str]
    verb_prefixes: tuple[str, ...]
    non_speech_context: frozenset[str]
    stop_capitalised: frozenset[str]
    passive_cues: frozenset[str]
    apposition: frozenset[str]
    anonymous_roles: frozenset[str]  # nouns for a speaker with no name ("warga", "netizen", "moderator")
    nya: tuple[str, ...]  # enclitic suffixes that make a cue carry its own (pronominal) speaker

    def after_cue(self, word: str) -> tuple[bool, bool]:
        """``(is_cue, has_enclitic_speaker)`` for a lower-cased token after a quote."""
        if word in self.after_cues:
            return True, False
        for suffix in self.nya:
            if word.endswith(suffix) and word[: -len(suffix)] in self.after_cues:
                return True, True
        return False, False

    def is_verb(self, word: str) -> bool:
        """A lower-cased word that looks like an active verb (Indonesian me-/ber- forms, any cue)."""
        if word in self.before_cues or word in self.reported_cues:
            return True
        return len(word) > 4 and word.startswith(self.verb_prefixes) if self.verb_prefixes else False


def _words(data: dict, key: str) -> frozenset[str]:
    values = data.get(key, [])
    return frozenset(v if key in ("titles", "stop_capitalised") else v.lower() for v in values)


def _load(lang: str) -> dict:
    return orjson.loads(resource("quotes", f"{lang}.json").read_bytes())


@cache
def lexicon(lang: str) -> Lexicon:
    """The lexicon for ``lang``; unknown languages get the union of all."""
    datas = [_load(lang)] if lang in LANGS else [_load(code) for code in LANGS]
    fields = {}
    for key in ("after_cues", "before_cues", "reported_cues", "reported_prefix", "complementizers", "pronouns",
                "demonstratives", "titles", "subject_particles", "non_speech_context",
                "stop_capitalised", "passive_cues", "apposition", "anonymous_roles"):
        fields[key] = frozenset().union(*(_words(d, key) for d in datas))
    prefixes = sorted({p for d in datas for p in d.get("verb_prefixes", [])}, key=len, reverse=True)
    suffixes = tuple(sorted({d["nya_suffix"] for d in datas if d.get("nya_suffix")}))
    return Lexicon(**fields, verb_prefixes=tuple(prefixes), nya=suffixes)
