"""Alembic environment: the connection comes from `Storage.migrate()` (or a URL in the
Alembic config when a maintainer runs `alembic` by hand)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from api.storage import Base

config = context.config
connection = config.attributes.get("connection")

if connection is None:
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "")
    with engine.begin() as conn:
        context.configure(connection=conn, target_metadata=Base.metadata,
                          render_as_batch=conn.dialect.name == "sqlite")
        context.run_migrations()
else:
    context.configure(connection=connection, target_metadata=Base.metadata,
                      render_as_batch=connection.dialect.name == "sqlite")
    context.run_migrations()
