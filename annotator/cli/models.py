"""``annotator models --project FILE [--use VERSION | --shipped]``: the project's model versions; roll back."""

from __future__ import annotations

import argparse

from annotator.cli.common import open_project, output_args, project_arg
from annotator.cli.train import print_models

HELP = "list the project's model versions (* the one in use), or roll back"


def add_arguments(p: argparse.ArgumentParser) -> None:
    project_arg(p)
    which = p.add_mutually_exclusive_group()
    which.add_argument("--use", type=int, metavar="VERSION", help="use this version from now on (roll back)")
    which.add_argument("--shipped", action="store_true", help="go back to the shipped model")
    p.add_argument("--layer", default="entities", choices=["entities"], help="the layer (default: entities)")
    output_args(p)


def run(args: argparse.Namespace) -> int:
    if args.use is not None or args.shipped:
        with open_project(args) as project:
            project.set_current_model(args.layer, None if args.shipped else args.use)
            models = project.list_models()
    else:
        with open_project(args, readonly=True) as project:
            models = project.list_models()
    shipped = not any(m.current for m in models if m.layer == args.layer)
    print_models(args, models, {"shipped": shipped})
    if args.json or args.quiet:
        return 0
    if not models:
        print("no models trained on this project yet (annotator train); detection uses the shipped models")
    elif shipped:
        print(f"{args.layer}: detection uses the shipped model")
    return 0
