"""``annotator detect PATH ... --output OUT.jsonl``: the detectors on files, native JSONL records out.

With ``--dask local`` or ``--dask tcp://scheduler:8786`` the input files are partitions of a corpus (local
paths or fsspec URLs) and ``--output`` is a folder of parts, one per partition (docs/scale.md)."""

from __future__ import annotations

import argparse
import importlib.util
import sys

from annotator import tasks
from annotator.cli.common import Progress, detect_args, problems, read_args, read_options

HELP = "run the detectors and write native JSONL records"


def add_arguments(p: argparse.ArgumentParser) -> None:
    read_args(p)
    p.add_argument("--output", "-o", required=True, help="output .jsonl (with --dask: a folder of parts)")
    detect_args(p)
    p.add_argument("--dask", metavar="SCHEDULER",
                   help="run on Dask: 'local' (a cluster of --jobs worker processes here) or a scheduler address "
                        "such as tcp://host:8786; each input file is one partition")


def run(args: argparse.Namespace) -> int:
    if args.dask:
        return _run_dask(args)
    progress = Progress("detected")
    result = tasks.detect_files(args.paths, args.output, options=read_options(args), layers=args.layers,
                                lang=args.lang, jobs=args.jobs, progress=progress.update)
    progress.done()
    problems(result.problems)
    print(f"{result.documents} documents written to {args.output}, {len(result.problems)} inputs failed",
          file=sys.stderr)
    return 1 if result.problems else 0


def _run_dask(args: argparse.Namespace) -> int:
    if importlib.util.find_spec("distributed") is None:
        print("annotator: --dask needs Dask: pip install 'annotator[cluster]'", file=sys.stderr)
        return 2
    from annotator.tasks.cluster import detect_on_dask

    progress = Progress("partitions")
    result = detect_on_dask(args.paths, args.output, scheduler=args.dask, workers=args.jobs or None,
                            layers=args.layers, lang=args.lang, progress=progress.update)
    progress.done()
    problems(result.problems)
    parts = f"{len(result.parts)} part{'s' if len(result.parts) != 1 else ''}"
    print(f"{result.documents} documents in {parts} written to {args.output}, "
          f"{len(result.problems)} inputs failed", file=sys.stderr)
    return 1 if result.problems else 0
