"""The initiatives (sáng kiến) spreadsheet: columns, parsing rows, writing files and templates.

Authors, unit and movement stay text here; the service matches them to stored records.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from desktop.domain.initiatives import (
    InitiativeKind,
    RecognitionStatus,
    Scope,
    parse_kind,
    parse_scope,
    parse_status,
)
from desktop.domain.row_problems import HasProblems, RowProblem, problem
from desktop.domain.text import clean
from desktop.exchange.reader import Column, RawRow, cell_text, read_sheet, unquote
from desktop.exchange.writer import Choice, write_rows, write_template

SHEET_TITLE = "Sáng kiến"
COLUMNS: tuple[Column, ...] = (
    Column(
        "title",
        "Tên sáng kiến",
        True,
        48,
        aliases=(
            "Tên sáng kiến, giải pháp",
            "Tên đề tài, sáng kiến",
            "Tên",
            "Tên sáng kiến/đề tài",
        ),
    ),
    Column("kind", "Loại", width=20, aliases=("Loại sáng kiến", "Hình thức")),
    Column(
        "authors",
        "Tác giả",
        width=36,
        aliases=(
            "Tác giả, đồng tác giả",
            "Tác giả/Đồng tác giả",
            "Họ tên tác giả",
            "Tác giả (CCCD)",
        ),
    ),
    Column("unit", "Đơn vị", width=28, aliases=("Đơn vị áp dụng", "Đơn vị công tác")),
    Column("field", "Lĩnh vực", width=20),
    Column("year", "Năm", width=8, aliases=("Năm áp dụng", "Năm thực hiện")),
    Column("status", "Tình trạng", width=16, aliases=("Tình trạng công nhận", "Kết quả")),
    Column(
        "decision_number",
        "Số quyết định công nhận",
        width=20,
        text=True,
        aliases=("Số quyết định", "Số QĐ công nhận", "Số QĐ"),
    ),
    Column(
        "decision_date",
        "Ngày công nhận",
        width=14,
        text=True,
        aliases=("Ngày quyết định", "Ngày QĐ", "Ngày ký quyết định"),
    ),
    Column("scope", "Phạm vi ảnh hưởng", width=18, aliases=("Phạm vi", "Phạm vi áp dụng")),
    Column("movement", "Phong trào", width=30, aliases=("Phong trào thi đua",)),
    Column("recognising_body", "Cơ quan công nhận", width=24, aliases=("Cấp công nhận",)),
    Column("benefit", "Hiệu quả", width=36, aliases=("Hiệu quả áp dụng",)),
    Column(
        "benefit_value",
        "Giá trị làm lợi (đồng)",
        width=16,
        aliases=("Giá trị làm lợi", "Số tiền làm lợi"),
    ),
    Column("summary", "Tóm tắt", width=40, aliases=("Tóm tắt nội dung", "Nội dung")),
)
KEYS = tuple(c.key for c in COLUMNS)
HEADERS = tuple(c.header for c in COLUMNS)
CHOICES = (
    Choice("kind", tuple(k.label for k in InitiativeKind)),
    Choice("status", tuple(s.label for s in RecognitionStatus)),
    Choice("scope", tuple(s.label for s in Scope)),
)
_DMY = re.compile(r"([0-9]{1,2})[/.\-]([0-9]{1,2})[/.\-]([0-9]{4})")
_YMD = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_MONEY_SEPARATORS = re.compile(r"[\s.,]|đồng$|đ$|vnd$", re.IGNORECASE)
_EXCEL_SERIAL_MIN = 3000


@dataclass(frozen=True, slots=True)
class ParsedRow(HasProblems):
    """One data row: the values read (typed), the texts to match, or why it failed."""

    number: int
    display: tuple[str, ...]
    title: str = ""
    kind: InitiativeKind = InitiativeKind.INITIATIVE
    authors_text: str = ""
    unit_text: str = ""
    movement_text: str = ""
    field: str = ""
    year: int | None = None
    status: RecognitionStatus = RecognitionStatus.PROPOSED
    decision_number: str = ""
    decision_date: date | None = None
    scope: Scope | None = None
    recognising_body: str = ""
    benefit: str = ""
    benefit_value: int | None = None
    summary: str = ""
    problems: tuple[RowProblem, ...] = ()


def _text(values: dict[str, object], key: str) -> str:
    value = values.get(key)
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unquote(clean(str(value)))


def parse_date(value: object) -> date | None:
    """A date cell, an Excel serial, `dd/mm/yyyy` or `yyyy-mm-dd`; ValueError otherwise."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if value > _EXCEL_SERIAL_MIN:
            from openpyxl.utils.datetime import from_excel

            converted = from_excel(value)
            if isinstance(converted, datetime):
                return converted.date()
        raise ValueError(value)
    text = clean(str(value))
    if m := _DMY.fullmatch(text):
        return date(int(m[3]), int(m[2]), int(m[1]))
    if m := _YMD.fullmatch(text):
        return date(int(m[1]), int(m[2]), int(m[3]))
    raise ValueError(text)


