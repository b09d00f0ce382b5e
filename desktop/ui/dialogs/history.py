"""“Lịch sử thay đổi”: the audit events, filtered by table, record, user and date (lazy model)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import progress as steps
from desktop.domain.audit_events import EventRow
from desktop.domain.progress import Progress
from desktop.services import audit
from desktop.services.change_words import ChangeWords, SaidEvent, record_kind
from desktop.services.session import Workspace
from desktop.ui.errors import show_error
from desktop.ui.tasks import Task, run_in_background, say_cancelled, wait_for

PAGE = 200
Index = QModelIndex | QPersistentModelIndex


def action_label(action: str) -> str:
    """Translated name of an audit action."""
    labels = {
        "insert": QCoreApplication.translate("HistoryModel", "Created"),
        "update": QCoreApplication.translate("HistoryModel", "Changed"),
        "delete": QCoreApplication.translate("HistoryModel", "Deleted"),
        "snapshot": QCoreApplication.translate("HistoryModel", "Existing record"),
    }
    return labels.get(action, action)


def _value(v: Any) -> str:
    return "∅" if v is None or v == "" else str(v)


def changes_text(changes: dict[str, list[Any]]) -> str:
    """`field: old → new; …` in one line."""
    return "; ".join(f"{k}: {_value(o)} → {_value(n)}" for k, (o, n) in changes.items())


class HistoryModel(QAbstractTableModel):
    """Audit events, newest first, fetched a page at a time as the view scrolls."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._window = parent  # the progress dialog's window
        self._filters: dict[str, Any] = {}
        self._rows: list[SaidEvent] = []  # the events with their plain words, read together
        self._total = 0
        self._generation = 0  # counts the filters applied; a page read for older ones is dropped
        self.fetching: Task | None = None  # the page being read by fetchMore
        self._words = ChangeWords(ws)  # used on the worker only, with the pages it reads
        self.technical = False
        self._technical_headers = [
            self.tr("Time"),
            self.tr("User"),
            self.tr("Machine"),
            self.tr("Table"),
            self.tr("Record"),
            self.tr("Action"),
            self.tr("Changes"),
        ]
        self._plain_headers = [
            self.tr("Time"),
            self.tr("User"),
            self.tr("Kind of record"),
            self.tr("Name"),
            self.tr("Action"),
            self.tr("What changed"),
        ]
        self._headers = self._plain_headers

    def set_technical(self, on: bool) -> None:
        """The administrator's view: table names, identifiers and raw values."""
        self.beginResetModel()
        self.technical = on
        self._headers = self._technical_headers if on else self._plain_headers
        self.endResetModel()

    def set_filters(self, **filters: Any) -> bool:
        """Show the events matching these filters (table, record_uuid, user, since, until,
        records: a list of record UUIDs). Counted and read on the database worker (a long log
        does not freeze the window; Cancel keeps what was shown); False when cancelled."""
        window = self._window

        def load(progress: Progress) -> tuple[int, list[SaidEvent]]:
            progress.report(0, 0, steps.READ)
            total = audit.count(self._ws, **filters)
            progress.check()
            return total, self._fetch(None, filters)

        task = wait_for(window, load, self.tr("Reading the change history…"))
        if task.cancelled:
            say_cancelled(window)
            return False
        if task.error is not None:
            raise task.error
        self.beginResetModel()
        self._filters = filters
        self._generation += 1
        self.fetching = None  # a page still being read for the old filters is dropped
        self._total, self._rows = task.result
        self.endResetModel()
        return True

    def _fetch(self, after: int | None, filters: dict[str, Any]) -> list[SaidEvent]:
        """The page of events past event `after` (None: the first page) with their records'
        names and their changes in words, all on the database worker (painting reads nothing);
        paged by event id, a deep page starts at its id instead of reading every row before it."""
        f = filters
        page = audit.history(
            self._ws,
            f.get("table"),
            f.get("record_uuid"),
            f.get("user"),
            f.get("since"),
            f.get("until"),
            limit=PAGE,
            after=after,
            records=f.get("records"),
        )
        return self._words.say(page)

    @property
    def total(self) -> int:
        """Events matching the filters (loaded or not)."""
        return self._total

    def event_at(self, row: int) -> EventRow:
        """The event shown on a row."""
        return self._rows[row].event

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        """Read the next page on the database worker; its rows are added when it is read (a
        second call while one page is being read does nothing)."""
        if self.fetching is not None or not self.canFetchMore(parent):
            return
        offset, filters, generation = len(self._rows), self._filters, self._generation
        after = self._rows[-1].event.id if self._rows else None

        def add(more: list[SaidEvent]) -> None:
            self.fetching = None
            if generation != self._generation or offset != len(self._rows):
                return  # the filters changed meanwhile: the page belongs to the old list
            if not more:
                self._total = len(self._rows)
                return
            self.beginInsertRows(QModelIndex(), offset, offset + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

        def failed(exc: BaseException) -> None:
            self.fetching = None
            show_error(self._window, exc)

        self.fetching = run_in_background(
            self._window, lambda: self._fetch(after, filters), add, failed
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        said = self._rows[index.row()]
        if not self.technical:
            return self._plain(said, index.column(), role)
        e = said.event
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                e.time.isoformat(sep=" "),
                e.user,
                e.machine,
                e.table_name,
                e.record_uuid[:8],
                action_label(e.action),
                changes_text(e.changes),
            ][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                e.record_uuid
                if index.column() == 4
                else changes_text(e.changes).replace("; ", "\n")
            )
        return None

    def _plain(self, said: SaidEvent, column: int, role: int) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        e = said.event
        if column == 5:
            text = said.changes
            return text if role == Qt.ItemDataRole.DisplayRole else text.replace("; ", "\n")
        if role == Qt.ItemDataRole.ToolTipRole:
            return None
        if column == 0:
            return f"{e.time:%d/%m/%Y %H:%M}"
        if column == 1:
            return e.user
        if column == 2:
            return record_kind(e.table_name)
        if column == 3:
            return said.title
        if column == 4:
            return action_label(e.action)
        return None


class HistoryDialog(QDialog):
    """Lịch sử thay đổi: who changed what and when; open it on one record or on everything."""

    def __init__(
        self,
        ws: Workspace,
        parent: QWidget | None = None,
        *,
        table: str | None = None,
        record_uuid: str | None = None,
        batch: bool = False,
        subject: str = "",
    ) -> None:
        super().__init__(parent)
        self._ws = ws
        title = self.tr("Change history")
        self.setWindowTitle(f"{title}: {subject}" if subject else title)

        def names(_progress: Progress) -> tuple[list[str], list[str], list[str] | None]:
            # Which kinds and users the log names, and the records of a batch: read on the
            # worker (a long log is scanned).
            related = audit.batch_records(ws, record_uuid) if batch and record_uuid else None
            return audit.tables(ws), audit.users(ws), related

        read = wait_for(parent, names, self.tr("Reading the change history…"))
        if read.error is not None and not read.cancelled:
            raise read.error
        kinds, users, related = read.result if read.result is not None else ([], [], None)
        # The record whose history includes that of its related records (a batch's nominees).
        self._scope = (record_uuid, related) if record_uuid and related else None
        self.table_combo = QComboBox()
        self.table_combo.addItem(self.tr("(all kinds)"), None)
        for name in sorted(kinds, key=record_kind):
            self.table_combo.addItem(record_kind(name), name)
        if table:
            self.table_combo.setCurrentIndex(max(0, self.table_combo.findData(table)))
        self.record_edit = QLineEdit(record_uuid or "")
        self.record_edit.setPlaceholderText(self.tr("record identifier (UUID)"))
        self.record_edit.setVisible(False)  # the technical view shows it
        self.user_combo = QComboBox()
        self.user_combo.addItem(self.tr("(all users)"), None)
        for name in users:
            self.user_combo.addItem(name, name)
        self.since_check = QCheckBox(self.tr("&From:"))
        self.since_date = QDateEdit(QDate.currentDate().addMonths(-1))
        self.since_date.setCalendarPopup(True)
        self.since_date.setDisplayFormat("dd/MM/yyyy")
        self.since_date.setEnabled(False)
        self.since_check.toggled.connect(self.since_date.setEnabled)
        self.technical_check = QCheckBox(self.tr("Technical view"))
        self.technical_check.setToolTip(
            self.tr("For an administrator: table names, record identifiers and stored values")
        )
        self.count_label = QLabel()
        self.model = HistoryModel(ws, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        filters = QHBoxLayout()
        table_label = QLabel(self.tr("&Kind:"))
        table_label.setBuddy(self.table_combo)
        filters.addWidget(table_label)
        filters.addWidget(self.table_combo)
        filters.addWidget(self.record_edit, 1)
        filters.addWidget(self.user_combo)
        filters.addWidget(self.since_check)
        filters.addWidget(self.since_date)
        filters.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.technical_check)
        layout.addLayout(bottom)
        layout.addWidget(buttons)
        for combo in (self.table_combo, self.user_combo):
            combo.currentIndexChanged.connect(self.reload)
        self.record_edit.editingFinished.connect(self.reload)
        self.since_check.toggled.connect(self.reload)
        self.since_date.dateChanged.connect(self.reload)
        self.technical_check.toggled.connect(self._technical_toggled)
        self.resize(1000, 560)
        self.reload()

    @classmethod
    def for_record(
        cls, ws: Workspace, table: str, record_uuid: str, subject: str, parent: QWidget | None
    ) -> HistoryDialog:
        """The history of one record (a person, a unit …)."""
        return cls(ws, parent, table=table, record_uuid=record_uuid, subject=subject)

    @classmethod
    def for_batch(
        cls, ws: Workspace, batch_uuid: str, subject: str, parent: QWidget | None
    ) -> HistoryDialog:
        """The history of a proposal batch with its nominees, state log, votes and decision
        (which records those are is read on the worker with the rest)."""
        return cls(ws, parent, record_uuid=batch_uuid, batch=True, subject=subject)

    def _technical_toggled(self, on: bool) -> None:
        self.model.set_technical(on)
        self.record_edit.setVisible(on)

    def reload(self) -> None:
        """Apply the filters."""
        since = (
            self.since_date.date().toString("yyyy-MM-dd") if self.since_check.isChecked() else None
        )
        record = self.record_edit.text().strip() or None
        records = None
        if self._scope is not None and record == self._scope[0]:
            record, records = None, self._scope[1]
        self.model.set_filters(
            table=self.table_combo.currentData(),
            record_uuid=record,
            user=self.user_combo.currentData(),
            since=since,
            records=records,
        )
        self.count_label.setText(self.tr("%n change(s)", "", self.model.total))
