"""Inline field errors for forms: a red line under the field, in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLayout, QVBoxLayout, QWidget

from desktop.domain.errors import ValidationError
from desktop.ui.style import mark_error


def validation_text(exc: ValidationError) -> str:
    """The translated text for a domain ValidationError (its Vietnamese message as fallback)."""
    by_field = {
        ("full_name", "required"): QCoreApplication.translate("FormErrors", "Enter the full name."),
        ("full_name", "too_long"): QCoreApplication.translate(
            "FormErrors", "The full name is longer than 120 characters."
        ),
        ("unit_id", "required"): QCoreApplication.translate("FormErrors", "Choose a unit."),
        ("name", "required"): QCoreApplication.translate(
            "FormErrors", "Enter the name of the unit."
        ),
        ("name", "too_long"): QCoreApplication.translate(
            "FormErrors", "The name is longer than 300 characters."
        ),
        ("code", "too_long"): QCoreApplication.translate(
            "FormErrors", "The code is longer than 30 characters."
        ),
    }
    by_code = {
        "cccd_digits": QCoreApplication.translate(
            "FormErrors", "The CCCD number must have exactly 12 digits."
        ),
        "cccd_province": QCoreApplication.translate(
            "FormErrors",
            "The first three digits of the CCCD number must be a province code from 001 to 096.",
        ),
        "date_format": QCoreApplication.translate(
            "FormErrors", "Not a date: write dd/mm/yyyy, or only the year (yyyy)."
        ),
        "date_too_old": QCoreApplication.translate(
            "FormErrors", "The date of birth cannot be before 1900."
        ),
        "date_future": QCoreApplication.translate(
            "FormErrors", "The date of birth cannot be after today."
        ),
        "date_invalid": QCoreApplication.translate(
            "FormErrors", "This date does not exist in the calendar."
        ),
        "email_format": QCoreApplication.translate(
            "FormErrors", "This is not a valid email address."
        ),
        "required": QCoreApplication.translate("FormErrors", "This field is required."),
    }
    from desktop.ui.messages import error_text  # every other code, worded by its code

    return by_field.get((exc.field, exc.code)) or by_code.get(exc.code) or error_text(exc)


def _grow_to_fit(label: QLabel) -> None:
    # A wrapped error line needs height the dialog did not have: grow by what the line lacks
    # (the other fields give up what they can spare first), never shrink, never past the screen.
    window = label.window()
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    wanted = max(layout.totalMinimumSize().height(), window.height())
    if label.isVisible() and label.width() > 0:
        wanted += max(0, label.heightForWidth(label.width()) - label.height())
    screen = window.screen()
    if screen is not None:
        frame = window.frameGeometry().height() - window.height()
        wanted = min(wanted, screen.availableGeometry().height() - frame)
    if wanted > window.height():
        window.resize(window.width(), wanted)


# The first of these signals a field has is taken as "the clerk changed the field".
_CHANGE_SIGNALS = (
    "textEdited",
    "textChanged",
    "dateChanged",
    "valueChanged",
    "currentIndexChanged",
    "toggled",
)


def hide_on_edit(form: QWidget, label: QLabel) -> None:
    """Hide a form's error line as soon as the clerk edits one of its fields."""
    for editor in form.findChildren(QWidget):
        for name in _CHANGE_SIGNALS:
            signal = getattr(editor, name, None)
            if signal is not None and hasattr(signal, "connect"):
                signal.connect(label.hide)
                break


class FieldErrors:
    """Wraps form fields with an error line each; `show(field, text)` marks one field."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}

    def wrap(self, field: str, widget: QWidget, focus: QWidget | None = None) -> QWidget:
        """Return a container with `widget` and its (hidden) error line below it."""
        box = QWidget()
        lay = QVBoxLayout(box)
        # the box is no taller than the field allows (a capped text box stays at its row's top)
        lay.setSizeConstraint(QLayout.SizeConstraint.SetMinAndMaxSize)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(widget)
        label = QLabel()
        label.setObjectName(f"error_{field}")
        mark_error(label)
        label.setWordWrap(True)
        label.hide()
        lay.addWidget(label)
        self._labels[field] = label
        self._widgets[field] = focus or widget
        for editor in (widget, *widget.findChildren(QWidget)):
            for name in _CHANGE_SIGNALS:
                signal = getattr(editor, name, None)
                if signal is not None and hasattr(signal, "connect"):
                    signal.connect(lambda *_a, f=field: self.hide(f))
                    break
        return box

    def hide(self, field: str) -> None:
        """Hide one field's error line: the clerk is correcting the field."""
        label = self._labels.get(field)
        if label is not None and not label.isHidden():
            label.clear()
            label.hide()

    def show(self, field: str, text: str, focus: QWidget | None = None) -> bool:
        """Show `text` under the field and focus it (or `focus`, one of the row's widgets);
        False when the field is unknown."""
        label = self._labels.get(field)
        if label is None:
            return False
        label.setText(text)
        label.show()
        _grow_to_fit(label)
        widget = focus or self._widgets[field]
        widget.setFocus()
        if hasattr(widget, "selectAll"):
            widget.selectAll()
        return True

    def clear(self) -> None:
        """Hide every error line."""
        for label in self._labels.values():
            label.clear()
            label.hide()

    def text(self, field: str) -> str:
        """The error shown for a field ("" when none)."""
        label = self._labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""
