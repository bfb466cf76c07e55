"""Output files: atomic writes, write-through for streams, and the outputs that are refused.

:func:`atomic_write` is how every file the app makes is written.

- A regular file (new or replaced) is written to a hidden temp file beside it (``.NAME.XXXX.part``), fsynced
  and renamed over it: a crash or kill mid-write leaves the old file (or none), never a torn one.  A symlink
  is never replaced: the file it points to is (the temp file goes beside that file).
- ``-`` is standard output, and a named pipe, a character device (``/dev/null``, a terminal) or a socket is
  written through as it is: renaming a regular file over them would destroy them (``-o /dev/stdout`` as
  root replaced the system's symlink).  :func:`is_stream` tells a caller which kind an output is.
- An output that is a project open in this process (the same file, by device and inode, whatever name or
  link reaches it), or any SQLite database, is refused with :class:`OutputRefused` before anything is
  written: an export named like its project must not replace the project.
- Inside :func:`atomic_group` every file written appears at once: the temp files are all written first, a
  journal naming them is written last, then they are renamed; a run killed between two renames is rolled
  forward by the next write into that folder, so a train/dev/test split is never half old, half new.
- Temp files left by killed writers are removed by the next write to the same name (or into the folder,
  for journals): a live writer holds an OS lock on its temp file, so only dead writers' files go.
"""

from __future__ import annotations

import io
import os
import stat
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import orjson

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no stale-file cleanup (a live writer cannot be told apart)
    fcntl = None  # type: ignore[assignment]

STDOUT = "-"
_SQLITE_MAGIC = b"SQLite format 3\x00"
_JOURNAL_SUFFIX = ".commit"


class OutputRefused(ValueError):
    """An output path that must not be written (the open project, a database, a folder); one line for the user."""


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _umask()  # read once: os.umask can only be read by setting it


