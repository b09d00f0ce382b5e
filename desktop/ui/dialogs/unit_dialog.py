"""Add or edit a unit; choose where to move one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import ConflictError, ThiDuaError, ValidationError
from desktop.domain.units import OUTSIDE_KINDS, UnitInput, UnitKind
from desktop.services import unit_names, units
from desktop.services.session import Workspace
from desktop.ui.dialogs.form_base import Buttons, FormDialog, run_form
from desktop.ui.dialogs.form_errors import validation_text
from desktop.ui.errors import plain_message
from desktop.ui.widgets.labels import unit_kind_label
from desktop.ui.widgets.name_history import NameHistoryList, day_edit, day_of, name_error_text
from desktop.ui.widgets.unit_picker import UnitPicker, subtree_ids


def _unit_words(exc: ValidationError) -> str:
    """A dated rename's errors in the name-history words, the others as every form says them."""
    return name_error_text(exc) if exc.field == "effective" else validation_text(exc)


@dataclass(frozen=True)
class UnitSave:
    """What the unit form saves: the unit, and the day a rename or move runs from (None: the
    stored name and parent are corrected in place)."""

    unit: UnitInput
    renamed_on: date | None


class UnitDialog(FormDialog):
    """The unit form. `ask()` shows it and returns the saved id (None when cancelled)."""

    validation_words = staticmethod(_unit_words)

    def __init__(
        self,
        ws: Workspace,
        unit_id: int | None = None,
        parent: QWidget | None = None,
        *,
        parent_id: int | None = None,
    ) -> None:
        super().__init__(ws, parent)
        self._unit_id = unit_id
        self._parent_id = parent_id
        self._active = True
        self._stored_name = ""
        self._stored_parent: int | None = None
        self._rename_shown = False
        self._scope_touched = False
        self._loading_scope = False
        self.setWindowTitle(self.tr("Edit unit") if unit_id is not None else self.tr("Add unit"))
        self.setup()
        self.name.setFocus()

    def _build_ui(self) -> None:
        self.name = QLineEdit()
        self.name.setMaxLength(300)
        self.name.setPlaceholderText(self.tr("e.g. Phòng Kế hoạch - Tài chính"))
        self.kind = QComboBox()
        for kind in UnitKind:
            self.kind.addItem(unit_kind_label(kind), kind.value)
        self.code = QLineEdit()
        self.code.setMaxLength(30)
        self.code.setPlaceholderText(self.tr("optional, e.g. KHTC"))
        self.parent_unit = UnitPicker(none_text=self.tr("(top level)"), include_inactive=True)
        self.internal = QRadioButton(self.tr("Part of the office"))
        self.outside = QRadioButton(self.tr("Outside collective"))
        self._scope = QButtonGroup(self)
        self._scope.addButton(self.internal)
        self._scope.addButton(self.outside)
        self.internal.setChecked(True)
        scope = QWidget()
        scope_lay = QHBoxLayout(scope)
        scope_lay.setContentsMargins(0, 0, 0, 0)
        scope_lay.addWidget(self.internal)
        scope_lay.addWidget(self.outside)
        scope_lay.addStretch(1)
        self.address = QLineEdit()
        self.address.setMaxLength(300)

        form = self.form
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.add_row("name", self.tr("&Name:"), self.name)
        self.add_row("kind", self.tr("&Kind:"), self.kind)
        self.add_row("code", self.tr("C&ode:"), self.code)
        self.add_row("parent_id", self.tr("&Parent unit:"), self.parent_unit)
        # A stored unit whose name or parent changes: the change runs from a date and the old
        # name and parent stay for earlier papers (untick for a spelling fix).
        self.keep_old_name = QCheckBox(self.tr("Changed from"))
        self.keep_old_name.setToolTip(
            self.tr(
                "Keep the old name and parent unit for papers dated before this day "
                "(untick to correct a mistake)"
            )
        )
        self.keep_old_name.setChecked(True)
        self.renamed_on = day_edit()
        self.renamed_on.setObjectName("renamedOn")
        self.keep_old_name.toggled.connect(self.renamed_on.setEnabled)
        self.rename_hint = QLabel()
        self.rename_hint.setStyleSheet("color: #555;")
        rename_row = QWidget()
        rename_lay = QHBoxLayout(rename_row)
        rename_lay.setContentsMargins(0, 0, 0, 0)
        rename_lay.addWidget(self.keep_old_name)
        rename_lay.addWidget(self.renamed_on)
        rename_lay.addWidget(self.rename_hint, 1)
        self._rename_row = self.add_row("effective", "", rename_row, self.renamed_on)
        form.addRow(self.tr("Scope:"), scope)
        self.add_row("address", self.tr("&Address:"), self.address)
        self.awards = None
        self.names: NameHistoryList | None = None
        self.tabs: QTabWidget | None = None
        if self._unit_id is not None:  # a stored unit: its awards and its names beside the form
            from desktop.ui.widgets.award_history import AwardHistoryEditor

            details = QWidget()
            details_lay = QVBoxLayout(details)
            details_lay.addLayout(form)
            self.awards = AwardHistoryEditor(self._ws, unit_id=self._unit_id)
            box = QGroupBox(self.tr("Awards"))
            QVBoxLayout(box).addWidget(self.awards)
            details_lay.addWidget(box, 1)
            self.names = NameHistoryList(self._ws, unit_id=self._unit_id)
            self.names.renamed.connect(self._renamed_elsewhere)
            self.tabs = QTabWidget()
            self.tabs.addTab(details, self.tr("Details"))
            self.tabs.addTab(self.names, self.tr("Name history"))
            self.main.addWidget(self.tabs, 1)
        else:
            super()._build_ui()
        self.name.textChanged.connect(self._name_edited)
        self.parent_unit.unitChanged.connect(lambda _u: self._name_edited())
        self.resize(560 if self._unit_id is None else 760, 0)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.internal.toggled.connect(self._scope_clicked)

    def _name_edited(self) -> None:
        stored = self._unit_id is not None
        renamed = stored and self.name.text().strip() != self._stored_name
        moved = stored and self.parent_unit.unit_id() != self._stored_parent
        self._rename_shown = renamed or moved
        self.form.setRowVisible(self._rename_row, self._rename_shown)
        if renamed and moved:
            hint = self.tr("the old name and parent stay on earlier papers")
        elif moved:
            hint = self.tr("the old parent unit stays on earlier papers")
        else:
            hint = self.tr("the old name stays on earlier papers")
        self.rename_hint.setText(hint)

    def _renamed_elsewhere(self, name: str) -> None:
        """A rename in the Name history tab: the form shows (and later saves) the new name."""
        self._stored_name = name
        self.name.setText(name)

    def _scope_clicked(self) -> None:
        if not self._loading_scope:
            self._scope_touched = True

    def _kind_changed(self) -> None:
        # New units: the kind suggests inside or outside until the clerk chooses.
        if self._unit_id is None and not self._scope_touched:
            self._set_internal(UnitKind(self.kind.currentData()) not in OUTSIDE_KINDS)

    def _set_internal(self, internal: bool) -> None:
        self._loading_scope = True
        (self.internal if internal else self.outside).setChecked(True)
        self._loading_scope = False

    def load(self) -> None:
        all_units = units.list_units(self._ws)
        unit_id = self._unit_id
        exclude = subtree_ids(all_units, unit_id) if unit_id is not None else set()
        self.parent_unit.set_units(all_units, exclude=exclude)
        if unit_id is None:
            self.parent_unit.set_unit_id(self._parent_id)
            self._kind_changed()
            self._name_edited()
            return
        unit = units.get(self._ws, unit_id)
        self._stored_name = unit.name
        self._stored_parent = unit.parent_id
        self.name.setText(unit.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(unit.kind.value)))
        self.code.setText(unit.code)
        self.parent_unit.set_unit_id(unit.parent_id)
        self._set_internal(unit.internal)
        self.address.setText(unit.address)
        self._active = unit.active
        self._name_edited()

    def values(self) -> UnitSave:
        """The form as input (not yet validated), with the day of a rename or move."""
        unit = UnitInput(
            name=self.name.text(),
            kind=UnitKind(self.kind.currentData()),
            code=self.code.text(),
            parent_id=self.parent_unit.unit_id(),
            internal=self.internal.isChecked(),
            address=self.address.text(),
            active=self._active,
        )
        renamed = self._unit_id is not None and self.renamed()
        return UnitSave(unit, day_of(self.renamed_on) if renamed else None)

    def renamed(self) -> bool:
        """True when saving renames (or moves) the unit from a date, keeping the old name."""
        return self._rename_shown and self.keep_old_name.isChecked()

    def write(self, values: object) -> int:
        assert isinstance(values, UnitSave)
        unit_id = self._unit_id
        if unit_id is not None and values.renamed_on is not None:
            unit_names.save_renamed(self._ws, values.unit, unit_id, values.renamed_on)
            return unit_id
        return units.save(self._ws, values.unit, unit_id)

    def show_error(self, exc: ThiDuaError) -> None:
        # A refused parent (a cycle, an inactive unit) is said under the parent field.
        text = plain_message(exc) if isinstance(exc, ConflictError) else None
        if text is None or not self.errors.show("parent_id", text):
            super().show_error(exc)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        ws: Workspace,
        unit_id: int | None = None,
        *,
        parent_id: int | None = None,
    ) -> int | None:
        """Show the form; return the saved unit's id, or None when cancelled."""
        return run_form(cls(ws, unit_id, parent, parent_id=parent_id))


