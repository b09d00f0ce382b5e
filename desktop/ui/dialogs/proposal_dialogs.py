"""Dialogs of the proposals page: a new batch, a nominee, its texts, the problems of a batch.

The forms are FormDialogs: `save()` stores them and returns True (errors shown under their
field), so tests fill the fields and call `save()` without a modal loop.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.awards import Catalog, CommendationType, SubjectKind
from desktop.domain.errors import ThiDuaError
from desktop.domain.proposals import BatchInput, NomineeInput, SubjectType
from desktop.services import movements, proposals, search, units
from desktop.services.session import Workspace
from desktop.ui.dialogs.form_base import Buttons, FormDialog, service_words
from desktop.ui.dialogs.household_dialog import household_completer
from desktop.ui.widgets.proposal_labels import kind_label, subject_label
from desktop.ui.widgets.search_box import SearchBox
from desktop.ui.widgets.unit_picker import UnitPicker


class BatchDialog(FormDialog):
    """Create a batch: title, kind, year (and movement for a movement batch)."""

    validation_words = staticmethod(service_words)

    def __init__(
        self, ws: Workspace, parent: QWidget | None = None, *, year: int | None = None
    ) -> None:
        super().__init__(ws, parent, ok=Buttons.Ok)
        self._year = year
        self.batch_id: int | None = None
        self.setWindowTitle(self.tr("New proposal batch"))
        self.setup()

    def _build_ui(self) -> None:
        ws, year = self._ws, self._year
        self.title_edit = QLineEdit()
        self.title_edit.setMinimumWidth(420)
        self.kind_box = QComboBox()
        for kind in CommendationType:
            self.kind_box.addItem(kind_label(kind), kind.value)
        self.year_box = QSpinBox()
        self.year_box.setRange(1990, date.today().year + 1)
        self.year_box.setValue(year or date.today().year)
        self.movement_box = QComboBox()
        self.movement_box.addItem(self.tr("(none)"), None)
        for m in movements.list_movements(ws):
            self.movement_box.addItem(m.name, m.id)
        self.addressee_edit = QLineEdit()
        self.signer_title_edit = QLineEdit()
        self.signer_name_edit = QLineEdit()
        self.signer_title_edit.setPlaceholderText(self.tr("Signer's title"))
        self.signer_name_edit.setPlaceholderText(self.tr("Signer's name"))
        self._suggested = ""
        self._fill_defaults()
        self.year_box.valueChanged.connect(lambda _y: self._fill_defaults())
        self.add_row("title", self.tr("Title"), self.title_edit)
        self.add_row("kind", self.tr("Type of commendation"), self.kind_box)
        self.add_row("year", self.tr("Year"), self.year_box)
        self.add_row("movement_id", self.tr("Movement"), self.movement_box)
        self.add_row("addressee", self.tr("To (Kính gửi)"), self.addressee_edit)
        signer = QWidget()
        signer_row = QHBoxLayout(signer)
        signer_row.setContentsMargins(0, 0, 0, 0)
        signer_row.addWidget(self.signer_title_edit, 1)
        signer_row.addWidget(self.signer_name_edit, 1)
        self.add_row("signer_title", self.tr("Signer"), signer, self.signer_title_edit)
        self.place_error("signer_name", "signer_title", self.signer_name_edit)
        super()._build_ui()

    def _fill_defaults(self) -> None:
        """A title no batch has yet (kept when the clerk typed one), the last batch's addressee
        and signer, or the office's signer."""
        title = self.tr("Annual commendation %1").replace("%1", str(self.year_box.value()))
        d = proposals.batch_defaults(self._ws, title)
        if self.title_edit.text() in ("", self._suggested):
            self.title_edit.setText(d.title)
            self._suggested = d.title
        if not self.addressee_edit.text():
            self.addressee_edit.setText(d.addressee)
        if not self.signer_name_edit.text() and not self.signer_title_edit.text():
            self.signer_name_edit.setText(d.signer_name)
            self.signer_title_edit.setText(d.signer_title)

    def values(self) -> BatchInput:
        return BatchInput(
            self.title_edit.text(),
            CommendationType(self.kind_box.currentData()),
            self.year_box.value(),
            self.movement_box.currentData(),
            self.addressee_edit.text(),
            self.signer_name_edit.text(),
            self.signer_title_edit.text(),
        )

    def write(self, values: object) -> int:
        assert isinstance(values, BatchInput)
        self.batch_id = proposals.create_batch(self._ws, values)
        return self.batch_id


