"""The khối thi đua spreadsheets: members of the khối (in rotation order) and the scores the khối
gave its members on its criteria of a year."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.row_problems import HasProblems, RowProblem, problem
from desktop.exchange.reader import Column, RawRow, cell_text, read_sheet

MEMBERS_TITLE = "Thành viên khối"
MEMBER_COLUMNS: tuple[Column, ...] = (
    Column("bloc", "Khối thi đua", True, 34, aliases=("Khối", "Cụm thi đua", "Khối, cụm")),
    Column("kind", "Loại (Khối/Cụm)", width=14, aliases=("Loại",)),
    Column("order", "Thứ tự luân phiên", width=12, aliases=("Thứ tự", "STT")),
    Column("member", "Thành viên", True, 36, aliases=("Đơn vị", "Tên đơn vị")),
    Column(
        "outside",
        "Ngoài danh mục đơn vị (x)",
        width=16,
        aliases=("Ngoài danh mục", "Ngoài cơ quan"),
    ),
    Column("from_year", "Từ năm", width=10),
    Column("to_year", "Đến năm", width=10),
    Column("note", "Ghi chú", width=30),
)
MEMBER_HEADERS = tuple(c.header for c in MEMBER_COLUMNS)

SCORES_TITLE = "Chấm điểm khối"
SCORE_COLUMNS: tuple[Column, ...] = (
    Column("member", "Thành viên", True, 36, aliases=("Đơn vị", "Tên đơn vị")),
    Column("criterion", "Tiêu chí", True, 50, aliases=("Nội dung tiêu chí",)),
    Column("max_score", "Điểm tối đa", width=12, aliases=("Điểm chuẩn",)),
    Column("score", "Điểm", True, 10, aliases=("Điểm chấm", "Điểm đạt")),
)
SCORE_HEADERS = tuple(c.header for c in SCORE_COLUMNS)


def _number(text: str, label: str, problems: list[RowProblem], *, whole: bool) -> float | None:
    if not text:
        return None
    try:
        value = float(text.replace(",", ".")) if not whole else int(text)
    except ValueError:
        code = "not_whole_number" if whole else "not_a_number_value"
        problems.append(problem(code, column=label, value=text))
        return None
    return value


@dataclass(frozen=True, slots=True)
class MemberLine(HasProblems):
    """One row of a members file, cleaned."""

    number: int
    display: tuple[str, ...]
    bloc: str
    kind: str
    order: int | None
    member: str
    outside: bool
    from_year: int | None
    to_year: int | None
    note: str
    problems: tuple[RowProblem, ...]


def _member_line(raw: RawRow) -> MemberLine:
    v = {c.key: cell_text(raw.values.get(c.key)) for c in MEMBER_COLUMNS}
    problems = list(raw.problems)
    if not v["bloc"]:
        problems.append(problem("missing_bloc"))
    if not v["member"]:
        problems.append(problem("missing_member"))
    order = _number(v["order"], "Thứ tự", problems, whole=True)
    start = _number(v["from_year"], "Từ năm", problems, whole=True)
    end = _number(v["to_year"], "Đến năm", problems, whole=True)
    return MemberLine(
        raw.number,
        tuple(v[c.key] for c in MEMBER_COLUMNS),
        v["bloc"],
        v["kind"],
        None if order is None else int(order),
        v["member"],
        v["outside"].strip().lower() in {"x", "có", "co", "1", "yes"},
        None if start is None else int(start),
        None if end is None else int(end),
        v["note"],
        tuple(problems),
    )


def read_members(path: Path) -> list[MemberLine]:
    """Read a members file (good and bad rows). Raises FileRejected when unusable."""
    return [_member_line(raw) for raw in read_sheet(Path(path), MEMBER_COLUMNS).rows]


@dataclass(frozen=True, slots=True)
class ScoreLine(HasProblems):
    """One row of a scores file, cleaned; `score` None when the cell was empty."""

    number: int
    display: tuple[str, ...]
    member: str
    criterion: str
    score: float | None
    problems: tuple[RowProblem, ...]


def _score_line(raw: RawRow) -> ScoreLine:
    v = {c.key: cell_text(raw.values.get(c.key)) for c in SCORE_COLUMNS}
    problems = list(raw.problems)
    if not v["member"]:
        problems.append(problem("missing_member"))
    if not v["criterion"]:
        problems.append(problem("missing_criterion"))
    score = _number(v["score"], "Điểm", problems, whole=False)
    return ScoreLine(
        raw.number,
        tuple(v[c.key] for c in SCORE_COLUMNS),
        v["member"],
        v["criterion"],
        score,
        tuple(problems),
    )


def read_scores(path: Path) -> list[ScoreLine]:
    """Read a scores file (good and bad rows). Raises FileRejected when unusable."""
    return [_score_line(raw) for raw in read_sheet(Path(path), SCORE_COLUMNS).rows]


def write_members_template(path: Path) -> None:
    """An empty members sheet to fill in."""
    from desktop.exchange.writer import write_template

    write_template(Path(path), MEMBERS_TITLE, MEMBER_COLUMNS, ())


def write_scores_template(path: Path) -> None:
    """An empty scores sheet to fill in."""
    from desktop.exchange.writer import write_template

    write_template(Path(path), SCORES_TITLE, SCORE_COLUMNS, ())


def write_members(path: Path, rows: Iterable[Sequence[object]]) -> int:
    """Write members; each row has the values of MEMBER_COLUMNS in order."""
    from desktop.exchange.writer import write_rows

    return write_rows(Path(path), MEMBERS_TITLE, MEMBER_COLUMNS, rows)


def write_scores(path: Path, rows: Iterable[Sequence[object]]) -> int:
    """Write scores; each row has the values of SCORE_COLUMNS in order."""
    from desktop.exchange.writer import write_rows

    return write_rows(Path(path), SCORES_TITLE, SCORE_COLUMNS, rows)
