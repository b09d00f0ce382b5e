"""The council meeting (times, members, votes per nominee) and the decision on a batch."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.council import Attendance, AttendanceInput
from desktop.domain.council import counts as attendance_counts
from desktop.domain.proposals import MeetingInput, vote_reached
from desktop.services import catalog as catalog_service
from desktop.services import council, proposals
from desktop.services.proposals import DecisionInput
from desktop.services.session import Workspace
from desktop.ui.dialogs.form_base import Buttons, FormDialog, service_words
from desktop.ui.messages import quorum_text
from desktop.ui.style import error_color, mark_error
from desktop.ui.widgets.proposal_labels import role_label

_ID = Qt.ItemDataRole.UserRole


def _qdatetime(value: datetime | None, default: datetime) -> QDateTime:
    moment = value or default
    return QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )


def _py(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class _VoteBox(QSpinBox):
    """A vote count: Enter moves to the next nominee's votes, like Tab."""

    def __init__(self, dialog: MeetingDialog) -> None:
        super().__init__()
        self._dialog = dialog

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._dialog.focus_next_vote(self)
            return
        super().keyPressEvent(event)


@dataclass(frozen=True)
class MeetingSave:
    """What the meeting form saves: the meeting, the votes by nominee id, the attendance marked
    (None when the office keeps no roster)."""

    meeting: MeetingInput
    votes: dict[int, int]
    attendance: list[AttendanceInput] | None


_ATTENDANCE = (Attendance.PRESENT, Attendance.WRITTEN, Attendance.ABSENT)


