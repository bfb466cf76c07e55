"""Entity patterns: Prodigy-style pattern files and the project lexicon, as a suggestion source.

A pattern is a label with either a phrase (``{"label": "ORG", "pattern": "Garuda Indonesia"}``, matched on
the exact tokens of the phrase, as spaCy's PhraseMatcher does) or a list of token descriptions
(``{"label": "ORG", "pattern": [{"lower": "garuda"}, {"lower": "indonesia", "op": "?"}]}``, a subset of
spaCy's Matcher: the attributes in :data:`TOKEN_ATTRS`, values given as such or as ``{"in": [...]}``,
``{"not_in": [...]}``, ``{"regex": "..."}``, and the operators ``?``, ``*``, ``+``, ``!``).  Keys are read in
any case (``LOWER`` or ``lower``).

The project lexicon is learned from the team's corrections (``tasks/patterns.py``): a name accepted or
relabelled as one label often enough becomes a phrase pattern, and a name whose suggestions were rejected
often enough (and more often than accepted) is never suggested with that label again.

Precedence (docs/learning.md): what a person made or accepted always stays (the merge rule); then the
patterns, the lexicon's before a file's when they cover the same tokens, longer matches before shorter;
then the model.  A pattern match replaces the model's suggestions it overlaps, unless a model suggestion
strictly contains it (the model found a longer name around it: "Garuda" inside "Garuda Indonesia").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import regex

from annotator.core.labels import BOILERPLATE, ENTITIES, SEGMENTS
from annotator.core.model import Document, Span, SpanStatus
from annotator.core.tokenize import Token, tokenize
from annotator.detect.base import Context, Detector, Suggestions

LEXICON = "lexicon"  # the origin of a pattern learned from corrections
FILE_SCORE = 0.95
LEXICON_SCORE = 0.9

TokenTest = Callable[[Token], bool]

TOKEN_ATTRS: dict[str, Callable[[Token], Any]] = {
    "orth": lambda t: t.text,
    "text": lambda t: t.text,
    "lower": lambda t: t.text.lower(),
    "length": lambda t: len(t.text),
    "is_alpha": lambda t: t.text.isalpha(),
    "is_digit": lambda t: t.text.isdigit(),
    "is_lower": lambda t: t.text.islower(),
    "is_upper": lambda t: t.text.isupper(),
    "is_title": lambda t: t.text.istitle(),
    "is_punct": lambda t: not any(c.isalnum() for c in t.text),
}
OPS = ("?", "*", "+", "!", "1")


class PatternError(ValueError):
    """A pattern this program cannot use; the message says why."""


def _value_test(attr: str, value: Any) -> Callable[[Any], bool]:
    if isinstance(value, dict):
        if len(value) != 1:
            raise PatternError(f"{attr}: one of in, not_in, regex expected, got {sorted(value)}")
        (how, arg), = value.items()
        how = how.lower()
        if how in ("in", "not_in"):
            if not isinstance(arg, list):
                raise PatternError(f"{attr}: {how} takes a list")
            allowed = frozenset(arg)
            return (lambda v: v in allowed) if how == "in" else (lambda v: v not in allowed)
        if how == "regex":
            try:
                rx = regex.compile(str(arg))
            except regex.error as exc:
                raise PatternError(f"{attr}: bad regex {arg!r} ({exc})") from None
            return lambda v: isinstance(v, str) and rx.search(v) is not None
        raise PatternError(f"{attr}: unsupported {how!r} (supported: in, not_in, regex)")
    return lambda v: v == value


def _attr_test(get: Callable[[Token], Any], check: Callable[[Any], bool]) -> TokenTest:
    return lambda t: check(get(t))


@dataclass(frozen=True)
class TokenSpec:
    test: TokenTest
    op: str  # one of OPS ("1": exactly once)
    key: tuple[str, str] | None  # ("orth"|"lower", value) when the token is one fixed word, for the index


def token_spec(desc: Mapping[str, Any]) -> TokenSpec:
    if not isinstance(desc, Mapping):
        raise PatternError(f"a token description must be an object, got {desc!r}")
    tests: list[TokenTest] = []
    op, key = "1", None
    for raw_attr, value in desc.items():
        attr = raw_attr.lower()
        if attr == "op":
            if value not in OPS:
                raise PatternError(f"unsupported op {value!r} (supported: {', '.join(OPS[:4])})")
            op = value
            continue
        if attr not in TOKEN_ATTRS:
            raise PatternError(f"unsupported token attribute {raw_attr!r} (supported: {', '.join(TOKEN_ATTRS)})")
        tests.append(_attr_test(TOKEN_ATTRS[attr], _value_test(attr, value)))
        if attr in ("orth", "text", "lower") and isinstance(value, str):
            key = ("lower" if attr == "lower" else "orth", value)
    if op in ("?", "*", "!"):
        key = None  # may match zero tokens (or a token unlike the key): not indexable
    return TokenSpec(lambda t: all(test(t) for test in tests), op, key)


@dataclass(frozen=True)
class Pattern:
    """One pattern: ``label``, and either ``phrase`` (its exact tokens) or ``tokens`` (descriptions)."""

    label: str
    phrase: tuple[str, ...] = ()
    tokens: tuple[dict[str, Any], ...] = ()
    origin: str = "file"  # the pattern file's name, or LEXICON

    def record(self) -> dict[str, Any]:
        """The Prodigy record (what a pattern file line holds)."""
        return {"label": self.label, "pattern": " ".join(self.phrase) if self.phrase else list(self.tokens)}

    def describe(self) -> str:
        if self.phrase:
            return " ".join(self.phrase)
        return " ".join("{" + ", ".join(f"{k}: {v!r}" for k, v in t.items()) + "}" for t in self.tokens)


def parse_pattern(record: Any, origin: str = "file") -> Pattern:
    """A :class:`Pattern` from a Prodigy pattern record; :class:`PatternError` if it cannot be used."""
    if not isinstance(record, dict):
        raise PatternError("a pattern must be an object with label and pattern")
    label, pattern = record.get("label"), record.get("pattern")
    if not isinstance(label, str) or not label.strip():
        raise PatternError("the pattern has no label")
    if isinstance(pattern, str):
        words = tuple(t.text for t in tokenize(pattern))
        if not words:
            raise PatternError("the pattern is empty")
        return Pattern(label.strip(), phrase=words, origin=origin)
    if isinstance(pattern, list) and pattern:
        for desc in pattern:
            token_spec(desc)  # raises if it cannot be used
        if all(token_spec(d).op in ("?", "*", "!") for d in pattern):
            raise PatternError("the pattern can match no token at all")
        return Pattern(label.strip(), tokens=tuple(dict(d) for d in pattern), origin=origin)
    raise PatternError("pattern must be a phrase (a string) or a non-empty list of token descriptions")


def _match_tokens(specs: Sequence[TokenSpec], tokens: Sequence[Token], i: int) -> int:
    """The end of the longest match of ``specs`` starting at token ``i`` (-1 if none); greedy with backtracking."""
    best = -1

    def walk(k: int, j: int) -> None:
        nonlocal best
        if k == len(specs):
            best = max(best, j)
            return
        spec = specs[k]
        if spec.op == "!":
            if j < len(tokens) and spec.test(tokens[j]):
                return
            walk(k + 1, j)
            return
        if spec.op in ("1", "+"):
            if j >= len(tokens) or not spec.test(tokens[j]):
                return
            j += 1
            if spec.op == "1":
                walk(k + 1, j)
                return
        if spec.op == "?":
            if j < len(tokens) and spec.test(tokens[j]):
                walk(k + 1, j + 1)
            walk(k + 1, j)
            return
        # "*" or the rest of "+": as many as match, then backtrack
        end = j
        while end < len(tokens) and spec.test(tokens[end]):
            end += 1
        for stop in range(end, j - 1, -1):
            walk(k + 1, stop)

    walk(0, i)
    return best if best > i else -1


@dataclass(frozen=True)
class Match:
    start: int  # first token
    end: int  # one past the last token
    label: str
    origin: str


class PatternMatcher:
    """Phrase patterns indexed by their first word, token patterns by their first fixed word (if any)."""

    def __init__(self, patterns: Iterable[Pattern]):
        self.phrases: dict[str, list[Pattern]] = {}
        self.by_key: dict[tuple[str, str], list[tuple[Pattern, list[TokenSpec]]]] = {}
        self.anywhere: list[tuple[Pattern, list[TokenSpec]]] = []
        for p in patterns:
            if p.phrase:
                self.phrases.setdefault(p.phrase[0], []).append(p)
            else:
                specs = [token_spec(d) for d in p.tokens]
                if specs[0].key is not None:
                    self.by_key.setdefault(specs[0].key, []).append((p, specs))
                else:
                    self.anywhere.append((p, specs))

    def __bool__(self) -> bool:
        return bool(self.phrases or self.by_key or self.anywhere)

    def candidates(self, tokens: Sequence[Token]) -> list[Match]:
        """Every match, overlapping ones included."""
        out: list[Match] = []
        words = [t.text for t in tokens]
        n = len(words)
        for i, word in enumerate(words):
            for p in self.phrases.get(word, ()):
                end = i + len(p.phrase)
                if end <= n and tuple(words[i:end]) == p.phrase:
                    out.append(Match(i, end, p.label, p.origin))
            token_patterns = [*self.by_key.get(("orth", word), ()), *self.by_key.get(("lower", word.lower()), ()),
                              *self.anywhere]
            for p, specs in token_patterns:
                end = _match_tokens(specs, tokens, i)
                if end > 0:
                    out.append(Match(i, end, p.label, p.origin))
        return out

    def matches(self, tokens: Sequence[Token], skip: Callable[[Match], bool] = lambda m: False) -> list[Match]:
        """Non-overlapping matches: longer first, then the lexicon's before a file's, then leftmost."""
        taken = [False] * len(tokens)
        out: list[Match] = []
        ranked = sorted(self.candidates(tokens), key=lambda m: (m.start - m.end, m.origin != LEXICON, m.start))
        for m in ranked:
            if not any(taken[m.start:m.end]) and not skip(m):
                out.append(m)
                for k in range(m.start, m.end):
                    taken[k] = True
        return sorted(out, key=lambda m: m.start)


@dataclass
class ProjectPatterns:
    """What the patterns detector uses on a project: its imported patterns, the lexicon's patterns and the
    names it must not suggest (``(text, label)``)."""

    patterns: list[Pattern] = field(default_factory=list)
    lexicon: list[Pattern] = field(default_factory=list)
    rejected: frozenset[tuple[str, str]] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.patterns or self.lexicon or self.rejected)


class PatternDetector(Detector):
    """Suggests the project's patterns and withdraws the model's suggestions they override, and every
    suggestion of a rejected name (see the module's precedence).  Without project patterns it finds nothing."""

    name = "patterns"
    layers = (ENTITIES,)
    project_only = True

    def __init__(self, project: ProjectPatterns | None = None):
        self.project = project or ProjectPatterns()
        self._matcher: PatternMatcher | None = None

    def use_model(self, model: Any) -> None:
        self.project, self._matcher = model, None

    def detect(self, doc: Document, ctx: Context) -> Suggestions:
        if not self.project:
            return Suggestions()
        if self._matcher is None:
            self._matcher = PatternMatcher([*self.project.lexicon, *self.project.patterns])
        text = doc.text
        rejected = self.project.rejected
        entities = [s for s in ctx.previous if s.layer == ENTITIES]
        withdraw = {s.id for s in entities if (text[s.start:s.end], s.label) in rejected}
        tokens = tokenize(text)
        if not tokens or not self._matcher:
            return Suggestions(withdraw=withdraw)
        boilerplate = [s for s in ctx.previous if s.layer == SEGMENTS and s.label == BOILERPLATE]

        def skip(m: Match) -> bool:
            start, end = tokens[m.start].start, tokens[m.end - 1].end
            return ((text[start:end], m.label) in rejected
                    or any(b.start < end and start < b.end for b in boilerplate))

        spans: list[Span] = []
        for m in self._matcher.matches(tokens, skip):
            start, end = tokens[m.start].start, tokens[m.end - 1].end
            overlapping = [s for s in entities if s.id not in withdraw and s.start < end and start < s.end]
            if any(s.start <= start and end <= s.end and (s.start, s.end) != (start, end) for s in overlapping):
                continue  # the model found a longer name around it
            withdraw.update(s.id for s in overlapping)
            spans.append(Span(start=start, end=end, label=m.label, layer=ENTITIES, source=self.source,
                              status=SpanStatus.SUGGESTED,
                              score=LEXICON_SCORE if m.origin == LEXICON else FILE_SCORE,
                              attrs={"pattern": m.origin}))
        return Suggestions(spans=spans, withdraw=withdraw)
