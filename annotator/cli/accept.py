"""``annotator accept --project P [--layers] [--labels] [--min-score S] [--documents ID,…]``: accept suggestions."""

from __future__ import annotations

import argparse

from annotator.cli.common import doc_ids, layers, open_project, output_args, project_arg, report
from annotator.tasks.reviewing import review

HELP = "accept suggestions (by layer, label, score, document), as the window's Enter does"


def labels(value: str) -> list[str]:
    return [x.strip() for x in value.split(",") if x.strip()]


def add_arguments(p: argparse.ArgumentParser) -> None:
    project_arg(p)
    p.add_argument("--layers", type=layers, default=None, help="comma-separated layers (default: all)")
    p.add_argument("--labels", type=labels, default=None, help="comma-separated labels (default: all)")
    p.add_argument("--min-score", type=float, default=None, metavar="S",
                   help="only suggestions scored at least S (default: every suggestion, scored or not)")
    p.add_argument("--documents", type=doc_ids, default=None, metavar="ID,…",
                   help="only these documents (default: all)")
    output_args(p)


def run(args: argparse.Namespace, accept: bool = True) -> int:
    with open_project(args) as project:
        result = review(project, accept=accept, layers=args.layers, labels=args.labels, min_score=args.min_score,
                        documents=args.documents)
    verb = "accepted" if accept else "rejected"
    text = f"{result.changed:,} suggestions {verb} in {result.documents:,} documents"
    if result.missing:
        text += f"; not in the project: {', '.join(result.missing)}"
    report(args, {verb: result.changed, "documents": result.documents, "missing": result.missing}, text)
    return 1 if result.missing else 0
