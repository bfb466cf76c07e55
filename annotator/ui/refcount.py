"""Keeps PySide6 reference-count bugs from aborting Python 3.11.

PySide6 6.12 returns borrowed references to ``True``/``False``/``None`` from
several calls: every ``Signal.emit()`` from Python takes one reference from
``True``, every ``beginInsertRows``/``endInsertRows`` pair two from ``None``,
every ``QSyntaxHighlighter.setFormat`` one from ``None``.  On Python 3.12 and
later these objects are immortal and nothing happens; on 3.11 their counts
start near 4,000 (``True``) and 40,000 (``None``), so after a few thousand
edits the interpreter dies with "deallocating True or False".

:func:`pin_singletons` gives the three a count of 2**40 on CPython < 3.12, which
is what 3.12 does natively: the stolen references can then never reach zero.
It runs once when ``annotator.ui`` is imported, before any signal is emitted.
``tests/ui/test_refcount.py`` shows the leak and that the window survives it.
"""

from __future__ import annotations

import ctypes
import sys

PIN = 1 << 40


def pin_singletons() -> bool:
    """Pin ``None``, ``True`` and ``False``; True if it was needed and done."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    if hasattr(sys, "gettotalrefcount"):  # debug builds lay PyObject out differently
        return False
    for obj in (None, True, False):
        if sys.getrefcount(obj) < PIN:
            ctypes.c_ssize_t.from_address(id(obj)).value += PIN  # ob_refcnt is the first field
    return True