def save_move(
    ws: Workspace, unit_id: int, new_parent_id: int | None, effective: date | None
) -> None:
    """Put a unit under another one; from `effective` on, the old parent kept for earlier papers
    (None, or the day the current parent began: a correction in place). No widgets here."""
    if effective is not None and effective == unit_names.history(ws, unit_id)[-1].valid_from:
        effective = None  # a second move on the day the current parent began: a fix
    if effective is None:
        units.move(ws, unit_id, new_parent_id)
    else:
        name = units.get(ws, unit_id).name
        unit_names.rename(ws, unit_id, name, effective, parent_id=new_parent_id)


@dataclass(frozen=True)
class UnitMove:
    """Where the move form puts the unit, and from which day (None: a correction)."""

    parent_id: int | None
    effective: date | None


class MoveUnitDialog(FormDialog):
    """Choose the new parent of a unit (not itself, nor one of its sub-units), and save the move."""

    validation_words = staticmethod(_unit_words)

    def __init__(self, ws: Workspace, unit_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent, ok=Buttons.Ok)
        self._unit = units.get(ws, unit_id)
        self.setWindowTitle(self.tr("Move unit"))
        self.setup()
        self.resize(460, 0)

    def _build_ui(self) -> None:
        all_units = units.list_units(self._ws)
        unit = self._unit
        self.target = UnitPicker(none_text=self.tr("(top level)"), include_inactive=True)
        self.target.set_units(all_units, exclude=subtree_ids(all_units, unit.id))
        self.target.set_unit_id(unit.parent_id)
        label = QLabel(self.tr("Move “%1” under:").replace("%1", unit.name))
        label.setWordWrap(True)
        # the old parent stays on papers dated before the day (untick to correct a mistake)
        self.keep_old_parent = QCheckBox(self.tr("Changed from"))
        self.keep_old_parent.setToolTip(
            self.tr(
                "Keep the old name and parent unit for papers dated before this day "
                "(untick to correct a mistake)"
            )
        )
        self.keep_old_parent.setChecked(True)
        self.moved_on = day_edit()
        self.keep_old_parent.toggled.connect(self.moved_on.setEnabled)
        dated = QWidget()
        row = QHBoxLayout(dated)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.keep_old_parent)
        row.addWidget(self.moved_on)
        row.addWidget(QLabel(self.tr("the old parent unit stays on earlier papers")), 1)
        self.main.addWidget(label)
        self.errors_row("parent", self.target)
        self.errors_row("effective", dated, self.moved_on)

    def errors_row(self, field: str, widget: QWidget, focus: QWidget | None = None) -> None:
        """A full-width field with its error line under it."""
        self.main.addWidget(self.errors.wrap(field, widget, focus))
        self.place_error(field, field, focus or widget)

    def effective(self) -> date | None:
        """The first day under the new parent (None: a correction, no history kept)."""
        return day_of(self.moved_on) if self.keep_old_parent.isChecked() else None

    def values(self) -> UnitMove:
        return UnitMove(self.target.unit_id(), self.effective())

    def write(self, values: object) -> int:
        assert isinstance(values, UnitMove)
        if values.parent_id != self._unit.parent_id:
            save_move(self._ws, self._unit.id, values.parent_id, values.effective)
        return self._unit.id
