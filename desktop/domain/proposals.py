"""Proposal batches (đợt đề nghị khen thưởng): inputs, the state machine and submission checks."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum

from desktop.domain.awards import Catalog, CommendationType
from desktop.domain.errors import ConflictError, ValidationError
from desktop.domain.text import clean


class BatchState(StrEnum):
    """Where a batch is in its life."""

    DRAFT = "du_thao"
    MET = "da_hop"
    SUBMITTED = "da_trinh"
    DECIDED = "da_quyet_dinh"

    @property
    def label(self) -> str:
        """Vietnamese label."""
        return {
            "du_thao": "Dự thảo",
            "da_hop": "Đã họp Hội đồng",
            "da_trinh": "Đã trình",
            "da_quyet_dinh": "Đã có quyết định",
        }[self.value]


# Forward steps; "trả lại để bổ sung" goes back to DRAFT from MET or SUBMITTED, with a reason.
_FORWARD = {
    BatchState.DRAFT: BatchState.MET,
    BatchState.MET: BatchState.SUBMITTED,
    BatchState.SUBMITTED: BatchState.DECIDED,
}


def check_transition(current: BatchState, target: BatchState, note: str) -> None:
    """Raise ConflictError unless `current → target` is allowed (a return needs a reason)."""
    if _FORWARD.get(current) is target:
        return
    if target is BatchState.DRAFT and current in (BatchState.MET, BatchState.SUBMITTED):
        if not clean(note):
            raise ValidationError("note", "reason_required", "Trả lại để bổ sung cần ghi lý do.")
        return
    raise ConflictError(
        "bad_transition",
        f"Không thể chuyển đợt đề nghị từ “{current.label}” sang “{target.label}”.",
    )


class SubjectType(StrEnum):
    """What a nominee is."""

    PERSON = "person"
    UNIT = "unit"
    HOUSEHOLD = "household"

    @property
    def label(self) -> str:
        """Vietnamese label."""
        return {"person": "Cá nhân", "unit": "Tập thể", "household": "Hộ gia đình"}[self.value]


class Outcome(StrEnum):
    """Per-nominee result of the decision."""

    PENDING = ""
    GRANTED = "duoc_khen"
    REFUSED = "khong_duoc_khen"


@dataclass(frozen=True, slots=True)
class BatchInput:
    """The head of a batch."""

    title: str
    kind: CommendationType
    year: int
    movement_id: int | None = None
    addressee: str = ""
    signer_name: str = ""
    signer_title: str = ""

    def validated(self, today: date | None = None) -> BatchInput:
        """Cleaned copy or ValidationError."""
        today = today or date.today()
        title = clean(self.title)
        if not title:
            raise ValidationError("title", "required", "Tên đợt đề nghị không được để trống.")
        if not 1990 <= self.year <= today.year + 1:
            raise ValidationError(
                "year", "year_range", f"Năm phải trong khoảng 1990 - {today.year + 1}."
            )
        if self.kind is CommendationType.MOVEMENT and self.movement_id is None:
            raise ValidationError(
                "movement_id",
                "required",
                "Khen thưởng theo phong trào thi đua cần chọn phong trào.",
            )
        return replace(
            self,
            title=title,
            addressee=clean(self.addressee),
            signer_name=clean(self.signer_name),
            signer_title=clean(self.signer_title),
        )


@dataclass(frozen=True, slots=True)
class MeetingInput:
    """The council meeting (họp Hội đồng Thi đua - Khen thưởng)."""

    held_on: datetime  # start of the meeting
    place: str
    chair: str
    secretary: str
    members_total: int
    members_present: int
    members_absent_written: int = 0
    ended_at: datetime | None = None

    def validated(self) -> MeetingInput:
        """Cleaned copy or ValidationError."""
        if self.members_total <= 0:
            raise ValidationError(
                "members_total", "positive", "Tổng số thành viên Hội đồng phải lớn hơn 0."
            )
        if not 0 <= self.members_present <= self.members_total:
            raise ValidationError(
                "members_present", "range", "Số thành viên có mặt phải từ 0 đến tổng số thành viên."
            )
        if not 0 <= self.members_absent_written <= self.members_total - self.members_present:
            raise ValidationError(
                "members_absent_written",
                "range",
                "Số vắng mặt có ý kiến bằng văn bản không được quá số thành viên vắng mặt.",
            )
        if self.ended_at is not None and self.ended_at < self.held_on:
            raise ValidationError(
                "ended_at", "period_order", "Giờ kết thúc cuộc họp không được trước giờ bắt đầu."
            )
        if not clean(self.chair):
            raise ValidationError("chair", "required", "Hãy ghi người chủ trì cuộc họp.")
        return replace(
            self, place=clean(self.place), chair=clean(self.chair), secretary=clean(self.secretary)
        )


@dataclass(frozen=True, slots=True)
class NomineeInput:
    """A subject proposed for an award."""

    subject: SubjectType
    award_code: str
    person_id: int | None = None
    unit_id: int | None = None
    household_name: str = ""
    summary: str = ""
    achievement: str = ""
    duties: str = ""
    initiative_ids: tuple[int, ...] = ()
    votes_in_favour: int | None = None
    override_reason: str = ""

    def validated(self) -> NomineeInput:
        """Cleaned copy or ValidationError."""
        if self.subject is SubjectType.PERSON and self.person_id is None:
            raise ValidationError("person_id", "required", "Hãy chọn cá nhân được đề nghị.")
        if self.subject is SubjectType.UNIT and self.unit_id is None:
            raise ValidationError("unit_id", "required", "Hãy chọn tập thể được đề nghị.")
        if self.subject is SubjectType.HOUSEHOLD and not clean(self.household_name):
            raise ValidationError("household_name", "required", "Hãy ghi tên hộ gia đình.")
        if self.votes_in_favour is not None and self.votes_in_favour < 0:
            raise ValidationError("votes_in_favour", "negative", "Số phiếu đồng ý không được âm.")
        return replace(
            self,
            household_name=clean(self.household_name),
            summary=clean(self.summary),
            achievement=self.achievement.strip(),
            duties=self.duties.strip(),
            override_reason=clean(self.override_reason),
        )

    def subject_key(self) -> tuple[str, int | str | None]:
        """Identity of the subject, for duplicate checks."""
        if self.subject is SubjectType.PERSON:
            return ("person", self.person_id)
        if self.subject is SubjectType.UNIT:
            return ("unit", self.unit_id)
        return ("household", clean(self.household_name).casefold())


def vote_reached(votes: int | None, members_total: int, threshold_percent: int) -> bool:
    """Votes in favour reach the threshold, computed on the council's TOTAL membership."""
    if threshold_percent <= 0:
        return True
    if votes is None or members_total <= 0:
        return False
    return votes * 100 >= threshold_percent * members_total


