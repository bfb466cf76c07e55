"""Which files of a folder an import reads, and which it skips and why.

A file given by name is always read.  In a folder, files are chosen by extension and by ``--glob`` /
``--exclude``; then files that are clearly not articles are skipped, each with a reason the import's
summary counts (:func:`summary`), instead of being read and reported as errors:

- hidden files (and hidden folders, which are not entered);
- licence and readme files (``LICENSE.txt``, ``README.txt``, …);
- sidecars: a ``.txt``, ``.json`` or ``.jsonl`` named after a page or a folder beside it (``page.html`` with
  ``page.txt`` or ``page.gold.json``; folder ``id/`` with ``id.meta.jsonl``), the usual layout of gold
  bodies and metadata in corpora;
- a ``.json`` or ``.jsonl`` whose (first) record is not a document (no ``text`` and no shape an importer
  knows), such as a ``ground_truth.json`` mapping file names to gold;
- a link leading outside the folder, unless ``follow_symlinks`` (a folder import never reaches files the
  user did not point at).

A file a ``--glob`` pattern names is read even when it looks like a sidecar or a licence.  A subfolder that
cannot be read is an :class:`InputError` (a problem, not a skip)."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any

import orjson

from annotator.io.errors import InputError, printable
from annotator.io.readers.options import ReadOptions

# Why a file was skipped, as the summary names it (its count follows).
REASONS: dict[str, str] = {
    "hidden": "hidden",
    "type": "of a type not read",
    "glob": "not matching --glob",
    "exclude": "matching --exclude",
    "link": "links leading outside the folder, not followed (--follow-symlinks follows them)",
    "subfolder": "subfolders not read (--no-recursive)",
    "notice": "licence or readme",
    "sidecar": "sidecars named after a page or folder beside them (gold, metadata)",
    "records": "JSON holding no document records (no \"text\")",
}
_NOTICES = ("license", "licence", "readme", "copying", "notice", "authors", "changelog", "changes", "contributing")
_PAGE_EXTS = {".html", ".htm", ".xhtml"}
_SIDECAR_EXTS = {".txt", ".text", ".json", ".jsonl", ".ndjson"}


@dataclass(frozen=True)
class Skipped:
    """A file (or subfolder) of an imported folder that was not read, and why (a key of :data:`REASONS`)."""

    path: str
    reason: str


def summary(skipped: list[Skipped], examples: int = 3) -> str:
    """``skipped 60 files: sidecars … 58 (a.txt, b.txt, …); licence or readme 2 (…)``; "" if none."""
    if not skipped:
        return ""
    by_reason: dict[str, list[str]] = {}
    for item in skipped:
        by_reason.setdefault(item.reason, []).append(item.path)
    parts = []
    for reason, paths in sorted(by_reason.items(), key=lambda kv: -len(kv[1])):
        if reason == "type":
            kinds = Counter(Path(p).suffix.lower() or "(none)" for p in paths)
            shown = ", ".join(f"{ext} {n:,}" for ext, n in kinds.most_common(examples))
        else:
            shown = ", ".join(os.path.basename(p) for p in paths[:examples]) + (", …" if len(paths) > examples else "")
        parts.append(f"{REASONS[reason]} {len(paths):,} ({shown})")
    return f"skipped {len(skipped):,} files: " + "; ".join(parts)


def counts(skipped: list[Skipped]) -> dict[str, int]:
    """Skipped files per reason, for ``--json``."""
    return dict(Counter(item.reason for item in skipped))


def _matches(patterns: tuple[str, ...], name: str, rel: str) -> bool:
    """A pattern without ``/`` matches the file name; one with ``/`` the path below the folder."""
    return any(fnmatchcase(rel if "/" in p else name, p) for p in patterns)


def _is_document(record: Any) -> bool:
    from annotator.io.formats import IMPORTERS

    return isinstance(record, dict) and (isinstance(record.get("text"), str) or any(i.matches(record)
                                                                                     for i in IMPORTERS))


def _holds_no_documents(path: Path, options: ReadOptions) -> bool:
    """A .json whose value, or a .jsonl whose first record, is not a document record.  A file that does not
    parse, or is over the size limit, is left to the reader, which says what is wrong with it."""
    try:
        with path.open("rb") as fh:
            if path.suffix.lower() == ".json":
                if path.stat().st_size > options.max_bytes:
                    return False
                value = orjson.loads(fh.read().removeprefix(b"\xef\xbb\xbf"))
                first = value[0] if isinstance(value, list) and value else value
                return not (isinstance(value, list) and not value) and not _is_document(first)
            for line in fh:
                if len(line) > options.max_bytes:
                    return False
                if line.strip():
                    return not _is_document(orjson.loads(line.removeprefix(b"\xef\xbb\xbf")))
    except (OSError, orjson.JSONDecodeError, RecursionError):
        return False
    return False


def _not_an_article(name: str, siblings: set[str], file: Path, options: ReadOptions) -> str | None:
    """Why a file chosen by extension is clearly not an article, or None."""
    stem, ext = os.path.splitext(name)
    if stem.lower().startswith(_NOTICES):
        return "notice"
    parts = stem.split(".")  # 'page.gold' is named after 'page' or 'page.gold': a set lookup each, not a scan
    if ext.lower() in _SIDECAR_EXTS and any(".".join(parts[:i]) in siblings for i in range(1, len(parts) + 1)):
        return "sidecar"
    if ext.lower() in {".json", ".jsonl", ".ndjson"} and _holds_no_documents(file, options):
        return "records"
    return None


def _outside(top: str, path: str) -> bool:
    return os.path.commonpath([top, os.path.realpath(path)]) != top


def iter_files(path: Path, shown: str, options: ReadOptions, supported: set[str],
               skipped: list[Skipped] | None = None) -> Iterator[tuple[Path, str] | InputError]:
    """The files of a folder to read, sorted, as ``(path, shown)``; a subfolder that cannot be read is one
    :class:`InputError`; each file not read is added to ``skipped`` (when given) with its reason."""
    problems: list[InputError] = []
    skip = skipped.append if skipped is not None else (lambda item: None)

    def unreadable(exc: OSError) -> None:
        where = os.path.normpath(os.path.join(shown, os.path.relpath(exc.filename or path, path)))
        problems.append(InputError(printable(where), f"cannot read the folder: {exc.strerror or exc}"))

    top = os.path.realpath(path)
    seen: set[tuple[int, int]] = set()  # folders entered, by identity: followed links cannot loop
    for root, dirs, files in os.walk(path, onerror=unreadable, followlinks=options.follow_symlinks):
        yield from problems
        problems.clear()
        rel_root = os.path.relpath(root, path)
        st = os.stat(root)
        if (st.st_dev, st.st_ino) in seen:  # a followed link back to a folder already read
            dirs.clear()
            continue
        seen.add((st.st_dev, st.st_ino))

        def shown_of(name: str, rel_root: str = rel_root) -> str:
            return os.path.normpath(os.path.join(shown, rel_root, name))

        pages = {os.path.splitext(n)[0] for n in files if os.path.splitext(n)[1].lower() in _PAGE_EXTS}
        siblings = pages | set(dirs)
        kept = []
        for d in sorted(dirs):
            full = os.path.join(root, d)
            if d.startswith("."):
                skip(Skipped(printable(shown_of(d)), "hidden"))
            elif not options.recursive:
                skip(Skipped(printable(shown_of(d)), "subfolder"))
            elif os.path.islink(full) and not options.follow_symlinks:
                if _outside(top, full):
                    skip(Skipped(printable(shown_of(d)), "link"))
            else:
                kept.append(d)
        dirs[:] = kept
        for name in sorted(files):
            file, file_shown = Path(root) / name, shown_of(name)
            rel = os.path.normpath(os.path.join(rel_root, name)).replace(os.sep, "/")
            reason = None
            if name.startswith("."):
                reason = "hidden"
            elif file.suffix.lower() not in supported:
                reason = "type"
            elif options.globs and not _matches(options.globs, name, rel):
                reason = "glob"
            elif _matches(options.excludes, name, rel):
                reason = "exclude"
            elif file.is_symlink() and not options.follow_symlinks and _outside(top, str(file)):
                reason = "link"
            elif not options.globs:
                reason = _not_an_article(name, siblings, file, options)
            if reason:
                skip(Skipped(printable(file_shown), reason))
            else:
                yield file, file_shown
    yield from problems
