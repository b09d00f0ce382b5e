"""The initiatives page: search, filters, a table sorted in SQL, a detail pane with attachments."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.initiatives import (
    InitiativeKind,
    RecognitionStatus,
    Scope,
)
from desktop.services import initiative_list, initiatives, units
from desktop.services.session import Workspace
from desktop.ui.dialogs.initiative_dialog import InitiativeDialog
from desktop.ui.errors import show_error
from desktop.ui.models.initiatives_table import (
    COL_AUTHORS,
    COL_TITLE,
    COL_UNIT,
    SORT_COLUMNS,
    InitiativesTableModel,
)
from desktop.ui.pages.list_page import ListPage
from desktop.ui.tasks import on_worker
from desktop.ui.widgets.header_fit import fit_headers
from desktop.ui.widgets.initiative_detail import InitiativeDetail
from desktop.ui.widgets.initiative_labels import kind_label, scope_label, status_label
from desktop.ui.widgets.page_title import page_title
from desktop.ui.widgets.unit_picker import UnitPicker

_WIDTHS = {COL_TITLE: 340, COL_AUTHORS: 200, COL_UNIT: 180}


class InitiativesPage(ListPage):
    """Initiatives, models and exemplary people of the office."""

    excel_kind = "initiatives"
    history_kind = "initiative"
    model: InitiativesTableModel

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        # How a file is opened with its program; tests replace it to stay headless.
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        # The year and the file of the printed list (None / "" when cancelled); tests answer.
        self.ask_year: Callable[[], int | None] = self._ask_year
        self.ask_list_path: Callable[[str, bool], str] = self._ask_list_path
        self.model = InitiativesTableModel(ws, self)
        self._build_ui()
        self.reload_filters()
        self.model.modelReset.connect(self._update_count)
        self.model.layoutChanged.connect(self._update_count)
        self.refresh()

    # --- layout ------------------------------------------------------------------------------

    def _combo(self, all_text: str, items: list[tuple[str, object]]) -> QComboBox:
        box = QComboBox()
        box.addItem(all_text, None)
        for text, value in items:
            box.addItem(text, value)
        box.currentIndexChanged.connect(lambda _i: self.refresh())
        return box

    def _build_ui(self) -> None:
        title = page_title(self.tr("Initiatives"))

        self.search_box(self.tr("Search by title, author or unit (accents optional)"))
        self.kind_filter = self._combo(
            self.tr("All kinds"), [(kind_label(k), k.value) for k in InitiativeKind]
        )
        self.status_filter = self._combo(
            self.tr("Any status"), [(status_label(s), s.value) for s in RecognitionStatus]
        )
        self.scope_filter = self._combo(
            self.tr("Any scope"), [(scope_label(s), s.value) for s in Scope]
        )
        self.year_filter = self._combo(self.tr("All years"), [])
        self.movement_filter = self._combo(self.tr("All movements"), [])
        self.unit_filter = UnitPicker(none_text=self.tr("All units"), include_inactive=True)
        self.unit_filter.unitChanged.connect(lambda _u: self.refresh())
        filters = QGridLayout()
        filters.addWidget(self.search, 0, 0, 1, 3)
        filters.addWidget(self.unit_filter, 0, 3, 1, 2)
        for col, box in enumerate(
            (self.kind_filter, self.status_filter, self.scope_filter, self.year_filter)
        ):
            filters.addWidget(box, 1, col)
        filters.addWidget(self.movement_filter, 1, 4)

        buttons = self.record_buttons(
            self.tr("Add initiative…"), self.tr("Open…"), self.tr("Delete")
        )
        self.print_button = QPushButton(self.tr("Print recognised list…"))
        self.print_button.setToolTip(
            self.tr("The list of initiatives recognised in a year, as a PDF in the official format")
        )
        self.print_button.clicked.connect(lambda: self.print_list())
        self.word_button = QPushButton(self.tr("Save Word copy…"))
        self.word_button.setObjectName("save_word")
        self.word_button.setToolTip(
            self.tr("The same list of recognised initiatives as an editable Word (.docx) file")
        )
        self.word_button.clicked.connect(lambda: self.print_list(word=True))
        bar = QHBoxLayout()
        for b in buttons:
            bar.addWidget(b)
        bar.addStretch(1)
        for b in self.excel_buttons():
            bar.addWidget(b)
        bar.addWidget(self.print_button)
        bar.addWidget(self.word_button)

        self.record_table(self.model)
        hh = self.table.horizontalHeader()
        for col, width in _WIDTHS.items():
            hh.resizeSection(col, width)
        fit_headers(self.table)
        hh.setSortIndicator(COL_TITLE, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)  # the model sorts in SQL

        # Detail pane: the record, then its attached files.
        self.pane = InitiativeDetail(self._ws)
        self.pane.attachmentsChanged.connect(lambda iid: self.refresh(select=iid))

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.pane)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        self.count_label = QLabel()
        foot = QHBoxLayout()
        foot.addStretch(1)
        foot.addWidget(self.count_label)

        root = QVBoxLayout(self)
        root.addWidget(title)
        root.addLayout(filters)
        root.addLayout(bar)
        root.addWidget(split, 1)
        root.addLayout(foot)

        self.standard_keys()

    # --- data --------------------------------------------------------------------------------

    def reload_filters(self) -> None:
        """Read units, years and movements for the filters again."""
        self.unit_filter.set_units(units.list_units(self._ws))
        for box, items in (
            (self.year_filter, [(str(y), y) for y in initiatives.years(self._ws)]),
            (self.movement_filter, [(n, i) for i, n in initiatives.movement_choices(self._ws)]),
        ):
            current = box.currentData()
            box.blockSignals(True)
            while box.count() > 1:
                box.removeItem(1)
            for text, value in items:
                box.addItem(text, value)
            box.setCurrentIndex(max(0, box.findData(current)) if current is not None else 0)
            box.blockSignals(False)

    reload_choices = reload_filters

    def refresh(self, select: int | None = None) -> None:
        """Run the search with the current text, filters and order."""
        keep = select if select is not None else self.current_id()
        sort, descending = self.sort_order(SORT_COLUMNS)
        kind = self.kind_filter.currentData()
        status = self.status_filter.currentData()
        scope = self.scope_filter.currentData()
        query = initiatives.make_query(
            self._ws,
            self.search.text(),
            kind=InitiativeKind(kind) if kind else None,
            status=RecognitionStatus(status) if status else None,
            scope=Scope(scope) if scope else None,
            year=self.year_filter.currentData(),
            movement_id=self.movement_filter.currentData(),
            unit_id=self.unit_filter.unit_id(),
            sort=sort,  # type: ignore[arg-type]
            descending=descending,
        )
        self.model.set_query(query)
        self.keep_selection(keep)
        self.selection_changed()

    def select(self, record_id: int) -> bool:
        """Select and show an initiative's row; False when it is not in the list."""
        found = super().select(record_id)
        if found:
            self.selection_changed()
        return found

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n initiative(s)", "", self.model.rowCount()))

    def selection_changed(self) -> None:
        self.pane.show_initiative(self.current_id())
        super().selection_changed()

    # --- record actions ----------------------------------------------------------------------

    def add_record(self) -> int | None:
        """Open an empty form; show the new initiative."""
        new = InitiativeDialog.ask(self, self._ws, unit_id=self.unit_filter.unit_id())
        if new is not None:
            self._show_saved(new)
        return new

    def open_record(self) -> None:
        """Open the selected initiative."""
        saved = self.edit_with(lambda iid: InitiativeDialog.ask(self, self._ws, iid))
        if saved is not None:
            self._show_saved(saved)

    def _show_saved(self, initiative_id: int) -> None:
        self.reload_filters()
        self.refresh(select=initiative_id)
        if self.model.row_of(initiative_id) < 0:
            self.clear_filters()
            self.refresh(select=initiative_id)

    def clear_filters(self) -> None:
        """Show everything: empty search, every filter on "all"."""
        for w in (
            self.search,
            self.kind_filter,
            self.status_filter,
            self.scope_filter,
            self.year_filter,
            self.movement_filter,
        ):
            w.blockSignals(True)
        self.search.clear()
        for box in (
            self.kind_filter,
            self.status_filter,
            self.scope_filter,
            self.year_filter,
            self.movement_filter,
        ):
            box.setCurrentIndex(0)
        self.unit_filter.set_unit_id(None, emit=False)
        for w in (
            self.search,
            self.kind_filter,
            self.status_filter,
            self.scope_filter,
            self.year_filter,
            self.movement_filter,
        ):
            w.blockSignals(False)

    def delete_question(self, record_id: int) -> tuple[str, str]:
        name = self.model.index(self.model.row_of(record_id), COL_TITLE).data()
        return (
            self.tr("Delete initiative"),
            self.tr("Delete “%1” and its attached files?").replace("%1", str(name))
            + "\n\n"
            + self.tr("It goes to the recycle bin, from where it can be restored."),
        )

    def delete_record(self, record_id: int) -> None:
        initiatives.delete(self._ws, record_id)

    def history_of(self, record_id: int) -> tuple[str, str]:
        initiative = initiatives.get(self._ws, record_id)
        return initiative.uuid, initiative.data.title

    def print_list(
        self, year: int | None = None, target: str | Path | None = None, *, word: bool = False
    ) -> Path | None:
        """Write the list of initiatives recognised in a year as PDF (or, `word`, its Word copy)
        and open it."""
        if year is None:
            year = self.ask_year()
            if year is None:
                return None
        if target is None:
            stem = self.tr("recognised-initiatives-%1").replace("%1", str(year))
            chosen = self.ask_list_path(stem + (".docx" if word else ".pdf"), word)
            if not chosen:
                return None
            target = chosen
            if word and not str(target).lower().endswith(".docx"):
                target = str(target) + ".docx"
        try:
            on_worker(self, lambda: initiative_list.write_pdf(self._ws, year, target))
        except Exception as exc:
            show_error(self, exc)
            return None
        self.open_url(QUrl.fromLocalFile(str(target)))
        return Path(target)

    def _ask_year(self) -> int | None:
        years = initiatives.years(self._ws) or [date.today().year]
        chosen, ok = QInputDialog.getInt(
            self,
            self.tr("Print recognised list"),
            self.tr("Initiatives recognised in the year:"),
            years[0],
            1975,
            date.today().year + 1,
        )
        return chosen if ok else None

    def _ask_list_path(self, suggested: str, word: bool) -> str:
        kinds = self.tr("Word documents (*.docx)") if word else self.tr("PDF files (*.pdf)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the list as"), suggested, kinds)
        return path
