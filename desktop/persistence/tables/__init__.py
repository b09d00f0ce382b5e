"""sqlmodel table classes: the schema Alembic migrations must match (checked by a test)."""

from desktop.persistence.tables.base import metadata
from desktop.persistence.tables.core import AppMeta, OfficeInfoRow, PersonRow, UnitRow

__all__ = ["AppMeta", "OfficeInfoRow", "PersonRow", "UnitRow", "metadata"]