class MeetingDialog(FormDialog):
    """Họp Hội đồng: when and where; who attended (from the roster, or by counts when the
    office keeps none); the votes for each nominee, flagged at once when below the threshold."""

    validation_words = staticmethod(service_words)

    def __init__(self, ws: Workspace, batch_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent, ok=Buttons.Ok)
        self._batch_id = batch_id
        self.setWindowTitle(self.tr("Council meeting"))
        self.setup()
        for box in (self.total_box, self.present_box, self.absent_box):
            box.valueChanged.connect(lambda _v: self._refresh_flags())
        self._refresh_flags()
        self.resize(1040, 600)

    def _build_ui(self) -> None:
        ws, batch_id = self._ws, self._batch_id
        batch = proposals.get_batch(ws, batch_id)
        self._nominees = proposals.nominees(ws, batch_id)
        self._vote_boxes: list[QSpinBox] = []
        self._thresholds: list[int] = []
        self.quorum_label = QLabel()
        self.quorum_label.setWordWrap(True)
        mark_error(self.quorum_label)
        self._quorum = council.quorum(ws)
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

        # Who attended: the roster's members serving on the meeting day.
        stored = council.attendance(ws, batch_id)
        self._attendance = stored or council.default_attendance(
            ws, _py(self.start_edit.dateTime()).date()
        )
        self.roster = bool(self._attendance)
        self.members = QTableWidget(len(self._attendance), 3)
        self.members.setHorizontalHeaderLabels(
            [self.tr("Member"), self.tr("Role"), self.tr("Attendance")]
        )
        self.members.verticalHeader().hide()
        self.members.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        mhead = self.members.horizontalHeader()
        mhead.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        mhead.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        mhead.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self._attendance_boxes: list[QComboBox] = []
        self.chair_box = QComboBox()
        self.secretary_box = QComboBox()
        labels = {
            Attendance.PRESENT: self.tr("Present"),
            Attendance.WRITTEN: self.tr("Written opinion"),
            Attendance.ABSENT: self.tr("Absent"),
        }
        for row, a in enumerate(self._attendance):
            name = QTableWidgetItem(a.full_name)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            role = QTableWidgetItem(role_label(a.role))
            role.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.members.setItem(row, 0, name)
            self.members.setItem(row, 1, role)
            choice = QComboBox()
            for value in _ATTENDANCE:
                choice.addItem(labels[value], value.value)
            choice.setCurrentIndex(_ATTENDANCE.index(a.attendance))
            choice.currentIndexChanged.connect(lambda _i: self._counts_changed())
            self.members.setCellWidget(row, 2, choice)
            self._attendance_boxes.append(choice)
            self.chair_box.addItem(a.full_name, row)
            self.secretary_box.addItem(a.full_name, row)
            if a.is_chair:
                self.chair_box.setCurrentIndex(row)
            if a.is_secretary:
                self.secretary_box.setCurrentIndex(row)
        if self.roster:
            for box in (self.total_box, self.present_box, self.absent_box):
                box.setEnabled(False)
            self._counts_changed()
        else:
            self.total_box.setValue(batch.members_total or 7)
            self.present_box.setValue(batch.members_present or self.total_box.value())
            self.absent_box.setValue(batch.members_absent_written)

        # The votes.
        self.votes = QTableWidget(len(self._nominees), 4)
        self.votes.setHorizontalHeaderLabels(
            [self.tr("Nominee"), self.tr("Award"), self.tr("Votes in favour"), self.tr("Result")]
        )
        self.votes.verticalHeader().hide()
        self.votes.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        head = self.votes.horizontalHeader()
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        head.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.votes.setColumnWidth(1, 150)
        self.votes.setWordWrap(False)
        awards = {a.code: a for a in catalog_service.load(ws).awards}
        self._thresholds = [
            awards[n.data.award_code].vote_threshold if n.data.award_code in awards else 0
            for n in self._nominees
        ]
        for row, n in enumerate(self._nominees):
            award = awards.get(n.data.award_code)
            name = QTableWidgetItem(n.name)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            award_item = QTableWidgetItem(award.name if award else n.data.award_code)
            award_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            award_item.setToolTip(award_item.text())
            self.votes.setItem(row, 0, name)
            self.votes.setItem(row, 1, award_item)
            box = _VoteBox(self)
            box.setRange(0, 200)
            box.setValue(n.data.votes_in_favour or 0)
            box.valueChanged.connect(lambda _v, r=row: self._flag(r))
            self.votes.setCellWidget(row, 2, box)
            result = QTableWidgetItem()
            result.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.votes.setItem(row, 3, result)
            self._vote_boxes.append(box)
        for first, second in zip(self._vote_boxes, self._vote_boxes[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.all_agree_button = QPushButton(self.tr("All agree"))
        self.all_agree_button.setToolTip(
            self.tr("Every nominee gets the votes of the members present plus the written opinions")
        )
        self.all_agree_button.clicked.connect(lambda: self.all_agree())

        # Layout: the meeting on the left, the votes on the right.
        self.add_row("held_on", self.tr("Start"), self.start_edit)
        self.add_row("ended_at", self.tr("End"), self.end_edit)
        self.add_row("place", self.tr("Place"), self.place_edit)
        if self.roster:
            self.add_row("chair", self.tr("Chair"), self.chair_box)
            self.add_row("secretary", self.tr("Secretary"), self.secretary_box)
        else:
            self.add_row("chair", self.tr("Chair"), self.chair_edit)
            self.add_row("secretary", self.tr("Secretary"), self.secretary_edit)
        council_row = QWidget()
        counts = QHBoxLayout(council_row)
        counts.setContentsMargins(0, 0, 0, 0)
        for label, box in (
            (self.tr("Total"), self.total_box),
            (self.tr("Present"), self.present_box),
            (self.tr("Written opinions"), self.absent_box),
        ):
            counts.addWidget(QLabel(label))
            counts.addWidget(box)
        counts.addStretch(1)
        # The counts share one row; with a roster they follow the attendance marked in the table.
        first_mark = self._attendance_boxes[0] if self._attendance_boxes else None
        self.add_row("members_total", self.tr("Council"), council_row, first_mark or self.total_box)
        for field, box in (
            ("members_present", self.present_box),
            ("members_absent_written", self.absent_box),
        ):
            self.place_error(field, "members_total", first_mark or box)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addLayout(self.form)
        if self.roster:
            ll.addWidget(QLabel(self.tr("Who attended:")))
            ll.addWidget(self.members, 1)
        else:
            hint = QLabel(
                self.tr(
                    "The office keeps no council roster yet: add the members (Council members…) "
                    "to name them in the minutes."
                )
            )
            hint.setWordWrap(True)
            ll.addWidget(hint)
            ll.addStretch(1)
            self.members.hide()
        ll.addWidget(self.quorum_label)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        vote_line = QHBoxLayout()
        vote_line.addWidget(QLabel(self.tr("Votes in favour for each nominee:")), 1)
        vote_line.addWidget(self.all_agree_button)
        rl.addLayout(vote_line)
        rl.addWidget(self.votes, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        self.main.addWidget(split, 1)

    # --- attendance and counts ------------------------------------------------------------------
    def attendance(self) -> list[AttendanceInput]:
        """The roster's members as marked in the table, with the chair and the secretary."""
        chair, secretary = self.chair_box.currentIndex(), self.secretary_box.currentIndex()
        return [
            replace(
                a,
                attendance=Attendance(box.currentData()),
                is_chair=row == chair,
                is_secretary=row == secretary,
            )
            for row, (a, box) in enumerate(
                zip(self._attendance, self._attendance_boxes, strict=True)
            )
        ]

    def set_attendance(self, row: int, value: Attendance) -> None:
        """Mark one roster member present, absent with a written opinion, or absent."""
        self._attendance_boxes[row].setCurrentIndex(_ATTENDANCE.index(value))

    def _counts_changed(self) -> None:
        c = attendance_counts(self.attendance())
        self.total_box.setValue(c.total)
        self.present_box.setValue(c.present)
        self.absent_box.setValue(c.written)
        self._refresh_flags()

    def possible_votes(self) -> int:
        """Members present plus written opinions: the most votes a nominee can have."""
        return self.present_box.value() + self.absent_box.value()

    # --- votes ----------------------------------------------------------------------------------
    def all_agree(self) -> None:
        """Every nominee gets the votes of the members present plus the written opinions."""
        for box in self._vote_boxes:
            box.setValue(self.possible_votes())

    def focus_next_vote(self, box: QSpinBox) -> None:
        """Move to the next nominee's votes (Enter)."""
        i = self._vote_boxes.index(box)
        target = self._vote_boxes[i + 1] if i + 1 < len(self._vote_boxes) else None
        if target is None:
            self.buttons.setFocus()
            return
        target.setFocus()
        target.selectAll()
        row_item = self.votes.item(i + 1, 0)
        if row_item is not None:
            self.votes.scrollToItem(row_item)

    def flagged_rows(self) -> list[int]:
        """Rows whose votes are below the award's threshold, or more than can be."""
        return [r for r in range(len(self._vote_boxes)) if self._row_problem(r)]

    def _row_problem(self, row: int) -> str:
        votes = self._vote_boxes[row].value()
        total = self.total_box.value()
        threshold = self._thresholds[row]
        if votes > self.possible_votes():
            return self.tr("More than present + written (%1)").replace(
                "%1", str(self.possible_votes())
            )
        if threshold and not vote_reached(votes, total, threshold):
            return (
                self.tr("Not passed (< %1 % of %2)")
                .replace("%1", str(threshold))
                .replace("%2", str(total))
            )
        return ""

    def _flag(self, row: int) -> None:
        item = self.votes.item(row, 3)
        assert item is not None  # set for every row when the table is filled
        problem = self._row_problem(row)
        item.setText(problem or self.tr("Passed"))
        item.setForeground(error_color() if problem else QColor("#1b7a2f"))
        item.setToolTip(item.text())

    def _refresh_flags(self) -> None:
        for row in range(len(self._vote_boxes)):
            self._flag(row)
        total, present = self.total_box.value(), self.present_box.value()
        if total and not self._quorum.reached(present, total):
            self.quorum_label.setText(quorum_text(present, total, self._quorum))
            self.quorum_label.show()
        else:
            self.quorum_label.hide()

    def set_votes(self, votes: dict[int, int]) -> None:
        """Fill the votes of nominees by id."""
        for n, box in zip(self._nominees, self._vote_boxes, strict=True):
            if n.id in votes:
                box.setValue(votes[n.id])

    def focus_field(self, field: str) -> None:
        """Votes: the first nominee flagged; attendance: the chair's mark."""
        if field == "votes" and self.flagged_rows():
            box = self._vote_boxes[self.flagged_rows()[0]]
            box.setFocus()
            box.selectAll()
        elif field == "attendance" and self._attendance_boxes:
            self._attendance_boxes[max(0, self.chair_box.currentIndex())].setFocus()

    def values(self) -> MeetingSave:
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
        return MeetingSave(meeting, votes, self.attendance() if self.roster else None)

    def write(self, values: object) -> None:
        assert isinstance(values, MeetingSave)
        proposals.record_meeting(
            self._ws, self._batch_id, values.meeting, values.votes, attendance=values.attendance
        )


class DecisionDialog(FormDialog):
    """The decision: number, date, issuer, and the nominees it did not grant."""

    validation_words = staticmethod(service_words)

    def __init__(self, ws: Workspace, batch_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent, ok=Buttons.Ok)
        self._batch_id = batch_id
        self.granted = 0
        self.setWindowTitle(self.tr("Record the decision"))
        self.setup()
        self.resize(560, 520)

    def _build_ui(self) -> None:
        ws, batch_id = self._ws, self._batch_id
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
        super()._build_ui()
        self.main.addWidget(QLabel(self.tr("Tick the nominees the decision did NOT grant:")))
        self.main.addWidget(self.refused_list, 1)
        # -- decision helper (issue 14): a drafted Quyết định gives its number and date ------
        from desktop.services import decisions
        from desktop.services import office as office_service

        drafted = decisions.drafts(ws, batch_id)
        self._drafted = bool(drafted)
        if drafted:
            first = drafted[0].decided_on
            self.number_edit.setText(", ".join(d.symbol for d in drafted))
            self.date_edit.setDate(QDate(first.year, first.month, first.day))
            self.issuer_edit.setText(office_service.load(ws).name)
            for w in (self.number_edit, self.date_edit, self.issuer_edit):
                w.setEnabled(False)
                w.setToolTip(self.tr("From the drafted decision (Office decision…)"))
        # -- end of the decision helper's hunk ------------------------------------------------

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

    def values(self) -> DecisionInput:
        d = self.date_edit.date()
        return DecisionInput(
            self.number_edit.text(),
            date(d.year(), d.month(), d.day()),
            self.issuer_edit.text(),
            self.refused(),
        )

    def write(self, values: object) -> None:
        assert isinstance(values, DecisionInput)
        if self._drafted:  # decision helper: number and date from the draft
            from desktop.services import decisions

            self.granted = decisions.record(self._ws, self._batch_id, values.refused)
        else:
            self.granted = proposals.record_decision(self._ws, self._batch_id, values)
