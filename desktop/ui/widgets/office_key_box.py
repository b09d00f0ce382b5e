"""Settings: this office as exchange packages name it (its code and key fingerprint, read out on
the phone to an office receiving its first package) and the offices whose keys it knows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from desktop.domain.errors import ThiDuaError
from desktop.services.packages import identity
from desktop.services.session import Workspace


class OfficeKeyBox(QGroupBox):
    """The office's code and key fingerprint, and the known offices."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Exchange packages (.tdkt)"), parent)
        self.workspace = workspace
        self.setObjectName("office_key_box")
        self.setMaximumWidth(760)
        form = QFormLayout(self)
        self.office_code = QLabel()
        self.office_code.setObjectName("office_code")
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("office_fingerprint")
        mono = QFont("Monospace")
        mono.setStyleHint(QFont.StyleHint.TypeWriter)
        mono.setBold(True)
        self.fingerprint.setFont(mono)
        self.known = QLabel()
        self.known.setObjectName("known_offices")
        self.known.setWordWrap(True)
        for label in (self.office_code, self.fingerprint, self.known):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Office code:"), self.office_code)
        form.addRow(self.tr("Key fingerprint:"), self.fingerprint)
        form.addRow(self.tr("Known offices:"), self.known)
        note = QLabel(
            self.tr(
                "Packages sent from here are signed with this key. An office receiving its first "
                "package from you sees this fingerprint and should hear it from you by phone."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        form.addRow(note)
        self.refresh()

    def refresh(self) -> None:
        """Read the office, its key and the known offices again."""
        try:
            me = identity.own_office(self.workspace)
            known = identity.known_offices(self.workspace)
        except ThiDuaError as exc:
            from desktop.ui.messages import error_text

            self.office_code.setText(error_text(exc))
            self.office_code.setWordWrap(True)
            self.fingerprint.clear()
            self.known.clear()
            return
        self.office_code.setText(me.uuid)
        self.fingerprint.setText(identity.fingerprint_text(me.fingerprint))
        self.known.setText(
            "\n".join(f"{o.name} — {identity.fingerprint_text(o.fingerprint)}" for o in known)
            or self.tr("None yet")
        )
