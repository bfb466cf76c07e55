"""Document-level consistency for entity suggestions.

News text names someone in full once ("Gati Wibawaningsih") and then by a
short form ("Gati"); an organisation recognised once recurs unrecognised
later.  Here a name found once is suggested at its other exact mentions (a
one-word person's name also where a second name follows it), and
a lone part of an earlier full PERSON name becomes a PERSON linked to it
through ``attrs["canonical"]`` (the quote detector reads it for speakers).
The mentions of one name also get one label.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field

from annotator.core.labels import DATE, PERSON
from annotator.detect.entities.gazetteer import Gazetteer

# platforms, media on their own (docs/guideline.md): the name after one is a channel or an account, whose other
# mentions need not be one ("di YouTube Najwa Shihab" … "Najwa Shihab bertanya"), so it is not carried to them
PLATFORMS = frozenset("""YouTube Youtube Instagram TikTok Tiktok Facebook Twitter WhatsApp Whatsapp Telegram Threads
LinkedIn Spotify Snapchat""".split())
_SKIP_PARTS = frozenset("""bin binti van von der de al el la le da di dan and of the""".split())


@dataclass
class Found:
    start: int  # first token
    end: int  # one past the last token
    label: str
    score: float
    attrs: dict = field(default_factory=dict)


def _is_name_part(word: str, gaz: Gazetteer) -> bool:
    return (len(word) >= 3 and word[:1].isupper() and word.replace("'", "").isalpha()  # "Ba'asyir" too
            and word.lower() not in _SKIP_PARTS and not gaz.title_at((word,), 0))


def _capitalised(words: Sequence[str], i: int) -> bool:
    return 0 <= i < len(words) and words[i][:1].isupper()


def _glued_left(words: Sequence[str], i: int, gaz: Gazetteer) -> bool:
    """Whether ``words[i]`` continues a capitalised name to its left (a title such as "Menteri" does not count)."""
    return i > 0 and _capitalised(words, i - 1) and not gaz.title_at((words[i - 1],), 0)


def harmonise(words: Sequence[str], found: list[Found]) -> None:
    """One label per name in a document: where the model gave the same words different labels ("Kemenperin"
    ORG three times, LOC once), every mention takes the label whose mentions' scores add up highest, with its
    score scaled by that label's share of the votes."""
    votes: dict[tuple[str, ...], dict[str, float]] = {}
    for f in found:
        if f.label != DATE:
            by_label = votes.setdefault(tuple(words[f.start:f.end]), {})
            by_label[f.label] = by_label.get(f.label, 0.0) + f.score
    for f in found:
        scored = votes.get(tuple(words[f.start:f.end])) if f.label != DATE else None
        if scored and len(scored) > 1:
            best = max(scored, key=scored.__getitem__)
            if f.label != best:
                f.label, f.score = best, round(f.score * scored[best] / sum(scored.values()), 4)


