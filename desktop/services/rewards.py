"""Reward money: the catalog's coefficients, the office's mức lương cơ sở table, the money of
each award decided in a year (`thidua rewards`) and the accountant's payment list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from desktop import paths
from desktop.domain.errors import ValidationError
from desktop.domain.report_data import Cell, ReportTable, ResultSection
from desktop.domain.rewards import (
    BaseSalary,
    Priced,
    RewardTable,
    money,
    parse_rewards,
    price,
    with_defaults,
)
from desktop.domain.text import clean
from desktop.persistence.repositories import rewards as repo
from desktop.services.session import Workspace


@lru_cache(maxsize=1)
def table() -> RewardTable:
    """The coefficients as shipped (resources/catalog/rewards.toml)."""
    text = (paths.resources_dir() / "catalog" / "rewards.toml").read_text(encoding="utf-8")
    return parse_rewards(text)


def base_salaries(ws: Workspace) -> list[BaseSalary]:
    """The mức lương cơ sở table (shipped periods and the office's), oldest first."""
    with ws.db.read() as conn:
        return with_defaults(repo.base_salaries(conn))


def add_base_salary(ws: Workspace, start: date, amount: int, basis: str = "") -> None:
    """Add a period of the mức lương cơ sở (a new decree's amount from its day)."""
    if amount <= 0:
        raise ValidationError("amount", "positive", "Mức lương cơ sở phải lớn hơn 0.")
    with ws.db.write() as conn:
        repo.add_base_salary(conn, BaseSalary(start, amount, clean(basis)))


def priced(
    salaries: list[BaseSalary], code: str, name: str, subject_kind: str, decided_on: date
) -> Priced:
    """The money of one award (see domain.rewards.price)."""
    return price(table(), salaries, code, name, subject_kind, decided_on)


@dataclass(frozen=True, slots=True)
class RewardRow:
    """One award decided in the year with its money (None: no amount, `missing` says why)."""

    subject_kind: str
    name: str
    unit: str
    award: str
    award_code: str
    decision_number: str
    decision_date: date
    issuer: str
    coefficient: float | None
    base_salary: int | None
    amount: int | None
    basis: str
    missing: str

    def as_json(self) -> dict[str, object]:
        """The object `thidua rewards --json` prints."""
        return {
            "subject_kind": self.subject_kind,
            "name": self.name,
            "unit": self.unit,
            "award": self.award,
            "award_code": self.award_code,
            "decision_number": self.decision_number,
            "decision_date": self.decision_date.isoformat(),
            "issuer": self.issuer,
            "coefficient": self.coefficient,
            "base_salary": self.base_salary,
            "amount": self.amount,
            "basis": self.basis,
            "missing": self.missing,
        }


def year_rows(ws: Workspace, year: int) -> list[RewardRow]:
    """Every award decided in `year` (office batches and imported history) with its money."""
    if not 1900 <= year <= 9999:
        raise ValidationError(
            "year", "range", "Năm phải từ 1900 đến 9999.", {"low": 1900, "high": 9999}
        )
    with ws.db.read() as conn:
        salaries = with_defaults(repo.base_salaries(conn))
        decided = repo.decided_in(conn, year)
    out: list[RewardRow] = []
    for d in decided:
        day = date.fromisoformat(d.decision_date)
        p = priced(salaries, d.award_code, d.award_name, d.subject_kind, day)
        out.append(
            RewardRow(
                d.subject_kind,
                d.name,
                d.unit,
                d.award_name,
                d.award_code,
                d.decision_number,
                day,
                d.issuer,
                float(p.coefficient) if p.coefficient is not None else None,
                p.base_salary,
                p.amount,
                p.basis,
                p.missing,
            )
        )
    return out


def totals_by_award(rows: list[RewardRow]) -> list[tuple[str, int, int, int]]:
    """(award, awards counted, awards without an amount, total đồng) in order of appearance."""
    acc: dict[str, list[int]] = {}
    for r in rows:
        t = acc.setdefault(r.award, [0, 0, 0])
        t[0] += 1
        if r.amount is None:
            t[1] += 1
        else:
            t[2] += r.amount
    return [(award, n, none, total) for award, (n, none, total) in acc.items()]


def totals_by_unit(rows: list[RewardRow]) -> list[tuple[str, int, int]]:
    """(unit, awards counted, total đồng), by unit name."""
    acc: dict[str, list[int]] = {}
    for r in rows:
        t = acc.setdefault(r.unit or "(không ghi đơn vị)", [0, 0])
        t[0] += 1
        t[1] += r.amount or 0
    return sorted(((u, n, total) for u, (n, total) in acc.items()), key=lambda x: x[0])


def write_workbook(ws: Workspace, year: int, path: Path) -> int:
    """The accountant's payment list (danh sách chi tiền thưởng) of `year`; returns its rows."""
    from desktop.exchange import rewards as workbook

    rows = year_rows(ws, year)
    workbook.write_payment_list(
        Path(path),
        year,
        [
            (
                r.name,
                r.unit,
                r.award,
                r.decision_number,
                r.decision_date.isoformat(),
                r.coefficient,
                r.base_salary,
                r.amount,
                r.missing,
            )
            for r in rows
        ],
        totals_by_unit(rows),
        [(a, n, total) for a, n, _none, total in totals_by_award(rows)],
    )
    return len(rows)


def report_section(ws: Workspace, first: date, last: date, number: int) -> ResultSection:
    """“Tiền thưởng” of a periodic report: the money of the awards decided from `first` to
    `last`, by title or form; `number` is the table's number in the report."""
    rows: list[RewardRow] = []
    for year in range(first.year, last.year + 1):
        rows += [r for r in year_rows(ws, year) if first <= r.decision_date <= last]
    sums = totals_by_award(rows)
    body: tuple[tuple[Cell, ...], ...] = tuple(
        (i, award, n, none, total) for i, (award, n, none, total) in enumerate(sums, start=1)
    )
    total: tuple[Cell, ...] = (
        "",
        "Tổng cộng",
        sum(n for _, n, _, _ in sums),
        sum(none for _, _, none, _ in sums),
        sum(t for _, _, _, t in sums),
    )
    table = ReportTable(
        "Tien thuong",
        f"Bảng {number}. Tổng tiền thưởng theo danh hiệu, hình thức",
        ("STT", "Danh hiệu, hình thức", "Số lượt", "Chưa tính tiền", "Tổng tiền thưởng (đồng)"),
        body,
        total=total,
        widths=(0.8, 4, 1.2, 1.3, 2),
        note="Tiền thưởng = hệ số × mức lương cơ sở tại ngày quyết định, làm tròn lên hàng chục"
        " nghìn đồng; lượt chưa có mức tiền thưởng trong danh mục không được tính.",
        empty="Trong kỳ không có quyết định khen thưởng nào.",
    )
    money_total = sum(t for _, _, _, t in sums)
    text = (
        (f"Tổng tiền thưởng theo các quyết định khen thưởng trong kỳ: {money(money_total)} đồng.",)
        if rows
        else ()
    )
    return ResultSection("8. Tiền thưởng", text, (table,))
