"""Forms of a movement's participation: bulk registration, sponsorship, support activity,
contribution. Each writes through the services in `accept()` and stays open on bad input."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QWidget,
)

from desktop.domain.movements import Movement
from desktop.domain.participation import (
    COMMON_TITLES,
    ContributionInput,
    ContributionKind,
    ContributorKind,
    RegistrationInput,
    SponsorshipInput,
    SupportActivityInput,
    SupportKind,
)
from desktop.domain.units import UnitKind
from desktop.services import participation, people, units
from desktop.services.session import Workspace
from desktop.ui.dialogs.form_base import Buttons, FormDialog
from desktop.ui.dialogs.movement_fields import movement_error_text


def date_field(value: date | None = None) -> QDateEdit:
    edit = QDateEdit(QDate(value or date.today()))
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    return edit


def _money_edit() -> QLineEdit:
    edit = QLineEdit("0")
    edit.setAlignment(Qt.AlignmentFlag.AlignRight)
    return edit


def _money(edit: QLineEdit) -> int:
    text = edit.text().replace(".", "").replace(",", "").replace(" ", "").strip() or "0"
    try:
        return int(text)
    except ValueError:
        from desktop.domain.errors import ValidationError

        raise ValidationError("value", "not_number", "Giá trị phải là số đồng.") from None


class MovementForm(FormDialog):
    """A form of the movement area: OK/Cancel, its errors worded by `movement_error_text`."""

    validation_words = staticmethod(movement_error_text)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent, ok=Buttons.Ok)


class BulkRegisterDialog(MovementForm):
    """Register many people or units at once, for a movement or (without one) a year's titles."""

    def __init__(
        self,
        ws: Workspace,
        movement: Movement | None,
        parent: QWidget | None = None,
        *,
        year: int | None = None,
    ) -> None:
        super().__init__(ws, parent)
        self._movement = movement
        self._year = year
        self.result_text = ""
        self.setWindowTitle(self.tr("Register participants"))
        self.resize(620, 560)
        self.people_radio = QRadioButton(self.tr("People"))
        self.units_radio = QRadioButton(self.tr("Units"))
        self.people_radio.setChecked(True)
        self.people_radio.toggled.connect(lambda _on: self.refresh())
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by name (accents optional)"))
        self.search.textChanged.connect(lambda _t: self.refresh())
        self.items = QListWidget()
        select_all = QPushButton(self.tr("Tick all shown"))
        select_all.clicked.connect(lambda: self.set_all(True))
        self.title_combo = QComboBox()
        self.title_combo.setEditable(True)
        self.title_combo.addItems(COMMON_TITLES)
        self.group_combo = QComboBox()
        self.group_combo.addItem(self.tr("(no group)"), None)
        for g in movement.data.groups if movement else ():
            self.group_combo.addItem(g.name, g.id)
        self.group_combo.setEnabled(movement is not None)
        self.date_edit = date_field()
        self.commitments = QLineEdit()
        top = QHBoxLayout()
        top.addWidget(self.people_radio)
        top.addWidget(self.units_radio)
        top.addWidget(self.search, 1)
        top.addWidget(select_all)
        self.form.addRow(self.tr("&Title registered for:"), self.title_combo)
        self.form.addRow(self.tr("Target &group:"), self.group_combo)
        self.form.addRow(self.tr("&Date:"), self.date_edit)
        self.form.addRow(self.tr("&Commitments:"), self.commitments)
        self.main.addLayout(top)
        self.main.addWidget(self.items)
        self.setup()
        self._units = [u for u in units.list_units(ws, include_inactive=False)]
        self.refresh()

    def refresh(self) -> None:
        """List the people or units matching the filter."""
        self.items.clear()
        if self.people_radio.isChecked():
            ids = people.query_ids(self._ws, people.make_query(self.search.text()))[:2000]
            rows = people.table_rows(self._ws, ids)
            for pid in ids:
                r = rows[pid]
                self._add(pid, f"{r.full_name} — {r.unit_name}")
        else:
            from desktop.domain.text import fold

            key = fold(self.search.text())
            for u in self._units:
                if key in fold(u.name):
                    self._add(u.id, u.name)

    def _add(self, ident: int, text: str) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, ident)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        self.items.addItem(item)

    def set_all(self, checked: bool) -> None:
        """Tick or untick every listed entry."""
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for i in range(self.items.count()):
            self.items.item(i).setCheckState(state)

    def checked_ids(self) -> list[int]:
        """Ids of the ticked entries."""
        return [
            int(self.items.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.items.count())
            if self.items.item(i).checkState() == Qt.CheckState.Checked
        ]

    def values(self) -> RegistrationInput:
        """The registration every ticked entry gets."""
        return RegistrationInput(
            self.date_edit.date().toPython(),  # type: ignore[arg-type]
            self.title_combo.currentText(),
            movement_id=self._movement.id if self._movement else None,
            year=None if self._movement else self._year,
            group_id=self.group_combo.currentData(),
            commitments=self.commitments.text(),
        )

    def confirm(self, values: object) -> bool:
        self._ids = self.checked_ids()
        self._people = self.people_radio.isChecked()
        return True

    def write(self, values: object) -> None:
        assert isinstance(values, RegistrationInput)
        if self._people:
            done = participation.register_many(self._ws, values, person_ids=self._ids)
        else:
            done = participation.register_many(self._ws, values, unit_ids=self._ids)
        self._done = done

    def save(self) -> bool:
        if not super().save():
            return False
        done = self._done
        self.result_text = (
            self.tr("%1 registered, %2 were already registered.")
            .replace("%1", str(done.added))
            .replace("%2", str(done.already))
        )
        return True


