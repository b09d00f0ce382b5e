"""The staff (cán bộ - cá nhân) spreadsheet: columns, parsing rows into inputs, writing."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.domain.errors import ValidationError
from desktop.domain.identity import BirthDate, normalize_cccd, parse_birth_date
from desktop.domain.people import PersonInput, Sex, parse_sex
from desktop.domain.text import clean
from desktop.exchange.reader import Column, RawRow, cell_text, read_sheet, unquote
from desktop.exchange.writer import Choice, write_rows, write_template

SHEET_TITLE = "Cán bộ"
COLUMNS: tuple[Column, ...] = (
    Column("full_name", "Họ và tên", True, 28, aliases=("Họ tên", "Họ và tên cán bộ")),
    Column("birth_date", "Ngày sinh", width=13, text=True, aliases=("Ngày tháng năm sinh",)),
    Column("sex", "Giới tính", width=10, aliases=("Nam/Nữ",)),
    Column(
        "cccd", "Số CCCD", width=16, text=True, aliases=("CCCD", "Số định danh", "Số CCCD/CMND")
    ),
    Column("hometown", "Quê quán", width=24),
    Column("residence", "Nơi ở", width=24, aliases=("Nơi ở hiện nay", "Địa chỉ")),
    Column("unit", "Đơn vị", True, 28, aliases=("Tên đơn vị", "Đơn vị công tác")),
    Column("position", "Chức vụ", width=20),
    Column("qualification", "Trình độ chuyên môn", width=20, aliases=("Trình độ",)),
    Column("academic_title", "Học hàm, học vị", width=16),
    Column("phone", "Điện thoại", width=14, text=True, aliases=("Số điện thoại",)),
    Column("email", "Email", width=24, aliases=("Thư điện tử",)),
)
KEYS = tuple(c.key for c in COLUMNS)
HEADERS = tuple(c.header for c in COLUMNS)
SEX_CHOICES = Choice("sex", (Sex.MALE.label, Sex.FEMALE.label))
_EXCEL_SERIAL_MIN = 3000  # a number above any plausible year is an Excel date serial


@dataclass(frozen=True, slots=True)
class StaffRow:
    """One data row: its Excel row number, display texts, and the input or the reason it failed.

    `data` has no unit yet (`unit_id=None`): the service resolves `unit_text`.
    """

    number: int
    display: tuple[str, ...]  # the cells as text, in COLUMNS order (for a preview)
    data: PersonInput | None
    unit_text: str
    error: str
    present: frozenset[str]  # columns the file has (others keep stored values on update)


def _text(values: dict[str, object], key: str) -> str:
    value = values.get(key)
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unquote(clean(str(value)))


def _raw(values: dict[str, object], key: str) -> str:
    """Like `_text` without cleaning: for fields `PersonInput.validated()` cleans anyway."""
    value = values.get(key)
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unquote(str(value).strip())


def _birth(value: object) -> BirthDate | None:
    if isinstance(value, int | float) and not isinstance(value, bool) and value > _EXCEL_SERIAL_MIN:
        from openpyxl.utils.datetime import from_excel

        converted = from_excel(value)
        if isinstance(converted, datetime):
            value = converted
    if isinstance(value, str):
        value = clean(value)
    return parse_birth_date(value)


def _cccd(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str):
        value = clean(value)
    return normalize_cccd(value)  # type: ignore[arg-type]


def parse_row(raw: RawRow, present: frozenset[str]) -> StaffRow:
    """Turn one raw row into a PersonInput (without unit), or the reasons it is wrong."""
    values = raw.values
    problems = list(raw.problems)
    name = _raw(values, "full_name")
    if not name:
        problems.append("Thiếu họ và tên")
    unit = _text(values, "unit")
    if not unit:
        problems.append("Thiếu đơn vị")
    sex = None
    sex_text = _text(values, "sex")
    if sex_text:
        sex = parse_sex(sex_text)
        if sex is None:
            problems.append(f"Giới tính “{sex_text}” không rõ (ghi Nam hoặc Nữ)")
    birth = None
    cccd = ""
    try:
        birth = _birth(values.get("birth_date"))
    except (ValidationError, ValueError, OverflowError) as exc:
        problems.append(_reason(exc, "Ngày sinh không hợp lệ"))
    try:
        cccd = _cccd(values.get("cccd"))
    except ValidationError as exc:
        problems.append(_reason(exc, "Số CCCD không hợp lệ"))
    if problems:
        return StaffRow(raw.number, _display(values), None, unit, "; ".join(problems), present)
    data = PersonInput(
        full_name=name,
        unit_id=None,
        sex=sex,
        birth_date=birth,
        cccd=cccd,
        hometown=_raw(values, "hometown"),
        residence=_raw(values, "residence"),
        position=_raw(values, "position"),
        qualification=_raw(values, "qualification"),
        academic_title=_raw(values, "academic_title"),
        phone=_phone(values),
        email=_raw(values, "email"),
    )
    return StaffRow(raw.number, _display(values), data, unit, "", present)


def _display(values: dict[str, object]) -> tuple[str, ...]:
    """The cells as text; empty cells share one empty string (memory of 100,000 rows)."""
    return tuple(
        sys.intern(cell_text(values.get(k))) if k not in _UNIQUE else cell_text(values.get(k))
        for k in KEYS
    )


_UNIQUE = frozenset({"full_name", "cccd", "phone", "email", "residence"})


def _phone(values: dict[str, object]) -> str:
    text = _text(values, "phone")
    # A mobile number typed as a number lost its leading zero (0912 345 678 -> 912345678).
    if isinstance(values.get("phone"), int | float) and len(text) == 9:
        return "0" + text
    return text


def _reason(exc: Exception, fallback: str) -> str:
    return str(getattr(exc, "message", "") or fallback).rstrip(".")


def read_staff(path: Path) -> list[StaffRow]:
    """Read a staff file into rows (good and bad). Raises FileRejected for an unusable file."""
    sheet = read_sheet(Path(path), COLUMNS)
    raws = sheet.rows
    out = []
    for i, raw in enumerate(raws):
        out.append(parse_row(raw, sheet.present))
        raws[i] = None  # type: ignore[call-overload]  # freed as we go: one copy in memory
    return out


def write_staff_template(path: Path) -> None:
    """An empty staff sheet to fill in."""
    write_template(Path(path), SHEET_TITLE, COLUMNS, (SEX_CHOICES,))


def write_staff(path: Path, rows: Iterable[Sequence[object]]) -> int:
    """Write people; each row has the values of COLUMNS in order."""
    return write_rows(Path(path), SHEET_TITLE, COLUMNS, rows)
