"""Table models of the movement page: plain rows, the scoring and ranking table, the ratings grid."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
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
from desktop.domain.ratings import GridRow, Rating
from desktop.ui.models.lazy_table import ID_ROLE, LazyTableModel

_Index = QModelIndex | QPersistentModelIndex
_TIE_BRUSH = QBrush(QColor("#fff3c4"))


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


class RowsModel(LazyTableModel):
    """Read-only rows (tuples) shown through a cell formatter; the first value is the id.

    Either every row at once (`set_rows`) or ids whose rows are fetched in blocks (`set_ids`);
    a row is formatted once, with its block, when it is first painted.
    """

    def __init__(
        self,
        headers: Sequence[str],
        cell: Callable[[tuple[Any, ...], int], str],
        parent: Any = None,
        *,
        right_aligned: Sequence[int] = (),
    ) -> None:
        super().__init__(headers, parent)
        self._format = cell
        self.right_aligned = frozenset(right_aligned)
        self._source: list[tuple[Any, ...]] | None = None  # every row, when given at once
        self._fetch: Callable[[Sequence[int]], dict[int, tuple[Any, ...]]] = dict.fromkeys  # type: ignore[assignment]

    def set_rows(self, rows: Sequence[tuple[Any, ...]]) -> None:
        """Replace every row."""
        self._source = list(rows)
        super().set_ids(range(len(self._source)))  # a line's key is its position

    def set_ids(
        self,
        ids: Sequence[int],
        fetch: Callable[[Sequence[int]], dict[int, tuple[Any, ...]]] | None = None,
    ) -> None:
        """Show these ids in this order; their rows are fetched in blocks when first needed."""
        self._source = None
        if fetch is not None:
            self._fetch = fetch
        super().set_ids(ids)

    def fetch_rows(self, ids: Sequence[int]) -> dict[int, tuple[tuple[Any, ...], tuple[str, ...]]]:
        if self._source is not None:
            raw = {k: self._source[k] for k in ids}
        else:
            fetched = self._fetch(ids)
            raw = {k: fetched.get(k, (k,)) for k in ids}
        width = range(len(self._headers))
        return {k: (row, tuple(self._format(row, c) for c in width)) for k, row in raw.items()}

    def id_at(self, row: int) -> int | None:
        if self._source is not None:
            return self._source[row][0] if 0 <= row < len(self._source) else None
        return super().id_at(row)

    def row_data(self, row: int) -> tuple[Any, ...]:
        """The tuple behind a row."""
        raw: tuple[Any, ...] = self.row(row)[0]
        return raw

    def cell(self, row: tuple[tuple[Any, ...], tuple[str, ...]], column: int) -> str:
        return row[1][column]


def _key(ranked: Any) -> int:
    """The registration of a ranked row (a service RankingLine or a domain Ranked)."""
    return int(getattr(ranked, "registration_id", None) or ranked.key)


class RankingModel(LazyTableModel):
    """The scores of a target group for a year: rank, name, unit, one column per criterion,
    total. The order comes whole; each block's lines (name, unit, scores) are fetched when the
    view first paints them. Score cells are editable; each edit is written through `commit`."""

    errorRaised = Signal(object)  # the ThiDuaError of a refused edit
    COL_RANK, COL_NAME, COL_DETAIL = 0, 1, 2

    def __init__(
        self,
        commit: Callable[[int, int, float | None], None],
        parent: Any = None,
    ) -> None:
        super().__init__((), parent)
        self._commit = commit
        self._criteria: list[tuple[int, str, float | None]] = []
        self._ranked: dict[int, Any] = {}
        self._details: Callable[[Sequence[Any]], list[Any]] = list
        self._labels = (self.tr("Rank"), self.tr("Name"), self.tr("Unit / kind"), self.tr("Total"))
        self.set_data([], [])

    def set_data(
        self,
        criteria: Sequence[tuple[int, str, float | None]],
        ranked: Sequence[Any],
        details: Callable[[Sequence[Any]], list[Any]] | None = None,
    ) -> None:
        """Criteria (id, text, max) and the ranked rows: RankingLine rows, or Ranked rows whose
        lines `details(ranked_block)` fetches when they are first shown."""
        self._criteria = list(criteria)
        self._ranked = {_key(r): r for r in ranked}
        self._details = details if details is not None else list
        self.right_aligned = frozenset({self.COL_RANK, *range(3, self.total_column + 1)})
        rank, name, detail, total = self._labels
        headers = [rank, name, detail, *(_criterion_header(c) for c in self._criteria), total]
        self.set_table(headers, list(self._ranked))

    @property
    def criteria(self) -> list[tuple[int, str, float | None]]:
        """The criteria shown: (id, text, maximum)."""
        return list(self._criteria)

    @property
    def total_column(self) -> int:
        """Index of the total column."""
        return 3 + len(self._criteria)

    def fetch_rows(self, ids: Sequence[int]) -> dict[int, Any]:
        lines = self._details([self._ranked[k] for k in ids])
        return dict(zip(ids, lines, strict=True))

    def cell(self, row: Any, column: int) -> str:
        if column == self.COL_RANK:
            return f"{row.rank}=" if row.tied else str(row.rank)
        if column == self.COL_NAME:
            return str(row.name)
        if column == self.COL_DETAIL:
            return str(row.detail)
        if column == self.total_column:
            return number(row.total)
        scores = row.scores
        return number(scores[column - 3] if column - 3 < len(scores) else None)

    def cell_tip(self, row: Any, column: int) -> object:
        if row.tied and column == self.COL_RANK:
            return self.tr("Tied with another participant")
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and 3 <= index.column() < self.total_column:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.EditRole:
            role = Qt.ItemDataRole.DisplayRole
        elif role == Qt.ItemDataRole.BackgroundRole:
            ident = self.id_at(index.row()) if index.isValid() else None
            tied = ident is not None and self._ranked[ident].tied  # no fetch needed
            return _TIE_BRUSH if tied and index.column() in (0, self.total_column) else None
        return super().data(index, role)

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
            self._commit(self.row(index.row()).registration_id, crit_id, score)
        except ThiDuaError as exc:
            self.errorRaised.emit(exc)
            return False
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.ToolTipRole and 3 <= section < self.total_column:
            return self._criteria[section - 3][1]
        return super().headerData(section, orientation, role)


def _criterion_header(criterion: tuple[int, str, float | None]) -> str:
    """A criterion's column title: its text, shortened, and its maximum score."""
    _, text, maximum = criterion
    short = text if len(text) <= 28 else text[:26] + "…"
    return f"{short} ({number(maximum)})" if maximum is not None else short


