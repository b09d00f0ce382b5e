"""The only package that talks to SQLite (sqlite3, sqlmodel, SQLAlchemy, Alembic)."""

from desktop.persistence.db import Database, open_database

__all__ = ["Database", "open_database"]
