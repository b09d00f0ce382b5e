"""The office-identity fields shared by the first-run wizard and the settings page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLineEdit

from desktop.domain.errors import ValidationError
from desktop.domain.office import OfficeInfo
from desktop.ui import i18n
from desktop.ui.dialogs.form_errors import FieldErrors

FIELDS = ("parent_agency", "name", "place", "signer_name", "signer_title", "symbol")


class OfficeFields:
    """Six labelled line edits with inline errors, added to a form layout."""

    def __init__(
        self,
        form: QFormLayout,
        errors: FieldErrors,
        object_prefix: str,
        on_edit: Callable[[], None] | None = None,
    ) -> None:
        labels = {
            "parent_agency": QCoreApplication.translate("OfficeFields", "Governing body:"),
            "name": QCoreApplication.translate("OfficeFields", "Office name (required):"),
            "place": QCoreApplication.translate("OfficeFields", "Place name on documents:"),
            "signer_name": QCoreApplication.translate("OfficeFields", "Signer:"),
            "signer_title": QCoreApplication.translate("OfficeFields", "Signer's title:"),
            "symbol": QCoreApplication.translate("OfficeFields", "Symbol for numbering:"),
        }
        hints = {
            "parent_agency": QCoreApplication.translate(
                "OfficeFields", "e.g. ỦY BAN NHÂN DÂN TỈNH …"
            ),
            "name": QCoreApplication.translate("OfficeFields", "e.g. SỞ TÀI CHÍNH"),
            "place": QCoreApplication.translate("OfficeFields", "e.g. Hà Nội"),
            "signer_name": QCoreApplication.translate(
                "OfficeFields", "Full name of the person who signs"
            ),
            "signer_title": QCoreApplication.translate("OfficeFields", "e.g. GIÁM ĐỐC"),
            "symbol": QCoreApplication.translate(
                "OfficeFields", "e.g. STC (letters without accents, digits, '-')"
            ),
        }
        self.errors = errors
        self.edits: dict[str, QLineEdit] = {}
        for field in FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"{object_prefix}{field}")
            edit.setPlaceholderText(hints[field])
            if on_edit is not None:
                edit.textEdited.connect(on_edit)
            self.edits[field] = edit
            form.addRow(labels[field], errors.wrap(field, edit))

    def values(self) -> OfficeInfo:
        """The fields as an OfficeInfo (not yet validated)."""
        return OfficeInfo(**{field: self.edits[field].text() for field in FIELDS})

    def set_values(self, info: OfficeInfo) -> None:
        """Show an office identity."""
        for field in FIELDS:
            self.edits[field].setText(getattr(info, field))

    def show_error(self, exc: ValidationError) -> None:
        """The error under its field, in the interface language."""
        self.errors.show(exc.field, self.error_text(exc))

    @staticmethod
    def error_text(exc: ValidationError) -> str:
        """A validation error of the office identity in the interface language."""
        if i18n.current_language() == "vi":
            return exc.message
        known = {
            ("name", "required"): QCoreApplication.translate(
                "OfficeFields", "Enter the name of the office."
            ),
            ("symbol", "symbol_format"): QCoreApplication.translate(
                "OfficeFields",
                "The symbol may contain only letters without accents, digits and '-'.",
            ),
        }
        return known.get((exc.field, exc.code), exc.message)
