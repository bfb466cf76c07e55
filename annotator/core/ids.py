"""Stable identifiers and Prodigy-compatible hashes.

Everything here is deterministic: the same text and spans give the same ids
on every machine and every run, so export → import → export is identical.
"""

from __future__ import annotations

from functools import lru_cache
import json
from collections.abc import Iterable, Mapping
from typing import Any

import mmh3


@lru_cache(maxsize=16)
def content_hash(text: str) -> str:
    """Full SHA-256 of the text: the key for import de-duplication.

    Cached for the last few texts: a document's id and its de-duplication key
    both come from it during one import."""
    import hashlib  # here, not at the top: ~2 ms (OpenSSL's set-up) the window's start does not need

    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def utf8_content_hash(data: bytes) -> str:
    """:func:`content_hash` of the text whose UTF-8 encoding is ``data``."""
    import hashlib

    return hashlib.sha256(data).hexdigest()


def text_id(text: str) -> str:
    """Default document id: 16 hex digits of the content hash (64 bits, so no
    collision is expected below billions of documents)."""
    return content_hash(text)[:16]


def span_id(layer: str, label: str, start: int, end: int) -> str:
    """Default span id, derived from where the span was made.

    The label is left out on purpose: relabelling keeps the id, and within one
    layer spans never overlap, so (layer, start, end) is unique when a span is
    created.  Stores disambiguate the rare clash after an edge was moved.  128 bits: the 40 bits ids had
    before collided on valid records (two spans of one layer, tens of thousands of characters apart); ids
    stored with 40 bits stay as they are.
    """
    import hashlib

    digest = hashlib.blake2b(f"{layer}|{start}|{end}".encode(), digest_size=16).hexdigest()
    return f"s{digest}"


def _hash(key: str) -> int:
    return mmh3.hash(key)  # signed 32-bit, as Prodigy's


def input_hash(text: str) -> int:
    """Prodigy's ``_input_hash``: MurmurHash3 of the input keys as sorted JSON."""
    return _hash(json.dumps({"text": text}, sort_keys=True))


def task_hash(in_hash: int, spans: Iterable[Mapping[str, Any]]) -> int:
    """Prodigy's ``_task_hash``: the input hash as prefix plus the task keys
    (the spans' start, end and label) as sorted JSON."""
    task = {
        "spans": sorted(
            ({"start": s["start"], "end": s["end"], "label": s["label"]} for s in spans),
            key=lambda s: (s["start"], s["end"], s["label"]),
        )
    }
    return _hash(str(in_hash) + json.dumps(task, sort_keys=True))
