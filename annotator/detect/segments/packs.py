"""Pattern packs: the language data the segments detector reads.

A pack is JSON in ``resources/patterns/segments/`` (``common.json`` plus one
file per language), so a site's new promo line or agency code is a data
change, not a code change.  Rules are regular expressions in the syntax of the
``regex`` module (Unicode classes such as ``\\p{Lu}``):

``rules``      ``scope: line`` – the rule matches at the start of a line (or
               paragraph piece) and labels the whole line when it has at most
               ``max_words`` words; ``absorb`` also takes the lines after it
               (``titles``: a list of headlines, ``teaser``: one teaser line).
               ``scope: inline`` – the rule matches anywhere; ``extend`` widens
               the match to the end of the line (``line``) or over the
               headline that follows it (``headline``, for "Baca juga: …").
``credits``    photo credits ("(ANTARA/NAME)", "Foto: …") that make a caption.
``datelines``  site/place openers ("KOMPAS.com –", "JAKARTA, KOMPAS.com —").
``bylines``    author lines ("Oleh …", "Laporan Wartawan …, NAME").
``html``       class/id words of HTML blocks: negative, caption, byline, date.
``stopwords``, ``date_words``, ``headline_words``: word lists of the language.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import orjson
import regex

from annotator.core.resources import resource

_FLAGS = regex.MULTILINE | regex.V0


@dataclass(frozen=True)
class Rule:
    id: str
    label: str
    scope: str  # "line" | "inline"
    pattern: regex.Pattern
    extend: str = "match"  # "match" | "line" | "headline"
    max_words: int = 30
    absorb: str = ""  # "" | "titles" | "teaser"


@dataclass(frozen=True)
class Pack:
    """Everything the detector knows about one language (plus the common part)."""

    lang: str
    stopwords: frozenset[str] | None  # None: no list for this language, use layout only
    date_words: frozenset[str]
    headline_words: frozenset[str]
    line_rules: tuple[Rule, ...]
    inline_rules: tuple[Rule, ...]
    credits: tuple[regex.Pattern, ...]
    datelines: tuple[regex.Pattern, ...]
    bylines: tuple[regex.Pattern, ...]
    html: dict[str, frozenset[str]]


def _load(name: str) -> dict | None:
    path = resource("patterns", "segments", f"{name}.json")
    if not path.is_file():
        return None
    return orjson.loads(path.read_bytes())


def _words(data: dict, key: str) -> set[str]:
    return set(str(data.get(key, "")).lower().split())


def _rule(raw: dict) -> Rule:
    return Rule(id=raw["id"], label=raw["label"], scope=raw["scope"], pattern=regex.compile(raw["re"], _FLAGS),
                extend=raw.get("extend", "match"), max_words=int(raw.get("max_words", 30)),
                absorb=raw.get("absorb", ""))


@cache
def pack_for(lang: str) -> Pack:
    """The pack for ``lang``: common rules, the language's own rules and the
    packs it includes.  A language without a pack gets the common and English
    rules (site interface text is often English) and no stopword list; an
    undetermined language (``und``) gets every pack."""
    lang = (lang or "und").lower().split("-")[0]
    own = _load(lang) if lang.isalpha() and lang != "common" else None
    names: list[str] = []
    if own is not None:
        todo = [lang]
    elif lang in ("und", "auto"):
        todo = sorted(p.stem for p in resource("patterns", "segments").glob("*.json") if p.stem != "common")
    else:
        todo = ["en"]
    while todo:
        name = todo.pop(0)
        data = _load(name)
        if data is None or name in names:
            continue
        names.append(name)
        todo += data.get("include", [])
    datas = [d for d in (_load(n) for n in ["common", *names]) if d is not None]
    rules = [_rule(r) for d in datas for r in d.get("rules", [])]
    html: dict[str, set[str]] = {}
    for d in datas:
        for key, words in d.get("html", {}).items():
            html.setdefault(key, set()).update(words.lower().split())
    return Pack(
        lang=lang,
        stopwords=frozenset(_words(own, "stopwords")) if own is not None and own.get("stopwords") else None,
        date_words=frozenset(set().union(*(_words(d, "date_words") for d in datas))),
        headline_words=frozenset(set().union(*(_words(d, "headline_words") for d in datas))),
        line_rules=tuple(r for r in rules if r.scope == "line"),
        inline_rules=tuple(r for r in rules if r.scope == "inline"),
        credits=tuple(regex.compile(p, _FLAGS) for d in datas for p in d.get("credits", [])),
        datelines=tuple(regex.compile(p, _FLAGS) for d in datas for p in d.get("datelines", [])),
        bylines=tuple(regex.compile(p, _FLAGS) for d in datas for p in d.get("bylines", [])),
        html={k: frozenset(v) for k, v in html.items()},
    )
