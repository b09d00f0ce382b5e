"""The award catalog tab: the catalog read-only; the selected award's standards as a form with
Vietnamese labels, the office's own values editable there; the provincial profile (TOML, the
storage) one click away for an administrator."""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
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
from desktop.domain.eligibility import Result
from desktop.domain.errors import ThiDuaError
from desktop.domain.initiatives import InitiativeKind, Scope
from desktop.domain.ratings import Rating
from desktop.domain.units import UnitKind
from desktop.services import catalog as catalog_service
from desktop.services import catalog_form
from desktop.services.session import Workspace
from desktop.ui.errors import plain_message
from desktop.ui.style import mark_error
from desktop.ui.tasks import on_worker
from desktop.ui.widgets.proposal_labels import result_label, subject_label


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return str(value)


# The standards' names, by their key in the catalog (English source, translated).
STANDARD_LABELS = {
    "vote_threshold": QT_TRANSLATE_NOOP("Standards", "Council votes needed (% of members)"),
    "review_note": QT_TRANSLATE_NOOP("Standards", "Note for the council"),
    "min_rating": QT_TRANSLATE_NOOP("Standards", "Lowest rating of the year"),
    "consecutive_htxs": QT_TRANSLATE_NOOP(
        "Standards", "Consecutive years rated 'excellently completed'"
    ),
    "consecutive_htt": QT_TRANSLATE_NOOP(
        "Standards", "Consecutive years rated 'well completed' or better"
    ),
    "consecutive_cstdcs": QT_TRANSLATE_NOOP(
        "Standards", "Consecutive years as grassroots emulation fighter"
    ),
    "consecutive_cstd_tinh": QT_TRANSLATE_NOOP(
        "Standards", "Consecutive provincial emulation fighter titles"
    ),
    "cstdcs_in_period": QT_TRANSLATE_NOOP(
        "Standards", "Grassroots emulation fighter titles in the period"
    ),
    "initiatives_in_period": QT_TRANSLATE_NOOP("Standards", "Initiatives recognised in the period"),
    "initiative_scope": QT_TRANSLATE_NOOP("Standards", "Scope of effect of the initiative"),
    "initiative_required_until": QT_TRANSLATE_NOOP(
        "Standards", "An initiative is required up to the year"
    ),
    "cap_percent_of_ldtt": QT_TRANSLATE_NOOP(
        "Standards", "At most this % of the 'advanced labourers'"
    ),
    "cap_percent_of_ldtt_until": QT_TRANSLATE_NOOP("Standards", "That cap applies up to the year"),
    "min_cstdcs": QT_TRANSLATE_NOOP("Standards", "Grassroots emulation fighters, at least"),
    "min_ldtt_percent": QT_TRANSLATE_NOOP("Standards", "'Advanced labourers', at least (%)"),
    "ldtt_percent_above": QT_TRANSLATE_NOOP("Standards", "'Advanced labourers', more than (%)"),
    "disciplined_member": QT_TRANSLATE_NOOP(
        "Standards", "A member disciplined at warning or above makes it"
    ),
    "prior_award": QT_TRANSLATE_NOOP("Standards", "Award held before"),
    "prior_awards": QT_TRANSLATE_NOOP("Standards", "Award held before (one of)"),
    "years_after_prior": QT_TRANSLATE_NOOP("Standards", "Years since that award"),
    "grounding_kinds": QT_TRANSLATE_NOOP("Standards", "Kinds of initiative that count"),
    "cycle_years": QT_TRANSLATE_NOOP(
        "Standards", "Years between the two provincial emulation fighter titles"
    ),
    "proposed_years_after": QT_TRANSLATE_NOOP(
        "Standards", "Proposed this many years after the second title"
    ),
    "standard": QT_TRANSLATE_NOOP("Standards", "Standard (by period of the rules)"),
    "unit_kinds": QT_TRANSLATE_NOOP("Standards", "Kinds of unit"),
}


