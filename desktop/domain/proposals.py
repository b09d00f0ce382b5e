"""Proposal batches (đợt đề nghị khen thưởng): inputs, the state machine and submission checks."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum

from desktop.domain.awards import Catalog, CommendationType
from desktop.domain.eligibility import Result
from desktop.domain.errors import ConflictError, ValidationError
from desktop.domain.text import clean
from desktop.domain.years import checked_year


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
        {"current": current, "target": target},
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
    COUNCIL_FAILED = "khong_dat"  # below the council's vote threshold: in the biên bản only


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
        checked_year(self.year, 1990, today.year + 1)
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
                "members_present",
                "present_range",
                "Số thành viên có mặt phải từ 0 đến tổng số thành viên.",
            )
        if not 0 <= self.members_absent_written <= self.members_total - self.members_present:
            raise ValidationError(
                "members_absent_written",
                "written_range",
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


# -- stored rows (what services hand to the UI and the command line) ---------------------


@dataclass(frozen=True, slots=True)
class Batch:
    """A stored batch with its meeting and decision."""

    id: int
    uuid: str
    title: str
    kind: CommendationType
    year: int
    movement_id: int | None
    addressee: str
    number: int | None
    number_text: str
    submitted_on: date | None
    signer_name: str
    signer_title: str
    state: BatchState
    meeting_date: datetime | None  # start of the council meeting
    meeting_end: datetime | None
    meeting_place: str
    meeting_chair: str
    meeting_secretary: str
    members_total: int
    members_present: int
    members_absent_written: int
    decision_number: str
    decision_date: date | None
    decision_issuer: str
    quota_override_reason: str


@dataclass(frozen=True, slots=True)
class BatchSummary:
    """One line of the list of batches."""

    id: int
    title: str
    year: int
    state: BatchState
    nominee_count: int
    number_text: str


@dataclass(frozen=True, slots=True)
class BatchEvent:
    """One step of a batch's state log."""

    at: datetime
    user: str
    from_state: BatchState
    to_state: BatchState
    note: str


@dataclass(frozen=True, slots=True)
class Nominee:
    """A stored nominee with display names and its stored eligibility (None: never checked)."""

    id: int
    batch_id: int
    position: int
    data: NomineeInput
    name: str
    unit_name: str
    position_title: str
    eligibility: Result | None
    eligibility_reasons: tuple[str, ...]
    outcome: Outcome


def vote_reached(votes: int | None, members_total: int, threshold_percent: int) -> bool:
    """Votes in favour reach the threshold, computed on the council's TOTAL membership."""
    if threshold_percent <= 0:
        return True
    if votes is None or members_total <= 0:
        return False
    return votes * 100 >= threshold_percent * members_total


def votes_possible(members_present: int, members_absent_written: int) -> int:
    """The most votes in favour a nominee can have: members present plus written opinions."""
    return members_present + members_absent_written


@dataclass(frozen=True, slots=True)
class Quorum:
    """The share of the council's members that must attend for its conclusions to stand."""

    numerator: int = 2
    denominator: int = 3

    def reached(self, members_present: int, members_total: int) -> bool:
        """True when `members_present` of `members_total` is at least the quorum."""
        if members_total <= 0:
            return False
        return members_present * self.denominator >= self.numerator * members_total

    def text(self) -> str:
        """The quorum as written in a council's regulation, e.g. "2/3" or "80%"."""
        if self.denominator == 100:
            return f"{self.numerator}%"
        return f"{self.numerator}/{self.denominator}"

    @staticmethod
    def parse(text: str) -> Quorum:
        """Read "2/3" or "80%"; ValidationError otherwise."""
        raw = clean(text).replace(" ", "")
        try:
            if raw.endswith("%"):
                q = Quorum(int(raw[:-1]), 100)
            else:
                num, den = raw.split("/")
                q = Quorum(int(num), int(den))
        except ValueError:
            raise ValidationError(
                "quorum", "quorum_format", "Tỷ lệ tối thiểu dự họp ghi dạng 2/3 hoặc 80%."
            ) from None
        if not 0 < q.numerator <= q.denominator:
            raise ValidationError(
                "quorum", "quorum_range", "Tỷ lệ tối thiểu dự họp phải lớn hơn 0 và không quá 1."
            )
        return q


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
    subject_id: int | None = None  # the person's or unit's id (None for a household)
    outcome: str = ""  # Outcome value; COUNCIL_FAILED leaves the proposal


@dataclass(frozen=True, slots=True)
class QuotaFacts:
    """A movement quota and how many nominees it covers."""

    award_code: str
    subject: str
    allowed: int
    proposed: int


