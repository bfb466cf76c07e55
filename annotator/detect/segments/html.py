"""The main content of an HTML page, from the reader's block hints.

Each block is first judged on its own, jusText style: *good* (long, few links,
many stopwords or, for languages without a list, sentence punctuation), *bad*
(mostly links, or a class/id that says navigation, comments, sharing …),
*near* or *short*.  Then the article container is chosen readability style,
but without a DOM: every run of three consecutive class/id tokens in a block's
hint names an ancestor, so a run shared by many good blocks is a container.
A container scores the text of its good blocks minus everything bad between
its first and last block; the best one wins, and a tighter container with
nearly the same score is preferred (it leaves out a neighbouring list of
teasers).  Blocks in the chosen container are body; the rest is labelled:
the heading above it TITLE, author and date blocks BYLINE/DATELINE, captions
CAPTION, everything else BOILERPLATE.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

import regex

from annotator.core.labels import BOILERPLATE, BYLINE, CAPTION, DATELINE, SUBHEADING, TITLE
from annotator.core.model import BlockHint
from annotator.detect.segments.packs import Pack
from annotator.detect.segments.textrules import dateline_match
from annotator.detect.segments.units import Unit

_WINDOW = 3  # class/id tokens that identify an ancestor
_CLOSE = 0.9  # a tighter container within this share of the best score is preferred
_OWN_TOKENS = 2  # class/id tokens taken as the block's own (the rest are ancestors')
_PART = regex.compile(r"[a-z]+")
_LOWER_WORD = regex.compile(r"\w+")
_SENTENCE = regex.compile(r"[.,!?。、，！？;:]")
_LIST_TAGS = frozenset({"li", "td", "th", "dd", "dt"})
_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


@dataclass
class _Block:
    unit: Unit
    kind: str  # good | near | short | bad
    value: float
    parts: frozenset[str]  # words of the block's own class/id tokens
    keys: frozenset[str]


@lru_cache(maxsize=8192)  # a page's blocks share a few class strings, and every page of a site the same
def _parts(cls: str, n: int) -> frozenset[str]:
    return frozenset(p for tok in cls.lower().split()[:n] for p in _PART.findall(tok))


@lru_cache(maxsize=8192)
def _keys(cls: str) -> frozenset[str]:
    """The ancestors a block's class/id tokens name: every run of ``_WINDOW`` tokens (and "", the page)."""
    toks = cls.split()
    return frozenset({" ".join(toks[j:j + _WINDOW]) for j in range(len(toks))} | {""})


def _judge(u: Unit, hint: BlockHint, pack: Pack, good_len: int) -> tuple[str, float, frozenset[str]]:
    text, n = u.text, len(u.text)
    own = _parts(hint.cls, _OWN_TOKENS)
    if hint.link_density > 0.5 or own & pack.html.get("negative", frozenset()):
        return "bad", -max(n, 30), own
    if pack.stopwords is not None:
        words = _LOWER_WORD.findall(text.lower())
        density = sum(map(pack.stopwords.__contains__, words)) / len(words) if words else 0.0
    else:
        density = 0.3 if _SENTENCE.search(text) else 0.0
    if n >= good_len and hint.link_density < 0.3 and density >= 0.25:
        return "good", (0.5 * n if hint.tag in _LIST_TAGS else n), own
    if n >= 30 and density >= 0.15 and hint.link_density < 0.3:
        return "near", 0.2 * n, own
    return "short", -2.0, own


def _blocks(units: list[Unit], pack: Pack, good_len: int) -> list[_Block]:
    out = []
    for u in units:
        assert u.block is not None
        kind, value, own = _judge(u, u.block, pack, good_len)
        out.append(_Block(u, kind, value, own, _keys(u.block.cls)))
    return out


