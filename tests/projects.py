"""Reading a project's tables directly, in a SQLite file or a PostgreSQL database (``?`` parameters)."""

from __future__ import annotations

import sqlite3
from typing import Any


def raw_query(location: str, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if location.startswith(("postgresql://", "postgres://")):
        import psycopg

        with psycopg.connect(location, autocommit=True) as conn:
            return conn.execute(sql.replace("?", "%s"), params).fetchall()  # type: ignore[arg-type]
    db = sqlite3.connect(location)
    try:
        return db.execute(sql, params).fetchall()
    finally:
        db.close()
