"""Entities by rule: English capitalised names, and list hits for any language.

English news names people with titles ("Mr.", "President"), organisations
with suffixes ("Inc.", "Ministry", "University of ...") and places from a
short list of countries and cities; these rules find them without a model.
Sequences the rules cannot type are left alone: a wrong suggestion costs an
annotator more than a missing one.
"""

from __future__ import annotations

from collections.abc import Sequence

from annotator.core.labels import ORG, PERSON
from annotator.detect.entities.gazetteer import Gazetteer

# Capitalised words that start sentences or stand in names without being names themselves.
_FUNCTION = frozenset("""a an the this that these those he she it we they i you his her its our their my your
in on at by for from with of to and or but as if so not no yes after before when while where why how what who
which there here then than also however meanwhile according mr mrs ms dr prof""".split())
_CONNECT = frozenset({"of", "and", "for", "the", "de", "van", "von", "der", "al", "bin", "&"})

Entity = tuple[int, int, str, float]  # first token, end token, label, score


def _cap(word: str) -> bool:
    return word[:1].isupper() and word.lower() not in _FUNCTION


def capital_runs(words: Sequence[str]) -> list[tuple[int, int]]:
    """``[start, end)`` runs of capitalised words, joined by connectors ("University of Oxford")
    and abbreviation dots ("Corp.")."""
    runs: list[tuple[int, int]] = []
    i, n = 0, len(words)
    cap = [w[:1].isupper() and w.lower() not in _FUNCTION for w in words]  # _cap of each word
    while i < n:
        if not cap[i]:
            i += 1
            continue
        j = i + 1
        while j < n:
            if cap[j]:
                j += 1
            elif words[j] == "." and j - 1 >= i and len(words[j - 1]) <= 4 and words[j - 1][:1].isupper() \
                    and j + 1 < n and cap[j + 1]:
                j += 1  # "Corp. Ltd", "U.S. Steel" stay one run only when a name follows
            elif words[j] == "." and len(words[j - 1]) == 1 and words[j - 1].isupper():
                j += 1  # "U.S."
            elif words[j].lower() in _CONNECT and j + 1 < n and cap[j + 1]:
                j += 1
            else:
                break
        runs.append((i, j))
        i = j
    return runs


def gazetteer_entities(gaz: Gazetteer, words: Sequence[str], score: float = 0.7) -> list[Entity]:
    """Hits of the LOC/ORG name lists (only one label per hit: the list that matched first)."""
    out: list[Entity] = []
    seen: set[tuple[int, int]] = set()
    for m in gaz.matches(words):
        if (m.start, m.end) not in seen:
            seen.add((m.start, m.end))
            out.append((m.start, m.end, m.label, score))
    return out


def _abbrev_dot(words: Sequence[str], end: int) -> int:
    """``end`` widened over a "." that closes an abbreviation ("Corp.", "U.S.")."""
    if end < len(words) and words[end] == "." and (len(words[end - 1]) <= 4 and words[end - 1][:1].isupper()):
        return end + 1
    return end


def english_entities(gaz: Gazetteer, words: Sequence[str]) -> list[Entity]:
    out: list[Entity] = []
    hits = {(m.start, m.end): m.label for m in gaz.matches(words)}
    todo = capital_runs(words)
    while todo:
        start, end = todo.pop(0)
        if (end - start >= 3 and (start == 0 or words[start - 1] in (".", "!", "?", '"', "“", "”"))
                and (words[start + 1].lower() in gaz.given_en or words[start + 1].lower() in gaz.given)
                and words[start].lower() not in gaz.given_en):
            start += 1  # "Singer Taylor Morgan announced": a sentence's first word before a given name
        first, last = words[start].rstrip("."), words[end - 1]
        before = words[start - 1] if start > 0 else ""
        title_len = gaz.title_at(words, start)
        titled = bool(title_len) and start + title_len < end
        if titled:  # "President Joe Biden": the title is not part of the name
            start += title_len
        titled = titled or (start >= 2 and gaz.title_at(words, start - 2) == 2) or (
            bool(before) and gaz.title_at(words, start - 1) == 1)
        if titled:
            cut = next((k for k in range(start, end) if words[k].lower() in _CONNECT), end)
            out.append((start, cut, PERSON, 0.85))
            if cut + 1 < end:  # "Mr. Smith of Acme Corp.": the rest is a name of its own
                todo.insert(0, (cut + 1, end))
            continue
        if last in gaz.org_end:
            out.append((start, _abbrev_dot(words, end), ORG, 0.8))
            continue
        if first.lower() in gaz.org_start and end - start > 1:
            out.append((start, end, ORG, 0.75))
            continue
        wide = _abbrev_dot(words, end)
        label = hits.get((start, end)) or hits.get((start, wide))
        if label:
            out.append((start, end if (start, end) in hits else wide, label, 0.8))
            continue
        inner = [(s, e, lab) for (s, e), lab in hits.items() if start <= s and e <= wide]
        if inner:
            out += [(s, e, lab, 0.7) for s, e, lab in inner]
            continue
        after = words[end].lower() if end < len(words) else ""
        spoken = after in gaz.speech or before.lower() in gaz.speech  # "said Jane Doe", "Jane Doe said"
        given = first.lower() in gaz.given or first.lower() in gaz.given_en
        if 2 <= end - start <= 3 and (given or spoken):
            out.append((start, end, PERSON, 0.7))
    return out

