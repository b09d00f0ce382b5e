"""Results that ground awards: a movement's rules (a contribution level, a score rank in a
target group) that make a participant a candidate for proposal, and the pure function that
finds the candidates of a year.

Seed plan 001 (Bắc Ninh) takes the movement's results as the basis of bình xét thi đua, khen
thưởng and sets a contribution level (mức đóng góp, ủng hộ) for it; the law gives no figure,
so each level is the office's own.

How the rules count (stated once, used by the UI, the command line and the spreadsheet):

- A contribution rule adds up the participant's contributions of one kind to the movement in
  the year (or, when cumulative, from the start up to the end of the year): money by its value
  in đồng, land by its area in m², labour by its number of work days. Reaching the level
  (amount ≥ minimum) makes a candidate.
- A rank rule ranks the participants of a target group by their total score of the year,
  standard competition ranking (1, 2, 2, 4; see `participation.rank`). Only participants with
  at least one score in that year are ranked and counted. Top N: rank ≤ N. Top P percent:
  rank ≤ ⌈P × group size / 100⌉ (rounded up, at least one place when P > 0). Ties at the
  cut-off all qualify: tied totals share a rank, so a tie on the last place brings everyone in
  it (top 3 over 90, 85, 80, 80 gives four candidates).
- A rule without a group ranks each group of the movement on its own.
- A participant meeting several rules is one candidate with each reason.

A candidate is a reason to propose, never a legal verdict: the nominee is checked for the
award's conditions like any other.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from desktop.domain.errors import ValidationError
from desktop.domain.participation import MAX_MONEY, ContributionKind, rank
from desktop.domain.text import clean, fold

MAX_TOP_N = 10_000
EPSILON = 1e-9


class RuleKind(StrEnum):
    """What makes a candidate: a contribution level, the top N or the top P percent."""

    CONTRIBUTION = "dong_gop"
    TOP_N = "top_n"
    TOP_PERCENT = "top_percent"

    @property
    def stored(self) -> str:
        """The `kind` column: dong_gop or xep_hang (top N and top percent are both ranks)."""
        return "dong_gop" if self is RuleKind.CONTRIBUTION else "xep_hang"

    @property
    def label(self) -> str:
        """Vietnamese name."""
        return {
            RuleKind.CONTRIBUTION: "Mức đóng góp",
            RuleKind.TOP_N: "Xếp hạng: N người/đơn vị đứng đầu nhóm",
            RuleKind.TOP_PERCENT: "Xếp hạng: P% đứng đầu nhóm",
        }[self]


# The contribution kinds a level can be set for, with the measure each is counted in.
COUNTED_KINDS: tuple[ContributionKind, ...] = (
    ContributionKind.MONEY,
    ContributionKind.LAND,
    ContributionKind.LABOUR,
)
MEASURE_UNITS: dict[ContributionKind, str] = {
    ContributionKind.MONEY: "đồng",
    ContributionKind.LAND: "m²",
    ContributionKind.LABOUR: "ngày công",
}


def number_text(value: float) -> str:
    """`50.000.000`, `92,5`, `1.234,75`: Vietnamese separators, no trailing zeros."""
    whole = round(value, 2)
    text = f"{whole:,.2f}".rstrip("0").rstrip(".")
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


@dataclass(frozen=True, slots=True)
class CandidateRule:
    """One rule of a movement (stored in `candidate_rule`)."""

    movement_id: int
    kind: RuleKind
    contribution_kind: ContributionKind | None = None
    minimum: float | None = None
    cumulative: bool = False
    group_id: int | None = None  # rank rules: this group only; None: each group
    top_n: int | None = None
    top_percent: float | None = None
    award: str = ""  # the award the plan ties to this result (a catalog code or free text)
    note: str = ""
    id: int | None = None
    position: int = 0

    def validated(self) -> CandidateRule:
        """Cleaned copy (fields of the other kinds emptied) or ValidationError with a code."""
        award, note = clean(self.award), clean(self.note)
        if len(award) > 200:
            raise ValidationError(
                "award", "too_long", "Danh hiệu, hình thức dài quá 200 ký tự.", {"limit": 200}
            )
        if len(note) > 1000:
            raise ValidationError(
                "note", "too_long", "Ghi chú dài quá 1000 ký tự.", {"limit": 1000}
            )
        base = replace(self, award=award, note=note)
        if self.kind is RuleKind.CONTRIBUTION:
            return self._contribution(base)
        if self.kind is RuleKind.TOP_N:
            n = self.top_n
            if n is None:
                raise ValidationError("top_n", "required", "Hãy ghi số người/đơn vị đứng đầu.")
            if isinstance(n, bool) or not 1 <= n <= MAX_TOP_N:
                raise ValidationError(
                    "top_n",
                    "range",
                    f"Số đứng đầu phải từ 1 đến {MAX_TOP_N:,}.".replace(",", "."),
                    {"low": 1, "high": MAX_TOP_N},
                )
            return replace(
                base, contribution_kind=None, minimum=None, cumulative=False, top_percent=None
            )
        p = self.top_percent
        if p is None:
            raise ValidationError("top_percent", "required", "Hãy ghi tỷ lệ phần trăm đứng đầu.")
        if not (0 < p <= 100) or math.isnan(p):
            raise ValidationError(
                "top_percent", "percent_range", "Tỷ lệ đứng đầu phải lớn hơn 0 và không quá 100 %."
            )
        return replace(base, contribution_kind=None, minimum=None, cumulative=False, top_n=None)

    @staticmethod
    def _contribution(base: CandidateRule) -> CandidateRule:
        kind = base.contribution_kind
        if kind is None:
            raise ValidationError("contribution_kind", "required", "Hãy chọn loại đóng góp.")
        if kind not in COUNTED_KINDS:
            raise ValidationError(
                "contribution_kind",
                "kind_not_counted",
                "Mức đóng góp chỉ đặt được cho tiền, đất đai hoặc ngày công.",
            )
        m = base.minimum
        if m is None:
            raise ValidationError("minimum", "required", "Hãy ghi mức đóng góp.")
        if math.isnan(m) or m <= 0:
            raise ValidationError("minimum", "not_positive", "Mức đóng góp phải lớn hơn 0.")
        if kind is ContributionKind.MONEY:
            if m != int(m):
                raise ValidationError("minimum", "not_integer", "Mức tiền phải là số đồng nguyên.")
            if m > MAX_MONEY:
                raise ValidationError("minimum", "too_large", "Mức tiền lớn bất thường.")
        return replace(base, group_id=None, top_n=None, top_percent=None)

    def places(self, size: int) -> int:
        """How many places of a group of `size` ranked participants qualify (before ties)."""
        if self.kind is RuleKind.TOP_N:
            return min(self.top_n or 0, size)
        if self.kind is RuleKind.TOP_PERCENT and size > 0:
            share = round((self.top_percent or 0) * size / 100, 9)  # 8.8 % of 375: 33, not 33.0…1
            return max(1, min(size, math.ceil(share)))
        return 0

    def text(self, group_name: str = "") -> str:
        """The rule in one Vietnamese line (the rules table, the command line)."""
        if self.kind is RuleKind.CONTRIBUTION:
            kind = self.contribution_kind or ContributionKind.MONEY
            when = "cộng dồn từ đầu phong trào" if self.cumulative else "trong năm"
            return (
                f"Đóng góp {kind.label.lower()} từ {number_text(self.minimum or 0)} "
                f"{MEASURE_UNITS.get(kind, '')} {when}"
            )
        where = f"nhóm {group_name}" if group_name else "mỗi nhóm"
        if self.kind is RuleKind.TOP_N:
            return f"{self.top_n} đứng đầu {where} theo tổng điểm"
        return f"{number_text(self.top_percent or 0)} % đứng đầu {where} theo tổng điểm"


@dataclass(frozen=True, slots=True)
class RuleSheet:
    """A movement's rules with the names of its target groups."""

    movement_id: int
    movement_name: str
    groups: dict[int, str]
    rules: tuple[CandidateRule, ...]

    def rule_text(self, rule: CandidateRule) -> str:
        """The rule in Vietnamese words, with its group's name."""
        return rule.text(self.groups.get(rule.group_id, "") if rule.group_id else "")