def standard_label(key: str) -> str:
    """The name of a standard in the UI language (its key when it has none yet)."""
    source = STANDARD_LABELS.get(key)
    return QCoreApplication.translate("Standards", str(source)) if source else key


def standard_text(key: str, value: object, catalog: Catalog) -> str:
    """A standard's value as a clerk reads it."""
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("Standards", "yes")
        return QCoreApplication.translate("Standards", "no")
    if key == "min_rating" and isinstance(value, str):
        try:
            return f"{value} — {Rating(value).label}"
        except (ValueError, AttributeError):
            return value
    if key == "disciplined_member" and isinstance(value, str):
        try:
            return result_label(Result(value))
        except ValueError:
            return value
    if key == "initiative_scope" and isinstance(value, str):
        try:
            return Scope(value).label
        except (ValueError, AttributeError):
            return value
    if key == "prior_award" and isinstance(value, str) and value in catalog.codes():
        return catalog.get(value).name
    if key.startswith("prior_awards") and isinstance(value, list | tuple):
        return ", ".join(catalog.get(v).name if v in catalog.codes() else str(v) for v in value)
    if key == "grounding_kinds" and isinstance(value, list | tuple):
        kinds = []
        for v in value:
            try:
                kinds.append(InitiativeKind(v).label)
            except (ValueError, AttributeError):
                kinds.append(str(v))
        return ", ".join(kinds)
    if key == "unit_kinds" and isinstance(value, list | tuple):
        names = []
        for v in value:
            try:
                names.append(UnitKind(v).label)
            except (ValueError, AttributeError):
                names.append(str(v))
        return ", ".join(names)
    if isinstance(value, dict):
        return "\n".join(
            QCoreApplication.translate("Standards", "from %1: %2")
            .replace("%1", str(k))
            .replace("%2", standard_text(key, v, catalog))
            for k, v in value.items()
        )
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
        self._shown_values: dict[str, object] = {}
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
        self.standards = QTableWidget(0, 3)
        self.standards.setHorizontalHeaderLabels(
            [self.tr("Standard"), self.tr("National rule"), self.tr("This office")]
        )
        self.standards.verticalHeader().hide()
        self.standards.setWordWrap(True)
        shead = self.standards.horizontalHeader()
        shead.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        shead.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        shead.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.standards.setColumnWidth(1, 170)
        self.standards.setColumnWidth(2, 170)
        self.standards_note = QLabel(
            self.tr("Numbers in the last column can be changed for this office.")
        )
        self.standards_note.setWordWrap(True)
        self.save_standards_button = QPushButton(self.tr("Save the office's values"))
        self.save_standards_button.setEnabled(False)
        self.show_text = QCheckBox(self.tr("Show the profile as text (TOML, for administrators)"))
        self.copy_button = QPushButton(self.tr("Copy into the profile"))
        self.copy_button.setEnabled(False)
        self.save_button = QPushButton(self.tr("Check and save"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        right = self.text_pane = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(QLabel(self.tr("Provincial profile (changes to the national defaults):")))
        rl.addWidget(self.profile_edit, 1)
        text_buttons = QHBoxLayout()
        text_buttons.addWidget(self.copy_button)
        text_buttons.addStretch(1)
        text_buttons.addWidget(self.save_button)
        rl.addLayout(text_buttons)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.table)
        standards = QWidget()
        sl = QVBoxLayout(standards)
        sl.setContentsMargins(0, 0, 0, 0)
        self.standards_title = QLabel(self.tr("Select an award to see its standards."))
        sl.addWidget(self.standards_title)
        sl.addWidget(self.standards, 1)
        sl.addWidget(self.standards_note)
        sl.addWidget(self.message)
        row = QHBoxLayout()
        row.addWidget(self.show_text)
        row.addStretch(1)
        row.addWidget(self.save_standards_button)
        sl.addLayout(row)
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
        self.save_standards_button.clicked.connect(lambda: self.save_standards())
        self.show_text.toggled.connect(right.setVisible)
        right.setVisible(False)
        self.standards.itemChanged.connect(lambda _i: self.save_standards_button.setEnabled(True))
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

    def selected_code(self) -> str | None:
        """The code of the award selected in the catalog."""
        item = self.table.item(self.table.currentRow(), 0)
        return item.text() if item is not None else None

    def _show_standards(self) -> None:
        code = self.selected_code()
        self.standards.blockSignals(True)
        self.standards.setRowCount(0)
        self.save_standards_button.setEnabled(False)
        self.copy_button.setEnabled(code is not None)
        if code is None:
            self.standards.blockSignals(False)
            return
        national = catalog_service.national()
        base = national.get(code)
        try:
            used = catalog_service.load(self._ws).get(code)
        except ThiDuaError:
            used = base
        self.standards_title.setText(
            self.tr("Standards of %1:").replace("%1", f"{base.name} ({base.code})")
        )
        rows: list[tuple[str, object, object]] = [
            ("vote_threshold", base.vote_threshold, used.vote_threshold)
        ]
        keys = list(base.params) + [k for k in used.params if k not in base.params]
        rows += [(k, base.params.get(k, ""), used.params.get(k, "")) for k in keys]
        if base.review_note or used.review_note:
            rows.append(("review_note", base.review_note, used.review_note))
        self.standards.setRowCount(len(rows))
        self._shown_values = {key: value for key, _default, value in rows}
        for r, (key, default, value) in enumerate(rows):
            editable = isinstance(value, int) and not isinstance(value, bool)
            cells = (
                standard_label(key),
                standard_text(key, default, national),
                standard_text(key, value, national),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if col == 2 and editable:
                    flags |= Qt.ItemFlag.ItemIsEditable
                    item.setData(Qt.ItemDataRole.UserRole, key)
                item.setFlags(flags)
                self.standards.setItem(r, col, item)
        self.standards.resizeRowsToContents()
        self.standards.blockSignals(False)

    def office_values(self) -> dict[str, int]:
        """The numbers of the form's last column, by standard key."""
        out: dict[str, int] = {}
        for r in range(self.standards.rowCount()):
            item = self.standards.item(r, 2)
            key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
            if item is None or not key:
                continue
            out[str(key)] = int(item.text().strip())
        return out

    def save_standards(self) -> bool:
        """Store the selected award's numbers as this office sets them (in the profile)."""
        code = self.selected_code()
        if code is None:
            return False
        try:
            values = self.office_values()
        except ValueError:
            mark_error(self.message)
            self.message.setText(self.tr("Type whole numbers in the last column."))
            return False
        values = {
            k: v for k, v in values.items() if v != self._shown_values.get(k)
        }  # what the clerk changed
        threshold = values.pop("vote_threshold", None)
        try:
            catalog = on_worker(
                self, lambda: catalog_form.save_standards(self._ws, code, threshold, values)
            )
        except ThiDuaError as exc:
            mark_error(self.message)
            self.message.setText(plain_message(exc) or str(exc))
            return False
        self.profile_edit.setPlainText(catalog_service.profile_text(self._ws))
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saved. The eligibility checks now use this profile."))
        row = self.table.currentRow()
        self.show_catalog(catalog)
        self.table.setCurrentCell(row, 0)
        self._show_standards()
        return True

    def copy_to_profile(self) -> None:
        """Append the selected award's standards to the profile text, to be changed there."""
        code = self.selected_code()
        text = self.profile_edit.toPlainText().rstrip()
        snippet = profile_snippet(catalog_service.national().get(code)) if code else ""
        if snippet:
            self.profile_edit.setPlainText((text + "\n\n" if text else "") + snippet)

    def save_profile(self) -> bool:
        """Check the profile and store it; the error is shown plainly under the text."""
        try:
            profile = self.profile_edit.toPlainText()
            catalog = on_worker(self, lambda: catalog_service.save_profile(self._ws, profile))
        except ThiDuaError as exc:
            mark_error(self.message)
            self.message.setText(plain_message(exc) or str(exc))
            return False
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saved. The eligibility checks now use this profile."))
        self.show_catalog(catalog)
        return True
