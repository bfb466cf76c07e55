"""One writer per project: an OS lock on a sidecar file.

A writable :class:`~annotator.store.sqlite.SqliteProject` holds an exclusive
lock on ``<project>.lock`` for as long as it is open, so a second app
instance is told the project is in use (and may open it read-only) instead of
interleaving its edits with the first one's.  The lock is the operating
system's (``flock`` on POSIX, ``msvcrt.locking`` on Windows): it dies with the
process that holds it, so a crashed or killed app never leaves a stale lock
behind; the sidecar file itself stays and is harmless.

The sidecar is named after the project's real path (symlinks resolved), so
every name of the project finds the same lock.  A database file with more
than one hard link is refused for writing (:func:`check_single_name`):
SQLite names its write-ahead log after the path, so two names of one file
have two logs, and the sidecar two locks; writing through both lost
acknowledged work.

The lock is per process, not per connection: several writable connections of
one process (the GUI thread and a worker thread each need their own SQLite
connection) share one lock, counted, and it is released when the last closes.
"""

from __future__ import annotations

import os
import sys
import threading
from dataclasses import dataclass

from annotator.store.base import ProjectInUse, StoreError

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

    def _write_owner(fd: int) -> None:
        pass  # Windows locks are mandatory: another process could not read the owner back

    def _read_owner(path: str) -> str:
        return ""

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

    def _write_owner(fd: int) -> None:
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)

    def _read_owner(path: str) -> str:
        try:
            with open(path, encoding="ascii", errors="replace") as fh:
                pid = fh.read(32).strip()
        except OSError:
            return ""
        return f" (process {pid})" if pid.isdigit() else ""


def lock_path(project_path: str | os.PathLike[str]) -> str:
    return os.path.realpath(project_path) + ".lock"


def check_single_name(project_path: str | os.PathLike[str]) -> None:
    """Refuse to write a project file that has other names (hard links)."""
    try:
        links = os.stat(project_path).st_nlink
    except OSError:
        return  # a new project
    if links > 1:
        raise StoreError(f"{os.fspath(project_path)} has {links} names (hard links); a project written through "
                         "two names loses work, so it opens read-only only: remove the other links, or copy it")


@dataclass
class _Held:
    fd: int
    count: int


_held: dict[tuple[int, int], _Held] = {}  # (st_dev, st_ino) of the lock file → this process's lock
_guard = threading.Lock()


def _forget_after_fork() -> None:
    """A forked child (a detector worker, say) must not keep its parent's lock
    alive: if the parent dies, the project must be free even while workers
    linger.  The lock itself stays with the parent's descriptor."""
    global _guard
    for held in _held.values():
        os.close(held.fd)
    _held.clear()
    _guard = threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_after_fork)


class ProjectLock:
    """The writer's lock on one project; :meth:`release` is idempotent."""

    def __init__(self, project_path: str | os.PathLike[str]):
        self.project_path = os.fspath(project_path)
        check_single_name(project_path)
        self.path = lock_path(project_path)
        self._key: tuple[int, int] | None = None
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise StoreError(f"{self.project_path}: cannot create the lock file {self.path} "
                             f"({exc.strerror or exc}); open the project read-only") from None
        with _guard:
            st = os.fstat(fd)
            key = (st.st_dev, st.st_ino)
            held = _held.get(key)
            if held is not None:
                os.close(fd)
                held.count += 1
                self._key = key
                return
            if not _try_lock(fd):
                os.close(fd)
                raise ProjectInUse(
                    f"{self.project_path} is open in another annotator window{_read_owner(self.path)}; "
                    "close it there, or open the project read-only")
            _write_owner(fd)
            _held[key] = _Held(fd, 1)
            self._key = key

    def release(self) -> None:
        key, self._key = self._key, None
        if key is None:
            return
        with _guard:
            held = _held.get(key)
            if held is None:  # opened before a fork: the parent holds the lock
                return
            held.count -= 1
            if held.count:
                return
            del _held[key]
            try:
                _unlock(held.fd)
            finally:
                os.close(held.fd)
