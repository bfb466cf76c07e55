"""Entity patterns kept in the project (``annotator patterns``) and the lexicon learned from corrections.

Imported patterns are the project setting ``patterns.entities`` (a JSON list of Prodigy records, each with
the file it came from).  The lexicon is not stored: it is read from what people did (``store.corrections``)
whenever detection starts, so it follows every correction, undo and shared project.  A name accepted (or
relabelled) as one label at least ``lexicon.min_count`` times (default :data:`MIN_COUNT`), more often than
as any other label and than it was rejected, becomes a pattern; a name whose suggestions with a label were
rejected at least as often, and more often than accepted, is no longer suggested with it.  See
docs/learning.md for the precedence between people, patterns and the model.
"""

from __future__ import annotations

import os
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from annotator.core.labels import BOILERPLATE, ENTITIES, SEGMENTS
from annotator.store import ProjectStore, StoreError

if TYPE_CHECKING:
    from annotator.detect.entities.patterns import Pattern, ProjectPatterns
    from annotator.detect.segments.site import SiteBoilerplate

SITE_MIN_DOCS = 2  # boilerplate marked on this many documents of a site is suggested on its others
PATTERNS_KEY = "patterns.entities"
MIN_COUNT_KEY = "lexicon.min_count"
MIN_COUNT = 3


@dataclass
class PatternImport:
    added: int = 0
    duplicates: int = 0  # patterns the project already had
    problems: list[str] = field(default_factory=list)  # one line each: file:line: why


def _records(store: ProjectStore) -> list[dict[str, Any]]:
    raw = store.get_setting(PATTERNS_KEY)
    return list(orjson.loads(raw)) if raw else []


def _save(store: ProjectStore, records: list[dict[str, Any]]) -> None:
    store.set_setting(PATTERNS_KEY, orjson.dumps(records).decode())


def _lines(path: Path) -> list[tuple[int, Any]]:
    """The records of a JSONL file (or of a JSON list), with their line numbers; a bad line is an error."""
    text = path.read_text(encoding="utf-8-sig")
    if text.lstrip().startswith("["):
        try:
            return [(1, r) for r in orjson.loads(text)]
        except orjson.JSONDecodeError as exc:
            raise StoreError(f"{path}: not JSON ({exc})") from None
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                out.append((n, orjson.loads(line)))
            except orjson.JSONDecodeError:
                out.append((n, ValueError("not JSON")))
    return out


def import_patterns(store: ProjectStore, path: str | os.PathLike[str]) -> PatternImport:
    """Add the patterns of a Prodigy pattern file (JSONL) to the project; a line that cannot be used (not
    JSON, no label, a label the project's entity layer lacks, an unsupported token attribute) is one problem."""
    from annotator.detect.entities.patterns import PatternError, parse_pattern

    path = Path(path)
    labels = {label.name for label in store.scheme.layer(ENTITIES).labels}
    records = _records(store)
    known = {orjson.dumps({"label": r["label"], "pattern": r["pattern"]}) for r in records}
    result = PatternImport()
    for n, record in _lines(path):
        try:
            if isinstance(record, ValueError):
                raise PatternError(str(record))
            pattern = parse_pattern(record, path.name)
            if pattern.label not in labels:
                raise PatternError(f"the project's entities have no label {pattern.label!r} "
                                   f"(annotator labels --add entities:{pattern.label})")
        except PatternError as exc:
            result.problems.append(f"{path}:{n}: {exc}")
            continue
        key = orjson.dumps({"label": record["label"].strip(), "pattern": record["pattern"]})
        if key in known:
            result.duplicates += 1
            continue
        known.add(key)
        records.append({"label": record["label"].strip(), "pattern": record["pattern"], "file": path.name})
        result.added += 1
    if result.added:
        _save(store, records)
    return result


def imported_patterns(store: ProjectStore) -> list[Pattern]:
    """The project's imported patterns, in import order (``annotator patterns list`` numbers them from 1)."""
    from annotator.detect.entities.patterns import parse_pattern

    return [parse_pattern(r, r.get("file", "file")) for r in _records(store)]


