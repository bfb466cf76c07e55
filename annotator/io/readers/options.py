"""Limits for readers: how big one document may be, how many JSON values one record may hold."""

from __future__ import annotations

from dataclasses import dataclass

# 50 MB per document: far above any article.  Memory stays under 1 GB at this size because the JSON readers also
# cap the number of values in one record or file (MAX_JSON_VALUES) and the HTML reader the number of tags.
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
# 4 million JSON values (arrays, objects, items) in one JSONL line or .json file: a 50 MB record of real text and
# spans holds well under a million; a line of nothing but empty arrays would hold 16 million (1.5 GB parsed).
MAX_JSON_VALUES = 4_000_000


@dataclass(frozen=True)
class ReadOptions:
    """Limits for readers. ``max_bytes`` caps one document (a .txt/.html file
    or one JSONL line).  ``format``: ``conll`` reads every file as CoNLL gold
    (``readers/conll.py``) whatever its extension; None chooses by extension.
    The rest chooses the files of a folder (``readers/folders.py``): into subfolders or not, only those
    matching a ``globs`` pattern (if any), none matching an ``excludes`` one, through links leading
    outside the folder or not."""

    max_bytes: int = DEFAULT_MAX_BYTES
    format: str | None = None
    recursive: bool = True
    globs: tuple[str, ...] = ()
    excludes: tuple[str, ...] = ()
    follow_symlinks: bool = False
