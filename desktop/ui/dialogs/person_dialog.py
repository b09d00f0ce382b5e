"""Add or edit a person."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import ConflictError, ValidationError
from desktop.domain.identity import BirthDate
from desktop.domain.people import DuplicateCandidate, PersonInput, Sex, WorkStatus
from desktop.domain.text import split_name
from desktop.services import people, units
from desktop.services.session import Workspace
from desktop.ui.dialogs.form_base import FormDialog, run_form
from desktop.ui.dialogs.form_errors import validation_text
from desktop.ui.errors import show_error
from desktop.ui.tasks import on_worker
from desktop.ui.widgets.date_edit import BirthDateEdit
from desktop.ui.widgets.labels import sex_label, status_label
from desktop.ui.widgets.person_positions import PositionsEditor
from desktop.ui.widgets.unit_picker import UnitPicker

_FORM_ORDER = (
    "full_name",
    "given_name",
    "family_name",
    "middle_name",
    "sex",
    "birth_date",
    "cccd",
    "phone",
    "email",
    "unit_id",
)
_STAND_INS: dict[str, dict[str, object]] = {
    "full_name": {"full_name": "X", "family_name": "", "middle_name": "", "given_name": ""},
    "unit_id": {"unit_id": 0},
    "cccd": {"cccd": ""},
    "birth_date": {"birth_date": None},
    "email": {"email": ""},
}


class PersonDialog(FormDialog):
    """The person form. `ask()` shows it and returns the saved id (None when cancelled)."""

    def __init__(
        self,
        ws: Workspace,
        person_id: int | None = None,
        parent: QWidget | None = None,
        *,
        unit_id: int | None = None,
    ) -> None:
        super().__init__(ws, parent)
        self._person_id = person_id
        self._errors = self.errors
        self._build_ui()
        self.unit.set_units(units.list_units(ws, include_inactive=False))
        if person_id is not None:
            self.setWindowTitle(self.tr("Edit person"))
            self._load(people.get(ws, person_id).data)
        else:
            self.setWindowTitle(self.tr("Add person"))
            self.unit.set_unit_id(unit_id)
        self.full_name.setFocus()

    # --- layout ----------------------------------------------------------------------------

    def _line(self, max_len: int = 200) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(max_len)
        return edit

    def _build_ui(self) -> None:
        e = self._errors
        self.full_name = self._line(120)
        self.full_name.setPlaceholderText(self.tr("e.g. Nguyễn Thị Hương"))
        self.family_name = self._line(60)
        self.family_name.setPlaceholderText(self.tr("Family name"))
        self.middle_name = self._line(60)
        self.middle_name.setPlaceholderText(self.tr("Middle name"))
        self.given_name = self._line(60)
        self.given_name.setPlaceholderText(self.tr("Given name"))
        parts = QWidget()
        parts_lay = QHBoxLayout(parts)
        parts_lay.setContentsMargins(0, 0, 0, 0)
        for w, stretch in ((self.family_name, 2), (self.middle_name, 3), (self.given_name, 2)):
            parts_lay.addWidget(w, stretch)
        self.sex = QComboBox()
        self.sex.addItem("", None)
        for s in Sex:
            self.sex.addItem(sex_label(s), s.value)
        self.birth_date = BirthDateEdit()
        self.cccd = self._line(15)
        self.cccd.setPlaceholderText(self.tr("12 digits"))
        self.cccd.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9 .\-]{0,15}")))
        self.hometown = self._line()
        self.residence = self._line()
        self.phone = self._line(30)
        self.email = self._line(120)

        self.unit = UnitPicker()
        self.status = QComboBox()
        for st in WorkStatus:
            self.status.addItem(status_label(st), st.value)
        self.position = self._line()
        self.party_position = self._line()
        self.union_position = self._line()
        self.qualification = self._line()
        self.academic_title = self._line()

        personal = QGroupBox(self.tr("Personal details"))
        form = QFormLayout(personal)
        form.addRow(self.tr("Full &name:"), e.wrap("full_name", self.full_name))
        form.addRow(self.tr("Family, middle, given:"), e.wrap("given_name", parts, self.given_name))
        form.addRow(self.tr("&Sex:"), e.wrap("sex", self.sex))
        form.addRow(self.tr("Date of &birth:"), e.wrap("birth_date", self.birth_date))
        form.addRow(self.tr("&CCCD number:"), e.wrap("cccd", self.cccd))
        form.addRow(self.tr("&Phone:"), e.wrap("phone", self.phone))
        form.addRow(self.tr("&Email:"), e.wrap("email", self.email))

        work = QGroupBox(self.tr("Work"))
        form2 = QFormLayout(work)
        form2.addRow(self.tr("&Unit:"), e.wrap("unit_id", self.unit))
        form2.addRow(self.tr("S&tatus:"), e.wrap("status", self.status))
        form2.addRow(self.tr("&Government position:"), e.wrap("position", self.position))
        form2.addRow(self.tr("Part&y position:"), e.wrap("party_position", self.party_position))
        form2.addRow(
            self.tr("&Mass organisation position:"),
            e.wrap("union_position", self.union_position),
        )
        form2.addRow(self.tr("&Qualification:"), e.wrap("qualification", self.qualification))
        form2.addRow(
            self.tr("&Academic title, degree:"), e.wrap("academic_title", self.academic_title)
        )
        places = QGroupBox(self.tr("Places"))
        form3 = QFormLayout(places)
        form3.addRow(self.tr("&Home town:"), e.wrap("hometown", self.hometown))
        form3.addRow(self.tr("&Residence:"), e.wrap("residence", self.residence))
        for f in (form, form2, form3):
            f.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            f.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        columns = QHBoxLayout()
        columns.addWidget(personal, 1)
        columns.addWidget(work, 1)
        details = QWidget()
        details_lay = QVBoxLayout(details)
        details_lay.addLayout(columns)
        details_lay.addWidget(places)
        details_lay.addStretch(1)
        root = self.main
        self.tabs: QTabWidget | None = None
        self.positions: PositionsEditor | None = None
        extras = self._record_tabs() if self._person_id is not None else []
        if extras:
            details_lay.setContentsMargins(4, 4, 4, 4)
            self.tabs = QTabWidget()
            self.tabs.addTab(details, self.tr("&Details"))
            for widget, title in extras:
                self.tabs.addTab(widget, title)
            root.addWidget(self.tabs)
        else:
            details_lay.setContentsMargins(0, 0, 0, 0)
            root.addWidget(details)
        root.addWidget(self.error_label)
        root.addWidget(self.buttons)
        self.resize(920, 0)

        # The full name is split into its parts as it is typed; a part edited by hand
        # rewrites the full name (so "Tôn Nữ" can be kept as one family name).
        self._syncing = False
        self.full_name.textChanged.connect(self._split_full_name)
        for part in (self.family_name, self.middle_name, self.given_name):
            part.textChanged.connect(self._join_parts)

    def _record_tabs(self) -> list[tuple[QWidget, str]]:
        """What is recorded about a stored person (other areas' widgets, when present)."""
        assert self._person_id is not None
        tabs: list[tuple[QWidget, str]] = []
        self.positions = PositionsEditor(self._ws, self._person_id)
        tabs.append((self.positions, self.tr("&Career")))
        try:  # ratings, registrations, contributions by year
            from desktop.ui.widgets.person_history import PersonHistory
        except ImportError:
            pass
        else:
            tabs.append((PersonHistory(self._ws, self._person_id), self.tr("&History by year")))
        try:
            from desktop.ui.widgets.person_initiatives import PersonInitiativesView
        except ImportError:
            pass
        else:
            view = PersonInitiativesView()
            n = view.load(self._ws, self._person_id)
            tabs.append((view, self.tr("&Initiatives (%1)").replace("%1", str(n))))
        from desktop.ui.widgets.award_history import AwardHistoryEditor

        self.awards = AwardHistoryEditor(self._ws, person_id=self._person_id)
        tabs.append((self.awards, self.tr("A&wards")))
        return tabs

    def _split_full_name(self, text: str) -> None:
        if self._syncing:
            return
        parts = split_name(text)
        self._syncing = True
        self.family_name.setText(parts.family)
        self.middle_name.setText(parts.middle)
        self.given_name.setText(parts.given)
        self._syncing = False

    def _join_parts(self, _text: str = "") -> None:
        if self._syncing:
            return
        words = (self.family_name.text(), self.middle_name.text(), self.given_name.text())
        self._syncing = True
        self.full_name.setText(" ".join(w.strip() for w in words if w.strip()))
        self._syncing = False

    # --- values ------------------------------------------------------------------------------

    def _load(self, data: PersonInput) -> None:
        self.full_name.setText(data.full_name)
        self.family_name.setText(data.family_name)
        self.middle_name.setText(data.middle_name)
        self.given_name.setText(data.given_name)
        self.sex.setCurrentIndex(max(0, self.sex.findData(data.sex.value if data.sex else None)))
        self.birth_date.set_birth_date(data.birth_date)
        self.cccd.setText(data.cccd)
        self.hometown.setText(data.hometown)
        self.residence.setText(data.residence)
        self.phone.setText(data.phone)
        self.email.setText(data.email)
        if self.unit.findData(data.unit_id) < 0 and data.unit_id is not None:
            # The person's unit was deactivated: list it so the form keeps it.
            self.unit.set_units(units.list_units(self._ws, include_inactive=True))
        self.unit.set_unit_id(data.unit_id)
        self.status.setCurrentIndex(max(0, self.status.findData(data.status.value)))
        self.position.setText(data.position)
        self.party_position.setText(data.party_position)
        self.union_position.setText(data.union_position)
        self.qualification.setText(data.qualification)
        self.academic_title.setText(data.academic_title)

    def values(self) -> PersonInput:
        """The form as input (not yet validated); raises ValidationError for an unreadable date."""
        return self._values(self.birth_date.birth_date())

    def _values(self, birth: BirthDate | None) -> PersonInput:
        return PersonInput(
            full_name=self.full_name.text(),
            unit_id=self.unit.unit_id(),
            family_name=self.family_name.text(),
            middle_name=self.middle_name.text(),
            given_name=self.given_name.text(),
            sex=Sex(self.sex.currentData()) if self.sex.currentData() else None,
            birth_date=birth,
            cccd=self.cccd.text(),
            hometown=self.hometown.text(),
            residence=self.residence.text(),
            position=self.position.text(),
            party_position=self.party_position.text(),
            union_position=self.union_position.text(),
            qualification=self.qualification.text(),
            academic_title=self.academic_title.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            status=WorkStatus(self.status.currentData() or WorkStatus.WORKING.value),
        )

    # --- saving ------------------------------------------------------------------------------

    def save(self) -> bool:
        """Check every field, ask about namesakes, write on the worker; False when refused."""
        self.clear_errors()
        data, errors = self._checked()
        if data is None:
            # Every bad field at once, in form order; the first one gets the focus.
            errors.sort(key=lambda e: _FORM_ORDER.index(e.field) if e.field in _FORM_ORDER else 99)
            for exc in reversed(errors):
                self._show_field_error(exc.field, validation_text(exc))
            return False
        held = None
        if self.positions is not None:
            try:
                held = self.positions.values()
            except ValidationError as exc:
                if self.tabs is not None:
                    self.tabs.setCurrentWidget(self.positions)
                row = self.positions.bad_row
                text = validation_text(exc)
                if row is not None:
                    text = self.tr("Row %1: %2").replace("%1", str(row + 1)).replace("%2", text)
                QMessageBox.warning(self, self.tr("Cannot save"), text)
                return False
        dups = people.check_duplicates(self._ws, data, self._person_id)
        same_cccd = [d for d in dups if d.reason == "cccd"]
        if same_cccd:
            self._show_field_error("cccd", self._cccd_taken_text(same_cccd[0]))
            return False
        namesakes = [d for d in dups if d.reason == "name_birth"]
        if namesakes and not self._confirm_namesakes(namesakes):
            return False

        ws, person_id = self._ws, self._person_id

        def write() -> int:  # one transaction: the person and their positions
            return people.save_with_positions(
                ws, data, held, person_id, allow_namesake=bool(namesakes)
            )

        try:
            self.saved_id = on_worker(self, write)
        except ConflictError as exc:
            if exc.code == "cccd_taken":
                self._show_field_error("cccd", self.tr("This CCCD number is already in use."))
            elif exc.code == "unit_missing":
                self._show_field_error("unit_id", self.tr("The chosen unit no longer exists."))
            else:
                show_error(self, exc, self.tr("Cannot save"))
            return False
        return True

    def _checked(self) -> tuple[PersonInput | None, list[ValidationError]]:
        """The validated input, or None with the error of every bad field."""
        errors: list[ValidationError] = []
        try:
            birth = self.birth_date.birth_date()
        except ValidationError as exc:
            errors.append(exc)
            birth = None
        probe = self._values(birth)
        for _ in _STAND_INS:
            try:
                clean = probe.validated()
            except ValidationError as exc:
                errors.append(exc)
                stand_in = _STAND_INS.get(exc.field)
                if stand_in is None:
                    break
                # Replace the bad value by a harmless one to find the next bad field.
                probe = replace(probe, **stand_in)  # type: ignore[arg-type]
                continue
            return (None, errors) if errors else (clean, [])
        return None, errors

    def _show_field_error(self, field: str, text: str) -> None:
        if field in ("family_name", "middle_name"):
            field = "given_name"
        if self.tabs is not None:
            self.tabs.setCurrentIndex(0)
        if not self._errors.show(field, text):
            QMessageBox.warning(self, self.tr("Cannot save"), text)

    def _cccd_taken_text(self, dup: DuplicateCandidate) -> str:
        return (
            self.tr("This CCCD number already belongs to %1 (%2).")
            .replace("%1", dup.full_name)
            .replace("%2", dup.unit_name)
        )

    def _confirm_namesakes(self, namesakes: list[DuplicateCandidate]) -> bool:
        lines = "\n".join(
            "• "
            + self.tr("%1, born %2, %3")
            .replace("%1", d.full_name)
            .replace("%2", d.birth)
            .replace("%3", d.unit_name)
            for d in namesakes
        )
        box = QMessageBox(self)
        box.setObjectName("namesake_warning")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Possible duplicate"))
        box.setText(self.tr("A person with the same name and date of birth is already recorded:"))
        box.setInformativeText(
            lines + "\n\n" + self.tr("Is this a different person with the same name? Save anyway?")
        )
        save = box.addButton(self.tr("Save"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is save

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        ws: Workspace,
        person_id: int | None = None,
        *,
        unit_id: int | None = None,
    ) -> int | None:
        """Show the form; return the saved person's id, or None when cancelled."""
        return run_form(cls(ws, person_id, parent, unit_id=unit_id))
