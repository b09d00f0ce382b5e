"""Hồ sơ nhận: the packages this office received. A proposal shows its dossier and its nominees
judged again by this office's rules and award history; it can be returned with reasons or
accepted into one of the office's draft batches (each answered with a reply package)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QBrush, QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import ThiDuaError
from desktop.domain.packages import EXTENSION, PackageKind, Preview, ReceivedPackage, ReceivedState
from desktop.domain.proposals import BatchState
from desktop.services import catalog, proposals
from desktop.services.packages import identity, inbox
from desktop.services.session import Workspace
from desktop.ui import errors, tasks
from desktop.ui.dialogs.package_preview import ReceivePreviewDialog, open_preview
from desktop.ui.messages import reason_text
from desktop.ui.widgets.list_table import list_table
from desktop.ui.widgets.package_labels import kind_label, state_label
from desktop.ui.widgets.proposal_labels import RESULT_COLORS, result_label


def _item(text: str, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if tip:
        item.setToolTip(tip)
    return item


class ReceivedTab(QWidget):
    """The received packages on the left, the chosen one on the right."""

    data_changed = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setObjectName("received_tab")
        self.rows: list[ReceivedPackage] = []
        self.current: ReceivedPackage | None = None
        self.task: tasks.Task | None = None
        self.last_reply: Path | None = None
        self._award_names: dict[str, str] | None = None
        # Where to save a received kept file ("" when cancelled) and how a copy is opened; tests
        # answer both.
        self.ask_save_path: Callable[[str], str] = self._ask_save_path
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl

        top = QHBoxLayout()
        self.receive_button = QPushButton(self.tr("Receive a package…"))
        self.receive_button.setObjectName("receive_package")
        self.receive_button.setToolTip(
            self.tr("Open a .tdkt file from a USB stick or an e-mail; a preview comes first")
        )
        self.receive_button.clicked.connect(self._ask_receive)
        top.addWidget(self.receive_button)
        self.status = QLabel()
        self.status.setObjectName("received_status")
        self.status.setWordWrap(True)
        top.addWidget(self.status, 1)

        self.table = list_table(
            [self.tr("Received"), self.tr("Kind"), self.tr("Title"), self.tr("From"),
             self.tr("State")],
            "received_packages",
            2,
        )  # fmt: skip
        self.table.itemSelectionChanged.connect(self._selected)

        right = QWidget()
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 6, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("received_heading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        side.addWidget(self.heading)
        self.details = QLabel()
        self.details.setObjectName("received_details")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        side.addWidget(self.details)
        self.nominees = QTableWidget(0, 5)
        self.nominees.setObjectName("received_nominees")
        self.nominees.setHorizontalHeaderLabels(
            [self.tr("Nominee"), self.tr("Award"), self.tr("Sender's check"),
             self.tr("Check here"), self.tr("Reasons here")]
        )  # fmt: skip
        self.nominees.verticalHeader().setVisible(False)
        self.nominees.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.nominees.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.nominees.setWordWrap(False)
        header = self.nominees.horizontalHeader()
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for col, width in enumerate((200, 230, 140, 160)):
            header.resizeSection(col, width)
        side.addWidget(self.nominees, 1)

        kept = QHBoxLayout()
        self.files = QListWidget()
        self.files.setObjectName("received_files")
        self.files.setMaximumHeight(90)
        self.files.setToolTip(self.tr("Files the proposal carried (kept here with it)"))
        self.files.currentRowChanged.connect(lambda _row: self._update_file_actions())
        self.files.itemDoubleClicked.connect(lambda _item: self.open_file())
        kept.addWidget(self.files, 1)
        file_actions = QVBoxLayout()
        self.save_file_button = QPushButton(self.tr("Save file…"))
        self.save_file_button.setObjectName("save_received_file")
        self.save_file_button.clicked.connect(lambda: self.save_file())
        self.open_file_button = QPushButton(self.tr("Open"))
        self.open_file_button.setObjectName("open_received_file")
        self.open_file_button.clicked.connect(lambda: self.open_file())
        file_actions.addWidget(self.save_file_button)
        file_actions.addWidget(self.open_file_button)
        file_actions.addStretch(1)
        kept.addLayout(file_actions)
        side.addLayout(kept)

        actions = QHBoxLayout()
        self.dossier_button = QPushButton(self.tr("View dossier…"))
        self.dossier_button.setObjectName("view_dossier")
        self.dossier_button.clicked.connect(self.show_dossier)
        self.return_button = QPushButton(self.tr("Return with reasons…"))
        self.return_button.setObjectName("return_proposal")
        self.return_button.clicked.connect(self._ask_return)
        self.batch_box = QComboBox()
        self.batch_box.setObjectName("accept_batch")
        self.batch_box.setMinimumWidth(220)
        self.batch_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.batch_box.setToolTip(self.tr("One of this office's draft batches"))
        self.accept_button = QPushButton(self.tr("Accept into batch"))
        self.accept_button.setObjectName("accept_proposal")
        self.accept_button.clicked.connect(self._ask_accept)
        actions.addWidget(self.dossier_button)
        actions.addWidget(self.return_button)
        actions.addStretch(1)
        actions.addWidget(self.batch_box)
        actions.addWidget(self.accept_button)
        side.addLayout(actions)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([150, 450])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.refresh()

    # listing --------------------------------------------------------------------------------
    def refresh(self, select: int | None = None) -> None:
        """Read the received packages again (keeping or moving the selection)."""
        keep = select if select is not None else (self.current.id if self.current else None)
        try:
            self.rows = inbox.inbox(self.ws)
        except ThiDuaError as exc:  # shown, the list stays as it was
            errors.show_error(self, exc)
            return
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            cells = [
                f"{r.received_at:%Y-%m-%d %H:%M}",
                kind_label(r.kind),
                r.title,
                r.sender_name,
                state_label(r.state),
            ]
            for c, text in enumerate(cells):
                self.table.setItem(i, c, _item(text, r.state_note if c == 4 else ""))
        for col in (0, 1, 3, 4):
            self.table.resizeColumnToContents(col)
        self.table.blockSignals(False)
        row = next((i for i, r in enumerate(self.rows) if r.id == keep), 0 if self.rows else -1)
        if row >= 0:
            self.table.selectRow(row)
        self._selected()
        if not self.rows:
            self.status.setText(
                self.tr("Nothing received yet. Packages come as .tdkt files (USB stick, e-mail).")
            )

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.current = self.rows[rows[0].row()] if rows else None
        self._show_current()

    def _names(self) -> dict[str, str]:
        if self._award_names is None:
            cat = catalog.load(self.ws)
            self._award_names = {code: cat.get(code).name for code in cat.codes()}
        return self._award_names

    def _show_current(self) -> None:
        r = self.current
        self.nominees.setRowCount(0)
        self._fill_files(r)
        if r is None:
            self.heading.clear()
            self.details.clear()
            self._update_actions()
            return
        self.heading.setText(f"{kind_label(r.kind)}: {r.title}")
        lines = [
            self.tr("From %1 (key %2)")
            .replace("%1", r.sender_name)
            .replace("%2", identity.fingerprint_text(r.sender_fingerprint)),
            self.tr("Made %1, received %2")
            .replace("%1", r.created_at.isoformat(sep=" "))
            .replace("%2", f"{r.received_at:%Y-%m-%d %H:%M}"),
            self.tr("State: %1").replace("%1", state_label(r.state))
            + (f" — {r.state_note}" if r.state_note else ""),
            self.tr("Written: %1").replace("%1", r.summary),
        ]
        for a in inbox.attachments(self.ws, r.id):
            lines.append(
                self.tr("Attached file: %1 (%2 bytes, SHA-256 %3…)")
                .replace("%1", a.name)
                .replace("%2", str(a.size))
                .replace("%3", a.sha256[:16])
            )
        self.details.setText("\n".join(lines))
        if r.kind is PackageKind.PROPOSAL:
            self._fill_nominees(r.id)
        self._update_actions()

    def _fill_nominees(self, received_id: int) -> None:
        found = inbox.nominees(self.ws, received_id)
        names = self._names()
        self.nominees.setRowCount(len(found))
        for i, n in enumerate(found):
            award = names.get(n.award_code, n.award_code)
            reasons = "; ".join(reason_text(x) for x in n.eligibility_reasons.splitlines())
            cells = [
                _item(n.name),
                _item(award, n.award_code),
                _item(result_label(n.sender_eligibility)),
                _item(result_label(n.eligibility)),
                _item(reasons, n.eligibility_reasons),
            ]
            if n.eligibility is not None:
                cells[3].setForeground(QBrush(RESULT_COLORS[n.eligibility]))
            for c, cell in enumerate(cells):
                self.nominees.setItem(i, c, cell)

    def _fill_files(self, r: ReceivedPackage | None) -> None:
        self.files.clear()
        for f in inbox.files(self.ws, r.id) if r is not None else []:
            item = QListWidgetItem(
                self.tr("%1 (%2 bytes)").replace("%1", f.name).replace("%2", str(f.size))
            )
            item.setData(Qt.ItemDataRole.UserRole, f.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, f.name)
            item.setToolTip(f"SHA-256 {f.sha256}")
            self.files.addItem(item)
        if self.files.count():
            self.files.setCurrentRow(0)
        self.files.setVisible(self.files.count() > 0)
        self.save_file_button.setVisible(self.files.count() > 0)
        self.open_file_button.setVisible(self.files.count() > 0)
        self._update_file_actions()

    def _update_file_actions(self) -> None:
        chosen = self.files.currentItem() is not None
        self.save_file_button.setEnabled(chosen)
        self.open_file_button.setEnabled(chosen)

    def _chosen_file(self) -> tuple[int, str] | None:
        item = self.files.currentItem()
        if item is None:
            return None
        return int(item.data(Qt.ItemDataRole.UserRole)), str(
            item.data(Qt.ItemDataRole.UserRole + 1)
        )

    def _ask_save_path(self, name: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy of the file"), name)
        return path

    def save_file(self) -> Path | None:
        """Save a copy of the chosen received file where the clerk says."""
        chosen = self._chosen_file()
        if chosen is None:
            return None
        target = self.ask_save_path(chosen[1])
        if not target:
            return None
        try:
            saved = inbox.save_file(self.ws, chosen[0], target)
        except (ThiDuaError, OSError) as exc:
            errors.show_error(self, exc)
            return None
        self.status.setText(self.tr("File saved to %1").replace("%1", str(saved)))
        return saved

    def open_file(self) -> Path | None:
        """Open a copy of the chosen received file with its program."""
        chosen = self._chosen_file()
        if chosen is None:
            return None
        try:
            copy = inbox.open_copy(self.ws, chosen[0])
        except (ThiDuaError, OSError) as exc:
            errors.show_error(self, exc)
            return None
        self.open_url(QUrl.fromLocalFile(str(copy)))
        return copy

    def _update_actions(self) -> None:
        r = self.current
        open_proposal = (
            r is not None and r.kind is PackageKind.PROPOSAL and r.state is ReceivedState.NEW
        )
        self.dossier_button.setEnabled(r is not None and r.dossier_size > 0)
        self.return_button.setEnabled(open_proposal)
        self.batch_box.clear()
        if open_proposal:
            for b in proposals.list_batches(self.ws):
                if b.state is BatchState.DRAFT:
                    self.batch_box.addItem(f"{b.title} ({b.year})", b.id)
        self.batch_box.setEnabled(self.batch_box.count() > 0)
        self.accept_button.setEnabled(open_proposal and self.batch_box.count() > 0)
        if open_proposal and not self.batch_box.count():
            self.accept_button.setToolTip(self.tr("Make a draft batch first (Proposal batches)"))
        else:
            self.accept_button.setToolTip("")

    # receiving ------------------------------------------------------------------------------
    def _ask_receive(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Receive a package"), "", self.tr("Thi đua packages (*%1)").replace(
                "%1", EXTENSION
            )
        )  # fmt: skip
        if path:
            self.open_package(Path(path))

    def open_package(self, path: Path) -> None:
        """Check the package, then show its preview (nothing written until Receive)."""

        def show(preview: Preview) -> None:
            self.show_preview(path, preview)

        self.task = open_preview(self.ws, path, self, show)

    def show_preview(self, path: Path, preview: Preview) -> ReceivePreviewDialog:
        """The preview dialog (modal); after a receive the list shows the new package."""
        dialog = ReceivePreviewDialog(self.ws, path, preview, self)
        dialog.setObjectName("receive_preview")
        dialog.finished.connect(lambda result: self._preview_closed(dialog, result))
        dialog.open()
        return dialog

    def _preview_closed(self, dialog: ReceivePreviewDialog, result: int) -> None:
        if result != QDialog.DialogCode.Accepted or dialog.received_id is None:
            return
        self.status.setText(self.tr("Received: %1").replace("%1", dialog.preview.title))
        self.refresh(select=dialog.received_id)
        self.data_changed.emit()

    # answering a proposal -------------------------------------------------------------------
    def show_dossier(self) -> QDialog | None:
        """The dossier the package carried, in a preview window."""
        if self.current is None:
            return None
        from desktop.ui.widgets.pdf_preview import PdfPreview

        data = inbox.dossier(self.ws, self.current.id)
        dialog = QDialog(self)
        dialog.setObjectName("received_dossier")
        dialog.setWindowTitle(self.tr("Dossier received: %1").replace("%1", self.current.title))
        dialog.resize(900, 680)
        view = PdfPreview(dialog)
        QVBoxLayout(dialog).addWidget(view)
        view.set_pdf(data, "ho-so-nhan.pdf")
        dialog.show()
        return dialog

    def _reply_path(self) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the reply package for the sender"),
            "tra-loi" + EXTENSION,
            self.tr("Thi đua packages (*%1)").replace("%1", EXTENSION),
        )
        return Path(path) if path else None

    def _ask_return(self) -> None:
        reason, ok = QInputDialog.getMultiLineText(
            self, self.tr("Return the proposal"), self.tr("Reasons (the sender will read them):")
        )
        if ok and reason.strip():
            self.return_with(reason, self._reply_path())

    def _ask_accept(self) -> None:
        batch_id = self.batch_box.currentData()
        if batch_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Accept the proposal"),
            self.tr("Add the %1 nominee(s) of this proposal to the batch “%2”?")
            .replace("%1", str(self.nominees.rowCount()))
            .replace("%2", self.batch_box.currentText()),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.accept_into(int(batch_id), self._reply_path())

    def return_with(self, reason: str, out: Path | None) -> None:
        """Return the current proposal with reasons (and write the reply package to `out`)."""
        if self.current is None:
            return
        rid, ws = self.current.id, self.ws
        self._answer(lambda: inbox.return_proposal(ws, rid, reason, out), out)

    def accept_into(self, batch_id: int, out: Path | None) -> None:
        """Accept the current proposal into one of the office's draft batches."""
        if self.current is None:
            return
        rid, ws = self.current.id, self.ws
        self._answer(lambda: inbox.accept_proposal(ws, rid, batch_id, out), out)

    def _answer(self, fn: Callable[[], inbox.Answer], out: Path | None) -> None:
        def done(answer: inbox.Answer) -> None:
            self.last_reply = out
            text = state_label(answer.state)
            if out is not None:
                text += " — " + self.tr("reply package saved to %1").replace("%1", str(out))
            self.status.setText(text)
            self.refresh()
            self.data_changed.emit()

        self.task = tasks.run_in_background(
            self, fn, done, title=self.tr("Answering the proposal…")
        )
