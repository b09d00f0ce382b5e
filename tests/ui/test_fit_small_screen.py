"""Every page and every dialog fits the client area of a maximised window on a 1366×768 laptop
(1366×700). Dialogs are found in desktop/ui/dialogs (and the few elsewhere), so a new dialog
without a way to open it here fails the test until one is added to DIALOGS."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget, QWizard

import desktop.ui.dialogs
from desktop.domain.awards import CommendationType
from desktop.domain.participation import RegistrationInput, SponsorshipInput
from desktop.domain.proposals import BatchInput, NomineeInput, SubjectType
from desktop.domain.ratings import PersonRatingInput, Rating
from desktop.services import dossier, participation, proposals, ratings, transfer
from desktop.services.backups import Description
from desktop.services.session import Workspace
from desktop.ui.dialogs.form_base import FormDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.pages import PAGES
from desktop.ui.preferences import Preferences
from tests.exchange.helpers import make_xlsx
from tests.services.movement_data import Office, make_office

SCREEN = QSize(1366, 700)

# Modules outside desktop/ui/dialogs that define a dialog of their own.
OTHER_DIALOG_MODULES = (
    "desktop.ui.crash",
    "desktop.ui.pages.backups",
    "desktop.ui.pages.blocs",
    "desktop.ui.pages.bloc_tabs",
    "desktop.ui.widgets.due_list",
    "desktop.ui.widgets.name_history",
)


@pytest.fixture(autouse=True)
def _finish_background_work(qtbot) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Previews render on the worker: let them finish while their windows still exist."""
    yield
    from desktop.ui.tasks import worker_pool

    worker_pool().waitForDone(60_000)
    QApplication.processEvents()


@dataclass
class Data:
    ws: Workspace
    office: Office
    batch: int
    document: int
    sponsorship: int
    tmp: Path


@pytest.fixture
def data(ws: Workspace, tmp_path: Path) -> Data:
    office = make_office(ws)
    for pid in office.people.values():
        ratings.set_person_rating(ws, PersonRatingInput(pid, 2025, Rating.EXCELLENT))
    participation.register(
        ws,
        RegistrationInput(
            date(2025, 3, 1),
            "Tập thể lao động xuất sắc",
            unit_id=office.finance,
            movement_id=office.movement,
        ),
    )
    sponsorship = participation.add_sponsorship(
        ws, SponsorshipInput(office.movement, office.finance, office.commune)
    )
    batch = proposals.create_batch(
        ws, BatchInput("Khen thưởng tổng kết năm 2025", CommendationType.MERIT, 2025)
    )
    for pid in office.people.values():
        proposals.add_nominee(ws, batch, NomineeInput(SubjectType.PERSON, "CSTDCS", person_id=pid))
    issued = dossier.issue(ws, batch, tmp_path / "ho-so.pdf")
    return Data(ws, office, batch, issued.id, sponsorship, tmp_path)


def _registration_row(d: Data) -> object:
    from desktop.services import movements
    from desktop.ui.pages.movement_tabs import RegistrationsTab

    tab = RegistrationsTab(d.ws)
    tab.set_movement(movements.get(d.ws, d.office.movement))
    tab.ensure_loaded()
    return tab.model.row_data(0)[1]


def _preview(d: Data) -> transfer.ImportPreview:
    path = make_xlsx(
        d.tmp / "staff.xlsx",
        [
            ["Họ và tên", "Ngày sinh", "Số CCCD", "Đơn vị"],
            ["Nguyễn Văn An", "01/02/1980", "001080000001", "TCDN"],
            ["Trần Thị Bình", "1985", "", "Phòng không có trong danh sách đơn vị của Sở"],
        ],
    )
    return transfer.preview_import(d.ws, "staff", path)


