"""Plug-ins: the objects other installed packages offer through Python entry points.

A package adds an export format or a detector by declaring an entry point in its metadata, e.g. in its
``pyproject.toml``::

    [project.entry-points."annotator.formats"]
    toy = "annotator_toy:FORMAT"

    [project.entry-points."annotator.detectors"]
    toy = "annotator_toy:ToyDetector"

The registries (``annotator.io.formats.registry``, ``annotator.detect.registry``) ask this module for the
objects of their group.  A plug-in that fails to load is skipped with a warning: one broken package never
stops the program.  docs/architecture.md ("Adding a format", "Adding a detector") says what each object is.
"""

from __future__ import annotations

import logging
from importlib.metadata import entry_points

FORMATS = "annotator.formats"
DETECTORS = "annotator.detectors"

log = logging.getLogger("annotator.plugins")


def load(group: str) -> list[tuple[str, object]]:
    """``(entry point name, loaded object)`` for every installed entry point of ``group``, sorted by name
    (the same order on every machine); those that fail to import are logged and left out."""
    found: list[tuple[str, object]] = []
    for point in sorted(entry_points(group=group), key=lambda p: (p.name, p.value)):
        try:
            found.append((point.name, point.load()))
        except Exception as exc:  # noqa: BLE001 - a third party's import error must not stop the program
            log.warning("the %s plug-in %r (%s) could not be loaded: %s: %s", group, point.name, point.value,
                        type(exc).__name__, exc)
    return found


def skip(group: str, name: str, why: str) -> None:
    """Say why a loaded plug-in is not used (a name already taken, an object of the wrong kind)."""
    log.warning("the %s plug-in %r is not used: %s", group, name, why)
