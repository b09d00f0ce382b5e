"""Table models of the movement page: plain rows, the scoring and ranking table, the ratings grid."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from desktop.domain.errors import ThiDuaError
from desktop.domain.ratings import Rating

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
_TIE_BRUSH = QBrush(QColor("#fff3c4"))
BLOCK = 200  # rows fetched at a time by the lazy models


def money(value: int | None) -> str:
    """`1.500.000` (Vietnamese thousands separator)."""
    if value is None:
        return ""
    return f"{value:,}".replace(",", ".")


def number(value: float | None) -> str:
    """A score or a quantity: `35`, `7,5`, `1.500.000` (Vietnamese separators, no exponent)."""
    if value is None:
        return ""
    if float(value).is_integer():
        return money(int(value))
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


class RowsModel(QAbstractTableModel):
    """Read-only rows (tuples) shown through a cell formatter; the first value is the id."""

    def __init__(
        self,
        headers: Sequence[str],
        cell: Callable[[tuple[Any, ...], int], str],
        parent: Any = None,
        *,
        right_aligned: Sequence[int] = (),
    ) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._cell = cell
        self._rows: list[tuple[Any, ...]] = []
        self._ids: list[int] | None = None
        self._fetch: Callable[[Sequence[int]], dict[int, tuple[Any, ...]]] = dict.fromkeys  # type: ignore[assignment]
        self._shown: dict[int, tuple[str, ...]] = {}
        self._right = set(right_aligned)

    def set_rows(self, rows: Sequence[tuple[Any, ...]]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self._ids = None
        self._shown = {}
        self.endResetModel()

    def set_ids(
        self, ids: Sequence[int], fetch: Callable[[Sequence[int]], dict[int, tuple[Any, ...]]]
    ) -> None:
        """Show these ids in this order; their rows are fetched in blocks when first needed."""
        self.beginResetModel()
        self._ids = list(ids)
        self._fetch = fetch
        self._rows = [None] * len(self._ids)  # type: ignore[list-item]
        self._shown = {}
        self.endResetModel()

    def row_data(self, row: int) -> tuple[Any, ...]:
        """The tuple behind a row."""
        found = self._rows[row]
        if found is None:
            start = row - row % BLOCK
            ids = (self._ids or [])[start : start + BLOCK]
            fetched = self._fetch(ids)
            for offset, ident in enumerate(ids):
                self._rows[start + offset] = fetched.get(ident, (ident,))
            found = self._rows[row]
        return found

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()] if self._ids is not None else self._rows[index.row()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            # Format a row once, when it is first painted (large tables stay cheap).
            shown = self._shown.get(index.row())
            if shown is None:
                row = self.row_data(index.row())
                shown = tuple(self._cell(row, c) for c in range(len(self._headers)))
                self._shown[index.row()] = shown
            return shown[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None


class RankingModel(QAbstractTableModel):
    """The scores of a target group for a year: rank, name, unit, one column per criterion,
    total. Score cells are editable; each edit is written at once through `commit`."""

    errorRaised = Signal(object)  # the ThiDuaError of a refused edit
    COL_RANK, COL_NAME, COL_DETAIL = 0, 1, 2

    def __init__(
        self,
        commit: Callable[[int, int, float | None], None],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._commit = commit
        self._criteria: list[tuple[int, str, float | None]] = []
        self._ranked: list[Any] = []
        self._lines: dict[int, Any] = {}
        self._details: Callable[[Sequence[Any]], list[Any]] = lambda ranked: list(ranked)
        self._labels = (self.tr("Rank"), self.tr("Name"), self.tr("Unit / kind"), self.tr("Total"))

    def set_data(
        self,
        criteria: Sequence[tuple[int, str, float | None]],
        ranked: Sequence[Any],
        details: Callable[[Sequence[Any]], list[Any]] | None = None,
    ) -> None:
        """Criteria (id, text, max) and the ranked rows: RankingLine rows, or Ranked rows whose
        lines `details(ranked_block)` fetches when they are first shown."""
        self.beginResetModel()
        self._criteria = list(criteria)
        self._ranked = list(ranked)
        self._lines = {}
        if details is not None:
            self._details = details
        else:
            self._lines = dict(enumerate(self._ranked))
        self.endResetModel()

    @property
    def criteria(self) -> list[tuple[int, str, float | None]]:
        """The criteria shown: (id, text, maximum)."""
        return list(self._criteria)

    def row_of(self, registration_id: int) -> int | None:
        """The row of a registration (no fetch needed)."""
        for row, ranked in enumerate(self._ranked):
            key = getattr(ranked, "registration_id", None) or ranked.key
            if key == registration_id:
                return row
        return None

    @property
    def total_column(self) -> int:
        """Index of the total column."""
        return 3 + len(self._criteria)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ranked)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4 + len(self._criteria)

    def line(self, row: int) -> Any:
        """The RankingLine of a row (fetched with its block when first needed)."""
        found = self._lines.get(row)
        if found is None:
            start = row - row % BLOCK
            block = self._details(self._ranked[start : start + BLOCK])
            for offset, ln in enumerate(block):
                self._lines[start + offset] = ln
            found = self._lines[row]
        return found

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and 3 <= index.column() < self.total_column:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ranked):
            return None
        col = index.column()
        ranked = self._ranked[index.row()]
        if col in (self.COL_RANK, self.total_column) or role == ID_ROLE:
            ln = ranked  # rank, total and id need no fetch
        else:
            ln = self.line(index.row())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == self.COL_RANK:
                return f"{ln.rank}=" if ln.tied else str(ln.rank)
            if col == self.COL_NAME:
                return ln.name
            if col == self.COL_DETAIL:
                return ln.detail
            if col == self.total_column:
                return number(ln.total)
            value = ln.scores[col - 3] if col - 3 < len(ln.scores) else None
            return number(value)
        if role == ID_ROLE:
            return getattr(ranked, "registration_id", None) or ranked.key
        if role == Qt.ItemDataRole.BackgroundRole and ln.tied and col in (0, self.total_column):
            return _TIE_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole and ln.tied and col == self.COL_RANK:
            return self.tr("Tied with another participant")
        if role == Qt.ItemDataRole.TextAlignmentRole and (col == 0 or col >= 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (3 <= index.column() < self.total_column):
            return False
        text = str(value).strip().replace(",", ".")
        try:
            score = float(text) if text else None
        except ValueError:
            self.errorRaised.emit(ThiDuaError(self.tr("Enter a number, e.g. 35 or 7,5.")))
            return False
        crit_id = self._criteria[index.column() - 3][0]
        try:
            self._commit(self.line(index.row()).registration_id, crit_id, score)
        except ThiDuaError as exc:
            self.errorRaised.emit(exc)
            return False
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return section + 1 if role == Qt.ItemDataRole.DisplayRole else None
        if not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section < 3:
                return self._labels[section]
            if section == self.total_column:
                return self._labels[3]
            _, text, maximum = self._criteria[section - 3]
            short = text if len(text) <= 28 else text[:26] + "…"
            return f"{short} ({number(maximum)})" if maximum is not None else short
        if role == Qt.ItemDataRole.ToolTipRole and 3 <= section < self.total_column:
            return self._criteria[section - 3][1]
        return None


RATING_CODES: tuple[str, ...] = tuple(r.value for r in Rating)


class RatingsGridModel(QAbstractTableModel):
    """A unit's people and their rating for one year; the rating column is editable and each
    change is written at once through `commit(person_id, code_or_None)`."""

    errorRaised = Signal(object)
    COL_NAME, COL_BIRTH, COL_POSITION, COL_RATING, COL_DISCIPLINE = range(5)

    def __init__(self, commit: Callable[[int, str | None], bool], parent: Any = None) -> None:
        super().__init__(parent)
        self._commit = commit
        self._rows: list[list[Any]] = []
        self._headers = (
            self.tr("Full name"),
            self.tr("Born"),
            self.tr("Position"),
            self.tr("Rating"),
            self.tr("Discipline"),
        )

    def set_rows(self, rows: Sequence[Sequence[Any]]) -> None:
        """GridRow tuples: id, name, birth, position, rating code, discipline code."""
        self.beginResetModel()
        self._rows = [list(r) for r in rows]
        self.endResetModel()

    def person_id(self, row: int) -> int:
        """The person of a row."""
        return int(self._rows[row][0])

    def rating(self, row: int) -> str | None:
        """The stored rating code of a row."""
        value = self._rows[row][4]
        return str(value) if value else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self.COL_RATING:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        pid, name, birth, position, rating, discipline = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == self.COL_NAME:
                return name
            if col == self.COL_BIRTH:
                return _birth(birth)
            if col == self.COL_POSITION:
                return position
            if col == self.COL_RATING:
                return rating or ""
            if col == self.COL_DISCIPLINE:
                return discipline_label(discipline)
        if role == ID_ROLE:
            return pid
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_RATING and rating:
            return rating_label(rating)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != self.COL_RATING:
            return False
        code = str(value or "").strip().upper() or None
        if code is not None and code not in RATING_CODES:
            return False
        row = index.row()
        if code == self.rating(row):
            return True
        try:
            if not self._commit(self.person_id(row), code):
                return False
        except ThiDuaError as exc:
            self.errorRaised.emit(exc)
            return False
        self._rows[row][4] = code
        self.dataChanged.emit(index, index)
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None


def _birth(iso: str | None) -> str:
    from desktop.domain.identity import BirthDate

    b = BirthDate.from_iso(iso)
    return b.display() if b else ""


def rating_label(code: str) -> str:
    """The full rating in the UI language."""
    from PySide6.QtCore import QCoreApplication as Q

    texts = {
        "HTXSNV": Q.translate("Ratings", "Excellently completed duties"),
        "HTTNV": Q.translate("Ratings", "Well completed duties"),
        "HTNV": Q.translate("Ratings", "Completed duties"),
        "KHTNV": Q.translate("Ratings", "Did not complete duties"),
    }
    return texts.get(code, code)


def discipline_label(code: str | None) -> str:
    """A discipline kind in the UI language."""
    from PySide6.QtCore import QCoreApplication as Q

    if not code:
        return ""
    texts = {
        "khien_trach": Q.translate("Ratings", "Reprimand"),
        "canh_cao": Q.translate("Ratings", "Warning"),
        "cach_chuc": Q.translate("Ratings", "Dismissal from post"),
        "buoc_thoi_viec": Q.translate("Ratings", "Dismissal"),
    }
    return texts.get(code, code)
