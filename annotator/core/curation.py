"""Curation of one document: the annotators' spans compared place by place, and what a curator's choice
writes into the curated set.

:func:`compare` groups the accepted spans of every annotator's set by place: within a layer, spans that
overlap (directly or through another) form one :class:`Item`, which is

- **agreed**: every annotator (two or more) marked the same span (start, end, label);
- **only**: some annotators marked something there, others nothing;
- **speaker**: the same quote, said by different speakers (the quote's ``speaker``);
- **label**: every annotator marked the same range, with different labels;
- **boundary**: everyone marked something there, with different edges.

:func:`plan_take` turns a choice (take these annotators' versions of these items; none: reject) into the
spans to remove from and add to the curated set, with the relations that come along (a quote taken with its
speaker).  The window runs the plan as one undo step; nothing here touches a store.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from annotator.core.model import Relation, Span, SpanStatus

# layer, start, end, label and (a quote's) speaker: what makes two annotators' spans the same
Key = tuple[str, int, int, str, str]


class Kind(StrEnum):
    AGREED = "agreed"
    ONLY = "only"
    SPEAKER = "speaker"
    LABEL = "label"
    BOUNDARY = "boundary"


def key(span: Span) -> Key:
    return span.layer, span.start, span.end, span.label, str(span.attrs.get("speaker", ""))


def speaker(span: Span) -> str:
    return str(span.attrs.get("speaker", ""))


@dataclass(frozen=True)
class Item:
    """One place of one layer where annotators marked something; ``versions`` holds each compared
    annotator's spans there (an empty tuple: nothing)."""

    layer: str
    start: int
    end: int
    kind: Kind
    versions: dict[str, tuple[Span, ...]]

    def keys(self, name: str) -> frozenset[Key]:
        return frozenset(key(s) for s in self.versions.get(name, ()))

    def describe(self) -> str:
        """What differs, in a few words: "agreed", "only alice", "PERSON / ORG", "edges differ"."""
        if self.kind is Kind.AGREED:
            return "agreed"
        if self.kind is Kind.ONLY:
            return "only " + ", ".join(name for name, spans in self.versions.items() if spans)
        if self.kind is Kind.SPEAKER:
            names = dict.fromkeys(speaker(s) or "nobody" for spans in self.versions.values() for s in spans)
            return "speaker: " + " / ".join(names)
        if self.kind is Kind.LABEL:
            return " / ".join(dict.fromkeys(s.label for spans in self.versions.values() for s in spans))
        return "edges differ"


@dataclass
class Sets:
    """What the comparison reads: each annotator's spans and relations on the document."""

    spans: dict[str, list[Span]] = field(default_factory=dict)
    relations: dict[str, list[Relation]] = field(default_factory=dict)


def _kind(versions: dict[str, tuple[Span, ...]]) -> Kind:
    if len(versions) < 2 or not all(versions.values()):  # one annotator alone agrees with nobody
        return Kind.ONLY
    marks = [frozenset(key(s) for s in spans) for spans in versions.values()]
    if len(set(marks)) == 1:
        return Kind.AGREED
    if len({frozenset(key(s)[:4] for s in spans) for spans in versions.values()}) == 1:
        return Kind.SPEAKER
    ranges = [frozenset((s.start, s.end) for s in spans) for spans in versions.values()]
    return Kind.LABEL if len(set(ranges)) == 1 else Kind.BOUNDARY