def _year(value: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    text = clean(str(value))
    if re.fullmatch(r"[0-9]{4}", text):
        return int(text)
    raise ValueError(text)


def _money(value: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    text = _MONEY_SEPARATORS.sub("", clean(str(value)))
    if re.fullmatch(r"-?[0-9]+", text):
        return int(text)
    raise ValueError(text)


def parse_row(raw: RawRow) -> ParsedRow:
    """Turn one raw row into typed values, or the reasons it is wrong."""
    v = raw.values
    problems = list(raw.problems)
    display = tuple(cell_text(v.get(k)) for k in KEYS)
    title = _text(v, "title")
    if not title:
        problems.append(problem("missing_initiative_title"))
    kind = InitiativeKind.INITIATIVE
    if text := _text(v, "kind"):
        found_kind = parse_kind(text)
        if found_kind is None:
            choices = ", ".join(k.label for k in InitiativeKind)
            problems.append(problem("initiative_kind_unknown", value=text, choices=choices))
        else:
            kind = found_kind
    scope = None
    if text := _text(v, "scope"):
        scope = parse_scope(text)
        if scope is None:
            problems.append(problem("reach_unknown", value=text))
    decision_date = None
    try:
        decision_date = parse_date(v.get("decision_date"))
    except (ValueError, OverflowError):
        problems.append(problem("recognised_on_invalid"))
    year: int | None = None
    if v.get("year") not in (None, ""):
        try:
            year = _year(v["year"])
        except ValueError:
            problems.append(problem("year_not_four_digits", value=_text(v, "year")))
    elif decision_date is not None:
        year = decision_date.year
    else:
        problems.append(problem("missing_year"))
    number = _text(v, "decision_number")
    status = RecognitionStatus.RECOGNISED if number else RecognitionStatus.PROPOSED
    if text := _text(v, "status"):
        found_status = parse_status(text)
        if found_status is None:
            problems.append(problem("initiative_status_unknown", value=text))
        else:
            status = found_status
    benefit_value = None
    if v.get("benefit_value") not in (None, ""):
        try:
            benefit_value = _money(v["benefit_value"])
        except ValueError:
            problems.append(problem("benefit_not_money"))
    if problems:
        return ParsedRow(raw.number, display, problems=tuple(problems))
    return ParsedRow(
        raw.number,
        display,
        title=title,
        kind=kind,
        authors_text=_text(v, "authors"),
        unit_text=_text(v, "unit"),
        movement_text=_text(v, "movement"),
        field=_text(v, "field"),
        year=year,
        status=status,
        decision_number=number,
        decision_date=decision_date,
        scope=scope,
        recognising_body=_text(v, "recognising_body"),
        benefit=_text(v, "benefit"),
        benefit_value=benefit_value,
        summary=_text(v, "summary"),
    )


def read_initiatives(path: Path) -> list[ParsedRow]:
    """Read an initiatives file (good and bad rows). Raises FileRejected for an unusable file."""
    sheet = read_sheet(Path(path), COLUMNS)
    return [parse_row(raw) for raw in sheet.rows]


def write_initiatives_template(path: Path) -> None:
    """An empty initiatives sheet with drop-down lists for kind, status and scope."""
    write_template(Path(path), SHEET_TITLE, COLUMNS, CHOICES)


def write_initiatives(path: Path, rows: Iterable[Sequence[object]]) -> int:
    """Write initiatives; each row has the values of COLUMNS in order."""
    return write_rows(Path(path), SHEET_TITLE, COLUMNS, rows)
