"""Spreadsheets of the movement area: person ratings, unit ratings, registrations, scores.

Rows are parsed into plain values (the person or unit is resolved by the service); every
problem of a row is collected as Vietnamese text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from desktop.domain.errors import ValidationError
from desktop.domain.identity import BirthDate, normalize_cccd, parse_birth_date
from desktop.domain.participation import COMMON_TITLES
from desktop.domain.ratings import (
    RATING_LABELS,
    DisciplineKind,
    Rating,
    parse_discipline,
    parse_rating,
)
from desktop.domain.row_problems import HasProblems, RowProblem, of_error, problem
from desktop.domain.text import clean
from desktop.exchange.reader import Column, RawRow, cell_text, read_sheet, unquote
from desktop.exchange.writer import Choice, write_rows, write_template

_EXCEL_SERIAL_MIN = 3000

RATING_COLUMNS: tuple[Column, ...] = (
    Column("year", "Năm", True, 8, aliases=("Năm xếp loại", "Năm đánh giá")),
    Column("full_name", "Họ và tên", True, 28, aliases=("Họ tên",)),
    Column("cccd", "Số CCCD", width=16, text=True, aliases=("CCCD", "Số định danh")),
    Column("birth_date", "Ngày sinh", width=13, text=True, aliases=("Ngày tháng năm sinh",)),
    Column("unit", "Đơn vị", width=28, aliases=("Đơn vị công tác", "Tên đơn vị")),
    Column(
        "rating",
        "Xếp loại",
        True,
        30,
        aliases=("Xếp loại chất lượng", "Kết quả xếp loại", "Mức xếp loại"),
    ),
    Column("discipline", "Kỷ luật", width=18, aliases=("Hình thức kỷ luật",)),
)
UNIT_RATING_COLUMNS: tuple[Column, ...] = (
    Column("year", "Năm", True, 8, aliases=("Năm xếp loại",)),
    Column("unit", "Đơn vị", True, 36, aliases=("Tên đơn vị", "Tập thể")),
    Column("rating", "Xếp loại", True, 30, aliases=("Xếp loại chất lượng", "Kết quả xếp loại")),
)
REGISTRATION_COLUMNS: tuple[Column, ...] = (
    Column("movement", "Phong trào", width=40, aliases=("Tên phong trào",)),
    Column("year", "Năm", width=8),
    Column("full_name", "Họ và tên", width=28, aliases=("Họ tên", "Ông (bà)")),
    Column("cccd", "Số CCCD", width=16, text=True, aliases=("CCCD",)),
    Column("birth_date", "Ngày sinh", width=13, text=True),
    Column("unit", "Đơn vị", True, 28, aliases=("Tên đơn vị", "Chức vụ, đơn vị")),
    Column("group", "Nhóm đối tượng", width=28, aliases=("Đối tượng",)),
    Column(
        "title", "Danh hiệu đăng ký", True, 30, aliases=("Đăng ký thi đua", "Danh hiệu", "Đăng ký")
    ),
    Column("registered_on", "Ngày đăng ký", width=13, text=True),
    Column("commitments", "Cam kết", width=40, aliases=("Nội dung cam kết",)),
)
SCORE_HEADERS = (
    "Phong trào",
    "Nhóm đối tượng",
    "Năm",
    "Hạng",
    "Đồng hạng",
    "Tên cá nhân, tập thể",
    "Đơn vị",
    "Tổng điểm",
    "Điểm từng tiêu chí",
)
SCORE_COLUMNS: tuple[Column, ...] = tuple(
    Column(f"c{i}", h, width=w)
    for i, (h, w) in enumerate(zip(SCORE_HEADERS, (36, 28, 8, 8, 10, 28, 28, 10, 60), strict=True))
)

_RATING_CHOICES = Choice("rating", tuple(r.value for r in Rating) + tuple(RATING_LABELS.values()))
_DISCIPLINE_CHOICES = Choice("discipline", tuple(k.label for k in DisciplineKind))


def _text(values: dict[str, object], key: str) -> str:
    value = values.get(key)
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unquote(clean(str(value)))


def _year(value: object, problems: list[RowProblem]) -> int | None:
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return value.year
    text = cell_text(value)
    if text.isascii() and text.isdigit() and len(text) == 4:
        return int(text)
    problems.append(problem("year_not_valid", value=text))
    return None


def _birth(value: object) -> BirthDate | None:
    if isinstance(value, int | float) and not isinstance(value, bool) and value > _EXCEL_SERIAL_MIN:
        from openpyxl.utils.datetime import from_excel

        converted = from_excel(value)
        if isinstance(converted, datetime):
            value = converted
    if isinstance(value, str):
        value = clean(value)
    return parse_birth_date(value)


def _date(value: object) -> date | None:
    b = _birth(value)
    if b is None:
        return None
    if b.year_only:
        raise ValidationError("date", "date_format", "Ngày không hợp lệ: ghi dd/mm/yyyy")
    return date(b.year, b.month, b.day)


def _cccd(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str):
        value = clean(value)
    return normalize_cccd(value)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class PersonRef:
    """How a row names a person: name, CCCD, birth date, unit text."""

    full_name: str
    cccd: str
    birth: BirthDate | None
    unit_text: str


def _person(
    values: dict[str, object], problems: list[RowProblem], *, required: bool
) -> PersonRef | None:
    name = _text(values, "full_name")
    if not name:
        if required:
            problems.append(problem("missing_full_name"))
        return None
    cccd = ""
    birth = None
    try:
        cccd = _cccd(values.get("cccd"))
    except ValidationError as exc:
        problems.append(of_error(exc, "cccd_invalid"))
    try:
        birth = _birth(values.get("birth_date"))
    except (ValidationError, ValueError, OverflowError) as exc:
        problems.append(of_error(exc, "birth_date_invalid"))
    return PersonRef(name, cccd, birth, _text(values, "unit"))


@dataclass(frozen=True, slots=True)
class RatingRow(HasProblems):
    """A row of a person ratings file."""

    number: int
    display: tuple[str, ...]
    year: int | None
    person: PersonRef | None
    rating: Rating | None
    discipline: DisciplineKind | None
    problems: tuple[RowProblem, ...]


def parse_rating_row(raw: RawRow) -> RatingRow:
    """Read one row of a ratings file."""
    v = raw.values
    problems = list(raw.problems)
    display = tuple(cell_text(v.get(c.key)) for c in RATING_COLUMNS)
    year = _year(v.get("year"), problems)
    if year is None and not any("Năm" in p.text for p in problems):
        problems.append(problem("missing_year"))
    person = _person(v, problems, required=True)
    rating = discipline = None
    try:
        rating = parse_rating(v.get("rating"))
    except ValidationError as exc:
        problems.append(of_error(exc, "rating_invalid"))
    try:
        discipline = parse_discipline(v.get("discipline"))
    except ValidationError as exc:
        problems.append(of_error(exc, "discipline_invalid"))
    if rating is None and discipline is None and not any("Xếp loại" in p.text for p in problems):
        problems.append(problem("missing_rating"))
    return RatingRow(raw.number, display, year, person, rating, discipline, tuple(problems))


def read_ratings(path: Path) -> list[RatingRow]:
    """Read a person ratings file (FileRejected for an unusable file)."""
    return [parse_rating_row(r) for r in read_sheet(Path(path), RATING_COLUMNS).rows]


@dataclass(frozen=True, slots=True)
class UnitRatingRow(HasProblems):
    """A row of a unit ratings file."""

    number: int
    display: tuple[str, ...]
    year: int | None
    unit_text: str
    rating: Rating | None
    problems: tuple[RowProblem, ...]


def read_unit_ratings(path: Path) -> list[UnitRatingRow]:
    """Read a unit ratings file."""
    out = []
    for raw in read_sheet(Path(path), UNIT_RATING_COLUMNS).rows:
        v = raw.values
        problems = list(raw.problems)
        year = _year(v.get("year"), problems)
        if year is None and not problems:
            problems.append(problem("missing_year"))
        unit = _text(v, "unit")
        if not unit:
            problems.append(problem("missing_unit"))
        rating = None
        try:
            rating = parse_rating(v.get("rating"))
        except ValidationError as exc:
            problems.append(of_error(exc, "rating_invalid"))
        if rating is None and not any("Xếp loại" in p.text for p in problems):
            problems.append(problem("missing_rating"))
        display = tuple(cell_text(v.get(c.key)) for c in UNIT_RATING_COLUMNS)
        out.append(UnitRatingRow(raw.number, display, year, unit, rating, tuple(problems)))
    return out


@dataclass(frozen=True, slots=True)
class RegistrationSheetRow(HasProblems):
    """A row of a registrations file: a person (name given) or the unit itself registers."""

    number: int
    display: tuple[str, ...]
    movement_text: str
    year: int | None
    person: PersonRef | None
    unit_text: str
    group_text: str
    title: str
    registered_on: date | None
    commitments: str
    problems: tuple[RowProblem, ...]


def read_registrations(path: Path) -> list[RegistrationSheetRow]:
    """Read a registrations file."""
    out = []
    for raw in read_sheet(Path(path), REGISTRATION_COLUMNS).rows:
        v = raw.values
        problems = list(raw.problems)
        year = _year(v.get("year"), problems)
        person = _person(v, problems, required=False)
        movement = _text(v, "movement")
        if not movement and year is None and not problems:
            problems.append(problem("movement_or_year"))
        title = _text(v, "title")
        if not title:
            problems.append(problem("missing_registered_title"))
        when = None
        try:
            when = _date(v.get("registered_on"))
        except (ValidationError, ValueError, OverflowError) as exc:
            problems.append(of_error(exc, "registered_on_invalid"))
        display = tuple(cell_text(v.get(c.key)) for c in REGISTRATION_COLUMNS)
        out.append(
            RegistrationSheetRow(
                raw.number,
                display,
                movement,
                year,
                person,
                _text(v, "unit"),
                _text(v, "group"),
                title,
                when,
                _text(v, "commitments"),
                tuple(problems),
            )
        )
    return out


def write_ratings_template(path: Path) -> None:
    """An empty person ratings sheet with drop-down lists."""
    write_template(Path(path), "Xếp loại", RATING_COLUMNS, (_RATING_CHOICES, _DISCIPLINE_CHOICES))


def write_unit_ratings_template(path: Path) -> None:
    """An empty unit ratings sheet."""
    write_template(Path(path), "Xếp loại tập thể", UNIT_RATING_COLUMNS, (_RATING_CHOICES,))


def write_registrations_template(path: Path) -> None:
    """An empty registrations sheet."""
    write_template(
        Path(path),
        "Đăng ký thi đua",
        REGISTRATION_COLUMNS,
        (Choice("title", COMMON_TITLES),),
    )


def write_ratings(path: Path, rows: Iterable[Sequence[object]]) -> int:
    """Person ratings, values in RATING_COLUMNS order."""
    return write_rows(Path(path), "Xếp loại", RATING_COLUMNS, rows)


def write_registrations(path: Path, rows: Iterable[Sequence[object]]) -> int:
    """Registrations, values in REGISTRATION_COLUMNS order."""
    return write_rows(Path(path), "Đăng ký thi đua", REGISTRATION_COLUMNS, rows)


def write_scores(path: Path, rows: Iterable[Sequence[object]]) -> int:
    """Ranking tables, values in SCORE_HEADERS order."""
    return write_rows(Path(path), "Chấm điểm", SCORE_COLUMNS, rows)
