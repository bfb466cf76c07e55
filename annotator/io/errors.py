"""Problems with a user's input: one clear line naming the file."""

from __future__ import annotations

import re
from dataclasses import dataclass

# C0 and C1 controls and DEL: a file name or record id holding an escape sequence must not drive the terminal.
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """``text`` safe to print on one line and to store as JSON: control characters as ``\\xNN``, and the
    undecodable bytes of a file name (surrogate escapes) as ``\\xNN``."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        try:
            text = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        except UnicodeEncodeError:  # a lone surrogate that is no escaped byte
            text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return _CONTROLS.sub(_escape, text.replace("\r", "\\r").replace("\n", "\\n"))


def _escape(match: re.Match[str]) -> str:
    return f"\\x{ord(match.group()):02x}"


@dataclass
class InputError(Exception):
    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return printable(f"{where}: {self.message}")  # one line, always, with no escape sequence
