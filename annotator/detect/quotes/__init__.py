"""Direct quotes, reported speech, cues and speakers (the ``quotes`` layer)."""

from annotator.detect.quotes.detector import QuoteDetector

__all__ = ["QuoteDetector"]
