"""Khối, cụm thi đua: members (units of the office's tree or free names), the chairing unit
(trưởng khối, phó khối) of each year by rotation, the khối's criteria and scores, the ranking,
and the unit that led the khối (đơn vị dẫn đầu), which is the one proposed for the province's
Cờ thi đua."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from desktop.domain.errors import ValidationError
from desktop.domain.movements import CriterionInput
from desktop.domain.participation import Ranked, check_score, rank
from desktop.domain.subjects import BlocKind, bloc_label
from desktop.domain.text import clean, fold

YEAR_MIN, YEAR_MAX = 1990, 2100


def check_year(value: int | None, field: str) -> int | None:
    """The year when within range (None stays None); ValidationError otherwise."""
    if value is not None and not YEAR_MIN <= value <= YEAR_MAX:
        raise ValidationError(
            field,
            "year_range",
            f"Năm phải trong khoảng {YEAR_MIN} - {YEAR_MAX}.",
            {"low": YEAR_MIN, "high": YEAR_MAX},
        )
    return value


def _text(value: str, field: str, label: str, limit: int, *, required: bool = False) -> str:
    text = clean(value)
    if required and not text:
        raise ValidationError(field, "required", f"Hãy ghi {label}.")
    if len(text) > limit:
        raise ValidationError(
            field, "too_long", f"{label.capitalize()} dài quá {limit} ký tự.", {"limit": limit}
        )
    return text


@dataclass(frozen=True, slots=True)
class BlocInput:
    """A khối or cụm thi đua: its name, kind, first year and a note."""

    name: str
    kind: BlocKind = BlocKind.KHOI
    since_year: int | None = None
    note: str = ""

    def validated(self) -> BlocInput:
        """Cleaned copy (NFC) or ValidationError."""
        return replace(
            self,
            name=_text(self.name, "name", "tên khối, cụm thi đua", 200, required=True),
            since_year=check_year(self.since_year, "since_year"),
            note=_text(self.note, "note", "ghi chú", 2000),
        )


@dataclass(frozen=True, slots=True)
class Bloc:
    """A stored khối or cụm."""

    id: int
    name: str
    kind: BlocKind
    since_year: int | None
    note: str

    @property
    def label(self) -> str:
        """`Khối thi đua X` (not doubled when the name already says so)."""
        return bloc_label(self.kind, self.name)

    def input(self) -> BlocInput:
        """The editable part."""
        return BlocInput(self.name, self.kind, self.since_year, self.note)


@dataclass(frozen=True, slots=True)
class BlocMemberInput:
    """A member: a unit of the office's tree, or a free name (an agency outside the tree)."""

    unit_id: int | None = None
    name: str = ""  # required when unit_id is None
    from_year: int | None = None
    to_year: int | None = None
    note: str = ""

    def validated(self) -> BlocMemberInput:
        """Cleaned copy or ValidationError."""
        name = _text(self.name, "name", "tên thành viên", 300, required=self.unit_id is None)
        check_year(self.from_year, "from_year")
        check_year(self.to_year, "to_year")
        if self.from_year and self.to_year and self.to_year < self.from_year:
            raise ValidationError(
                "to_year", "period_order", "Năm rời khối không được trước năm vào khối."
            )
        return replace(self, name=name, note=_text(self.note, "note", "ghi chú", 1000))


@dataclass(frozen=True, slots=True)
class BlocMember:
    """A stored member with its place in the rotation order (1, 2, …)."""

    id: int
    bloc_id: int
    position: int
    unit_id: int | None
    name: str  # the unit's name for a unit member, else the free name
    from_year: int | None
    to_year: int | None
    note: str

    def active_in(self, year: int) -> bool:
        """True when the member belongs to the khối in `year`."""
        return (self.from_year is None or self.from_year <= year) and (
            self.to_year is None or year <= self.to_year
        )

    @property
    def outside(self) -> bool:
        """True for a free-name member (not a unit of the office's tree)."""
        return self.unit_id is None

    def input(self) -> BlocMemberInput:
        """The editable part."""
        name = self.name if self.unit_id is None else ""
        return BlocMemberInput(self.unit_id, name, self.from_year, self.to_year, self.note)


@dataclass(frozen=True, slots=True)
class BlocYear:
    """The chairing units of one year (trưởng khối, phó khối) and the leading unit (dẫn đầu)."""

    bloc_id: int
    year: int
    chair_id: int | None = None  # member id
    deputy_id: int | None = None  # member id
    leader_unit_id: int | None = None  # đơn vị dẫn đầu: read by the Cờ thi đua rule
    leader_entry_id: int | None = None


