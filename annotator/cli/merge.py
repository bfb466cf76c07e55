"""``annotator merge A.annotator B.annotator … --into TEAM``: bring annotators' copies of a project together."""

from __future__ import annotations

import argparse
import sys
from contextlib import ExitStack
from pathlib import Path

from annotator.cli.common import Progress, output_args, report
from annotator.store import NeedsUpgrade, ProjectStore, open_project

HELP = "combine annotators' copies of a project (matched by text) into one, keeping everyone's sets"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("inputs", nargs="+", metavar="PROJECT", help="the annotators' project files (read only)")
    p.add_argument("--into", required=True, metavar="TEAM",
                   help="the team's project: documents it lacks are added, every annotation set is merged into it "
                        "(made if it does not exist)")
    output_args(p)


def _open_input(path: str) -> ProjectStore:
    """An input, read-only; one from an older version is upgraded first, as every command does."""
    try:
        return open_project(path, readonly=True)
    except NeedsUpgrade:
        print(f"annotator: upgrading {path} to this version's schema", file=sys.stderr)
        open_project(path, create=False).close()
        return open_project(path, readonly=True)


def run(args: argparse.Namespace) -> int:
    from annotator.tasks.merge import merge

    team_path = Path(args.into).resolve()
    if any(Path(path).resolve() == team_path for path in args.inputs):
        print(f"annotator: {args.into} is both an input and the project merged into", file=sys.stderr)
        return 2
    progress = Progress("documents merged", quiet=args.quiet or args.json)
    with ExitStack() as stack:
        inputs = [stack.enter_context(_open_input(path)) for path in args.inputs]
        team = stack.enter_context(open_project(args.into))
        result = merge(team, inputs, progress=progress.update)
    progress.done()
    text = (f"{result.documents:,} documents in {result.inputs} projects, {result.added:,} of them new to "
            f"{args.into}; annotation sets: {result.sets_added:,} added, {result.sets_updated:,} updated with "
            f"newer work, {result.unchanged:,} already there")
    if result.labels:
        text += f"; labels added: {', '.join(result.labels)}"
    if result.conflicts:
        text += f"; {len(result.conflicts)} conflicts (below)"
    report(args, {"inputs": result.inputs, "documents": result.documents, "added": result.added,
                  "sets_added": result.sets_added, "sets_updated": result.sets_updated, "unchanged": result.unchanged,
                  "labels": result.labels,
                  "conflicts": [{"document": c.document, "annotator": c.annotator, "kept": c.kept,
                                 "dropped": c.dropped} for c in result.conflicts]}, text)
    if not args.json:
        for conflict in result.conflicts:
            print(f"annotator: conflict: {conflict}", file=sys.stderr)
    return 1 if result.conflicts else 0
