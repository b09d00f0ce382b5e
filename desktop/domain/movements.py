"""Emulation movements (phong trào thi đua): the launching plan, its targets, groups and criteria."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from desktop.domain.errors import ValidationError
from desktop.domain.text import clean, fold


class MovementKind(StrEnum):
    """Hình thức thi đua."""

    REGULAR = "thuong_xuyen"
    CAMPAIGN = "theo_dot"
    THEMATIC = "chuyen_de"

    @property
    def label(self) -> str:
        """Vietnamese name."""
        return {
            MovementKind.REGULAR: "Thi đua thường xuyên",
            MovementKind.CAMPAIGN: "Thi đua theo đợt",
            MovementKind.THEMATIC: "Thi đua theo chuyên đề",
        }[self]


class GroupKind(StrEnum):
    """Đối tượng thi đua named by a plan."""

    INTERNAL_UNIT = "tap_the"
    STAFF = "ca_nhan"
    COMMUNE = "xa"
    VILLAGE = "thon"
    BUSINESS = "doanh_nghiep"
    HOUSEHOLD = "ho_gia_dinh"
    OUTSIDE_PERSON = "ca_nhan_ngoai"

    @property
    def label(self) -> str:
        """Vietnamese name."""
        return GROUP_KIND_LABELS[self]

    @property
    def collective(self) -> bool:
        """True when the participants of this group are units, not people."""
        return self in {
            GroupKind.INTERNAL_UNIT,
            GroupKind.COMMUNE,
            GroupKind.VILLAGE,
            GroupKind.BUSINESS,
        }


GROUP_KIND_LABELS: dict[GroupKind, str] = {
    GroupKind.INTERNAL_UNIT: "Tập thể phòng, đơn vị",
    GroupKind.STAFF: "Cá nhân công chức, viên chức, người lao động",
    GroupKind.COMMUNE: "Xã, phường",
    GroupKind.VILLAGE: "Thôn, tổ dân phố",
    GroupKind.BUSINESS: "Doanh nghiệp, hợp tác xã",
    GroupKind.HOUSEHOLD: "Hộ gia đình",
    GroupKind.OUTSIDE_PERSON: "Cá nhân ngoài cơ quan",
}


class MilestoneKind(StrEnum):
    """Mốc của phong trào."""

    MIDTERM = "so_ket"
    FINAL = "tong_ket"
    HALF_YEAR = "bao_cao_6_thang"
    YEARLY = "bao_cao_nam"
    SCORING = "cham_diem"
    REGISTRATION = "dang_ky"
    OTHER = "khac"

    @property
    def label(self) -> str:
        """Vietnamese name."""
        return {
            MilestoneKind.MIDTERM: "Sơ kết",
            MilestoneKind.FINAL: "Tổng kết",
            MilestoneKind.HALF_YEAR: "Báo cáo 6 tháng",
            MilestoneKind.YEARLY: "Báo cáo năm",
            MilestoneKind.SCORING: "Chấm điểm thi đua",
            MilestoneKind.REGISTRATION: "Đăng ký thi đua",
            MilestoneKind.OTHER: "Khác",
        }[self]


def _text(value: str, field: str, label: str, limit: int, *, required: bool = False) -> str:
    result = clean(value)
    if required and not result:
        raise ValidationError(field, "required", f"{label} không được để trống.")
    if len(result) > limit:
        raise ValidationError(
            field, "too_long", f"{label} dài quá {limit} ký tự.", {"limit": limit}
        )
    return result


def _non_negative(value: float | None, field: str, label: str) -> None:
    if value is not None and value < 0:
        raise ValidationError(field, "negative", f"{label} không được là số âm.")


@dataclass(frozen=True, slots=True)
class DocumentRef:
    """Số, ngày, cơ quan ban hành of a plan (e.g. Kế hoạch số 130/KH-UBND ngày 13/9/2022)."""

    number: str = ""
    issued_on: date | None = None
    issuer: str = ""

    def validated(self, field: str) -> DocumentRef:
        """Cleaned copy; raises ValidationError naming `field`."""
        return DocumentRef(
            _text(self.number, f"{field}.number", "Số, ký hiệu văn bản", 80),
            self.issued_on,
            _text(self.issuer, f"{field}.issuer", "Cơ quan ban hành", 200),
        )

    @property
    def empty(self) -> bool:
        """True when nothing is filled in."""
        return not self.number and self.issued_on is None and not self.issuer

    def display(self) -> str:
        """`số 130/KH-UBND ngày 13/09/2022 của UBND tỉnh`."""
        parts = []
        if self.number:
            parts.append(f"số {self.number}")
        if self.issued_on:
            parts.append(f"ngày {self.issued_on:%d/%m/%Y}")
        if self.issuer:
            parts.append(f"của {self.issuer}")
        return " ".join(parts)


@dataclass(frozen=True, slots=True)
class TargetInput:
    """A numeric target: `55` `xã đạt chuẩn nông thôn mới`, achieved value entered later."""

    description: str
    target_value: float | None = None
    unit_label: str = ""
    achieved_value: float | None = None
    id: int | None = None

    def validated(self, index: int = 0) -> TargetInput:
        """Cleaned copy or ValidationError."""
        f = f"targets[{index}]"
        _non_negative(self.target_value, f"{f}.target_value", "Chỉ tiêu")
        _non_negative(self.achieved_value, f"{f}.achieved_value", "Kết quả đạt được")
        return replace(
            self,
            description=_text(
                self.description, f"{f}.description", "Nội dung chỉ tiêu", 500, required=True
            ),
            unit_label=_text(self.unit_label, f"{f}.unit_label", "Đơn vị tính", 60),
        )


@dataclass(frozen=True, slots=True)
class CriterionInput:
    """A criterion of a target group, with an optional maximum score (điểm chuẩn)."""

    text: str
    max_score: float | None = None
    id: int | None = None

    def validated(self, field: str) -> CriterionInput:
        """Cleaned copy or ValidationError."""
        if self.max_score is not None and self.max_score <= 0:
            raise ValidationError(
                f"{field}.max_score", "not_positive", "Điểm tối đa của tiêu chí phải lớn hơn 0."
            )
        return replace(
            self, text=_text(self.text, f"{field}.text", "Tiêu chí", 1000, required=True)
        )


@dataclass(frozen=True, slots=True)
class TargetGroupInput:
    """Đối tượng thi đua with its criteria."""

    kind: GroupKind
    name: str = ""
    criteria: tuple[CriterionInput, ...] = ()
    id: int | None = None

    def validated(self, index: int = 0) -> TargetGroupInput:
        """Cleaned copy (the name defaults to the kind's label) or ValidationError."""
        f = f"groups[{index}]"
        name = _text(self.name, f"{f}.name", "Tên nhóm đối tượng", 200) or self.kind.label
        crits = tuple(c.validated(f"{f}.criteria[{i}]") for i, c in enumerate(self.criteria))
        return replace(self, name=name, criteria=crits)

    @property
    def max_total(self) -> float | None:
        """Sum of the criteria maxima, None when a criterion has none."""
        if not self.criteria or any(c.max_score is None for c in self.criteria):
            return None
        return sum(c.max_score or 0 for c in self.criteria)


@dataclass(frozen=True, slots=True)
class MilestoneInput:
    """Sơ kết, tổng kết, reports, with a due date."""

    kind: MilestoneKind
    due_on: date
    title: str = ""
    done_on: date | None = None
    id: int | None = None
    assignee: str = ""  # who does it: a unit, a person or a role, free text

    def validated(self, index: int = 0) -> MilestoneInput:
        """Cleaned copy (title defaults to the kind's label) or ValidationError."""
        title = _text(self.title, f"milestones[{index}].title", "Tên mốc", 200) or self.kind.label
        assignee = _text(self.assignee, f"milestones[{index}].assignee", "Người thực hiện", 200)
        return replace(self, title=title, assignee=assignee)


@dataclass(frozen=True, slots=True)
class MovementInput:
    """Everything the launching plan of a movement says."""

    name: str
    kind: MovementKind
    start: date
    end: date
    basis: DocumentRef = DocumentRef()  # the plan it implements
    plan: DocumentRef = DocumentRef()  # our own plan
    purpose: str = ""
    requirements: str = ""
    targets: tuple[TargetInput, ...] = ()
    groups: tuple[TargetGroupInput, ...] = ()
    award_forms: tuple[str, ...] = ()
    milestones: tuple[MilestoneInput, ...] = ()

    def validated(self) -> MovementInput:
        """Return a cleaned copy, or raise ValidationError (field, code, Vietnamese message)."""
        name = _text(self.name, "name", "Tên phong trào", 300, required=True)
        if self.end < self.start:
            raise ValidationError(
                "end", "period_order", "Ngày kết thúc không được trước ngày bắt đầu."
            )
        if self.end.year - self.start.year > 10:
            raise ValidationError("end", "period_long", "Thời gian phong trào dài quá 10 năm.")
        forms: list[str] = []
        for i, form in enumerate(self.award_forms):
            text = _text(form, f"award_forms[{i}]", "Hình thức khen thưởng", 200)
            if text and fold(text) not in {fold(f) for f in forms}:
                forms.append(text)
        kinds_seen: set[str] = set()
        groups = tuple(g.validated(i) for i, g in enumerate(self.groups))
        for i, g in enumerate(groups):
            key = fold(g.name)
            if key in kinds_seen:
                raise ValidationError(
                    f"groups[{i}].name",
                    "group_twice",
                    f"Nhóm đối tượng “{g.name}” bị lặp.",
                    {"name": g.name},
                )
            kinds_seen.add(key)
        return replace(
            self,
            name=name,
            basis=self.basis.validated("basis"),
            plan=self.plan.validated("plan"),
            purpose=_text(self.purpose, "purpose", "Mục đích", 20000),
            requirements=_text(self.requirements, "requirements", "Yêu cầu", 20000),
            targets=tuple(t.validated(i) for i, t in enumerate(self.targets)),
            groups=groups,
            award_forms=tuple(forms),
            milestones=tuple(m.validated(i) for i, m in enumerate(self.milestones)),
        )

    @property
    def years(self) -> list[int]:
        """The calendar years the period covers."""
        return list(range(self.start.year, self.end.year + 1))

    def period_label(self) -> str:
        """`2021 - 2025` or `2023`."""
        if self.start.year == self.end.year:
            return str(self.start.year)
        return f"{self.start.year} - {self.end.year}"


@dataclass(frozen=True, slots=True)
class Movement:
    """A stored movement."""

    id: int
    uuid: str
    data: MovementInput


@dataclass(frozen=True, slots=True)
class MovementListRow:
    """One line of the movement list."""

    id: int
    name: str
    kind: MovementKind
    start: date
    end: date
    plan_number: str
    registrations: int


def shift_years(d: date, years: int) -> date:
    """The same day `years` later (29 February becomes 28 February)."""
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return d.replace(year=d.year + years, day=28)


def copy_for_new_period(source: MovementInput, new_start: date, name: str = "") -> MovementInput:
    """A new movement from an earlier one: groups, criteria, award forms and milestone pattern,
    every date moved by the same number of years; achieved values and plan numbers cleared."""
    years = new_start.year - source.start.year
    length = source.end - source.start
    end = shift_years(source.end, years) if years else new_start + length
    start = new_start
    if end < start:
        end = start + length
    return replace(
        source,
        name=clean(name) or source.name,
        start=start,
        end=end,
        basis=DocumentRef(),
        plan=DocumentRef(),
        targets=tuple(replace(t, id=None, achieved_value=None) for t in source.targets),
        groups=tuple(
            replace(g, id=None, criteria=tuple(replace(c, id=None) for c in g.criteria))
            for g in source.groups
        ),
        milestones=tuple(
            replace(m, id=None, done_on=None, due_on=shift_years(m.due_on, years))
            for m in source.milestones
        ),
    )


def standard_milestones(start: date, end: date) -> tuple[MilestoneInput, ...]:
    """The usual pattern: a 6-month and a yearly report each year, sơ kết mid-period, tổng kết."""
    result: list[MilestoneInput] = []
    for year in range(start.year, end.year + 1):
        if date(year, 6, 15) >= start and date(year, 6, 15) <= end:
            result.append(MilestoneInput(MilestoneKind.HALF_YEAR, date(year, 6, 15)))
        if year < end.year:
            result.append(MilestoneInput(MilestoneKind.YEARLY, date(year, 12, 10)))
    if end.year - start.year >= 2:
        mid = start.year + (end.year - start.year) // 2
        result.append(MilestoneInput(MilestoneKind.MIDTERM, date(mid, 12, 20)))
    result.append(MilestoneInput(MilestoneKind.FINAL, end))
    return tuple(sorted(result, key=lambda m: m.due_on))


@dataclass(frozen=True, slots=True)
class MovementRecords:
    """What hangs on a movement and goes with it when it is deleted."""

    registrations: int
    sponsorships: int
    support_activities: int
    contributions: int
    scores: int
    initiatives: int
    proposals: int = 0  # proposal batches of the movement: they keep it from being deleted

    @property
    def total(self) -> int:
        """Number of records that go with the movement (initiatives stay, unlinked)."""
        return (
            self.registrations
            + self.sponsorships
            + self.support_activities
            + self.contributions
            + self.scores
        )