@dataclass(frozen=True, slots=True)
class MeetingFacts:
    """The council meeting as stored (members_total 0: no meeting recorded)."""

    members_total: int
    members_present: int = 0
    members_absent_written: int = 0
    quorum: Quorum = Quorum()


@dataclass(frozen=True, slots=True)
class Problem:
    """One reason a batch cannot be submitted: a stable code, the subject it is about, the
    Vietnamese text, and the values the text names (for the UI's own wording of the code)."""

    code: str
    subject_id: int | None
    message: str
    params: Mapping[str, object] = field(default_factory=dict)

    def as_json(self) -> dict[str, object]:
        """The object `check-batch --json` prints."""
        return {"code": self.code, "subject_id": self.subject_id, "message": self.message}


def check_votes(meeting: MeetingInput, votes: dict[int, int]) -> None:
    """ValidationError when a vote count cannot be: negative, or more than the members present
    plus the written opinions."""
    most = votes_possible(meeting.members_present, meeting.members_absent_written)
    for v in votes.values():
        if v < 0:
            raise ValidationError("votes", "negative", "Số phiếu đồng ý không được âm.")
        if v > most:
            raise ValidationError(
                "votes",
                "votes_exceed",
                f"Số phiếu đồng ý ({v}) không thể nhiều hơn số thành viên có mặt cộng số ý kiến "
                f"bằng văn bản ({meeting.members_present} + {meeting.members_absent_written} = {most}).",
                {
                    "votes": v,
                    "present": meeting.members_present,
                    "written": meeting.members_absent_written,
                    "most": most,
                },
            )


def quorum_message(members_present: int, members_total: int, quorum: Quorum) -> str:
    """The refusal text of a meeting below its quorum."""
    return (
        f"Cuộc họp chỉ có {members_present}/{members_total} thành viên dự họp, chưa đủ "
        f"{quorum.text()} tổng số thành viên Hội đồng theo quy chế: kết luận của Hội đồng "
        "chưa có giá trị."
    )