def check_roles(chair_id: int | None, deputy_id: int | None) -> None:
    """Trưởng khối and phó khối are two different members."""
    if chair_id is not None and chair_id == deputy_id:
        raise ValidationError(
            "deputy_id", "same_member", "Trưởng khối và phó khối phải là hai đơn vị khác nhau."
        )


def suggest_rotation(
    members: Sequence[BlocMember], year: int, previous_chair_id: int | None
) -> tuple[BlocMember | None, BlocMember | None]:
    """Trưởng khối and phó khối for `year` by the rotation order: the member after last year's
    trưởng khối (the first when there was none), and the one after that; only members of the
    khối in `year` take a turn."""
    order = sorted(members, key=lambda m: (m.position, m.id))
    active = [m for m in order if m.active_in(year)]
    if not active:
        return None, None
    chair = active[0]
    ids = [m.id for m in order]
    if previous_chair_id in ids:
        at = ids.index(previous_chair_id)
        chair = next(m for m in order[at + 1 :] + order[: at + 1] if m.active_in(year))
    i = active.index(chair)
    deputy = active[(i + 1) % len(active)] if len(active) > 1 else None
    return chair, deputy


def criteria_validated(criteria: Sequence[CriterionInput]) -> tuple[CriterionInput, ...]:
    """The khối's criteria of a year, cleaned; the same text twice is refused."""
    out = tuple(c.validated(f"criteria[{i}]") for i, c in enumerate(criteria))
    seen: set[str] = set()
    for i, c in enumerate(out):
        if fold(c.text) in seen:
            raise ValidationError(
                f"criteria[{i}].text",
                "criterion_twice",
                f"Tiêu chí “{c.text}” bị lặp.",
                {"text": c.text},
            )
        seen.add(fold(c.text))
    return out


@dataclass(frozen=True, slots=True)
class BlocCriterion:
    """A stored criterion of a khối for a year."""

    id: int
    bloc_id: int
    year: int
    position: int
    text: str
    max_score: float | None


@dataclass(frozen=True, slots=True)
class BlocScoreInput:
    """The score the khối gave one member on one criterion."""

    member_id: int
    criterion_id: int
    score: float | None  # None clears it

    def validated(self, max_score: float | None) -> BlocScoreInput:
        """0 ≤ score ≤ the criterion's maximum, or ValidationError."""
        if self.score is not None:
            check_score(self.score, max_score)
        return self


@dataclass(frozen=True, slots=True)
class RankingLine:
    """A member's line of the khối's ranking: scores by criterion id, total, rank (None: no
    score yet)."""

    member: BlocMember
    scores: dict[int, float]
    total: float | None
    rank: int | None
    tied: bool

    @property
    def rank_text(self) -> str:
        """`1`, `2=` or empty."""
        if self.rank is None:
            return ""
        return f"{self.rank}=" if self.tied else str(self.rank)


def ranking(
    members: Sequence[BlocMember], year: int, scores: dict[tuple[int, int], float]
) -> list[RankingLine]:
    """The members of `year` ranked by total score (1, 2, 2, 4); members without any score
    follow, in rotation order."""
    active = [m for m in sorted(members, key=lambda m: (m.position, m.id)) if m.active_in(year)]
    by_member: dict[int, dict[int, float]] = {m.id: {} for m in active}
    for (member_id, criterion_id), value in scores.items():
        if member_id in by_member:
            by_member[member_id][criterion_id] = value
    scored = [(m.id, sum(by_member[m.id].values())) for m in active if by_member[m.id]]
    order = {m.id: f"{m.position:06d}" for m in active}
    ranked: list[Ranked[int]] = rank(scored, tie_key=order)
    lookup = {m.id: m for m in active}
    lines = [RankingLine(lookup[r.key], by_member[r.key], r.total, r.rank, r.tied) for r in ranked]
    done = {r.key for r in ranked}
    lines += [RankingLine(m, {}, None, None, False) for m in active if m.id not in done]
    return lines


def top_unit(lines: Sequence[RankingLine]) -> RankingLine | None:
    """The first-ranked line when it is alone in first place (a tie is the khối's to decide)."""
    firsts = [ln for ln in lines if ln.rank == 1]
    return firsts[0] if len(firsts) == 1 else None
