"""sqlmodel table classes: the schema Alembic migrations must match (checked by a test)."""

from desktop.persistence.tables.base import metadata
from desktop.persistence.tables.core import AppMeta, OfficeInfoRow, PersonRow, UnitRow
from desktop.persistence.tables.initiatives import AttachmentRow, InitiativeAuthorRow, InitiativeRow

__all__ = [
    "AppMeta",
    "AttachmentRow",
    "InitiativeAuthorRow",
    "InitiativeRow",
    "OfficeInfoRow",
    "PersonRow",
    "UnitRow",
    "metadata",
]
