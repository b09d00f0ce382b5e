"""The office-identity fields shared by the first-run wizard and the settings page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from desktop.domain.errors import ThiDuaError, ValidationError
from desktop.domain.office import OfficeInfo, PaperSettings
from desktop.services.session import Workspace
from desktop.ui import errors, i18n
from desktop.ui.dialogs.form_errors import FieldErrors
from desktop.ui.tasks import on_worker

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
        from desktop.ui.messages import error_text

        return known.get((exc.field, exc.code)) or error_text(exc)


class PapersBox(QGroupBox):
    """Settings of the printed papers: default Nơi nhận, drafting unit, report recipient, and
    the font that prints."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("PapersBox", "Printed papers"), parent)
        from desktop.services import office

        self.workspace = workspace
        self.setObjectName("papers_box")
        self.setMaximumWidth(760)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.copies = QPlainTextEdit()
        self.copies.setObjectName("papers_copies")
        self.copies.setFixedHeight(90)
        self.copies.setPlaceholderText(
            QCoreApplication.translate(
                "PapersBox", "One recipient a line, e.g.\nNhư trên\nLưu: VT, TĐKT"
            )
        )
        form.addRow(QCoreApplication.translate("PapersBox", "Copies to (Nơi nhận):"), self.copies)
        self.drafting = QLineEdit()
        self.drafting.setObjectName("papers_drafting_unit")
        self.drafting.setPlaceholderText(QCoreApplication.translate("PapersBox", "e.g. TĐKT"))
        form.addRow(
            QCoreApplication.translate("PapersBox", "Drafting unit (Lưu: VT, …):"), self.drafting
        )
        self.recipient = QLineEdit()
        self.recipient.setObjectName("papers_report_recipient")
        self.recipient.setPlaceholderText(
            QCoreApplication.translate(
                "PapersBox",
                "Empty: the standing body of the provincial council (Thường trực Hội đồng Thi đua - Khen thưởng)",
            )
        )
        form.addRow(QCoreApplication.translate("PapersBox", "Reports go to:"), self.recipient)
        family, path = office.print_font()
        self.font_label = QLabel(
            QCoreApplication.translate("PapersBox", "{family} ({path})").format(
                family=family, path=path
            )
        )
        self.font_label.setObjectName("papers_font")
        self.font_label.setWordWrap(True)
        self.font_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(QCoreApplication.translate("PapersBox", "Papers print in:"), self.font_label)
        if family != "Times New Roman":
            hint = QLabel(
                QCoreApplication.translate(
                    "PapersBox",
                    "Times New Roman (named by Decree 30/2020) is not installed on this "
                    "computer: papers print in the bundled Liberation Serif, which has the same "
                    "letter widths.",
                )
            )
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #555;")
            form.addRow(hint)
        row = QHBoxLayout()
        self.save_button = QPushButton(
            QCoreApplication.translate("PapersBox", "Save paper settings")
        )
        self.save_button.setObjectName("save_papers")
        self.save_button.clicked.connect(self.save)
        self.saved_label = QLabel()
        self.saved_label.setStyleSheet("color: #2e7d32;")
        row.addWidget(self.save_button)
        row.addWidget(self.saved_label, 1)
        form.addRow(row)
        self.load()

    def load(self) -> None:
        """Show the stored paper settings (the default Nơi nhận when none is set)."""
        from desktop.services import office

        settings = office.paper_settings(self.workspace)
        # The default shown when none is set; saved unchanged, it stays the default (and so
        # follows the drafting unit).
        self._shown_default = () if settings.copies_to else settings.default_copies()
        self.copies.setPlainText("\n".join(settings.default_copies()))
        self.drafting.setText(settings.drafting_unit)
        self.recipient.setText(settings.report_recipient)
        self.saved_label.clear()

    def save(self) -> bool:
        """Store the paper settings."""
        from desktop.services import office

        lines = PaperSettings(tuple(self.copies.toPlainText().splitlines())).validated().copies_to
        if lines == self._shown_default:
            lines = ()
        settings = PaperSettings(lines, self.drafting.text(), self.recipient.text())
        try:
            on_worker(self, lambda: office.save_paper_settings(self.workspace, settings))
        except ThiDuaError as exc:
            errors.show_error(self, exc)
            return False
        self.load()
        self.saved_label.setText(QCoreApplication.translate("PapersBox", "Saved."))
        return True
