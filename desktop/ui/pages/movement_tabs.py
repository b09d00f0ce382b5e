"""The tabs of the selected movement: registrations, sponsored communes, contributions, scores."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.movements import Movement
from desktop.services import participation
from desktop.services.session import Workspace
from desktop.ui.models.lazy_table import ID_ROLE
from desktop.ui.models.movement_tables import RowsModel, money, number
from desktop.ui.pages.record_tab import RecordTab, record_table


class MovementTab(RecordTab):
    """A tab that shows one movement's records (`set_movement`)."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self.movement: Movement | None = None

    def set_movement(self, movement: Movement | None) -> None:
        """Show the records of this movement (None: nothing); a hidden tab loads when shown."""
        self.movement = movement
        self.record_changed()

    def export_movement(self, title: str, filename: str, write: Callable[..., object]) -> None:
        """Ask for an Excel file and write this movement's rows to it with `write`."""
        if self.movement is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, title, filename, "Excel (*.xlsx)")
        if path:
            try:
                write(self._ws, path, self.movement.id)
            except Exception as exc:
                self.show_error(exc)


class RegistrationsTab(MovementTab):
    """Who registered, for which title, in which target group."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        kinds = {"p": self.tr("Person"), "u": self.tr("Unit")}
        self.model = RowsModel(
            [
                self.tr("Name"),
                self.tr("Person / unit"),
                self.tr("Unit"),
                self.tr("Target group"),
                self.tr("Title registered for"),
                self.tr("Date"),
                self.tr("Commitments"),
            ],
            lambda r, c: (
                r[1].name,
                kinds[r[1].participant],
                r[1].unit_name,
                r[1].group_name,
                r[1].title,
                f"{r[1].registered_on:%d/%m/%Y}",
                r[1].commitments,
            )[c],
            self,
        )
        self.view = record_table(self.model, (300, 60, 160, 120, 140, 70, 100))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.doubleClicked.connect(lambda index: self.edit(index.row()))
        self.add_button = QPushButton(self.tr("Register people or units…"))
        self.add_button.clicked.connect(self.register_many)
        self.remove_button = QPushButton(self.tr("Remove selected"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.clicked.connect(self.export)
        self.import_button = QPushButton(self.tr("Import from Excel…"))
        self.import_button.clicked.connect(self.import_file)
        from desktop.ui.pages.excel_actions import template_button

        self.template_button = template_button(self, "registrations")
        layout = QVBoxLayout(self)
        layout.addLayout(
            self.button_row(
                self.add_button,
                self.remove_button,
                self.import_button,
                self.template_button,
                self.export_button,
            )
        )
        layout.addWidget(self.view)

    def refresh(self) -> None:
        ids = participation.registration_ids(self._ws, self.movement.id) if self.movement else []
        self.model.set_ids(
            ids,
            lambda block: {
                k: (k, r) for k, r in participation.registration_rows(self._ws, block).items()
            },
        )

    def register_many(self) -> None:
        """Open the bulk registration form."""
        from desktop.ui.dialogs.participation_dialogs import BulkRegisterDialog

        if self.movement is None:
            return
        dialog = BulkRegisterDialog(self._ws, self.movement, self)
        if dialog.exec():
            self.refresh()
            self.changed.emit()

    def edit(self, row: int) -> bool:
        """Change the title, group, date or commitments of a registration."""
        from desktop.ui.dialogs.registration_dialog import RegistrationDialog

        if self.movement is None or not 0 <= row < self.model.rowCount():
            return False
        dialog = RegistrationDialog(self._ws, self.movement, self.model.row_data(row)[1], self)
        if dialog.exec() != RegistrationDialog.DialogCode.Accepted:
            return False
        self.refresh()
        self.changed.emit()
        return True

    def selected_ids(self) -> list[int]:
        """Registration ids of the selected rows."""
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.index(r, 0).data(ID_ROLE) for r in rows]

    def remove_selected(self) -> None:
        """Delete the selected registrations after a confirmation (their scores go too)."""
        ids = self.selected_ids()
        if not ids:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove registrations"),
            self.tr("Remove %n registration(s) and their scores?", "", len(ids)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.run_write(lambda: participation.delete_registrations(self._ws, ids)):
            self.refresh()

    def import_file(self) -> None:
        """Import registrations (file rows name their movement) through the import preview."""
        self.import_kind("registrations")

    def export(self) -> None:
        """Save this movement's registrations to an Excel file."""
        from desktop.services import transfer_ratings

        self.export_movement(
            self.tr("Export registrations"),
            "dang-ky-thi-dua.xlsx",
            transfer_ratings.export_registrations,
        )


