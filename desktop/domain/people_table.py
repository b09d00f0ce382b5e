"""The people table's shapes: what it is asked (search, unit filter, order) and one of its lines."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.identity import BirthDate
from desktop.domain.people import Sex, WorkStatus


class SortColumn(StrEnum):
    """Columns the people table can be sorted by."""

    NAME = "name"
    SEX = "sex"
    BIRTH = "birth"
    CCCD = "cccd"
    UNIT = "unit"
    POSITION = "position"


@dataclass(frozen=True, slots=True)
class PersonQuery:
    """What the people table shows: search tokens (folded), unit filter, order."""

    tokens: tuple[str, ...] = ()
    unit_ids: tuple[int, ...] | None = None
    sort: SortColumn = SortColumn.NAME
    descending: bool = False


@dataclass(frozen=True, slots=True)
class PersonTableRow:
    """One line of the people table."""

    id: int
    full_name: str
    sex: Sex | None
    birth: BirthDate | None
    cccd: str
    unit_name: str
    position: str
    status: WorkStatus
