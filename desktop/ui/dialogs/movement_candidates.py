"""The movement's candidates offered to a batch linked to it: a ticked list with the reason of
each (score and rank, or the contribution), added as nominees that are still checked for the
award's conditions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.awards import Catalog
from desktop.domain.candidates import Candidate, SubjectKind
from desktop.domain.errors import ThiDuaError
from desktop.services import candidates
from desktop.services import catalog as catalog_service
from desktop.services.session import Workspace
from desktop.ui.style import mark_error
from desktop.ui.tasks import on_worker, wait_for
from desktop.ui.widgets.candidate_labels import error_text, reasons_text, subject_label

NAME, KIND, UNIT, REASON, AWARD = range(5)


def read_offer(parent: QWidget | None, ws: Workspace, batch_id: int) -> candidates.Offer | None:
    """The batch's movement candidates, computed on the database worker while the window waits
    (the progress dialog shows after a moment); None when the batch has no movement."""
    from PySide6.QtCore import QCoreApplication

    title = QCoreApplication.translate("CandidatesDialog", "Reading the movement's results…")
    task = wait_for(parent, lambda _p: candidates.offer(ws, batch_id), title, cancellable=False)
    if task.error is not None:
        raise task.error
    offer: candidates.Offer | None = task.result
    return offer


def has_candidates(offer: candidates.Offer | None) -> bool:
    """The batch is linked to a movement whose rules give candidates in the batch's year."""
    return offer is not None and bool(offer.candidates.candidates)


def offer_lines(found: list[candidates.CandidateList]) -> dict[tuple[str, int | str], list[str]]:
    """For the eligibility view: each candidate's movement and reasons, in words, by subject
    (`found` is `candidates.of_year`, read on the database worker)."""
    from PySide6.QtCore import QCoreApplication

    lines: dict[tuple[str, int | str], list[str]] = {}
    template = QCoreApplication.translate("CandidateLabels", "Candidate of “%1”: %2")
    for each in found:
        for c in each.candidates:
            text = template.replace("%1", each.sheet.movement_name)
            lines.setdefault(c.participant.key, []).append(
                text.replace("%2", reasons_text(c.reasons))
            )
    return lines


