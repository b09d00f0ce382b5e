"""The one place that shows errors to the user.

Three kinds, three presentations (ARCHITECTURE.md "Errors"):
- ValidationError: a message next to the field (forms call `field_message`; `show_error` falls
  back to a warning box when no form is there to show it);
- known environment or data errors (DatabaseError, ConflictError, NotFoundError, FileRejected,
  OSError): a plain message box naming the problem;
- anything else is a bug: the crash dialog with copyable details and the log path.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

from desktop.domain.errors import (
    ThiDuaError,
    ValidationError,
)
from desktop.domain.progress import Cancelled

log = logging.getLogger("thidua.ui")

_log_file: Path | None = None


def set_log_file(path: Path | None) -> None:
    """Tell the crash dialog where the log is written."""
    global _log_file
    _log_file = path


def field_message(exc: ValidationError) -> str:
    """The text shown next to a field for a validation error, in the UI language."""
    from desktop.ui.dialogs.form_errors import validation_text

    return validation_text(exc)


def plain_message(exc: BaseException) -> str | None:
    """The message for a known, explainable error; None for a bug."""
    from desktop.ui.messages import error_text

    if isinstance(exc, ValidationError):  # the field's own wording, else the code's
        return field_message(exc)
    if isinstance(exc, Cancelled):  # in the UI language (the error's own text is Vietnamese)
        return QCoreApplication.translate("ProgressDialog", "Cancelled: nothing was changed.")
    if isinstance(exc, ThiDuaError):
        return error_text(exc)
    if isinstance(exc, PermissionError):
        return QCoreApplication.translate(
            "Errors", "Access denied to %1. Close the program that uses it or choose another file."
        ).replace("%1", str(exc.filename or ""))
    if isinstance(exc, FileNotFoundError):
        return QCoreApplication.translate("Errors", "File not found: %1").replace(
            "%1", str(exc.filename or "")
        )
    if isinstance(exc, OSError) and exc.errno == 28:
        return QCoreApplication.translate(
            "Errors", "The disk is full. Free some space and try again."
        )
    return None


def show_error(parent: QWidget | None, exc: BaseException, title: str = "") -> None:
    """Show any error the right way: a plain message when we know it, else the crash dialog."""
    message = plain_message(exc)
    if message is None:
        show_crash(parent, type(exc), exc, exc.__traceback__)
        return
    # The log names the kind of error and its code, never the message: messages quote names
    # and CCCD numbers, and the log file outlives a purge of the person.
    log.info(
        "shown to the user: %s %s%s",
        type(exc).__name__,
        getattr(exc, "code", "") or "",
        f" field={exc.field}" if isinstance(exc, ValidationError) and exc.field else "",
    )
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("Errors", "Thi đua"))
    box.setText(message)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def crash_details(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    """The text of a crash report: versions and the traceback."""
    import traceback

    from PySide6 import __version__ as pyside_version

    header = (
        f"Thi đua — Python {sys.version.split()[0]}, PySide6 {pyside_version}, {sys.platform}\n"
    )
    return header + "".join(traceback.format_exception(exc_type, exc, tb))


_showing_crash = False


def show_crash(
    parent: QWidget | None,
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
) -> None:
    """Log an unexpected error and show the crash dialog (one at a time)."""
    global _showing_crash
    details = crash_details(exc_type, exc, tb)
    log.error("unexpected error\n%s", details)
    if _showing_crash or QCoreApplication.instance() is None:
        return
    from desktop.ui.crash import CrashDialog

    _showing_crash = True
    try:
        CrashDialog(details, _log_file, parent).exec()
    finally:
        _showing_crash = False


def install_excepthook() -> None:
    """Route uncaught exceptions (e.g. in slots) to the crash dialog instead of stderr only."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        from PySide6.QtWidgets import QApplication

        parent = QApplication.activeWindow()
        if isinstance(exc, ThiDuaError):
            show_error(parent, exc)
        else:
            show_crash(parent, exc_type, exc, tb)

    sys.excepthook = hook
