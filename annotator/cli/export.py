"""``annotator export --project FILE --format FMT --output OUT [--annotator NAME|all|curated]``: a project as
training data."""

from __future__ import annotations

import argparse
import sys

from annotator import tasks
from annotator.cli.common import Progress, layers, open_project, project_arg
from annotator.core.labels import LAYERS
from annotator.core.model import DocStatus

HELP = "export a project as training data"


def _labels(value: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in value.split(",") if x.strip())


def _split(value: str) -> tuple[float, float, float]:
    try:
        parts = tuple(float(x) for x in value.split(","))
    except ValueError:
        parts = ()
    if len(parts) != 3 or any(x < 0 for x in parts) or abs(sum(parts) - 1) > 1e-6:
        raise argparse.ArgumentTypeError(f"{value!r} is not three fractions that add up to 1, e.g. 0.8,0.1,0.1")
    return parts[0], parts[1], parts[2]


def add_arguments(p: argparse.ArgumentParser) -> None:
    from annotator.io.formats import EXPORTERS

    project_arg(p, annotator_help="whose annotation sets to export: one annotator's, all of them (a record per set), "
                "or the curated ones (default: the curated set where there is one, else the only annotator's set)",
                annotator_metavar="NAME|all|curated")
    p.add_argument("--format", "-f", default="native", choices=sorted(EXPORTERS))
    p.add_argument("--output", "-o", required=True)
    p.add_argument("--status", default="done", choices=["done", "all", "todo", "skipped"],
                   help="which documents (default: done)")
    p.add_argument("--layers", type=layers, default=list(LAYERS), help="comma-separated: entities,quotes,segments")
    p.add_argument("--labels", type=_labels, default=None, help="comma-separated labels to keep (default: all)")
    p.add_argument("--include-suggestions", action="store_true",
                   help="also export unreviewed suggestions (documents marked done have none)")
    p.add_argument("--split", type=_split, default=None, metavar="TRAIN,DEV,TEST",
                   help="split by document, e.g. 0.8,0.1,0.1: writes OUT-train, OUT-dev, OUT-test")
    p.add_argument("--seed", type=int, default=0, help="seed of the split (default 0)")
    p.add_argument("--unit", choices=["document", "sentence"], default="document",
                   help="one record per document or per sentence (hf, conll; default document)")


def run(args: argparse.Namespace) -> int:
    from annotator.io.formats import ExportOptions

    sets, args.annotator = args.annotator, None  # whose sets to export; the project is read as nobody in particular
    with open_project(args, readonly=True) as project:
        status = None if args.status == "all" else DocStatus(args.status)
        progress = Progress("exported")
        options = ExportOptions(layers=tuple(args.layers), labels=args.labels, split=args.split, seed=args.seed,
                                include_suggestions=args.include_suggestions, unit=args.unit, scheme=project.scheme)
        summary = tasks.export(project, args.format, args.output, options, status=status, sets=sets,
                               progress=progress.update)
        progress.done()
    for warning in summary.warnings:
        print(f"annotator: warning: {warning}", file=sys.stderr)
    parts = ", ".join(f"{k} {v:,}" for k, v in summary.splits.items())
    print(f"{summary.documents:,} documents written{f' ({parts})' if parts else ''}: {', '.join(summary.files)}",
          file=sys.stderr)
    whose = ", ".join(f"{name} {n:,}" for name, n in sorted(summary.sets.items()))
    print(f"annotation sets written (documents per annotator): {whose or 'none'}", file=sys.stderr)
    for label, n in sorted(summary.labels.items()):
        print(f"  {label:<12} {n:>9,}", file=sys.stderr)
    if summary.off_token_spans:
        print(f"  {summary.off_token_spans:,} spans are not on token boundaries (see the warnings above)",
              file=sys.stderr)
    return 0
