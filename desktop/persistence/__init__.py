"""The only package that talks to SQLite (sqlite3, sqlmodel, SQLAlchemy, Alembic)."""

from desktop.persistence.db import Connection, Database, open_database

__all__ = ["Connection", "Database", "open_database"]
