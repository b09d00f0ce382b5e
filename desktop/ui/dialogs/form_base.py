"""The one shape of a form dialog.

A form builds its fields in `_build_ui` (each field through `add_row`, which puts its error line
under it), fills them in `load`, reads them in `values` (a ValidationError for what cannot be
read) and saves them in `write`, which runs on the database worker and so touches no widget.
`accept` runs these in order; a refused value is shown under its field, which gets the focus,
and any other known error on the line above the buttons (`focus_field` may still put the
focus where that error is corrected, such as a cell of a table).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import ThiDuaError, ValidationError
from desktop.services.session import Workspace
from desktop.ui.dialogs.form_errors import FieldErrors, hide_on_edit, validation_text
from desktop.ui.errors import plain_message
from desktop.ui.style import error_label
from desktop.ui.tasks import on_worker

Buttons = QDialogButtonBox.StandardButton


class FormDialog(QDialog):
    """`_build_ui`, `load`, `values`, `write` (on the worker); `accept` saves and shows errors.

    A subclass sets its own state, then calls `self.setup()` at the end of its `__init__`.
    After a save, `saved_id` holds what `write` returned (the id of the record saved).
    """

    # Fields named by the services whose error is shown under another field of the form.
    field_aliases: ClassVar[dict[str, str]] = {}
    # The words of a ValidationError (the movement-area forms use their own).
    validation_words: Callable[[ValidationError], str] = staticmethod(validation_text)

    def __init__(
        self, ws: Workspace, parent: QWidget | None = None, *, ok: Buttons = Buttons.Save
    ) -> None:
        super().__init__(parent)
        self._ws = ws
        self.saved_id: int | None = None
        self.errors = FieldErrors()
        self.form = QFormLayout()
        self.error_label: QLabel = error_label()
        self.buttons = QDialogButtonBox(ok | Buttons.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.main = QVBoxLayout(self)
        # Field named by a service → (the row showing its error, the widget to focus).
        self._placed: dict[str, tuple[str, QWidget]] = {}

    # --- the four parts a form writes -----------------------------------------------------

    def _build_ui(self) -> None:
        """Make the fields; the default puts `self.form` in the window."""
        self.main.addLayout(self.form)

    def load(self) -> None:
        """Fill the fields from the record (nothing for a new one)."""

    def values(self) -> object:  # pragma: no cover - every form has its own
        """What the fields hold, as the service's input (ValidationError: unreadable)."""
        raise NotImplementedError

    def write(self, values: object) -> int | None:  # pragma: no cover - every form has its own
        """Save `values` through a service. Runs on the database worker: no widgets here."""
        raise NotImplementedError

    def confirm(self, values: object) -> bool:
        """Questions to ask before saving (on the GUI thread); False keeps the form open."""
        return True

    def focus_field(self, field: str) -> None:
        """Focus the place to correct an error of a field that has no row of its own (its text
        is on the error line); the default does nothing."""

    # --- the shared part -------------------------------------------------------------------

    def setup(self) -> None:
        """Build the fields, add the error line and the buttons, and load the record."""
        self._build_ui()
        self.main.addWidget(self.error_label)
        self.main.addWidget(self.buttons)
        hide_on_edit(self, self.error_label)  # the error goes once the clerk corrects a field
        self.load()

    def add_row(
        self, field: str, label: str | QLabel, widget: QWidget, focus: QWidget | None = None
    ) -> QWidget:
        """A row of the form for the service's field `field`, with its error line under it."""
        box = self.errors.wrap(field, widget, focus)
        self._placed[field] = (field, focus or widget)
        self.form.addRow(label, box)
        return box

    def place_error(self, field: str, row: str, focus: QWidget) -> None:
        """Show the errors of `field` under the row of `row`, focusing `focus` (one row holding
        several fields)."""
        self._placed[field] = (row, focus)

    def error_text(self, field: str) -> str:
        """The error shown under a field's row ("" when none)."""
        return self.errors.text(self._placed.get(field, (field, None))[0])

    def message(self, exc: ThiDuaError) -> str | None:
        """The words for an error in the interface language (None: a bug)."""
        if isinstance(exc, ValidationError):
            return self.validation_words(exc)
        return plain_message(exc)

    def show_error(self, exc: ThiDuaError) -> None:
        """A refused value under its field (focused), any other known error above the buttons;
        a bug goes on up to the crash dialog."""
        text = self.message(exc)
        if text is None:
            raise exc
        if isinstance(exc, ValidationError):
            field = self.field_aliases.get(exc.field, exc.field)
            # A part of a field ("basis.number", "award_forms[2]") shows under the field's row.
            whole = field.split(".")[0].split("[")[0]
            row, focus = self._placed.get(field) or self._placed.get(whole) or (field, None)
            if focus is not None:
                reveal(focus)
            if self.errors.show(row, text, focus):
                return
            self.focus_field(field)
        self.error_label.setText(text)
        self.error_label.show()

    def clear_errors(self) -> None:
        """Hide every error line."""
        self.errors.clear()
        self.error_label.clear()
        self.error_label.hide()

    def save(self) -> bool:
        """Read, confirm and write the form; False (with the error shown) when refused."""
        self.clear_errors()
        try:
            data = self.values()
            if not self.confirm(data):
                return False
            self.saved_id = on_worker(self, lambda: self.write(data))
        except ThiDuaError as exc:
            self.show_error(exc)
            return False
        return True

    def accept(self) -> None:
        if self.save():
            super().accept()


def service_words(exc: ValidationError) -> str:
    """The words the rest of the interface uses for a service's refusal (`plain_message`)."""
    return plain_message(exc) or exc.message


def reveal(widget: QWidget) -> None:
    """Bring the tab holding `widget` to the front (a hidden field cannot take the focus)."""
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        tabs = parent.parentWidget()
        if isinstance(tabs, QTabWidget) and tabs.indexOf(child) >= 0:
            tabs.setCurrentWidget(child)
        child, parent = parent, tabs


def run_form(dialog: FormDialog) -> int | None:
    """Show a form; the id it saved, or None when cancelled. The dialog is deleted after."""
    try:
        return dialog.saved_id if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
