"""The database: typed models, sessions, idempotent writes and Alembic migrations.

Works the same on SQLite (WAL) and PostgreSQL. Helpers take a `session` and never commit:
whoever opens the transaction (`with session_scope() as session`) decides when it ends.
"""

from shared.db.models import (
    Attempt,
    Blob,
    Document,
    Drop,
    Entity,
    EntityAlias,
    Fact,
    FactArgument,
    Mention,
)
from shared.db.session import get_engine, session_scope

__all__ = [
    "Attempt",
    "Blob",
    "Document",
    "Drop",
    "Entity",
    "EntityAlias",
    "Fact",
    "FactArgument",
    "Mention",
    "get_engine",
    "session_scope",
]