class SponsorshipDialog(MovementForm):
    """An internal unit starts sponsoring an outside commune."""

    def __init__(self, ws: Workspace, movement_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self._movement_id = movement_id
        self.setWindowTitle(self.tr("Sponsored commune"))
        self.unit_combo = QComboBox()
        for uid, name in participation.internal_units(ws):
            self.unit_combo.addItem(name, uid)
        self.commune_combo = QComboBox()
        for cid, name in participation.outside_communes(ws):
            self.commune_combo.addItem(name, cid)
        self.since_edit = date_field()
        self.note_edit = QLineEdit()
        self.form.addRow(self.tr("&Sponsoring unit:"), self.unit_combo)
        self.form.addRow(self.tr("&Commune or village:"), self.commune_combo)
        self.form.addRow(self.tr("S&ince:"), self.since_edit)
        self.form.addRow(self.tr("&Note:"), self.note_edit)
        self.setup()

    def values(self) -> SponsorshipInput:
        """The sponsorship as chosen."""
        return SponsorshipInput(
            self._movement_id,
            self.unit_combo.currentData(),
            self.commune_combo.currentData(),
            self.since_edit.date().toPython(),  # type: ignore[arg-type]
            self.note_edit.text(),
        )

    def write(self, values: object) -> int | None:
        assert isinstance(values, SponsorshipInput)
        return participation.add_sponsorship(self._ws, values)


class ActivityDialog(MovementForm):
    """One support activity for a sponsored commune."""

    def __init__(self, ws: Workspace, sponsorship_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self._sponsorship_id = sponsorship_id
        self.setWindowTitle(self.tr("Support activity"))
        self.date_edit = date_field()
        self.description = QLineEdit()
        self.kind_combo = QComboBox()
        for kind, text in (
            (SupportKind.MONEY, self.tr("Money")),
            (SupportKind.GOODS, self.tr("Goods")),
            (SupportKind.LABOUR, self.tr("Working days")),
            (SupportKind.ADVICE, self.tr("Advice")),
        ):
            self.kind_combo.addItem(text, kind)
        self.value_edit = _money_edit()
        self.form.addRow(self.tr("&Date:"), self.date_edit)
        self.form.addRow(self.tr("&What was done:"), self.description)
        self.form.addRow(self.tr("&Kind:"), self.kind_combo)
        self.form.addRow(self.tr("&Value (đồng):"), self.value_edit)
        self.setup()

    def values(self) -> SupportActivityInput:
        """The activity as typed (ValidationError: a value that is not a number)."""
        return SupportActivityInput(
            self._sponsorship_id,
            self.date_edit.date().toPython(),  # type: ignore[arg-type]
            self.description.text(),
            SupportKind(self.kind_combo.currentData()),
            _money(self.value_edit),
        )

    def write(self, values: object) -> int | None:
        assert isinstance(values, SupportActivityInput)
        return participation.add_activity(self._ws, values)


class ContributionDialog(MovementForm):
    """A contribution by a person, unit, business or household."""

    def __init__(self, ws: Workspace, movement_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self._movement_id = movement_id
        self.setWindowTitle(self.tr("Contribution"))
        self.who_kind = QComboBox()
        for kind, text in (
            (ContributorKind.PERSON, self.tr("Person")),
            (ContributorKind.UNIT, self.tr("Unit")),
            (ContributorKind.BUSINESS, self.tr("Business")),
            (ContributorKind.HOUSEHOLD, self.tr("Household")),
        ):
            self.who_kind.addItem(text, kind)
        self.who_text = QLineEdit()
        self.who_text.setPlaceholderText(self.tr("Type to search, or the household's name"))
        self.who_combo = QComboBox()
        self.who_kind.currentIndexChanged.connect(lambda _i: self._find())
        self.who_text.textChanged.connect(lambda _t: self._find())
        self.kind_combo = QComboBox()
        for what, text in (
            (ContributionKind.MONEY, self.tr("Money")),
            (ContributionKind.GOODS, self.tr("Goods")),
            (ContributionKind.LABOUR, self.tr("Working days")),
            (ContributionKind.LAND, self.tr("Land")),
        ):
            self.kind_combo.addItem(text, what)
        self.quantity = QDoubleSpinBox()
        self.quantity.setRange(0, 1e9)
        self.quantity.setDecimals(1)
        self.quantity_unit = QLineEdit()
        self.value_edit = _money_edit()
        self.date_edit = date_field()
        self.beneficiary = QLineEdit()
        self.evidence = QLineEdit()
        who = QHBoxLayout()
        who.addWidget(self.who_kind)
        who.addWidget(self.who_text, 1)
        qty = QHBoxLayout()
        qty.addWidget(self.quantity)
        qty.addWidget(self.quantity_unit)
        self.form.addRow(self.tr("&Contributor:"), who)
        self.form.addRow("", self.who_combo)
        self.form.addRow(self.tr("&Kind:"), self.kind_combo)
        self.form.addRow(self.tr("&Quantity:"), qty)
        self.form.addRow(self.tr("&Value (đồng):"), self.value_edit)
        self.form.addRow(self.tr("&Date:"), self.date_edit)
        self.form.addRow(self.tr("&Went to:"), self.beneficiary)
        self.form.addRow(self.tr("&Evidence:"), self.evidence)
        self.setup()
        self._units = units.list_units(ws, include_inactive=False)
        self._find()

    def _find(self) -> None:
        kind = ContributorKind(self.who_kind.currentData())
        self.who_combo.clear()
        self.who_combo.setVisible(kind is not ContributorKind.HOUSEHOLD)
        text = self.who_text.text()
        if kind is ContributorKind.PERSON:
            if text.strip():
                ids = people.query_ids(self._ws, people.make_query(text))[:50]
                rows = people.table_rows(self._ws, ids)
                for pid in ids:
                    self.who_combo.addItem(f"{rows[pid].full_name} — {rows[pid].unit_name}", pid)
        elif kind is not ContributorKind.HOUSEHOLD:
            from desktop.domain.text import fold

            business = kind is ContributorKind.BUSINESS
            for u in self._units:
                is_biz = u.kind in (UnitKind.ENTERPRISE, UnitKind.COOPERATIVE)
                if is_biz == business and fold(text) in fold(u.name):
                    self.who_combo.addItem(u.name, u.id)

    def values(self) -> ContributionInput:
        """The contribution as typed (ValidationError: a value that is not a number)."""
        kind = ContributorKind(self.who_kind.currentData())
        pick = self.who_combo.currentData() if not self.who_combo.isHidden() else None
        qty = self.quantity.value() or None
        return ContributionInput(
            kind,
            ContributionKind(self.kind_combo.currentData()),
            self.date_edit.date().toPython(),  # type: ignore[arg-type]
            _money(self.value_edit),
            qty,
            self.quantity_unit.text(),
            person_id=pick if kind is ContributorKind.PERSON else None,
            unit_id=pick if kind in (ContributorKind.UNIT, ContributorKind.BUSINESS) else None,
            contributor_name=self.who_text.text() if kind is ContributorKind.HOUSEHOLD else "",
            movement_id=self._movement_id,
            beneficiary=self.beneficiary.text(),
            evidence=self.evidence.text(),
        )

    def write(self, values: object) -> int | None:
        assert isinstance(values, ContributionInput)
        return participation.add_contribution(self._ws, values)
