"""The movements page: the list of movements, the selected one's plan, summary and records,
and the yearly ratings grid."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.movements import Movement, MovementKind
from desktop.services import movements
from desktop.services.session import Workspace
from desktop.ui.models.movement_tables import RowsModel, money, number
from desktop.ui.pages.list_page import ListPage
from desktop.ui.pages.movement_tabs import (
    ContributionsTab,
    RegistrationsTab,
    SponsorshipsTab,
    movement_extra_tabs,
)
from desktop.ui.pages.ratings_grid import RatingsGrid
from desktop.ui.pages.record_tab import fit_to_width
from desktop.ui.pages.scores_tab import ScoresTab
from desktop.ui.pages.year_registrations import YearRegistrations
from desktop.ui.widgets.page_title import page_title


class MovementsPage(ListPage):
    """Movements on the left; on the right the selected movement's plan, summary and records."""

    history_kind = "movement"
    model: RowsModel

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self.movement: Movement | None = None
        self._build_ui()
        self.refresh()

    # --- layout --------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        title = page_title(self.tr("Emulation movements"))
        kinds = {
            MovementKind.REGULAR: self.tr("Regular"),
            MovementKind.CAMPAIGN: self.tr("Campaign"),
            MovementKind.THEMATIC: self.tr("Thematic"),
        }
        self.list_model = RowsModel(
            [self.tr("Movement"), self.tr("Period"), self.tr("Kind"), self.tr("Registered")],
            lambda r, c: (
                r[1],
                f"{r[3].year}" if r[3].year == r[4].year else f"{r[3].year}-{r[4].year}",
                kinds[r[2]],
                str(r[6]),
            )[c],
            self,
            right_aligned=(3,),
        )
        search = self.search_box(self.tr("Search movements (accents optional)"))
        self.list_view = self.record_table(self.list_model)
        self.list_view.horizontalHeader().setSortIndicatorShown(False)  # listed by start
        self.list_view.setWordWrap(True)
        fit_to_width(self.list_view, (200, 85, 70, 65))  # the list fits beside the plan
        buttons = QGridLayout()  # two by two: the list stays narrow beside the plan
        for i, b in enumerate(
            self.record_buttons(self.tr("New movement…"), self.tr("Edit…"), self.tr("Delete…"))
        ):
            buttons.addWidget(b, i // 2, i % 2)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(search)
        left_layout.addWidget(self.list_view)
        left_layout.addLayout(buttons)
        self.standard_keys(add_in=left)

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("summaryStrip")
        self.summary.setWordWrap(True)  # a long strip must not widen the window past the screen
        self.summary.setStyleSheet("QLabel#summaryStrip { background: #eef3fb; padding: 6px; }")
        self.plan_view = QTextBrowser()
        self.registrations = RegistrationsTab(self._ws)
        self.sponsorships = SponsorshipsTab(self._ws)
        self.contributions = ContributionsTab(self._ws)
        self.scores = ScoresTab(self._ws)
        self.extra_tabs = movement_extra_tabs(self._ws)  # issue 20: targets, activities
        self.tabs = QTabWidget()
        self.tabs.setUsesScrollButtons(True)
        self.tabs.addTab(self.plan_view, self.tr("Plan"))
        self.tabs.addTab(self.registrations, self.tr("Registrations"))
        self.tabs.addTab(self.sponsorships, self.tr("Sponsored communes"))
        self.tabs.addTab(self.contributions, self.tr("Contributions"))
        self.tabs.addTab(self.scores, self.tr("Scores and ranking"))
        for tab, label in self.extra_tabs:
            self.tabs.addTab(tab, label)
            tab.changed.connect(self._plan_changed)
        for tab in (self.registrations, self.sponsorships, self.contributions):
            tab.changed.connect(self._records_changed)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.tabs)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([380, 900])
        self.ratings = RatingsGrid(self._ws)
        self.sections = QTabWidget()
        self.sections.setUsesScrollButtons(True)
        self.sections.addTab(splitter, self.tr("Movements"))
        self.sections.addTab(self.ratings, self.tr("Yearly ratings"))
        self.year_registrations = YearRegistrations(self._ws)
        self.sections.addTab(self.year_registrations, self.tr("Registrations for the year"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.sections)

    # --- data ----------------------------------------------------------------------------------

    def refresh(self, select: int | None = None) -> None:
        """Reload the list, keeping (or moving to) a selected movement."""
        keep = select if select is not None else (self.movement.id if self.movement else None)
        rows = {
            r.id: (r.id, r.name, r.kind, r.start, r.end, r.plan_number, r.registrations)
            for r in movements.list_movements(self._ws, self.search.text())
        }
        self.list_model.set_ids(list(rows), lambda ids: {i: rows[i] for i in ids})
        # One load of the selected movement, not one per selection signal.
        selection = self.list_view.selectionModel()
        selection.blockSignals(True)
        self.keep_selection(keep)
        selection.blockSignals(False)
        self.list_view.viewport().update()
        self._show_movement(self.current_id())

    def page_shown(self) -> None:
        """Called by the main window when the page comes to the front: other pages may have
        changed units, people or initiatives."""
        self.refresh()
        self.ratings.reload_units()
        self.ratings.refresh()
        self.year_registrations.refresh()

    def selection_changed(self) -> None:
        mid = self.current_id()
        if mid != (self.movement.id if self.movement else None):
            self._show_movement(mid)

    def _show_movement(self, mid: int | None) -> None:
        self.movement = movements.get(self._ws, mid) if mid is not None else None
        for tab in (self.registrations, self.sponsorships, self.contributions, self.scores):
            tab.set_movement(self.movement)
        for extra, _label in self.extra_tabs:
            extra.set_movement(self.movement)
        self._show_plan()
        self._show_summary()
        super().selection_changed()

    def _plan_changed(self) -> None:
        """A tab changed the plan's own figures (targets): show them again."""
        if self.movement is not None:
            self.movement = movements.get(self._ws, self.movement.id)
        self._show_plan()
        self._show_summary()

    def _records_changed(self) -> None:
        self._show_summary()
        self.scores.refresh()

    def _show_summary(self) -> None:
        if self.movement is None:
            self.summary.setText(self.tr("No movement selected."))
            return
        s = movements.summary(self._ws, self.movement.id)
        self.summary.setText(
            self.tr(
                "Units registered: %1 · People registered: %2 · Communes sponsored: %3 "
                "(support %7 đồng) · Contributions: %4 đồng · Initiatives: %5 · Proposals: %6"
            )
            .replace("%1", str(s.units))
            .replace("%2", str(s.people))
            .replace("%3", str(s.communes))
            .replace("%4", money(s.contributions))
            .replace("%5", str(s.initiatives))
            .replace("%6", str(s.proposals))
            .replace("%7", money(s.support))
        )

    def _show_plan(self) -> None:
        if self.movement is None:
            self.heading.setText("")
            self.plan_view.clear()
            return
        d = self.movement.data
        basis_label = self.tr("Plan it implements")
        plan_label = self.tr("Our plan")
        achieved = self.tr("achieved")
        targets_label = self.tr("Targets")
        forms_label = self.tr("Award forms")
        milestones_label = self.tr("Milestones")
        self.heading.setText(f"<b>{escape(d.name)}</b> ({d.start:%d/%m/%Y} – {d.end:%d/%m/%Y})")
        parts = []
        if not d.basis.empty:
            parts.append(f"<p><b>{basis_label}:</b> {escape(d.basis.display())}</p>")
        if not d.plan.empty:
            parts.append(f"<p><b>{plan_label}:</b> {escape(d.plan.display())}</p>")
        for label, text in (
            (self.tr("Purpose"), d.purpose),
            (self.tr("Requirements"), d.requirements),
        ):
            if text:
                parts.append(f"<p><b>{label}:</b> {escape(text)}</p>")
        if d.targets:
            items = "".join(
                f"<li>{escape(t.description)}: {number(t.target_value)} {escape(t.unit_label)}"
                + (
                    f" — {achieved} {number(t.achieved_value)}"
                    if t.achieved_value is not None
                    else ""
                )
                + "</li>"
                for t in d.targets
            )
            parts.append(f"<p><b>{targets_label}:</b></p><ul>{items}</ul>")
        for g in d.groups:
            crits = "".join(
                f"<li>{escape(c.text)}"
                + (f" ({number(c.max_score)})" if c.max_score else "")
                + "</li>"
                for c in g.criteria
            )
            parts.append(f"<p><b>{escape(g.name)}</b></p><ul>{crits}</ul>")
        if d.award_forms:
            forms = "".join(f"<li>{escape(f)}</li>" for f in d.award_forms)
            parts.append(f"<p><b>{forms_label}:</b></p><ul>{forms}</ul>")
        if d.milestones:
            ms = "".join(f"<li>{m.due_on:%d/%m/%Y}: {escape(m.title)}</li>" for m in d.milestones)
            parts.append(f"<p><b>{milestones_label}:</b></p><ul>{ms}</ul>")
        self.plan_view.setHtml("".join(parts))

    # --- actions -------------------------------------------------------------------------------

    def add_record(self) -> None:
        """Open the form for a new movement (optionally a copy of an earlier one)."""
        from desktop.ui.dialogs.movement_dialog import MovementDialog

        new_id = MovementDialog.ask(self._ws, None, self)
        if new_id is not None:
            self.refresh(select=new_id)
            self.data_changed.emit()

    def open_record(self) -> None:
        """Edit the selected movement."""
        from desktop.ui.dialogs.movement_dialog import MovementDialog

        saved = self.edit_with(lambda mid: MovementDialog.ask(self._ws, mid, self))
        if saved is not None:
            self.refresh(select=saved)

    def history_of(self, record_id: int) -> tuple[str, str]:
        movement = movements.get(self._ws, record_id)
        return movement.uuid, movement.data.name

    def delete_message(self, movement_id: int) -> str:
        """The confirmation text: how many records go with the movement."""
        rec = movements.records(self._ws, movement_id)
        name = self.movement.data.name if self.movement else ""
        note = "\n\n" + self.tr("It goes to the recycle bin, from where it can be restored.")
        if rec.total == 0:
            return self.tr("Delete the movement “%1”?").replace("%1", name) + note
        return (
            self.tr("Delete the movement “%1” with its %2 records?")
            .replace("%1", name)
            .replace("%2", str(rec.total))
            + "\n\n"
            + self.tr(
                "%1 registrations, %2 scores, %3 sponsored communes with %4 support "
                "activities, %5 contributions."
            )
            .replace("%1", str(rec.registrations))
            .replace("%2", str(rec.scores))
            .replace("%3", str(rec.sponsorships))
            .replace("%4", str(rec.support_activities))
            .replace("%5", str(rec.contributions))
            + note
        )

    def delete_question(self, record_id: int) -> tuple[str, str]:
        return self.tr("Delete movement"), self.delete_message(record_id)

    def delete_record(self, record_id: int) -> None:
        movements.delete(self._ws, record_id)
