"""The receive preview of a .tdkt package: who sent it, whether its signature holds, whether the
sender is known (a first package shows the key's fingerprint to compare by phone), and what it
would add or change, field by field. Receiving writes it all or nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.packages import Preview
from desktop.services.packages import identity, receive
from desktop.services.packages.receive import Received
from desktop.services.session import Workspace
from desktop.ui import errors, tasks
from desktop.ui.style import ERROR_STYLE
from desktop.ui.widgets.package_labels import field_label, kind_label, matched_label, table_label

GOOD = "color: #1b7a2f; font-weight: bold;"
BAD = ERROR_STYLE + " font-weight: bold;"
WARN = "color: #8a4b00; font-weight: bold;"


def _empty(text: str) -> str:
    return text if text else "—"


class ReceivePreviewDialog(QDialog):
    """Shows a checked package before anything is written; Receive files it all or nothing."""

    def __init__(
        self, ws: Workspace, path: Path, preview: Preview, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.path = Path(path)
        self.preview = preview
        self.received_id: int | None = None
        self.task: tasks.Task | None = None
        self.setObjectName("receive_preview")
        self.setWindowTitle(self.tr("Receive a package"))
        self.resize(1000, 640)
        layout = QVBoxLayout(self)

        heading = QLabel(f"{kind_label(preview.kind)}: {preview.title}")
        heading.setObjectName("package_heading")
        heading.setWordWrap(True)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)

        form = QFormLayout()
        self.sender_label = QLabel(f"{preview.sender.name} ({preview.sender.uuid})")
        self.sender_label.setObjectName("sender")
        self.sender_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Sent by:"), self.sender_label)
        made = preview.created_at.isoformat(sep=" ")
        form.addRow(
            self.tr("Made:"),
            QLabel(self.tr("%1, program version %2").replace("%1", made).replace(
                "%2", _empty(preview.program_version)
            )),
        )  # fmt: skip
        self.signature_label = QLabel()
        self.signature_label.setObjectName("signature")
        self.signature_label.setWordWrap(True)
        form.addRow(self.tr("Signature:"), self.signature_label)
        self.sender_state = QLabel()
        self.sender_state.setObjectName("sender_state")
        self.sender_state.setWordWrap(True)
        form.addRow(self.tr("Sender:"), self.sender_state)
        self.fingerprint = QLabel(identity.fingerprint_text(preview.sender.fingerprint))
        self.fingerprint.setObjectName("fingerprint")
        mono = QFont("Monospace")
        mono.setStyleHint(QFont.StyleHint.TypeWriter)
        mono.setPointSizeF(self.font().pointSizeF() * 1.3)
        mono.setBold(True)
        self.fingerprint.setFont(mono)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Key fingerprint:"), self.fingerprint)
        layout.addLayout(form)

        self.compared = QCheckBox(
            self.tr(
                "I called the sender and the fingerprint they read out is the same: remember "
                "this office's key"
            )
        )
        self.compared.setObjectName("fingerprint_compared")
        self.compared.toggled.connect(self._update_button)
        layout.addWidget(self.compared)

        self.summary = QLabel()
        self.summary.setObjectName("change_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.changes = QTreeWidget()
        self.changes.setObjectName("changes")
        self.changes.setColumnCount(5)
        self.changes.setHeaderLabels(
            [self.tr("Record"), self.tr("Match"), self.tr("Field"), self.tr("Now in this file"),
             self.tr("In the package")]
        )  # fmt: skip
        self.changes.setAlternatingRowColors(True)
        header = self.changes.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 120), (2, 120), (3, 200), (4, 200)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        layout.addWidget(self.changes, 1)

        self.buttons = QDialogButtonBox()
        self.receive_button = self.buttons.addButton(
            self.tr("Receive"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.receive_button.setObjectName("receive_button")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.receive)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._fill()

    def _fill(self) -> None:
        pv = self.preview
        if pv.signature_ok:
            self.signature_label.setText(
                self.tr("Valid: the package is exactly as the sender signed it.")
            )
            self.signature_label.setStyleSheet(GOOD)
        else:
            self.signature_label.setText(
                self.tr(
                    "NOT valid: the package was changed after signing or is forged. It cannot "
                    "be received."
                )
            )
            self.signature_label.setStyleSheet(BAD)
        if pv.sender_known:
            self.sender_state.setText(self.tr("Known office; the key is the one remembered."))
            self.sender_state.setStyleSheet(GOOD)
        elif pv.sender_key_changed:
            self.sender_state.setText(
                self.tr(
                    "The office is known, but with ANOTHER key. Call the sender on a number you "
                    "know and compare the fingerprint below before receiving."
                )
            )
            self.sender_state.setStyleSheet(BAD)
        else:
            self.sender_state.setText(
                self.tr(
                    "First package from this office. Call the sender and ask them to read out "
                    "their key fingerprint (Settings of their program); it must be the same as "
                    "the one below."
                )
            )
            self.sender_state.setStyleSheet(WARN)
        self.compared.setVisible(not pv.sender_known and pv.signature_ok)
        if pv.already_received:
            self.summary.setText(
                self.tr("This package was received before: receiving it again changes nothing.")
            )
            self.summary.setStyleSheet(WARN)
        else:
            same = sum(1 for r in pv.records if not r.is_new and not r.changes)
            text = self.tr(
                "Receiving adds %1 record(s) and changes %2 existing record(s); %3 are already "
                "the same. All or nothing: either everything below is written, or nothing is."
            )
            text = text.replace("%1", str(pv.added)).replace("%2", str(pv.changed))
            self.summary.setText(text.replace("%3", str(same)))
        notes = list(pv.notes)
        if notes:
            self.summary.setText(self.summary.text() + "\n" + "\n".join(notes))
        self._fill_changes()
        self._update_button()

    def _fill_changes(self) -> None:
        new_brush = QBrush(QColor("#1b7a2f"))
        changed_brush = QBrush(QColor("#8a4b00"))
        # Records this file already has come first: their changed fields are what to look at.
        for r in sorted(self.preview.records, key=lambda r: r.is_new):
            if not r.is_new and not r.changes:
                continue
            item = QTreeWidgetItem(
                [f"{table_label(r.table)}: {r.label}", matched_label(r.matched_by), "", "", ""]
            )
            item.setForeground(1, new_brush if r.is_new else changed_brush)
            for c in r.changes:
                child = QTreeWidgetItem(
                    ["", "", field_label(c.field), _empty(c.old), _empty(c.new)]
                )  # fmt: skip
                child.setForeground(4, changed_brush)
                child.setToolTip(3, c.old)
                child.setToolTip(4, c.new)
                item.addChild(child)
            self.changes.addTopLevelItem(item)
            item.setExpanded(True)

    def can_receive(self) -> bool:
        """Receive is offered: signature valid, not received before, sender known or compared."""
        pv = self.preview
        if not pv.signature_ok or pv.already_received:
            return False
        return pv.sender_known or self.compared.isChecked()

    def _update_button(self) -> None:
        self.receive_button.setEnabled(self.can_receive())

    def receive(self) -> bool:
        """File the package (all or nothing) on the database worker; the dialog closes once it
        was received, a refusal is shown and nothing is written. False when not offered."""
        if not self.can_receive():
            return False
        self.receive_button.setEnabled(False)
        ws, path, trust = self.ws, self.path, self.compared.isChecked()
        # Progress per record filed, and a real Cancel: the package is one transaction that a
        # Cancel rolls back at its next record or just before it commits.
        self.task = tasks.run_with_progress(
            self,
            lambda _p: receive.receive(ws, path, trust=trust),
            self._received,
            self._refused,
            self.tr("Receiving the package…"),
            on_cancelled=self._cancelled,
        )
        return True

    def _cancelled(self) -> None:
        tasks.say_cancelled(self)
        self._update_button()

    def _received(self, got: Received) -> None:
        self.received_id = got.received_id
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        errors.show_error(self, exc)
        self._update_button()


def open_preview(
    ws: Workspace, path: Path, parent: QWidget, done: Callable[[Preview], None]
) -> tasks.Task:
    """Check a package and make its preview on the database worker (progress per record, a
    Cancel drops it), then `done(preview)`; a refusal is shown (nothing is written either way)."""
    return tasks.run_with_progress(  # Cancel drops the check (it writes nothing)
        parent,
        lambda _p: receive.preview(ws, Path(path)),
        done,
        lambda exc: errors.show_error(parent, exc),
        QCoreApplication.translate("ReceivePreviewDialog", "Checking the package…"),
    )
