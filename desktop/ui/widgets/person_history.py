"""A person's ratings, discipline, registrations and contributions, year by year."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from desktop.services import ratings
from desktop.services.session import Workspace
from desktop.ui.models.movement_tables import money, rating_label


class PersonHistory(QGroupBox):
    """A tree: one line per year (rating and discipline), with the year's registrations and
    contributions below it. Embeddable in the person form."""

    def __init__(self, ws: Workspace, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("History by year"), parent)
        self._ws = ws
        self.person_id = person_id
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(
            [self.tr("Year"), self.tr("Rating, registrations, contributions")]
        )
        self.tree.setColumnWidth(0, 110)
        self.tree.setMinimumHeight(120)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        self.refresh()

    def refresh(self) -> None:
        """Reload from the database."""
        self.tree.clear()
        years = ratings.history(self._ws, self.person_id)
        if not years:
            QTreeWidgetItem(
                self.tree, ["", self.tr("No ratings, registrations or contributions yet.")]
            )
            return
        for y in years:
            parts = []
            if y.rating:
                parts.append(f"{y.rating} — {rating_label(y.rating)}")
            if y.discipline:
                parts.append(self.tr("Discipline: %1").replace("%1", y.discipline))
            top = QTreeWidgetItem(
                self.tree, [str(y.year), "; ".join(parts) or self.tr("(not rated)")]
            )
            for title in y.registrations:
                QTreeWidgetItem(top, [self.tr("Registered"), title])
            for kind, value in y.contributions:
                QTreeWidgetItem(top, [self.tr("Contributed"), f"{kind}: {money(value)} đồng"])
            top.setExpanded(y is years[0])

    def lines(self) -> list[str]:
        """The top-level lines as shown (for tests and copying)."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is not None:
                out.append(f"{item.text(0)} {item.text(1)}".strip())
        return out
