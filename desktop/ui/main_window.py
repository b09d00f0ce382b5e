"""The main window: side bar, lazily built pages, global search, status bar."""

from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from desktop import paths
from desktop.services.session import Workspace
from desktop.ui import errors
from desktop.ui.broken_page import BrokenPage
from desktop.ui.pages import PAGES, PageSpec
from desktop.ui.preferences import Preferences

log = logging.getLogger("thidua.ui")

# The side-bar titles, so that lupdate sees them (PAGES holds the same English text).
NAVIGATION_TITLES = (
    QT_TRANSLATE_NOOP("Navigation", "Units"),
    QT_TRANSLATE_NOOP("Navigation", "People"),
    QT_TRANSLATE_NOOP("Navigation", "Households"),
    QT_TRANSLATE_NOOP("Navigation", "Emulation movements"),
    QT_TRANSLATE_NOOP("Navigation", "Emulation blocs"),
    QT_TRANSLATE_NOOP("Navigation", "Emulation covenants"),
    QT_TRANSLATE_NOOP("Navigation", "Initiatives"),
    QT_TRANSLATE_NOOP("Navigation", "Award proposals"),
    QT_TRANSLATE_NOOP("Navigation", "Dossiers and reports"),
    QT_TRANSLATE_NOOP("Navigation", "Backups"),
    QT_TRANSLATE_NOOP("Navigation", "Recycle bin"),
    QT_TRANSLATE_NOOP("Navigation", "Office and settings"),
)

FIRST_PAGE = "people"


def page_title(spec: PageSpec) -> str:
    """The side-bar title of a page in the UI language."""
    return QCoreApplication.translate("Navigation", spec.title)


def _icon(name: str) -> QIcon:
    path = paths.resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if name and path.exists() else QIcon()