RATING_CODES: tuple[str, ...] = tuple(r.value for r in Rating)


class RatingsGridModel(QAbstractTableModel):
    """A unit's people and their rating for one year; the rating column is editable and each
    change is written at once through `commit(person_id, code_or_None)`."""

    errorRaised = Signal(object)
    COL_NAME, COL_BIRTH, COL_POSITION, COL_RATING, COL_DISCIPLINE = range(5)

    def __init__(self, commit: Callable[[int, str | None], bool], parent: Any = None) -> None:
        super().__init__(parent)
        self._commit = commit
        self._rows: list[GridRow] = []
        self._headers = (
            self.tr("Full name"),
            self.tr("Born"),
            self.tr("Position"),
            self.tr("Rating"),
            self.tr("Discipline"),
        )

    def person_id(self, row: int) -> int:
        """The person of a row."""
        return self._rows[row].person_id

    def rating(self, row: int) -> str | None:
        """The stored rating code of a row."""
        value = self._rows[row].rating
        return value.value if value else None

    def set_rows(self, rows: Sequence[GridRow]) -> None:
        """The people of the grid with their rating of the year."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

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
        r = self._rows[index.row()]
        rating = r.rating.value if r.rating else ""
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == self.COL_NAME:
                return r.full_name
            if col == self.COL_BIRTH:
                return r.birth.display() if r.birth else ""
            if col == self.COL_POSITION:
                return r.position
            if col == self.COL_RATING:
                return rating
            if col == self.COL_DISCIPLINE:
                return discipline_label(r.discipline.value if r.discipline else None)
        if role == ID_ROLE:
            return r.person_id
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
        self._rows[row] = replace(self._rows[row], rating=Rating(code) if code else None)
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
