"""Named entities: PERSON, ORG, LOC and DATE suggestions (see ``detector.py``)."""

from annotator.detect.entities.detector import EntityDetector

__all__ = ["EntityDetector"]