def compare(sets: Mapping[str, Sequence[Span]], layers: Iterable[str] | None = None) -> list[Item]:
    """The places where the annotators' accepted spans are, in text order (then layer)."""
    wanted = set(layers) if layers is not None else None
    tagged = sorted(((s, name) for name, spans in sets.items() for s in spans
                     if s.status == SpanStatus.ACCEPTED and (wanted is None or s.layer in wanted)),
                    key=lambda t: (t[0].layer, t[0].start, t[0].end))
    items: list[Item] = []
    group: list[tuple[Span, str]] = []
    end = -1

    def close() -> None:
        if group:
            versions = {name: tuple(s for s, n in group if n == name) for name in sets}
            items.append(Item(group[0][0].layer, group[0][0].start, max(s.end for s, _ in group), _kind(versions),
                              versions))

    for span, name in tagged:
        if not group or span.layer != group[0][0].layer or span.start >= end:
            close()
            group, end = [], -1
        group.append((span, name))
        end = max(end, span.end)
    close()
    return sorted(items, key=lambda i: (i.start, i.end, i.layer))


def taken(item: Item, curated: Sequence[Span]) -> tuple[bool, list[str]]:
    """What the curated set has at the item's place: whether anything, and whose versions it equals."""
    here = frozenset(key(s) for s in curated if s.layer == item.layer and s.start < item.end and s.end > item.start
                     and s.status == SpanStatus.ACCEPTED)
    return bool(here), [name for name in item.versions if here and item.keys(name) == here]


class Overlap(ValueError):
    """The versions chosen overlap each other: only one of them can go into the curated set."""


@dataclass
class Plan:
    """What a choice writes into the curated set: spans removed, then spans and relations added."""

    remove: list[Span] = field(default_factory=list)
    add: list[Span] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.remove or self.add or self.relations)


def plan_take(items: Sequence[Item], names: Sequence[str], curated: Sequence[Span], sets: Sets,
              curated_relations: Iterable[Relation] = ()) -> Plan:
    """Make the curated set hold, at each item's place, the spans of the ``names``' versions (all of them:
    "take both"; none: reject).  Curated spans of the item's layer overlapping its place are removed first
    (unless they already are what is chosen); the relations of the chosen annotators between spans the
    curated set will then hold are added.  :class:`Overlap` when the chosen spans overlap each other."""
    plan = Plan()
    keep = list(curated)
    for item in items:
        chosen: dict[Key, Span] = {}
        for name in names:
            for s in item.versions.get(name, ()):
                chosen.setdefault(key(s), s.model_copy(update={"status": SpanStatus.ACCEPTED}))
        wanted = sorted(chosen.values(), key=lambda s: (s.start, s.end))
        for a, b in zip(wanted, wanted[1:]):
            if a.overlaps(b):
                raise Overlap(f"{a.label} and {b.label} overlap at {b.start}; take one of them")
        here = [s for s in keep if s.layer == item.layer and s.start < item.end and s.end > item.start]
        if frozenset(key(s) for s in here if s.status == SpanStatus.ACCEPTED) == frozenset(chosen) \
                and len(here) == len(chosen):
            continue
        plan.remove += here
        plan.add += wanted
        keep = [s for s in keep if s not in here] + wanted
    if plan.add:
        gone = {s.id for s in plan.remove}
        existing = {r.id for r in curated_relations if r.head not in gone and r.child not in gone}
        plan.relations = [r for r in _relations(plan.add, keep, names, sets) if r.id not in existing]
    return plan


def _relations(added: list[Span], curated: list[Span], names: Sequence[str], sets: Sets) -> list[Relation]:
    """The chosen annotators' relations with an end among ``added`` and both ends in ``curated``, rewritten
    to the curated spans' ids."""
    by_key = {key(s): s.id for s in curated}
    new = {key(s) for s in added}
    out: dict[tuple[str, str, str], Relation] = {}
    for name in names:
        spans = {s.id: key(s) for s in sets.spans.get(name, ())}
        for r in sets.relations.get(name, ()):
            head, child = spans.get(r.head), spans.get(r.child)
            if head is None or child is None or not ({head, child} & new):
                continue
            if head in by_key and child in by_key:
                ends = (r.label, by_key[head], by_key[child])
                out.setdefault(ends, Relation(label=r.label, head=ends[1], child=ends[2], source=r.source,
                                              status=SpanStatus.ACCEPTED))
    return list(out.values())
