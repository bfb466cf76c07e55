"""Test set-up for the whole suite: headless Qt, and a private HOME,
data folder and QSettings for every test."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
TESTS = Path(__file__).resolve().parent


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # pragma: no cover - Qt is a dependency
        yield home
        return
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(home / ".config"))
    yield home


@pytest.fixture
def shared_data() -> Path:
    if not DATA.is_dir():
        pytest.skip(f"development data not found at {DATA}")
    return DATA


# -- PostgreSQL: a real server for the session, a fresh database for each test (tests/pgserver.py) ---------
def _no_postgres(reason: str) -> None:
    if os.environ.get("CI") == "true":  # CI must run them: `make test` installs Debian's postgresql
        pytest.fail(f"the PostgreSQL tests cannot run in CI: {reason}")
    pytest.skip(f"PostgreSQL tests skipped: {reason}")


@pytest.fixture(scope="session")
def pg_server():
    """A PostgreSQL server started for this test session (as an unprivileged user when we are root), with a
    migrated empty project as the template of every test's database; stopped at the end."""
    import pgserver

    try:
        import psycopg
    except ImportError:
        _no_postgres("psycopg is not installed (pip install -e '.[test]')")
    if pgserver.find_bindir() is None:
        _no_postgres("PostgreSQL's server programs are not installed (apt-get install postgresql)")
    server = pgserver.start()
    try:
        with psycopg.connect(server.url(), autocommit=True) as conn:
            conn.execute("CREATE DATABASE annotator_template")
        from annotator.store import open_project

        open_project(server.url("annotator_template")).close()
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_url(pg_server):
    """The URL of a new database holding an empty project (the server's superuser connects)."""
    import uuid

    import psycopg

    name = f"test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_server.url(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE annotator_template")
    yield pg_server.url(name)
    with psycopg.connect(pg_server.url(), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(params=["sqlite", "postgres"])
def project_location(request, tmp_path) -> str:
    """Where a test's project lives, once per store: a new SQLite file, then a new PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "p.annotator")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def pg_team(pg_url, pg_server):
    """``pg_team({"alice": "annotator", ...})`` gives the project of ``pg_url`` its team roles (``annotator
    team init-db`` and ``add-user``) and returns ``url_as(name)``: the project's URL logging in as that role.
    The roles are the server's, so they are dropped afterwards."""
    import psycopg

    from annotator.store import open_project
    from annotator.store.roles import add_member, init_roles

    database = pg_url.rsplit("/", 1)[1]
    made: list[str] = []

    def make(roles: dict[str, str]):
        with open_project(pg_url) as owner:
            init_roles(owner)
            for name, role in roles.items():
                add_member(owner, name, role)
                made.append(name)
        return lambda name: pg_server.url(database, user=name)

    yield make
    with psycopg.connect(pg_server.url(), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
        for name in made:
            conn.execute(f'DROP ROLE IF EXISTS "{name}"')
        for group in ("annotator", "curator", "manager"):
            conn.execute(f'DROP ROLE IF EXISTS "{database}_{group}"')
