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
from desktop.domain.row_problems import HasProblems, RowProblem, of_error, problem
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


# A good row's input as plain texts: name, sex (its value), birth date (ISO), CCCD, hometown,
# residence, position, qualification, academic title, phone, email.
type Fields = tuple[str, str | None, str | None, str, str, str, str, str, str, str, str]


@dataclass(frozen=True, slots=True)
class StaffRow(HasProblems):
    """One data row: its Excel row number, display texts, and the input or the reason it failed.

    `data` has no unit yet (`unit_id=None`): the service resolves `unit_text`. A good row keeps
    its input as plain texts (`fields`; readers use `data`, made from them when asked): a tuple
    of texts is one object the garbage collector soon stops walking, where a PersonInput and
    its BirthDate are two it walks on every full collection while a 10,000-row file waits in
    its preview.
    """

    number: int
    display: tuple[str, ...]  # the cells as text, in COLUMNS order (for a preview)
    fields: Fields | None
    unit_text: str
    problems: tuple[RowProblem, ...]
    present: frozenset[str]  # columns the file has (others keep stored values on update)

    @property
    def data(self) -> PersonInput | None:
        """The row's input (a new copy each time); None for a row in error."""
        if self.fields is None:
            return None
        name, sex, birth, cccd, home, residence, pos, qual, title, phone, email = self.fields
        return PersonInput(
            full_name=name,
            unit_id=None,
            sex=Sex(sex) if sex else None,
            birth_date=BirthDate.from_iso(birth),
            cccd=cccd,
            hometown=home,
            residence=residence,
            position=pos,
            qualification=qual,
            academic_title=title,
            phone=phone,
            email=email,
        )


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
        problems.append(problem("missing_full_name"))
    unit = _text(values, "unit")
    if not unit:
        problems.append(problem("missing_unit"))
    sex = None
    sex_text = _text(values, "sex")
    if sex_text:
        sex = parse_sex(sex_text)
        if sex is None:
            problems.append(problem("sex_unknown", value=sex_text))
    birth = None
    cccd = ""
    try:
        birth = _birth(values.get("birth_date"))
    except (ValidationError, ValueError, OverflowError) as exc:
        problems.append(of_error(exc, "birth_date_invalid"))
    try:
        cccd = _cccd(values.get("cccd"))
    except ValidationError as exc:
        problems.append(of_error(exc, "cccd_invalid"))
    if problems:
        return StaffRow(raw.number, _display(values), None, unit, tuple(problems), present)
    fields: Fields = (
        name,
        sex.value if sex else None,
        birth.iso() if birth else None,
        cccd,
        _raw(values, "hometown"),
        _raw(values, "residence"),
        _raw(values, "position"),
        _raw(values, "qualification"),
        _raw(values, "academic_title"),
        _phone(values),
        _raw(values, "email"),
    )
    return StaffRow(raw.number, _display(values), fields, unit, (), present)


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