class SubjectKind(StrEnum):
    """Who a candidate is: a person or a unit of the registers, or a household or outside
    contributor named only in a contribution."""

    PERSON = "person"
    UNIT = "unit"
    HOUSEHOLD = "household"
    NAMED = "named"  # an outside contributor not in the registers: listed, cannot be proposed


@dataclass(frozen=True, slots=True)
class Participant:
    """A participant of the movement."""

    kind: SubjectKind
    id: int | None
    name: str
    detail: str = ""  # a person's unit
    sort_key: str = ""

    @property
    def key(self) -> tuple[str, int | str]:
        """Identity across scores and contributions."""
        if self.id is not None and self.kind in (SubjectKind.PERSON, SubjectKind.UNIT):
            return (self.kind.value, self.id)
        return ("named", fold(self.name))


@dataclass(frozen=True, slots=True)
class GroupScores:
    """The totals of a target group's scored participants in one year."""

    group_id: int
    group_name: str
    totals: tuple[tuple[Participant, float], ...]


@dataclass(frozen=True, slots=True)
class ContributionEntry:
    """One contribution to the movement."""

    participant: Participant
    kind: ContributionKind
    given_on: date
    value: int  # đồng
    quantity: float | None = None

    def measure(self) -> float:
        """What a level counts: đồng for money, the quantity (m², work days) otherwise."""
        if self.kind is ContributionKind.MONEY:
            return float(self.value)
        return float(self.quantity or 0)


