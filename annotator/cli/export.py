"""``annotator export --project FILE --format FMT --output OUT [--annotator NAME|all|curated]``: a project as
training data."""

from __future__ import annotations

import argparse
import sys

from annotator import tasks
from annotator.cli.common import Progress, layers, open_project, output_args, project_arg, report
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
    p.add_argument("--format", "-f", default="native", choices=sorted(EXPORTERS),
                   help="the training-data format (docs/formats.md; default native)")
    p.add_argument("--output", "-o", required=True,
                   help="the output file (spacy: a .spacy file, or a folder past 1,000 documents)")
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
    p.add_argument("--max-tokens", type=int, default=None, metavar="N",
                   help="cut longer units between tokens, never inside an entity (hf, conll; "
                        "default 512 for hf, none for conll; 0: no cap)")
    p.add_argument("--offsets", choices=["utf16", "codepoints"], default=None,
                   help="how doccano offsets count: utf16 as doccano does (default), or codepoints "
                        "(Python's text[start:end])")
    p.add_argument("--lang", default=None,
                   help="spacy: the words are those of spaCy's tokenizer of this language (e.g. id), as "
                        "spacy train will see them; default auto: each document's language, else xx")
    p.add_argument("--align", choices=["strict", "expand", "contract"], default="strict",
                   help="spacy: a span whose edges fall inside a token is left out (strict, default) or moved "
                        "to the token edges around it (expand) or inside it (contract)")
    p.add_argument("--allow-empty", action="store_true",
                   help="exit 0 even when no document (or, outside native, no span) is exported")
    output_args(p)


def run(args: argparse.Namespace) -> int:
    from annotator.io.formats import ExportOptions

    sets, args.annotator = args.annotator, None  # whose sets to export; the project is read as nobody in particular
    with open_project(args, readonly=True) as project:
        status = None if args.status == "all" else DocStatus(args.status)
        progress = Progress("exported", quiet=args.quiet or args.json)
        options = ExportOptions(layers=tuple(args.layers), labels=args.labels, split=args.split, seed=args.seed,
                                include_suggestions=args.include_suggestions, unit=args.unit, scheme=project.scheme,
                                max_tokens=args.max_tokens, offsets=args.offsets, align=args.align,
                                lang=args.lang or ("auto" if args.format == "spacy" else None))
        summary = tasks.export(project, args.format, args.output, options, status=status, sets=sets,
                               progress=progress.update, allow_empty=args.allow_empty)
        progress.done()
    if summary.empty and not summary.files:
        print(f"annotator: nothing to export: {summary.empty}; --allow-empty writes an empty export", file=sys.stderr)
        return 1
    parts = ", ".join(f"{k} {v:,}" for k, v in summary.splits.items())
    whose = ", ".join(f"{name} {n:,}" for name, n in sorted(summary.sets.items()))
    lines = [f"annotator: warning: {w}" for w in summary.warnings] + [f"annotator: note: {n}" for n in summary.notes]
    lines.append(f"{summary.documents:,} documents written{f' ({parts})' if parts else ''}: {', '.join(summary.files)}")
    lines.append(f"annotation sets written (documents per annotator): {whose or 'none'}")
    lines += [f"  {label:<12} {n:>9,}" for label, n in sorted(summary.labels.items())]
    if summary.off_token_spans:
        lines.append(f"  {summary.off_token_spans:,} spans are not on token boundaries (see the warnings above)")
    report(args, {"documents": summary.documents, "files": summary.files, "splits": summary.splits,
                  "labels": summary.labels, "sets": summary.sets, "warnings": summary.warnings,
                  "notes": summary.notes, "empty": summary.empty}, "\n".join(lines), stdout_is_data=args.output == "-")
    if summary.empty and not args.allow_empty:
        print(f"annotator: no span was exported: {summary.empty}; --allow-empty accepts an export without spans",
              file=sys.stderr)
        return 1
    return 0
