"""Spreadsheet of movement targets: one row per target and year (or the whole period), with
the planned and achieved values."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.errors import ValidationError
from desktop.domain.row_problems import HasProblems, RowProblem, problem
from desktop.domain.targets import parse_number, parse_year_cell
from desktop.exchange.reader import Column, cell_text, read_sheet
from desktop.exchange.writer import write_rows, write_template

TITLE = "Chỉ tiêu phong trào"
PERIOD_TEXT = "Cả giai đoạn"
COLUMNS: tuple[Column, ...] = (
    Column("movement", "Phong trào", True, 44, aliases=("Tên phong trào",)),
    Column("target", "Chỉ tiêu", True, 44, aliases=("Nội dung chỉ tiêu", "Tên chỉ tiêu")),
    Column("unit", "Đơn vị tính", width=12, aliases=("ĐVT",)),
    Column("year", "Năm", True, 14, text=True, aliases=("Năm thực hiện", "Kỳ")),
    Column("planned", "Kế hoạch", width=12, aliases=("Chỉ tiêu kế hoạch", "Kế hoạch giao")),
    Column("achieved", "Thực hiện", width=12, aliases=("Kết quả thực hiện", "Kết quả")),
)


@dataclass(frozen=True, slots=True)
class TargetSheetRow(HasProblems):
    """A parsed row: movement and target by name, year (None: the period), the two values."""

    number: int
    display: tuple[str, ...]
    movement: str
    target: str
    unit: str
    year: int | None
    planned: float | None
    achieved: float | None
    planned_given: bool
    achieved_given: bool
    problems: tuple[RowProblem, ...]


def _number(value: object, label: str, problems: list[RowProblem]) -> float | None:
    if isinstance(value, bool):
        problems.append(problem("not_a_number", column=label))
        return None
    if isinstance(value, int | float):
        if value < 0:
            problems.append(problem("negative", column=label))
        return float(value)
    try:
        number = parse_number(cell_text(value))
    except ValidationError:
        problems.append(problem("value_not_a_number", column=label, value=cell_text(value)))
        return None
    if number is not None and number < 0:
        problems.append(problem("negative", column=label))
    return number


def read_targets(path: Path) -> list[TargetSheetRow]:
    """Read a targets file."""
    out = []
    for raw in read_sheet(Path(path), COLUMNS).rows:
        v = raw.values
        problems = list(raw.problems)
        movement, target = cell_text(v.get("movement")), cell_text(v.get("target"))
        if not movement:
            problems.append(problem("missing_movement"))
        if not target:
            problems.append(problem("missing_target"))
        year_value = v.get("year")
        year_text = (
            str(int(year_value)) if isinstance(year_value, int | float) else cell_text(year_value)
        )
        ok, year = parse_year_cell(year_text)
        if not ok:
            problems.append(problem("target_year_invalid", value=year_text, period=PERIOD_TEXT))
        planned = _number(v.get("planned"), "Kế hoạch", problems)
        achieved = _number(v.get("achieved"), "Thực hiện", problems)
        out.append(
            TargetSheetRow(
                raw.number,
                tuple(cell_text(v.get(c.key)) for c in COLUMNS),
                movement,
                target,
                cell_text(v.get("unit")),
                year,
                planned,
                achieved,
                v.get("planned") not in (None, ""),
                v.get("achieved") not in (None, ""),
                tuple(problems),
            )
        )
    return out


def write_targets_template(path: Path) -> None:
    """An empty targets sheet."""
    write_template(Path(path), TITLE, COLUMNS)


def write_targets(path: Path, rows: Iterable[Sequence[object]]) -> int:
    """Target rows, values in COLUMNS order."""
    return write_rows(Path(path), TITLE, COLUMNS, rows)
