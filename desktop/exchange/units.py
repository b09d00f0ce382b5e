"""The units (đơn vị) spreadsheet: columns, parsing rows, writing."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.row_problems import HasProblems, RowProblem, problem
from desktop.domain.units import UNIT_KIND_LABELS, UnitKind, parse_unit_kind, unit_kind_choices
from desktop.exchange.reader import Column, RawRow, cell_text, read_sheet, unquote

SHEET_TITLE = "Đơn vị"
COLUMNS: tuple[Column, ...] = (
    Column("name", "Tên đơn vị", True, 36, aliases=("Đơn vị",)),
    Column("code", "Mã", width=12, text=True, aliases=("Mã đơn vị",)),
    Column("parent", "Đơn vị cấp trên", width=32, aliases=("Cấp trên", "Trực thuộc")),
    Column("kind", "Loại", width=22, aliases=("Loại đơn vị",)),
    Column("address", "Địa chỉ", width=36),
)
KEYS = tuple(c.key for c in COLUMNS)
HEADERS = tuple(c.header for c in COLUMNS)


@dataclass(frozen=True, slots=True)
class UnitRow(HasProblems):
    """One data row of a units file, cleaned; `kind` is None when the cell was empty."""

    number: int
    display: tuple[str, ...]
    name: str
    code: str
    parent_text: str
    kind: UnitKind | None
    address: str
    problems: tuple[RowProblem, ...]
    present: frozenset[str]


def _text(values: dict[str, object], key: str) -> str:
    from desktop.domain.text import clean

    value = values.get(key)
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unquote(clean(str(value)))


def parse_row(raw: RawRow, present: frozenset[str]) -> UnitRow:
    """Clean one raw row; the reasons it is wrong go to `error`."""
    values = raw.values
    problems = list(raw.problems)
    name = _text(values, "name")
    if not name:
        problems.append(problem("missing_unit_name"))
    kind_text = _text(values, "kind")
    kind = parse_unit_kind(kind_text) if kind_text else None
    if kind_text and kind is None:
        problems.append(problem("unit_kind_unknown", value=kind_text, choices=unit_kind_choices()))
    return UnitRow(
        number=raw.number,
        display=tuple(cell_text(values.get(k)) for k in KEYS),
        name=name,
        code=_text(values, "code").upper(),
        parent_text=_text(values, "parent"),
        kind=kind,
        address=_text(values, "address"),
        problems=tuple(problems),
        present=present,
    )


def read_units(path: Path) -> list[UnitRow]:
    """Read a units file into rows (good and bad). Raises FileRejected for an unusable file."""
    sheet = read_sheet(Path(path), COLUMNS)
    return [parse_row(raw, sheet.present) for raw in sheet.rows]


def write_units_template(path: Path) -> None:
    """An empty units sheet to fill in, with the list of kinds."""
    from desktop.exchange.writer import Choice, write_template

    kinds = Choice("kind", tuple(UNIT_KIND_LABELS[k] for k in UnitKind))
    write_template(Path(path), SHEET_TITLE, COLUMNS, (kinds,))


def write_units(path: Path, rows: Iterable[Sequence[object]]) -> int:
    """Write units; each row has the values of COLUMNS in order."""
    from desktop.exchange.writer import write_rows

    return write_rows(Path(path), SHEET_TITLE, COLUMNS, rows)
