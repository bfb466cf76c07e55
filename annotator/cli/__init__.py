"""Command line (docs/architecture.md, "The command line").

    annotator [PATH ...] [--project FILE]      the GUI; PATHs are imported first
    annotator COMMAND ...                      a command without the window (annotator COMMAND --help)

The commands are listed in ``annotator/cli/commands.py``, one module each; a command only parses its
arguments, calls a task (``annotator.tasks``) and prints what it returned.
Errors: one clear line on stderr, a non-zero exit, nothing half-written.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence
from importlib import import_module
from typing import Any, TextIO, cast

from annotator.cli.commands import COMMANDS

# The command modules (and the readers, detectors and exporters behind them) are imported only to run a
# command: opening the window never needs them.


class _Version(argparse.Action):
    """``--version``: the version is looked up only when asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any):
        super().__init__(option_strings, dest, nargs=0, help="show the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any,
                 option_string: str | None = None) -> None:
        from annotator import __version__

        print(f"annotator {__version__}")
        parser.exit()


EXIT_CODES = "exit status: 0 ok; 1 partial problems (some inputs or ids not used, an export with nothing in it); " \
             "2 usage or a project that cannot be used"


class _Help(argparse.HelpFormatter):
    """Help that shows each option's default, unless its text already says it or there is none to say."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        text = action.help or ""
        if (action.default not in (None, False, argparse.SUPPRESS, [], "") and "default" not in text
                and action.option_strings and action.nargs != 0):
            shown = ",".join(map(str, action.default)) if isinstance(action.default, list) else "%(default)s"
            text += f" (default: {shown})"
        return text


def _command_list() -> str:
    """Each command with its one-line description, for ``annotator --help``."""
    width = max(map(len, COMMANDS))
    lines = [f"  {name:<{width}}  {import_module(f'annotator.cli.{module}').HELP}" for name, module in COMMANDS.items()]
    return "commands (annotator COMMAND --help):\n" + "\n".join(lines) + "\n\n" + EXIT_CODES


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="annotator", description="Annotate news text: entities, quotes, structure.",
                                     epilog=EXIT_CODES)
    parser.add_argument("--version", action=_Version)
    sub = parser.add_subparsers(dest="command", required=True)
    for name, module_name in COMMANDS.items():
        module = import_module(f"annotator.cli.{module_name}")
        p = sub.add_parser(name, help=module.HELP, description=module.HELP, epilog=EXIT_CODES, formatter_class=_Help)
        module.add_arguments(p)
        p.set_defaults(func=module.run)
    return parser


def _gui_parser(commands: bool = False) -> argparse.ArgumentParser:
    """The window's arguments; with ``commands``, the help also lists every command (``annotator --help``)."""
    parser = argparse.ArgumentParser(
        prog="annotator", formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=_command_list() if commands else f"commands: {', '.join(COMMANDS)} (annotator --help)",
        description="Open the annotation window; PATHs (files, folders, JSONL) are imported into the project first.")
    parser.add_argument("--version", action=_Version)
    parser.add_argument("paths", nargs="*", metavar="PATH", help="files or folders to import first")
    parser.add_argument("--project", help="project file, or a shared project's postgresql:// URL (default: "
                        "the file in your data folder)")
    parser.add_argument("--annotator", metavar="NAME",
                        help="work as this annotator (default: the name the window asked for once)")
    parser.add_argument("--screenshot", metavar="OUT.png", help="render the window offscreen to a PNG and exit")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation on the bundled samples (import, detect, export), no window")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run a command (or the window); every line printed has its control characters escaped."""
    from annotator.cli.terminal import Escaping

    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = cast(TextIO, Escaping(out)), cast(TextIO, Escaping(err))
    try:
        return _main(argv)
    finally:
        sys.stdout, sys.stderr = out, err


def _main(argv: list[str] | None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not (argv and argv[0] in COMMANDS):
        # The window's start-up makes some hundred thousand objects (modules, classes, Qt's enums) and no garbage
        # worth a collection: the cyclic collector waits until the window has painted (ui.app turns it on then),
        # which saves ~8 % of the start's CPU (docs/performance.md). Commands run with it on, as ever.
        gc.disable()
    try:
        return _run(argv)
    finally:
        gc.enable()  # whatever way the window's start ended (a usage error, --version, a project refused)


def _run(argv: list[str]) -> int:
    from annotator.store import StoreError

    try:
        if argv and argv[0] in COMMANDS:
            args = _parser().parse_args(argv)
            code: int = args.func(args)
            return code
        args = _gui_parser(commands="-h" in argv or "--help" in argv).parse_args(argv)
        if args.self_test:
            from annotator.selftest import run as self_test

            gc.enable()
            return self_test()
        if not args.project and len(args.paths) == 1 and args.paths[0].endswith(".annotator"):
            args.project, args.paths = args.paths[0], []  # a project file opened from the desktop (packaging/linux)
        from annotator.ui.app import run

        return run(args)
    except StoreError as exc:
        print(f"annotator: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("annotator: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away (``annotator stats | head``): stop quietly, as cat does
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nothing more to flush at exit
        return 141
    except (OSError, ValueError) as exc:
        print(f"annotator: {exc}", file=sys.stderr)
        return 2
