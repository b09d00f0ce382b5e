"""The tabs of the selected movement: registrations, sponsored communes, contributions, scores."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.movements import Movement
from desktop.domain.participation import ScoreInput
from desktop.services import participation
from desktop.services.session import Workspace
from desktop.ui.models.movement_tables import ID_ROLE, RankingModel, RowsModel, money, number


def _table(model: Any) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setDefaultSectionSize(22)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def _vn_date(iso: str | None) -> str:
    if not iso:
        return ""
    y, m, d = iso[:10].split("-")
    return f"{d}/{m}/{y}"


def _show(parent: QWidget, exc: BaseException) -> None:
    from desktop.ui.errors import show_error

    show_error(parent, exc)


class _Tab(QWidget):
    """A tab that shows one movement's records."""

    changed = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.movement: Movement | None = None

    def set_movement(self, movement: Movement | None) -> None:
        """Show the records of this movement (None: nothing); a hidden tab loads when shown."""
        self.movement = movement
        self._stale = True
        if self.isVisible():
            self.ensure_loaded()

    def ensure_loaded(self) -> None:
        """Load the records if the movement changed since the last load."""
        if getattr(self, "_stale", True):
            self._stale = False
            self.refresh()

    def showEvent(self, event: Any) -> None:
        self.ensure_loaded()
        super().showEvent(event)

    def refresh(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def _buttons(self, *buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        for b in buttons:
            row.addWidget(b)
        row.addStretch()
        return row


class RegistrationsTab(_Tab):
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
                r[2],
                kinds[r[1]],
                r[3],
                r[5],
                r[6],
                _vn_date(r[7]),
                r[9],
            )[c],
            self,
        )
        self.view = _table(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.add_button = QPushButton(self.tr("Register people or units…"))
        self.add_button.clicked.connect(self.register_many)
        self.remove_button = QPushButton(self.tr("Remove selected"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.clicked.connect(self.export)
        self.import_button = QPushButton(self.tr("Import from Excel…"))
        self.import_button.clicked.connect(self.import_file)
        layout = QVBoxLayout(self)
        layout.addLayout(
            self._buttons(
                self.add_button, self.remove_button, self.import_button, self.export_button
            )
        )
        layout.addWidget(self.view)

    def refresh(self) -> None:
        ids = participation.registration_ids(self._ws, self.movement.id) if self.movement else []
        self.model.set_ids(ids, lambda block: participation.registration_rows(self._ws, block))

    def register_many(self) -> None:
        """Open the bulk registration form."""
        from desktop.ui.dialogs.participation_dialogs import BulkRegisterDialog

        if self.movement is None:
            return
        dialog = BulkRegisterDialog(self._ws, self.movement, self)
        if dialog.exec():
            self.refresh()
            self.changed.emit()

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
        participation.delete_registrations(self._ws, ids)
        self.refresh()
        self.changed.emit()

    def import_file(self) -> None:
        """Import registrations (file rows name their movement) through the import preview."""
        from desktop.ui.pages.excel_actions import import_excel

        if import_excel(self, self._ws, "registrations"):
            self.refresh()
            self.changed.emit()

    def export(self) -> None:
        """Save this movement's registrations to an Excel file."""
        from desktop.services import transfer_ratings

        if self.movement is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export registrations"), "dang-ky-thi-dua.xlsx", "Excel (*.xlsx)"
        )
        if path:
            try:
                transfer_ratings.export_registrations(self._ws, path, self.movement.id)  # type: ignore[arg-type]
            except Exception as exc:
                _show(self, exc)


class SponsorshipsTab(_Tab):
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
                _vn_date(r[5]),
                str(r[7]),
                money(r[8]),
                r[6],
            )[c],
            self,
            right_aligned=(3, 4),
        )
        self.view = _table(self.model)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_activities())
        kinds = {
            "tien": self.tr("Money"),
            "hien_vat": self.tr("Goods"),
            "ngay_cong": self.tr("Working days"),
            "tu_van": self.tr("Advice"),
        }
        self.activities = RowsModel(
            [self.tr("Date"), self.tr("Activity"), self.tr("Kind"), self.tr("Value (đồng)")],
            lambda r, c: (_vn_date(r[1]), r[2], kinds.get(r[3], r[3]), money(r[4]))[c],
            self,
            right_aligned=(3,),
        )
        self.activity_view = _table(self.activities)
        self.add_button = QPushButton(self.tr("Sponsor a commune…"))
        self.add_button.clicked.connect(self.add_sponsorship)
        self.activity_button = QPushButton(self.tr("Add support activity…"))
        self.activity_button.clicked.connect(self.add_activity)
        layout = QVBoxLayout(self)
        layout.addLayout(self._buttons(self.add_button, self.activity_button))
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
        self.activities.set_rows(participation.activities(self._ws, sid) if sid else [])

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