def remove_patterns(store: ProjectStore, numbers: list[int] | None) -> int:
    """Remove the imported patterns numbered ``numbers`` (from 1, as listed; None: all); how many went."""
    records = _records(store)
    bad = [k for k in numbers or () if not 1 <= k <= len(records)]
    if bad:
        raise StoreError(f"no pattern {bad[0]} (the project has {len(records)})")
    drop = set(numbers) if numbers is not None else set(range(1, len(records) + 1))
    _save(store, [r for k, r in enumerate(records, 1) if k not in drop])
    return len(drop)


def min_count(store: ProjectStore) -> int:
    raw = store.get_setting(MIN_COUNT_KEY)
    return int(raw) if raw else MIN_COUNT


def set_min_count(store: ProjectStore, n: int) -> None:
    if n < 1:
        raise StoreError("the lexicon's count must be at least 1")
    store.set_setting(MIN_COUNT_KEY, str(n))


@dataclass
class Lexicon:
    """What the corrections taught: names that became patterns, and names no longer suggested."""

    patterns: list[Pattern]
    learned: list[tuple[str, str, int]]  # (text, label, times accepted) of each pattern
    rejected: dict[tuple[str, str], int]  # (text, label) no longer suggested: times rejected


def lexicon(store: ProjectStore) -> Lexicon:
    from annotator.detect.entities.patterns import LEXICON, PatternError, parse_pattern

    need = min_count(store)
    seen = store.corrections(ENTITIES)
    by_text: dict[str, dict[str, int]] = defaultdict(dict)
    for (text, label), n in seen.accepted.items():
        by_text[text][label] = n
    patterns, learned = [], []
    for text, counts in sorted(by_text.items()):
        label, n = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
        if (n >= need and list(counts.values()).count(n) == 1 and n > seen.rejected.get((text, label), 0)
                and any(c.isalnum() for c in text)):
            try:
                patterns.append(parse_pattern({"label": label, "pattern": text}, LEXICON))
            except PatternError:
                continue
            learned.append((text, label, n))
    rejected = {key: n for key, n in seen.rejected.items() if n >= need and n > seen.accepted.get(key, 0)}
    return Lexicon(patterns, learned, rejected)


def project_patterns(store: ProjectStore) -> ProjectPatterns | None:
    """What the patterns detector uses on this project (None: nothing to use)."""
    from annotator.detect.entities.patterns import ProjectPatterns

    learned = lexicon(store)
    found = ProjectPatterns(imported_patterns(store), learned.patterns, frozenset(learned.rejected))
    return found if found else None


def site_boilerplate(store: ProjectStore) -> SiteBoilerplate | None:
    """The lines and phrases people marked BOILERPLATE on at least :data:`SITE_MIN_DOCS` documents of one site
    (and not rejected at least ``min_count`` times, more often than accepted), by site; None: nothing."""
    from annotator.core.model import Document
    from annotator.detect.segments.repetition import source_of
    from annotator.detect.segments.site import SiteBoilerplate

    marked = store.accepted_texts(SEGMENTS, BOILERPLATE)
    if not marked:
        return None
    site_of: dict[int, str] = {}
    docs: dict[tuple[str, str], set[int]] = defaultdict(set)
    for pk, text, meta in marked:
        if pk not in site_of:
            site_of[pk] = source_of(Document.model_construct(id="", text="", meta=meta))  # the meta says the site
        if site_of[pk] and text.strip():
            docs[(site_of[pk], text.strip())].add(pk)
    by_site: dict[str, list[str]] = defaultdict(list)
    for (site, text), pks in sorted(docs.items()):
        if len(pks) >= SITE_MIN_DOCS:
            by_site[site].append(text)
    need = min_count(store)
    seen = store.corrections(SEGMENTS)
    rejected = frozenset(text for (text, label), n in seen.rejected.items()
                         if label == BOILERPLATE and n >= need and n > seen.accepted.get((text, label), 0))
    return SiteBoilerplate(dict(by_site), rejected) if by_site else None
