"""``annotator train --project FILE [--layers entities] [--from-scratch]``: train on the finished documents."""

from __future__ import annotations

import argparse
import sys
import time

import orjson

from annotator import tasks
from typing import Any

from annotator.cli.common import Progress, layers, open_project, output_args, project_arg
from annotator.store import StoredModel

HELP = "train a model on the project's finished documents and use it from now on"


def trainable(value: str) -> list[str]:
    """``--layers``: comma-separated layers that have a trainable model."""
    chosen = layers(value)
    bad = [x for x in chosen if x not in tasks.TRAINABLE]
    if bad:
        raise argparse.ArgumentTypeError(f"no trainable model for {bad[0]!r}; trainable: {', '.join(tasks.TRAINABLE)}")
    return chosen


def model_line(model: StoredModel) -> str:
    """One line of ``annotator models``: version, layer, date, training set, F1, seconds, base, labels."""
    info = model.info
    f1 = f"{info['f1']:.3f}" if info.get("f1") is not None else "n/a"
    labels = ", ".join(f"{k} {v:,}" for k, v in info.get("labels", {}).items())
    base = "from scratch" if not info.get("base") else f"on the {info['base']} model"
    when = time.strftime("%Y-%m-%d %H:%M", time.localtime(model.created))
    return (f"{'*' if model.current else ' '} v{model.version:<3} {model.layer:<9} {when}  "
            f"{info.get('documents', 0):,} docs  F1 {f1} ({info.get('folds', 0)}-fold)  "
            f"{info.get('seconds', 0):.1f} s  {base}  [{labels}]")


def model_json(model: StoredModel) -> dict[str, Any]:
    """A model version for ``--json``: what :func:`model_line` shows, with every figure of its ``info``."""
    return {"version": model.version, "layer": model.layer, "created": model.created, "current": model.current,
            "info": model.info}


def print_models(args: argparse.Namespace, models: list[StoredModel], extra: dict[str, Any] | None = None) -> None:
    """Model versions on stdout: one line each, or ``{"models": [...], ...}`` with ``--json``, nothing with
    ``--quiet``."""
    if args.json:
        sys.stdout.write(orjson.dumps({"models": [model_json(m) for m in models], **(extra or {})}).decode() + "\n")
    elif not args.quiet:
        for model in models:
            print(model_line(model))


def add_arguments(p: argparse.ArgumentParser) -> None:
    project_arg(p)
    p.add_argument("--layers", type=trainable, default=list(tasks.TRAINABLE),
                   help="comma-separated (default: entities)")
    p.add_argument("--from-scratch", action="store_true",
                   help="learn from the project's annotations alone, not on top of the shipped model")
    output_args(p)


def run(args: argparse.Namespace) -> int:
    with open_project(args) as project:
        progress = Progress("trainings", quiet=args.quiet or args.json)
        try:
            results = tasks.train(project, args.layers, from_scratch=args.from_scratch, progress=progress.update)
        except tasks.NothingToTrain as exc:
            print(f"annotator: {exc}", file=sys.stderr)
            return 1
        progress.done()
    print_models(args, [result.stored for result in results])
    return 0
