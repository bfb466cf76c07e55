"""A team's roles in a shared project, enforced by PostgreSQL itself (roles and row-level security).

Three group roles per database, ``<database>_annotator``, ``<database>_curator`` and ``<database>_manager``;
each person logs in as their own role, a member of one group, and the role's name is their annotator's
name in the project.  What each may do (docs/team.md):

- an **annotator** reads the documents assigned to them (``annotator assign``), with their shared
  suggestions, and reads and writes only their own annotation sets; nobody else's set is visible to them;
- a **curator** reads every document and every set, and writes only the curated set (and their own);
- a **manager** does everything: imports, detection (the shared suggestions), assignment, labels, models,
  exports, team membership.

Everyone reads the project's settings, label scheme, models and the list of annotators.  The owner of the
tables (who ran :func:`init_roles`, and who must run the schema migrations of later versions) is not
subject to the policies.  :func:`init_roles` may be run again (after a schema upgrade, say): it replaces the
grants and the policies.
"""

from __future__ import annotations

import time
from typing import Literal

from psycopg import sql

from annotator.store.base import CURATED, StoreError, check_annotator_name
from annotator.store.postgres import PostgresProject

Role = Literal["annotator", "curator", "manager"]
ROLES: tuple[Role, ...] = ("annotator", "curator", "manager")

# tables whose rows belong to someone: (table, the column naming whose set, the column naming the document)
_OWNED = (("sets", "annotator", "doc"), ("spans", "owner", "doc"), ("relations", "owner", "doc"))
_READ_ONLY = ("annotators", "counts", "project", "models", "annotator_schema")


def group_name(project: PostgresProject, role: Role) -> str:
    database = str(project._db.execute("SELECT current_database()").fetchone()[0])
    return f"{database}_{role}"[:63]


def _run(project: PostgresProject, statement: sql.Composed) -> None:
    project._pg.raw.execute(statement)


def init_roles(project: PostgresProject) -> dict[Role, str]:
    """Create the three group roles (if missing), grant each what it may do and turn on row-level security
    with its policies; returns each role's group name.  Run by the tables' owner, who needs CREATEROLE (or
    the groups made beforehand by a superuser)."""
    groups = {role: group_name(project, role) for role in ROLES}
    ident = {role: sql.Identifier(name) for role, name in groups.items()}
    me = sql.SQL("(SELECT pk FROM annotators WHERE name = current_user)")
    curated = sql.SQL("(SELECT pk FROM annotators WHERE name = {})").format(sql.Literal(CURATED))

    def assigned(column: str) -> sql.Composable:
        return sql.SQL("EXISTS (SELECT 1 FROM queues q WHERE q.doc = {} AND q.annotator = {})").format(
            sql.Identifier(column), me)

    with project._tx():
        for name in groups.values():
            exists = project._db.execute("SELECT 1 FROM pg_roles WHERE rolname = ?", (name,)).fetchone()
            if not exists:
                _run(project, sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(name)))
        database = sql.Identifier(str(project._db.execute("SELECT current_database()").fetchone()[0]))
        everyone = sql.SQL(", ").join(ident.values())
        _run(project, sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(database, everyone))
        _run(project, sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(everyone))
        _run(project, sql.SQL("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {}").format(everyone))
        _run(project, sql.SQL("GRANT SELECT ON ALL TABLES IN SCHEMA public TO {}").format(everyone))
        _run(project, sql.SQL("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {}").format(everyone))
        _run(project, sql.SQL("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {}").format(
            ident["manager"]))
        workers = sql.SQL(", ").join([ident["annotator"], ident["curator"]])
        _run(project, sql.SQL("GRANT INSERT, UPDATE, DELETE ON sets, spans, relations TO {}").format(workers))

        def policy(table: str, name: str, role: Role, command: str, using: sql.Composable,
                   check: sql.Composable | None = None) -> None:
            tab, pol = sql.Identifier(table), sql.Identifier(f"{role}_{name}")
            _run(project, sql.SQL("DROP POLICY IF EXISTS {} ON {}").format(pol, tab))
            with_check = sql.SQL(" WITH CHECK ({})").format(check) if check is not None else sql.SQL("")
            _run(project, sql.SQL("CREATE POLICY {} ON {} FOR " + command + " TO {} USING ({}){}").format(
                pol, tab, ident[role], using, with_check))

        true = sql.SQL("true")
        for table, key in (("documents", "pk"), ("texts", "pk"), ("queues", "doc")):
            _run(project, sql.SQL("ALTER TABLE {} ENABLE ROW LEVEL SECURITY").format(sql.Identifier(table)))
            policy(table, "all", "manager", "ALL", true, true)
            policy(table, "read", "curator", "SELECT", true)
            if table == "queues":
                policy(table, "read", "annotator", "SELECT", sql.SQL("annotator = {}").format(me))
            else:
                policy(table, "read", "annotator", "SELECT", assigned(key))
        for table, whose, doc in _OWNED:
            _run(project, sql.SQL("ALTER TABLE {} ENABLE ROW LEVEL SECURITY").format(sql.Identifier(table)))
            col = sql.Identifier(whose)
            own = sql.SQL("{} = {} AND {}").format(col, me, assigned(doc))
            policy(table, "all", "manager", "ALL", true, true)
            policy(table, "read", "curator", "SELECT", true)
            mine_or_curated = sql.SQL("{} IN ({}, {})").format(col, me, curated)
            policy(table, "write", "curator", "ALL", mine_or_curated, mine_or_curated)
            policy(table, "own", "annotator", "ALL", own, own)
            if table != "sets":  # the shared suggestions of the documents assigned to them
                policy(table, "shared", "annotator", "SELECT", sql.SQL("{} = 0 AND {}").format(col, assigned(doc)))
        project._db.execute("INSERT INTO annotators(name, created) VALUES (?, ?) ON CONFLICT(name) DO NOTHING",
                            (CURATED, time.time()))
    return groups


def add_member(project: PostgresProject, name: str, role: Role) -> str:
    """Make ``name`` a login role (if it is not one already) in ``role``'s group, and an annotator of the
    project; returns the group.  The role gets no password here: set one with ``ALTER ROLE … PASSWORD`` (or
    psql's ``\\password``), or use the server's other authentication (docs/team.md)."""
    name = check_annotator_name(name)
    if role not in ROLES:
        raise StoreError(f"{role!r} is not a role; choose from {', '.join(ROLES)}")
    group = group_name(project, role)
    with project._tx():
        if not project._db.execute("SELECT 1 FROM pg_roles WHERE rolname = ?", (group,)).fetchone():
            raise StoreError(f"{project.path} has no team roles yet: run `annotator team init-db` first")
        if not project._db.execute("SELECT 1 FROM pg_roles WHERE rolname = ?", (name,)).fetchone():
            _run(project, sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(name)))
        for other in ROLES:  # one role at a time: a move from annotator to curator leaves the annotators
            if other != role:
                _run(project, sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(group_name(project, other)),
                                                                  sql.Identifier(name)))
        _run(project, sql.SQL("GRANT {} TO {}").format(sql.Identifier(group), sql.Identifier(name)))
        project._db.execute("INSERT INTO annotators(name, created) VALUES (?, ?) ON CONFLICT(name) DO NOTHING",
                            (name, time.time()))
    return group
