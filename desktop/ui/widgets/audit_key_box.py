"""Settings: the audit log's signing key — export it for another PC, import it, adopt a file
whose key is not on this PC (administrators), acknowledge changes made with another tool."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import ThiDuaError
from desktop.services import audit
from desktop.services.session import Workspace
from desktop.ui import errors
from desktop.ui.tasks import on_worker
from desktop.ui.widgets.page_parts import action_button, button_row, note


class AuditKeyBox(QGroupBox):
    """The key section of the settings page."""

    changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Audit log key"), parent)
        self.workspace = workspace
        self.setObjectName("audit_key_box")
        self.setMaximumWidth(760)
        layout = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setObjectName("key_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addWidget(
            note(
                self.tr(
                    "The change log of the data file is signed with the office's key, kept on "
                    "this computer outside the file. Any computer can check the log; only a "
                    "computer with the key can save. To move to another computer, take a "
                    "backup and the exported key together."
                )
            )
        )
        self.export_button = action_button(self.tr("Export key…"), "export_key", self._ask_export)
        self.import_button = action_button(self.tr("Import key…"), "import_key", self._ask_import)
        self.adopt_button = action_button(
            self.tr("Adopt this file…"), "adopt_file", self._ask_adopt
        )
        self.ack_button = action_button(
            self.tr("Acknowledge outside changes"), "acknowledge_outside", self.acknowledge
        )
        layout.addLayout(
            button_row((self.export_button, self.import_button, self.adopt_button, self.ack_button))
        )
        self.result = QLabel()
        self.result.setObjectName("key_result")
        self.result.setWordWrap(True)
        layout.addWidget(self.result)
        self.refresh()

    def refresh(self) -> None:
        """Show which key signs the file and whether it is on this computer."""
        try:
            status = audit.key_status(self.workspace)
        except ThiDuaError as exc:
            from desktop.ui.messages import error_text

            self.status.setText(error_text(exc))
            return
        if status.can_write and status.file_keys:
            text = self.tr("The data file is signed with key %1; the key is on this computer.")
            text = text.replace("%1", status.shown)
        elif status.can_write:
            text = self.tr(
                "The data file has no signed changes yet; this computer's key will sign them."
            )
        elif status.legacy_only:
            text = self.tr(
                "The change log was sealed on another computer with its old key, which is not on "
                "this computer. Saving is refused until you import that key (its audit.key file) "
                "or an administrator adopts the file."
            )
        else:
            text = self.tr(
                "The key of this data file (%1) is not on this computer. Reading, printing and "
                "checking work; saving is refused until you import the key or an administrator "
                "adopts the file."
            ).replace("%1", status.shown)
        self.status.setText(text)
        self.status.setStyleSheet("" if status.can_write else "color: #8a4b00; font-weight: bold;")
        self.export_button.setEnabled(status.can_write)

    # the actions (the buttons ask for a file or a confirmation first) ------------------------
    def export_to(self, path: Path) -> bool:
        """Write the key file."""
        try:
            n = audit.export_key(self.workspace, Path(path))
        except ThiDuaError as exc:
            errors.show_error(self, exc)
            return False
        self.result.setText(
            self.tr("%1 key(s) written to %2. Keep this file as safe as a password.")
            .replace("%1", str(n))
            .replace("%2", str(path))
        )
        return True

    def import_from(self, path: Path) -> bool:
        """Take in a key file."""
        try:
            n = audit.import_key(Path(path))
        except ThiDuaError as exc:
            errors.show_error(self, exc)
            return False
        self.result.setText(self.tr("%1 key(s) imported.").replace("%1", str(n)))
        self.refresh()
        self.changed.emit()
        return True

    def adopt(self) -> bool:
        """Adopt the file (after the confirmation)."""
        try:
            number, _ = on_worker(self, lambda: audit.adopt(self.workspace))
        except ThiDuaError as exc:
            errors.show_error(self, exc)
            return False
        self.result.setText(
            self.tr(
                "The file was adopted: its log is consistent, this computer's key signs it from "
                "now on, and the adoption is recorded as event %1."
            ).replace("%1", str(number))
        )
        self.refresh()
        self.changed.emit()
        return True

    def acknowledge(self) -> bool:
        """Record that the changes made with another tool were seen."""
        try:
            ws = self.workspace
            n = on_worker(self, lambda: audit.acknowledge_outside(ws))
        except ThiDuaError as exc:
            errors.show_error(self, exc)
            return False
        if n:
            text = self.tr("%1 change(s) made with another tool acknowledged; recorded in the log.")
            self.result.setText(text.replace("%1", str(n)))
        else:
            self.result.setText(
                self.tr("No change made with another tool waits for acknowledgement.")
            )
        self.changed.emit()
        return True

    def _ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export key"), "khoa-nhat-ky.json", self.tr("Key file (*.json)")
        )
        if path:
            self.export_to(Path(path))

    def _ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import key"), "", self.tr("Key file (*.json *.key);;All files (*)")
        )
        if path:
            self.import_from(Path(path))

    def _ask_adopt(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Adopt this file"),
            self.tr(
                "Adopt only a file you trust (for example your office's own backup). The log is "
                "checked first; then this computer's key signs it and the adoption is recorded "
                "in the log with your name. Adopt the file?"
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.adopt()
