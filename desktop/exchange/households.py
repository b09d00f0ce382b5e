"""The households (hộ gia đình) spreadsheet: columns, parsing rows, writing."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.row_problems import HasProblems, RowProblem, problem
from desktop.domain.text import clean
from desktop.exchange.reader import Column, RawRow, cell_text, read_sheet, unquote

SHEET_TITLE = "Hộ gia đình"
COLUMNS: tuple[Column, ...] = (
    Column("head", "Chủ hộ", True, 30, aliases=("Họ và tên chủ hộ", "Tên chủ hộ")),
    Column("village", "Thôn, tổ dân phố", True, 32, aliases=("Thôn", "Tổ dân phố")),
    Column("members", "Số nhân khẩu", width=14, aliases=("Nhân khẩu", "Số thành viên")),
    Column("address", "Địa chỉ", width=36),
    Column("note", "Ghi chú", width=30),
)
KEYS = tuple(c.key for c in COLUMNS)
HEADERS = tuple(c.header for c in COLUMNS)


@dataclass(frozen=True, slots=True)
class HouseholdRow(HasProblems):
    """One data row of a households file, cleaned; `members` None when the cell was empty."""

    number: int
    display: tuple[str, ...]
    head: str
    village: str
    members: int | None
    address: str
    note: str
    problems: tuple[RowProblem, ...]


def _text(values: dict[str, object], key: str) -> str:
    value = values.get(key)
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unquote(clean(str(value)))


def parse_row(raw: RawRow) -> HouseholdRow:
    """Clean one raw row; the reasons it is wrong go to `error`."""
    values = raw.values
    problems = list(raw.problems)
    head = _text(values, "head")
    if not head:
        problems.append(problem("missing_head"))
    village = _text(values, "village")
    if not village:
        problems.append(problem("missing_village"))
    members_text = _text(values, "members")
    members: int | None = None
    if members_text:
        try:
            members = int(members_text)
        except ValueError:
            problems.append(problem("members_not_whole", value=members_text))
    return HouseholdRow(
        number=raw.number,
        display=tuple(cell_text(values.get(k)) for k in KEYS),
        head=head,
        village=village,
        members=members,
        address=_text(values, "address"),
        note=_text(values, "note"),
        problems=tuple(problems),
    )


def read_households(path: Path) -> list[HouseholdRow]:
    """Read a households file into rows (good and bad). Raises FileRejected when unusable."""
    sheet = read_sheet(Path(path), COLUMNS)
    return [parse_row(raw) for raw in sheet.rows]


def write_households_template(path: Path) -> None:
    """An empty households sheet to fill in."""
    from desktop.exchange.writer import write_template

    write_template(Path(path), SHEET_TITLE, COLUMNS, ())


def write_households(path: Path, rows: Iterable[Sequence[object]]) -> int:
    """Write households; each row has the values of COLUMNS in order."""
    from desktop.exchange.writer import write_rows

    return write_rows(Path(path), SHEET_TITLE, COLUMNS, rows)
