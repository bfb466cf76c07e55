"""Choosing the spans of a bulk correction: identical mentions, whole-token occurrences, suggestions by
label, layer or paragraph."""

from annotator.core.bulk import label_all, mention_occurrences, same_mentions, suggestions_matching
from annotator.core.model import Span, SpanStatus

TEXT = "Garuda terbang. Garuda Indonesia dan garuda, Garudanya, Garuda."


def at(word_start: int, length: int, label="ORG", layer="entities", suggested=False) -> Span:
    return Span(start=word_start, end=word_start + length, label=label, layer=layer,
                status=SpanStatus.SUGGESTED if suggested else SpanStatus.ACCEPTED,
                source="detector:entities" if suggested else "user")


def test_identical_mentions_are_the_same_characters_in_the_same_layer():
    spans = [at(0, 6), at(16, 6, "PERSON"), at(16, 16), at(37, 6), at(56, 6, "QUOTE", "quotes")]
    found = same_mentions(TEXT, spans, "Garuda", "entities")
    assert [(s.start, s.label) for s in found] == [(0, "ORG"), (16, "PERSON")]  # not "garuda", not another layer


def test_occurrences_are_whole_tokens():
    assert mention_occurrences(TEXT, "Garuda") == [(0, 6), (16, 22), (56, 62)]  # not inside "Garudanya"
    assert mention_occurrences(TEXT, "Garuda Indonesia") == [(16, 32)]
    assert mention_occurrences(TEXT, " ") == []


def test_suggestions_by_label_layer_or_paragraph():
    spans = [at(0, 6, suggested=True), at(16, 6, "PERSON", suggested=True), at(37, 6), at(45, 9, "QUOTE", "quotes",
                                                                                     suggested=True)]
    assert [s.start for s in suggestions_matching(spans, label="ORG")] == [0]
    assert [s.start for s in suggestions_matching(spans, layer="entities")] == [0, 16]
    assert [s.start for s in suggestions_matching(spans, within=(10, 60))] == [16, 45]


def test_label_all_relabels_spans_on_an_occurrence_and_labels_the_free_ones():
    # Garuda at 0 (ORG accepted: nothing to do), 16 (inside "Garuda Indonesia": left alone), 56 (PERSON suggested)
    spans = [at(0, 6), at(16, 16), at(56, 6, "PERSON", suggested=True), at(0, 15, "QUOTE", "quotes")]
    change, add = label_all(TEXT, spans, "Garuda", "entities", "ORG")
    assert [(s.start, s.label) for s in change] == [(56, "PERSON")] and add == []
    change, add = label_all(TEXT, [at(16, 6, "PERSON")], "Garuda", "entities", "ORG")
    assert [s.start for s in change] == [16] and add == [(0, 6), (56, 62)]
