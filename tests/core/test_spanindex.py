"""The span index the view paints from: range queries, stepping, row bookkeeping,
and token snapping on a window of the text."""

import random

from annotator.core.model import Span, SpanStatus
from annotator.core.tokenize import TokenIndex
from annotator.core.spanindex import SpanIndex
from annotator.core.snapping import snap, step_edge, token_span_at


def span(start, end, layer="entities", label="PERSON", **kw):
    return Span(start=start, end=end, label=label, layer=layer, **kw)


def test_overlapping_matches_a_brute_force_scan():
    rng = random.Random(7)
    spans, pos = [], 0
    for _ in range(400):  # non-overlapping within each layer, as the store guarantees
        pos += rng.randint(0, 5)
        end = pos + rng.randint(1, 9)
        spans.append(span(pos, end, rng.choice(["entities", "quotes"])))
        pos = end if rng.random() < 0.5 else pos
    spans = [s for i, s in enumerate(spans) if all(
        o.layer != s.layer or not o.overlaps(s) for o in spans[:i])]
    index = SpanIndex(spans)
    for _ in range(300):
        a = rng.randint(0, pos)
        b = a + rng.randint(0, 30)
        expected = {s.id for s in spans if s.start < b and a < s.end}
        assert {s.id for s in index.overlapping(a, b)} == expected


def test_rows_follow_adds_removes_and_status_changes():
    index = SpanIndex([span(10, 14), span(0, 4, "quotes", "QUOTE")])
    assert [s.start for s in index.ordered] == [0, 10]
    row = index.add(span(5, 8, status=SpanStatus.SUGGESTED))
    assert row == 1 and index.counts() == (3, 1)
    new = index.ordered[1].model_copy(update={"status": SpanStatus.ACCEPTED})
    assert index.replace(index.ordered[1], new) == 1 and index.counts() == (3, 0)
    assert index.remove(index.ordered[0].id) == 0
    assert [s.start for s in index.ordered] == [5, 10]
    assert [s.start for s in index.overlapping(0, 100, "entities")] == [5, 10]


def test_step_goes_through_spans_in_text_order():
    a, b, c = span(0, 3), span(5, 7, "quotes", "QUOTE"), span(9, 12, status=SpanStatus.SUGGESTED)
    index = SpanIndex([c, a, b])
    assert index.step(None, 4, 1).id == b.id
    assert index.step(b, 0, 1).id == c.id
    assert index.step(b, 0, -1).id == a.id
    assert index.step(a, 0, 1, lambda s: s.is_suggestion).id == c.id
    assert index.step(c, 0, 1) is None


def test_snapping_on_a_window_equals_snapping_on_the_whole_text():
    text = "Kata Gati di https://example.com/x, 4.000 orang e-commerce 😀👍🏽 selesai. " * 50
    whole = TokenIndex.of(text)
    rng = random.Random(3)
    for _ in range(300):
        a = rng.randint(0, len(text) - 1)
        b = min(len(text), a + rng.randint(1, 40))
        assert snap(text, a, b) == whole.snap(a, b)


def test_token_span_at_and_edge_steps():
    text = "kata Gati Wibawaningsih di Jakarta."
    assert token_span_at(text, text.index("Gati") + 2) == (5, 9)
    assert step_edge(text, 5, 1, "start") == 10  # start moves onto the next token
    assert step_edge(text, 9, 1, "end") == 23
    assert step_edge(text, 5, -1, "start") == 0
    assert step_edge(text, len(text), 1, "end") is None
