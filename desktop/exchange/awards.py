"""The award history spreadsheet (`awards`): rows in, rows out."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desktop.domain.identity import BirthDate
from desktop.domain.row_problems import HasProblems, RowProblem, problem
from desktop.domain.text import clean
from desktop.exchange.reader import Column, cell_text, full_date_cell, identity_cells, read_sheet
from desktop.exchange.writer import write_rows, write_template

COLUMNS: tuple[Column, ...] = (
    Column("year", "Năm", True, 8),
    Column("full_name", "Họ và tên", width=28, aliases=("Họ tên",)),
    Column("cccd", "Số CCCD", width=16, text=True, aliases=("CCCD",)),
    Column("birth_date", "Ngày sinh", width=13, text=True),
    Column("unit", "Đơn vị", width=28, aliases=("Đơn vị công tác",)),
    Column("collective", "Tên tập thể", width=32, aliases=("Tập thể",)),
    Column(
        "award",
        "Danh hiệu / Hình thức",
        True,
        40,
        aliases=("Danh hiệu", "Hình thức khen thưởng", "Danh hiệu, hình thức", "Hình thức"),
    ),
    Column("decision_number", "Số quyết định", width=18, aliases=("Số QĐ",)),
    Column("decision_date", "Ngày quyết định", width=14, text=True, aliases=("Ngày QĐ",)),
    Column("issuer", "Cơ quan ban hành", width=30, aliases=("Cơ quan ra quyết định",)),
)
TITLE = "Lịch sử khen thưởng"


@dataclass(frozen=True, slots=True)
class AwardRow(HasProblems):
    """A parsed row: a person (name, CCCD, birth, unit) or a collective, and the award."""

    number: int
    display: tuple[str, ...]
    year: int | None
    full_name: str
    cccd: str
    birth: BirthDate | None
    unit_text: str
    collective: str
    award: str
    decision_number: str
    decision_date: date | None
    issuer: str
    problems: tuple[RowProblem, ...]


def read_awards(path: Path) -> list[AwardRow]:
    """Read an award history file (FileRejected for an unusable file)."""
    out: list[AwardRow] = []
    for raw in read_sheet(Path(path), COLUMNS).rows:
        v = raw.values
        problems = list(raw.problems)
        year: int | None = None
        try:
            year = int(str(cell_text(v.get("year"))).strip())
        except ValueError:
            problems.append(problem("year_invalid"))
        name = clean(cell_text(v.get("full_name")))
        collective = clean(cell_text(v.get("collective")))
        if not name and not collective:
            problems.append(problem("name_or_collective"))
        cccd, birth = identity_cells(v, problems)
        award = clean(cell_text(v.get("award")))
        if not award:
            problems.append(problem("missing_award"))
        decided = full_date_cell(v.get("decision_date"), "Ngày quyết định", problems)
        display = tuple(cell_text(v.get(c.key)) for c in COLUMNS)
        out.append(
            AwardRow(
                raw.number,
                display,
                year,
                name,
                cccd,
                birth,
                clean(cell_text(v.get("unit"))),
                collective,
                award,
                clean(cell_text(v.get("decision_number"))),
                decided,
                clean(cell_text(v.get("issuer"))),
                tuple(problems),
            )
        )
    return out


def write_awards(path: Path, rows: Iterable[Sequence[object]]) -> int:
    """Write award history rows in column order."""
    return write_rows(Path(path), TITLE, COLUMNS, rows)


def write_awards_template(path: Path) -> None:
    """An empty award history sheet."""
    write_template(Path(path), TITLE, COLUMNS)