def _mode_for(target: Path) -> int:
    """The replaced file's permissions, or those a new file gets (0666 less the umask)."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        return 0o666 & ~_UMASK


# -- files that must never be written over -------------------------------------------------------------------

_protected: dict[tuple[int, int], int] = {}  # (st_dev, st_ino) → how many open projects hold it
_protected_lock = threading.Lock()


def _identity(path: str | os.PathLike[str]) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return st.st_dev, st.st_ino


def protect(*paths: str | os.PathLike[str]) -> list[tuple[int, int]]:
    """Refuse these files (by identity, so every hard link and symlink to them too) as outputs until
    :func:`unprotect` is called with the returned keys; the project store protects its open projects."""
    keys = [key for key in map(_identity, paths) if key is not None]
    with _protected_lock:
        for key in keys:
            _protected[key] = _protected.get(key, 0) + 1
    return keys


def unprotect(keys: list[tuple[int, int]]) -> None:
    with _protected_lock:
        for key in keys:
            n = _protected.get(key, 0) - 1
            if n > 0:
                _protected[key] = n
            else:
                _protected.pop(key, None)


def is_stream(path: str | os.PathLike[str]) -> bool:
    """Standard output (``-``) or an existing pipe, device or socket: written through, never replaced."""
    if os.fspath(path) == STDOUT:
        return True
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def check_output(path: str | os.PathLike[str]) -> None:
    """Raise :class:`OutputRefused` if ``path`` must not be written: a protected file (an open project), any
    SQLite database (a project not open here), or a folder.  Called by :func:`atomic_write`; a dialog may
    call it to refuse before it starts."""
    if os.fspath(path) == STDOUT:
        return
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return  # a new file
    if (st.st_dev, st.st_ino) in _protected:
        raise OutputRefused(f"{os.fspath(path)} is the open project; choose another output file")
    if stat.S_ISDIR(st.st_mode):
        raise OutputRefused(f"{os.fspath(path)} is a folder; choose an output file")
    if stat.S_ISREG(st.st_mode):
        try:
            with open(path, "rb") as fh:
                head = fh.read(len(_SQLITE_MAGIC))
        except OSError:
            return
        if head == _SQLITE_MAGIC:
            raise OutputRefused(f"{os.fspath(path)} is a project (an SQLite database); choose another output file")


# -- the temp files and their cleanup -------------------------------------------------------------------------

def _lock_nowait(fd: int) -> bool:
    if fcntl is None:  # pragma: no cover - Windows
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _remove_stale(folder: Path, prefix: str) -> None:
    """Delete ``prefix*.part`` files in ``folder`` that no live writer holds locked."""
    if fcntl is None:  # pragma: no cover - Windows
        return
    try:
        names = [n for n in os.listdir(folder) if n.startswith(prefix) and n.endswith(".part")]
    except OSError:
        return
    for name in names:
        path = folder / name
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        except OSError:
            continue
        try:
            if stat.S_ISREG(os.fstat(fd).st_mode) and _lock_nowait(fd):
                os.unlink(path)
        except OSError:
            pass
        finally:
            os.close(fd)


def _recover(folder: Path) -> None:
    """Finish the renames of every group in ``folder`` whose journal was written (its run was killed between
    two renames), then drop the journal."""
    try:
        journals = [n for n in os.listdir(folder) if n.startswith(".") and n.endswith(_JOURNAL_SUFFIX)]
    except OSError:
        return
    for name in journals:
        journal = folder / name
        try:
            pairs = orjson.loads(journal.read_bytes())
        except (OSError, orjson.JSONDecodeError):
            continue  # not ours, or being written: journals are renamed into place complete
        if not isinstance(pairs, list):
            continue
        for pair in pairs:
            if isinstance(pair, list) and len(pair) == 2 and all(isinstance(p, str) for p in pair):
                tmp, target = folder / Path(pair[0]).name, folder / Path(pair[1]).name
                if tmp.exists():
                    os.replace(tmp, target)
        _fsync_dir(folder)
        try:
            journal.unlink()
        except OSError:
            pass


@dataclass
class _Group:
    folder: Path
    pending: list[tuple[Path, Path, int]] = field(default_factory=list)  # temp, target, a locked fd on the temp


_group = threading.local()


@contextmanager
def atomic_group(anchor: str | os.PathLike[str]) -> Iterator[None]:
    """Every :func:`atomic_write` of this thread inside the block (into ``anchor``'s folder) appears at once
    when the block ends, or none does if it raises.  ``anchor`` names the set (the export's output path)."""
    if getattr(_group, "current", None) is not None or os.fspath(anchor) == STDOUT:
        yield  # nested, or a stream: the outer group (or nothing) commits
        return
    base = Path(anchor)
    folder = base.parent.resolve()
    folder.mkdir(parents=True, exist_ok=True)
    _recover(folder)
    group = _Group(folder)
    _group.current = group
    try:
        yield
    except BaseException:
        _group.current = None
        for tmp, _target, fd in group.pending:
            _discard(tmp)
            os.close(fd)
        raise
    _group.current = None
    _commit(group, base.name)


def _commit(group: _Group, name: str) -> None:
    journal = group.folder / f".{name}{_JOURNAL_SUFFIX}" if len(group.pending) > 1 else None
    try:
        if journal is not None:  # written last, complete: from here on the set is new, even if killed
            _remove_stale(group.folder, f".{journal.name}.")
            with _temp_file(journal) as (tmp_journal, fh):
                fh.write(orjson.dumps([[tmp.name, target.name] for tmp, target, _fd in group.pending]))
            os.replace(tmp_journal, journal)
            _fsync_dir(group.folder)
        for tmp, target, _fd in group.pending:
            os.replace(tmp, target)
        _fsync_dir(group.folder)
        if journal is not None:
            journal.unlink()
    finally:
        for _tmp, _target, fd in group.pending:
            os.close(fd)


def _discard(tmp: Path) -> None:
    try:
        os.unlink(tmp)
    except OSError:
        pass


@contextmanager
def _temp_file(target: Path, mode: str = "wb", encoding: str | None = None) -> Iterator[tuple[Path, IO[Any]]]:
    """A locked, fsynced temp file beside ``target`` with ``target``'s permissions."""
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    tmp = Path(name)
    try:
        _lock_nowait(fd)  # held until the file is renamed or removed: it tells a live writer from a dead one
        os.chmod(tmp, _mode_for(target))  # mkstemp makes 0600; the file gets the permissions a plain write would
        with os.fdopen(fd, mode, encoding=encoding) as fh:
            yield tmp, fh
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        _discard(tmp)
        raise


@contextmanager
def _write_through(path: str | os.PathLike[str], mode: str, encoding: str | None) -> Iterator[IO[Any]]:
    if os.fspath(path) == STDOUT:
        sys.stdout.flush()
        if "b" in mode:
            yield sys.stdout.buffer
            sys.stdout.buffer.flush()
            return
        text = io.TextIOWrapper(sys.stdout.buffer, encoding=encoding or "utf-8", newline="")
        yield text
        text.flush()
        text.detach()  # standard output stays open
        return
    with open(path, mode.replace("x", "w"), encoding=encoding) as fh:
        yield fh


@contextmanager
def atomic_write(path: str | os.PathLike[str], mode: str = "wb", encoding: str | None = None, *,
                 grouped: bool = True) -> Iterator[IO[Any]]:
    """Write ``path`` all at once (see the module's docstring): the old file or the complete new one, never a
    torn one; streams written through; the open project and databases refused (:class:`OutputRefused`).
    ``grouped=False`` renames at once even inside an :func:`atomic_group` (a step of a bigger swap)."""
    check_output(path)
    if is_stream(path):
        with _write_through(path, mode, encoding) as fh:
            yield fh
        return
    target = Path(os.path.realpath(path))  # a symlink stays: the file it points to is replaced
    target.parent.mkdir(parents=True, exist_ok=True)
    _recover(target.parent)
    _remove_stale(target.parent, f".{target.name}.")
    group: _Group | None = getattr(_group, "current", None) if grouped else None
    with _temp_file(target, mode, encoding) as (tmp, fh):
        yield fh
        held = os.dup(fh.fileno()) if group is not None else -1  # keeps the temp file's lock until the rename
    if group is not None and target.parent == group.folder:
        group.pending.append((tmp, target, held))
        return
    if held >= 0:
        os.close(held)
    try:
        os.replace(tmp, target)
    except BaseException:
        _discard(tmp)
        raise
    _fsync_dir(target.parent)
