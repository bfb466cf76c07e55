"""``annotator documents --project P [--status S] [--json]``: list the project's documents."""

from __future__ import annotations

import argparse
import sys

from annotator.cli.common import open_project, output_args, project_arg, report
from annotator.core.model import DocStatus
from annotator.tasks.reviewing import list_documents

HELP = "list the documents: id, status, spans, suggestions, title"


def add_arguments(p: argparse.ArgumentParser) -> None:
    project_arg(p)
    p.add_argument("--status", choices=[s.value for s in DocStatus], default=None,
                   help="only documents of this status (default: all)")
    output_args(p)


def run(args: argparse.Namespace) -> int:
    with open_project(args, readonly=True) as project:
        docs = list(list_documents(project, DocStatus(args.status) if args.status else None))
    rows = [{"id": d.id, "status": str(d.status), "spans": d.n_spans, "suggested": d.n_suggested,
             "chars": d.n_chars, "title": d.title, "source": d.source} for d in docs]
    if args.json:
        report(args, {"documents": rows}, "")
    elif not args.quiet:
        for r in rows:
            sys.stdout.write(f"{r['id']}\t{r['status']}\t{r['spans']}\t{r['suggested']}\t{r['title']}\n")
    return 0