class CandidatesDialog(QDialog):
    """Tick the movement's candidates to add to the batch; `save()` adds them."""

    def __init__(
        self,
        ws: Workspace,
        batch_id: int,
        parent: QWidget | None = None,
        *,
        offer: candidates.Offer | None = None,
    ) -> None:
        super().__init__(parent)
        self._ws = ws
        self._batch_id = batch_id
        self.outcome: candidates.ProposeResult | None = None
        self.setWindowTitle(self.tr("Movement candidates"))
        self.catalog: Catalog = catalog_service.load(ws)
        # `offer` as read_offer gave it (the caller asked whether there is any), else read now
        self.offer = offer if offer is not None else read_offer(parent, ws, batch_id)
        self.rows: list[Candidate] = list(self.offer.candidates.candidates) if self.offer else []
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Kind"), self.tr("Unit"), self.tr("Reason"), self.tr("Award")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        for column, width in ((NAME, 240), (KIND, 90), (UNIT, 200), (AWARD, 220)):
            self.table.setColumnWidth(column, width)
        self.person_award = self._award_box()
        self.group_award = self._award_box()
        for box in (self.person_award, self.group_award):
            box.currentIndexChanged.connect(lambda _i: self._show_awards())
        defaults = QFormLayout()
        defaults.addRow(self.tr("Award for &people without one:"), self.person_award)
        defaults.addRow(self.tr("Award for &collectives and households:"), self.group_award)
        self.tick_all = QPushButton(self.tr("&Tick all"))
        self.tick_all.clicked.connect(lambda: self.set_all(True))
        self.untick_all = QPushButton(self.tr("&Untick all"))
        self.untick_all.clicked.connect(lambda: self.set_all(False))
        ticks = QHBoxLayout()
        ticks.addWidget(self.tick_all)
        ticks.addWidget(self.untick_all)
        ticks.addStretch()
        self.error_label = QLabel()
        mark_error(self.error_label)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = self.buttons.addButton(
            self.tr("&Add ticked as nominees"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(ticks)
        layout.addLayout(defaults)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._fill()
        self.resize(1280, 560)

    def _award_box(self) -> QComboBox:
        """Every award of the catalog (Giấy khen and Bằng khen go to people and collectives)."""
        box = QComboBox()
        for a in self.catalog.awards:
            box.addItem(a.name, a.code)
        box.setCurrentIndex(max(0, box.findData("GIAY_KHEN")))
        return box

    def _fill(self) -> None:
        if self.offer is None:
            self.intro.setText(self.tr("This batch is not linked to a movement."))
        else:
            found = self.offer.candidates
            text = self.tr(
                "Candidates of “%1” in %2 by the movement's rules. A candidate is a reason to "
                "propose: each nominee added is still checked for the award's conditions."
            )
            text = text.replace("%1", found.sheet.movement_name).replace("%2", str(found.year))
            if not found.sheet.rules:
                text += " " + self.tr(
                    "The movement has no rules yet: set them on its Award grounds tab."
                )
            self.intro.setText(text)
        present = self.offer.present if self.offer else frozenset()
        self.table.setRowCount(len(self.rows))
        for r, c in enumerate(self.rows):
            p = c.participant
            name = QTableWidgetItem(p.name)
            flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
            already = p.key in present
            if c.proposable and not already:
                name.setFlags(flags | Qt.ItemFlag.ItemIsUserCheckable)
                name.setCheckState(Qt.CheckState.Checked)
            else:
                name.setFlags(flags)
                name.setToolTip(
                    self.tr("Already in the batch")
                    if already
                    else self.tr("Not in the registers: add the person or unit first")
                )
            self.table.setItem(r, NAME, name)
            cells = (
                (KIND, subject_label(p.kind)),
                (UNIT, p.detail),
                (REASON, reasons_text(c.reasons)),
            )
            for column, text in cells:
                item = QTableWidgetItem(text)
                item.setFlags(flags)
                item.setToolTip(text)
                self.table.setItem(r, column, item)
            if already:
                for column in range(5):
                    cell = self.table.item(r, column)
                    if cell is not None:
                        cell.setForeground(Qt.GlobalColor.gray)
        self._show_awards()
        if self.rows:
            self.table.setCurrentCell(0, NAME)
        self.add_button.setEnabled(any(self._checkable(r) for r in range(len(self.rows))))

    def award_of(self, c: Candidate) -> str:
        """The award a candidate is proposed for: its rule's catalog award, else the default."""
        if c.award in self.catalog.codes():
            return c.award
        box = self.person_award if c.participant.kind is SubjectKind.PERSON else self.group_award
        return str(box.currentData() or "")

    def _show_awards(self) -> None:
        names = {a.code: a.name for a in self.catalog.awards}
        for r, c in enumerate(self.rows):
            code = self.award_of(c) if c.proposable else ""
            item = QTableWidgetItem(names.get(code, code))
            item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(r, AWARD, item)

    def _checkable(self, row: int) -> bool:
        item = self.table.item(row, NAME)
        return item is not None and bool(item.flags() & Qt.ItemFlag.ItemIsUserCheckable)

    def set_all(self, ticked: bool) -> None:
        """Tick or untick every candidate that can be proposed."""
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        for r in range(self.table.rowCount()):
            if self._checkable(r):
                item = self.table.item(r, NAME)
                if item is not None:
                    item.setCheckState(state)

    def ticked(self) -> list[Candidate]:
        """The candidates ticked, in table order."""
        out = []
        for r, c in enumerate(self.rows):
            item = self.table.item(r, NAME)
            ticked = item is not None and item.checkState() == Qt.CheckState.Checked
            if ticked and self._checkable(r):
                out.append(c)
        return out

    def save(self) -> bool:
        """Add the ticked candidates as nominees; False (the error shown) when refused."""
        picks = [candidates.Pick(c.participant, self.award_of(c)) for c in self.ticked()]
        try:
            # Each nominee is checked for its award on the way in: on the database worker.
            self.outcome = on_worker(
                self, lambda: candidates.propose(self._ws, self._batch_id, picks)
            )
        except ThiDuaError as exc:
            self.error_label.setText(error_text(exc))
            self.error_label.show()
            return False
        return True

    def accept(self) -> None:
        if self.save():
            super().accept()
