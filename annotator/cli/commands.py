"""The commands of ``annotator COMMAND``, in the order ``annotator --help`` lists them.

Each maps a command's name to its module in ``annotator.cli``.  A command module defines ``HELP`` (its line
in ``annotator --help``), ``add_arguments(parser)`` and ``run(args) -> int`` (the exit code); it parses and
prints, and leaves the work to a task in ``annotator.tasks``.  To add a command, write its module and add
one line here.
"""

COMMANDS: dict[str, str] = {
    "import": "import_",
    "detect": "detect",
    "export": "export",
    "stats": "stats",
    "train": "train",
    "models": "models",
    "patterns": "patterns",
    "assign": "assign",
    "merge": "merge",
    "agreement": "agreement",
    "team": "team",
    "documents": "documents",
    "accept": "accept",
    "reject": "reject",
    "status": "status",
    "remove": "remove",
    "labels": "labels",
}
