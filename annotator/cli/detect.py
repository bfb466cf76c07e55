"""``annotator detect``: the detectors on files (native JSONL records out), or on a project's stored documents.

    annotator detect PATH ... --output OUT.jsonl     files in, records out
    annotator detect --project P [--missing | --all]  the project's documents, in place

Without PATHs the project's documents are detected where detection never finished (``--missing``, the
default: what a killed ``import --detect`` or a closed window left), or all of them (``--all``).  Each
document is stored in its own transaction with the layers it finished, so a killed run resumes where it
stopped when run again.

With ``--dask local`` or ``--dask tcp://scheduler:8786`` the input files are partitions of a corpus (local
paths or fsspec URLs) and ``--output`` is a folder of parts, one per partition (docs/scale.md)."""

from __future__ import annotations

import argparse
import importlib.util
import sys

from annotator import tasks
from annotator.cli.common import (
    Progress,
    detect_args,
    open_project,
    output_args,
    problems,
    project_arg,
    read_options,
    report,
)
from annotator.io.readers.options import DEFAULT_MAX_BYTES

HELP = "run the detectors: on files into native JSONL records, or on a project's documents"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="files or folders (.txt, .html, .jsonl, .json); none: the project's stored documents")
    p.add_argument("--max-mb", type=float, default=DEFAULT_MAX_BYTES / 1024 / 1024,
                   help=f"size limit per file in MB (a .txt, .html or .json file, or one JSONL line; "
                        f"default {DEFAULT_MAX_BYTES // 2**20})")
    p.add_argument("--output", "-o", help="output .jsonl, with PATHs (with --dask: a folder of parts)")
    project_arg(p)
    which = p.add_mutually_exclusive_group()
    which.add_argument("--missing", action="store_true",
                       help="without PATHs: only documents whose detection of the layers never finished (default)")
    which.add_argument("--all", action="store_true", help="without PATHs: every document of the project")
    detect_args(p)
    p.add_argument("--dask", metavar="SCHEDULER",
                   help="run on Dask: 'local' (a cluster of --jobs worker processes here) or a scheduler address "
                        "such as tcp://host:8786; each input file is one partition")
    output_args(p)


def run(args: argparse.Namespace) -> int:
    if not args.paths:
        if args.dask:
            print("annotator: --dask needs input PATHs", file=sys.stderr)
            return 2
        return _project(args)
    if args.output is None:
        print("annotator: detect PATH ... needs --output OUT.jsonl (or give no PATH to detect a project's "
              "documents with --project)", file=sys.stderr)
        return 2
    if args.project or args.all or args.missing:
        print("annotator: --project, --all and --missing go without PATHs; to detect files into a project, "
              "use annotator import PATH ... --project P --detect", file=sys.stderr)
        return 2
    if args.dask:
        return _run_dask(args)
    progress = Progress("detected", quiet=args.quiet or args.json)
    result = tasks.detect_files(args.paths, args.output, options=read_options(args), layers=args.layers,
                                lang=args.lang, jobs=args.jobs, progress=progress.update)
    progress.done()
    problems(result.problems)
    report(args, {"documents": result.documents, "output": args.output, "problems": result.problems},
           f"{result.documents} documents written to {args.output}, {len(result.problems)} inputs failed",
           stdout_is_data=args.output == "-")
    return 1 if result.problems else 0


def _project(args: argparse.Namespace) -> int:
    with open_project(args) as project:
        pks = None if args.all else project.undetected(args.layers)
        total = project.count() if pks is None else len(pks)
        progress = Progress("detected", total, quiet=args.quiet or args.json)
        result = tasks.detect_documents(project, pks, layers=args.layers, lang=args.lang, jobs=args.jobs,
                                        progress=progress.update)
        progress.done()
        problems(result.problems)
        which = "" if pks is None else " (those whose detection had not finished)"
        report(args, {"documents": result.documents, "suggestions": result.suggestions, "problems": result.problems,
                      "project": project.path},
               f"{result.documents:,} documents detected{which}, {result.suggestions:,} suggestions; "
               f"project {project.path}")
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
