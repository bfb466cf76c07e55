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
