"""Exchange packages between offices (.tdkt): kinds, states, refusals with stable codes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from desktop.domain.eligibility import Result
from desktop.domain.errors import FileRejected
from desktop.domain.proposals import SubjectType

FORMAT = "thidua-package"
FORMAT_VERSION = 1
EXTENSION = ".tdkt"


class PackageKind(StrEnum):
    """What a package carries."""

    PROPOSAL = "proposal"  # a batch up (đề nghị khen thưởng)
    REPLY = "reply"  # returned with reasons, or accepted (down)
    DECISION = "decision"  # the quyết định with its list (down)
    REPORT = "report"  # a periodic report with its tables (up)
    MOVEMENT = "movement"  # a movement plan with criteria and quotas (down)

    @property
    def label(self) -> str:
        """The Vietnamese name."""
        return {
            "proposal": "Hồ sơ đề nghị khen thưởng",
            "reply": "Trả lời hồ sơ đề nghị",
            "decision": "Quyết định khen thưởng",
            "report": "Báo cáo định kỳ",
            "movement": "Kế hoạch phong trào thi đua",
        }[self.value]


class ReceivedState(StrEnum):
    """Where a received package stands in Hồ sơ nhận."""

    NEW = "moi"  # received, not yet handled (a proposal waits for return or acceptance)
    RETURNED = "tra_lai"  # a proposal returned with reasons
    ACCEPTED = "da_tiep_nhan"  # a proposal accepted into one of the office's batches
    FILED = "da_ghi"  # a reply, decision, report or movement: written where it belongs

    @property
    def label(self) -> str:
        """The Vietnamese name."""
        return {
            "moi": "Mới nhận",
            "tra_lai": "Đã trả lại",
            "da_tiep_nhan": "Đã tiếp nhận",
            "da_ghi": "Đã ghi nhận",
        }[self.value]


class ReplyOutcome(StrEnum):
    """The answer to a proposal."""

    RETURNED = "returned"
    ACCEPTED = "accepted"


class PackageRefused(FileRejected):
    """A package refused before anything was written; `code` is stable, `params` fill it."""

    def __init__(self, code: str, message: str, **params: object) -> None:
        super().__init__(message, code, params)


@dataclass(frozen=True, slots=True)
class Office:
    """An office as a package names it."""

    uuid: str
    name: str
    parent_agency: str = ""
    fingerprint: str = ""
    public_key: str = ""


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field of an existing record the package would change."""

    field: str
    old: str
    new: str


@dataclass(frozen=True, slots=True)
class RecordChange:
    """One record a package adds or changes (`matched_by`: uuid | cccd | key | "" for new)."""

    table: str
    label: str
    matched_by: str
    changes: tuple[FieldChange, ...] = ()

    @property
    def is_new(self) -> bool:
        """True when the record will be added."""
        return not self.matched_by


@dataclass(frozen=True, slots=True)
class PackageAttachment:
    """A kept file a package carries: its member, original name, kind, size, SHA-256 and whose
    it is (a nominee's uuid at the sending office, or "" for the batch or decision)."""

    member: str
    name: str
    kind: str
    size: int
    sha256: str
    nominee: str = ""


def safe_file_name(name: str) -> str:
    """A sender's file name made safe to write here: no folder separators or control characters."""
    return "".join("_" if c in "/\\:" or ord(c) < 32 else c for c in name).strip(". ") or "tep"


def attachments_of(records: dict[str, object]) -> tuple[PackageAttachment, ...]:
    """The kept files a package's records name (ValueError when the list is malformed)."""
    listed = records.get("attachments", [])
    if not isinstance(listed, list) or not all(isinstance(a, dict) for a in listed):
        raise ValueError("attachments")
    return tuple(
        PackageAttachment(
            str(a.get("member", "")),
            str(a.get("name", "")),
            str(a.get("kind", "")),
            int(a.get("size", 0)),
            str(a.get("sha256", "")),
            str(a.get("nominee", "")),
        )
        for a in listed
    )


@dataclass(frozen=True, slots=True)
class Preview:
    """What receiving a package would do, before anything is written."""

    package_id: str
    sha256: str
    kind: PackageKind
    title: str
    created_at: datetime
    program_version: str
    sender: Office
    receiver: Office
    signature_ok: bool
    sender_known: bool  # the office and its key were trusted before
    sender_key_changed: bool  # the office is known with another key
    already_received: bool
    records: tuple[RecordChange, ...] = ()
    notes: tuple[str, ...] = field(default_factory=tuple)
    attachments: tuple[PackageAttachment, ...] = ()

    @property
    def added(self) -> int:
        """How many records will be added."""
        return sum(1 for r in self.records if r.is_new)

    @property
    def changed(self) -> int:
        """How many existing records will change."""
        return sum(1 for r in self.records if not r.is_new and r.changes)


@dataclass(frozen=True, slots=True)
class ReceivedPackage:
    """A received package as Hồ sơ nhận lists it."""

    id: int
    package_id: str
    sha256: str
    kind: PackageKind
    title: str
    sender_uuid: str
    sender_name: str
    sender_fingerprint: str
    created_at: datetime  # when the sender made the package (its own clock)
    received_at: datetime
    state: ReceivedState
    state_note: str
    summary: str
    dossier_size: int
    batch_id: int | None


@dataclass(frozen=True, slots=True)
class ReceivedFile:
    """A kept file a received proposal carried, its bytes stored with it."""

    id: int
    package_id: int
    position: int
    name: str
    kind: str
    nominee_uuid: str | None
    size: int
    sha256: str


@dataclass(frozen=True, slots=True)
class ReceivedNominee:
    """A nominee of a received proposal with this office's verdict."""

    id: int
    source_uuid: str
    position: int
    subject_kind: SubjectType
    person_id: int | None
    unit_id: int | None
    household_name: str
    name: str
    award_code: str
    summary: str
    sender_eligibility: str  # as the sender's package says it (another office's words)
    eligibility: Result | None  # None until judged here
    eligibility_reasons: str
    nominee_id: int | None
