"""``annotator reject --project P [--layers] [--labels] [--min-score S] [--documents ID,…]``: drop suggestions."""

from __future__ import annotations

import argparse

from annotator.cli import accept

HELP = "reject (remove) suggestions, chosen as for accept"


def add_arguments(p: argparse.ArgumentParser) -> None:
    accept.add_arguments(p)


def run(args: argparse.Namespace) -> int:
    return accept.run(args, accept=False)
