"""``annotator documents --project P [--status S] [--sort project|uncertainty] [--json]``: list the project's
documents, in project order or the review queue's (the model's least certain first)."""

from __future__ import annotations

import argparse
import sys

from annotator.cli.common import open_project, output_args, project_arg, report
from annotator.core.model import DocStatus
from annotator.tasks.reviewing import list_documents, review_queue

HELP = "list the documents: id, status, spans, suggestions, title"


def add_arguments(p: argparse.ArgumentParser) -> None:
    project_arg(p)
    p.add_argument("--status", choices=[s.value for s in DocStatus], default=None,
                   help="only documents of this status (default: all)")
    p.add_argument("--sort", choices=["project", "uncertainty"], default="project",
                   help="project order (default), or the review queue: the documents whose entity suggestions "
                        "the model is least sure of first (an extra column: 1 - the lowest score)")
    output_args(p)


def run(args: argparse.Namespace) -> int:
    status = DocStatus(args.status) if args.status else None
    with open_project(args, readonly=True) as project:
        if args.sort == "uncertainty":
            queue = review_queue(project, status)
            docs, uncertainty = [u.summary for u in queue], [u.uncertainty for u in queue]
        else:
            docs = list(list_documents(project, status))
            uncertainty = []
    rows: list[dict[str, object]] = [
        {"id": d.id, "status": str(d.status), "spans": d.n_spans, "suggested": d.n_suggested, "chars": d.n_chars,
         "title": d.title, "source": d.source} for d in docs]
    for row, u in zip(rows, uncertainty):
        row["uncertainty"] = u
    if args.json:
        report(args, {"documents": rows}, "")
    elif not args.quiet:
        for r in rows:
            score = r.get("uncertainty")
            extra = ("-" if not isinstance(score, float) else f"{score:.3f}") + "\t" if uncertainty else ""
            sys.stdout.write(f"{r['id']}\t{r['status']}\t{extra}{r['spans']}\t{r['suggested']}\t{r['title']}\n")
    return 0
