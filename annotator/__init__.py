"""annotator: pre-annotate and correct entities, quotes and article structure in news text."""

from functools import cache


@cache
def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("annotator")
    except PackageNotFoundError:  # a source tree or a frozen bundle without metadata
        return "0.1.0"


def __getattr__(name: str) -> str:
    # Read on demand: the package metadata lookup costs ~25 ms, which start-up (no --version) need not pay.
    if name == "__version__":
        return _version()
    raise AttributeError(f"module 'annotator' has no attribute {name!r}")
