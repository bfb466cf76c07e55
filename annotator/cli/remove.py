"""``annotator remove --project P ID … [--yes]``: drop documents (asks first, unless ``--yes``)."""

from __future__ import annotations

import argparse
import sys

from annotator.cli.common import open_project, output_args, project_arg, report
from annotator.tasks.reviewing import remove

HELP = "remove documents with their annotations (asks first; --yes for scripts)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    project_arg(p)
    p.add_argument("ids", nargs="+", metavar="ID", help="the documents' ids (annotator documents lists them)")
    p.add_argument("--yes", "-y", action="store_true", help="do not ask; needed when stdin is not a terminal")
    output_args(p)


def run(args: argparse.Namespace) -> int:
    if not args.yes:
        if not sys.stdin.isatty():
            print("annotator: remove asks before it drops documents; pass --yes to remove without asking",
                  file=sys.stderr)
            return 2
        answer = input(f"Remove {len(args.ids)} document(s) and their annotations from the project? [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("annotator: nothing removed", file=sys.stderr)
            return 1
    with open_project(args) as project:
        result = remove(project, args.ids)
    text = f"{result.documents:,} documents removed"
    if result.missing:
        text += f"; not in the project: {', '.join(result.missing)}"
    report(args, {"removed": result.documents, "missing": result.missing}, text)
    return 1 if result.missing else 0
