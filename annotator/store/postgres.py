"""The project store in a PostgreSQL database: a shared project that many annotators write at once.

:class:`PostgresProject` is :class:`~annotator.store.sqlite.SqliteProject` on a PostgreSQL connection
(psycopg 3): the same queries, the same migrations (:mod:`annotator.store.schema` renders each step for
PostgreSQL), the same events.  What differs is here: the connection (libpq's conventions: a
``postgresql://`` URL or ``postgresql:///db?service=NAME``, ``~/.pg_service.conf``, ``PGPASSFILE``,
``sslmode`` in the URL), the transaction (``BEGIN``/``COMMIT`` on a connection in autocommit mode, so a
read outside a transaction sees others' latest commits), the schema version (table ``annotator_schema``;
migrations take an advisory lock, so two first opens cannot both migrate), and errors (a lost server or a
refused permission is a :class:`StoreError`: the edit was not saved).

A password written in the URL is used to connect but never kept in ``path`` (which the window remembers):
it lives only in this process's memory, so a worker thread can reopen the project.  Prefer a password
file or a service file (docs/team.md).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import orjson

import psycopg
from psycopg import pq, sql

from annotator.core.events import (
    DocEvent,
    DocumentsAdded,
    DocumentsRemoved,
    Emitter,
    Event,
    ModelChanged,
    RelationAdded,
    RelationRemoved,
    SchemeChanged,
    SetReplaced,
    SettingChanged,
    SpanAdded,
    SpanChanged,
    SpanRemoved,
    SpansStatusChanged,
    StatusChanged,
    SuggestionsReplaced,
)
from annotator.core.model import DocStatus
from annotator.store.base import (DEFAULT_ANNOTATOR, SCHEMA_VERSION, NeedsUpgrade, StoreError, check_annotator_name,
                                  without_password)
from annotator.store.queries import Db
from annotator.store.schema import MIGRATIONS, render
from annotator.store.sqlite import SqliteProject
from annotator.store.tokens import ProjectTokens

_MIGRATION_LOCK = 0x616E6E6F  # pg_advisory_xact_lock key held while a project is migrated
_conninfo: dict[str, str] = {}  # display URL -> the URL as given (with its password), this process only
_conninfo_guard = threading.Lock()
# SQLSTATE classes that mean "this edit was not saved, through no bug of ours": connection (08), transaction
# rollback (40: serialization failure, deadlock), insufficient resources (53), operator intervention (57:
# the server shutting down), and 42501 (insufficient privilege: the role may not write there).
_NOT_SAVED_CLASSES = ("08", "40", "53", "57")
CHANNEL = "annotator"  # LISTEN/NOTIFY channel of the project's changes (one per database)
_MAX_PAYLOAD = 7000  # NOTIFY takes up to 8000 bytes; a longer list of documents is sent as "some"
# the edits of one set: announced inside their own transaction (see PostgresProject._tx), not after it
_SET_EDITS = (SpanAdded, SpanChanged, SpanRemoved, RelationAdded, RelationRemoved, StatusChanged, SpansStatusChanged)


class PgConnection:
    """A psycopg connection in autocommit mode that speaks the store's SQL: ``?`` parameters (``%`` is
    literal), rows as tuples.  Outside a transaction a statement that finds the connection lost reconnects
    once and runs again (a read, or a BEGIN); inside one the error goes up and the transaction is lost."""

    def __init__(self, conninfo: str):
        self._conninfo = conninfo
        self._sql: dict[str, str] = {}
        self.in_transaction = False
        self.on_connect: list[Callable[[], None]] = []  # run after each reconnection (LISTEN again)
        self._conn = self._connect()

    def _connect(self) -> psycopg.Connection[Any]:
        try:
            return psycopg.connect(self._conninfo, autocommit=True, application_name="annotator",
                                   connect_timeout=30)
        except psycopg.OperationalError as exc:
            raise StoreError(f"{without_password(self._conninfo)}: cannot connect ({str(exc).strip()})") from None

    @property
    def raw(self) -> psycopg.Connection[Any]:
        return self._conn

    def _translate(self, sql: str) -> str:
        out = self._sql.get(sql)
        if out is None:
            out = self._sql[sql] = sql.replace("%", "%%").replace("?", "%s")
        return out

    def reconnect(self) -> None:
        self._conn.close()
        self._conn = self._connect()
        for callback in self.on_connect:
            callback()

    def _run(self, sql: str, parameters: Sequence[Any] | None, many: bool = False) -> Any:
        for attempt in (0, 1):
            if self._conn.broken or self._conn.closed:
                if self.in_transaction:
                    raise StoreError("not saved: the connection to the server was lost")
                self.reconnect()
            try:
                if many:
                    cur = self._conn.cursor()
                    cur.executemany(self._translate(sql), parameters or [])
                    return cur
                if parameters:
                    return self._conn.execute(self._translate(sql), parameters)
                return self._conn.execute(sql)  # our own SQL, never user input
            except psycopg.OperationalError:
                if self.in_transaction or attempt or not self._conn.broken:
                    raise
        raise AssertionError("unreachable")

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> Any:
        return self._run(sql, parameters)

    def executemany(self, sql: str, parameters: Iterable[Sequence[Any]], /) -> Any:
        return self._run(sql, list(parameters), many=True)

    def close(self) -> None:
        self._conn.close()


class _Announcing(Emitter):
    """The store's emitter; each event it carries is also announced to the project's other clients."""

    def __init__(self, announce: Callable[[Event], None]):
        super().__init__()
        self._announce = announce

    def emit(self, event: Event) -> None:
        super().emit(event)
        self._announce(event)


class PostgresProject(SqliteProject):
    """Others' changes reach a window by LISTEN/NOTIFY: after each commit, the event this store emits is
    also sent (``pg_notify``) on :data:`CHANNEL` with the document, the set's name and the kind of change;
    :meth:`poll_others` turns what other clients sent into this store's typed events (a change to a set is
    :class:`SetReplaced`: read it again).  An edit of a set sends its notification in the same round trip as
    its COMMIT, so it is delivered if and only if the edit was committed; other changes (imports, detection,
    settings) announce theirs just after the commit, so a client killed in between leaves the others to see
    that change when they next read it."""

    _LIKE = "ILIKE"
    _DETECTED = "convert_from(meta, 'UTF8')::jsonb ->> 'detected'"

    def __init__(self, url: str, *, annotator: str | None = None, readonly: bool = False, create: bool = True):
        self.path = without_password(url)
        with _conninfo_guard:
            if self.path != url:
                _conninfo[self.path] = url
            url = _conninfo.get(self.path, url)
        self.readonly = readonly
        self._note: str | None = None  # the notification of the set edit in progress
        self.events = _Announcing(self._announce)
        self._pg = PgConnection(url)
        self._db: Db = self._pg
        try:
            self._listen()
            self._pg.on_connect.append(self._listen)
            self._migrate(create)
            self.annotator = check_annotator_name(annotator or self._login_annotator())
            self.set_name = self.annotator
            self._restricted = self._is_annotator_role()
            self._me = self._view = self._annotator_pk(self.annotator)
        except psycopg.Error as exc:
            self.close()
            raise StoreError(f"{self.path}: cannot open the project ({str(exc).strip()})") from None
        except BaseException:
            self.close()
            raise

    # -- set-up ---------------------------------------------------------------------------------
    def _login_annotator(self) -> str:
        """Who works when no name is given: the login role, if it is one of the project's annotators (a team
        member, ``annotator team add-user``), else :data:`DEFAULT_ANNOTATOR`."""
        row = self._db.execute("SELECT name FROM annotators WHERE name = current_user").fetchone()
        return str(row[0]) if row else DEFAULT_ANNOTATOR

    def _is_annotator_role(self) -> bool:
        """Whether the login role is in the annotators' group (annotator.store.roles), who see only the
        documents assigned to them."""
        return bool(self._db.execute(
            "SELECT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = current_user "
            "AND g.rolname = left(current_database() || '_annotator', 63))").fetchone()[0])

    def _version(self) -> int:
        # pg_tables, not to_regclass: a catalog cache may not yet know of a table another client just
        # committed (two first opens, one waiting for the other's migration)
        if not self._db.execute("SELECT 1 FROM pg_tables WHERE schemaname = current_schema() "
                                "AND tablename = 'annotator_schema'").fetchone():
            return 0
        return int(self._db.execute("SELECT version FROM annotator_schema").fetchone()[0])

    def _migrate(self, create: bool = True) -> None:
        version = self._version()
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.path} was made by a newer annotator (schema {version}); please update the app")
        if version == SCHEMA_VERSION:
            return
        if version == 0 and (self.readonly or not create):
            raise StoreError(f"{self.path}: no project in this database")
        if self.readonly:
            raise NeedsUpgrade(f"{self.path} needs a schema upgrade; open it once without read-only")
        with self._tx() as db:
            db.execute("SELECT pg_advisory_xact_lock(?)", (_MIGRATION_LOCK,))
            version = self._version()  # another client may have migrated while we waited
            if version == SCHEMA_VERSION:
                return
            if version == 0:
                db.execute("CREATE TABLE annotator_schema (version INTEGER NOT NULL)")
                db.execute("INSERT INTO annotator_schema(version) VALUES (0)")
            for target in range(version + 1, SCHEMA_VERSION + 1):
                for step in MIGRATIONS[target]:
                    for statement in render(step, "postgres"):
                        db.execute(statement)
            if version == 0:
                self._new_project_settings()
            # rows copied with their keys by a migration leave an identity column's sequence behind them
            for table, column in db.execute(
                    "SELECT table_name, column_name FROM information_schema.columns "
                    "WHERE table_schema = current_schema() AND is_identity = 'YES'").fetchall():
                db.execute(f"SELECT setval(pg_get_serial_sequence(?, ?), coalesce(max({column}), 0) + 1, false) "
                           f"FROM {table}", (table, column))
            db.execute("UPDATE annotator_schema SET version = ?", (SCHEMA_VERSION,))

    def token_cache(self) -> ProjectTokens:
        return ProjectTokens(self)  # open read-only, a shared project keeps no bounds

    @contextmanager
    def _tx(self) -> Iterator[Db]:
        if self.readonly:
            raise StoreError(f"{self.path} is open read-only")
        try:
            self._pg.execute("BEGIN")
        except psycopg.Error as exc:
            raise StoreError(f"not saved: the server cannot be reached ({str(exc).strip()})") from None
        self._pg.in_transaction = True
        self._note = None
        try:
            yield self._db
            if self._note is None:
                self._pg.execute("COMMIT")
            else:  # one round trip: delivered with the commit, or not at all
                self._pg.raw.execute(sql.SQL("SELECT pg_notify({}, {}); COMMIT").format(
                    sql.Literal(CHANNEL), sql.Literal(self._note)))
        except psycopg.Error as exc:
            self._rollback()
            state = exc.sqlstate or ""
            if isinstance(exc, psycopg.OperationalError) or state[:2] in _NOT_SAVED_CLASSES or state == "42501":
                raise StoreError(f"not saved: {str(exc).strip()}") from None
            raise
        except BaseException:
            self._rollback()
            raise
        finally:
            self._pg.in_transaction = False
            self._note = None

    def _touch(self, pk: int, owner: int) -> None:
        super()._touch(pk, owner)
        self._note = orjson.dumps({"k": "set", "d": pk, "s": self.set_name}).decode()

    def _set_status(self, pk: int, owner: int, status: DocStatus) -> DocStatus:
        old = super()._set_status(pk, owner, status)
        self._note = orjson.dumps({"k": "set", "d": pk, "s": self.set_name}).decode()
        return old

    def _rollback(self) -> None:
        conn = self._pg.raw
        if conn.closed or conn.broken:
            return
        if conn.info.transaction_status != pq.TransactionStatus.IDLE:
            try:
                conn.execute("ROLLBACK")
            except psycopg.Error:
                pass  # the connection went: so did the transaction

    # -- others' changes (LISTEN/NOTIFY) -------------------------------------------------------------
    def _listen(self) -> None:
        self._pg.raw.execute(f"LISTEN {CHANNEL}")

    def _announce(self, event: Event) -> None:
        if isinstance(event, _SET_EDITS):
            return  # sent with its commit
        data: dict[str, Any] = {"k": str(event.kind), "d": event.doc}
        if isinstance(event, DocEvent):
            data["s"] = self.set_name
        if isinstance(event, (DocumentsAdded, DocumentsRemoved)):
            data["pks"] = list(event.pks)
        elif isinstance(event, SettingChanged):
            data["key"] = event.key
        elif isinstance(event, ModelChanged):
            data["layer"], data["version"] = event.layer, event.version
        payload = orjson.dumps(data).decode()
        if len(payload) > _MAX_PAYLOAD:
            data["pks"] = []
            payload = orjson.dumps(data).decode()
        try:
            self._pg.execute("SELECT pg_notify(?, ?)", (CHANNEL, payload))
        except (psycopg.Error, StoreError):
            pass  # the edit is saved; the others will see it when they next read

    def poll_others(self) -> int:
        try:
            # a round trip finds a lost connection now (and reconnects and listens again), not at the next poll
            self._pg.execute("SELECT 1")
            received = list(self._pg.raw.notifies(timeout=0))
        except (psycopg.Error, StoreError):
            return 0  # the server is away: the next poll tries again
        conn = self._pg.raw
        mine = conn.info.backend_pid
        events: list[Event] = []
        for note in received:
            if note.pid == mine or note.channel != CHANNEL:
                continue
            try:
                event = self._event_of(orjson.loads(note.payload))
            except (orjson.JSONDecodeError, KeyError, TypeError, ValueError):
                continue  # not ours
            if event is not None and event not in events:
                events.append(event)
        for event in events:
            Emitter.emit(self.events, event)  # others' changes are not announced again
        return len(events)

    def _event_of(self, data: dict[str, Any]) -> Event | None:
        kind, doc = data["k"], data.get("d")
        if kind in ("setting_changed", "scheme_changed"):
            self.__dict__.pop("scheme", None)  # the label scheme may have changed: read it again
            return SchemeChanged() if kind == "scheme_changed" else SettingChanged(key=str(data["key"]))
        if kind == "documents_added":
            return DocumentsAdded(pks=tuple(int(pk) for pk in data["pks"]))
        if kind == "documents_removed":
            return DocumentsRemoved(pks=tuple(int(pk) for pk in data["pks"]))
        if kind == "model_changed":
            version = data.get("version")
            return ModelChanged(layer=str(data["layer"]), version=None if version is None else int(version))
        if doc is None:
            return None
        if kind == "suggestions_replaced":  # detection: the shared suggestions and every set
            return SuggestionsReplaced(doc=int(doc), spans=())
        return SetReplaced(doc=int(doc), name=str(data["s"]))  # an edit of someone's set: read it again

    def progress(self) -> dict[str, int]:
        counts = super().progress()
        if self._restricted:  # the total counts every document; an annotator sees those assigned to them
            total = int(self._db.execute("SELECT count(*) FROM documents").fetchone()[0])
            counts["todo"] = total - counts["done"] - counts["skipped"]
            counts["total"] = total
        return counts

    def _bulk_import(self, on: bool) -> None:
        """Every commit is durable on the server; nothing to change for a bulk import."""

    @contextmanager
    def bulk_load(self) -> Iterator[None]:
        """Others may write a shared project at any time: no bulk mode."""
        yield

    _UNIQUE_VIOLATION = (psycopg.IntegrityError,)

    @staticmethod
    def _text(data: bytes | memoryview) -> bytes | memoryview | str:
        return str(data, "utf-8")

    def _lock_documents(self) -> None:
        # the keys of new documents are max(pk) + 1 onwards: one importer at a time (readers go on)
        self._db.execute("LOCK TABLE documents IN SHARE ROW EXCLUSIVE MODE")
