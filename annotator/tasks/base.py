"""What every task shares: the callbacks it reports through, and cancellation.

A task is a plain function that does one piece of long work (import, detection, export, …) on a project or
on files.  It takes keyword callbacks, all optional:

- ``progress(done, total)``: how far it is (``total`` 0 while not known yet);
- ``cancel()``: asked between steps; when it returns True the task raises :class:`Cancelled`, after the
  last short transaction it committed (nothing is left half-written);
- ``changed(pks)``: the documents whose content it has just committed (the window reloads them).

It returns a result dataclass with its counts and its problems (one line each).  The command line prints
these; the window's background jobs (``annotator.ui.jobs``) turn the callbacks into Qt signals.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from annotator.core.model import Document

if TYPE_CHECKING:  # the readers' error, imported with them (the window's first paint needs neither)
    from annotator.io.errors import InputError

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
Changed = Callable[[list[int]], None]


class Cancelled(Exception):
    """The task stopped because ``cancel()`` said so."""


def no_progress(done: int, total: int) -> None:
    """The default ``progress``: report nothing."""


def never() -> bool:
    """The default ``cancel``: never cancelled."""
    return False


def no_change(pks: list[int]) -> None:
    """The default ``changed``: nobody is listening."""


def check(cancel: Cancel) -> None:
    """Raise :class:`Cancelled` when ``cancel()`` asks for it."""
    if cancel():
        raise Cancelled()


def readable(items: Iterable[Document | InputError], problems: list[str]) -> Iterator[Document]:
    """The documents of a reader's output; each :class:`InputError` becomes one line in ``problems``."""
    from annotator.io.errors import InputError

    for item in items:
        if isinstance(item, InputError):
            problems.append(str(item))
        else:
            yield item
