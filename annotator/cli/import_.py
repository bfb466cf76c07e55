"""``annotator import PATH ... [--project FILE] [--detect]``: files into a project, without the window."""

from __future__ import annotations

import argparse
import os

from annotator import tasks
from annotator.io.readers.folders import counts, summary
from annotator.io.workers import fork_jobs
from annotator.cli.common import (
    Progress,
    detect_args,
    open_project,
    output_args,
    problems,
    project_arg,
    read_args,
    read_options,
    report,
)

HELP = "import files into a project (no GUI)"
BATCH = 2000  # documents per call to the store: nobody edits while the command runs, so big transactions


def add_arguments(p: argparse.ArgumentParser) -> None:
    read_args(p)
    project_arg(p)
    p.add_argument("--detect", action="store_true", help="run the detectors on the new documents")
    p.add_argument("--format", choices=["auto", "jsonl", "json", "txt", "html", "conll"], default="auto",
                   help="auto: by extension (.conll is CoNLL), and standard input (-) is JSONL; another: every "
                        "file and stdin is read as that; conll: CoNLL gold (token and IOB tag columns), its spans "
                        "accepted and its documents done (default auto)")
    p.add_argument("--no-recursive", dest="recursive", action="store_false",
                   help="read only the files at the top of each folder, not its subfolders")
    p.add_argument("--glob", action="append", default=[], metavar="PATTERN",
                   help="in folders, read only files matching PATTERN (repeatable; '*.html' matches names, "
                        "'pages/*.html' paths below the folder); a matching file is read even if it looks like "
                        "a sidecar or a licence")
    p.add_argument("--exclude", action="append", default=[], metavar="PATTERN",
                   help="in folders, skip files matching PATTERN (repeatable; patterns as for --glob)")
    p.add_argument("--follow-symlinks", action="store_true",
                   help="in folders, also read links (to files or folders) that lead outside the folder")
    detect_args(p)
    output_args(p)


def run(args: argparse.Namespace) -> int:
    if not any(path == "-" or os.path.exists(path) for path in args.paths):  # nothing to read: no project either
        problems(f"{path}: no such file or folder" for path in args.paths)
        return 1
    with open_project(args) as project:
        progress = Progress("imported", quiet=args.quiet or args.json)
        result = tasks.import_paths(project, args.paths, options=read_options(args), batch_size=BATCH,
                                    progress=progress.update, alone=True,
                                    jobs=min(args.jobs, fork_jobs()) if args.jobs else fork_jobs())
        progress.done()
        if args.detect and result.added:
            progress = Progress("detected", quiet=args.quiet or args.json)
            found = tasks.detect_documents(project, result.added, layers=args.layers, lang=args.lang,
                                           jobs=args.jobs, progress=progress.update)
            progress.done()
            result.problems += found.problems
        problems(result.problems)
        problems(result.notes)
        skipped = summary(result.skipped)
        notes = f", {len(result.notes)} encoding note{'s' if len(result.notes) != 1 else ''} (check those files)"
        report(args, {"added": len(result.added), "duplicates": result.duplicates, "problems": result.problems,
                      "notes": result.notes, "skipped": counts(result.skipped), "project": project.path},
               f"{len(result.added)} documents added, {result.duplicates} already in the project, "
               f"{len(result.problems)} problems{notes if result.notes else ''}; project {project.path}"
               + (f"\n{skipped}" if skipped else ""))
    return 1 if result.problems else 0
