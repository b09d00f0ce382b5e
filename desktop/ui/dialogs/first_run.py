"""First start of the program in a new office: a short wizard (office identity, an empty data file or
the demo, people from Excel), shown when there is no data file at the default place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.domain.errors import ThiDuaError, ValidationError
from desktop.domain.office import OfficeInfo
from desktop.services import office, people, units
from desktop.services.session import Workspace
from desktop.ui import errors
from desktop.ui.dialogs.form_errors import FieldErrors
from desktop.ui.tasks import on_worker
from desktop.ui.widgets.office_fields import OfficeFields

OFFICE_PAGE, START_PAGE, IMPORT_PAGE = 0, 1, 2
DEMO_PEOPLE = 400


class OfficePage(QWizardPage):
    """Page 1: the office identity printed on every document."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your office"))
        self.setSubTitle(
            self.tr(
                "These details are printed in the header and the signature block of every "
                "document. Only the office name is required; you can change them later in "
                "Office and settings."
            )
        )
        self.errors = FieldErrors()
        self.fields = OfficeFields(QFormLayout(self), self.errors, "first_run_")
        self.edits = self.fields.edits
        self.info: OfficeInfo | None = None

    def values(self) -> OfficeInfo:
        """The fields as an OfficeInfo (not yet validated)."""
        return self.fields.values()

    def validatePage(self) -> bool:
        self.errors.clear()
        try:
            self.info = self.values().validated()
        except ValidationError as exc:
            self.fields.show_error(exc)
            return False
        return True


class StartPage(QWizardPage):
    """Page 2: start with an empty data file, or try the program on the demo data."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("How do you want to start?"))
        self.setSubTitle(
            self.tr("The sample data is kept apart and never mixes with the office's.")
        )
        self.empty = QRadioButton(self.tr("Start with empty data (the office's own data file)"))
        self.empty.setObjectName("first_run_empty")
        self.empty.setChecked(True)
        self.demo = QRadioButton(self.tr("Try the program on sample data"))
        self.demo.setObjectName("first_run_demo")
        empty_note = QLabel(
            self.tr(
                "Creates the data file %1. On the next page you can import units and people from "
                "Excel, or add them later."
            ).replace("%1", str(wizard.path))
        )
        demo_note = QLabel(
            self.tr(
                "Opens a separate file with a made-up office (%1 people, movements, initiatives, "
                "proposals) to practise on. Nothing is written to the office's data file: the "
                "next time the program starts, this wizard appears again."
            ).replace("%1", str(DEMO_PEOPLE))
        )
        layout = QVBoxLayout(self)
        for button, note in ((self.empty, empty_note), (self.demo, demo_note)):
            note.setWordWrap(True)
            note.setStyleSheet("color: #555; margin-left: 22px;")
            layout.addWidget(button)
            layout.addWidget(note)
        layout.addStretch(1)

    def nextId(self) -> int:
        return -1 if self.demo.isChecked() else IMPORT_PAGE

    def isFinalPage(self) -> bool:
        return self.demo.isChecked()

    def validatePage(self) -> bool:
        return self._wizard.create_database(demo=self.demo.isChecked())


class ImportPage(QWizardPage):
    """Page 3 (optional): units and people from Excel files."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Import from Excel (optional)"))
        self.setSubTitle(
            self.tr(
                "Import the units first, then the people (each person names a unit). You can "
                "skip this and do it later from the Units and People pages."
            )
        )
        self.units_button = QPushButton(self.tr("Import units from Excel…"))
        self.units_button.setObjectName("first_run_import_units")
        self.staff_button = QPushButton(self.tr("Import people from Excel…"))
        self.staff_button.setObjectName("first_run_import_staff")
        self.units_button.clicked.connect(lambda: self.import_kind("units"))
        self.staff_button.clicked.connect(lambda: self.import_kind("staff"))
        self.status = QLabel()
        self.status.setObjectName("first_run_import_status")
        row = QHBoxLayout()
        row.addWidget(self.units_button)
        row.addWidget(self.staff_button)
        from desktop.ui.pages.excel_actions import template_button

        self.template_button = template_button(self, "units", "staff")
        row.addWidget(self.template_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Show how many units and people the data file holds."""
        ws = self._wizard.workspace
        if ws is None:
            self.status.clear()
            return
        self.status.setText(
            self.tr("The data file now holds %1 unit(s) and %2 people.")
            .replace("%1", str(len(units.list_units(ws))))
            .replace("%2", str(people.count(ws)))
        )

    def import_kind(self, kind: str) -> None:
        """Choose a file, preview and import it (the usual import dialog)."""
        ws = self._wizard.workspace
        if ws is None:
            return
        from desktop.ui.dialogs.import_dialog import run_import

        run_import(self, ws, kind)
        self.refresh()


class FirstRunWizard(QWizard):
    """The three pages; `created()` is the data file to open once the wizard is done."""

    def __init__(self, path: Path, demo_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.demo_path = Path(demo_path)
        self.workspace: Workspace | None = None
        self._created: Path | None = None
        self.setWindowTitle(self.tr("Welcome to Thi đua"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.office_page = OfficePage(self)
        self.start_page = StartPage(self)
        self.import_page = ImportPage(self)
        self.setPage(OFFICE_PAGE, self.office_page)
        self.setPage(START_PAGE, self.start_page)
        self.setPage(IMPORT_PAGE, self.import_page)
        self.setStartId(OFFICE_PAGE)
        self.resize(640, 460)

    def created(self) -> Path | None:
        """The data file made by the wizard (None while nothing was created)."""
        return self._created

    def create_database(self, *, demo: bool) -> bool:
        """Create (or, for the demo, reuse) the data file and store the office identity."""
        if self.workspace is not None:
            return True  # came back with Back and Next: already created
        info = self.office_page.info or self.office_page.values().validated()
        target = self.demo_path if demo else self.path

        def create() -> Workspace:
            ws = Workspace.open(target)
            try:
                if demo and not units.list_units(ws):
                    from desktop.services import demo as demo_service

                    demo_service.fill(ws, people=DEMO_PEOPLE, seed=1)
                office.save(ws, info)
            except BaseException:
                ws.close()
                raise
            return ws

        try:
            ws = on_worker(self, create)  # the file is made and written by the database worker
        except (ThiDuaError, OSError) as exc:
            errors.show_error(self, exc)
            return False
        self.workspace = ws
        self._created = target
        return True

    def done(self, result: int) -> None:
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None
        super().done(result)


def run_first_run(path: Path, demo_path: Path) -> Path | None:
    """Show the wizard; the data file to open, or None when the user left before creating one."""
    wizard = FirstRunWizard(path, demo_path)
    wizard.exec()
    return wizard.created()
