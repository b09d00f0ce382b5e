"""The council meeting (times, members, votes per nominee) and the decision on a batch."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDateTimeEdit,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.domain.errors import ThiDuaError
from desktop.domain.proposals import MeetingInput
from desktop.services import catalog as catalog_service
from desktop.services import proposals
from desktop.services.proposals import DecisionInput
from desktop.services.session import Workspace
from desktop.ui.dialogs.proposal_dialogs import _Form

_ID = Qt.ItemDataRole.UserRole


def _qdatetime(value: str | None, default: datetime) -> QDateTime:
    moment = datetime.fromisoformat(value) if value else default
    return QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )


def _py(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class MeetingDialog(_Form):
    """Họp Hội đồng: when, where, who, how many members, and the votes for each nominee."""

    def __init__(self, ws: Workspace, batch_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._batch_id = batch_id
        batch = proposals.get_batch(ws, batch_id)
        self._nominees = proposals.nominees(ws, batch_id)
        self.setWindowTitle(self.tr("Council meeting"))
        today = datetime.combine(date.today(), datetime.min.time())
        self.start_edit = QDateTimeEdit(
            _qdatetime(batch.meeting_date, today.replace(hour=8)), calendarPopup=True
        )
        self.end_edit = QDateTimeEdit(
            _qdatetime(batch.meeting_end, today.replace(hour=10)), calendarPopup=True
        )
        for w in (self.start_edit, self.end_edit):
            w.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.place_edit = QLineEdit(batch.meeting_place)
        self.chair_edit = QLineEdit(batch.meeting_chair)
        self.secretary_edit = QLineEdit(batch.meeting_secretary)
        self.total_box = QSpinBox()
        self.present_box = QSpinBox()
        self.absent_box = QSpinBox()
        for box in (self.total_box, self.present_box, self.absent_box):
            box.setRange(0, 200)
        self.total_box.setValue(batch.members_total or 7)
        self.present_box.setValue(batch.members_present or self.total_box.value())
        self.absent_box.setValue(batch.members_absent_written)
        self.votes = QTableWidget(len(self._nominees), 3)
        self.votes.setHorizontalHeaderLabels(
            [self.tr("Nominee"), self.tr("Award"), self.tr("Votes in favour")]
        )
        self.votes.verticalHeader().hide()
        self.votes.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        head = self.votes.horizontalHeader()
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._vote_boxes: list[QSpinBox] = []
        names = {a.code: a.name for a in catalog_service.load(ws).awards}
        for row, n in enumerate(self._nominees):
            name = QTableWidgetItem(n.name)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            award = QTableWidgetItem(names.get(n.data.award_code, n.data.award_code))
            award.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.votes.setItem(row, 0, name)
            self.votes.setItem(row, 1, award)
            box = QSpinBox()
            box.setRange(0, 200)
            box.setValue(n.data.votes_in_favour or 0)
            self.votes.setCellWidget(row, 2, box)
            self._vote_boxes.append(box)
        self.add_row("held_on", self.tr("Start"), self.start_edit)
        self.add_row("ended_at", self.tr("End"), self.end_edit)
        self.add_row("place", self.tr("Place"), self.place_edit)
        self.add_row("chair", self.tr("Chair"), self.chair_edit)
        self.add_row("secretary", self.tr("Secretary"), self.secretary_edit)
        self.add_row("members_total", self.tr("Members in total"), self.total_box)
        self.add_row("members_present", self.tr("Present"), self.present_box)
        self.add_row(
            "members_absent_written", self.tr("Absent with a written opinion"), self.absent_box
        )
        self.field_labels["votes"] = self.tr("Votes in favour")
        self.main.addWidget(QLabel(self.tr("Votes in favour for each nominee:")))
        self.main.addWidget(self.votes, 1)
        self._finish_layout()
        self.resize(640, 640)

    def set_votes(self, votes: dict[int, int]) -> None:
        """Fill the votes of nominees by id."""
        for n, box in zip(self._nominees, self._vote_boxes, strict=True):
            if n.id in votes:
                box.setValue(votes[n.id])

    def save(self) -> bool:
        meeting = MeetingInput(
            _py(self.start_edit.dateTime()),
            self.place_edit.text(),
            self.chair_edit.text(),
            self.secretary_edit.text(),
            self.total_box.value(),
            self.present_box.value(),
            self.absent_box.value(),
            _py(self.end_edit.dateTime()),
        )
        votes = {n.id: box.value() for n, box in zip(self._nominees, self._vote_boxes, strict=True)}
        try:
            proposals.record_meeting(self._ws, self._batch_id, meeting, votes)
        except ThiDuaError as exc:
            self.show_error(exc)
            return False
        return True


class DecisionDialog(_Form):
    """The decision: number, date, issuer, and the nominees it did not grant."""

    def __init__(self, ws: Workspace, batch_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._batch_id = batch_id
        self.granted = 0
        self.setWindowTitle(self.tr("Record the decision"))
        self.number_edit = QLineEdit()
        self.number_edit.setPlaceholderText(self.tr("e.g. 125/QĐ-UBND"))
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.issuer_edit = QLineEdit()
        self.refused_list = QListWidget()
        names = {a.code: a.name for a in catalog_service.load(ws).awards}
        for n in proposals.nominees(ws, batch_id):
            item = QListWidgetItem(f"{n.name} — {names.get(n.data.award_code, n.data.award_code)}")
            item.setData(_ID, n.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.refused_list.addItem(item)
        self.add_row("number", self.tr("Decision number"), self.number_edit)
        self.add_row("decided_on", self.tr("Date"), self.date_edit)
        self.add_row("issuer", self.tr("Issued by"), self.issuer_edit)
        self.main.addWidget(QLabel(self.tr("Tick the nominees the decision did NOT grant:")))
        self.main.addWidget(self.refused_list, 1)
        self._finish_layout()
        self.resize(560, 520)

    def set_refused(self, nominee_ids: set[int]) -> None:
        """Tick these nominees as not granted."""
        for i in range(self.refused_list.count()):
            item = self.refused_list.item(i)
            checked = int(item.data(_ID)) in nominee_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def refused(self) -> frozenset[int]:
        """The nominees ticked as not granted."""
        items = (self.refused_list.item(i) for i in range(self.refused_list.count()))
        return frozenset(
            int(it.data(_ID)) for it in items if it.checkState() == Qt.CheckState.Checked
        )

    def save(self) -> bool:
        d = self.date_edit.date()
        decision = DecisionInput(
            self.number_edit.text(),
            date(d.year(), d.month(), d.day()),
            self.issuer_edit.text(),
            self.refused(),
        )
        try:
            self.granted = proposals.record_decision(self._ws, self._batch_id, decision)
        except ThiDuaError as exc:
            self.show_error(exc)
            return False
        return True
