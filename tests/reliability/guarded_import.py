"""The child of the hostile-file tests: import one file into a project the way
the app does (``read_paths`` then ``add_documents``), with every socket
forbidden and every file open recorded.  The fork server measures its peak
memory."""

from __future__ import annotations

import os
import resource
import socket
import sys
from pathlib import Path

from annotator.core.model import Document
from annotator.io.errors import InputError
from annotator.io.readers import read_paths
from annotator.store import open_project

REPO = Path(__file__).resolve().parents[2]
# Where the app may read from besides the person's file: Python, its packages and the app's own resources.
ALLOWED_PREFIXES = tuple({sys.prefix, sys.base_prefix, sys.exec_prefix, str(REPO / "annotator"),
                          str(REPO / "resources"), "/proc/self/", "/dev/urandom", "/etc/localtime"})
AS_LIMIT = 4 << 30  # a safety net for the shared machine; the tests assert far less


class NoNetwork(socket.socket):
    def __init__(self, *args, **kwargs):
        raise AssertionError("a reader tried to open a socket")


def import_file(args: dict, emit) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (AS_LIMIT, AS_LIMIT))
    user_file = os.path.abspath(args["path"])
    project_path = os.path.abspath(args["project"])
    stray: list[str] = []
    sockets: list[str] = []

    def audit(event: str, info: tuple) -> None:
        if event == "open" and isinstance(info[0], (str, bytes)):
            path = os.path.abspath(os.fsdecode(info[0]))
            if path != user_file and not path.startswith(project_path) and not path.startswith(ALLOWED_PREFIXES):
                stray.append(path)
        elif event.startswith("socket."):
            sockets.append(event)

    sys.addaudithook(audit)
    socket.socket = NoNetwork  # type: ignore[misc]
    with open_project(project_path) as project:
        before = project.count()
        items = list(read_paths([args["path"]], project.scheme))
        docs = [item for item in items if isinstance(item, Document)]
        result = project.add_documents(docs)
        after = project.count()
    canaries = args.get("canaries", [])
    emit({
        "errors": [str(item) for item in items if isinstance(item, InputError)],
        "docs": [{"text": d.text if len(d.text) < 100_000 else None, "chars": len(d.text), "spans": len(d.spans)}
                 for d in docs],
        "leaked": [c for c in canaries if any(c in d.text or c in repr(d.meta) for d in docs)
                   or any(c in str(item) for item in items)],
        "added": len(result.added), "before": before, "after": after,
        "stray_opens": sorted(set(stray)), "sockets": sockets,
        "non_items": [type(item).__name__ for item in items if not isinstance(item, (Document, InputError))],
    })
