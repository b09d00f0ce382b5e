"""Backups page: the list of backups, a backup to a chosen folder (USB stick), restore with a
comparison of the backup and the current data, and a check of the data file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QMessageBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import progress as steps
from desktop.domain.backups import BackupRecord
from desktop.domain.progress import Progress
from desktop.services import backups
from desktop.services.backups import Description
from desktop.services.session import Workspace
from desktop.ui import errors
from desktop.ui.style import mark_error
from desktop.ui.tasks import Task, run_with_progress
from desktop.ui.widgets.list_table import list_table
from desktop.ui.widgets.page_parts import action_button, button_row, note
from desktop.ui.widgets.page_title import page_title

COLUMNS = ("date", "kind", "size", "units", "people", "file")


def _date(d: object) -> str:
    return d.strftime("%d/%m/%Y %H:%M") if d is not None else ""  # type: ignore[attr-defined]


def _size(n: int) -> str:
    if n >= 1 << 20:
        return f"{n / (1 << 20):.1f} MB".replace(".", ",")
    return f"{max(1, round(n / 1024))} KB"


class RestoreConfirmDialog(QDialog):
    """The backup's date and counts beside the current data; Restore or Cancel."""

    def __init__(self, backup: Description, current: Description, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The current data will be replaced by the backup below. The current data is "
                "backed up first, so this can be undone."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        grid.addWidget(QLabel(""), 0, 0)
        grid.addWidget(self._bold(self.tr("Backup")), 0, 1)
        grid.addWidget(self._bold(self.tr("Current data")), 0, 2)
        grid.addWidget(QLabel(self.tr("Date")), 1, 0)
        grid.addWidget(QLabel(_date(backup.created)), 1, 1)
        grid.addWidget(QLabel(self.tr("now")), 1, 2)
        self.rows: dict[str, tuple[int | None, int | None]] = {}
        for row, (table, label) in enumerate(self.table_labels().items(), start=2):
            b, c = backup.counts.get(table), current.counts.get(table)
            if b is None and c is None:
                continue
            self.rows[table] = (b, c)
            grid.addWidget(QLabel(label), row, 0)
            grid.addWidget(QLabel("" if b is None else str(b)), row, 1)
            grid.addWidget(QLabel("" if c is None else str(c)), row, 2)
        # The head of each audit log: the event the restored data's history will end with.
        last = grid.rowCount()
        grid.addWidget(QLabel(self.tr("Change log")), last, 0)
        for col, head in ((1, backup.audit_head), (2, current.audit_head)):
            head_label = QLabel(self.tr("event %1").replace("%1", str(head[0])))
            head_label.setToolTip(head[1])
            grid.addWidget(head_label, last, col)
        layout.addLayout(grid)
        self.head_warning = QLabel(
            self.tr(
                "Warning: the change log of this backup is not the one recorded when it was "
                "made; the file was changed afterwards."
            )
        )
        self.head_warning.setWordWrap(True)
        mark_error(self.head_warning)
        self.head_warning.setVisible(backup.head_matches is False)
        layout.addWidget(self.head_warning)
        # Another office's data, or a backup whose log does not verify (in the services' words).
        self.restore_warnings = QLabel("\n".join(backup.warnings))
        self.restore_warnings.setObjectName("restore_warnings")
        self.restore_warnings.setWordWrap(True)
        mark_error(self.restore_warnings, bold=True)
        self.restore_warnings.setVisible(bool(backup.warnings))
        layout.addWidget(self.restore_warnings)
        where = QLabel(str(backup.path))
        where.setWordWrap(True)
        where.setStyleSheet("color: #555;")
        layout.addWidget(where)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @staticmethod
    def _bold(text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet("font-weight: bold;")
        return label

    def table_labels(self) -> dict[str, str]:
        return {
            "unit": self.tr("Units"),
            "person": self.tr("People"),
            "movement": self.tr("Emulation movements"),
            "initiative": self.tr("Initiatives"),
            "proposal_batch": self.tr("Proposal batches"),
            "award_record": self.tr("Awards"),
        }

    @classmethod
    def ask(cls, backup: Description, current: Description, parent: QWidget | None) -> bool:
        return cls(backup, current, parent).exec() == QDialog.DialogCode.Accepted


class BackupsPage(QWidget):
    """List, make, restore and check backups of the open data file."""

    data_changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.records: list[BackupRecord] = []
        self.task: Task | None = None
        # Replaceable for tests: the folder chooser and the restore confirmation.
        self.choose_folder: Callable[[], Path | None] = self._choose_folder
        self.choose_file: Callable[[], Path | None] = self._choose_file
        self.confirm: Callable[[Description, Description], bool] = lambda b, c: (
            RestoreConfirmDialog.ask(b, c, self)
        )
        self.on_message: Callable[[str, str], None] = self._message
        self.on_error: Callable[[BaseException], None] = lambda exc: errors.show_error(self, exc)
        self._build_ui()
        self.reload()

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        title = page_title(self.tr("Backups"))
        layout.addWidget(title)
        self.reminder = QLabel()
        self.reminder.setObjectName("offsite_reminder")
        self.reminder.setWordWrap(True)
        self.reminder.setStyleSheet("color: #8a4b00; font-weight: bold;")
        layout.addWidget(self.reminder)
        layout.addWidget(
            note(
                self.tr(
                    "The program backs up the data at the first start of each day and when it "
                    "closes after changes, and keeps the last 7 days, 4 weeks and 12 months. "
                    "Copy a backup to a USB stick regularly: a backup on the same computer does "
                    "not survive a broken disk."
                )
            )
        )
        self.backup_button = action_button(
            self.tr("Back up now…"),
            "backup_now",
            self._backup_clicked,
            self.tr("Write a backup into a folder you choose (USB stick)"),
        )
        self.restore_button = action_button(
            self.tr("Restore…"),
            "restore",
            self._restore_clicked,
            self.tr("Restore the selected backup"),
        )
        self.restore_file_button = action_button(
            self.tr("Restore from file…"), "restore_file", self._restore_file_clicked
        )
        self.check_button = action_button(self.tr("Check data"), "check", self.check_data)
        layout.addLayout(
            button_row(
                (self.backup_button, self.restore_button, self.restore_file_button),
                (self.check_button,),
            )
        )

        self.table = list_table(
            [
                self.tr("Date"),
                self.tr("Kind"),
                self.tr("Size"),
                self.tr("Units"),
                self.tr("People"),
                self.tr("File"),
            ],
            "backups_table",
            stretch=len(COLUMNS) - 1,
        )
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self._restore_clicked())
        layout.addWidget(self.table, 1)
        self.status = QLabel()
        self.status.setObjectName("backup_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)

    def kind_label(self, kind: str) -> str:
        return {
            "daily": self.tr("Daily"),
            "closing": self.tr("On closing"),
            "manual": self.tr("Manual"),
            "pre-migration": self.tr("Before upgrade"),
            "pre-restore": self.tr("Before restore"),
        }.get(kind, self.tr("Other"))

    def reload(self) -> None:
        """Fill the list and the reminder from the services."""
        self.records = backups.list_backups(self.workspace)
        self.table.setRowCount(len(self.records))
        for row, r in enumerate(self.records):
            values = (
                _date(r.created),
                self.kind_label(r.kind),
                _size(r.size),
                str(r.counts.get("unit", "")),
                str(r.counts.get("person", "")),
                r.file,
            )
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col in (2, 3, 4):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self._selection_changed()
        age = backups.last_offsite_backup_age_days(self.workspace)
        if age is None:
            self.reminder.setText(self.tr("No backup has been copied off this computer yet."))
        elif age >= backups.OFFSITE_REMINDER_DAYS:
            self.reminder.setText(
                self.tr("The last backup copied off this computer is %n day(s) old.", "", age)
            )
        else:
            self.reminder.clear()
        self.reminder.setVisible(bool(self.reminder.text()))

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def selected(self) -> BackupRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.records[rows[0].row()] if rows else None

    def _choose_folder(self) -> Path | None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the backup folder"))
        return Path(folder) if folder else None

    def _choose_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup"), "", self.tr("Backups (*.db);;All files (*)")
        )
        return Path(name) if name else None

    def _message(self, title: str, text: str) -> None:
        QMessageBox.information(self, title, text)

    def _run(
        self, fn: Callable[[Progress], object], done: Callable[[object], None], title: str
    ) -> None:
        """Run `fn(progress)` on the database worker with the progress dialog and Cancel."""

        def failed(exc: BaseException) -> None:
            self.status.setText(errors.plain_message(exc) or str(exc))
            self.on_error(exc)

        def cancelled() -> None:
            self.status.setText(self.tr("Cancelled: nothing was changed."))

        self.task = run_with_progress(self, fn, done, failed, title, on_cancelled=cancelled)

    def _backup_clicked(self) -> None:
        folder = self.choose_folder()
        if folder is not None:
            self.backup_to(folder)

    def backup_to(self, folder: Path | None) -> None:
        """Back up into `folder` (None: the backups folder) in the background."""
        ws = self.workspace

        def done(rec: object) -> None:
            assert isinstance(rec, BackupRecord)
            self.status.setText(self.tr("Backup written: %1").replace("%1", rec.file))
            self.reload()
            self.data_changed.emit()  # the window's backup reminder may go

        self._run(
            lambda progress: backups.backup_now(ws, folder, progress=progress),
            done,
            self.tr("Backing up…"),
        )

    def _restore_clicked(self) -> None:
        record = self.selected()
        if record is not None:
            self.restore_from(record.path)

    def _restore_file_clicked(self) -> None:
        path = self.choose_file()
        if path is not None:
            self.restore_from(path)

    def restore_from(self, path: Path) -> None:
        """Verify the backup, show it beside the current data, restore when confirmed."""
        ws = self.workspace

        def compare(progress: Progress) -> tuple[Description, Description]:
            progress.report(0, 0, steps.VERIFY)
            pair = backups.describe_for_restore(ws, path), backups.describe_current(ws)
            progress.check()  # only read: a Cancel drops the answer
            return pair

        def confirmed(pair: object) -> None:
            assert isinstance(pair, tuple)
            backup, current = pair
            if not self.confirm(backup, current):
                return
            self._run(
                lambda progress: backups.restore(ws, path, progress=progress),
                restored,
                self.tr("Restoring…"),
            )

        def restored(result: object) -> None:
            self.status.setText(self.tr("Data restored. The replaced data was backed up."))
            self.reload()
            self.data_changed.emit()

        self._run(compare, confirmed, self.tr("Checking the backup…"))

    def check_data(self) -> None:
        """Run the integrity and foreign-key checks and say what was found."""
        ws = self.workspace

        def done(findings: object) -> None:
            items = list(findings)  # type: ignore[call-overload]
            if not items:
                text = self.tr("The data file passed every check.")
            else:
                text = self.tr("Problems found:") + "\n" + "\n".join(items[:20])
            self.status.setText(text)
            self.on_message(self.tr("Check data"), text)

        def checked(progress: Progress) -> list[str]:
            progress.report(0, 0, steps.VERIFY)
            findings = backups.check(ws)
            progress.check()  # only read: a Cancel drops the answer
            return findings

        self._run(checked, done, self.tr("Checking…"))
