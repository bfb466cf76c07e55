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
        return f"{where}: {self.message}"


DEFAULT_MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class ReadOptions:
    """Limits for readers. ``max_bytes`` caps one document (a .txt/.html file
    or one JSONL line)."""

    max_bytes: int = DEFAULT_MAX_BYTES
