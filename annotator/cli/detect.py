"""``annotator detect PATH ... --output OUT.jsonl``: the detectors on files, native JSONL records out."""

from __future__ import annotations

import argparse
import sys

from annotator import tasks
from annotator.cli.common import Progress, detect_args, problems, read_args, read_options

HELP = "run the detectors and write native JSONL records"


def add_arguments(p: argparse.ArgumentParser) -> None:
    read_args(p)
    p.add_argument("--output", "-o", required=True, help="output .jsonl")
    detect_args(p)


def run(args: argparse.Namespace) -> int:
    progress = Progress("detected")
    result = tasks.detect_files(args.paths, args.output, options=read_options(args), layers=args.layers,
                                lang=args.lang, jobs=args.jobs, progress=progress.update)
    progress.done()
    problems(result.problems)
    print(f"{result.documents} documents written to {args.output}, {len(result.problems)} inputs failed",
          file=sys.stderr)
    return 1 if result.problems else 0
