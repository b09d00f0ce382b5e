"""The people table: holds the ordered ids of a query and fetches rows in blocks on demand."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject
from PySide6.QtGui import QBrush, QColor

from desktop.domain.people import WorkStatus
from desktop.domain.people_table import PersonQuery, PersonTableRow, SortColumn
from desktop.services import people
from desktop.services.session import Workspace
from desktop.ui.models.lazy_table import BLOCK, ID_ROLE, MAX_BLOCKS, QueryTableModel
from desktop.ui.widgets.labels import sex_label, status_label

__all__ = ["BLOCK", "ID_ROLE", "MAX_BLOCKS", "PeopleTableModel"]

COL_NAME, COL_SEX, COL_BIRTH, COL_CCCD, COL_UNIT, COL_POSITION = range(6)
SORT_COLUMNS = (
    SortColumn.NAME,
    SortColumn.SEX,
    SortColumn.BIRTH,
    SortColumn.CCCD,
    SortColumn.UNIT,
    SortColumn.POSITION,
)
# display texts of the six columns, foreground brush, tool tip of the name
_Shown = tuple[tuple[str, str, str, str, str, str], QBrush | None, str | None]


class PeopleTableModel(QueryTableModel):
    """Rows of `services.people.query_ids`; cells from `services.people.table_rows`.

    Sorting re-runs the query in SQL (never a proxy model): `sort()` is what the header calls.
    """

    sort_columns = SORT_COLUMNS

    def __init__(self, ws: Workspace, parent: QObject | None = None) -> None:
        headers = (
            self.tr("Full name"),
            self.tr("Sex"),
            self.tr("Date of birth"),
            self.tr("CCCD number"),
            self.tr("Unit"),
            self.tr("Position"),
        )
        super().__init__(people.make_query(), headers, parent)
        self._ws = ws
        self._muted = QBrush(QColor(120, 120, 120))

    def run_query(self, query: PersonQuery) -> list[int]:
        return people.query_ids(self._ws, query)

    def ordered(self, query: PersonQuery, sort: SortColumn, descending: bool) -> PersonQuery:
        return PersonQuery(query.tokens, query.unit_ids, sort, descending)

    def person_id(self, row: int) -> int | None:
        """The id shown in a row."""
        return self.id_at(row)

    def fetch_rows(self, ids: Sequence[int]) -> dict[int, _Shown]:
        return {pid: self._shown(r) for pid, r in people.table_rows(self._ws, ids).items()}

    def _shown(self, row: PersonTableRow) -> _Shown:
        # Formatted once per fetched row, so painting only indexes a tuple.
        birth = row.birth.display() if row.birth else ""
        working = row.status is WorkStatus.WORKING
        return (
            (row.full_name, sex_label(row.sex), birth, row.cccd, row.unit_name, row.position),
            None if working else self._muted,
            None if working else f"{row.full_name} — {status_label(row.status)}",
        )

    def cell(self, row: _Shown, column: int) -> str:
        return row[0][column]

    def cell_brush(self, row: _Shown) -> QBrush | None:
        return row[1]

    def cell_tip(self, row: _Shown, column: int) -> str | None:
        return row[2] if column == COL_NAME else None
