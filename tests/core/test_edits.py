"""The rules behind the window's editing keys, asked without a window."""

import pytest

from annotator.core import edits
from annotator.core.edits import LabelAction
from annotator.core.labels import BOILERPLATE, CUE, PERSON, QUOTE, REL_CUE, REL_SPEAKER, SPEAKER, TITLE, LabelScheme
from annotator.core.model import SOURCE_USER, Relation, Span, SpanStatus
from annotator.core.spanindex import SpanIndex

TEXT = '"Kami siap," kata Gati di Jakarta. Seorang warga berkata "ya".'
SCHEME = LabelScheme.default()


def at(word: str, label: str, layer: str, **kw) -> Span:
    start = TEXT.index(word)
    return Span(start=start, end=start + len(word), label=label, layer=layer, **kw)


QUOTE_1 = at('"Kami siap,"', QUOTE, "quotes")
CUE_1 = at("kata", CUE, "quotes")
GATI = at("Gati", PERSON, "entities")
WARGA = at("Seorang warga", SPEAKER, "quotes")
QUOTE_2 = at('"ya"', QUOTE, "quotes")


def test_a_label_key_labels_a_selection_toggles_a_line_relabels_or_labels_the_word():
    assert edits.label_key_action(SCHEME, PERSON, True, GATI) is LabelAction.LABEL_SELECTION
    assert edits.label_key_action(SCHEME, BOILERPLATE, False, GATI) is LabelAction.TOGGLE_LINE
    line = Span(start=0, end=10, label=TITLE, layer="segments")
    assert edits.label_key_action(SCHEME, BOILERPLATE, False, line) is LabelAction.RELABEL
    assert edits.label_key_action(SCHEME, "ORG", False, GATI) is LabelAction.RELABEL
    assert edits.label_key_action(SCHEME, PERSON, False, None) is LabelAction.LABEL_WORD


def test_relabelling_to_the_same_label_changes_only_a_suggestion():
    assert not edits.relabel_changes(GATI, PERSON)
    assert edits.relabel_changes(GATI.model_copy(update={"status": SpanStatus.SUGGESTED}), PERSON)
    assert edits.relabel_changes(GATI, "ORG")


def test_a_user_span_is_accepted_in_its_labels_layer_and_trim_drops_surrounding_space():
    span = edits.user_span(*edits.trim("  Gati \n", 0, 8), PERSON, SCHEME)
    assert (span.start, span.end, span.layer, span.source, span.status) == (2, 6, "entities", SOURCE_USER,
                                                                           SpanStatus.ACCEPTED)
    assert edits.trim("   ", 0, 3)[0] == edits.trim("   ", 0, 3)[1]


def test_a_role_toggles_on_a_line_and_replaces_another_role():
    text = "  Judul berita  \nisi"
    marked = edits.toggle_line(text, 0, 16, TITLE, [])
    assert marked is not None and marked.remove == () and marked.add is not None
    assert text[marked.add.start:marked.add.end] == "Judul berita" and marked.add.layer == "segments"
    unmarked = edits.toggle_line(text, 0, 16, TITLE, [marked.add])
    assert unmarked == edits.LineToggle((marked.add,), None)
    other = edits.toggle_line(text, 0, 16, BOILERPLATE, [marked.add])
    assert other is not None and other.remove == (marked.add,) and other.add is not None
    assert other.add.label == BOILERPLATE
    assert edits.toggle_line(" \n", 0, 2, TITLE, []) is None


def test_a_quote_links_to_entities_and_speaker_spans_as_speaker_and_to_a_cue_as_cue():
    targets = edits.link_targets(SCHEME, QUOTE_1)
    assert targets[PERSON] == REL_SPEAKER and targets[SPEAKER] == REL_SPEAKER and targets[CUE] == REL_CUE
    assert edits.link_targets(SCHEME, GATI) == {}  # only quotes are linked


def test_linking_starts_on_the_first_candidate_after_the_quote_and_tabs_through_the_others():
    index = SpanIndex([QUOTE_1, CUE_1, GATI, WARGA, QUOTE_2])
    assert edits.first_link_candidate(index, SCHEME, QUOTE_1) == CUE_1
    assert edits.next_link_candidate(index, SCHEME, QUOTE_1, CUE_1, 1) == GATI
    assert edits.next_link_candidate(index, SCHEME, QUOTE_1, GATI, 1) == WARGA
    assert edits.first_link_candidate(index, SCHEME, QUOTE_2) == WARGA  # nothing after it: the last before
    assert edits.quote_at(index, None, TEXT.index("siap")) == QUOTE_1
    assert edits.quote_at(index, GATI, TEXT.index("ya")) == QUOTE_2


def test_linking_a_speaker_replaces_the_earlier_one_and_names_the_quotes_speaker():
    earlier = Relation(label=REL_SPEAKER, head=QUOTE_1.id, child=WARGA.id)
    existing = {(QUOTE_1.id, REL_SPEAKER): [earlier]}

    def relations_of(head: str, name: str) -> list[Relation]:
        return existing.get((head, name), [])

    link = edits.plan_link(SCHEME, TEXT, QUOTE_1, GATI, relations_of)
    assert link is not None and link.replaces == (earlier,)
    assert (link.relation.label, link.relation.head, link.relation.child) == (REL_SPEAKER, QUOTE_1.id, GATI.id)
    assert link.attrs == {"speaker": "Gati"}
    cue = edits.plan_link(SCHEME, TEXT, QUOTE_1, CUE_1, relations_of)
    assert cue is not None and cue.relation.label == REL_CUE and cue.attrs is None and cue.replaces == ()
    assert edits.plan_link(SCHEME, TEXT, QUOTE_1, WARGA, relations_of) is None  # already linked
    with pytest.raises(edits.LinkRefused, match="cannot be linked"):
        edits.plan_link(SCHEME, TEXT, QUOTE_1, QUOTE_2, relations_of)


def test_the_speaker_field_sets_or_clears_the_name_and_only_indirect_is_stored():
    assert edits.quote_attrs({}, speaker="  Gati ") == {"speaker": "Gati"}
    assert edits.quote_attrs({"speaker": "Gati"}, speaker=" ") == {}
    assert edits.quote_attrs({}, direct=False) == {"direct": False}
    assert edits.quote_attrs({"direct": False, "speaker": "X"}, direct=True) == {"speaker": "X"}