def propagate(words: Sequence[str], found: list[Found], gaz: Gazetteer,
              spaced: Sequence[bool] | None = None) -> list[Found]:
    """``found`` (non-overlapping, sorted) plus repeated mentions and linked short forms, sorted; ``spaced[i]``:
    whitespace follows token ``i`` (a canonical name is written with the text's spacing, "M. Hanif Dhakiri"; one
    space between any two tokens without it)."""
    harmonise(words, found)
    taken = [False] * len(words)
    for f in found:
        for i in range(f.start, f.end):
            taken[i] = True
    # surface form -> (label, score) of the best-scoring recognised mention
    surfaces: dict[tuple[str, ...], tuple[str, float]] = {}
    for f in found:
        if f.label != DATE and not (f.start > 0 and words[f.start - 1] in PLATFORMS):
            key = tuple(words[f.start:f.end])
            if key not in surfaces or surfaces[key][1] < f.score:
                surfaces[key] = (f.label, f.score)
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for key in sorted(surfaces, key=len, reverse=True):
        by_first.setdefault(key[0], []).append(key)

    full_names = [f for f in found if f.label == PERSON and f.end - f.start >= 2]
    first_seen: dict[tuple[str, ...], int] = {}
    for f in full_names:
        key = tuple(words[f.start:f.end])
        first_seen[key] = min(first_seen.get(key, f.start), f.start)

    containing: dict[str, list[Found]] = {}  # word -> the full names that have it, in order
    for f in full_names:
        for w in dict.fromkeys(words[f.start:f.end]):
            containing.setdefault(w, []).append(f)

    parts: dict[str, bool] = {}

    def name_part(word: str) -> bool:  # _is_name_part, once per distinct word
        known = parts.get(word)
        if known is None:
            known = parts[word] = _is_name_part(word, gaz)
        return known

    covered = [False] * len(words)  # tokens of a full name
    for f in full_names:
        covered[f.start:f.end] = [True] * (f.end - f.start)
    alone: dict[str, list[int]] = {}  # a name word -> where it stands alone (outside full names), ascending

    def used_alone(word: str, lo: int, hi: int) -> bool:
        if not alone:
            for k, w in enumerate(words):
                if w in containing and not covered[k]:
                    alone.setdefault(w, []).append(k)
        at = alone.get(word, [])
        k = bisect_left(at, lo)
        return k < len(at) and at[k] < hi

    def canonical(word: str, pos: int) -> str | None:
        """The full name before ``pos`` that ``word`` stands for: the most recent one that has it as a part, unless
        the text already used ``word`` alone for an earlier one before it came ("Rudi Hartono Wibisono … Hartono
        … orang tua Hartono, Surya Hartono …": "Hartono" stays Rudi Hartono Wibisono)."""
        best: Found | None = None
        names = containing.get(word)
        if names is None or not name_part(word):  # (not a scan of every full name per word)
            return None
        for f in names:
            if f.start < pos and (best is None or f.start > best.start and not used_alone(word, best.end, f.start)):
                best = f
        if best is None:
            return None
        if spaced is None:
            return " ".join(words[best.start:best.end])
        name = words[best.start:best.end]
        return "".join(w + " " if spaced[k] else w for k, w in enumerate(name, best.start)).rstrip()

    added: list[Found] = []
    persons = {key[0] for key, (label, _) in surfaces.items() if len(key) == 1 and label == PERSON}  # (one word)
    i, n = 0, len(words)
    while i < n:
        if taken[i]:
            i += 1
            continue
        word = words[i]
        if not (word in by_first or word in persons or word[:1].isupper()):  # nothing below applies to it
            i += 1
            continue
        match = None
        for key in by_first.get(word, ()):
            end = i + len(key)
            if end <= n and tuple(words[i:end]) == key and not any(taken[i:end]) \
                    and not _capitalised(words, end) and not (_glued_left(words, i, gaz) and not taken[i - 1]):
                match = key
                break
        if match is None and word in persons and i + 1 < n and not taken[i + 1] \
                and name_part(words[i + 1]) and not _capitalised(words, i + 2) \
                and not (_glued_left(words, i, gaz) and not taken[i - 1]):
            match = (words[i], words[i + 1])  # "Bahlil" is a person, so is "Bahlil Lahadalia"
            surfaces[match] = surfaces[(words[i],)]
        if match is not None:
            label, score = surfaces[match]
            added.append(Found(i, i + len(match), label, round(min(score, 0.95) * 0.9, 4)))
            for k in range(i, i + len(match)):
                taken[k] = True
            i += len(match)
            continue
        if name_part(word) and not _capitalised(words, i + 1) and not _glued_left(words, i, gaz):
            full = canonical(word, i)
            if full is not None:
                added.append(Found(i, i + 1, PERSON, 0.8, {"canonical": full}))
                taken[i] = True
        i += 1

    out = sorted([*found, *added], key=lambda f: f.start)
    for f in out:  # a short PERSON the model found itself also gets its full name
        if f.label == PERSON and "canonical" not in f.attrs and f.end - f.start == 1:
            full = canonical(words[f.start], f.start)
            if full is not None and full != words[f.start]:
                f.attrs["canonical"] = full
    return out
