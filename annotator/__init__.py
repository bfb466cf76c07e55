"""annotator: pre-annotate and correct entities, quotes and article structure in news text."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("annotator")
except PackageNotFoundError:  # running from a source tree or a frozen bundle without metadata
    __version__ = "0.1.0"
