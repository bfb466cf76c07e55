"""The detectors the program knows: the built-in ones and those installed packages add (entry point group
``annotator.detectors``, naming a :class:`~annotator.detect.base.Detector` subclass; see
docs/architecture.md, "Adding a detector").

They run in this order: the language detector (always), structure (``segments``), the boilerplate people
marked on the document's site (``segments/site.py``), entities, the project's
entity patterns (which override the model's suggestions, ``entities/patterns.py``), the plug-ins'
detectors (sorted by entry point name), and the quote detector last, because it reads the entity
suggestions of all that ran before it.  A detector runs when one of its layers is asked for.  A detector's
models load when it is first made, in the process that runs it, never when this list is read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from annotator.core import plugins
from annotator.core.labels import ENTITIES, LAYERS, QUOTES, SEGMENTS
from annotator.detect.base import Detector
from annotator.detect.lang import LanguageDetector


@dataclass(frozen=True)
class DetectorKind:
    name: str
    layers: tuple[str, ...]  # () for the language detector, which always runs
    make: Callable[[], Detector]
    built_in: bool = True


def _segments() -> Detector:
    from annotator.detect.segments import SegmentDetector

    return SegmentDetector()


def _site() -> Detector:
    from annotator.detect.segments.site import SiteBoilerplateDetector

    return SiteBoilerplateDetector()


def _entities() -> Detector:
    from annotator.detect.entities import EntityDetector

    return EntityDetector()


def _patterns() -> Detector:
    from annotator.detect.entities.patterns import PatternDetector

    return PatternDetector()


def _quotes() -> Detector:
    from annotator.detect.quotes import QuoteDetector

    return QuoteDetector()


_FIRST = (DetectorKind("lang", (), LanguageDetector), DetectorKind("segments", (SEGMENTS,), _segments),
          DetectorKind("site", (SEGMENTS,), _site),
          DetectorKind("entities", (ENTITIES,), _entities), DetectorKind("patterns", (ENTITIES,), _patterns))
_LAST = (DetectorKind("quotes", (QUOTES,), _quotes),)


@cache
def kinds() -> tuple[DetectorKind, ...]:
    """Every detector, built-in and plug-in, in running order (read once; :func:`refresh` reads again)."""
    found = [*_FIRST]
    names = {k.name for k in (*_FIRST, *_LAST)}
    for entry, obj in plugins.load(plugins.DETECTORS):
        if not (isinstance(obj, type) and issubclass(obj, Detector)):
            plugins.skip(plugins.DETECTORS, entry, "it is not a Detector subclass")
        elif obj.name in names:
            plugins.skip(plugins.DETECTORS, entry, f"the detector name {obj.name!r} is taken")
        elif not obj.layers or not set(obj.layers) <= set(LAYERS):
            plugins.skip(plugins.DETECTORS, entry, f"its layers {obj.layers!r} are not among {', '.join(LAYERS)}")
        else:
            found.append(DetectorKind(obj.name, tuple(obj.layers), obj, built_in=False))
            names.add(obj.name)
    return (*found, *_LAST)


def refresh() -> None:
    """Read the installed detectors again: after installing a plug-in without restarting, and in tests."""
    kinds.cache_clear()


def chosen(layers: Iterable[str] = LAYERS) -> list[DetectorKind]:
    """The detectors that run for ``layers``, in running order."""
    wanted = set(layers)
    return [k for k in kinds() if not k.layers or wanted & set(k.layers)]


def by_layer() -> dict[str, list[str]]:
    """Layer → the names of the detectors that suggest in it (for ``--help``)."""
    return {layer: [k.name for k in kinds() if layer in k.layers] for layer in LAYERS}
