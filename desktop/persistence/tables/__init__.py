"""sqlmodel table classes: the schema Alembic migrations must match (checked by a test)."""

from desktop.persistence.tables.audit import AccountRow, AuditEventRow, AuditPendingRow
from desktop.persistence.tables.awards import (
    AwardRecordRow,
    BatchEventRow,
    MovementQuotaRow,
    NomineeInitiativeRow,
    NomineeRow,
    ProposalBatchRow,
)
from desktop.persistence.tables.base import metadata
from desktop.persistence.tables.blocs import (
    BlocCriterionRow,
    BlocMemberRow,
    BlocScoreRow,
    BlocYearRow,
    CovenantCommitmentRow,
    CovenantPartyRow,
    CovenantRow,
)
from desktop.persistence.tables.certificates import (
    CertificateLayoutRow,
    CertificateRegisterRow,
    PrinterCalibrationRow,
)
from desktop.persistence.tables.core import AppMeta, OfficeInfoRow, PersonRow, UnitRow
from desktop.persistence.tables.council import CouncilMemberRow, MeetingAttendanceRow
from desktop.persistence.tables.desk import BatchFileRow, DeadlineRow
from desktop.persistence.tables.documents import (
    BatchPaperRow,
    IssuedDocumentRow,
    OutgoingRegisterRow,
    PaperSettingRow,
)
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
from desktop.persistence.tables.packages import (
    KnownOfficeRow,
    ReceivedNomineeRow,
    ReceivedPackageRow,
)
from desktop.persistence.tables.recycle_bin import RecycleBinRow
from desktop.persistence.tables.reports import ReportRow
from desktop.persistence.tables.rewards import BaseSalaryRow, DecisionDraftRow  # decision
from desktop.persistence.tables.subjects import (
    BlocLeaderRow,
    EmulationBlocRow,
    HouseholdRow,
    PersonPositionRow,
)
from desktop.persistence.tables.targets import (
    CandidateRuleRow,
    MovementActivityFileRow,
    MovementActivityRow,
    MovementTargetYearRow,
)
from desktop.persistence.tables.unit_names import (
    OfficeNamePeriodRow,
    UnitMergeMovedRow,
    UnitMergeRow,
    UnitNamePeriodRow,
)

# Since schema 23 the id of every table with a uuid is AUTOINCREMENT: never given out twice
# (migration 0023_autoincrement).
for _table in metadata.tables.values():
    if "uuid" in _table.c:
        _table.dialect_kwargs["sqlite_autoincrement"] = True

__all__ = [
    "AccountRow",
    "AppMeta",
    "AttachmentRow",
    "AuditEventRow",
    "AuditPendingRow",
    "AwardRecordRow",
    "BaseSalaryRow",
    "BatchEventRow",
    "BatchFileRow",
    "BatchPaperRow",
    "BlocCriterionRow",
    "BlocLeaderRow",
    "BlocMemberRow",
    "BlocScoreRow",
    "BlocYearRow",
    "CandidateRuleRow",
    "CertificateLayoutRow",
    "CertificateRegisterRow",
    "ContributionRow",
    "CouncilMemberRow",
    "CovenantCommitmentRow",
    "CovenantPartyRow",
    "CovenantRow",
    "DeadlineRow",
    "DecisionDraftRow",
    "EmulationBlocRow",
    "HouseholdRow",
    "InitiativeAuthorRow",
    "InitiativeRow",
    "IssuedDocumentRow",
    "KnownOfficeRow",
    "MeetingAttendanceRow",
    "MovementActivityFileRow",
    "MovementActivityRow",
    "MovementAwardFormRow",
    "MovementCriterionRow",
    "MovementGroupRow",
    "MovementMilestoneRow",
    "MovementQuotaRow",
    "MovementRow",
    "MovementTargetRow",
    "MovementTargetYearRow",
    "NomineeInitiativeRow",
    "NomineeRow",
    "OfficeInfoRow",
    "OfficeNamePeriodRow",
    "OutgoingRegisterRow",
    "PaperSettingRow",
    "PersonPositionRow",
    "PersonRatingRow",
    "PersonRow",
    "PrinterCalibrationRow",
    "ProposalBatchRow",
    "ReceivedNomineeRow",
    "ReceivedPackageRow",
    "RecycleBinRow",
    "RegistrationRow",
    "ReportRow",
    "ScoreRow",
    "SponsorshipRow",
    "SupportActivityRow",
    "UnitMergeMovedRow",
    "UnitMergeRow",
    "UnitNamePeriodRow",
    "UnitRatingRow",
    "UnitRow",
    "metadata",
]
