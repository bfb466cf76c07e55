"""Entity mentions seen in the training labels, as longest-match features.

``scripts/train_ner_id.py`` collects every labelled mention of up to six
tokens ("Bursa Efek Indonesia", "Jokowi") with its most frequent label and how
reliably that token sequence is an entity when it occurs (the share of its
occurrences that are labelled mentions: ``h`` ≥ 0.8, ``m`` ≥ 0.4, ``l`` below),
and ships them beside the model (``resources/models/ner-id.lexicon.tsv``).
Matching is exact (case-sensitive), longest first, left to right.

Training features must not come from the sentence's own labels, or the model
learns to trust the lexicon blindly; ``jackknife`` gives each training
sentence a lexicon built from the other folds.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from annotator.detect.entities.bio import Sentence, bio_spans

MAX_TOKENS = 6


class MentionLexicon:
    def __init__(self, entries: dict[tuple[str, ...], tuple[str, str]]):
        self.entries = entries  # tokens -> (label, reliability h/m/l)
        self._by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for key in sorted(entries, key=len, reverse=True):
            self._by_first[key[0]].append(key)

    @classmethod
    def from_sentences(cls, sentences: Iterable[Sentence]) -> MentionLexicon:
        sentences = list(sentences)
        labels: dict[tuple[str, ...], Counter] = defaultdict(Counter)
        for words, tags in sentences:
            for start, end, label in sorted(bio_spans(tags)):
                if end - start <= MAX_TOKENS:
                    labels[tuple(words[start:end])][label] += 1
        by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for key in labels:
            by_first[key[0]].append(key)
        seen: Counter = Counter()  # occurrences of each mention's tokens, labelled or not
        for words, _ in sentences:
            for i, w in enumerate(words):
                for key in by_first.get(w, ()):
                    if tuple(words[i:i + len(key)]) == key:
                        seen[key] += 1
        entries = {}
        for key, counts in labels.items():
            label, n = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
            share = n / max(seen[key], sum(counts.values()))
            entries[key] = (label, "h" if share >= 0.8 else "m" if share >= 0.4 else "l")
        return cls(entries)

    @classmethod
    def from_lines(cls, lines: Iterable[str]) -> MentionLexicon:
        """The lexicon of :meth:`lines`' output: ``label<TAB>level<TAB>token...`` per entry."""
        entries = {}
        for line in lines:
            label, level, *tokens = line.split("\t")
            entries[tuple(tokens)] = (label, level)
        return cls(entries)

    def lines(self) -> list[str]:
        return sorted("\t".join((label, level, *key)) for key, (label, level) in self.entries.items())

    @classmethod
    def load(cls, path: Path) -> MentionLexicon:
        return cls.from_lines(path.read_text(encoding="utf-8").splitlines())

    def save(self, path: Path) -> None:
        path.write_text("\n".join(self.lines()) + "\n", encoding="utf-8")

    def features(self, words: Sequence[str], prefix: str = "") -> list[list[str]]:
        """Per token: ``X=LABEL.B|I`` and the same with the reliability for tokens inside a match (and
        copies of both with ``prefix``, if given), ``X-1=LABEL`` / ``X+1=LABEL`` for the tokens right
        after / before one."""
        n = len(words)
        out: list[list[str]] = [[] for _ in range(n)]
        i = 0
        while i < n:
            for key in self._by_first.get(words[i], ()):
                end = i + len(key)
                if end <= n and tuple(words[i:end]) == key:
                    label, level = self.entries[key]
                    for j in range(i, end):
                        pos = "B" if j == i else "I"
                        hit = [f"X={label}.{pos}", f"X={label}.{pos}.{level}"]
                        out[j] += [*hit, prefix + hit[0], prefix + hit[1]] if prefix else hit
                    if i > 0:
                        out[i - 1].append(f"X+1={label}")
                    if end < n:
                        out[end].append(f"X-1={label}")
                    i = end
                    break
            else:
                i += 1
        return out


def jackknife(sentences: Sequence[Sentence], folds: int = 5) -> list[MentionLexicon]:
    """For sentence ``i``, ``result[i]`` is a lexicon built from the sentences of the other folds
    (sentence ``i`` is in fold ``i % folds``)."""
    lexicons = [MentionLexicon.from_sentences(s for k, s in enumerate(sentences) if k % folds != f)
                for f in range(folds)]
    return [lexicons[i % folds] for i in range(len(sentences))]
