"""Table models for initiatives: the page's table (ids of a query, rows fetched in blocks) and
the short list of one person's initiatives."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.domain.initiative_table import (
    InitiativeQuery,
    InitiativeTableRow,
    PersonInitiative,
    SortColumn,
)
from desktop.services import initiatives
from desktop.services.session import Workspace
from desktop.ui.models.lazy_table import ID_ROLE, QueryTableModel
from desktop.ui.widgets.initiative_labels import kind_label, scope_label, share_text, status_label

(
    COL_TITLE,
    COL_KIND,
    COL_AUTHORS,
    COL_UNIT,
    COL_YEAR,
    COL_STATUS,
    COL_SCOPE,
    COL_DECISION,
) = range(8)
SORT_COLUMNS = (
    SortColumn.TITLE,
    SortColumn.KIND,
    SortColumn.AUTHORS,
    SortColumn.UNIT,
    SortColumn.YEAR,
    SortColumn.STATUS,
    SortColumn.SCOPE,
    SortColumn.DECISION,
)
_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class InitiativesTableModel(QueryTableModel):
    """Rows of `services.initiatives.query_ids`; sorting re-runs the query in SQL."""

    sort_columns = SORT_COLUMNS
    max_blocks = 40

    def __init__(self, ws: Workspace, parent: QObject | None = None) -> None:
        headers = (
            self.tr("Title"),
            self.tr("Kind"),
            self.tr("Authors"),
            self.tr("Unit"),
            self.tr("Year"),
            self.tr("Status"),
            self.tr("Scope"),
            self.tr("Decision"),
        )
        super().__init__(InitiativeQuery(), headers, parent)
        self._ws = ws

    def run_query(self, query: InitiativeQuery) -> list[int]:
        return initiatives.query_ids(self._ws, query)

    def ordered(
        self, query: InitiativeQuery, sort: SortColumn, descending: bool
    ) -> InitiativeQuery:
        return replace(query, sort=sort, descending=descending)

    def initiative_id(self, row: int) -> int | None:
        """The id shown in a row."""
        return self.id_at(row)

    def fetch_rows(self, ids: Sequence[int]) -> dict[int, InitiativeTableRow]:
        return initiatives.table_rows(self._ws, ids)

    def cell_tip(self, row: InitiativeTableRow, column: int) -> str | None:
        if column == COL_TITLE:
            tip = row.title
            if row.used_for_award:
                tip += "\n" + self.tr("Used as ground for: %1").replace("%1", row.used_for_award)
            return tip
        if column == COL_AUTHORS:
            return row.authors or None
        return None

    def cell(self, row: InitiativeTableRow, column: int) -> str | None:
        if column == COL_TITLE:
            return row.title
        if column == COL_KIND:
            return kind_label(row.kind)
        if column == COL_AUTHORS:
            return row.authors
        if column == COL_UNIT:
            return row.unit_name
        if column == COL_YEAR:
            return str(row.year)
        if column == COL_STATUS:
            return status_label(row.status)
        if column == COL_SCOPE:
            return scope_label(row.scope)
        if column == COL_DECISION:
            when = row.decision_date.strftime("%d/%m/%Y") if row.decision_date else ""
            return ", ".join(p for p in (row.decision_number, when) if p)
        return None


class PersonInitiativesModel(QAbstractTableModel):
    """The initiatives of one person (title, kind, year, status, scope, share, award used for)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PersonInitiative] = []
        self._headers = (
            self.tr("Title"),
            self.tr("Kind"),
            self.tr("Year"),
            self.tr("Status"),
            self.tr("Scope"),
            self.tr("Share"),
            self.tr("Used for award"),
        )

    def load(self, ws: Workspace, person_id: int | None) -> None:
        """Show the initiatives of this person (none for None)."""
        rows = initiatives.for_person(ws, person_id) if person_id is not None else []
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def initiative_id(self, row: int) -> int | None:
        """The id shown in a row."""
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self._headers[section] if 0 <= section < len(self._headers) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        if role == ID_ROLE:
            return r.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            r.title,
            kind_label(r.kind),
            str(r.year),
            status_label(r.status),
            scope_label(r.scope),
            share_text(r.share),
            r.used_for_award,
        )[index.column()]
