"""Office identity (Thông tin cơ quan) and the interface language."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop import paths
from desktop.domain.errors import ThiDuaError, ValidationError
from desktop.domain.office import OfficeInfo
from desktop.domain.unit_names import OfficeField
from desktop.services import office, unit_names
from desktop.services.session import Workspace
from desktop.ui import errors, i18n
from desktop.ui.dialogs.form_errors import FieldErrors
from desktop.ui.preferences import LANGUAGES, Preferences
from desktop.ui.tasks import on_worker
from desktop.ui.widgets.name_history import day_edit, day_of, name_error_text
from desktop.ui.widgets.office_fields import OfficeFields, PapersBox
from desktop.ui.widgets.page_title import page_title


class SettingsPage(QWidget):
    """Edit the office identity printed on every document; choose the language."""

    data_changed = Signal()

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, prefs: Preferences | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.prefs = prefs or Preferences()
        self.errors = FieldErrors()
        self._build_ui()
        self.load()

    def _build_ui(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(16)

        title = page_title(self.tr("Office and settings"))
        layout.addWidget(title)

        box = QGroupBox(self.tr("Office identity"))
        box.setMaximumWidth(760)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields = OfficeFields(form, self.errors, "office_", self._edited)
        self.edits = self.fields.edits
        note = QLabel(
            self.tr(
                "These details are printed in the header and the signature block of every "
                "document. They are stored in the data file."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        # The governing body, name or place changed: from a date, the old one kept for papers
        # dated earlier (untick to correct a typing mistake).
        self.keep_old_names = QCheckBox(self.tr("Changed from"))
        self.keep_old_names.setToolTip(
            self.tr(
                "Keep the old governing body, name and place for papers dated before this day "
                "(untick to correct a mistake)"
            )
        )
        self.keep_old_names.setChecked(True)
        self.changed_on = day_edit()
        self.changed_on.setObjectName("office_changed_on")
        self.keep_old_names.toggled.connect(self.changed_on.setEnabled)
        change_row = QWidget()
        change_lay = QHBoxLayout(change_row)
        change_lay.setContentsMargins(0, 0, 0, 0)
        change_lay.addWidget(self.keep_old_names)
        change_lay.addWidget(self.changed_on)
        hint = QLabel(self.tr("earlier papers keep the old names"))
        hint.setStyleSheet("color: #555;")
        change_lay.addWidget(hint, 1)
        self._change_row = self.errors.wrap("effective", change_row)
        form.addRow("", self._change_row)
        self._office_form = form
        self._stored = OfficeInfo("", "", "", "", "", "")
        form.addRow(note)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save office details"))
        self.save_button.setObjectName("save_office")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("saved_status")
        self.saved_label.setStyleSheet("color: #2e7d32;")
        self.names_button = QPushButton(self.tr("Names over time…"))
        self.names_button.setObjectName("office_names")
        self.names_button.setToolTip(
            self.tr(
                "Earlier names of the governing body, the office and the place (e.g. before 01/07/2025)"
            )
        )
        self.names_button.clicked.connect(self.show_names)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.names_button)
        buttons.addWidget(self.saved_label, 1)
        form.addRow(buttons)
        layout.addWidget(box)
        self.papers_box = PapersBox(self.workspace, body)  # Nơi nhận, report recipient, font
        layout.addWidget(self.papers_box)

        lang_box = QGroupBox(self.tr("Interface language"))
        lang_box.setMaximumWidth(760)
        lang_form = QFormLayout(lang_box)
        self.language = QComboBox()
        self.language.setObjectName("language")
        names = {"vi": "Tiếng Việt", "en": "English"}
        for code in LANGUAGES:
            self.language.addItem(names[code], code)
        self.language.setCurrentIndex(LANGUAGES.index(self.prefs.language))
        self.language.currentIndexChanged.connect(self._language_changed)
        lang_form.addRow(self.tr("Language:"), self.language)
        self.language_note = QLabel()
        self.language_note.setObjectName("language_note")
        self.language_note.setWordWrap(True)
        self._show_language_note()
        lang_form.addRow(self.language_note)
        layout.addWidget(lang_box)

        where = QGroupBox(self.tr("Data"))
        where.setMaximumWidth(760)
        where_form = QFormLayout(where)
        for label, value in (
            (self.tr("Data file:"), str(self.workspace.path)),
            (self.tr("Data folder:"), str(paths.data_dir())),
            (self.tr("Log folder:"), str(paths.log_dir())),
        ):
            shown = QLabel(value)
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            where_form.addRow(label, shown)
        layout.addWidget(where)
        from desktop.ui.dialogs.accounts import AccountsBox  # users, accounts, change history

        self.accounts_box = AccountsBox(self.workspace, body)
        layout.addWidget(self.accounts_box)
        from desktop.ui.widgets.audit_key_box import AuditKeyBox  # the audit log's key

        self.key_box = AuditKeyBox(self.workspace, body)
        layout.addWidget(self.key_box)
        from desktop.ui.widgets.office_key_box import OfficeKeyBox  # exchange packages' key

        self.office_key_box = OfficeKeyBox(self.workspace, body)
        layout.addWidget(self.office_key_box)
        layout.addStretch(1)

    # Office identity ------------------------------------------------------------------------
    def show_names(self) -> None:
        """The dated names of the superior, the office and the place; the form reloads after."""
        from desktop.ui.dialogs.office_names import OfficeNamesDialog

        dialog = OfficeNamesDialog(self.workspace, self)
        self.names_dialog = dialog
        dialog.exec()
        if dialog.changed:
            self.load()
        dialog.deleteLater()

    def load(self) -> None:
        """Show the stored office identity."""
        self._stored = office.load(self.workspace)
        self.fields.set_values(self._stored)
        self._names_edited()
        self.errors.clear()
        self.saved_label.clear()

    def _names_edited(self) -> None:
        """Offer a dated change when a stored name, superior or place is edited."""
        values = self.fields.values()
        changed = any(
            getattr(self._stored, f.value).strip()
            and getattr(values, f.value).strip() != getattr(self._stored, f.value)
            for f in OfficeField
        )
        self._office_form.setRowVisible(self._change_row, changed)

    def names_change_dated(self) -> bool:
        """True when saving keeps the old names for papers before the chosen day."""
        return self._office_form.isRowVisible(self._change_row) and (
            self.keep_old_names.isChecked()
        )

    def values(self) -> OfficeInfo:
        """The form as an OfficeInfo (not yet validated)."""
        return self.fields.values()

    def save(self) -> bool:
        """Validate and store; a bad field gets its message below it. True when saved."""
        self.errors.clear()
        self.saved_label.clear()
        try:
            values = self.values()
            if self.names_change_dated():
                day = day_of(self.changed_on)
                stored = on_worker(
                    self, lambda: unit_names.save_office_renamed(self.workspace, values, day)
                )
            else:
                stored = on_worker(self, lambda: office.save(self.workspace, values))
        except ValidationError as exc:
            if exc.field == "effective":
                self.errors.show("effective", name_error_text(exc))
            else:
                self.fields.show_error(exc)
            return False
        except ThiDuaError as exc:
            errors.show_error(self, exc)
            return False
        self._stored = stored
        self.fields.set_values(stored)
        self._names_edited()
        self.saved_label.setText(self.tr("Saved."))
        self.office_key_box.refresh()  # the office's name is what packages carry
        self.data_changed.emit()
        return True

    def _edited(self) -> None:
        self.saved_label.clear()
        self._names_edited()

    # Language -------------------------------------------------------------------------------
    def _language_changed(self, index: int) -> None:
        self.prefs.set_language(str(self.language.itemData(index)))
        self._show_language_note(changed=True)

    def _show_language_note(self, changed: bool = False) -> None:
        chosen = self.prefs.language
        if chosen == i18n.current_language():
            text = self.tr("A new language is used from the next start.")
        elif changed:
            text = self.tr("Saved. Close and open the program again to use the new language.")
        else:  # --lang on the command line chose another language for this session
            text = self.tr(
                "This session uses another language, chosen on the command line. "
                "The program starts in the language above."
            )
        self.language_note.setText(text)