class NomineeDialog(FormDialog):
    """Add a nominee: a person (searched), a unit (picked) or a household, and an award."""

    validation_words = staticmethod(service_words)

    def __init__(
        self, ws: Workspace, batch_id: int, catalog: Catalog, parent: QWidget | None = None
    ) -> None:
        super().__init__(ws, parent, ok=Buttons.Ok)
        self._batch_id = batch_id
        self._catalog = catalog
        self.nominee_id: int | None = None
        self.added = 0
        self.setWindowTitle(self.tr("Add a nominee"))
        self.setup()
        self.resize(560, 420)
        self.subject_box.currentIndexChanged.connect(self._subject_changed)
        self.person_search.searchChanged.connect(self._search)
        self.all_eligible.toggled.connect(lambda on: self.subject_stack.setEnabled(not on))
        self._subject_changed()

    def _build_ui(self) -> None:
        ws = self._ws
        self.subject_box = QComboBox()
        for s in SubjectType:
            self.subject_box.addItem(subject_label(s), s.value)
        self.person_search = SearchBox(placeholder=self.tr("Type a name (accents optional)"))
        self.person_list = QListWidget()
        self.person_list.setMinimumHeight(160)
        person_page = QWidget()
        lay = QVBoxLayout(person_page)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.person_search)
        lay.addWidget(self.person_list)
        self.unit_picker = UnitPicker()
        self.unit_picker.set_units(units.list_units(ws, include_inactive=False))
        self.household_edit = QLineEdit()
        # The register's households, offered as "Name (Thôn)" (judged by the register).
        self.household_edit.setCompleter(household_completer(ws, self.household_edit))
        self.subject_stack = QStackedWidget()
        for w in (person_page, self.unit_picker, self.household_edit):
            self.subject_stack.addWidget(w)
        self.award_box = QComboBox()
        self.all_eligible = QCheckBox(
            self.tr("Everyone eligible for this award in the batch's year")
        )
        self.form.addRow(self.tr("Nominee is"), self.subject_box)
        self.add_row("person_id", self.tr("Who"), self.subject_stack, self.person_search)
        self.place_error("unit_id", "person_id", self.unit_picker)
        self.place_error("household_name", "person_id", self.household_edit)
        self.add_row("award", self.tr("Award"), self.award_box)
        self.form.addRow("", self.all_eligible)
        super()._build_ui()

    def subject(self) -> SubjectType:
        """The kind of nominee chosen."""
        return SubjectType(self.subject_box.currentData())

    def _subject_changed(self) -> None:
        subject = self.subject()
        self.subject_stack.setCurrentIndex(list(SubjectType).index(subject))
        wanted = {
            SubjectType.PERSON: SubjectKind.PERSON,
            SubjectType.UNIT: SubjectKind.COLLECTIVE,
            SubjectType.HOUSEHOLD: SubjectKind.HOUSEHOLD,
        }[subject]
        self.award_box.clear()
        for a in self._catalog.awards:
            if a.subject is wanted:
                self.award_box.addItem(f"{a.name} ({a.code})", a.code)

    def _search(self, text: str) -> None:
        self.person_list.clear()
        for hit in search.find(self._ws, text, limit=100):
            if hit.kind != "person":
                continue
            label = " — ".join(x for x in (hit.name, hit.birth, hit.unit) if x)
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
            self.person_list.addItem(item)
        if self.person_list.count():
            self.person_list.setCurrentRow(0)

    def save(self) -> bool:
        if self.all_eligible.isChecked() and self.subject() is not SubjectType.HOUSEHOLD:
            self.clear_errors()
            return self._add_eligible()
        return super().save()

    def values(self) -> NomineeInput:
        subject = self.subject()
        person_id = unit_id = None
        if subject is SubjectType.PERSON and self.person_list.currentItem() is not None:
            person_id = int(self.person_list.currentItem().data(Qt.ItemDataRole.UserRole))
        if subject is SubjectType.UNIT:
            unit_id = self.unit_picker.unit_id()
        return NomineeInput(
            subject,
            str(self.award_box.currentData() or ""),
            person_id=person_id,
            unit_id=unit_id,
            household_name=self.household_edit.text(),
        )

    def write(self, values: object) -> int:
        assert isinstance(values, NomineeInput)
        self.nominee_id = proposals.add_nominee(self._ws, self._batch_id, values)
        self.added = 1
        return self.nominee_id

    def _add_eligible(self) -> bool:
        # The year-wide check runs on the database worker with a progress dialog and Cancel
        # (all added or none); the window stays alive meanwhile (issue 16, hook of "tasks").
        from desktop.ui.tasks import say_cancelled, wait_for

        code = str(self.award_box.currentData() or "")
        ws, batch_id = self._ws, self._batch_id
        task = wait_for(
            self,
            lambda progress: proposals.add_eligible(ws, batch_id, code, progress=progress),
            self.tr("Adding everyone eligible…"),
        )
        if task.cancelled:
            say_cancelled(self)
            return False
        if isinstance(task.error, ThiDuaError):
            self.show_error(task.error)
            return False
        if task.error is not None:
            raise task.error
        self.added = int(task.result)
        return True


