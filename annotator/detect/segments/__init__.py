"""Boilerplate and article structure (the ``segments`` layer)."""

from annotator.detect.segments.repetition import corpus_evidence, source_of
from annotator.detect.segments.detector import LABELS, NON_BODY, SegmentDetector

__all__ = ["LABELS", "NON_BODY", "SegmentDetector", "corpus_evidence", "source_of"]
