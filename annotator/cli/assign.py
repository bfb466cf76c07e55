"""``annotator assign --project FILE --annotators A,B,C [--overlap 0.1] [--copies 2] [--seed N]``: give the
project's documents to annotators, some to more than one."""

from __future__ import annotations

import argparse

from annotator.cli.common import PROJECT_HELP, open_project, output_args, report

HELP = "give documents to annotators (a share to several, for agreement); each follows their queue"


def _fraction(value: str) -> float:
    try:
        x = float(value)
    except ValueError:
        x = -1.0
    if not 0 <= x <= 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a fraction between 0 and 1, e.g. 0.1")
    return x


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--project", help=PROJECT_HELP)
    p.add_argument("--annotators", required=True, metavar="A,B,…", help="comma-separated annotators' names")
    p.add_argument("--overlap", type=_fraction, default=0.1,
                   help="share of the documents given to more than one annotator (default 0.1)")
    p.add_argument("--copies", type=int, default=2, help="annotators per shared document (default 2)")
    p.add_argument("--seed", type=int, default=0, help="seed of the choice of shared documents (default 0)")
    output_args(p)


def run(args: argparse.Namespace) -> int:
    from annotator.tasks.assigning import assign

    names = [x.strip() for x in args.annotators.split(",") if x.strip()]
    with open_project(args) as project:
        result = assign(project, names, overlap=args.overlap, copies=args.copies, seed=args.seed)
    queues = ", ".join(f"{name} {n:,}" for name, n in result.queues.items())
    report(args, {"documents": result.documents, "shared": result.shared, "queues": result.queues},
           f"{result.documents:,} documents assigned, {result.shared:,} of them to more than one annotator: {queues}")
    return 0
