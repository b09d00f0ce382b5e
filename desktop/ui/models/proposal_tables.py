"""Table models of the proposals page: eligibility rows (hundreds of thousands: plain tuples and
a list of shown indexes, no per-row objects), batches and the nominees of one batch."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.domain.eligibility import Result
from desktop.domain.proposals import vote_reached
from desktop.domain.text import fold, name_sort_key, search_tokens, split_name, text_sort_key
from desktop.services.eligibility import EligibilityRow
from desktop.services.proposals import BatchSummary, Nominee
from desktop.ui.messages import reason_text
from desktop.ui.models.lazy_table import ID_ROLE
from desktop.ui.style import error_color
from desktop.ui.widgets.proposal_labels import (
    RESULT_COLORS,
    outcome_label,
    result_label,
    state_label,
)

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole

E_NAME, E_UNIT, E_AWARD, E_RESULT = range(4)
_RESULT_ORDER = {Result.ELIGIBLE: 0, Result.REVIEW: 1, Result.INELIGIBLE: 2, Result.AWARDED: 3}


class _ListModel(QAbstractTableModel):
    """Rows held in a list (`_rows`), one column per header (`_headers`)."""

    _rows: Sequence[object]
    _headers: tuple[str, ...]

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> object:
        if role == _DISPLAY and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None


class EligibilityModel(_ListModel):
    """Eligibility rows with filters (award, result, words of the name) and sorting."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[EligibilityRow] = []
        self._shown: list[int] = []
        self._award_names: dict[str, str] = {}
        self._award_order: dict[str, int] = {}
        self._words: dict[str, str] = {}  # name → ' folded words'
        self._filter: tuple[str | None, Result | None, str] = (None, None, "")
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._headers = (self.tr("Name"), self.tr("Unit"), self.tr("Award"), self.tr("Result"))

    def set_rows(self, rows: list[EligibilityRow], award_names: dict[str, str]) -> None:
        """Show a new evaluation (the filters and the sort order are kept)."""
        self.beginResetModel()
        self._rows = rows
        self._award_names = award_names
        self._award_order = {code: i for i, code in enumerate(award_names)}
        self._words = {}
        self._shown = self._filtered()
        self._apply_sort()
        self.endResetModel()

    def set_filter(self, award: str | None, result: Result | None, text: str) -> None:
        """Keep only the rows of an award, of a result, whose name has each word (no accents)."""
        self.beginResetModel()
        self._filter = (award, result, text)
        self._shown = self._filtered()
        self._apply_sort()
        self.endResetModel()

    def _folded(self, name: str) -> str:
        folded = self._words.get(name)
        if folded is None:
            folded = " " + " ".join(fold(name).replace("-", " ").split())
            self._words[name] = folded
        return folded

    def _filtered(self) -> list[int]:
        award, result, text = self._filter
        rows = self._rows
        shown: list[int] = list(range(len(rows)))
        if award:
            shown = [i for i in shown if rows[i].verdict.award == award]
        if result is not None:
            shown = [i for i in shown if rows[i].verdict.result is result]
        tokens = search_tokens(text)
        if tokens:
            # Each distinct name is tested once (a person appears once per award checked).
            starts = [" " + t for t in tokens]
            folded = self._folded
            names = {rows[i].subject.name for i in shown}
            keep = {n for n in names if all(s in folded(n) for s in starts)}
            shown = [i for i in shown if rows[i].subject.name in keep]
        return shown

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._apply_sort()
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        if self._sort is None:
            return
        column, order = self._sort
        rows = self._rows
        if column == E_NAME:
            keys: dict[str, str] = {}
            for i in self._shown:
                name = rows[i].subject.name
                if name not in keys:
                    keys[name] = name_sort_key(split_name(name))
            self._shown.sort(key=lambda i: keys[rows[i].subject.name])
        elif column == E_UNIT:
            self._shown.sort(key=lambda i: text_sort_key(rows[i].subject.unit))
        elif column == E_AWARD:
            self._shown.sort(key=lambda i: self._award_order.get(rows[i].verdict.award, 999))
        elif column == E_RESULT:
            self._shown.sort(key=lambda i: _RESULT_ORDER[rows[i].verdict.result])
        if order == Qt.SortOrder.DescendingOrder:
            self._shown.reverse()

    def total(self) -> int:
        """Rows of the evaluation, before the filters."""
        return len(self._rows)

    def row_at(self, row: int) -> EligibilityRow:
        """The evaluation row shown at `row`."""
        return self._rows[self._shown[row]]

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._shown)

    def data(self, index: _Index, role: int = _DISPLAY) -> object:
        if not index.isValid():
            return None
        r = self._rows[self._shown[index.row()]]
        col = index.column()
        if role == _DISPLAY:
            if col == E_NAME:
                return r.subject.name
            if col == E_UNIT:
                return r.subject.unit
            if col == E_AWARD:
                return self._award_names.get(r.verdict.award, r.verdict.award)
            return result_label(r.verdict.result)
        if role == _TOOLTIP and col == E_RESULT:
            return "\n".join(reason_text(x) for x in r.verdict.reasons)
        if role == _FOREGROUND and col == E_RESULT:
            return RESULT_COLORS[r.verdict.result]
        return None


