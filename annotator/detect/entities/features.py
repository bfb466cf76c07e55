"""CRF features for Indonesian tokens, computed fast.

Everything that depends on a word alone (shape, affixes, list membership,
cluster) is computed once per distinct word and cached as ready-made feature
strings, including the strings the word contributes as a neighbour; a token's
features are then mostly tuple concatenation.  Gazetteer and lexicon matches
and runs of capitalised words are computed once per sentence.

The two training corpora label differently (IDNer-news-2k leaves a country
name untagged unless it is a place something happens in, NERGrit tags every
one; schools are places in NERGrit).  Features therefore come twice
("frustratingly easy" domain adaptation): as themselves, shared by both
corpora, and, for the word, the previous word, shape, capitalisation, list,
gazetteer, lexicon and capitalised-run features, once more prefixed with the corpus convention
(``I:`` IDNer, ``N:`` NERGrit).  A sentence is tagged in one convention; the
detector uses the news one (``NEWS``).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

import regex

from annotator.detect.entities.gazetteer import Gazetteer
from annotator.detect.entities.lexicon import MentionLexicon

_PUNCT = regex.compile(r"^[\p{P}\p{S}]+$")
_OFFSETS = (-2, -1, 1, 2)
_CACHE_WORDS = 50_000
CONVENTIONS = {"idner": "I:", "nergrit": "N:"}  # corpus -> feature prefix of its labelling convention
NEWS = "idner"  # the convention of news text, used by the detector
_OWN_KEYS = ("w=", "s=", "T", "U", "L=")  # a word's own features that get convention copies


def word_shape(word: str) -> str:
    out = []
    for c in word[:12]:
        out.append("X" if c.isupper() else "x" if c.islower() else "d" if c.isdigit() else c)
    return "".join(out)


def short_shape(word: str) -> str:
    out: list[str] = []
    for c in word_shape(word):
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


class FeatureExtractor:
    """Turns a token sequence into crfsuite feature strings.

    ``basic=True`` gives the baseline the benchmark compares with: the word,
    its neighbours, shape and a few affixes, no lists or clusters.
    ``convention`` (a key of ``CONVENTIONS``) adds the convention-specific copies."""

    def __init__(self, gazetteer: Gazetteer | None = None, clusters: dict[str, str] | None = None,
                 basic: bool = False, lexicon: MentionLexicon | None = None, convention: str | None = None):
        self.gaz = gazetteer
        self.clusters = clusters or {}
        self.basic = basic
        self.lexicon = lexicon
        self.prefix = CONVENTIONS[convention] if convention else ""
        self._cache: dict[str, tuple[tuple[str, ...], tuple[tuple[str, ...], ...], tuple[str, ...]]] = {}

    def _word(self, word: str) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...], tuple[str, ...]]:
        """(own features, features as neighbour at each offset in ``_OFFSETS``, list tags)."""
        hit = self._cache.get(word)
        if hit is not None:
            return hit
        low = word.lower()
        shp = short_shape(word)
        own = ["b", "w=" + low, "s=" + shp]
        tags: list[str] = []
        if self.basic:
            own += ["x3=" + low[-3:], "x2=" + low[-2:], "T" if word[:1].isupper() else "l"]
            ctx: tuple[tuple[str, ...], ...] = tuple((f"w{o}={low}", f"s{o}={shp}") for o in _OFFSETS)
        else:
            own += ["S=" + word_shape(word), "p2=" + low[:2], "p3=" + low[:3], "p4=" + low[:4],
                    "x1=" + low[-1:], "x2=" + low[-2:], "x3=" + low[-3:], "x4=" + low[-4:]]
            if word[:1].isupper():
                own.append("T")
            if len(word) > 1 and word.isupper():
                own.append("U")
            if any(c.isdigit() for c in word):
                own.append("D")
            if _PUNCT.match(word):
                own.append("P")
            if len(word) <= 2:
                own.append("short")
            gaz = self.gaz
            if gaz is not None:
                if low in gaz.given:
                    tags.append("given")
                if low in gaz.given_en and word[:1].isupper():
                    tags.append("gen")
                if low in gaz.org_start:
                    tags.append("ostart")
                if word in gaz.org_end:
                    tags.append("oend")
                if gaz.title_at((word,), 0):
                    tags.append("title")
                if low in gaz.speech:
                    tags.append("speech")
            own += ["L=" + t for t in tags]
            prefix = self.prefix
            if prefix:
                own += [prefix + f for f in own if f.startswith(_OWN_KEYS)]
            cl = self.clusters.get(low)
            cls = [cl[:4], cl[:8], cl] if cl else []
            own += [f"c{len(c)}={c}" for c in cls]
            rows = []
            for o in _OFFSETS:
                feats = [f"w{o}={low}", f"s{o}={shp}"]
                if abs(o) == 1:
                    feats += [f"L{o}={t}" for t in tags]
                    feats += [f"c{o}.{len(c)}={c}" for c in cls]
                if o == -1 and prefix:
                    feats.append(f"{prefix}w-1={low}")
                rows.append(tuple(feats))
            ctx = tuple(rows)
        hit = (tuple(own), ctx, tuple(tags))
        if len(self._cache) >= _CACHE_WORDS:  # about 2 KB a word: start afresh rather than grow without bound
            self._cache.clear()
        self._cache[word] = hit
        return hit

    def _unseen(self, word: str) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...], tuple[str, ...]]:
        """``_word``'s triple for a word the model must take as never seen: its shape and case, nothing that
        names the word itself (no word, affixes or list tags)."""
        shp = short_shape(word)
        own = ["b", "s=" + shp, "S=" + word_shape(word)]
        if word[:1].isupper():
            own.append("T")
        if len(word) > 1 and word.isupper():
            own.append("U")
        if self.prefix:
            own += [self.prefix + f for f in own if f.startswith(_OWN_KEYS)]
        return tuple(own), tuple((f"s{o}={shp}",) for o in _OFFSETS), ()

    def sequence(self, words: Sequence[str], unseen: Collection[int] = ()) -> list[list[str]]:
        """Feature strings per token.  The tokens at the indices ``unseen`` (training only: names hidden
        from the model, ``crftrain.training_items``) are given as words never seen: shape and case only,
        in their own features and in their neighbours', and no gazetteer or lexicon match holds them."""
        n = len(words)
        if unseen:
            info = [self._unseen(w) if i in unseen else self._word(w) for i, w in enumerate(words)]
            lows: list[str | None] = [None if i in unseen else w.lower() for i, w in enumerate(words)]
            keys = ["" if i in unseen else w for i, w in enumerate(words)]  # "" matches no list or lexicon entry
        else:
            info = [self._word(w) for w in words]
            lows = [w.lower() for w in words]
            keys = list(words)
        out: list[list[str]] = []
        extra: list[list[str]] = [[] for _ in range(n)]
        prefix = self.prefix  # convention copies of sentence-level features are made where they are made
        if not self.basic:
            if self.gaz is not None:
                for m in self.gaz.matches(keys):
                    for i in range(m.start, m.end):
                        pos = "B" if i == m.start else "I"
                        hit = [f"g={m.label}.{pos}", f"g={m.tag}.{pos}"]
                        extra[i] += [*hit, *[prefix + f for f in hit]] if prefix else hit
                        if i > 0:
                            extra[i - 1].append(f"g+1={m.label}.{pos}")
                        if i + 1 < n:
                            extra[i + 1].append(f"g-1={m.label}.{pos}")
                    if m.end < n:
                        extra[m.end].append(f"gafter={m.label}")
            run = 0
            for i in range(n + 1):  # runs of capitalised tokens
                if i < n and words[i][:1].isupper():
                    run += 1
                    continue
                if run:
                    size = str(min(run, 4))
                    before, after = lows[i - run - 1] if i - run > 0 else "BOS", lows[i] if i < n else "EOS"
                    around = [*(["rb=" + before] if before else []), *(["ra=" + after] if after else [])]
                    if i - run > 0:
                        around += ["rbL=" + t for t in info[i - run - 1][2]]
                    if i < n:
                        around += ["raL=" + t for t in info[i][2]]
                    if run >= 2:  # the run's first and last words: "Universitas ...", "... Tbk"
                        head = [f"r{k}={low}" for k, low in (("h", lows[i - run]), ("t", lows[i - 1])) if low]
                        around += [*head, *[prefix + f for f in head]] if prefix else head
                    for j in range(i - run, i):
                        place = "r=" + size + ("f" if j == i - run else "m" if j < i - 1 else "l")
                        extra[j] += [place, prefix + place, *around] if prefix else [place, *around]
                run = 0
            if self.lexicon is not None:
                for i, feats in enumerate(self.lexicon.features(keys, prefix)):
                    extra[i] += feats
        for i in range(n):
            feats = list(info[i][0])
            for k, o in enumerate(_OFFSETS):
                j = i + o
                if 0 <= j < n:
                    feats += info[j][1][k]
                elif o in (-1, 1):
                    feats.append("BOS" if o < 0 else "EOS")
            if not self.basic:
                if i > 0 and lows[i - 1] and lows[i]:
                    feats.append(f"w-1|w={lows[i - 1]}|{lows[i]}")
                if i + 1 < n and lows[i] and lows[i + 1]:
                    feats.append(f"w|w+1={lows[i]}|{lows[i + 1]}")
                feats += extra[i]
            out.append(feats)
        return out
