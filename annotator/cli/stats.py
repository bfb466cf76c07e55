"""``annotator stats --project FILE [--json]``: documents by status, spans by layer, label and source."""

from __future__ import annotations

import argparse
import sys

import orjson

from annotator import tasks
from annotator.cli.common import open_project, output_args, project_arg

HELP = "documents by status, spans by layer, label and source"


def add_arguments(p: argparse.ArgumentParser) -> None:
    project_arg(p)
    output_args(p)


def run(args: argparse.Namespace) -> int:
    with open_project(args, readonly=True) as project:
        found = tasks.stats(project)
    if args.json:
        sys.stdout.write(orjson.dumps(found.as_dict(), option=orjson.OPT_INDENT_2).decode() + "\n")
        return 0
    if args.quiet:
        return 0
    docs = found.documents
    print(f"documents: {docs['total']:,} (todo {docs['todo']:,}, done {docs['done']:,}, skipped {docs['skipped']:,})")
    for layer, labels in found.spans.items():
        print(f"{layer}:")
        for label, by_source in labels.items():
            detail = ", ".join(f"{k} {v:,}" for k, v in by_source.items())
            print(f"  {label:<12} {sum(by_source.values()):>8,}  ({detail})")
    for label, n in found.relations.items():
        print(f"relation {label}: {n:,}")
    return 0
