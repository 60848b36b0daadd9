"""Many rows in one statement, on SQLite and PostgreSQL alike.

A document's results are a few hundred rows in five tables. On PostgreSQL, psycopg sends
an executemany as one prepared statement per row, and a multi-row VALUES list is a new
statement text for every row count, parsed anew each time: both cost more CPU than the
rows themselves. There, the rows go as one JSON document, encoded in C by the json
module and read back by the server's `json_to_recordset`, in a statement whose text
depends only on the columns. SQLite runs executemany in C and gets it as before, and so
does a table with binary columns (JSON has no bytes).
"""

import json
from collections.abc import Sequence
from datetime import datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import LargeBinary, Table, insert, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

_POSTGRES = postgresql.dialect()
_NEXT_IDS = text("SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :n)")


def insert_rows(
    session: Session, table: Table, rows: Sequence[dict[str, Any]], ignore: Sequence[str] = ()
) -> None:
    """INSERT the rows (each with the same keys); with `ignore`, ON CONFLICT (ignore) DO
    NOTHING."""
    if not rows:
        return
    postgres = session.get_bind().dialect.name == "postgresql"
    if not postgres or any(isinstance(c.type, LargeBinary) for c in table.c):
        statement = (postgresql if postgres else sqlite).insert(table)
        if ignore:
            statement = statement.on_conflict_do_nothing(index_elements=list(ignore))
        session.execute(statement, list(rows))
        return
    full = _with_defaults(table, rows)
    statement = text(_recordset_insert(table, tuple(full[0]), tuple(ignore)))
    session.execute(statement, {"rows": json.dumps(full, default=_iso, ensure_ascii=False)})


def insert_returning_ids(
    session: Session, table: Table, rows: Sequence[dict[str, Any]]
) -> list[int]:
    """INSERT the rows and return their new ids (column "id"), in the rows' order."""
    if not rows:
        return []
    if session.get_bind().dialect.name != "postgresql":
        statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        return list(session.scalars(statement, list(rows)))
    # The ids first, from the table's sequence: RETURNING after INSERT … SELECT promises
    # no order.
    ids = list(session.scalars(_NEXT_IDS, {"table": table.name, "n": len(rows)}))
    with_ids = [{"id": id_, **row} for id_, row in zip(ids, rows, strict=True)]
    insert_rows(session, table, with_ids)
    return ids


@lru_cache
def _recordset_insert(table: Table, columns: tuple[str, ...], ignore: tuple[str, ...]) -> str:
    quote = _POSTGRES.identifier_preparer.quote
    names = ", ".join(quote(c) for c in columns)
    types = ", ".join(f"{quote(c)} {table.c[c].type.compile(dialect=_POSTGRES)}" for c in columns)
    sql = (
        f"INSERT INTO {quote(table.name)} ({names}) "
        f"SELECT {names} FROM json_to_recordset(CAST(:rows AS JSON)) AS rows({types})"
    )
    if ignore:
        sql += f" ON CONFLICT ({', '.join(quote(c) for c in ignore)}) DO NOTHING"
    return sql


def _with_defaults(table: Table, rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows with the columns' Python-side defaults filled in, as SQLAlchemy would."""
    defaults = {}
    for column in table.c:
        default = column.default
        if column.name not in rows[0] and default is not None:
            if default.is_callable:
                defaults[column.name] = default.arg(None)  # type: ignore[attr-defined]
            elif default.is_scalar:
                defaults[column.name] = default.arg  # type: ignore[attr-defined]
    return [{**row, **defaults} for row in rows] if defaults else list(rows)


def _iso(value: Any) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} does not go into JSON")
