"""``quotes``: one JSONL record per quote, for quote attribution training.

``{"doc_id", "id", "text", "start", "end", "direct", "status", "source",
"score", "cue": {"id", "text", "start", "end"} | null, "speaker_mention":
{"id", "text", "start", "end", "label"} | null, "speaker": "<resolved
name>" | null, "context": {"text", "start", "end"}}``.  The cue and the
speaker mention are the spans the quote's ``CUE`` and ``SPEAKER`` relations
point at; ``speaker`` is the quote's resolved full name; ``context`` is the
quote with up to :data:`CONTEXT` characters on each side, cut at whitespace.
All offsets are code points into the document text.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from annotator.core.labels import QUOTE, QUOTES, REL_CUE, REL_SPEAKER
from annotator.core.model import Document, Span
from annotator.io.formats.base import JsonLines

CONTEXT = 300


def _ref(doc: Document, span: Span | None, with_label: bool = False) -> dict[str, Any] | None:
    if span is None:
        return None
    out = {"id": span.id, "text": doc.text[span.start:span.end], "start": span.start, "end": span.end}
    if with_label:
        out["label"] = span.label
    return out


def context(text: str, start: int, end: int, width: int = CONTEXT) -> tuple[int, int]:
    """``[start, end)`` widened by up to ``width`` characters each side, not
    cutting a word."""
    left, right = max(0, start - width), min(len(text), end + width)
    if left > 0 and not text[left - 1].isspace():
        cut = next((i for i in range(left, start) if text[i].isspace()), start)
        left = cut + 1 if cut < start else start
    if right < len(text) and not text[right].isspace():
        cut = next((i for i in range(right - 1, end - 1, -1) if text[i].isspace()), end)
        right = cut if cut > end else end
    return left, right


class QuotesExporter(JsonLines):
    name = "quotes"
    description = "one JSONL record per quote (speaker, cue, context)"

    def records(self, doc: Document) -> Iterator[dict[str, Any]]:
        by_id = {s.id: s for s in doc.spans}
        linked: dict[tuple[str, str], Span] = {}
        for rel in doc.relations:
            linked.setdefault((rel.head, rel.label), by_id[rel.child])
        for quote in doc.spans_in(QUOTES):
            if quote.label != QUOTE:
                continue
            left, right = context(doc.text, quote.start, quote.end)
            self.summary.add(quote.label)
            yield {
                "doc_id": doc.id, "id": quote.id, "text": doc.text[quote.start:quote.end],
                "start": quote.start, "end": quote.end, "direct": quote.attrs.get("direct", True) is not False,
                "status": str(quote.status), "source": quote.source, "score": quote.score,
                "cue": _ref(doc, linked.get((quote.id, REL_CUE))),
                "speaker_mention": _ref(doc, linked.get((quote.id, REL_SPEAKER)), with_label=True),
                "speaker": quote.attrs.get("speaker"),
                "context": {"text": doc.text[left:right], "start": left, "end": right},
            }
