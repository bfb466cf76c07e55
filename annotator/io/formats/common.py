"""Shared helpers for record formats."""

from __future__ import annotations

from typing import Any


class RecordError(ValueError):
    """One record cannot be imported; the message says why."""


def require_int(raw: dict[str, Any], key: str, where: str) -> int:
    value = raw.get(key)
    if not isinstance(value, int) or isinstance(value, bool):
        raise RecordError(f"{where} has no integer {key!r} (got {value!r})")
    return value


def check_text_field(value: Any, text: str, start: int, end: int, where: str) -> None:
    """A span may repeat its text; it must then equal ``text[start:end]``."""
    if value is None:
        return
    if value != text[start:end]:
        raise RecordError(f"{where}: its text {value!r} differs from the text at [{start}, {end}) {text[start:end]!r}")