class MainWindow(QMainWindow):
    """Side bar on the left, the current page on the right, the database in the status bar."""

    def __init__(
        self, workspace: Workspace, prefs: Preferences | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.prefs = prefs or Preferences()
        self._pages: dict[str, QWidget] = {}
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("Thi đua — %1").replace("%1", workspace.path.name))
        self.resize(1280, 680)
        self._build_ui()
        self._build_shortcuts()
        geometry = self.prefs.window_geometry()
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = self.prefs.window_state()
        if not state.isEmpty():
            self.restoreState(state)
        self.show_page(FIRST_PAGE)
        QTimer.singleShot(0, self.refresh_status)

    # Layout ---------------------------------------------------------------------------------
    def _build_ui(self) -> None:
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setFixedWidth(230)
        self.navigation.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setStyleSheet(
            "QListWidget#navigation { background: #f3f6f9; border: none; outline: 0;"
            " border-right: 1px solid #d5dde5; padding-top: 8px; }"
            "QListWidget#navigation::item { padding: 8px 10px; margin: 1px 6px;"
            " border-radius: 4px; color: #1c2833; }"
            "QListWidget#navigation::item:selected { background: #d3e4f1; color: #0d3c5e;"
            " font-weight: bold; }"
            "QListWidget#navigation::item:hover:!selected { background: #e1e9f0; }"
        )
        for number, spec in enumerate(PAGES, start=1):
            item = QListWidgetItem(_icon(spec.icon), page_title(spec))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            if number <= 10:  # Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth
                item.setToolTip(self.tr("Ctrl+%1").replace("%1", str(number % 10)))
            self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self._row_changed)
        layout.addWidget(self.navigation)

        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        from desktop.ui.global_search import GlobalSearch

        self.search = GlobalSearch(self.workspace, self)
        self.search.record_chosen.connect(self.show_record)
        toolbar = self.addToolBar(self.tr("Search"))
        toolbar.setObjectName("search_toolbar")
        toolbar.setMovable(False)
        toolbar.setStyleSheet("QToolBar#search_toolbar { padding: 4px 8px; spacing: 8px; }")
        self.office_label = QLabel()
        self.office_label.setObjectName("office_name")
        self.office_label.setStyleSheet("font-weight: bold; color: #0d3c5e; padding-left: 6px;")
        toolbar.addWidget(self.office_label)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.search)

        self.path_label = QLabel(str(self.workspace.path))
        self.path_label.setObjectName("database_path")
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.path_label.setToolTip(self.tr("The data file in use"))
        self.counts_label = QLabel()
        self.counts_label.setObjectName("counts")
        self.statusBar().addWidget(self.path_label, 1)
        self.statusBar().addPermanentWidget(self.counts_label)

    def _build_shortcuts(self) -> None:
        for number, spec in enumerate(PAGES[:10], start=1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number % 10}"), self)
            shortcut.activated.connect(lambda key=spec.key: self.show_page(key))
        QShortcut(QKeySequence.StandardKey.Find, self).activated.connect(self.focus_page_search)
        QShortcut(QKeySequence("Ctrl+K"), self).activated.connect(self.focus_global_search)
        QShortcut(QKeySequence("F1"), self).activated.connect(self.show_help)

    def show_help(self) -> None:
        """The help window (F1)."""
        from desktop.ui.dialogs.help import show_help

        show_help(self)

    # Pages ----------------------------------------------------------------------------------
    def page_keys(self) -> list[str]:
        return [spec.key for spec in PAGES]

    def current_key(self) -> str:
        item = self.navigation.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def current_page(self) -> QWidget | None:
        return self._pages.get(self.current_key())

    def page(self, key: str) -> QWidget | None:
        """The page widget if it was built already."""
        return self._pages.get(key)

    def show_page(self, key: str) -> QWidget | None:
        """Switch to the page `key` (building it on first use); return it."""
        keys = self.page_keys()
        if key not in keys:
            return None
        row = keys.index(key)
        if self.navigation.currentRow() != row:
            self.navigation.setCurrentRow(row)  # calls _row_changed
        else:
            self._row_changed(row)
        return self._pages.get(key)

    def _row_changed(self, row: int) -> None:
        if row < 0 or row >= len(PAGES):
            return
        spec = PAGES[row]
        page = self._pages.get(spec.key)
        if page is None:
            page = self._build_page(spec)
            self._pages[spec.key] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        shown = getattr(page, "page_shown", None)
        if callable(shown):
            shown()
        if self.counts_label.text():  # after start-up: pages may have added or removed rows
            self.refresh_counts()

    def _build_page(self, spec: PageSpec) -> QWidget:
        try:
            module = importlib.import_module(f"desktop.ui.pages.{spec.module}")
            page_class = getattr(module, spec.cls)
            page: QWidget = page_class(self.workspace, self)
        except Exception as exc:
            log.exception("page %s could not be built", spec.key)
            QTimer.singleShot(0, lambda e=exc: errors.show_error(self, e))
            return BrokenPage(spec.key, page_title(spec))
        changed = getattr(page, "data_changed", None)
        if changed is not None and hasattr(changed, "connect"):
            changed.connect(self.refresh_status)
        return page

    # Actions --------------------------------------------------------------------------------
    def focus_page_search(self) -> None:
        """Ctrl+F: the search field of the current page, else the global search."""
        page = self.current_page()
        focus = getattr(page, "focus_search", None)
        field = getattr(page, "search", None)
        if callable(focus):
            focus()
        elif isinstance(field, QLineEdit):
            field.setFocus(Qt.FocusReason.ShortcutFocusReason)
            field.selectAll()
        else:
            self.focus_global_search()

    def focus_global_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def show_record(self, kind: str, record_id: int) -> None:
        """Open the page of a search hit and ask it to select the record."""
        key = {"person": "people", "unit": "units"}.get(kind)
        if key is None:
            return
        page = self.show_page(key)
        show = getattr(page, "show_record", None)
        if callable(show):
            show(kind, record_id)
            return
        # The pages' own selection methods (select_person / select_unit).
        select = getattr(page, f"select_{kind}", None)
        if not callable(select):
            return
        if kind == "person" and select(record_id) is False:
            field = getattr(page, "search", None)
            if isinstance(field, QLineEdit) and field.text():
                field.clear()  # the person was hidden by the page's own filter
                select(record_id)
        else:
            select(record_id)

    def refresh_status(self) -> None:
        """Office name above, counts below: after start and whenever a page changed data."""
        self.refresh_office()
        self.refresh_counts()
        self.refresh_backup_reminder()
        self.refresh_late_reminder()

    def refresh_late_reminder(self) -> None:
        """The status bar's line about late deadlines."""
        from desktop.ui import due_reminder

        due_reminder.refresh_label(self, self.workspace)

    def refresh_backup_reminder(self) -> None:
        """The status bar's "no backup off this PC" warning goes once a backup left the PC."""
        label = self.statusBar().findChild(QLabel, "offsite_reminder")
        if label is None:
            return
        from desktop.ui.backup_prompts import offsite_reminder_text

        try:
            text = offsite_reminder_text(self.workspace)
        except Exception as exc:  # a reminder must never stop the window from working
            log.warning("backup reminder unavailable: %s", exc)
            return
        label.setText(text)
        label.setVisible(bool(text))

    def refresh_office(self) -> None:
        from desktop.services import office

        try:
            info = office.load(self.workspace)
        except Exception as exc:  # shown nowhere else; the pages report their own errors
            log.warning("office identity unavailable: %s", exc)
            return
        name = info.name or self.tr("Office details not entered yet")
        self.office_label.setText(f"Thi đua - Khen thưởng · {name}")
        self.office_label.setToolTip(info.parent_agency)

    def refresh_counts(self) -> None:
        """Numbers of units and people in the status bar."""
        from desktop.services import people, units

        try:
            n_people = people.count(self.workspace)
            n_units = len(units.list_units(self.workspace))
        except Exception as exc:  # a damaged file must not stop the window from working
            log.warning("counts unavailable: %s", exc)
            self.counts_label.clear()
            return
        locale = self.locale()
        self.counts_label.setText(
            self.tr("%1 units · %2 people")
            .replace("%1", locale.toString(n_units))
            .replace("%2", locale.toString(n_people))
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.prefs.save_window(self.saveGeometry(), self.saveState(), self.current_key())
        super().closeEvent(event)
