"""A throw-away PostgreSQL server for the test suite and bench/team_load.py.

:func:`start` runs ``initdb`` and ``pg_ctl start`` from the installed PostgreSQL (Debian's ``postgresql``
package: ``/usr/lib/postgresql/N/bin``), with its data directory and unix socket in a new temporary
directory and a free TCP port on 127.0.0.1; :meth:`PgServer.stop` stops it and removes the directory.
``initdb`` refuses to run as root (CI runs as root), so as root the server runs as the unprivileged user
``postgres`` (made by Debian's package) or, failing that, a system user ``annotator-pg`` made here with
``useradd --system``.  Authentication is ``trust`` on the loopback and the socket: the server is private to
the test run, and the role tests log in as roles with no password.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "annotator_admin"
_FALLBACK_USER = "annotator-pg"


def find_bindir() -> Path | None:
    """Where ``initdb`` and ``pg_ctl`` are: ``$ANNOTATOR_PG_BINDIR``, the newest
    ``/usr/lib/postgresql/*/bin``, ``pg_config --bindir``, or ``PATH``; None if PostgreSQL is not installed."""
    candidates: list[str] = []
    if os.environ.get("ANNOTATOR_PG_BINDIR"):
        candidates.append(os.environ["ANNOTATOR_PG_BINDIR"])
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name)
                         if Path(p).parent.name.isdigit() else 0, reverse=True)
    if shutil.which("pg_config"):
        try:
            candidates.append(subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True,
                                             check=True).stdout.strip())
        except (OSError, subprocess.CalledProcessError):
            pass
    if shutil.which("initdb"):
        candidates.append(str(Path(shutil.which("initdb") or "").resolve().parent))
    for path in candidates:
        if (Path(path) / "initdb").is_file() and (Path(path) / "pg_ctl").is_file():
            return Path(path)
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _server_user() -> pwd.struct_passwd | None:
    """The unprivileged user the server runs as when we are root (None: we are not root, run as ourselves)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", _FALLBACK_USER):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", _FALLBACK_USER],
                   check=True, capture_output=True)
    return pwd.getpwnam(_FALLBACK_USER)


@dataclass
class PgServer:
    bindir: Path
    root: Path  # the temporary directory: data/ and the socket
    port: int
    user: pwd.struct_passwd | None
    log: Path

    @property
    def host(self) -> str:
        return "127.0.0.1"

    def url(self, dbname: str = "postgres", user: str = SUPERUSER) -> str:
        return f"postgresql://{user}@{self.host}:{self.port}/{dbname}"

    def _run(self, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
        kw: dict[str, object] = {}
        if self.user is not None:
            kw = {"user": self.user.pw_uid, "group": self.user.pw_gid, "extra_groups": []}
        return subprocess.run([str(self.bindir / args[0]), *args[1:]], capture_output=True, text=True,
                              timeout=timeout, cwd=self.root, **kw)  # type: ignore[call-overload]

    def pg_ctl(self, action: str, *extra: str, timeout: float = 300) -> None:
        done = self._run("pg_ctl", action, "-D", str(self.root / "data"), "-l", str(self.log), "-w",
                         "-t", str(int(timeout)), *extra, timeout=timeout + 30)
        if done.returncode != 0:
            raise RuntimeError(f"pg_ctl {action} failed: {done.stdout}{done.stderr}\n{self.log_tail()}")

    def wait_ready(self, timeout: float = 300) -> None:
        """Until the server accepts a connection (generous: a loaded 2-core machine can take long)."""
        deadline = time.monotonic() + timeout
        while True:
            done = self._run("pg_isready", "-h", self.host, "-p", str(self.port), "-d", "postgres",
                             "-U", SUPERUSER, "-t", "10")
            if done.returncode == 0:
                return
            if time.monotonic() > deadline:
                raise RuntimeError(f"PostgreSQL did not become ready: {done.stdout}{done.stderr}\n{self.log_tail()}")
            time.sleep(0.5)

    def start(self) -> None:
        self.pg_ctl("start")
        self.wait_ready()

    def restart(self, mode: str = "fast") -> None:
        """Stop (``fast`` ends sessions, ``immediate`` is a crash) and start again on the same port."""
        self.pg_ctl("stop", "-m", mode)
        self.start()

    def stop(self) -> None:
        try:
            self.pg_ctl("stop", "-m", "fast")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def log_tail(self, n: int = 30) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-n:])
        except OSError:
            return ""


def start(*, durable: bool = False) -> PgServer:
    """A new server, running.  Unless ``durable``, it skips fsync (tests need no crash safety; the bench does)."""
    bindir = find_bindir()
    if bindir is None:
        raise FileNotFoundError("PostgreSQL's initdb/pg_ctl not found (Debian: apt-get install postgresql)")
    user = _server_user()
    root = Path(tempfile.mkdtemp(prefix="annotator-pg-"))
    if user is not None:
        os.chown(root, user.pw_uid, user.pw_gid)
    root.chmod(0o755)  # the test process (root or us) connects through the socket in here
    server = PgServer(bindir, root, _free_port(), user, root / "server.log")
    done = server._run("initdb", "-D", str(root / "data"), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8",
                       "--locale=C", "--no-instructions")
    if done.returncode != 0:
        shutil.rmtree(root, ignore_errors=True)
        raise RuntimeError(f"initdb failed: {done.stdout}{done.stderr}")
    settings = [
        f"port = {server.port}",
        "listen_addresses = '127.0.0.1'",
        f"unix_socket_directories = '{root}'",
        "max_connections = 200",
        "shared_buffers = 64MB",
        "log_min_messages = warning",
    ]
    if not durable:
        settings += ["fsync = off", "synchronous_commit = off", "full_page_writes = off"]
    with open(root / "data" / "postgresql.conf", "a", encoding="utf-8") as conf:
        conf.write("\n".join(settings) + "\n")
    try:
        server.start()
    except BaseException:
        shutil.rmtree(root, ignore_errors=True)
        raise
    return server
