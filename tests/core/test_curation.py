"""Curation: annotators' spans compared place by place, and what each choice writes into the curated set."""

import pytest

from annotator.core.curation import Kind, Overlap, Sets, compare, key, plan_take, taken
from annotator.core.model import Relation, Span, SpanStatus


def ent(start, end, label="PERSON", status=SpanStatus.ACCEPTED):
    return Span(start=start, end=end, label=label, layer="entities", status=status)


ALICE = [ent(0, 4), ent(10, 17, "LOC"), ent(20, 30, "ORG"), ent(40, 44), ent(50, 55, "ORG", SpanStatus.SUGGESTED)]
BOB = [ent(0, 4), ent(10, 17, "ORG"), ent(20, 25, "ORG"), ent(26, 30, "ORG"), ent(60, 64, "DATE")]


def test_compare_sorts_every_place_into_agreed_only_label_or_edges():
    items = compare({"alice": ALICE, "bob": BOB})
    assert [(i.start, i.end, i.kind) for i in items] == [
        (0, 4, Kind.AGREED), (10, 17, Kind.LABEL), (20, 30, Kind.BOUNDARY), (40, 44, Kind.ONLY), (60, 64, Kind.ONLY)]
    # a suggestion nobody accepted is not anybody's work
    assert [i.describe() for i in items] == ["agreed", "LOC / ORG", "edges differ", "only alice", "only bob"]
    assert [len(v) for v in items[2].versions.values()] == [1, 2]
    quote = Span(start=0, end=30, label="QUOTE", layer="quotes")
    both = compare({"alice": [*ALICE, quote], "bob": BOB})  # layers are compared apart
    assert [(i.layer, i.kind) for i in both[:2]] == [("entities", Kind.AGREED), ("quotes", Kind.ONLY)]
    assert compare({"alice": [*ALICE, quote], "bob": BOB}, layers=["quotes"])[0].layer == "quotes"
    assert {i.kind for i in compare({"alice": ALICE})} == {Kind.ONLY}  # one annotator alone agrees with nobody


def test_taking_a_version_replaces_what_the_curated_set_has_there():
    items = compare({"alice": ALICE, "bob": BOB})
    sets = Sets({"alice": ALICE, "bob": BOB})
    curated = [ent(0, 4, status=SpanStatus.SUGGESTED), ent(10, 17, "MISC")]
    plan = plan_take([items[1]], ["bob"], curated, sets)
    assert [key(s) for s in plan.remove] == [key(curated[1])]
    assert [(key(s), s.status) for s in plan.add] == [(("entities", 10, 17, "ORG", ""), SpanStatus.ACCEPTED)]
    assert taken(items[1], [ent(10, 17, "ORG")]) == (True, ["bob"])
    assert taken(items[1], curated) == (True, [])  # the curator's own choice
    assert taken(items[3], curated) == (False, [])
    # the same choice again changes nothing; rejecting removes what is there
    assert not plan_take([items[1]], ["bob"], [ent(10, 17, "ORG")], sets)
    assert [key(s) for s in plan_take([items[1]], [], curated, sets).remove] == [key(curated[1])]
    # "take both": every version, where they fit together (two annotators' only-spans)
    assert len(plan_take(items[3:], ["alice", "bob"], [], sets).add) == 2
    with pytest.raises(Overlap):
        plan_take([items[1]], ["alice", "bob"], [], sets)
    # a pre-accepted agreement: the suggestion the curated set had there goes, the agreed span comes in
    agreed = plan_take([items[0]], ["alice"], curated, sets)
    assert agreed.remove == [curated[0]] and [s.status for s in agreed.add] == [SpanStatus.ACCEPTED]


def test_the_same_quote_with_another_speaker_is_a_disagreement():
    said = [Span(start=0, end=8, label="QUOTE", layer="quotes", attrs={"speaker": name}) for name in ("Budi", "Ani")]
    (item,) = compare({"alice": [said[0]], "bob": [said[1]]})
    assert item.kind is Kind.SPEAKER and item.describe() == "speaker: Budi / Ani"
    assert taken(item, [said[1]]) == (True, ["bob"])
    plan = plan_take([item], ["alice"], [said[1]], Sets({"alice": [said[0]], "bob": [said[1]]}))
    assert plan.remove == [said[1]] and [s.attrs["speaker"] for s in plan.add] == ["Budi"]
    assert compare({"alice": [said[0]], "bob": [said[0]]})[0].kind is Kind.AGREED


def test_a_quote_taken_brings_its_speaker_link_when_the_speaker_is_curated():
    quote = Span(start=0, end=8, label="QUOTE", layer="quotes")
    person = ent(20, 24)
    link = Relation(label="SPEAKER", head=quote.id, child=person.id)
    sets = Sets({"alice": [quote, person], "bob": [person]}, {"alice": [link]})
    items = compare(sets.spans)
    quote_item = next(i for i in items if i.layer == "quotes")
    alone = plan_take([quote_item], ["alice"], [], sets)
    assert alone.relations == []  # the speaker is not curated yet
    plan = plan_take([quote_item], ["alice"], [person], sets)
    assert [(r.head, r.child) for r in plan.relations] == [(quote.id, person.id)]
    assert not plan_take([quote_item], ["alice"], [person, quote], sets, [link]).relations  # already there
