import pytest
from pydantic import ValidationError

from annotator.core.ids import input_hash, span_id, task_hash, text_id
from annotator.core.labels import LabelScheme, UnknownLabel
from annotator.core.merge import apply_suggestions
from annotator.core.model import Document, Relation, Span, SpanStatus
from annotator.core.validate import problems


def test_ids_are_stable_and_deterministic():
    doc = Document(text="Kami siap.")
    assert doc.id == text_id("Kami siap.") == Document(text="Kami siap.").id
    assert len(doc.id) == 16
    assert Span(start=0, end=4, label="PERSON", layer="entities").id == span_id("entities", "PERSON", 0, 4)


def test_prodigy_hashes_are_signed_32_bit_and_depend_on_spans():
    h = input_hash("abc")
    assert -(2**31) <= h < 2**31 and h == input_hash("abc") and h != input_hash("abd")
    t1 = task_hash(h, [{"start": 0, "end": 1, "label": "PERSON"}])
    assert t1 != task_hash(h, []) and -(2**31) <= t1 < 2**31


def test_span_end_before_start_is_rejected():
    with pytest.raises(ValidationError):
        Span(start=5, end=2, label="PERSON", layer="entities")


def test_title_falls_back_to_first_line():
    assert Document(text="\n\n  Judul Berita \nisi").title == "Judul Berita"
    assert Document(text="x", meta={"title": "T"}).title == "T"


def test_scheme_layers_labels_hotkeys():
    scheme = LabelScheme.default()
    assert scheme.layer_names() == ["entities", "quotes", "segments"]
    assert scheme.layer_of("QUOTE") == "quotes" and scheme.by_hotkey("1").name == "PERSON"
    with pytest.raises(UnknownLabel):
        scheme.layer_of("FOO")
    with pytest.raises(ValidationError):
        LabelScheme(layers=[{"name": "x", "labels": [{"name": "A", "hotkey": "1"}, {"name": "B", "hotkey": "1"}]}])


def test_validation_problems():
    scheme = LabelScheme.default()
    doc = Document(text="Gati di Jakarta", spans=[
        Span(start=0, end=4, label="PERSON", layer="entities"),
        Span(start=2, end=7, label="LOC", layer="entities"),
        Span(start=8, end=99, label="LOC", layer="entities"),
        Span(start=0, end=4, label="NOPE", layer="entities"),
    ], relations=[Relation(label="SPEAKER", head="missing", child="s")])
    found = " | ".join(problems(doc, scheme))
    assert "outside the text" in found and "overlap" in found and "unknown label" in found
    assert "does not exist" in found


def test_suggestions_never_replace_what_a_person_made():
    user = Span(start=0, end=4, label="PERSON", layer="entities", status=SpanStatus.ACCEPTED, source="user")
    old = Span(start=8, end=15, label="LOC", layer="entities", status=SpanStatus.SUGGESTED, source="detector:ner")
    doc = Document(text="Gati di Jakarta", spans=[user, old])
    new = [Span(start=0, end=4, label="ORG", layer="entities", status=SpanStatus.SUGGESTED, source="detector:ner"),
           Span(start=5, end=7, label="MISC", layer="entities", status=SpanStatus.SUGGESTED, source="detector:ner")]
    out = apply_suggestions(doc, ["detector:ner"], new, [])
    assert [(s.start, s.end, s.label) for s in out.spans] == [(0, 4, "PERSON"), (5, 7, "MISC")]