def _bloc_member(d: Data):  # type: ignore[no-untyped-def]
    from desktop.domain.blocs import BlocInput, BlocMemberInput
    from desktop.domain.subjects import BlocKind
    from desktop.services import blocs

    bid = blocs.save_bloc(d.ws, BlocInput("Khối các cơ quan tổng hợp", BlocKind.KHOI, 2020))
    blocs.save_member(d.ws, bid, BlocMemberInput(d.office.finance))
    return blocs.year_view(d.ws, bid, 2025).members[0]


def _movement(d: Data):  # type: ignore[no-untyped-def]
    from desktop.services import movements

    return movements.get(d.ws, d.office.movement)


def _nominee(d: Data):  # type: ignore[no-untyped-def]
    return proposals.nominees(d.ws, d.batch)[0]


def _catalog(d: Data):  # type: ignore[no-untyped-def]
    from desktop.services import catalog

    return catalog.load(d.ws)


def _rule_sheet(d: Data):  # type: ignore[no-untyped-def]
    from desktop.services import candidates

    return candidates.rule_sheet(d.ws, d.office.movement)


def _package_preview():  # type: ignore[no-untyped-def]
    """A receive preview with many records, a few of them changed field by field."""
    from desktop.domain import packages as p

    office = p.Office("c5b5514b-3dd8-4ee4-b35b-1f4bf317fc46", "Ủy ban nhân dân xã Tân Hòa")
    changes = (p.FieldChange("position", "Cán bộ", "Công chức"),) * 3
    records = tuple(
        p.RecordChange("person", f"Người số {i} (CCCD 0011850{i:05d})", "cccd" if i % 5 else "")
        if i % 5 == 0
        else p.RecordChange("person", f"Người số {i}", "cccd", changes)
        for i in range(80)
    )
    return p.Preview(
        "id", "0" * 64, p.PackageKind.PROPOSAL, "Đề nghị khen thưởng tổng kết năm 2025",
        datetime(2025, 12, 10, 8), "0.1.0", office, office, True, False, False, False, records,
    )  # fmt: skip


def _description(kind: str) -> Description:
    return Description(Path(f"/x/{kind}.db"), None, kind, 8, 1000, {"unit": 2, "person": 40})


