"""The positions-held spreadsheet (quá trình công tác): rows in, rows out."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desktop.domain.identity import BirthDate
from desktop.domain.row_problems import HasProblems, RowProblem, problem
from desktop.domain.text import clean, fold
from desktop.exchange.reader import Column, cell_text, full_date_cell, identity_cells, read_sheet
from desktop.exchange.writer import write_rows, write_template

COLUMNS: tuple[Column, ...] = (
    Column("full_name", "Họ và tên", True, 28, aliases=("Họ tên",)),
    Column("cccd", "Số CCCD", width=16, text=True, aliases=("CCCD",)),
    Column("birth_date", "Ngày sinh", width=13, text=True),
    Column("unit", "Đơn vị", width=28, aliases=("Đơn vị công tác",)),
    Column("title", "Chức vụ", True, 30, aliases=("Chức vụ đã giữ",)),
    Column("organisation", "Cơ quan, đơn vị", width=30, aliases=("Nơi công tác",)),
    Column("start", "Từ ngày", True, 13, text=True),
    Column("end", "Đến ngày", width=13, text=True),
    Column("leadership", "Lãnh đạo, quản lý", width=18, aliases=("Lãnh đạo",)),
)
TITLE = "Quá trình công tác"
_YES = {"x", "co", "1", "yes", "lanh dao", "lanh dao, quan ly", "true"}
_NO = {"", "khong", "0", "no", "false"}


@dataclass(frozen=True, slots=True)
class PositionRow(HasProblems):
    """A parsed row: the person (name, CCCD, birth, unit) and the position held."""

    number: int
    display: tuple[str, ...]
    full_name: str
    cccd: str
    birth: BirthDate | None
    unit_text: str
    title: str
    organisation: str
    start: date | None
    end: date | None
    leadership: bool
    problems: tuple[RowProblem, ...]


def read_positions(path: Path) -> list[PositionRow]:
    """Read a positions file (FileRejected for an unusable file)."""
    out: list[PositionRow] = []
    for raw in read_sheet(Path(path), COLUMNS).rows:
        v = raw.values
        problems = list(raw.problems)
        name = clean(cell_text(v.get("full_name")))
        if not name:
            problems.append(problem("missing_full_name"))
        cccd, birth = identity_cells(v, problems)
        title = clean(cell_text(v.get("title")))
        if not title:
            problems.append(problem("missing_position"))
        start = full_date_cell(v.get("start"), "Từ ngày", problems)
        if start is None and not any(p.text.startswith("Từ ngày") for p in problems):
            problems.append(problem("missing_start"))
        end = full_date_cell(v.get("end"), "Đến ngày", problems)
        lead_text = fold(cell_text(v.get("leadership")))
        if lead_text not in _YES | _NO:
            problems.append(problem("leadership_unknown", value=cell_text(v.get("leadership"))))
        out.append(
            PositionRow(
                raw.number,
                tuple(cell_text(v.get(c.key)) for c in COLUMNS),
                name,
                cccd,
                birth,
                clean(cell_text(v.get("unit"))),
                title,
                clean(cell_text(v.get("organisation"))),
                start,
                end,
                lead_text in _YES,
                tuple(problems),
            )
        )
    return out


def write_positions_template(path: Path) -> None:
    """An empty positions sheet to fill in."""
    write_template(Path(path), TITLE, COLUMNS, ())


def write_positions(path: Path, rows: Iterable[Sequence[object]]) -> int:
    """Write positions in column order."""
    return write_rows(Path(path), TITLE, COLUMNS, rows)
