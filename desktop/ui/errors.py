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
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import (
    ConflictError,
    DatabaseError,
    FileRejected,
    NotFoundError,
    ThiDuaError,
    ValidationError,
)

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
    if isinstance(exc, ValidationError):
        return field_message(exc)
    if isinstance(exc, DatabaseError | ConflictError | FileRejected):
        return exc.message
    if isinstance(exc, NotFoundError):
        return str(exc) or QCoreApplication.translate(
            "Errors", "The record no longer exists. It may have been deleted."
        )
    if isinstance(exc, ThiDuaError):
        return str(exc)
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
    log.info("shown to the user: %s: %s", type(exc).__name__, message)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("Errors", "Thi đua"))
    box.setText(message)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


class CrashDialog(QDialog):
    """A bug happened: say so plainly, give the details to copy and where the log is."""

    def __init__(self, details: str, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The program met an error it did not expect. What you were doing may not have "
                "been finished; data already saved is safe. Please send the details below to "
                "the person who supports the program."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        layout.addWidget(self.details, 1)
        if log_file is not None:
            where = QLabel(self.tr("Log file: %1").replace("%1", str(log_file)))
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            where.setWordWrap(True)
            layout.addWidget(where)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("Copy details"))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())


def crash_details(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    """The text of a crash report: versions and the traceback."""
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
    if _showing_crash or QApplication.instance() is None:
        return
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
        parent = QApplication.activeWindow()
        if isinstance(exc, ThiDuaError):
            show_error(parent, exc)
        else:
            show_crash(parent, exc_type, exc, tb)

    sys.excepthook = hook
