"""The initiatives table's shapes: what it is asked, one of its lines, and an initiative as listed
on a person's page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.domain.initiatives import InitiativeKind, RecognitionStatus, Scope


class SortColumn(StrEnum):
    """Columns the initiatives table can be sorted by."""

    TITLE = "title"
    KIND = "kind"
    AUTHORS = "authors"
    UNIT = "unit"
    YEAR = "year"
    STATUS = "status"
    SCOPE = "scope"
    DECISION = "decision"


@dataclass(frozen=True, slots=True)
class InitiativeQuery:
    """What the initiatives table shows: folded search tokens, filters, order."""

    tokens: tuple[str, ...] = ()
    kind: InitiativeKind | None = None
    status: RecognitionStatus | None = None
    scope: Scope | None = None
    year: int | None = None
    movement_id: int | None = None
    unit_ids: tuple[int, ...] | None = None
    sort: SortColumn = SortColumn.TITLE
    descending: bool = False


@dataclass(frozen=True, slots=True)
class InitiativeTableRow:
    """One line of the initiatives table."""

    id: int
    title: str
    kind: InitiativeKind
    authors: str
    unit_name: str
    year: int
    status: RecognitionStatus
    scope: Scope | None
    decision_number: str
    decision_date: date | None
    attachments: int
    used_for_award: str


@dataclass(frozen=True, slots=True)
class PersonInitiative:
    """An initiative as listed on a person's page."""

    id: int
    title: str
    kind: InitiativeKind
    year: int
    status: RecognitionStatus
    scope: Scope | None
    share: float | None
    decision_number: str
    used_for_award: str