# How to open each dialog class with real data: "module.Class" -> factory.
DIALOGS: dict[str, Callable[[Data], QWidget]] = {
    "accounts.LoginDialog": lambda d: _acc("LoginDialog")(d.ws),
    "accounts.NewAccountDialog": lambda d: _acc("NewAccountDialog")(d.ws),
    "accounts.PasswordDialog": lambda d: _acc("PasswordDialog")(d.ws),
    "accounts.ManageAccountsDialog": lambda d: _acc("ManageAccountsDialog")(d.ws),
    "council_dialogs.MeetingDialog": lambda d: _cls("council_dialogs", "MeetingDialog")(
        d.ws, d.batch
    ),
    "candidate_rule_dialog.CandidateRuleDialog": lambda d: _cls(  # award grounds (issue 20)
        "candidate_rule_dialog", "CandidateRuleDialog"
    )(d.ws, _rule_sheet(d), _catalog(d)),
    "movement_candidates.CandidatesDialog": lambda d: _cls(
        "movement_candidates", "CandidatesDialog"
    )(d.ws, d.batch),
    "certificate_layout.CertificateLayoutDialog": lambda d: _cls(
        "certificate_layout", "CertificateLayoutDialog"
    )(d.ws),
    "certificate_print.CertificatePrintDialog": lambda d: _cls(
        "certificate_print", "CertificatePrintDialog"
    )(d.ws, d.batch),
    "council_roster.CouncilRosterDialog": lambda d: _cls("council_roster", "CouncilRosterDialog")(
        d.ws
    ),
    "council_dialogs.DecisionDialog": lambda d: _cls("council_dialogs", "DecisionDialog")(
        d.ws, d.batch
    ),
    "discipline_dialog.DisciplineDialog": lambda d: _cls("discipline_dialog", "DisciplineDialog")(
        d.ws, d.office.people["an"], 2025, "Nguyễn Văn An"
    ),
    "decision_dialog.DecisionDocumentDialog": lambda d: _cls(  # decision helper
        "decision_dialog", "DecisionDocumentDialog"
    )(d.ws, d.batch),
    "dossier_preview.DossierPreviewDialog": lambda d: _cls(
        "dossier_preview", "DossierPreviewDialog"
    )(d.ws, d.batch),
    "dossier_preview.IssuedPreviewDialog": lambda d: _cls("dossier_preview", "IssuedPreviewDialog")(
        d.ws, d.document, "Hồ sơ"
    ),
    "first_run.FirstRunWizard": lambda d: _cls("first_run", "FirstRunWizard")(
        d.tmp / "new.db", d.tmp / "demo.db"
    ),
    "help.HelpDialog": lambda d: _cls("help", "HelpDialog")(),
    "history.HistoryDialog": lambda d: _cls("history", "HistoryDialog")(d.ws),
    "household_dialog.HouseholdDialog": lambda d: _cls("household_dialog", "HouseholdDialog")(d.ws),
    "household_dialog.BlocLeadersDialog": lambda d: _cls("household_dialog", "BlocLeadersDialog")(
        d.ws
    ),
    "import_dialog.ImportPreviewDialog": lambda d: _cls("import_dialog", "ImportPreviewDialog")(
        _preview(d)
    ),
    "initiative_dialog.InitiativeDialog": lambda d: _cls("initiative_dialog", "InitiativeDialog")(
        d.ws
    ),
    "merge_dialog.MergeUnitsDialog": lambda d: _cls("merge_dialog", "MergeUnitsDialog")(d.ws),
    "movement_dialog.MovementDialog": lambda d: _cls("movement_dialog", "MovementDialog")(
        d.ws, d.office.movement
    ),
    "participation_dialogs.BulkRegisterDialog": lambda d: _cls(
        "participation_dialogs", "BulkRegisterDialog"
    )(d.ws, _movement(d)),
    "participation_dialogs.SponsorshipDialog": lambda d: _cls(
        "participation_dialogs", "SponsorshipDialog"
    )(d.ws, d.office.movement),
    "participation_dialogs.ActivityDialog": lambda d: _cls(
        "participation_dialogs", "ActivityDialog"
    )(d.ws, d.sponsorship),
    "participation_dialogs.ContributionDialog": lambda d: _cls(
        "participation_dialogs", "ContributionDialog"
    )(d.ws, d.office.movement),
    "package_preview.ReceivePreviewDialog": lambda d: _cls(  # exchange packages
        "package_preview", "ReceivePreviewDialog"
    )(d.ws, d.tmp / "de-nghi.tdkt", _package_preview()),
    "office_names.OfficeNamesDialog": lambda d: _cls("office_names", "OfficeNamesDialog")(d.ws),
    "person_dialog.PersonDialog": lambda d: _cls("person_dialog", "PersonDialog")(
        d.ws, d.office.people["an"]
    ),
    "process_history_preview.ProcessHistoryDialog": lambda d: _cls(
        "process_history_preview", "ProcessHistoryDialog"
    )(d.ws, d.batch),
    "proposal_dialogs.BatchDialog": lambda d: _cls("proposal_dialogs", "BatchDialog")(d.ws),
    "proposal_dialogs.NomineeDialog": lambda d: _cls("proposal_dialogs", "NomineeDialog")(
        d.ws, d.batch, _catalog(d)
    ),
    "proposal_dialogs.NomineeTextDialog": lambda d: _cls("proposal_dialogs", "NomineeTextDialog")(
        d.ws, _nominee(d)
    ),
    "proposal_dialogs.ProblemsDialog": lambda d: _cls("proposal_dialogs", "ProblemsDialog")(
        [f"Vấn đề số {i} của hồ sơ cần sửa trước khi trình" for i in range(40)]
    ),
    "registration_dialog.RegistrationDialog": lambda d: _cls(
        "registration_dialog", "RegistrationDialog"
    )(d.ws, _movement(d), _registration_row(d)),
    "unit_dialog.UnitDialog": lambda d: _cls("unit_dialog", "UnitDialog")(d.ws, d.office.finance),
    "unit_dialog.MoveUnitDialog": lambda d: _cls("unit_dialog", "MoveUnitDialog")(
        d.ws, d.office.finance
    ),
    "blocs.BlocDialog": lambda d: _other("desktop.ui.pages.blocs", "BlocDialog")(d.ws),
    "bloc_tabs.MemberDialog": lambda d: _other("desktop.ui.pages.bloc_tabs", "MemberDialog")(
        d.ws, _bloc_member(d)
    ),
    "due_list.DutyDialog": lambda d: _other("desktop.ui.widgets.due_list", "DutyDialog")(d.ws),
    "name_history.NameForm": lambda d: _other("desktop.ui.widgets.name_history", "NameForm")(
        d.ws, None, earlier=True, unit_id=d.office.finance
    ),
    "crash.CrashDialog": lambda d: _other("desktop.ui.crash", "CrashDialog")(
        "Traceback\n" * 200, d.tmp / "thidua.log"
    ),
    "backups.RestoreConfirmDialog": lambda d: _other(
        "desktop.ui.pages.backups", "RestoreConfirmDialog"
    )(_description("daily"), _description("current"), None),
}


