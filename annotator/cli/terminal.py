"""What reaches the terminal: never a control character from a file name or a document."""

from __future__ import annotations

import re
from typing import Any, TextIO

# What a terminal would act on: C0 controls but tab, newline and carriage return (\x1b starts an escape
# sequence), DEL and the C1 controls (\x9b is a one-byte escape sequence on some terminals).
_C0 = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_C1 = re.compile(r"[\x7f-\x9f]")


class Escaping:
    """A text stream that writes what a file name or a document may hold as visible escapes, never as
    control characters: ``\\xNN`` for C0 (JSON output never holds one raw), ``\\u00NN`` for DEL and C1 (valid
    inside a JSON string, where they may appear raw).  Bytes written to ``.buffer`` (an export to ``-``)
    pass unchanged."""

    def __init__(self, stream: TextIO):
        self.stream = stream

    def write(self, text: str) -> int:
        shown = _C0.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
        self.stream.write(_C1.sub(lambda m: f"\\u{ord(m.group()):04x}", shown))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)
