"""``annotator status --project P --set done|todo|skipped [--documents ID,…]``: documents' review status."""

from __future__ import annotations

import argparse

from annotator.cli.common import doc_ids, open_project, output_args, project_arg, report
from annotator.core.model import DocStatus
from annotator.tasks.reviewing import set_status

HELP = "set documents' status (done accepts the suggestions they show, as in the window)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    project_arg(p)
    p.add_argument("--set", required=True, choices=[s.value for s in DocStatus], dest="status",
                   help="the new status")
    p.add_argument("--documents", type=doc_ids, default=None, metavar="ID,…",
                   help="only these documents (default: all)")
    output_args(p)


def run(args: argparse.Namespace) -> int:
    with open_project(args) as project:
        result = set_status(project, DocStatus(args.status), args.documents)
    text = f"{result.documents:,} documents set to {args.status}"
    if result.changed:
        text += f" ({result.changed:,} suggestions accepted)"
    if result.missing:
        text += f"; not in the project: {', '.join(result.missing)}"
    report(args, {"documents": result.documents, "accepted": result.changed, "missing": result.missing}, text)
    return 1 if result.missing else 0
