"""The batches tab: the list of batches and, for the one selected, its head, nominees,
workflow (council meeting, submit, return, decision), state log and dossier."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import ConflictError, ThiDuaError
from desktop.domain.proposals import BatchState
from desktop.services import catalog as catalog_service
from desktop.services import proposals
from desktop.services.session import Workspace
from desktop.ui.dialogs.council_dialogs import DecisionDialog, MeetingDialog
from desktop.ui.dialogs.proposal_dialogs import (
    BatchDialog,
    NomineeDialog,
    NomineeTextDialog,
    ProblemsDialog,
)
from desktop.ui.errors import show_error
from desktop.ui.messages import problem_text, reason_text
from desktop.ui.models.proposal_tables import N_AWARD, N_NAME, BatchesModel, NomineesModel
from desktop.ui.pages import excel_actions
from desktop.ui.pages.list_page import ListPage
from desktop.ui.pages.record_tab import fit_to_width
from desktop.ui.style import ERROR_STYLE
from desktop.ui.tasks import on_worker, say_cancelled, wait_for
from desktop.ui.widgets.batch_files import BatchFiles
from desktop.ui.widgets.batch_head import BatchHead
from desktop.ui.widgets.issued_documents import IssuedDocuments
from desktop.ui.widgets.proposal_labels import result_label, state_label


def _show_window(dialog: QDialog) -> None:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def _run(dialog: QDialog) -> bool:
    try:
        return bool(dialog.exec())
    finally:
        dialog.deleteLater()  # not kept as a child of the page


class BatchesTab(ListPage):
    """Proposal batches on the list-page base (new, delete, history; Ins, Del, Enter) and the
    selected one's head, nominees and workflow."""

    history_kind = "batch"  # the batch with its nominees (`show_history`)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self.batch: proposals.Batch | None = None
        # Hooks for what would block (modal dialogs); tests replace them.
        self.run_dialog: Callable[[QDialog], bool] = _run
        self.ask_text: Callable[[str, str], str | None] = self._ask_text
        self.show_problems: Callable[[list[str]], None] = lambda p: self._problems_dialog(p)
        self.preview: Callable[[int], None] = self._preview
        self.report_error: Callable[[BaseException], None] = lambda exc: show_error(self, exc)
        self.confirm: Callable[[str, str], bool] = self._confirm
        self.show_window: Callable[[QDialog], None] = _show_window  # history windows
        # A unit's nominee list from Excel into the batch (issue 18); tests replace it.
        self.import_list: Callable[[int], bool] = lambda batch_id: excel_actions.import_excel(
            self, self._ws, "nominees", {"batch": batch_id}
        )
        self.batches_model = BatchesModel(self)
        self.nominees_model = NomineesModel(self)
        self._build_ui()
        self.refresh()

    # --- layout ------------------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.batch_table = QTableView()
        self.batch_table.setModel(self.batches_model)
        self._table_defaults(self.batch_table)
        self.batch_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.batch_table.horizontalHeader().setStretchLastSection(True)
        # title, year, state, nominees, submission number: the list fits beside the batch
        fit_to_width(self.batch_table, (200, 50, 110, 60, 90), least=45)
        self.show_records(self.batch_table)  # a new current batch is shown (`selection_changed`)
        record_buttons = self.record_buttons(
            self.tr("New batch…"),
            "",
            self.tr("Delete batch"),
            tips=(
                self.tr("New proposal batch (Ins, Ctrl+N)"),
                "",
                self.tr("Delete the selected batch with its nominees (Del)"),
                self.tr("Every change of the batch and of its nominees, from the audit log"),
            ),
        )
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.batch_table, 1)
        grid = QGridLayout()  # two by two: the list stays narrow beside the batch
        for i, b in enumerate(record_buttons):
            grid.addWidget(b, i // 2, i % 2)
        ll.addLayout(grid)
        self.standard_keys(add_in=left)

        self.head = BatchHead()
        self.head.save_button.clicked.connect(lambda: self.save_head())

        # Nominees, and who decides them.
        self.split_label = QLabel()
        self.split_label.setWordWrap(True)
        self.nominee_table = QTableView()
        self.nominee_table.setModel(self.nominees_model)
        self._table_defaults(self.nominee_table)
        nominee_head = self.nominee_table.horizontalHeader()
        nominee_head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        nominee_head.setSectionResizeMode(N_NAME, QHeaderView.ResizeMode.Stretch)
        nominee_head.setSectionResizeMode(N_AWARD, QHeaderView.ResizeMode.Interactive)
        self.nominee_table.setColumnWidth(N_AWARD, 190)
        self.add_nominee_button = QPushButton(self.tr("Add…"))
        self.text_button = QPushButton(self.tr("Achievements…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Take the selected nominee out of the batch"))
        self.recheck_button = QPushButton(self.tr("Check again"))
        self.list_button = QPushButton(self.tr("Units' list…"))
        self.list_button.setToolTip(
            self.tr("Add the nominees of a unit's Excel list, each checked on the way in")
        )
        # Results that ground awards (issue 20): the linked movement's candidates.
        self.candidates_button = QPushButton(self.tr("Candidates…"))
        self.candidates_button.setToolTip(
            self.tr("The linked movement's candidates (score rank, contribution) to add")
        )
        list_menu = QMenu(self.list_button)
        list_menu.addAction(self.tr("Import from Excel…"), lambda: self.import_nominee_list())
        list_menu.addAction(
            self.tr("Excel template…"), lambda: excel_actions.save_template(self, "nominees")
        )
        self.list_button.setMenu(list_menu)
        self.reasons = QPlainTextEdit()
        self.reasons.setReadOnly(True)
        self.reasons.setPlaceholderText(self.tr("Select a nominee to see the eligibility check."))

        # Workflow and log.
        self.meeting_button = QPushButton(self.tr("Council meeting…"))
        self.submit_button = QPushButton(self.tr("Submit"))
        self.return_button = QPushButton(self.tr("Return for changes…"))
        self.decision_button = QPushButton(self.tr("Record the decision…"))
        self.print_button = QPushButton(self.tr("Print dossier…"))
        self.quota_button = QPushButton(self.tr("Exceed the quota…"))
        self.quota_button.setToolTip(
            self.tr("Record why the batch proposes more than the movement's quota")
        )
        self.process_button = QPushButton(self.tr("Print processing history…"))
        self.certificates_button = QPushButton(self.tr("Print certificates…"))
        self.council_button = QPushButton(self.tr("Council members…"))
        self.council_button.setToolTip(
            self.tr("The council's members, roles and terms; its quorum; the kind of office")
        )
        # -- decision helper (issue 14): the office's own Quyết định -------------------------
        self.own_decision_button = QPushButton(self.tr("Office decision…"))
        self.own_decision_button.setToolTip(
            self.tr("Draft, print and record the head's own decision with its list and money")
        )
        # -- end of the decision helper's hunk ------------------------------------------------
        nominee_buttons = QHBoxLayout()
        for b in (
            self.add_nominee_button,
            self.list_button,
            self.candidates_button,
            self.text_button,
            self.remove_button,
            self.recheck_button,
        ):
            nominee_buttons.addWidget(b)
        nominee_buttons.addStretch(1)
        nominee_buttons.addWidget(self.quota_button)
        flow = QHBoxLayout()
        for b in (
            self.meeting_button,
            self.submit_button,
            self.return_button,
            self.decision_button,
            self.print_button,
        ):
            flow.addWidget(b)
        flow.addWidget(self.own_decision_button)  # decision helper
        flow.addStretch(1)
        flow.addWidget(self.council_button)
        self.log = QPlainTextEdit()
        self.log.setReadOnly(True)
        self.issued = IssuedDocuments(self._ws)
        self.history = QTabWidget()
        self.history.addTab(self.reasons, self.tr("Eligibility check"))
        self.history.addTab(self.log, self.tr("State log"))
        self.history.addTab(self.issued, self.tr("Issued documents"))
        self.files = BatchFiles(self._ws)  # the clerk's desk: kept files (issue 18)
        self.history.addTab(self.files, self.tr("Files"))
        self.history.setTabToolTip(
            self.history.indexOf(self.files),
            self.tr("Files kept with the batch: the signed tờ trình, ballots, evidence"),
        )
        self.files.counted.connect(self._show_file_count)
        corner = QWidget()
        corner_row = QHBoxLayout(corner)
        corner_row.setContentsMargins(0, 0, 0, 0)
        corner_row.addWidget(self.process_button)
        corner_row.addWidget(self.certificates_button)
        self.history.setCornerWidget(corner)
        self.history.setMaximumHeight(118)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.setSpacing(4)
        rl.addWidget(self.head)
        rl.addWidget(self.split_label)
        rl.addWidget(self.nominee_table, 1)
        rl.addLayout(nominee_buttons)
        rl.addLayout(flow)
        rl.addWidget(self.history)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setSizes([380, 1000])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

        self.nominee_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._show_reasons()
        )
        self.nominee_table.doubleClicked.connect(lambda _i: self.edit_texts())
        self.add_nominee_button.clicked.connect(lambda: self.add_nominee())
        self.text_button.clicked.connect(lambda: self.edit_texts())
        self.remove_button.clicked.connect(lambda: self.remove_nominee())
        self.recheck_button.clicked.connect(lambda: self.recheck())
        self.candidates_button.clicked.connect(lambda: self.offer_candidates())
        self.meeting_button.clicked.connect(lambda: self.record_meeting())
        self.submit_button.clicked.connect(lambda: self.submit())
        self.return_button.clicked.connect(lambda: self.return_for_changes())
        self.decision_button.clicked.connect(lambda: self.record_decision())
        self.print_button.clicked.connect(lambda: self.print_dossier())
        self.quota_button.clicked.connect(lambda: self.override_quota())
        self.process_button.clicked.connect(lambda: self.print_process_history())
        self.own_decision_button.clicked.connect(lambda: self.own_decision())  # decision helper
        self.council_button.clicked.connect(lambda: self.edit_council())
        self.certificates_button.clicked.connect(lambda: self.print_certificates())

    @staticmethod
    def _table_defaults(table: QTableView) -> None:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(24)
        table.horizontalHeader().setStretchLastSection(False)

    # --- data --------------------------------------------------------------------------------
    def refresh(self, select: int | None = None) -> None:
        """Reload the list of batches (keeping or choosing the selected one)."""
        keep = select if select is not None else (self.batch.id if self.batch else None)
        self.batches_model.set_rows(proposals.list_batches(self._ws))
        row = self.batches_model.row_of(keep) if keep is not None else -1
        if row < 0 and self.batches_model.rowCount():
            row = 0
        if row >= 0:
            self.batch_table.selectionModel().setCurrentIndex(
                self.batches_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._load()

    def _load(self) -> None:
        index = self.batch_table.currentIndex()
        catalog = catalog_service.load(self._ws)
        names = {a.code: a.name for a in catalog.awards}
        if not index.isValid():
            self.batch = None
            self.nominees_model.set_rows([], names)
            self.split_label.setText("")
            self.log.setPlainText("")
            self.issued.set_batch(None)
            self.files.set_batch(None)
            self._update_controls()
            return
        batch_id = self.batches_model.batch_id(index.row())
        self.batch = b = proposals.get_batch(self._ws, batch_id)
        self.head.set_batch(b)
        groups = proposals.routing(self._ws, batch_id)
        routes = {nid: self._route_label(g) for g in groups for nid in g.nominee_ids}
        self.nominees_model.set_rows(
            proposals.nominees(self._ws, batch_id),
            names,
            thresholds={a.code: a.vote_threshold for a in catalog.awards},
            members_total=b.members_total,
            routes=routes,
        )
        self._show_split(groups)
        self.issued.set_batch(batch_id)
        self.files.set_batch(batch_id)
        self.log.setPlainText(
            "\n".join(
                f"{e.at:%Y-%m-%d %H:%M}  {e.user}: {state_label(e.from_state)} → "
                f"{state_label(e.to_state)}" + (f" ({e.note})" if e.note else "")
                for e in proposals.events(self._ws, batch_id)
            )
        )
        self._show_reasons()
        self._update_controls()

    def _update_controls(self) -> None:
        b = self.batch
        draft = b is not None and b.state is BatchState.DRAFT
        has_nominees = self.nominees_model.rowCount() > 0
        self.head.set_editable(draft)
        for w in (
            self.add_nominee_button,
            self.list_button,
            self.candidates_button,
            self.remove_button,
            self.recheck_button,
        ):
            w.setEnabled(draft)
        self.text_button.setEnabled(draft and has_nominees)
        self.delete_button.setEnabled(
            b is not None and b.state in (BatchState.DRAFT, BatchState.MET)
        )
        self.meeting_button.setEnabled(draft and has_nominees)
        self.submit_button.setEnabled(b is not None and b.state is BatchState.MET)
        self.return_button.setEnabled(
            b is not None and b.state in (BatchState.MET, BatchState.SUBMITTED)
        )
        self.decision_button.setEnabled(b is not None and b.state is BatchState.SUBMITTED)
        self.print_button.setEnabled(b is not None and has_nominees)
        self.history_button.setEnabled(b is not None)
        self.process_button.setEnabled(b is not None)
        self.own_decision_button.setEnabled(  # decision helper
            b is not None and b.state in (BatchState.MET, BatchState.SUBMITTED, BatchState.DECIDED)
        )
        self.certificates_button.setEnabled(b is not None and b.state is BatchState.DECIDED)
        self.quota_button.setVisible(b is not None and b.movement_id is not None)
        self.candidates_button.setVisible(b is not None and b.movement_id is not None)
        self.quota_button.setEnabled(
            b is not None and b.state in (BatchState.DRAFT, BatchState.MET)
        )

    def _route_label(self, g: proposals.RouteGroup) -> str:
        if g.by_head:
            return self.tr("Head of the office")
        if g.key == "review":
            return self.tr("To review")
        return g.authority

    def _show_split(self, groups: list[proposals.RouteGroup]) -> None:
        """Who decides the nominees: the head of the office (a decision) or an authority above
        (a submission to it); a batch's submission goes to one authority only."""
        parts = []
        for g in groups:
            count = len(g.nominee_ids)
            if g.by_head:
                parts.append(
                    self.tr("Decided by the head of the office (decision): %1").replace(
                        "%1", str(count)
                    )
                )
            elif g.key == "review":
                parts.append(
                    self.tr("Authority to review: %1 (%2)")
                    .replace("%1", str(count))
                    .replace("%2", g.review)
                )
            else:
                parts.append(
                    self.tr("Submission to %1: %2")
                    .replace("%1", g.addressee)
                    .replace("%2", str(count))
                    + ("" if g.addressee == g.authority else f" ({g.authority})")
                )
        up = [g for g in groups if not g.by_head and g.key != "review"]
        text = " · ".join(parts)
        if len(up) > 1:
            text += " — " + self.tr("one submission goes to one authority: split the batch")
            self.split_label.setStyleSheet(ERROR_STYLE)
        else:
            self.split_label.setStyleSheet("")
        self.split_label.setText(text)

    def current_nominee(self) -> proposals.Nominee | None:
        """The nominee selected in the table."""
        index = self.nominee_table.currentIndex()
        return self.nominees_model.nominee(index.row()) if index.isValid() else None

    def _show_reasons(self) -> None:
        n = self.current_nominee()
        self.files.choose_owner(n.id if n is not None else None)
        if n is None:
            self.reasons.setPlainText("")
            return
        lines = [f"{n.name}: {result_label(n.eligibility)}"]
        lines += [f"• {reason_text(r)}" for r in n.eligibility_reasons]
        if n.data.override_reason:
            lines.append(
                self.tr("Proposed anyway because: %1").replace("%1", n.data.override_reason)
            )
        self.reasons.setPlainText("\n".join(lines))

    # --- actions -----------------------------------------------------------------------------
    def _do(self, action: Callable[[], object]) -> bool:
        try:
            on_worker(self, action)  # the one writer: saves run on the database worker
        except ThiDuaError as exc:
            self.report_error(exc)
            self._load()
            return False
        self.refresh()
        return True

    # --- the list-page base ----------------------------------------------------------------
    def selection_changed(self) -> None:
        self._load()  # the buttons follow the batch's state (`_update_controls`)

    def add_record(self) -> int | None:
        """A new batch (Ins, Ctrl+N, New batch…); its id when saved."""
        dialog = BatchDialog(self._ws, self)
        if not self.run_dialog(dialog) or dialog.batch_id is None:
            return None
        self.refresh(select=dialog.batch_id)
        self.data_changed.emit()
        self.offer_candidates(only_if_any=True)  # a movement batch: its candidates
        return dialog.batch_id

    def open_record(self) -> None:
        """Enter on a batch: on to its nominees."""
        self.nominee_table.setFocus()

    def delete_question(self, record_id: int) -> tuple[str, str]:
        title = self.batch.title if self.batch is not None and self.batch.id == record_id else ""
        return (
            self.tr("Delete batch"),
            self.tr("It goes to the recycle bin, from where it can be restored.")
            + "\n"
            + self.tr("Type DELETE to delete “%1” and its nominees:").replace("%1", title),
        )

    def confirm_delete(self, title: str, question: str) -> bool:
        """A batch goes only when DELETE is typed (its nominees and votes go with it)."""
        answer = self.ask_text(title, question)
        return answer is not None and answer.strip().upper() == "DELETE"

    def delete_record(self, record_id: int) -> None:
        proposals.delete_batch(self._ws, record_id)

    def delete_refused(self, record_id: int, error: ThiDuaError, title: str) -> None:
        self.report_error(error)
        self._load()

    def show_history(self) -> None:
        """The change history of the batch with its nominees (audit log)."""
        if self.batch is not None:
            from desktop.ui.dialogs.history import HistoryDialog

            self.show_window(
                HistoryDialog.for_batch(self._ws, self.batch.uuid, self.batch.title, self)
            )

    # --- the batch's workflow ----------------------------------------------------------------

    def offer_candidates(self, *, only_if_any: bool = False) -> bool:
        """Offer the linked movement's candidates (results that ground awards, issue 20)."""
        from desktop.ui.dialogs.movement_candidates import (
            CandidatesDialog,
            has_candidates,
            read_offer,
        )

        b = self.batch
        if b is None or b.movement_id is None or b.state is not BatchState.DRAFT:
            return False
        offer = read_offer(self, self._ws, b.id)  # on the database worker
        if only_if_any and not has_candidates(offer):
            return False
        if not self.run_dialog(CandidatesDialog(self._ws, b.id, self, offer=offer)):
            return False
        self.refresh(b.id)
        return True

    def save_head(self) -> bool:
        if self.batch is None:
            return False
        data = self.head.data()
        batch_id = self.batch.id
        return self._do(lambda: proposals.update_batch(self._ws, batch_id, data))

    def add_nominee(self) -> None:
        if self.batch is None:
            return
        dialog = NomineeDialog(self._ws, self.batch.id, catalog_service.load(self._ws), self)
        if self.run_dialog(dialog):
            self.refresh()

    def _show_file_count(self, count: int) -> None:
        """The files tab says how many there are (short, so the tabs fit at 1366 pixels)."""
        text = self.tr("Files (%1)").replace("%1", str(count)) if count else self.tr("Files")
        self.history.setTabText(self.history.indexOf(self.files), text)

    def import_nominee_list(self) -> bool:
        """Import a unit's nominee list into the selected draft batch; True when rows came in."""
        if self.batch is None or self.batch.state is not BatchState.DRAFT:
            return False
        batch_id = self.batch.id
        if not self.import_list(batch_id):
            return False
        self.refresh(batch_id)
        return True

    def edit_texts(self) -> None:
        n = self.current_nominee()
        if n is None or self.batch is None or self.batch.state is not BatchState.DRAFT:
            return
        if self.run_dialog(NomineeTextDialog(self._ws, n, self)):
            self.refresh()

    def remove_nominee(self) -> None:
        n = self.current_nominee()
        if n is None:
            return
        if not self.confirm(
            self.tr("Remove from the batch"),
            self.tr("Take %1 out of the batch?").replace("%1", n.name),
        ):
            return
        self._do(lambda: proposals.remove_nominee(self._ws, n.id))

    def recheck(self) -> None:
        """Check every nominee again on the database worker (progress, Cancel: all or none)."""
        if self.batch is None:
            return
        batch_id = self.batch.id
        task = wait_for(
            self,
            lambda progress: proposals.recheck(self._ws, batch_id, progress=progress),
            self.tr("Checking the nominees again…"),
        )
        if task.cancelled:
            say_cancelled(self)
        elif isinstance(task.error, ThiDuaError):
            self.report_error(task.error)
            self._load()
        elif task.error is not None:
            raise task.error
        else:
            self.refresh()

    def record_meeting(self) -> None:
        if self.batch is not None and self.run_dialog(MeetingDialog(self._ws, self.batch.id, self)):
            self.refresh()

    def submit(self, on: date | None = None) -> str | None:
        """Mark the batch submitted; when refused, list the problems."""
        if self.batch is None:
            return None
        passed = sum(1 for n in self.nominees_model.nominees() if n.outcome != "khong_dat")
        question = self.tr(
            "Submit “%1” with %2 nominees? It can then only be returned for changes."
        )
        if not self.confirm(
            self.tr("Submit"),
            question.replace("%1", self.batch.title).replace("%2", str(passed)),
        ):
            return None
        # The checks run once, in the transaction that submits (on the database worker).
        batch_id, day = self.batch.id, on or date.today()
        task = wait_for(
            self,
            lambda _progress: proposals.submit(self._ws, batch_id, day),
            self.tr("Submitting…"),
        )
        if isinstance(task.error, proposals.BatchProblems):
            self.show_problems([problem_text(p) for p in task.error.found])
            return None
        if isinstance(task.error, ConflictError):
            self.report_error(task.error)
            return None
        if task.error is not None:
            raise task.error
        if task.cancelled:
            say_cancelled(self)
            return None
        self.refresh()
        return str(task.result)

    def return_for_changes(self) -> None:
        if self.batch is None:
            return
        reason = self.ask_text(
            self.tr("Return for changes"), self.tr("Why is the batch returned for changes?")
        )
        if reason is None:
            return
        batch_id = self.batch.id
        self._do(lambda: proposals.return_for_changes(self._ws, batch_id, reason))

    def record_decision(self) -> None:
        if self.batch is not None and self.run_dialog(
            DecisionDialog(self._ws, self.batch.id, self)
        ):
            self.refresh()

    # -- decision helper (issue 14) -----------------------------------------------------------
    def own_decision(self) -> None:
        """The head's own Quyết định: draft, preview, print, record (decision_dialog)."""
        if self.batch is None:
            return
        from desktop.ui.dialogs.decision_dialog import DecisionDocumentDialog

        self.run_dialog(DecisionDocumentDialog(self._ws, self.batch.id, self))
        self.refresh()

    # -- end of the decision helper's hunk ------------------------------------------------------
    def override_quota(self) -> None:
        if self.batch is None:
            return
        reason = self.ask_text(
            self.tr("Exceed the quota"),
            self.tr("Why does the batch propose more than the movement's quota?"),
        )
        if reason is not None:
            batch_id = self.batch.id
            self._do(lambda: proposals.set_quota_override(self._ws, batch_id, reason))

    def print_dossier(self) -> None:
        if self.batch is not None:
            self.preview(self.batch.id)

    def print_process_history(self) -> None:
        """“Quá trình xử lý hồ sơ” of the batch in a preview."""
        if self.batch is not None:
            from desktop.ui.dialogs.process_history_preview import ProcessHistoryDialog

            self.show_window(ProcessHistoryDialog(self._ws, self.batch.id, self))

    def edit_council(self) -> None:
        """The council's roster, its quorum and the kind of office."""
        from desktop.ui.dialogs.council_roster import CouncilRosterDialog

        if self.run_dialog(CouncilRosterDialog(self._ws, self)):
            self.refresh()

    def print_certificates(self) -> None:
        """Giấy khen of the decided batch (the certificates helper's dialog)."""
        if self.batch is not None:
            from desktop.ui.dialogs.certificate_print import CertificatePrintDialog

            self.show_window(CertificatePrintDialog(self._ws, self.batch.id, self))

    # --- default (modal) implementations of the hooks ----------------------------------------
    def _confirm(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self, title, question)
        return answer == QMessageBox.StandardButton.Yes

    def _ask_text(self, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, label)
        return text if ok else None

    def _problems_dialog(self, found: list[str]) -> None:
        _run(ProblemsDialog(found, self))

    def _preview(self, batch_id: int) -> None:
        from desktop.ui.dialogs.dossier_preview import DossierPreviewDialog

        dialog = DossierPreviewDialog(self._ws, batch_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exec()
        self._load()
