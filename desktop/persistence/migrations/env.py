"""Alembic environment: always given a connection by desktop.persistence.migrate."""

from alembic import context

from desktop.persistence.tables import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only `alembic revision --autogenerate` by hand
    from pathlib import Path

    from desktop.persistence.migrate import make_engine

    engine = make_engine(Path(context.config.get_main_option("sqlalchemy.url", "scratch.db")))
    connection = engine.connect()

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,
    transactional_ddl=True,
)
context.run_migrations()
