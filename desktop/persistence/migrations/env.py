"""Alembic environment: always given a connection by desktop.persistence.migrate."""

from alembic import context

from desktop.persistence.tables import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only `alembic revision --autogenerate` by hand
    from pathlib import Path

    from desktop.persistence.migrate import make_engine

    engine = make_engine(Path(context.config.get_main_option("sqlalchemy.url", "scratch.db")))
    connection = engine.connect()


def include_object(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    """FTS5 tables and their shadow tables are made by hand in migrations: never autogenerate them."""
    return not (type_ == "table" and name is not None and "_fts" in name)


context.configure(
    connection=connection,
    include_object=include_object,
    target_metadata=metadata,
    render_as_batch=True,
    transactional_ddl=True,
)
context.run_migrations()
