"""The scores tab of a movement: scores entered in place, ranking per target group with ties."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.participation import ScoreInput
from desktop.services import participation
from desktop.services.session import Workspace
from desktop.ui.models.movement_tables import RankingModel
from desktop.ui.pages.movement_tabs import MovementTab
from desktop.ui.pages.record_tab import record_table
from desktop.ui.tasks import on_worker


class ScoresTab(MovementTab):
    """Scores of one target group for one year, entered in place, ranked with ties shown."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self.group_combo = QComboBox()
        self.year_spin = QSpinBox()
        self.year_spin.setRange(1990, 2100)
        self.model = RankingModel(self._commit, self)
        self.model.errorRaised.connect(lambda exc: self.show_error(exc))
        self.view = record_table(self.model, (40, 300))  # rank, participant, then by title
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
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
            on_worker(
                self,
                lambda: participation.set_score(
                    self._ws, None, clear=(registration_id, criterion_id, year)
                ),
            )
        else:
            entry = ScoreInput(registration_id, criterion_id, year, score)
            on_worker(self, lambda: participation.set_scores(self._ws, [entry]))

        # Re-rank after the edit has finished (the model must not reset inside setData); the
        # cursor stays on the participant just scored, in the next criterion's column.
        column = 3 + [c[0] for c in self.model.criteria].index(criterion_id)
        next_column = min(column + 1, self.model.total_column - 1)
        QTimer.singleShot(0, lambda: self._rerank_keeping(registration_id, next_column))

    def _rerank_keeping(self, registration_id: int, column: int) -> None:
        self.refresh_table()
        row = self.model.row_of(registration_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, column))

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
                self.show_error(exc)