def _container(blocks: list[_Block]) -> str | None:
    prefix = [0.0]
    for b in blocks:
        prefix.append(prefix[-1] + min(b.value, 0.0))
    agg: dict[str, list[float]] = {}  # key -> [sum of values, first, last, sum of negative values]
    candidates: set[str] = set()
    for i, b in enumerate(blocks):
        neg = min(b.value, 0.0)
        for key in b.keys:
            a = agg.get(key)
            if a is None:
                agg[key] = [b.value, i, i, neg]
            else:
                a[0] += b.value
                a[2] = i
                a[3] += neg
        if b.kind == "good":
            candidates |= b.keys
    if not candidates:
        return None
    scores = {}
    for key in candidates:
        total, first, last, own_neg = agg[key]
        scores[key] = total + (prefix[int(last) + 1] - prefix[int(first)] - own_neg)
    top = max(scores.values())
    close = [k for k, s in scores.items() if s >= top - (1 - _CLOSE) * abs(top)]
    return min(close, key=lambda k: (agg[k][2] - agg[k][1], -scores[k], k))


def _label_outside(blocks: list[_Block], body: list[int], pack: Pack, meta_title: str) -> None:
    first = body[0] if body else len(blocks)
    last = body[-1] if body else -1
    inside = set(body)
    html = pack.html
    title_done = False
    # The title: the heading nearest above the body (h1, or a block whose class says title), or the page title.
    for i in range(first - 1, max(-1, first - 15), -1):
        b = blocks[i]
        u = b.unit
        if u.label is not None or u.words > 30:
            continue
        if u.tag == "h1" or (b.parts & html.get("title", frozenset()) and u.tag in _HEADINGS) or (
                meta_title and u.text in meta_title and u.words >= 3):
            u.set(TITLE, 0.85, "html-title")
            title_done = True
            break
    for i, b in enumerate(blocks):
        u = b.unit
        if u.label is not None or i in inside:
            continue
        near = first - 12 <= i <= last + 3
        if first - 3 <= i < first and u.words <= 8 and dateline_match(u.text, pack):
            u.set(DATELINE, 0.85, "html-dateline")
            continue
        if b.parts & html.get("caption", frozenset()) or u.tag == "figcaption":
            if first - 12 <= i <= last:
                u.set(CAPTION, 0.8, "html-caption")
                continue
        elif near and i < first + 3 and b.parts & html.get("byline", frozenset()) and u.words <= 15:
            u.set(BYLINE, 0.8, "html-byline")
            continue
        elif near and i < first + 3 and b.parts & html.get("date", frozenset()) and u.words <= 15:
            u.set(DATELINE, 0.8, "html-date")
            continue
        elif not title_done and u.tag == "h1" and u.words <= 30:
            u.set(TITLE, 0.7, "html-h1")
            title_done = True
            continue
        u.set(BOILERPLATE, 0.8 if b.kind == "bad" else 0.7, "html-outside")


def html_structure(units: list[Unit], pack: Pack, meta_title: str = "") -> list[int]:
    """Label the units of an HTML page; returns the indexes of the body units."""
    if not units:
        return []
    blocks = _blocks(units, pack, 80)
    if not any(b.kind == "good" for b in blocks):
        blocks = _blocks(units, pack, 30)
    if not any(b.kind == "good" for b in blocks) and pack.stopwords is not None:
        # a page of scores and tables has few function words: judge its blocks by sentence punctuation instead
        layout_only = replace(pack, stopwords=None)
        blocks = _blocks(units, layout_only, 80)
        if not any(b.kind == "good" for b in blocks):
            blocks = _blocks(units, layout_only, 30)
    key = _container(blocks)
    body: list[int] = []
    if key is not None:
        members = [i for i, b in enumerate(blocks) if key in b.keys]
        content = [i for i in members if blocks[i].kind in ("good", "near")]
        start = content[0] if content else 0
        caption_words = pack.html.get("caption", frozenset())
        for i in members:
            b = blocks[i]
            if i < start or b.kind == "bad" or b.unit.tag in ("h1", "figcaption") or b.parts & caption_words:
                continue
            body.append(i)
    _label_outside(blocks, body, pack, meta_title)
    for i in body:
        u = units[i]
        if u.tag in _HEADINGS and u.words <= 20 and u.label is None:
            u.set(SUBHEADING, 0.8, "html-heading")
    return body
