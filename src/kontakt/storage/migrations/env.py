"""Alembic environment: migrations always run on a connection Kontakt hands in."""

from __future__ import annotations

from alembic import context

from kontakt.storage.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite's ALTER TABLE is limited; batch mode copies the table
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
