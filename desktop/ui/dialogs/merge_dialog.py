"""Sáp nhập đơn vị: choose the units that merge, the unit they become part of and the date, see
what will move, then merge (one transaction; the old units stay as closed records)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import ThiDuaError, ValidationError
from desktop.domain.text import fold
from desktop.domain.unit_names import MergeMove, MergePlan
from desktop.services import unit_names, units
from desktop.services.session import Workspace
from desktop.ui.errors import show_error
from desktop.ui.style import mark_error
from desktop.ui.tasks import Task, run_with_progress, say_cancelled
from desktop.ui.widgets.name_history import day_edit, day_of, name_error_text
from desktop.ui.widgets.unit_picker import UnitPicker, office_order

_ID = Qt.ItemDataRole.UserRole
MERGE_DAY = date(2025, 7, 1)  # the 2025 reorganisation; the clerk changes it for other merges


def move_label(m: MergeMove) -> str:
    """What a merge moves, in the interface language."""
    known = {
        ("person", "unit_id"): QCoreApplication.translate("MergeUnits", "Staff and workers"),
        ("unit", "parent_id"): QCoreApplication.translate("MergeUnits", "Sub-units"),
        ("household", "unit_id"): QCoreApplication.translate("MergeUnits", "Households"),
        ("award_record", "unit_id"): QCoreApplication.translate("MergeUnits", "Awards received"),
        ("nominee", "unit_id"): QCoreApplication.translate("MergeUnits", "Award proposals"),
        ("unit_rating", "unit_id"): QCoreApplication.translate("MergeUnits", "Unit ratings"),
        ("registration", "unit_id"): QCoreApplication.translate(
            "MergeUnits", "Emulation registrations"
        ),
        ("contribution", "unit_id"): QCoreApplication.translate("MergeUnits", "Contributions"),
        ("sponsorship", "unit_id"): QCoreApplication.translate(
            "MergeUnits", "Sponsorships (sponsor)"
        ),
        ("sponsorship", "commune_id"): QCoreApplication.translate(
            "MergeUnits", "Sponsorships (sponsored commune)"
        ),
        ("initiative", "unit_id"): QCoreApplication.translate("MergeUnits", "Initiatives"),
        ("bloc_leader", "unit_id"): QCoreApplication.translate("MergeUnits", "Bloc leaders"),
    }
    return known.get((m.table, m.column), m.label)


class MergeUnitsDialog(QDialog):
    """The merge form; `plan` holds what was merged after it is accepted."""

    def __init__(
        self, ws: Workspace, parent: QWidget | None = None, *, selected: int | None = None
    ) -> None:
        super().__init__(parent)
        self._ws = ws
        self.plan: MergePlan | None = None
        self._previewed: tuple[tuple[int, ...], int | None, date] | None = None
        self.task: Task | None = None
        self.setWindowTitle(self.tr("Merge units"))
        closed = {m.from_unit_id for m in unit_names.merges(ws)}
        self._units = [u for u in office_order(units.list_units(ws)) if u.id not in closed]
        by_id = {u.id: u for u in self._units}

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a unit"))
        self.search.textChanged.connect(self._filter)
        self.sources = QListWidget()
        self.sources.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for u in self._units:
            parent_unit = by_id.get(u.parent_id) if u.parent_id else None
            label = f"{u.name} ({parent_unit.name})" if parent_unit else u.name
            item = QListWidgetItem(label)
            item.setData(_ID, u.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if u.id == selected else Qt.CheckState.Unchecked
            )
            self.sources.addItem(item)
        self.sources.itemChanged.connect(lambda _i: self._choice_changed())
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Units that merge (tick two or more, or one into another):")))
        left.addWidget(self.search)
        left.addWidget(self.sources, 1)

        self.target = UnitPicker()
        self.target.set_units(self._units)
        self.target.setCurrentIndex(-1)
        self.target.unitChanged.connect(lambda _u: self._choice_changed())
        self.merged_on = day_edit(MERGE_DAY)
        self.merged_on.dateChanged.connect(lambda _d: self._choice_changed())
        self.new_button = QPushButton(self.tr("New unit…"))
        self.new_button.setToolTip(
            self.tr("The units merge into a new one (e.g. a new ward): create it here")
        )
        self.new_button.clicked.connect(self.new_target)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(self.new_button)
        form = QFormLayout()
        into = QLabel(self.tr("Merge &into:"))
        into.setBuddy(self.target)  # the row holds a layout: the mnemonic needs its buddy
        form.addRow(into, target_row)
        form.addRow(self.tr("&From (first day):"), self.merged_on)
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.clicked.connect(self.preview)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("What moves"), self.tr("Moves"), self.tr("Stays with the old unit")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.summary = QLabel()
        self.summary.setObjectName("mergeSummary")
        self.summary.setWordWrap(True)
        self.clash = QLabel()
        self.clash.setObjectName("mergeSharedNames")
        self.clash.setWordWrap(True)
        self.clash.setStyleSheet("color: #8a5a00;")
        self.clash.hide()
        note = QLabel(
            self.tr(
                "The merged units are kept as closed records with their names, so old papers and "
                "the award history still show the name an award was given under. A row that would "
                "repeat one of the receiving unit's own (e.g. a rating of the same year) stays with "
                "the old unit."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.preview_button, 0, Qt.AlignmentFlag.AlignLeft)
        right.addWidget(self.table, 1)
        right.addWidget(self.summary)
        right.addWidget(self.clash)
        right.addWidget(note)

        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(
            self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        root = QVBoxLayout(self)
        root.addLayout(body, 1)
        root.addWidget(self.buttons)
        self.resize(980, 560)

    # --- choice ------------------------------------------------------------------------------

    def _filter(self, text: str) -> None:
        key = fold(text)
        for row in range(self.sources.count()):
            item = self.sources.item(row)
            item.setHidden(bool(key) and key not in fold(item.text()))

    def chosen(self) -> list[int]:
        """The ticked units."""
        return [
            int(self.sources.item(r).data(_ID))
            for r in range(self.sources.count())
            if self.sources.item(r).checkState() == Qt.CheckState.Checked
        ]

    def set_chosen(self, ids: list[int]) -> None:
        """Tick exactly these units."""
        for r in range(self.sources.count()):
            item = self.sources.item(r)
            wanted = int(item.data(_ID)) in ids
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def new_target(self) -> None:
        """Create the unit they merge into (under the first ticked unit's parent) and pick it."""
        from desktop.ui.dialogs.unit_dialog import UnitDialog

        by_id = {u.id: u for u in self._units}
        first = next((by_id[i] for i in self.chosen() if i in by_id), None)
        created = UnitDialog.ask(self, self._ws, parent_id=first.parent_id if first else None)
        if created is None:
            return
        closed = {m.from_unit_id for m in unit_names.merges(self._ws)}
        self._units = [u for u in office_order(units.list_units(self._ws)) if u.id not in closed]
        self.target.set_units(self._units)
        self.target.set_unit_id(created)
        self._choice_changed()

    def _key(self) -> tuple[tuple[int, ...], int | None, date]:
        return tuple(self.chosen()), self.target.unit_id(), day_of(self.merged_on)

    def _choice_changed(self) -> None:
        self.merge_button.setEnabled(self._previewed is not None and self._previewed == self._key())

    # --- preview and merge -------------------------------------------------------------------

    def _failed(self, exc: BaseException) -> None:
        self.preview_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.summary.setText(name_error_text(exc))
            self.clash.hide()
            mark_error(self.summary)
        elif isinstance(exc, ThiDuaError):
            show_error(self, exc, self.tr("Cannot merge"))
        else:
            raise exc

    def preview(self) -> None:
        """Show what the merge would move (nothing is written)."""
        key = self._key()
        sources, target, day = key
        if target is None:
            self.summary.setText(self.tr("Choose the unit they merge into."))
            mark_error(self.summary)
            return
        self.preview_button.setEnabled(False)

        def shown(plan: MergePlan) -> None:
            self.preview_button.setEnabled(True)
            self._show_plan(plan)
            self._previewed = key
            self._choice_changed()

        def cancelled() -> None:
            self.preview_button.setEnabled(True)
            say_cancelled(self)

        ws = self._ws
        self.task = run_with_progress(
            self,
            lambda _p: unit_names.merge_preview(ws, list(sources), target, day),
            shown,
            self._failed,
            self.tr("Working out what the merge moves…"),
            on_cancelled=cancelled,
        )

    def _show_plan(self, plan: MergePlan) -> None:
        self.summary.setStyleSheet("")
        self.table.setRowCount(len(plan.moves))
        for row, m in enumerate(plan.moves):
            for col, value in enumerate((move_label(m), str(m.moved), str(m.kept or ""))):
                item = QTableWidgetItem(value)
                if col:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, item)
        self.summary.setText(
            self.tr("%1 merge into %2 from %3: %4 record(s) move.")
            .replace("%1", ", ".join(plan.from_names))
            .replace("%2", plan.into_name)
            .replace("%3", f"{plan.merged_on:%d/%m/%Y}")
            .replace("%4", str(plan.moved_total))
        )
        self.clash.setText(
            self.tr(
                "After the merge, sub-units of %1 share a name: %2. Rename them afterwards "
                "(e.g. number the khóm again) so lists and imports can tell them apart."
            )
            .replace("%1", plan.into_name)
            .replace("%2", ", ".join(plan.shared_names))
        )
        self.clash.setVisible(bool(plan.shared_names))

    def accept(self) -> None:
        if self._previewed is None or self._previewed != self._key():
            return
        sources, target, day = self._previewed
        assert target is not None
        self.merge_button.setEnabled(False)

        def done(plan: MergePlan) -> None:
            self.plan = plan
            QDialog.accept(self)

        def cancelled() -> None:  # rolled back whole: nothing was merged
            self.merge_button.setEnabled(True)
            say_cancelled(self)

        ws = self._ws
        # Progress per table moved, and a real Cancel: the merge is one transaction that a
        # Cancel rolls back at its next step or just before it commits.
        self.task = run_with_progress(
            self,
            lambda _p: unit_names.merge(ws, list(sources), target, day),
            done,
            self._failed,
            self.tr("Merging units…"),
            on_cancelled=cancelled,
        )
