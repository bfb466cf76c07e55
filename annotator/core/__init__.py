"""Qt-free core: the document model, tokens and offsets, label schemes."""

from annotator.core.labels import LabelScheme
from annotator.core.model import BlockHint, Document, DocStatus, Relation, Span, SpanStatus

__all__ = ["BlockHint", "DocStatus", "Document", "LabelScheme", "Relation", "Span", "SpanStatus"]
