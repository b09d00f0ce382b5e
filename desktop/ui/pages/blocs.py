"""The "Emulation blocs" page: khối and cụm thi đua with their members (rotation order), the
chairing units and the leading unit of each year, the khối's criteria, scores and ranking, and
its proposal for the province's Cờ thi đua (the leading unit)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.blocs import Bloc, BlocInput
from desktop.domain.subjects import BlocKind
from desktop.services import blocs
from desktop.services.session import Workspace
from desktop.ui.dialogs.form_base import Buttons, FormDialog, run_form
from desktop.ui.messages import error_text
from desktop.ui.pages.bloc_tabs import MembersTab, ScoresTab, YearsTab
from desktop.ui.pages.list_page import ListPage
from desktop.ui.widgets.page_title import list_detail_layout


def _year_box(minimum: int = 0) -> QSpinBox:
    box = QSpinBox()
    box.setRange(minimum, 2100)
    return box


class BlocDialog(FormDialog):
    """Name, kind, first year and note of a khối or cụm."""

    validation_words = staticmethod(error_text)  # the unit form's words for a name do not fit

    def __init__(
        self, ws: Workspace, bloc: Bloc | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ws, parent, ok=Buttons.Ok)
        self._bloc = bloc
        self.setWindowTitle(self.tr("Emulation bloc"))
        self.setup()
        self.resize(460, 200)

    def _build_ui(self) -> None:
        bloc = self._bloc
        self.name = QLineEdit(bloc.name if bloc else "")
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Khối thi đua"), BlocKind.KHOI.value)
        self.kind.addItem(self.tr("Cụm thi đua"), BlocKind.CUM.value)
        self.since = _year_box()
        self.since.setSpecialValueText(self.tr("(not known)"))
        self.note = QLineEdit(bloc.note if bloc else "")
        if bloc is not None:
            self.kind.setCurrentIndex(self.kind.findData(bloc.kind.value))
            self.since.setValue(bloc.since_year or 0)
        else:
            self.since.setValue(0)
        self.add_row("name", self.tr("Name"), self.name)
        self.add_row("kind", self.tr("Kind"), self.kind)
        self.add_row("since_year", self.tr("Set up in"), self.since)
        self.add_row("note", self.tr("Note"), self.note)
        super()._build_ui()

    def values(self) -> BlocInput:
        """The entered khối."""
        return BlocInput(
            self.name.text(),
            BlocKind(self.kind.currentData()),
            self.since.value() or None,
            self.note.text(),
        )

    def write(self, values: object) -> int:
        assert isinstance(values, BlocInput)
        return blocs.save_bloc(self._ws, values, self._bloc.id if self._bloc else None)


class BlocsPage(ListPage):
    """Khối and cụm thi đua: the list on the left, the chosen khối's tabs on the right."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self._blocs: list[Bloc] = []
        self.bloc_list = QListWidget()
        self.bloc_list.setObjectName("bloc_list")
        self.bloc_list.setFixedWidth(250)
        self.bloc_list.setWordWrap(True)
        buttons = self.record_buttons(self.tr("New…"), self.tr("Edit…"), self.tr("Delete"))
        self.new_button = buttons[0]
        self.year_spin = _year_box(1990)
        self.year_spin.setValue(date.today().year)
        self.heading = QLabel()
        self.heading.setObjectName("bloc_heading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.members_tab = MembersTab(ws, self)
        self.years_tab = YearsTab(ws, self)
        self.scores_tab = ScoresTab(ws, self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.members_tab, self.tr("Members"))
        self.tabs.addTab(self.years_tab, self.tr("Chairs and leading unit by year"))
        self.tabs.addTab(self.scores_tab, self.tr("Criteria, scores and ranking"))
        left = QVBoxLayout()
        left.addWidget(self.bloc_list, 1)
        row = QHBoxLayout()
        for b in buttons:
            row.addWidget(b)
        left.addLayout(row)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year_spin)
        top.addWidget(year_label)
        top.addWidget(self.year_spin)
        right = QVBoxLayout()
        right.addLayout(top)
        right.addWidget(self.tabs, 1)
        list_detail_layout(
            self,
            self.tr("Emulation blocs"),
            self.tr(
                "A khối or cụm thi đua scores its members on its criteria each year; the unit "
                "that leads it is the one proposed for the province's Cờ thi đua."
            ),
            left,
            right,
        )
        self.show_records(self.bloc_list)
        self.standard_keys(add_in=self.bloc_list)
        self.year_spin.valueChanged.connect(lambda _v: self.show_bloc())
        for tab in (self.members_tab, self.years_tab, self.scores_tab):
            tab.changed.connect(self.show_bloc)
        self.refresh()

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self.refresh()

    def refresh(self, select: int | None = None) -> None:
        """Fill the list of khối (keeping or choosing the selection)."""
        current = self.bloc()
        wanted = select if select is not None else (current.id if current else None)
        self._blocs = blocs.list_blocs(self._ws)
        self.fill_list(self.bloc_list, [(b.id, b.label) for b in self._blocs], wanted)
        self.show_bloc()

    def bloc(self) -> Bloc | None:
        """The chosen khối."""
        row = self.bloc_list.currentRow()
        return self._blocs[row] if 0 <= row < len(self._blocs) else None

    def selection_changed(self) -> None:
        self.show_bloc()

    def show_bloc(self) -> None:
        """Show the chosen khối's tabs for the chosen year."""
        super().selection_changed()
        bloc = self.bloc()
        self.tabs.setEnabled(bloc is not None)
        year = self.year_spin.value()
        if bloc is None:
            self.heading.setText(self.tr("No khối yet: add one with “New…”."))
            return
        view = blocs.year_view(self._ws, bloc.id, year)
        self.heading.setText(
            self.tr("%1 — %2 member(s) in %3")
            .replace("%1", bloc.label)
            .replace("%2", str(len(view.active)))
            .replace("%3", str(year))
        )
        for tab in (self.members_tab, self.years_tab, self.scores_tab):
            tab.show_view(view)

    def add_record(self) -> int | None:
        return self.new_bloc()

    def open_record(self) -> None:
        self.edit_bloc()

    def new_bloc(self, dialog: BlocDialog | None = None) -> int | None:
        """Add a khối; its id."""
        saved = run_form(dialog or BlocDialog(self._ws, None, self))
        if saved is not None:
            self.refresh(saved)
        return saved

    def edit_bloc(self, dialog: BlocDialog | None = None) -> None:
        """Change the chosen khối."""
        bloc = self.bloc()
        if bloc is not None and run_form(dialog or BlocDialog(self._ws, bloc, self)):
            self.refresh(bloc.id)

    def delete_question(self, record_id: int) -> tuple[str, str]:
        label = next((b.label for b in self._blocs if b.id == record_id), "")
        return (
            self.tr("Delete"),
            self.tr(
                "Delete %1 with its members, chairs, criteria, scores and leading units?"
            ).replace("%1", label),
        )

    def delete_record(self, record_id: int) -> None:
        blocs.delete_bloc(self._ws, record_id)
