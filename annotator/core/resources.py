"""The one place that finds files under ``resources/``.

Works from a source checkout (``resources/`` beside the package), from an
installed wheel (``annotator/_resources`` if packaged there) and from a
PyInstaller bundle (``sys._MEIPASS/resources``).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    here = Path(__file__).resolve().parent.parent  # annotator/
    candidates += [here.parent / "resources", here / "_resources"]
    for path in candidates:
        if (path / "labels").is_dir():
            return path
    raise FileNotFoundError("annotator resources not found; looked in " + ", ".join(map(str, candidates)))


def resource(*parts: str) -> Path:
    """Path of a file under ``resources/`` (it may not exist)."""
    return resources_dir().joinpath(*parts)