def submission_problems(
    catalog: Catalog,
    year: int,
    meeting: MeetingFacts | int,
    nominees: list[NomineeFacts],
    quotas: list[QuotaFacts],
    quota_override_reason: str,
) -> list[Problem]:
    """Every reason the batch cannot be marked submitted; empty when it can.

    A nominee the council voted below the threshold (outcome COUNCIL_FAILED) stays in the
    minutes but leaves the proposal: it is not checked and does not block the batch.
    """
    m = meeting if isinstance(meeting, MeetingFacts) else MeetingFacts(meeting)
    members_total = m.members_total
    problems: list[Problem] = []
    proposed = [n for n in nominees if n.outcome != Outcome.COUNCIL_FAILED.value]
    if not nominees:
        problems.append(Problem("empty", None, "Đợt đề nghị chưa có ai được đề nghị.", {}))
    elif not proposed:
        problems.append(
            Problem("none_passed", None, "Không ai trong đợt đạt tỷ lệ phiếu của Hội đồng.")
        )
    held = m.members_total > 0 and m.members_present + m.members_absent_written > 0
    if held and not m.quorum.reached(m.members_present, m.members_total):
        problems.append(
            Problem(
                "quorum",
                None,
                quorum_message(m.members_present, m.members_total, m.quorum),
                {"present": m.members_present, "total": m.members_total, "quorum": m.quorum.text()},
            )
        )
    most = votes_possible(m.members_present, m.members_absent_written)
    seen: dict[tuple[tuple[str, int | str | None], str], str] = {}
    for n in nominees:
        award = catalog.get(n.award_code)
        sid = n.subject_id
        named = {"name": n.name, "award": award.name}
        if n.votes_in_favour is not None and m.members_total > 0 and n.votes_in_favour > most:
            problems.append(
                Problem(
                    "votes_exceed",
                    sid,
                    f"{n.name}: {n.votes_in_favour} phiếu đồng ý, nhiều hơn số thành viên có mặt "
                    f"cộng ý kiến bằng văn bản ({most}).",
                    {"name": n.name, "votes": n.votes_in_favour, "most": most},
                )
            )
        if n.outcome == Outcome.COUNCIL_FAILED.value:
            continue
        key = (n.subject_key, n.award_code)
        if key in seen:
            problems.append(
                Problem(
                    "duplicate",
                    sid,
                    f"{n.name}: được đề nghị {award.name} hai lần trong đợt.",
                    named,
                )
            )
        seen[key] = n.name
        if n.eligibility == "":
            problems.append(
                Problem("unchecked", sid, f"{n.name}: chưa kiểm tra điều kiện {award.name}.", named)
            )
        if n.eligibility == "ineligible" and not n.override_reason:
            problems.append(
                Problem(
                    "ineligible",
                    sid,
                    f"{n.name}: không đủ điều kiện {award.name}; cần ghi lý do nếu vẫn đề nghị.",
                    named,
                )
            )
        if n.eligibility == "review" and not n.override_reason:
            # Issue 13 point 7 (verdicts helper): what the program leaves to the council is
            # proposed only with the council's written reason.
            problems.append(
                Problem(
                    "review_no_reason",
                    sid,
                    f"{n.name}: {award.name} cần Hội đồng xem xét; cần ghi lý do đề nghị.",
                    named,
                )
            )
        if award.vote_threshold and not vote_reached(
            n.votes_in_favour, members_total, award.vote_threshold
        ):
            if n.votes_in_favour is None:
                problems.append(
                    Problem(
                        "votes_missing",
                        sid,
                        f"{n.name}: chưa nhập số phiếu đồng ý của Hội đồng.",
                        named,
                    )
                )
            else:
                # Vietnamese decimal comma: 71,4 %
                share = f"{vote_percent(n.votes_in_favour, members_total):.1f}".replace(".", ",")
                problems.append(
                    Problem(
                        "votes_below",
                        sid,
                        f"{n.name}: {n.votes_in_favour}/{members_total} phiếu đồng ý "
                        f"({share} %), chưa đạt "
                        f"{award.vote_threshold} % tổng số thành viên Hội đồng.",
                        {
                            **named,
                            "votes": n.votes_in_favour,
                            "total": members_total,
                            "share": vote_percent(n.votes_in_favour, members_total),
                            "threshold": award.vote_threshold,
                        },
                    )
                )
        if n.already_held_same_year:
            problems.append(
                Problem(
                    "held_same_year",
                    sid,
                    f"{n.name}: đã được {award.name} năm {year}.",
                    {**named, "year": year},
                )
            )
        if n.one_time_already_held:
            problems.append(
                Problem(
                    "one_time",
                    sid,
                    f"{n.name}: đã được tặng {award.name} (chỉ tặng một lần).",
                    named,
                )
            )
    for q in quotas:
        if q.proposed > q.allowed and not clean(quota_override_reason):
            name = catalog.get(q.award_code).name
            problems.append(
                Problem(
                    "quota",
                    None,
                    f"Vượt chỉ tiêu của phong trào: {q.proposed} đề nghị {name}, tối đa {q.allowed}; "
                    "cần ghi lý do nếu vẫn đề nghị.",
                    {"award": name, "proposed": q.proposed, "allowed": q.allowed},
                )
            )
    return problems


@dataclass(frozen=True, slots=True)
class RouteGroup:
    """The nominees of a batch that one authority decides."""

    key: str  # authority.HEAD, an authority id, or "review"
    authority: str  # who decides, e.g. "Chủ tịch Ủy ban nhân dân tỉnh"; "" for the head
    addressee: str  # to whom the tờ trình is addressed ("" for the head)
    basis: str
    review: str  # why the route could not be confirmed
    nominee_ids: tuple[int, ...]

    @property
    def by_head(self) -> bool:
        """True when the head of the office decides these (a Quyết định, no tờ trình)."""
        return self.key == "thu_truong"


def routing_problems(groups: list[RouteGroup], addressee: str) -> list[Problem]:
    """A tờ trình goes to one authority that decides, never to an advisory council."""
    problems: list[Problem] = []
    up = [g for g in groups if not g.by_head and g.key != "review"]
    if len(up) > 1:
        parts = ", ".join(f"{g.authority} ({len(g.nominee_ids)})" for g in up)
        problems.append(
            Problem(
                "mixed_authority",
                None,
                f"Một tờ trình chỉ gửi một cấp có thẩm quyền quyết định; đợt này gộp: {parts}. "
                "Hãy tách thành các đợt riêng.",
                {"parts": parts},
            )
        )
    if len(up) <= 1 and groups and "hội đồng" in clean(addressee).casefold():
        # One authority above, or only the head of the office: either way the paper goes to
        # whoever decides, never to the advisory council.
        decider = up[0].addressee if up else "thủ trưởng cơ quan"
        problems.append(
            Problem(
                "addressee_council",
                None,
                f"Tờ trình gửi {decider} (người có thẩm quyền quyết định), không gửi "
                f"“{clean(addressee)}”: Hội đồng Thi đua - Khen thưởng là cơ quan tư vấn.",
                {"decider": decider, "addressee": clean(addressee)},
            )
        )
    return problems
