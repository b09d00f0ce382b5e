"""Spreadsheet of a movement's propaganda and inspection activities: one row an activity."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desktop.domain.activities import ActivityInput, ActivityKind
from desktop.domain.row_problems import HasProblems, RowProblem, problem
from desktop.exchange.initiatives import parse_date
from desktop.exchange.reader import Column, cell_text, read_sheet
from desktop.exchange.writer import Choice, write_rows, write_template

TITLE = "Tuyên truyền, kiểm tra"
COLUMNS: tuple[Column, ...] = (
    Column("movement", "Phong trào", True, 40, aliases=("Tên phong trào",)),
    Column("kind", "Loại hoạt động", True, 22, aliases=("Loại", "Hình thức")),
    Column("date", "Ngày", True, 12, text=True, aliases=("Ngày thực hiện", "Thời gian")),
    Column("actor", "Đơn vị, người thực hiện", width=28, aliases=("Đơn vị thực hiện", "Người thực hiện")),
    Column("content", "Nội dung", True, 48, aliases=("Nội dung hoạt động",)),
    Column("result", "Kết quả", width=36, aliases=("Kết quả, kiến nghị",)),
    Column("quantity", "Số lượng", width=10, aliases=("SL",)),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class ActivitySheetRow(HasProblems):
    """A parsed row: the movement by name and the activity (None when the row has errors)."""

    number: int
    display: tuple[str, ...]
    movement: str
    data: ActivityInput | None
    problems: tuple[RowProblem, ...]


def _quantity(value: object, problems: list[RowProblem]) -> int:
    if value in (None, ""):
        return 1
    if isinstance(value, int | float) and not isinstance(value, bool) and float(value).is_integer():
        number = int(value)
    else:
        text = cell_text(value)
        if not text.isdigit():
            problems.append(problem("quantity_not_whole", value=text))
            return 1
        number = int(text)
    if number < 1:
        problems.append(problem("quantity_below_one"))
    return number


def read_activities(path: Path) -> list[ActivitySheetRow]:
    """Read an activities file."""
    out = []
    for raw in read_sheet(Path(path), COLUMNS).rows:
        v = raw.values
        problems = list(raw.problems)
        movement = cell_text(v.get("movement"))
        if not movement:
            problems.append(problem("missing_movement"))
        kind = ActivityKind.parse(cell_text(v.get("kind")))
        if kind is None:
            names = ", ".join(k.label for k in ActivityKind)
            value = cell_text(v.get("kind"))
            problems.append(problem("activity_kind_unknown", value=value, choices=names))
        day: date | None = None
        try:
            day = parse_date(v.get("date"))
        except ValueError:
            problems.append(problem("day_invalid", value=cell_text(v.get("date"))))
        else:
            if day is None:
                problems.append(problem("missing_day"))
        content = cell_text(v.get("content"))
        if not content:
            problems.append(problem("missing_content"))
        quantity = _quantity(v.get("quantity"), problems)
        data = None
        if not problems and kind is not None and day is not None:
            data = ActivityInput(
                kind, day, content, cell_text(v.get("actor")), cell_text(v.get("result")), quantity
            )
        out.append(
            ActivitySheetRow(
                raw.number,
                tuple(cell_text(v.get(c.key)) for c in COLUMNS),
                movement,
                data,
                tuple(problems),
            )
        )
    return out


def write_activities_template(path: Path) -> None:
    """An empty activities sheet with the kinds as a drop-down list."""
    write_template(
        Path(path), TITLE, COLUMNS, (Choice("kind", tuple(k.label for k in ActivityKind)),)
    )


def write_activities(path: Path, rows: Iterable[Sequence[object]]) -> int:
    """Activity rows, values in COLUMNS order."""
    return write_rows(Path(path), TITLE, COLUMNS, rows)