class ContributionsTab(_Tab):
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
                _vn_date(r[7]),
                r[2],
                who.get(r[1], r[1]),
                what.get(r[3], r[3]),
                f"{number(r[4])} {r[5]}".strip(),
                money(r[6]),
                r[8],
                r[9],
            )[c],
            self,
            right_aligned=(4, 5),
        )
        self.view = _table(self.model)
        self.totals = RowsModel(
            [
                self.tr("Contributor"),
                self.tr("Who"),
                self.tr("Contributions"),
                self.tr("Total (đồng)"),
            ],
            lambda r, c: (r[0], who.get(r[1], r[1]), str(r[2]), money(r[3]))[c],
            self,
            right_aligned=(2, 3),
        )
        self.totals_view = _table(self.totals)
        self.total_label = QLabel()
        self.add_button = QPushButton(self.tr("Add contribution…"))
        self.add_button.clicked.connect(self.add)
        layout = QVBoxLayout(self)
        layout.addLayout(self._buttons(self.add_button))
        layout.addWidget(self.view, 3)
        layout.addWidget(self.total_label)
        layout.addWidget(self.totals_view, 2)

    def refresh(self) -> None:
        rows = participation.contributions(self._ws, self.movement.id) if self.movement else []
        self.model.set_rows(rows)
        totals = participation.contribution_totals(rows)
        self.totals.set_rows([(t[0], t[1], t[2], t[3]) for t in totals])
        self.total_label.setText(
            self.tr("Total of the movement: %1 đồng from %2 contributors")
            .replace("%1", money(sum(t[3] for t in totals)))
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


class ScoresTab(_Tab):
    """Scores of one target group for one year, entered in place, ranked with ties shown."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self.group_combo = QComboBox()
        self.year_spin = QSpinBox()
        self.year_spin.setRange(1990, 2100)
        self.model = RankingModel(self._commit, self)
        self.model.errorRaised.connect(lambda exc: _show(self, exc))
        self.view = _table(self.model)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.setColumnWidth(1, 220)
        self.export_button = QPushButton(self.tr("Export ranking to Excel…"))
        self.export_button.clicked.connect(self.export)
        group_label = QLabel(self.tr("Target &group:"))
        group_label.setBuddy(self.group_combo)
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year_spin)
        top = QHBoxLayout()
        top.addWidget(group_label)
        top.addWidget(self.group_combo, 1)
        top.addWidget(year_label)
        top.addWidget(self.year_spin)
        top.addWidget(self.export_button)
        self.hint = QLabel(
            self.tr(
                "Type a score in a criterion's cell; the ranking updates at once. "
                "Equal totals share a rank (shown as 2=)."
            )
        )
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view)
        layout.addWidget(self.hint)
        self.group_combo.currentIndexChanged.connect(lambda _i: self.refresh_table())
        self.year_spin.valueChanged.connect(lambda _v: self.refresh_table())

    def refresh(self) -> None:
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        if self.movement is not None:
            for g in self.movement.data.groups:
                self.group_combo.addItem(g.name, g.id)
            years = self.movement.data.years
            self.year_spin.blockSignals(True)
            self.year_spin.setRange(years[0], years[-1])
            from datetime import date

            self.year_spin.setValue(min(max(date.today().year, years[0]), years[-1]))
            self.year_spin.blockSignals(False)
        self.group_combo.blockSignals(False)
        self.refresh_table()

    def refresh_table(self) -> None:
        """Reload the scores and the ranking."""
        gid = self.group_combo.currentData()
        if self.movement is None or gid is None:
            self.model.set_data([], [])
            return
        year = self.year_spin.value()
        group, ranked = participation.ranking_order(self._ws, self.movement.id, gid, year)
        crits = [(c.id, c.text, c.max_score) for c in group.criteria if c.id is not None]
        self.model.set_data(
            crits, ranked, lambda block: participation.ranking_details(self._ws, group, block, year)
        )

    def _commit(self, registration_id: int, criterion_id: int, score: float | None) -> None:
        year = self.year_spin.value()
        if score is None:
            participation.set_score(self._ws, None, clear=(registration_id, criterion_id, year))
        else:
            participation.set_scores(
                self._ws, [ScoreInput(registration_id, criterion_id, year, score)]
            )
        from PySide6.QtCore import QTimer

        # Re-rank after the edit has finished (the model must not reset inside setData).
        QTimer.singleShot(0, self.refresh_table)

    def export(self) -> None:
        """Save the movement's ranking tables to Excel."""
        from desktop.services import transfer_ratings

        if self.movement is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export scores"), "cham-diem-thi-dua.xlsx", "Excel (*.xlsx)"
        )
        if path:
            try:
                transfer_ratings.export_scores(self._ws, path, self.movement.id)  # type: ignore[arg-type]
            except Exception as exc:
                _show(self, exc)
