"""Match the authors written in a spreadsheet cell to stored people.

A cell lists authors separated by `;`. Each item is a CCCD, or a name, optionally followed by
the unit in parentheses and a share: `Nguyễn Văn An (Phòng Tài chính) 60%`. A CCCD must be
stored; a name must be unique among people, else unique within the unit given in parentheses or
in the row's `Đơn vị`; anything else is a row error that names the candidates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.domain.errors import ValidationError
from desktop.domain.identity import BirthDate, normalize_cccd
from desktop.domain.initiatives import AuthorShare, equal_shares
from desktop.domain.text import clean, fold
from desktop.persistence import Connection
from desktop.persistence.repositories import initiatives as repo

_SHARE = re.compile(r"^(.*?)[\s:,\-–]*([0-9]+(?:[.,][0-9]+)?)\s*%\s*$")
_UNIT = re.compile(r"^(.*?)\s*\(([^()]*)\)\s*$")
_DIGITS = re.compile(r"[0-9 .\-]{9,}")


@dataclass(frozen=True, slots=True)
class AuthorItem:
    """One author as written: a name or CCCD, a unit hint, a share."""

    text: str
    unit_hint: str = ""
    share: float | None = None


def parse_cell(cell: str) -> list[AuthorItem]:
    """Split an authors cell into items (empty items dropped)."""
    items: list[AuthorItem] = []
    for raw in clean(cell).split(";"):
        text = raw.strip()
        if not text:
            continue
        share: float | None = None
        if m := _SHARE.match(text):
            text, share = m[1].strip(), float(m[2].replace(",", "."))
        hint = ""
        if m := _UNIT.match(text):
            text, hint = m[1].strip(), m[2].strip()
        items.append(AuthorItem(text, hint, share))
    return items


def _describe(cands: list[tuple[int, str, str, str, str | None]]) -> str:
    parts = []
    for _pid, name, _ufold, unit, birth in cands:
        b = BirthDate.from_iso(birth)
        parts.append(f"{name} ({unit}{', sinh ' + b.display() if b else ''})")
    return "; ".join(parts)


def match_one(conn: Connection, item: AuthorItem, row_unit: str = "") -> int:
    """The person id for one item; ValidationError (field `authors`) naming the problem."""
    text = item.text
    if _DIGITS.fullmatch(text):
        try:
            cccd = normalize_cccd(text)
        except ValidationError as exc:
            raise ValidationError(
                "authors", "author_cccd", f"Tác giả “{text}”: {exc.message}"
            ) from None
        pid = repo.person_by_cccd(conn, cccd)
        if pid is None:
            raise ValidationError(
                "authors", "author_not_found", f"Không có người nào có số CCCD {cccd}."
            )
        return pid
    cands = repo.person_candidates(conn, fold(text))
    if not cands:
        raise ValidationError(
            "authors",
            "author_not_found",
            f"Không tìm thấy người tên “{text}” trong danh sách cán bộ.",
        )
    if len(cands) == 1 and not item.unit_hint:
        return cands[0][0]
    for unit in (item.unit_hint, row_unit):
        if not unit:
            continue
        within = [c for c in cands if c[2] == fold(unit)]
        if len(within) == 1:
            return within[0][0]
        if item.unit_hint and unit == item.unit_hint and not within:
            raise ValidationError(
                "authors",
                "author_not_found",
                f"Không có người tên “{text}” ở đơn vị “{unit}”. Có: {_describe(cands)}.",
            )
    if len(cands) == 1:
        return cands[0][0]
    raise ValidationError(
        "authors",
        "author_ambiguous",
        f"Có {len(cands)} người tên “{text}”: {_describe(cands)}. "
        "Hãy ghi số CCCD, hoặc ghi đơn vị trong ngoặc sau tên.",
    )


def match_cell(conn: Connection, cell: str, row_unit: str = "") -> tuple[AuthorShare, ...]:
    """Authors of a cell with their shares; equal shares when none is written."""
    items = parse_cell(cell)
    ids = [match_one(conn, item, row_unit) for item in items]
    if len(set(ids)) != len(ids):
        raise ValidationError(
            "authors", "duplicate_author", "Một người được ghi hai lần trong cột Tác giả."
        )
    shares = [item.share for item in items]
    if len(items) > 1 and all(s is None for s in shares):
        filled: list[float | None] = list(equal_shares(len(items)))
    else:
        filled = list(shares)
    return tuple(AuthorShare(pid, s) for pid, s in zip(ids, filled, strict=True))