def _cls(module: str, name: str) -> type[QWidget]:
    return _other(f"desktop.ui.dialogs.{module}", name)


def _acc(name: str) -> type[QWidget]:
    return _cls("accounts", name)


def _other(module: str, name: str) -> type[QWidget]:
    return getattr(importlib.import_module(module), name)  # type: ignore[no-any-return]


def dialog_classes() -> list[str]:
    """Every public QDialog/QWizard subclass defined in the dialog modules."""
    names = [
        f"desktop.ui.dialogs.{info.name}"
        for info in pkgutil.iter_modules(desktop.ui.dialogs.__path__)
    ]
    found = []
    for module_name in (*names, *OTHER_DIALOG_MODULES):
        module = importlib.import_module(module_name)
        for name, obj in inspect.getmembers(module, inspect.isclass):
            if obj.__module__ != module_name or name.startswith("_"):
                continue
            if issubclass(obj, FormDialog) and obj.values is FormDialog.values:
                continue  # a base of forms, never shown itself
            if issubclass(obj, (QDialog, QWizard)):
                found.append(f"{module_name.rsplit('.', 1)[1]}.{name}")
    return sorted(found)


def opening_size(widget: QWidget) -> QSize:
    """The size the window opens at: its own resize() or its size hint, never below its
    minimum."""
    layout = widget.layout()
    if layout is not None:
        layout.activate()
    size = widget.size() if widget.testAttribute(_RESIZED) else widget.sizeHint()
    return size.expandedTo(minimum_size(widget))


_RESIZED = Qt.WidgetAttribute.WA_Resized


def minimum_size(widget: QWidget) -> QSize:
    return widget.minimumSizeHint().expandedTo(widget.minimumSize())


def fits(size: QSize) -> bool:
    return size.width() <= SCREEN.width() and size.height() <= SCREEN.height()


def test_every_dialog_has_a_way_to_open_it_here() -> None:
    # a new dialog is measured as soon as it exists: it needs an entry in DIALOGS
    assert sorted(DIALOGS) == dialog_classes()


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_dialog_fits_the_laptop_screen(qtbot, data: Data, name: str) -> None:
    dialog = DIALOGS[name](data)
    qtbot.addWidget(dialog)
    opening = opening_size(dialog)
    minimum = minimum_size(dialog)
    assert fits(minimum), f"{name} needs at least {minimum.width()}×{minimum.height()}"
    assert fits(opening), f"{name} opens at {opening.width()}×{opening.height()}"