def vote_percent(votes: int | None, members_total: int) -> float:
    """Votes in favour as a percent of total membership."""
    if votes is None or members_total <= 0:
        return 0.0
    return 100.0 * votes / members_total


@dataclass(frozen=True, slots=True)
class NomineeFacts:
    """What the submission check needs about one nominee."""

    id: int
    name: str
    subject_key: tuple[str, int | str | None]
    award_code: str
    eligibility: str  # eligible | ineligible | review | "" (never checked)
    override_reason: str
    votes_in_favour: int | None
    already_held_same_year: bool
    one_time_already_held: bool


@dataclass(frozen=True, slots=True)
class QuotaFacts:
    """A movement quota and how many nominees it covers."""

    award_code: str
    subject: str
    allowed: int
    proposed: int


def submission_problems(
    catalog: Catalog,
    year: int,
    members_total: int,
    nominees: list[NomineeFacts],
    quotas: list[QuotaFacts],
    quota_override_reason: str,
) -> list[str]:
    """Every reason the batch cannot be marked submitted; empty when it can."""
    problems: list[str] = []
    if not nominees:
        problems.append("Đợt đề nghị chưa có ai được đề nghị.")
    seen: dict[tuple[tuple[str, int | str | None], str], str] = {}
    for n in nominees:
        award = catalog.get(n.award_code)
        key = (n.subject_key, n.award_code)
        if key in seen:
            problems.append(f"{n.name}: được đề nghị {award.name} hai lần trong đợt.")
        seen[key] = n.name
        if n.eligibility == "":
            problems.append(f"{n.name}: chưa kiểm tra điều kiện {award.name}.")
        if n.eligibility == "ineligible" and not n.override_reason:
            problems.append(
                f"{n.name}: không đủ điều kiện {award.name}; cần ghi lý do nếu vẫn đề nghị."
            )
        if award.vote_threshold and not vote_reached(
            n.votes_in_favour, members_total, award.vote_threshold
        ):
            if n.votes_in_favour is None:
                problems.append(f"{n.name}: chưa nhập số phiếu đồng ý của Hội đồng.")
            else:
                problems.append(
                    f"{n.name}: {n.votes_in_favour}/{members_total} phiếu đồng ý "
                    f"({vote_percent(n.votes_in_favour, members_total):.1f} %), chưa đạt {award.vote_threshold} % "
                    "tổng số thành viên Hội đồng."
                )
        if n.already_held_same_year:
            problems.append(f"{n.name}: đã được {award.name} năm {year}.")
        if n.one_time_already_held:
            problems.append(f"{n.name}: đã được tặng {award.name} (chỉ tặng một lần).")
    for q in quotas:
        if q.proposed > q.allowed and not clean(quota_override_reason):
            name = catalog.get(q.award_code).name
            problems.append(
                f"Vượt chỉ tiêu của phong trào: {q.proposed} đề nghị {name}, tối đa {q.allowed}; "
                "cần ghi lý do nếu vẫn đề nghị."
            )
    return problems
