"""``annotator agreement --project FILE [--layers ...] [--json] [--report OUT.html]``: how far the annotators
agree, pair by pair, per layer, label and document."""

from __future__ import annotations

import argparse
import sys

import orjson

from annotator.cli.common import PROJECT_HELP, Progress, layers, open_project, output_args
from annotator.core.labels import LAYERS
from annotator.io.atomic import atomic_write

HELP = "agreement between annotators: span F1, Cohen's and Fleiss' kappa, Krippendorff's alpha"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--project", help=PROJECT_HELP)
    p.add_argument("--layers", type=layers, default=list(LAYERS), help="comma-separated: entities,quotes,segments")
    p.add_argument("--report", metavar="OUT.html", help="also write an HTML report with a pairwise heat map")
    output_args(p)


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def run(args: argparse.Namespace) -> int:
    from annotator.tasks.agreement import agreement, heatmap_html

    try:
        import krippendorff  # noqa: F401 - only to say what is missing before any work
    except ImportError:
        print("annotator: agreement needs the krippendorff package: pip install 'annotator[agreement]'",
              file=sys.stderr)
        return 2
    progress = Progress("documents read", quiet=args.quiet or args.json)
    with open_project(args, readonly=True) as project:
        report = agreement(project, layers=args.layers, progress=progress.update)
    progress.done()
    if args.report:
        with atomic_write(args.report, "w") as fh:
            fh.write(heatmap_html(report))
    if args.json:
        sys.stdout.write(orjson.dumps(report.to_json(), option=orjson.OPT_INDENT_2).decode() + "\n")
        return 0
    if args.quiet:
        return 0
    print(f"{report.documents:,} documents finished by two annotators or more; annotators: "
          f"{', '.join(report.annotators) or 'none'}")
    for layer, la in report.layers.items():
        print(f"{layer}: span F1 exact {_fmt(la.spans.f1_exact)}, overlap {_fmt(la.spans.f1_overlap)}; "
              f"Fleiss' kappa {_fmt(la.fleiss)}; Krippendorff's alpha {_fmt(la.alpha)} ({la.items:,} tokens)")
        for (a, b), scores in la.pairs.items():
            print(f"  {a} / {b}: F1 exact {_fmt(scores.spans.f1_exact)}, overlap {_fmt(scores.spans.f1_overlap)}, "
                  f"Cohen's kappa {_fmt(scores.kappa)}")
        for label, counts in sorted(la.labels.items()):
            print(f"  {label:<12} F1 exact {_fmt(counts.f1_exact)}, overlap {_fmt(counts.f1_overlap)} "
                  f"({counts.total:,} spans)")
    if "quotes" in args.layers:
        print(f"quote speakers: the same on {_fmt(report.speaker_agreement)} of the quotes both marked")
    if "segments" in args.layers:
        print(f"boilerplate by character: observed {_fmt(report.boilerplate.observed)}, "
              f"Cohen's kappa {_fmt(report.boilerplate.kappa)}")
    return 0
