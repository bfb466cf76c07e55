"""Command line (DESIGN §5).

    annotator [PATH ...] [--project FILE]      the GUI; PATHs are imported first
    annotator import PATH ... [--project FILE]
    annotator detect PATH ... --output OUT.jsonl [--lang auto|id|en] [--layers ...]
    annotator export --project FILE --format FMT --output OUT [--status done|all]
    annotator stats --project FILE

Errors: one clear line on stderr, a non-zero exit, nothing half-written.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterable, Iterator

import orjson

from annotator.core.labels import LAYERS
from annotator.core.model import Document, DocStatus
from annotator.io.atomic import atomic_write
from annotator.io.errors import DEFAULT_MAX_BYTES, InputError, ReadOptions

# The readers and exporters are imported by the commands that use them: opening the window never needs them.

COMMANDS = ("import", "detect", "export", "stats")


class Progress:
    """Counts on stderr: rewritten in place on a terminal, a line every few
    seconds otherwise."""

    def __init__(self, what: str, total: int | None = None):
        self.what, self.total = what, total
        self.tty = sys.stderr.isatty()
        self.last = 0.0
        self.n = 0

    def update(self, n: int) -> None:
        self.n = n
        now = time.monotonic()
        if now - self.last < (0.1 if self.tty else 5.0):
            return
        self.last = now
        self._show("\r" if self.tty else "", "" if self.tty else "\n")

    def _show(self, lead: str, tail: str) -> None:
        of = f"/{self.total:,}" if self.total else ""
        sys.stderr.write(f"{lead}{self.what}: {self.n:,}{of}{tail}")
        sys.stderr.flush()

    def done(self) -> None:
        self._show("\r" if self.tty else "", "\n")


def _layers(value: str) -> list[str]:
    layers = [x.strip() for x in value.split(",") if x.strip()]
    bad = [x for x in layers if x not in LAYERS]
    if bad:
        raise argparse.ArgumentTypeError(f"unknown layer {bad[0]!r}; choose from {', '.join(LAYERS)}")
    return layers


def _labels(value: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in value.split(",") if x.strip())


def _split(value: str) -> tuple[float, float, float]:
    try:
        parts = tuple(float(x) for x in value.split(","))
    except ValueError:
        parts = ()
    if len(parts) != 3 or any(x < 0 for x in parts) or abs(sum(parts) - 1) > 1e-6:
        raise argparse.ArgumentTypeError(f"{value!r} is not three fractions that add up to 1, e.g. 0.8,0.1,0.1")
    return parts  # type: ignore[return-value]


def _options(args) -> ReadOptions:
    return ReadOptions(max_bytes=int(args.max_mb * 1024 * 1024))


def _report(errors: list[InputError]) -> None:
    for err in errors:
        print(f"annotator: {err}", file=sys.stderr)


def _documents(items: Iterable[Document | InputError], errors: list[InputError]) -> Iterator[Document]:
    for item in items:
        if isinstance(item, InputError):
            print(f"annotator: {item}", file=sys.stderr)
            errors.append(item)
        else:
            yield item


def _open(args, readonly: bool = False):
    from annotator.store import NeedsUpgrade, open_project

    try:
        return open_project(args.project, readonly=readonly, create=not readonly)
    except NeedsUpgrade:  # a project from an older version: migrate it once (needs the write lock), then read
        print(f"annotator: upgrading {args.project} to this version's schema", file=sys.stderr)
        open_project(args.project).close()
        return open_project(args.project, readonly=True)


def cmd_import(args) -> int:
    from annotator.detect.runner import detect_all
    from annotator.io.readers import read_paths

    errors: list[InputError] = []
    with _open(args) as project:
        progress = Progress("imported")
        docs = _documents(read_paths(args.paths, project.scheme, _options(args)), errors)

        def counted(items):
            for i, doc in enumerate(items, 1):
                progress.update(i)
                yield doc

        result = project.add_documents(counted(docs))
        progress.done()
        if args.detect and result.added:
            stream = (project.get_document(pk) for pk in result.added)
            for pk, (_doc, found) in zip(result.added, detect_all(stream, args.layers, args.lang, args.jobs)):
                project.replace_suggestions(pk, found.sources, found.spans, found.relations, found.meta)
        print(f"{len(result.added)} documents added, {result.duplicates} already in the project, "
              f"{len(errors)} problems; project {project.path}", file=sys.stderr)
    return 1 if errors else 0


def cmd_detect(args) -> int:
    from annotator.detect.runner import detect_lines
    from annotator.io.readers import read_paths

    errors: list[InputError] = []
    docs = _documents(read_paths(args.paths, None, _options(args)), errors)
    progress = Progress("detected")
    n = 0
    with atomic_write(args.output, "wb") as out:
        for line in detect_lines(docs, args.layers, args.lang, args.jobs):
            out.write(line)
            n += 1
            progress.update(n)
    progress.done()
    print(f"{n} documents written to {args.output}, {len(errors)} inputs failed", file=sys.stderr)
    return 1 if errors else 0


def cmd_export(args) -> int:
    from annotator.io.formats import ExportOptions, export

    with _open(args, readonly=True) as project:
        status = None if args.status == "all" else DocStatus(args.status)
        total = project.count() if status is None else project.progress()[status.value]
        progress = Progress("exported", total)
        options = ExportOptions(layers=tuple(args.layers), labels=args.labels, split=args.split, seed=args.seed,
                                include_suggestions=args.include_suggestions, unit=args.unit, scheme=project.scheme)
        summary = export(args.format, project.iter_documents(status), args.output, options, progress=progress.update)
        progress.done()
    for warning in summary.warnings:
        print(f"annotator: warning: {warning}", file=sys.stderr)
    parts = ", ".join(f"{k} {v:,}" for k, v in summary.splits.items())
    print(f"{summary.documents:,} documents written{f' ({parts})' if parts else ''}: {', '.join(summary.files)}",
          file=sys.stderr)
    for label, n in sorted(summary.labels.items()):
        print(f"  {label:<12} {n:>9,}", file=sys.stderr)
    if summary.off_token_spans:
        print(f"  {summary.off_token_spans:,} spans are not on token boundaries (see the warnings above)",
              file=sys.stderr)
    return 0


def cmd_stats(args) -> int:
    with _open(args, readonly=True) as project:
        stats = project.stats()
    if args.json:
        sys.stdout.write(orjson.dumps(stats, option=orjson.OPT_INDENT_2).decode() + "\n")
        return 0
    docs = stats["documents"]
    print(f"documents: {docs['total']:,} (todo {docs['todo']:,}, done {docs['done']:,}, skipped {docs['skipped']:,})")
    for layer, labels in stats["spans"].items():
        print(f"{layer}:")
        for label, by_source in labels.items():
            detail = ", ".join(f"{k} {v:,}" for k, v in by_source.items())
            print(f"  {label:<12} {sum(by_source.values()):>8,}  ({detail})")
    for label, n in stats["relations"].items():
        print(f"relation {label}: {n:,}")
    return 0


class _Version(argparse.Action):
    """``--version``: the version is looked up only when asked for."""

    def __init__(self, option_strings, dest, **kwargs):
        super().__init__(option_strings, dest, nargs=0, help="show the version and exit")

    def __call__(self, parser, namespace, values, option_string=None):
        from annotator import __version__

        print(f"annotator {__version__}")
        parser.exit()


def _parser() -> argparse.ArgumentParser:
    from annotator.io.formats import EXPORTERS

    parser = argparse.ArgumentParser(prog="annotator", description="Annotate news text: entities, quotes, structure.")
    parser.add_argument("--version", action=_Version)
    sub = parser.add_subparsers(dest="command", required=True)

    def project_arg(p, required=False):
        p.add_argument("--project", required=required, help="project file (default: the one in your data folder)")

    def read_args(p):
        p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (.txt, .html, .jsonl, .json)")
        p.add_argument("--max-mb", type=float, default=DEFAULT_MAX_BYTES / 1024 / 1024,
                       help=f"size limit per document in MB (default {DEFAULT_MAX_BYTES // 2**20})")

    def detect_args(p):
        p.add_argument("--lang", default="auto", help="auto, id, en, or another language code (default auto)")
        p.add_argument("--layers", type=_layers, default=list(LAYERS), help="comma-separated: entities,quotes,segments")
        p.add_argument("--jobs", type=int, default=0, help="worker processes (default: all cores)")

    p = sub.add_parser("import", help="import files into a project (no GUI)")
    read_args(p)
    project_arg(p)
    p.add_argument("--detect", action="store_true", help="run the detectors on the new documents")
    detect_args(p)
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("detect", help="run the detectors and write native JSONL records")
    read_args(p)
    p.add_argument("--output", "-o", required=True, help="output .jsonl")
    detect_args(p)
    p.set_defaults(func=cmd_detect)

    p = sub.add_parser("export", help="export a project as training data")
    project_arg(p)
    p.add_argument("--format", "-f", default="native", choices=sorted(EXPORTERS))
    p.add_argument("--output", "-o", required=True)
    p.add_argument("--status", default="done", choices=["done", "all", "todo", "skipped"],
                   help="which documents (default: done)")
    p.add_argument("--layers", type=_layers, default=list(LAYERS), help="comma-separated: entities,quotes,segments")
    p.add_argument("--labels", type=_labels, default=None, help="comma-separated labels to keep (default: all)")
    p.add_argument("--include-suggestions", action="store_true",
                   help="also export unreviewed suggestions (documents marked done have none)")
    p.add_argument("--split", type=_split, default=None, metavar="TRAIN,DEV,TEST",
                   help="split by document, e.g. 0.8,0.1,0.1: writes OUT-train, OUT-dev, OUT-test")
    p.add_argument("--seed", type=int, default=0, help="seed of the split (default 0)")
    p.add_argument("--unit", choices=["document", "sentence"], default="document",
                   help="one record per document or per sentence (hf, conll; default document)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("stats", help="documents by status, spans by layer, label and source")
    project_arg(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_stats)
    return parser


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="annotator", epilog=f"commands: {', '.join(COMMANDS)} (annotator COMMAND --help)",
        description="Open the annotation window; PATHs are imported into the project first.")
    parser.add_argument("--version", action=_Version)
    parser.add_argument("paths", nargs="*", metavar="PATH")
    parser.add_argument("--project", help="project file (default: the one in your data folder)")
    parser.add_argument("--screenshot", metavar="OUT.png", help="render the window offscreen to a PNG and exit")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation on the bundled samples (import, detect, export), no window")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from annotator.store import StoreError

    try:
        if argv and argv[0] in COMMANDS:
            args = _parser().parse_args(argv)
            return args.func(args)
        args = _gui_parser().parse_args(argv)
        if args.self_test:
            from annotator.selftest import run as self_test

            return self_test()
        if not args.project and len(args.paths) == 1 and args.paths[0].endswith(".annotator"):
            args.project, args.paths = args.paths[0], []  # a project file opened from the desktop (packaging/linux)
        from annotator.ui.app import run

        return run(args)
    except StoreError as exc:
        print(f"annotator: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("annotator: interrupted", file=sys.stderr)
        return 130
    except (OSError, ValueError) as exc:
        print(f"annotator: {exc}", file=sys.stderr)
        return 2
