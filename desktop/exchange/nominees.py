"""The list of nominees a department or commune sends (`nominees`): rows in, and its template."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.identity import BirthDate
from desktop.domain.row_problems import HasProblems, RowProblem, problem
from desktop.domain.text import clean
from desktop.exchange.reader import Column, cell_text, identity_cells, read_sheet
from desktop.exchange.writer import write_template

COLUMNS: tuple[Column, ...] = (
    Column("full_name", "Họ và tên", True, 28, aliases=("Họ tên",)),
    Column("cccd", "Số CCCD", width=16, text=True, aliases=("CCCD", "Số định danh")),
    Column("birth_date", "Ngày sinh", width=13, text=True),
    Column("unit", "Đơn vị", width=28, aliases=("Đơn vị công tác",)),
    Column(
        "award",
        "Danh hiệu / Hình thức",
        True,
        36,
        aliases=("Danh hiệu", "Hình thức khen thưởng", "Danh hiệu, hình thức", "Hình thức"),
    ),
    Column("summary", "Tóm tắt thành tích", width=50, aliases=("Thành tích", "Tóm tắt")),
    Column("initiatives", "Sáng kiến", width=40, aliases=("Sáng kiến, đề tài",)),
)
TITLE = "Danh sách đề nghị khen thưởng"
_SPLIT = re.compile(r"[;\n]+")


@dataclass(frozen=True, slots=True)
class NomineeLine(HasProblems):
    """A parsed row: who (name, CCCD, birth, unit), for which title, the summary and the
    titles of the initiatives it rests on."""

    number: int
    display: tuple[str, ...]
    full_name: str
    cccd: str
    birth: BirthDate | None
    unit_text: str
    award: str
    summary: str
    initiatives: tuple[str, ...]
    problems: tuple[RowProblem, ...]


def _text(
    values: dict[str, object], key: str, problems: list[RowProblem], missing: str = ""
) -> str:
    """A cell as clean text; the problem `missing` added when it is required and empty."""
    text = clean(cell_text(values.get(key)))
    if missing and not text:
        problems.append(problem(missing))
    return text


def read_nominees(path: Path) -> list[NomineeLine]:
    """Read a nominee list (FileRejected for an unusable file)."""
    out: list[NomineeLine] = []
    for raw in read_sheet(Path(path), COLUMNS).rows:
        v, problems = raw.values, list(raw.problems)
        name = _text(v, "full_name", problems, "missing_full_name")
        cccd, birth = identity_cells(v, problems)
        award = _text(v, "award", problems, "missing_award")
        parts = _SPLIT.split(cell_text(v.get("initiatives")))
        out.append(
            NomineeLine(
                number=raw.number,
                display=tuple(cell_text(v.get(c.key)) for c in COLUMNS),
                full_name=name,
                cccd=cccd,
                birth=birth,
                unit_text=_text(v, "unit", problems),
                award=award,
                summary=_text(v, "summary", problems),
                initiatives=tuple(t for t in map(clean, parts) if t),
                problems=tuple({p.text: p for p in problems}.values()),
            )
        )
    return out


def write_nominees_template(path: Path) -> None:
    """An empty nominee list with its columns."""
    write_template(Path(path), TITLE, COLUMNS)
