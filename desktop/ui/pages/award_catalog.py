"""The award catalog tab: the catalog read-only, and the office's provincial profile (TOML)
checked and saved; the selected award's standards can be copied into the profile."""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.awards import AwardType, Catalog, SubjectKind
from desktop.domain.errors import ThiDuaError
from desktop.services import catalog as catalog_service
from desktop.services.session import Workspace
from desktop.ui.errors import plain_message
from desktop.ui.widgets.proposal_labels import subject_label


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return str(value)


def profile_snippet(award: AwardType) -> str:
    """The profile entry that would restate an award's standards (to copy and change)."""
    lines = ["[[award]]", f'code = "{award.code}"', f"vote_threshold = {award.vote_threshold}"]
    if award.review_note:
        lines.append(f"review_note = {_toml_value(award.review_note)}")
    if award.params:
        lines.append("[award.params]")
        lines += [f"{k} = {_toml_value(v)}" for k, v in award.params.items()]
    return "\n".join(lines) + "\n"


class CatalogTab(QWidget):
    """The award catalog (read-only) and the office's provincial profile (editable TOML)."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._levels = {
            "xa": self.tr("Commune"),
            "co_so": self.tr("Grassroots"),
            "tinh": self.tr("Province"),
            "trung_uong": self.tr("Central"),
            "nha_nuoc": self.tr("State"),
        }
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Code"),
                self.tr("Name"),
                self.tr("For"),
                self.tr("Level"),
                self.tr("Vote threshold"),
                self.tr("Legal basis (rules in force today)"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        head.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(1, 260)
        self.profile_edit = QPlainTextEdit()
        font = self.profile_edit.font()
        font.setFamily("monospace")
        self.profile_edit.setFont(font)
        self.profile_edit.setPlaceholderText(
            '[[award]]\ncode = "BK_TINH"\nvote_threshold = 90\n[award.params]\n…'
        )
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setFont(font)
        self.detail.setPlaceholderText(self.tr("Select an award to see its standards."))
        self.copy_button = QPushButton(self.tr("Copy into the profile"))
        self.copy_button.setEnabled(False)
        self.save_button = QPushButton(self.tr("Check and save"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(QLabel(self.tr("Provincial profile (changes to the national defaults):")))
        rl.addWidget(self.profile_edit, 1)
        rl.addWidget(self.message)
        rl.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.table)
        standards = QWidget()
        sl = QVBoxLayout(standards)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addWidget(QLabel(self.tr("Standards of the selected award (national defaults):")))
        sl.addWidget(self.detail, 1)
        sl.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignRight)
        left.addWidget(standards)
        left.setSizes([480, 260])
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([950, 450])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.save_button.clicked.connect(lambda: self.save_profile())
        self.copy_button.clicked.connect(self.copy_to_profile)
        self.table.currentCellChanged.connect(lambda *_: self._show_standards())
        self.profile_edit.setPlainText(catalog_service.profile_text(ws))
        self.show_catalog(catalog_service.load(ws))

    def show_catalog(self, catalog: Catalog) -> None:
        """Fill the table from a catalog."""
        rule_set = catalog.rule_set_on(date.today())
        self.table.setRowCount(len(catalog.awards))
        for row, a in enumerate(catalog.awards):
            values = (
                a.code,
                a.name,
                subject_label(SubjectKind(a.subject)),
                self._levels.get(a.level, a.level),
                f"{a.vote_threshold} %" if a.vote_threshold else "",
                a.basis_for(rule_set),
            )
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, col, item)

    def _show_standards(self) -> None:
        item = self.table.item(self.table.currentRow(), 0)
        if item is None:
            self.detail.setPlainText("")
            self.copy_button.setEnabled(False)
            return
        award = catalog_service.national().get(item.text())
        self.detail.setPlainText(profile_snippet(award))
        self.copy_button.setEnabled(True)

    def copy_to_profile(self) -> None:
        """Append the selected award's standards to the profile, to be changed there."""
        text = self.profile_edit.toPlainText().rstrip()
        snippet = self.detail.toPlainText()
        if snippet:
            self.profile_edit.setPlainText((text + "\n\n" if text else "") + snippet)

    def save_profile(self) -> bool:
        """Check the profile and store it; the error is shown plainly under the text."""
        try:
            catalog = catalog_service.save_profile(self._ws, self.profile_edit.toPlainText())
        except ThiDuaError as exc:
            self.message.setStyleSheet("color: #b3261e;")
            self.message.setText(plain_message(exc) or str(exc))
            return False
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saved. The eligibility checks now use this profile."))
        self.show_catalog(catalog)
        return True
