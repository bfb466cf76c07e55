"""Problems with a user's input: one clear line naming the file."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class InputError(Exception):
    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.message}".replace("\r", "\\r").replace("\n", "\\n")  # one line, always


# 16 MB: far above any article, and low enough that the densest JSON or HTML of that size stays under 1 GB of memory.
DEFAULT_MAX_BYTES = 16 * 1024 * 1024


@dataclass(frozen=True)
class ReadOptions:
    """Limits for readers. ``max_bytes`` caps one document (a .txt/.html file
    or one JSONL line)."""

    max_bytes: int = DEFAULT_MAX_BYTES
