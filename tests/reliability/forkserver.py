"""A fork server for tests that kill or measure a child process.

Starting Python and importing the app takes ~0.4 s; a kill test needs
hundreds of children.  The server is one clean, single-threaded process that
imports the targets once and then forks a child per request.  It kills its
own child (SIGKILL after the requested delay), reaps it with ``wait4`` (which
also gives the child's peak RSS) and reports back, so the test never signals a
process id it did not start and a reaped id is never reused under it.

Protocol, one JSON object per line.  Test → server:
``{"target": "module:function", "args": {...}, "kill_after": s | null, "timeout": s}``.
The child calls ``function(args, emit)``; ``emit(obj)`` writes ``C <json>`` in
one ``write`` (atomic on a pipe, so a kill never tears a line).  A child that
finishes pauses until it is killed when ``kill_after`` is set, else exits 0.
Then the server writes ``Z <json>`` with ``status``, ``killed`` and
``maxrss_kb``.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import traceback
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]


def _emit(obj) -> None:
    data = ("C " + json.dumps(obj, separators=(",", ":")) + "\n").encode()
    os.write(1, data)


def _child(request: dict) -> None:
    code = 0
    try:
        module, name = request["target"].split(":")
        fn = getattr(__import__(module, fromlist=[name]), name)
        fn(request.get("args") or {}, _emit)
    except BaseException:  # noqa: BLE001 - reported to the test, which fails on it
        _emit({"exception": traceback.format_exc()})
        code = 70
    if request.get("kill_after") is not None and code == 0:
        while True:
            signal.pause()
    os._exit(code)


def serve() -> None:
    sys.path.insert(0, str(HERE))
    for name in sys.argv[1:]:  # "module" imports it; "module:function" also calls the function
        module, _, function = name.partition(":")
        imported = __import__(module, fromlist=["_"])
        if function:
            getattr(imported, function)()
    os.write(1, b"Z {\"ready\":true}\n")
    for line in sys.stdin:
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:
            _child(request)
        kill_after = request.get("kill_after")
        killed = False
        if kill_after is not None:  # the child pauses when done, so it is always there to kill
            deadline = time.monotonic() + kill_after
            while True:  # unless it kills itself first (a kill timed from its own progress)
                done, status, usage = os.wait4(pid, os.WNOHANG)
                if done:
                    killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
                    break
                if time.monotonic() >= deadline:
                    os.kill(pid, signal.SIGKILL)
                    killed = True
                    _, status, usage = os.wait4(pid, 0)
                    break
                time.sleep(0.001)
        else:
            deadline = time.monotonic() + request.get("timeout", 120.0)
            while True:
                done, status, usage = os.wait4(pid, os.WNOHANG)
                if done:
                    break
                if time.monotonic() >= deadline:
                    os.kill(pid, signal.SIGKILL)
                    killed = True
                    _, status, usage = os.wait4(pid, 0)
                    break
                time.sleep(0.002)
        report = {"status": status, "killed": killed, "maxrss_kb": usage.ru_maxrss,
                  "timed_out": killed and kill_after is None}
        os.write(1, ("\nZ " + json.dumps(report) + "\n").encode())


@dataclass
class Result:
    lines: list[dict] = field(default_factory=list)
    status: int = 0
    killed: bool = False
    timed_out: bool = False
    maxrss_kb: int = 0

    @property
    def exception(self) -> str | None:
        return next((x["exception"] for x in self.lines if "exception" in x), None)


class ForkServer:
    """``with ForkServer("targets") as fs: fs.run("targets:fn", {...}, kill_after=0.01)``"""

    def __init__(self, *modules: str, env: dict | None = None):
        self.proc = subprocess.Popen(
            [sys.executable, __file__, *modules], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            cwd=REPO, env={**os.environ, **(env or {})}, text=True, bufsize=1,
        )
        ready = self.proc.stdout.readline()
        if "ready" not in ready:
            self.close()
            raise RuntimeError(f"fork server did not start: {ready!r}")

    def run(self, target: str, args: dict | None = None, *, kill_after: float | None = None,
            timeout: float = 120.0) -> Result:
        request = {"target": target, "args": args or {}, "kill_after": kill_after, "timeout": timeout}
        self.proc.stdin.write(json.dumps(request) + "\n")
        self.proc.stdin.flush()
        result = Result()
        for line in self._lines():
            if line.startswith("C "):
                result.lines.append(json.loads(line[2:]))
            elif line.startswith("Z "):
                report = json.loads(line[2:])
                result.status, result.killed = report["status"], report["killed"]
                result.timed_out, result.maxrss_kb = report["timed_out"], report["maxrss_kb"]
                return result
        raise RuntimeError("fork server died")

    def _lines(self) -> Iterator[str]:
        while True:
            line = self.proc.stdout.readline()
            if not line:
                return
            line = line.rstrip("\n")
            if line:
                yield line

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.stdin.close()
            self.proc.wait(timeout=30)

    def __enter__(self) -> ForkServer:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


if __name__ == "__main__":
    serve()
