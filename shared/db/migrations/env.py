"""Alembic environment: runs on the connection that `shared.db.migrate` hands it."""

from alembic import context

from shared.db import models  # noqa: F401  (registers the tables on Base.metadata)
from shared.db.base import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things; batch mode copies the table instead.
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