class NomineeTextDialog(FormDialog):
    """The nominee's texts: the line for the list, duties, the achievement report (drafted from
    the records, edited by the clerk) and the reason to propose despite a failed check."""

    validation_words = staticmethod(service_words)

    def __init__(
        self, ws: Workspace, nominee: proposals.Nominee, parent: QWidget | None = None
    ) -> None:
        super().__init__(ws, parent, ok=Buttons.Ok)
        self._nominee = nominee
        self.setWindowTitle(self.tr("Achievements of %1").replace("%1", nominee.name))
        self.setup()
        self.resize(820, 640)

    def _build_ui(self) -> None:
        d = self._nominee.data
        self.summary_edit = QLineEdit(d.summary)
        self.duties_edit = QPlainTextEdit(d.duties)
        self.duties_edit.setMaximumHeight(90)
        self.achievement_edit = QPlainTextEdit(d.achievement)
        self.achievement_edit.setMinimumHeight(300)
        self.override_edit = QLineEdit(d.override_reason)
        self.override_edit.setPlaceholderText(
            self.tr("Needed when the nominee is not eligible or left to the council's review")
        )
        self.add_row("summary", self.tr("Summary (for the list)"), self.summary_edit)
        self.add_row("duties", self.tr("Duties"), self.duties_edit)
        self.add_row("achievement", self.tr("Achievements (for the report)"), self.achievement_edit)
        self.add_row("override_reason", self.tr("Reason to propose anyway"), self.override_edit)
        super()._build_ui()

    def values(self) -> NomineeInput:
        from dataclasses import replace

        return replace(
            self._nominee.data,
            summary=self.summary_edit.text(),
            duties=self.duties_edit.toPlainText(),
            achievement=self.achievement_edit.toPlainText(),
            override_reason=self.override_edit.text(),
        )

    def write(self, values: object) -> None:
        assert isinstance(values, NomineeInput)
        proposals.update_nominee(self._ws, self._nominee.id, values)


class ProblemsDialog(QDialog):
    """Why a batch cannot be submitted yet: one problem per line, easy to read and copy."""

    def __init__(self, problems: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The batch cannot be submitted yet"))
        intro = QLabel(self.tr("Fix these points, then submit again:"))
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        for p in problems:
            self.list.addItem(p)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(640, 360)

    def problems(self) -> list[str]:
        """The problems listed."""
        return [self.list.item(i).text() for i in range(self.list.count())]