@pytest.fixture
def window(qtbot, data: Data, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setattr("desktop.ui.errors.show_error", lambda _p, exc: pytest.fail(repr(exc)))
    win = MainWindow(data.ws, Preferences())
    qtbot.addWidget(win)
    yield win


def test_the_main_window_opens_inside_the_screen(window: MainWindow) -> None:
    assert fits(window.size()), f"the window opens at {window.width()}×{window.height()}"


@pytest.mark.parametrize("key", [spec.key for spec in PAGES])
def test_page_fits_the_maximised_window(qtbot, window: MainWindow, key: str) -> None:
    # GIVEN the window as large as a maximised window on the laptop
    window.resize(SCREEN)
    window.show()
    qtbot.waitExposed(window)
    # WHEN the page is shown
    page = window.show_page(key)
    assert page is not None
    QApplication.processEvents()
    # THEN neither the page nor the window needs more room than the screen has
    minimum = minimum_size(window)
    assert fits(minimum), f"with {key} the window needs {minimum.width()}×{minimum.height()}"
    assert fits(window.size()), f"{key} grew the window to {window.width()}×{window.height()}"


def test_eligibility_result_column_is_seen_first_and_whole(qtbot, window: MainWindow) -> None:
    # GIVEN the maximised window on the laptop, the eligibility tab checked
    window.resize(SCREEN)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page("proposals")
    tab = page.eligibility  # type: ignore[union-attr]
    page.tabs.setCurrentWidget(tab)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: tab.task is not None and tab.task.done, timeout=30_000)
    assert tab.model.rowCount() > 0
    from desktop.ui.models.proposal_tables import E_RESULT

    table, header = tab.table, tab.table.horizontalHeader()
    # THEN the result column is inside the visible part of the table, without scrolling
    right = header.sectionViewportPosition(E_RESULT) + header.sectionSize(E_RESULT)
    assert header.sectionViewportPosition(E_RESULT) >= 0 and right <= table.viewport().width()
    # AND no result is cut: every shown text fits its column
    metrics = table.fontMetrics()
    widest = max(
        metrics.horizontalAdvance(str(tab.model.index(r, E_RESULT).data()))
        for r in range(tab.model.rowCount())
    )
    assert widest + 8 <= header.sectionSize(E_RESULT)


def _sideways(page: QWidget) -> list[str]:
    """The tables shown on the page that scroll sideways."""
    from PySide6.QtWidgets import QTableView

    return [
        f"{view.objectName() or type(view).__name__} in {type(view.parentWidget()).__name__}"
        for view in page.findChildren(QTableView)
        if view.isVisible() and view.horizontalScrollBar().maximum() > 0
    ]


def test_movements_page_and_its_tabs_do_not_scroll_sideways(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    # GIVEN the maximised window on the laptop, the movements page with a movement chosen
    window.resize(SCREEN)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page("movements")
    assert page.movement is not None  # type: ignore[union-attr]
    tabs = page.tabs  # type: ignore[union-attr]
    # THEN the list and every tab of the movement show their columns without scrolling
    seen = {}
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        QApplication.processEvents()
        seen[tabs.tabText(i)] = _sideways(page)
    assert all(not found for found in seen.values()), seen


def test_proposal_batches_list_does_not_scroll_sideways(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    # GIVEN the maximised window on the laptop, the batches tab of the proposals page
    window.resize(SCREEN)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page("proposals")
    page.tabs.setCurrentWidget(page.batches)  # type: ignore[union-attr]
    QApplication.processEvents()
    # THEN the window did not grow and the list of batches shows its columns without scrolling
    assert fits(window.size()), f"the window grew to {window.width()}×{window.height()}"
    assert page.batches.batch_table.horizontalScrollBar().maximum() == 0  # type: ignore[union-attr]