@dataclass(frozen=True, slots=True)
class Reason:
    """Why a participant is a candidate: a rank in a group or a contribution amount."""

    rule_id: int | None
    kind: RuleKind
    award: str = ""
    group_name: str = ""
    total: float | None = None
    rank: int | None = None
    group_size: int | None = None
    places: int | None = None
    tied: bool = False
    contribution_kind: ContributionKind | None = None
    amount: float | None = None
    cumulative: bool = False

    def text(self) -> str:
        """`Điểm 92,5 — hạng 1/14 nhóm Xã` or `Đóng góp 50.000.000 đồng` (Vietnamese)."""
        if self.kind is RuleKind.CONTRIBUTION:
            kind = self.contribution_kind or ContributionKind.MONEY
            what = "" if kind is ContributionKind.MONEY else f" {kind.label.lower()}"
            since = " (cộng dồn)" if self.cumulative else ""
            return f"Đóng góp{what} {number_text(self.amount or 0)} {MEASURE_UNITS[kind]}{since}"
        tie = " (đồng hạng)" if self.tied else ""
        return (
            f"Điểm {number_text(self.total or 0)} — hạng {self.rank}/{self.group_size}{tie}"
            f" nhóm {self.group_name}"
        )


@dataclass(frozen=True, slots=True)
class Candidate:
    """A participant that a rule makes a candidate, with every reason."""

    participant: Participant
    reasons: tuple[Reason, ...]

    @property
    def award(self) -> str:
        """The award of the first reason that names one ('' when none does)."""
        return next((r.award for r in self.reasons if r.award), "")

    @property
    def proposable(self) -> bool:
        """A person, unit or household can be a nominee; an outside name cannot."""
        return self.participant.kind is not SubjectKind.NAMED

    def reason_text(self) -> str:
        """Every reason on one line."""
        return "; ".join(r.text() for r in self.reasons)


def _contribution_reasons(
    rule: CandidateRule, entries: Iterable[ContributionEntry], year: int
) -> list[tuple[Participant, Reason]]:
    sums: dict[tuple[str, int | str], float] = {}
    who: dict[tuple[str, int | str], Participant] = {}
    for e in entries:
        if e.kind is not rule.contribution_kind:
            continue
        y = e.given_on.year
        if y > year or (y < year and not rule.cumulative):
            continue
        key = e.participant.key
        who.setdefault(key, e.participant)
        sums[key] = sums.get(key, 0.0) + e.measure()
    minimum = rule.minimum or 0.0
    return [
        (
            who[key],
            Reason(
                rule.id,
                rule.kind,
                rule.award,
                contribution_kind=rule.contribution_kind,
                amount=amount,
                cumulative=rule.cumulative,
            ),
        )
        for key, amount in sums.items()
        if amount + EPSILON >= minimum
    ]


def _rank_reasons(
    rule: CandidateRule, groups: Sequence[GroupScores]
) -> list[tuple[Participant, Reason]]:
    out: list[tuple[Participant, Reason]] = []
    for g in groups:
        if rule.group_id is not None and g.group_id != rule.group_id:
            continue
        people = {p.key: p for p, _ in g.totals}
        ranked = rank(
            [(p.key, total) for p, total in g.totals],
            tie_key={p.key: p.sort_key or fold(p.name) for p, _ in g.totals},
        )
        places = rule.places(len(ranked))
        for line in ranked:
            if line.rank > places:
                break  # ranked best first
            out.append(
                (
                    people[line.key],
                    Reason(
                        rule.id,
                        rule.kind,
                        rule.award,
                        group_name=g.group_name,
                        total=line.total,
                        rank=line.rank,
                        group_size=len(ranked),
                        places=places,
                        tied=line.tied,
                    ),
                )
            )
    return out


def find_candidates(
    rules: Sequence[CandidateRule],
    groups: Sequence[GroupScores],
    contributions: Sequence[ContributionEntry],
    year: int,
) -> list[Candidate]:
    """The candidates of a year with their reasons, in rule order (best rank or largest
    amount first), then by name."""
    found: dict[tuple[str, int | str], tuple[Participant, list[Reason], tuple[float, ...]]] = {}
    for index, rule in enumerate(rules):
        if rule.kind is RuleKind.CONTRIBUTION:
            hits = _contribution_reasons(rule, contributions, year)
        else:
            hits = _rank_reasons(rule, groups)
        for participant, reason in hits:
            order = (
                float(index),
                float(reason.rank) if reason.rank is not None else -(reason.amount or 0.0),
            )
            entry = found.get(participant.key)
            if entry is None:
                found[participant.key] = (participant, [reason], order)
            else:
                entry[1].append(reason)
    ordered = sorted(
        found.values(), key=lambda e: (e[2], e[0].sort_key or fold(e[0].name), str(e[0].key))
    )
    return [Candidate(p, tuple(reasons)) for p, reasons, _ in ordered]
