"""What several commands share: progress on stderr, the reading and detection options, opening a project."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterable
from typing import Any

import orjson

from annotator.core.labels import LAYERS
from annotator.detect.lang import LANGUAGES, check_lang
from annotator.io.readers.options import DEFAULT_MAX_BYTES, ReadOptions
from annotator.store import ProjectStore


class Progress:
    """Counts on stderr: rewritten in place on a terminal, a line every few
    seconds otherwise."""

    def __init__(self, what: str, total: int | None = None, quiet: bool = False):
        self.what, self.total, self.quiet = what, total, quiet
        self.tty = sys.stderr.isatty()
        self.last = 0.0
        self.n = 0

    def update(self, n: int, total: int = 0) -> None:
        """A task's ``progress`` callback: ``n`` done of ``total`` (0: not known)."""
        self.n = n
        if total:
            self.total = total
        now = time.monotonic()
        if now - self.last < (0.1 if self.tty else 5.0):
            return
        self.last = now
        self._show("\r" if self.tty else "", "" if self.tty else "\n")

    def _show(self, lead: str, tail: str) -> None:
        if self.quiet:
            return
        of = f"/{self.total:,}" if self.total else ""
        sys.stderr.write(f"{lead}{self.what}: {self.n:,}{of}{tail}")
        sys.stderr.flush()

    def done(self) -> None:
        self._show("\r" if self.tty else "", "\n")


def problems(lines: Iterable[str]) -> None:
    """One line on stderr for each input that could not be used."""
    for line in lines:
        print(f"annotator: {line}", file=sys.stderr)


def layers(value: str) -> list[str]:
    """``--layers``: comma-separated layer names."""
    chosen = [x.strip() for x in value.split(",") if x.strip()]
    bad = [x for x in chosen if x not in LAYERS]
    if bad:
        raise argparse.ArgumentTypeError(f"unknown layer {bad[0]!r}; choose from {', '.join(LAYERS)}")
    return chosen


def language(value: str) -> str:
    """``--lang``: ``auto`` or a language code the detectors know (``id-ID`` is read as ``id``)."""
    try:
        return check_lang(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


PROJECT_HELP = "project file, or a shared project's postgresql:// URL (default: the file in your data folder)"


def project_arg(p: argparse.ArgumentParser, required: bool = False,
                annotator_help: str = "whose annotation sets to read and write (default: 'default')",
                annotator_metavar: str = "NAME") -> None:
    p.add_argument("--project", required=required, help=PROJECT_HELP)
    p.add_argument("--annotator", default=None, metavar=annotator_metavar, help=annotator_help)


def read_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="files or folders (.txt, .html, .jsonl, .json, .conll); - reads standard input")
    p.add_argument("--max-mb", type=float, default=DEFAULT_MAX_BYTES / 1024 / 1024,
                   help=f"size limit per file in MB (a .txt, .html or .json file, or one JSONL line; "
                        f"default {DEFAULT_MAX_BYTES // 2**20})")


def read_options(args: argparse.Namespace) -> ReadOptions:
    fmt = getattr(args, "format", "auto")
    return ReadOptions(max_bytes=int(args.max_mb * 1024 * 1024), format=None if fmt == "auto" else fmt,
                       recursive=getattr(args, "recursive", True), globs=tuple(getattr(args, "glob", ())),
                       excludes=tuple(getattr(args, "exclude", ())),
                       follow_symlinks=getattr(args, "follow_symlinks", False))


def detect_args(p: argparse.ArgumentParser) -> None:
    from annotator.detect.registry import by_layer

    detectors = "; ".join(f"{layer}: {', '.join(names)}" for layer, names in by_layer().items())
    p.add_argument("--lang", type=language, default="auto",
                   help=f"auto (per document) or a language code: {', '.join(LANGUAGES)} (default auto)")
    p.add_argument("--layers", type=layers, default=list(LAYERS),
                   help=f"comma-separated: entities,quotes,segments (default all); the detectors of each: {detectors}")
    p.add_argument("--jobs", type=int, default=0, help="worker processes (default: all cores)")


def open_project(args: argparse.Namespace, readonly: bool = False) -> ProjectStore:
    """The project of ``--project``; one from an older version is migrated once (that needs the write lock),
    then opened as asked."""
    from annotator.store import NeedsUpgrade
    from annotator.store import open_project as open_store

    annotator = getattr(args, "annotator", None)
    try:
        return open_store(args.project, annotator=annotator, readonly=readonly, create=not readonly)
    except NeedsUpgrade:
        print(f"annotator: upgrading {args.project} to this version's schema", file=sys.stderr)
        open_store(args.project, annotator=annotator).close()
        return open_store(args.project, annotator=annotator, readonly=True)


def output_args(p: argparse.ArgumentParser) -> None:
    """``--quiet`` and ``--json``, which every command takes."""
    p.add_argument("--quiet", "-q", action="store_true", help="print nothing but errors")
    p.add_argument("--json", action="store_true", help="print the result as one JSON object on stdout")


def report(args: argparse.Namespace, data: dict[str, Any], text: str, stdout_is_data: bool = False) -> None:
    """The result of a command: ``data`` as JSON on stdout with ``--json``, else ``text`` on stderr (nothing
    with ``--quiet``).  When the command writes its data to stdout (``-o -``), the JSON goes to stderr: stdout
    carries nothing but data."""
    if getattr(args, "json", False):
        (sys.stderr if stdout_is_data else sys.stdout).write(orjson.dumps(data).decode() + "\n")
    elif not getattr(args, "quiet", False) and text:
        print(text, file=sys.stderr)


def doc_ids(value: str) -> list[str]:
    """``--documents``: comma-separated document ids."""
    return [x.strip() for x in value.split(",") if x.strip()]
