"""``annotator patterns {import FILE | list | remove N ... | min-count N} --project FILE``: entity patterns."""

from __future__ import annotations

import argparse
import sys

from annotator.cli.common import open_project, output_args, project_arg, report
from annotator.tasks import patterns as tp

HELP = "import Prodigy pattern files as suggestions; list, remove; the lexicon learned from corrections"


def add_arguments(p: argparse.ArgumentParser) -> None:
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    imp = actions.add_parser("import", help="add the patterns of a Prodigy pattern file (JSONL)")
    imp.add_argument("file", metavar="FILE", help='one pattern per line: {"label": "ORG", "pattern": "Garuda"} '
                                                  'or {"label": "ORG", "pattern": [{"lower": "garuda"}]}')
    actions.add_parser("list", help="the imported patterns (numbered), the lexicon's and the names not suggested")
    rm = actions.add_parser("remove", help="remove imported patterns by number (see list)")
    which = rm.add_mutually_exclusive_group(required=True)
    which.add_argument("numbers", nargs="*", type=int, default=[], metavar="N",
                       help="the numbers of the patterns to remove, as list shows them")
    which.add_argument("--all", action="store_true", help="remove every imported pattern")
    count = actions.add_parser("min-count", help="how many corrections make a lexicon pattern or stop a name "
                                                 f"(default {tp.MIN_COUNT})")
    count.add_argument("n", type=int, metavar="N",
                       help="accepted (or rejected) this many times, a name becomes a pattern (or is not suggested)")
    for sub in (imp, actions.choices["list"], rm, count):
        project_arg(sub)
        output_args(sub)


def run(args: argparse.Namespace) -> int:
    if args.action == "import":
        with open_project(args) as project:
            result = tp.import_patterns(project, args.file)
        for line in result.problems:
            print(f"annotator: {line}", file=sys.stderr)
        report(args, {"added": result.added, "duplicates": result.duplicates, "problems": result.problems},
               f"{result.added:,} patterns added, {result.duplicates:,} already there, "
               f"{len(result.problems):,} problems")
        return 1 if result.problems else 0
    if args.action == "remove":
        with open_project(args) as project:
            n = tp.remove_patterns(project, None if args.all else args.numbers)
        report(args, {"removed": n}, f"{n:,} patterns removed")
        return 0
    if args.action == "min-count":
        with open_project(args) as project:
            tp.set_min_count(project, args.n)
        report(args, {"min_count": args.n}, f"a name accepted or rejected {args.n} times is learned")
        return 0
    with open_project(args, readonly=True) as project:
        imported = tp.imported_patterns(project)
        learned = tp.lexicon(project)
        need = tp.min_count(project)
    if args.json:
        lexicon = [{"label": label, "pattern": text, "accepted": n} for text, label, n in learned.learned]
        stopped = [{"label": label, "pattern": text, "rejected": n}
                   for (text, label), n in sorted(learned.rejected.items())]
        report(args, {"patterns": [{"n": k, **p.record(), "file": p.origin} for k, p in enumerate(imported, 1)],
                      "lexicon": lexicon, "not_suggested": stopped, "min_count": need}, "")
        return 0
    if args.quiet:
        return 0
    out = sys.stdout
    for k, p in enumerate(imported, 1):
        out.write(f"{k:>4}  {p.label:<8} {p.describe()}  ({p.origin})\n")
    for text, label, n in learned.learned:
        out.write(f"   L  {label:<8} {text}  (lexicon: accepted {n}×)\n")
    for (text, label), n in sorted(learned.rejected.items()):
        out.write(f"   -  {label:<8} {text}  (not suggested: rejected {n}×)\n")
    if not (imported or learned.patterns or learned.rejected):
        out.write("no patterns (annotator patterns import FILE); the lexicon learns a name accepted or rejected "
                  f"{need} times\n")
    return 0
