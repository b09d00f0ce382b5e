"""sqlmodel table classes: the schema Alembic migrations must match (checked by a test)."""

from desktop.persistence.tables.base import metadata
from desktop.persistence.tables.core import AppMeta, OfficeInfoRow, PersonRow, UnitRow
from desktop.persistence.tables.initiatives import AttachmentRow, InitiativeAuthorRow, InitiativeRow
from desktop.persistence.tables.movements import (
    ContributionRow,
    MovementAwardFormRow,
    MovementCriterionRow,
    MovementGroupRow,
    MovementMilestoneRow,
    MovementRow,
    MovementTargetRow,
    PersonRatingRow,
    RegistrationRow,
    ScoreRow,
    SponsorshipRow,
    SupportActivityRow,
    UnitRatingRow,
)

__all__ = [
    "AppMeta",
    "AttachmentRow",
    "ContributionRow",
    "InitiativeAuthorRow",
    "InitiativeRow",
    "MovementAwardFormRow",
    "MovementCriterionRow",
    "MovementGroupRow",
    "MovementMilestoneRow",
    "MovementRow",
    "MovementTargetRow",
    "OfficeInfoRow",
    "PersonRatingRow",
    "PersonRow",
    "RegistrationRow",
    "ScoreRow",
    "SponsorshipRow",
    "SupportActivityRow",
    "UnitRatingRow",
    "UnitRow",
    "metadata",
]
