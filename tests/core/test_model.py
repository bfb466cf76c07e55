import subprocess
import sys

import pytest
from pydantic import ValidationError

from annotator.core.ids import input_hash, span_id, task_hash, text_id
from annotator.core.labels import LabelScheme, UnknownLabel
from annotator.core.merge import apply_suggestions
from annotator.core.model import BlockHint, DocStatus, Document, Relation, Span, SpanStatus
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


# The model classes are plain (core/record.py): exact types are taken as they are, anything else goes to pydantic's
# model of the same name (core/schema.py).  Both ways must give what pydantic's models gave.
SPAN = {"start": 0, "end": 4, "label": "PERSON", "layer": "entities"}
CASES = [
    (Span, SPAN),
    (Span, SPAN | {"id": "mine", "source": "detector:x", "status": SpanStatus.SUGGESTED, "score": 0.5}),
    (Span, SPAN | {"status": "suggested", "score": 1, "attrs": {"speaker": "Joko", "direct": False}}),
    (Span, SPAN | {"start": "0", "end": 4.0}),
    (Span, SPAN | {"start": -1}),
    (Span, SPAN | {"start": 5}),
    (Span, SPAN | {"status": "maybe"}),
    (Span, SPAN | {"attrs": None}),
    (Span, SPAN | {"attrs": {1: "x"}}),
    (Span, SPAN | {"colour": "red"}),
    (Span, {"start": 0, "end": 4, "label": "PERSON"}),
    (Span, SPAN | {"label": None}),
    (Relation, {"label": "SPEAKER", "head": "a", "child": "b"}),
    (Relation, {"label": "SPEAKER", "head": "a", "child": "b", "status": "suggested", "id": "r1"}),
    (Relation, {"label": "SPEAKER", "head": 1, "child": "b"}),
    (BlockHint, {"start": 0, "end": 9, "tag": "p", "link_density": 1, "depth": 2}),
    (BlockHint, {"start": 0, "end": 9, "tag": "p", "cls": "x", "link_density": 0.5}),
    (Document, {"text": "Gati di Jakarta", "meta": {"source": "a.txt"}, "status": "done", "annotator": "ana"}),
    (Document, {"text": "Gati di Jakarta", "spans": [SPAN, SPAN | {"start": 8, "end": 15, "label": "LOC"}]}),
    (Document, {"text": "Gati", "spans": [SPAN | {"end": 2, "start": 3}]}),
    (Document, {"text": "Gati", "status": "finished"}),
    (Document, {"text": "Gati", "meta": None}),
    (Document, {"text": 7}),
    (Document, {"id": "d1", "text": "Gati", "blocks": [{"start": 0, "end": 4, "tag": "p"}], "relations": []}),
    (LabelScheme, {"layers": [{"name": "x", "labels": [{"name": "A", "hotkey": "1"}, {"name": "B"}]}],
                   "relations": [{"name": "R", "head": ["A"], "child": ["B"]}]}),
    (LabelScheme, {"layers": [{"name": "x", "labels": [{"name": "A", "hotkey": "1"}, {"name": "A"}]}]}),
    (LabelScheme, {"name": "s", "layers": [{"name": "x", "labels": [{"name": "A", "colour": "red"}]}]}),
    (LabelScheme, {"relations": []}),
]


def _outcome(make, data):
    try:
        return make(data).model_dump()
    except ValidationError as exc:
        return [(e["loc"], e["msg"]) for e in exc.errors()]


@pytest.mark.parametrize(("cls", "data"), CASES)
def test_the_plain_models_accept_convert_and_refuse_as_pydantic_did(cls, data):
    from annotator.core.schema import SCHEMAS

    reference = _outcome(lambda d: SCHEMAS[cls](**d), data)
    assert _outcome(lambda d: cls(**d), data) == reference
    assert _outcome(cls.model_validate, data) == reference


def test_the_plain_models_have_pydantic_s_fields_and_defaults():
    from annotator.core.schema import SCHEMAS

    for cls, schema in SCHEMAS.items():
        assert cls._fields == tuple(schema.model_fields)
        defaults = {name: f.get_default(call_default_factory=True) for name, f in schema.model_fields.items()
                    if not f.is_required()}
        assert cls._defaults() == defaults, cls.__name__
        made = cls.model_construct()
        assert all(getattr(made, name) == value for name, value in defaults.items())


def test_records_given_stay_the_same_objects_and_lists_are_copied():
    span = Span(start=0, end=4, label="PERSON", layer="entities")
    spans = [span]
    for status in (DocStatus.DONE, "done"):  # the exact type, and a value pydantic converts
        doc = Document(text="Gati di Jakarta", spans=spans, status=status)
        assert doc.spans[0] is span and doc.spans is not spans
    copy = doc.model_copy(update={"status": "todo"})
    assert copy.spans is doc.spans and copy.status == "todo" and copy.text == doc.text
    assert Document.model_validate(doc) is doc
    assert doc == Document(text="Gati di Jakarta", spans=[span.model_copy()], status="done") != copy
    assert doc.model_dump(mode="json")["spans"][0]["status"] == "accepted"
    assert type(doc.model_dump(mode="json")["spans"][0]["status"]) is str


def test_a_scheme_of_the_right_types_needs_no_pydantic():
    code = ("import sys\n"
            "from annotator.core.labels import LabelScheme\n"
            "from annotator.core.model import Document, Span\n"
            "scheme = LabelScheme.default()\n"
            "assert LabelScheme.model_validate_json(scheme.to_json()) == scheme\n"
            "Document(text='Gati', spans=[Span(start=0, end=4, label='PERSON', layer='entities', attrs={'a': 1})])\n"
            "assert 'pydantic' not in sys.modules, 'pydantic was imported'\n")
    subprocess.run([sys.executable, "-c", code], check=True)
