"""The award proposals page: eligibility for a year, proposal batches, the award catalog."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import progress as steps
from desktop.domain.awards import Catalog
from desktop.domain.eligibility import Result
from desktop.domain.errors import ThiDuaError
from desktop.domain.progress import Progress
from desktop.domain.proposals import NomineeInput, SubjectType
from desktop.services import candidates, eligibility, proposals, ratings
from desktop.services import catalog as catalog_service
from desktop.services.candidates import CandidateList as Found
from desktop.services.session import Workspace
from desktop.ui.dialogs.proposal_dialogs import BatchDialog
from desktop.ui.errors import plain_message, show_error
from desktop.ui.messages import reason_text
from desktop.ui.models.proposal_tables import E_AWARD, E_NAME, E_RESULT, EligibilityModel
from desktop.ui.pages.award_catalog import CatalogTab
from desktop.ui.pages.proposal_batches import BatchesTab
from desktop.ui.style import ERROR_STYLE
from desktop.ui.tasks import Task, on_worker, run_with_progress, say_cancelled
from desktop.ui.widgets.page_title import page_title
from desktop.ui.widgets.proposal_labels import result_label, subject_label
from desktop.ui.widgets.search_box import SearchBox


def award_names(catalog: Catalog) -> dict[str, str]:
    """Code → printed name, in catalog order."""
    return {a.code: a.name for a in catalog.awards}


class EligibilityTab(QWidget):
    """Who meets which title in a year, with the reasons; a batch from the selected rows."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.task: Task | None = None
        # Asks for the new batch; tests replace it to stay headless. Returns the batch id.
        self.ask_new_batch: Callable[[int], int | None] = self._ask_new_batch
        self.batch_created: Callable[[int], None] = lambda _id: None
        # A batch linked to a movement is offered its candidates (issue 20); tests replace it.
        self.offer_candidates: Callable[[int], None] = self._offer_candidates
        # The movement candidates of the evaluated year, in words by subject (read with the
        # evaluation on the database worker).
        self._grounds: dict[tuple[str, int | str], list[str]] = {}
        self.report_error: Callable[[BaseException], None] = lambda exc: show_error(self, exc)
        self.catalog = catalog_service.load(ws)
        self.model = EligibilityModel(self)
        self.year_box = QSpinBox()
        self.year_box.setRange(1990, date.today().year + 1)
        # The year the ratings were last entered: in January the awards are for the year before.
        latest = ratings.latest_rated_year(ws)
        self.year_box.setValue(min(latest or date.today().year, date.today().year))
        self.award_filter = QComboBox()
        self.award_filter.addItem(self.tr("All titles checked"), None)
        for a in self.catalog.awards:
            if a.code in (
                *eligibility.PERSON_CODES,
                *eligibility.UNIT_CODES,
                *eligibility.HOUSEHOLD_CODES,
            ):
                self.award_filter.addItem(f"{a.name} ({a.code})", a.code)
        self.result_filter = QComboBox()
        self.result_filter.addItem(self.tr("Any result"), None)
        for r in Result:
            self.result_filter.addItem(result_label(r), r.value)
        self.name_filter = SearchBox(placeholder=self.tr("Filter by name (accents optional)"))
        self.check_button = QPushButton(self.tr("Check"))
        self.create_button = QPushButton(self.tr("Create a proposal batch…"))
        self.create_button.setToolTip(self.tr("A new batch with the selected rows as nominees"))
        self.count_label = QLabel()
        # Before 2024 CSTĐCS was capped at a share of LĐTT (NĐ 91/2017 Điều 9 khoản 3).
        self.cap_label = QLabel()
        self.cap_label.setWordWrap(True)
        self.cap_label.hide()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Year")))
        bar.addWidget(self.year_box)
        bar.addWidget(self.check_button)
        bar.addWidget(self.award_filter)
        bar.addWidget(self.result_filter)
        bar.addWidget(self.name_filter, 1)
        bar.addWidget(self.create_button)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Results first: name, result, award, then the unit (stretched, elided at worst).
        header.moveSection(E_RESULT, 1)
        header.moveSection(header.visualIndex(E_AWARD), 2)
        self.table.setColumnWidth(E_NAME, 200)
        self.table.setColumnWidth(E_RESULT, self._result_width())
        self.table.setColumnWidth(E_AWARD, 200)
        header.setStretchLastSection(True)
        self.reasons = QPlainTextEdit()
        self.reasons.setReadOnly(True)
        self.reasons.setPlaceholderText(self.tr("Select a row to see why."))
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(self.tr("Reasons")))
        side_layout.addWidget(self.reasons, 1)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        layout.addWidget(self.cap_label)
        layout.addWidget(self.count_label)

        self.check_button.clicked.connect(self.evaluate)
        self.year_box.editingFinished.connect(self.evaluate)
        for box in (self.award_filter, self.result_filter):
            box.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.name_filter.searchChanged.connect(lambda _t: self.apply_filter())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_reasons())
        self.create_button.clicked.connect(lambda: self.create_batch())
        self.model.modelReset.connect(self._update_count)
        self._update_count()

    def _result_width(self) -> int:
        """Wide enough for the longest result label and the column's title."""
        metrics = self.table.fontMetrics()
        texts = [result_label(r) for r in Result] + [
            str(self.model.headerData(E_RESULT, Qt.Orientation.Horizontal))
        ]
        return max(metrics.horizontalAdvance(t) for t in texts) + 28

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.task is None:
            self.evaluate()  # the first time the tab is seen

    def evaluate(self) -> Task:
        """Check everyone for the chosen year in the background."""
        ws, year = self._ws, self.year_box.value()
        catalog = self.catalog = catalog_service.load(ws)
        self.check_button.setEnabled(False)

        def work(progress: Progress) -> tuple[list[eligibility.EligibilityRow], list[Found]]:
            rows = eligibility.evaluate(ws, year, catalog=catalog, progress=progress)
            progress.report(0, 0, steps.COMPUTE)  # the movements' candidates of the year
            return rows, candidates.of_year(ws, year)

        def done(result: tuple[list[eligibility.EligibilityRow], list[Found]]) -> None:
            from desktop.ui.dialogs.movement_candidates import offer_lines

            rows, found = result
            self.check_button.setEnabled(True)
            self._grounds = offer_lines(found)
            self.model.set_rows(rows, award_names(catalog))
            self._show_cap(eligibility.cap_status(catalog, year, rows), year)

        def failed(exc: BaseException) -> None:
            self.check_button.setEnabled(True)
            self.report_error(exc)

        def cancelled() -> None:
            self.check_button.setEnabled(True)
            say_cancelled(self)

        self.task = run_with_progress(
            self,
            work,
            done,
            failed,
            self.tr("Checking the conditions for %1…").replace("%1", str(year)),
            on_cancelled=cancelled,
        )
        return self.task

    def _show_cap(self, cap: eligibility.CapStatus | None, year: int) -> None:
        if cap is None:
            self.cap_label.hide()
            return
        text = (
            self.tr(
                "In %1 CSTĐCS may be at most %2 % of LĐTT: %3 meet LĐTT, so at most %4 CSTĐCS;"
                " %5 meet CSTĐCS."
            )
            .replace("%1", str(year))
            .replace("%2", str(cap.percent))
            .replace("%3", str(cap.ldtt))
            .replace("%4", str(cap.allowed))
            .replace("%5", str(cap.cstdcs))
        )
        if cap.exceeded:
            text += " " + self.tr("Over the cap: a batch needs a written reason to be submitted.")
        self.cap_label.setText(text)
        self.cap_label.setStyleSheet(ERROR_STYLE if cap.exceeded else "")
        self.cap_label.show()

    def apply_filter(self) -> None:
        """Apply the award, result and name filters."""
        result = self.result_filter.currentData()
        self.model.set_filter(
            self.award_filter.currentData(),
            Result(result) if result else None,
            self.name_filter.text(),
        )

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("%1 of %2 rows")
            .replace("%1", f"{self.model.rowCount():,}".replace(",", "."))
            .replace("%2", f"{self.model.total():,}".replace(",", "."))
        )
        self._show_reasons()

    def selected_rows(self) -> list[eligibility.EligibilityRow]:
        """The evaluation rows selected in the table, in table order."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r) for r in rows]

    def _show_reasons(self) -> None:
        index = self.table.currentIndex()
        selected = self.table.selectionModel().selectedRows()
        if not selected or not index.isValid():
            self.reasons.setPlainText("")
            return
        r = self.model.row_at(index.row())
        award = self.catalog.get(r.award).name if r.award in self.catalog.codes() else r.award
        head = f"{r.name} — {subject_label(r.subject_kind)}\n{award}: {result_label(r.result)}\n"
        basis = "\n\n" + self.tr("Legal basis: %1").replace("%1", r.basis) if r.basis else ""
        grounds = "".join(f"\n\n★ {line}" for line in self._movement_grounds(r))
        self.reasons.setPlainText(
            head + "\n" + "\n".join(f"• {reason_text(x)}" for x in r.reasons) + basis + grounds
        )

    def _movement_grounds(self, r: eligibility.EligibilityRow) -> list[str]:
        """The movement results that make this subject a candidate (issue 20)."""
        from desktop.domain.text import fold

        if r.subject_kind in ("person", "unit") and r.subject_id is not None:
            return self._grounds.get((r.subject_kind, r.subject_id), [])
        return self._grounds.get(("named", fold(r.name)), [])

    def _offer_candidates(self, batch_id: int) -> None:
        from desktop.ui.dialogs.movement_candidates import (
            CandidatesDialog,
            has_candidates,
            read_offer,
        )

        offer = read_offer(self, self._ws, batch_id)
        if has_candidates(offer):
            dialog = CandidatesDialog(self._ws, batch_id, self, offer=offer)
            try:
                dialog.exec()
            finally:
                dialog.deleteLater()

    def _ask_new_batch(self, year: int) -> int | None:
        dialog = BatchDialog(self._ws, self, year=year)
        try:
            return dialog.batch_id if dialog.exec() else None
        finally:
            dialog.deleteLater()

    def create_batch(self) -> int | None:
        """A new batch (title and kind asked) with the selected rows as nominees."""
        rows = self.selected_rows()
        if not rows:
            self.report_error(ThiDuaError(self.tr("Select the rows to propose first.")))
            return None
        batch_id = self.ask_new_batch(self.year_box.value())
        if batch_id is None:
            return None
        ws = self._ws

        def add_all() -> list[tuple[str, ThiDuaError]]:  # on the database worker
            refused: list[tuple[str, ThiDuaError]] = []
            for r in rows:  # one nominee a transaction: the others are added anyway
                try:
                    proposals.add_nominee(ws, batch_id, self._nominee_of(r))
                except ThiDuaError as exc:
                    refused.append((r.name, exc))
            return refused

        refused = on_worker(self, add_all, self.tr("Adding the nominees…"))
        problems = [f"{name}: {plain_message(exc)}" for name, exc in refused]
        if problems:
            self.report_error(ThiDuaError("\n".join(problems)))
        self.offer_candidates(batch_id)  # a movement batch: its candidates too (issue 20)
        self.batch_created(batch_id)
        return batch_id

    @staticmethod
    def _nominee_of(r: eligibility.EligibilityRow) -> NomineeInput:
        """The nominee a row of the evaluation proposes."""
        if r.subject_kind == "household":  # by its name in the register (subjects)
            name = eligibility.household_label(r.name, r.unit)
            return NomineeInput(SubjectType.HOUSEHOLD, r.award, household_name=name)
        person = r.subject_kind == "person"
        return NomineeInput(
            SubjectType.PERSON if person else SubjectType.UNIT,
            r.award,
            person_id=r.subject_id if person else None,
            unit_id=None if person else r.subject_id,
            initiative_ids=r.initiatives,
        )


class ProposalsPage(QWidget):
    """Eligibility, proposal batches, the award catalog and Hồ sơ nhận (received packages)."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = page_title(self.tr("Award proposals"))
        self.tabs = QTabWidget()
        self.eligibility = EligibilityTab(ws)
        self.batches = BatchesTab(ws)
        self.catalog = CatalogTab(ws)
        self.tabs.addTab(self.eligibility, self.tr("Eligibility"))
        self.tabs.addTab(self.batches, self.tr("Proposal batches"))
        self.tabs.addTab(self.catalog, self.tr("Award catalog"))
        from desktop.ui.pages.received_packages import ReceivedTab  # Hồ sơ nhận (packages)

        self.received = ReceivedTab(ws)
        self.tabs.addTab(self.received, self.tr("Received dossiers"))
        self.received.data_changed.connect(lambda: self.batches.refresh())
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        self.eligibility.batch_created = self._show_batch
        self._shown_once = False

    def page_shown(self) -> None:
        """Coming back to the page: other pages may have changed people, units or ratings."""
        if self._shown_once:
            self.batches.refresh()
            self.received.refresh()
        self._shown_once = True

    def focus_search(self) -> None:
        """Ctrl+F: the name filter of the eligibility tab."""
        self.tabs.setCurrentWidget(self.eligibility)
        self.eligibility.name_filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.eligibility.name_filter.selectAll()

    def _show_batch(self, batch_id: int) -> None:
        self.batches.refresh(select=batch_id)
        self.tabs.setCurrentWidget(self.batches)