B_TITLE, B_YEAR, B_STATE, B_COUNT, B_NUMBER = range(5)


class BatchesModel(_ListModel):
    """The batches (id, title, year, state, nominee count, number text)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[BatchSummary] = []
        self._headers = (
            self.tr("Title"),
            self.tr("Year"),
            self.tr("State"),
            self.tr("Nominees"),
            self.tr("Number"),
        )

    def set_rows(self, rows: Sequence[BatchSummary]) -> None:
        """Show these batches."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def batch_id(self, row: int) -> int:
        """The id of the batch at `row`."""
        return self._rows[row].id

    def row_of(self, batch_id: int) -> int:
        """The row of a batch (-1 when not listed)."""
        return next((i for i, r in enumerate(self._rows) if r.id == batch_id), -1)

    def data(self, index: _Index, role: int = _DISPLAY) -> object:
        if not index.isValid():
            return None
        b = self._rows[index.row()]
        if role == _TOOLTIP and index.column() == B_TITLE:
            return b.title
        if role == ID_ROLE:  # the batch's id, as the list-page base reads a record's
            return b.id
        if role != _DISPLAY:
            return None
        return (b.title, b.year, state_label(b.state), b.nominee_count, b.number_text)[
            index.column()
        ]


N_NAME, N_AWARD, N_ELIGIBILITY, N_VOTES, N_OVERRIDE, N_OUTCOME, N_ROUTE = range(7)
_FAILED = error_color()


class NomineesModel(_ListModel):
    """The nominees of one batch: votes below the award's threshold in red, and who decides."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Nominee] = []
        self._award_names: dict[str, str] = {}
        self._thresholds: dict[str, int] = {}
        self._members_total = 0
        self._routes: dict[int, str] = {}
        self._headers = (
            self.tr("Name"),
            self.tr("Award"),
            self.tr("Eligibility"),
            self.tr("Votes"),
            self.tr("Override reason"),
            self.tr("Outcome"),
            self.tr("Decided by"),
        )

    def set_rows(
        self,
        rows: Sequence[Nominee],
        award_names: dict[str, str],
        *,
        thresholds: dict[str, int] | None = None,
        members_total: int = 0,
        routes: dict[int, str] | None = None,
    ) -> None:
        """Show these nominees (with the awards' vote thresholds, the council's size and, by
        nominee id, who decides each)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._award_names = award_names
        self._thresholds = thresholds or {}
        self._members_total = members_total
        self._routes = routes or {}
        self.endResetModel()

    def nominee(self, row: int) -> Nominee:
        """The nominee at `row`."""
        return self._rows[row]

    def nominees(self) -> list[Nominee]:
        """Every nominee shown."""
        return list(self._rows)

    def below_threshold(self, row: int) -> bool:
        """True when the nominee's votes are below the award's threshold."""
        n = self._rows[row]
        threshold = self._thresholds.get(n.data.award_code, 0)
        return (
            n.data.votes_in_favour is not None
            and self._members_total > 0
            and not vote_reached(n.data.votes_in_favour, self._members_total, threshold)
        )

    def data(self, index: _Index, role: int = _DISPLAY) -> object:
        if not index.isValid():
            return None
        n = self._rows[index.row()]
        col = index.column()
        if role == _DISPLAY:
            if col == N_NAME:
                return f"{n.name} — {n.unit_name}" if n.unit_name else n.name
            if col == N_AWARD:
                return self._award_names.get(n.data.award_code, n.data.award_code)
            if col == N_ELIGIBILITY:
                return result_label(n.eligibility)
            if col == N_VOTES:
                return "" if n.data.votes_in_favour is None else n.data.votes_in_favour
            if col == N_OVERRIDE:
                return n.data.override_reason
            if col == N_ROUTE:
                return self._routes.get(n.id, "")
            return outcome_label(n.outcome)
        if role == _TOOLTIP and col == N_ELIGIBILITY:
            return "\n".join(reason_text(x) for x in n.eligibility_reasons)
        if role == _TOOLTIP and col == N_VOTES and self.below_threshold(index.row()):
            return (
                self.tr("Below %1 % of the council's %2 members")
                .replace("%1", str(self._thresholds.get(n.data.award_code, 0)))
                .replace("%2", str(self._members_total))
            )
        if role == _FOREGROUND and col == N_ELIGIBILITY and n.eligibility:
            return RESULT_COLORS[Result(n.eligibility)]
        if (
            role == _FOREGROUND
            and col in (N_VOTES, N_OUTCOME)
            and self.below_threshold(index.row())
        ):
            return _FAILED
        return None
