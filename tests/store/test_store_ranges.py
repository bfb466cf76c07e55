"""Reading part of a document: the text without its spans, and the spans that start in a range
(what the window reads to paint a big document's first screen before the rest)."""

import pytest

from annotator.core.model import Document, Relation, Span, SpanStatus
from annotator.store import StoreError

TEXT = '"Kami siap," kata Gati di Jakarta. Menteri Sri Mulyani hadir di Bandung.'


def span(start, end, label, layer="entities", **kw):
    return Span(start=start, end=end, label=label, layer=layer, **kw)


@pytest.fixture
def doc(project):
    spans = [span(1, 10, "QUOTE", "quotes"), span(18, 22, "PERSON"), span(26, 33, "LOC"),
             span(35, 42, "MISC", status=SpanStatus.SUGGESTED), span(43, 54, "PERSON"), span(64, 71, "LOC"),
             span(0, 34, "TITLE", "segments")]
    rel = Relation(label="SPEAKER", head=spans[0].id, child=spans[1].id)
    (pk,) = project.add_documents([Document(text=TEXT, spans=spans, relations=[rel])]).added
    return pk, spans, rel


def test_spans_between_returns_the_spans_starting_in_the_range_in_text_order(project, doc):
    pk, spans, _ = doc
    got = project.spans_between(pk, 18, 43)
    assert [(s.label, TEXT[s.start:s.end]) for s in got] == [("PERSON", "Gati"), ("LOC", "Jakarta"),
                                                            ("MISC", "Menteri")]
    assert got[2].status == SpanStatus.SUGGESTED and got[2] == spans[3]
    assert [s.label for s in project.spans_between(pk, 0, 18)] == ["TITLE", "QUOTE"]  # a long span starting early
    assert project.spans_between(pk, 72, 10_000) == [] and project.spans_between(pk, 20, 20) == []


def test_consecutive_ranges_read_every_span_exactly_once(project, doc):
    pk, _, _ = doc
    whole = project.get_document(pk).spans
    pieces = [s for a in range(0, len(TEXT) + 1, 7) for s in project.spans_between(pk, a, a + 7)]
    assert pieces == whole and len(whole) == 7


def test_ranges_follow_edits(project, doc):
    pk, spans, _ = doc
    project.update_span(pk, spans[2].id, label="ORG")
    project.remove_span(pk, spans[1].id)
    assert [(s.label, s.start) for s in project.spans_between(pk, 18, 34)] == [("ORG", 26)]


def test_document_without_spans_keeps_text_status_and_relations(project, doc):
    pk, _, rel = doc
    shell = project.get_document(pk, spans=False)
    assert shell.text == TEXT and shell.spans == [] and shell.relations == [rel]
    assert project.get_document(pk).spans != []
    with pytest.raises(StoreError):
        project.get_document(pk + 1, spans=False)


def test_position_in_the_whole_listing_with_and_without_gaps(project, tmp_path):
    pks = project.add_documents([Document(text=f"Dokumen nomor {i}.") for i in range(10)]).added
    assert [project.position(pk) for pk in pks] == list(range(10))
    assert project.position(pks[-1] + 5) == 10 and project.position(0) == 0
    project._db.execute("DELETE FROM documents WHERE pk = ?", (pks[3],))  # a gap no version makes today
    assert [project.position(pk) for pk in pks if pk != pks[3]] == list(range(9))
