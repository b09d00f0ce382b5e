"""The names a paper of a given day prints: a unit's name of that day, the unit a row referred
to before a merge moved it, the office's and its superior's names of that day."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from desktop.domain.awards import AwardLine
from desktop.domain.office import OfficeInfo
from desktop.domain.proposals import Nominee
from desktop.domain.unit_names import NamePeriod, OfficeField, current_since, period_on
from desktop.persistence.repositories import office as office_repo
from desktop.persistence.repositories import unit_names as repo


@dataclass
class DatedNames:
    """Names as they were on a paper's day, read through one connection (cached per unit)."""

    conn: sqlite3.Connection
    day: date

    def __post_init__(self) -> None:
        self._units: dict[int, repo.UnitNames] = {}

    def _names(self, unit_id: int) -> repo.UnitNames:
        if unit_id not in self._units:
            self._units[unit_id] = repo.unit_names(self.conn, unit_id)
        return self._units[unit_id]

    def unit(self, unit_id: int | None) -> str:
        """The unit's name on the day ("" without a unit)."""
        if unit_id is None:
            return ""
        names = self._names(unit_id)
        return period_on(names.past, names.current, self.day).name

    def current(self, unit_id: int) -> str:
        """The unit's name today."""
        return self._names(unit_id).name

    def parent(self, unit_id: int) -> int | None:
        """The unit's parent on the day."""
        names = self._names(unit_id)
        return period_on(names.past, names.current, self.day).parent_id

    def row_unit(self, table: str, column: str, row_id: int, unit_id: int | None) -> int | None:
        """The unit a row referred to on the day (before a merge moved it)."""
        if unit_id is None:
            return None
        return repo.origin_unit(self.conn, table, column, row_id, self.day) or unit_id

    def row_unit_name(self, table: str, column: str, row_id: int, unit_id: int | None) -> str:
        """The name, on the day, of the unit a row referred to then."""
        return self.unit(self.row_unit(table, column, row_id, unit_id))

    def nominee(self, n: Nominee) -> Nominee:
        """A nominee with the names of the day: a person's unit then; a unit's own name and
        its parent's then (before a rename or a merge)."""
        if n.data.person_id is not None:
            unit = self.conn.execute(
                "SELECT unit_id FROM person WHERE id = ?", (n.data.person_id,)
            ).fetchone()
            if unit is None:
                return n
            then = self.row_unit("person", "unit_id", n.data.person_id, unit[0])
            return replace(n, unit_name=self.unit(then))
        if n.data.unit_id is not None:
            then = self.row_unit("nominee", "unit_id", n.id, n.data.unit_id)
            assert then is not None
            parent = self.parent(then)
            return replace(n, name=self.unit(then), unit_name=self.unit(parent))
        return n

    def nominees(self, noms: Sequence[Nominee]) -> list[Nominee]:
        """Each nominee with the names of the day."""
        return [self.nominee(n) for n in noms]

    def office(self, info: OfficeInfo | None = None) -> OfficeInfo:
        """The office identity with the names of the day: the office's own, its superior's
        (cơ quan chủ quản) and the place of the date line (địa danh)."""
        info = info if info is not None else office_repo.load(self.conn)
        return replace(
            info,
            name=_office_name(self.conn, OfficeField.NAME, info.name, self.day),
            parent_agency=_office_name(
                self.conn, OfficeField.PARENT_AGENCY, info.parent_agency, self.day
            ),
            place=_office_name(self.conn, OfficeField.PLACE, info.place, self.day),
        )


def _office_name(conn: sqlite3.Connection, field: OfficeField, current: str, day: date) -> str:
    past = repo.office_periods(conn, field)
    if not past:
        return current
    return period_on(past, NamePeriod(current, current_since(past), None), day).name


def office_on(conn: sqlite3.Connection, day: date) -> OfficeInfo:
    """The office identity a paper dated `day` prints (names of that day)."""
    return DatedNames(conn, day).office()


def given_under(conn: sqlite3.Connection, lines: Sequence[AwardLine]) -> dict[int, str]:
    """Unit award lines given under another name than the unit's current one (a unit renamed
    since, or merged into this one): line id → the name of the decision's day."""
    out: dict[int, str] = {}
    for line in lines:
        if line.unit_id is None:
            continue
        day = line.decision_date
        names = DatedNames(conn, day or date(line.year, 12, 31))
        then = names.row_unit_name("award_record", "unit_id", line.id, line.unit_id)
        if then != names.current(line.unit_id):
            out[line.id] = then
    return out
