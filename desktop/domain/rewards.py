"""Reward money (tiền thưởng): a coefficient per award and subject kind, per rule set, times the
mức lương cơ sở in force on the decision's date, rounded up to the ten thousand đồng."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_CEILING, Decimal

from desktop.domain.errors import ValidationError

SUBJECT_KINDS = ("person", "unit", "household")
_KIND_WORDS = {"person": "cá nhân", "unit": "tập thể", "household": "hộ gia đình"}


@dataclass(frozen=True, slots=True)
class BaseSalary:
    """One period of the mức lương cơ sở: the amount (đồng a month) from `start`."""

    start: date
    amount: int
    basis: str = ""


# The shipped periods of the mức lương cơ sở; the office's own rows (table base_salary) add
# to them and replace one starting the same day.
DEFAULT_BASE_SALARIES = (
    BaseSalary(date(2019, 7, 1), 1_490_000, "Nghị định số 38/2019/NĐ-CP"),
    BaseSalary(date(2023, 7, 1), 1_800_000, "Nghị định số 24/2023/NĐ-CP"),
    BaseSalary(date(2024, 7, 1), 2_340_000, "Nghị định số 73/2024/NĐ-CP"),
)


def with_defaults(stored: list[BaseSalary]) -> list[BaseSalary]:
    """The shipped periods with the office's rows added (same start day: the office's)."""
    by_start = {b.start: b for b in DEFAULT_BASE_SALARIES}
    by_start.update({b.start: b for b in stored})
    return [by_start[k] for k in sorted(by_start)]


@dataclass(frozen=True, slots=True)
class RewardRuleSet:
    """The decree whose reward table applies to decisions dated from `start` to `end`."""

    id: str
    decree: str
    start: date
    end: date
    rounding_step: int  # đồng; 0: no rounding found for this decree
    rounding_basis: str
    rounding_confirmed: bool


@dataclass(frozen=True, slots=True)
class RewardRule:
    """The coefficient of one award for one subject kind under one rule set."""

    rule_set: str
    award: str
    subject_kind: str
    coefficient: Decimal
    basis: str  # the decree's article, e.g. "Điều 50 Nghị định 152/2025/NĐ-CP"
    source: str = ""


@dataclass(frozen=True, slots=True)
class RewardTable:
    """Every coefficient of the catalog (resources/catalog/rewards.toml)."""

    rule_sets: tuple[RewardRuleSet, ...]
    rules: tuple[RewardRule, ...]

    def rule_set_on(self, day: date) -> RewardRuleSet | None:
        """The rule set of a decision dated `day`."""
        for rs in self.rule_sets:
            if rs.start <= day <= rs.end:
                return rs
        return None

    def rule(self, rule_set: str, award: str, subject_kind: str) -> RewardRule | None:
        """The coefficient of `award` for `subject_kind`, or None when the catalog has none."""
        for r in self.rules:
            if (r.rule_set, r.award, r.subject_kind) == (rule_set, award, subject_kind):
                return r
        return None


@dataclass(frozen=True, slots=True)
class Priced:
    """The money of one award: coefficient × base salary, rounded; or why there is none."""

    coefficient: Decimal | None
    base_salary: int | None
    amount: int | None  # whole đồng
    basis: str = ""  # the decree's article
    missing: str = ""  # why there is no amount (empty when there is one)
    note: str = ""  # e.g. a rounding rule carried over and not confirmed


def base_salary_on(
    table: list[BaseSalary] | tuple[BaseSalary, ...], day: date
) -> BaseSalary | None:
    """The period in force on `day` (the latest start on or before it)."""
    found: BaseSalary | None = None
    for b in sorted(table, key=lambda b: b.start):
        if b.start <= day:
            found = b
    return found


def round_up(value: Decimal, step: int) -> int:
    """`value` rounded up to a multiple of `step` đồng (step 0: up to the whole đồng)."""
    if step <= 0:
        return int(value.to_integral_value(rounding=ROUND_CEILING))
    units = (value / step).to_integral_value(rounding=ROUND_CEILING)
    return int(units) * step


def price(
    table: RewardTable,
    salaries: list[BaseSalary] | tuple[BaseSalary, ...],
    award: str,
    award_name: str,
    subject_kind: str,
    decided_on: date,
) -> Priced:
    """The reward money of `award` for a `subject_kind` decided on `decided_on`."""
    rs = table.rule_set_on(decided_on)
    if rs is None:
        return Priced(None, None, None, missing="Chưa có quy định tiền thưởng cho ngày này.")
    base = base_salary_on(salaries, decided_on)
    rule = table.rule(rs.id, award, subject_kind)
    if rule is None:
        who = _KIND_WORDS.get(subject_kind, subject_kind)
        return Priced(
            None,
            base.amount if base else None,
            None,
            missing=f"Chưa có mức tiền thưởng {award_name} ({who}) theo {rs.decree} "
            "trong danh mục: không tính tiền.",
        )
    if base is None:
        return Priced(
            rule.coefficient,
            None,
            None,
            rule.basis,
            missing=f"Chưa có mức lương cơ sở áp dụng ngày {decided_on:%d/%m/%Y}.",
        )
    amount = round_up(rule.coefficient * base.amount, rs.rounding_step)
    note = "" if rs.rounding_confirmed else rs.rounding_basis
    return Priced(rule.coefficient, base.amount, amount, rule.basis, note=note)


def _date(text: object, field: str) -> date:
    try:
        return date.fromisoformat(str(text))
    except ValueError as exc:
        raise ValidationError(field, "date", f"Ngày không hợp lệ trong danh mục: {text}") from exc


def parse_rewards(text: str) -> RewardTable:
    """Read the reward catalog (TOML)."""
    raw = tomllib.loads(text)
    sets = tuple(
        RewardRuleSet(
            str(r["id"]),
            str(r["decree"]),
            _date(r["from"], "from"),
            _date(r["to"], "to"),
            int(r.get("rounding_step", 0)),
            str(r.get("rounding_basis", "")),
            bool(r.get("rounding_confirmed", False)),
        )
        for r in raw.get("rule_set", [])
    )
    rules: list[RewardRule] = []
    for r in raw.get("reward", []):
        for kind in SUBJECT_KINDS:
            if kind in r:
                rules.append(
                    RewardRule(
                        str(r["rule_set"]),
                        str(r["award"]),
                        kind,
                        Decimal(str(r[kind])),
                        str(r.get("basis", "")),
                        str(r.get("source", "")),
                    )
                )
    return RewardTable(sets, tuple(rules))


def money(amount: int | None) -> str:
    """`1.060.000` (Vietnamese thousands separator); empty for no amount."""
    return "" if amount is None else f"{amount:,}".replace(",", ".")