class SponsorshipsTab(MovementTab):
    """Sponsored communes and their support activities."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self.model = RowsModel(
            [
                self.tr("Sponsoring unit"),
                self.tr("Commune"),
                self.tr("Since"),
                self.tr("Activities"),
                self.tr("Value (đồng)"),
                self.tr("Note"),
            ],
            lambda r, c: (
                r[2],
                r[4],
                f"{r[5]:%d/%m/%Y}" if r[5] else "",
                str(r[7]),
                money(r[8]),
                r[6],
            )[c],
            self,
            right_aligned=(3, 4),
        )
        self.view = record_table(self.model, (230, 170, 90, 80, 120))
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_activities())
        kinds = {
            "tien": self.tr("Money"),
            "hien_vat": self.tr("Goods"),
            "ngay_cong": self.tr("Working days"),
            "tu_van": self.tr("Advice"),
        }
        self.activities = RowsModel(
            [self.tr("Date"), self.tr("Activity"), self.tr("Kind"), self.tr("Value (đồng)")],
            lambda r, c: (
                f"{r[1].done_on:%d/%m/%Y}",
                r[1].description,
                kinds[r[1].kind],
                money(r[1].value),
            )[c],
            self,
            right_aligned=(3,),
        )
        self.activity_view = record_table(self.activities, (90, 520, 110))
        self.add_button = QPushButton(self.tr("Sponsor a commune…"))
        self.add_button.clicked.connect(self.add_sponsorship)
        self.activity_button = QPushButton(self.tr("Add support activity…"))
        self.activity_button.clicked.connect(self.add_activity)
        self.remove_button = QPushButton(self.tr("Remove sponsorship"))
        self.remove_button.clicked.connect(self.remove_sponsorship)
        self.remove_activity_button = QPushButton(self.tr("Remove activity"))
        self.remove_activity_button.clicked.connect(self.remove_activity)
        layout = QVBoxLayout(self)
        layout.addLayout(
            self.button_row(
                self.add_button,
                self.activity_button,
                self.remove_button,
                self.remove_activity_button,
            )
        )
        layout.addWidget(self.view, 3)
        layout.addWidget(QLabel(self.tr("Support activities of the selected sponsorship:")))
        layout.addWidget(self.activity_view, 2)

    def refresh(self) -> None:
        rows = participation.sponsorships(self._ws, self.movement.id) if self.movement else []
        self.model.set_rows([tuple(vars_of(r)) for r in rows])
        self._show_activities()

    def current_id(self) -> int | None:
        """The selected sponsorship."""
        index = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _show_activities(self) -> None:
        sid = self.current_id()
        kept = participation.activities(self._ws, sid) if sid else []
        self.activities.set_rows([(a.id, a) for a in kept])

    def add_sponsorship(self) -> None:
        """Open the sponsorship form."""
        from desktop.ui.dialogs.participation_dialogs import SponsorshipDialog

        if self.movement is not None and SponsorshipDialog(self._ws, self.movement.id, self).exec():
            self.refresh()
            self.changed.emit()

    def add_activity(self) -> None:
        """Record an activity for the selected sponsorship."""
        from desktop.ui.dialogs.participation_dialogs import ActivityDialog

        sid = self.current_id()
        if sid is None:
            QMessageBox.information(
                self, self.windowTitle(), self.tr("Select a sponsorship first.")
            )
            return
        row = self.view.currentIndex().row()
        if ActivityDialog(self._ws, sid, self).exec():
            self.refresh()
            self.view.selectRow(row)
            self.changed.emit()

    def remove_sponsorship(self) -> None:
        """Remove the selected sponsorship with its activities, after a confirmation."""
        sid = self.current_id()
        if sid is None:
            return
        row = self.model.row_data(self.view.currentIndex().row())
        text = (
            self.tr("Remove the sponsorship of %1 by %2 with its %3 activities?")
            .replace("%1", str(row[4]))
            .replace("%2", str(row[2]))
            .replace("%3", str(row[7]))
        )
        if _confirm(self, self.tr("Remove sponsorship"), text) and self.run_write(
            lambda: participation.delete_sponsorship(self._ws, sid)
        ):
            self.refresh()

    def remove_activity(self) -> None:
        """Remove the selected support activity."""
        index = self.activity_view.currentIndex()
        if not index.isValid():
            return
        if _confirm(self, self.tr("Remove activity"), self.tr("Remove the selected activity?")):
            row = self.view.currentIndex().row()
            ident = index.data(ID_ROLE)
            if self.run_write(lambda: participation.delete_activity(self._ws, ident)):
                self.refresh()
                self.view.selectRow(row)


def _confirm(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def vars_of(line: Any) -> tuple[Any, ...]:
    """A SponsorshipLine as a tuple (id first)."""
    return (
        line.id,
        line.unit_id,
        line.unit_name,
        line.commune_id,
        line.commune_name,
        line.since,
        line.note,
        line.activities,
        line.total_value,
    )


class ContributionsTab(MovementTab):
    """Contributions with the totals per contributor and for the movement."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        who = {
            "ca_nhan": self.tr("Person"),
            "don_vi": self.tr("Unit"),
            "doanh_nghiep": self.tr("Business"),
            "ho_gia_dinh": self.tr("Household"),
        }
        what = {
            "tien": self.tr("Money"),
            "hien_vat": self.tr("Goods"),
            "ngay_cong": self.tr("Working days"),
            "dat_dai": self.tr("Land"),
        }
        self.model = RowsModel(
            [
                self.tr("Date"),
                self.tr("Contributor"),
                self.tr("Who"),
                self.tr("Kind"),
                self.tr("Quantity"),
                self.tr("Value (đồng)"),
                self.tr("Went to"),
                self.tr("Evidence"),
            ],
            lambda r, c: (
                f"{r[1].given_on:%d/%m/%Y}",
                r[1].contributor_name,
                who.get(r[1].contributor_kind, r[1].contributor_kind),
                what.get(r[1].kind, r[1].kind),
                f"{number(r[1].quantity)} {r[1].quantity_unit}".strip(),
                money(r[1].value),
                r[1].beneficiary,
                r[1].evidence,
            )[c],
            self,
            right_aligned=(4, 5),
        )
        self.view = record_table(self.model, (90, 220, 100, 90, 120, 120, 240))
        self.totals = RowsModel(
            [
                self.tr("Contributor"),
                self.tr("Who"),
                self.tr("Contributions"),
                self.tr("Total (đồng)"),
            ],
            lambda r, c: (
                r[1].name,
                who.get(r[1].kind, r[1].kind),
                str(r[1].count),
                money(r[1].total),
            )[c],
            self,
            right_aligned=(2, 3),
        )
        self.totals_view = record_table(self.totals, (260, 120, 110))
        self.total_label = QLabel()
        self.add_button = QPushButton(self.tr("Add contribution…"))
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Remove contribution"))
        self.remove_button.clicked.connect(self.remove)
        layout = QVBoxLayout(self)
        layout.addLayout(self.button_row(self.add_button, self.remove_button))
        layout.addWidget(self.view, 3)
        layout.addWidget(self.total_label)
        layout.addWidget(self.totals_view, 2)

    def refresh(self) -> None:
        rows = participation.contributions(self._ws, self.movement.id) if self.movement else []
        self.model.set_rows([(r.id, r) for r in rows])
        totals = participation.contribution_totals(rows)
        self.totals.set_rows([(t.name, t) for t in totals])
        self.total_label.setText(
            self.tr("Total of the movement: %1 đồng from %2 contributors")
            .replace("%1", money(sum(t.total for t in totals)))
            .replace("%2", str(len(totals)))
        )

    def add(self) -> None:
        """Open the contribution form."""
        from desktop.ui.dialogs.participation_dialogs import ContributionDialog

        if (
            self.movement is not None
            and ContributionDialog(self._ws, self.movement.id, self).exec()
        ):
            self.refresh()
            self.changed.emit()

    def remove(self) -> None:
        """Remove the selected contribution after a confirmation."""
        index = self.view.currentIndex()
        if not index.isValid():
            return
        if _confirm(
            self, self.tr("Remove contribution"), self.tr("Remove the selected contribution?")
        ):
            ident = index.data(ID_ROLE)
            if self.run_write(lambda: participation.delete_contribution(self._ws, ident)):
                self.refresh()


def movement_extra_tabs(ws: Workspace) -> list[tuple[MovementTab, str]]:
    """The tabs that later areas add to a movement (targets by year, the activity log)."""
    from PySide6.QtCore import QCoreApplication

    from desktop.ui.pages.activities_tab import ActivitiesTab
    from desktop.ui.pages.grounds_tab import GroundsTab
    from desktop.ui.pages.targets_tab import TargetsTab

    return [
        (TargetsTab(ws), QCoreApplication.translate("MovementsPage", "Targets by year")),
        (
            ActivitiesTab(ws),
            QCoreApplication.translate("MovementsPage", "Propaganda and inspection"),
        ),
        (GroundsTab(ws), QCoreApplication.translate("MovementsPage", "Award grounds")),
    ]
