"""``annotator labels --project P [--add LAYER:NAME[:#RRGGBB]] [--rename OLD=NEW] [--colour NAME=#RRGGBB]``."""

from __future__ import annotations

import argparse
import re
import sys

from annotator.cli.common import open_project, output_args, project_arg, report
from annotator.store import StoreError
from annotator.tasks.reviewing import add_label, recolour_label

HELP = "list the labels; add, rename (rewriting every span) or recolour one"
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


def _pair(value: str) -> tuple[str, str]:
    old, sep, new = value.partition("=")
    if not sep or not old.strip() or not new.strip():
        raise argparse.ArgumentTypeError(f"{value!r} is not NAME=VALUE")
    return old.strip(), new.strip()


def _colour(value: str) -> str:
    if not _COLOUR.fullmatch(value):
        raise argparse.ArgumentTypeError(f"{value!r} is not a colour like #1f77b4")
    return value


def _new_label(value: str) -> tuple[str, str, str | None]:
    parts = value.split(":")
    if len(parts) not in (2, 3) or not all(parts[:2]):
        raise argparse.ArgumentTypeError(f"{value!r} is not LAYER:NAME or LAYER:NAME:#RRGGBB")
    return parts[0], parts[1], _colour(parts[2]) if len(parts) == 3 else None


def add_arguments(p: argparse.ArgumentParser) -> None:
    project_arg(p)
    p.add_argument("--add", type=_new_label, action="append", default=[], metavar="LAYER:NAME[:#RRGGBB]",
                   help="add a label to a layer (repeatable)")
    p.add_argument("--rename", type=_pair, action="append", default=[], metavar="OLD=NEW",
                   help="rename a label and every span that has it (repeatable)")
    p.add_argument("--colour", "--color", type=_pair, action="append", default=[], metavar="NAME=#RRGGBB",
                   help="give a label a new colour (repeatable)")
    output_args(p)


def run(args: argparse.Namespace) -> int:
    changes = bool(args.add or args.rename or args.colour)
    lines: list[str] = []
    with open_project(args, readonly=not changes) as project:
        for layer, name, colour in args.add:
            add_label(project, layer, name, colour)
            lines.append(f"added {name} to {layer}")
        for old, new in args.rename:
            n = project.rename_label(old, new)
            lines.append(f"renamed {old} to {new} ({n:,} spans)")
        for name, colour in args.colour:
            try:
                recolour_label(project, name, _colour(colour))
            except argparse.ArgumentTypeError as exc:
                raise StoreError(str(exc)) from None
            lines.append(f"{name} is {colour}")
        scheme = project.scheme
    layers = {layer.name: [{"name": lab.name, "color": lab.color, "hotkey": lab.hotkey} for lab in layer.labels]
              for layer in scheme.layers}
    if args.json:
        report(args, {"layers": layers, "changes": lines}, "")
    elif not args.quiet:
        for line in lines:
            print(line, file=sys.stderr)
        for layer, labs in layers.items():
            sys.stdout.write(f"{layer}: " + ", ".join(f"{lab['name']} {lab['color']}" for lab in labs) + "\n")
    return 0
