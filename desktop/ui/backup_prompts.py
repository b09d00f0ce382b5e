"""What the program does about backups around the main window: the daily backup after start,
the backup at exit after changes, the off-PC reminder in the status bar, and the offer of the
newest good backup when the data file is damaged. `app.py` calls these four functions."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

from desktop.domain.errors import DatabaseError, ThiDuaError
from desktop.services import backups
from desktop.services.backups import Description
from desktop.services.session import Workspace
from desktop.ui.style import ERROR_STYLE
from desktop.ui.tasks import Task, run_in_background, run_reader, wait_for

log = logging.getLogger("thidua.ui")

# Refusals that mean "this file of ours is damaged" (not "another program's file", "newer").
DAMAGED_CODES = frozenset({"damaged", "not_db", "empty"})


def start_daily_backup(window: QWidget, ws: Workspace) -> Task:
    """The first start of the day backs up in the background; a failure is logged and shown
    in the status bar, never in the way."""

    def failed(exc: BaseException) -> None:
        from desktop.ui.errors import plain_message

        log.warning("daily backup failed: %s", exc)
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(
                QCoreApplication.translate("BackupPrompts", "The daily backup failed: %1").replace(
                    "%1", plain_message(exc) or str(exc)
                )
            )

    return run_in_background(
        window, lambda: backups.auto_backup_if_due(ws), lambda _r: None, failed
    )


def start_background_check(window: QMainWindow, ws: Workspace) -> Task:
    """The full integrity and foreign-key check after start (opening ran only the quick one);
    problems are shown in the status bar with what to do. Only problems (damage, a changed
    log) block saving; warnings (what cannot be verified, changes made with another tool
    waiting for an administrator) and the missing-key note are shown without blocking."""

    def done(report: object) -> None:
        if not isinstance(report, backups.CheckReport):
            return
        items = report.problems
        if items:
            log.warning("data file check: %d problem(s)", len(items))
            # Reading goes on (the clerk can print and look), writing is refused with the finding.
            ws.block_writes(
                QCoreApplication.translate(
                    "BackupPrompts",
                    "The data file failed its checks (%1); nothing can be saved until a good backup is restored.",
                ).replace("%1", str(items[0]))
            )
            _status_label(
                window,
                "check_failed",
                QCoreApplication.translate(
                    "BackupPrompts",
                    "The data file failed its checks (%1). Restore a good backup on the Backups page.",
                ).replace("%1", items[0]),
                ERROR_STYLE + " font-weight: bold; padding: 0 8px;",
            )
            return
        notes = report.warnings + report.notes
        if notes:
            log.info("data file check: %d warning(s) or note(s)", len(notes))
            _status_label(window, "check_warning", notes[0], "color: #8a4b00; padding: 0 8px;")

    def failed(exc: BaseException) -> None:
        log.warning("data file check could not run: %s", type(exc).__name__)

    # A read-only look at the file through its own connection: a 200 MB file takes seconds,
    # during which saves go on and closing the program does not wait.
    return run_reader(window, lambda: backups.check_report(ws.path), done, failed)


def _status_label(window: QMainWindow, name: str, text: str, style: str) -> None:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(False)
    label.setToolTip(text)
    label.setStyleSheet(style)
    window.statusBar().addPermanentWidget(label)


def backup_at_exit(ws: Workspace) -> None:
    """Back up when the program closes after changes (never raises)."""
    try:
        record = backups.backup_on_close(ws)
    except Exception as exc:  # the window is gone: the log is the only place left
        log.warning("backup at exit failed: %s", exc)
        return
    if record is not None:
        log.info("backup at exit: %s", record.file)


def offsite_reminder_text(ws: Workspace) -> str:
    """The status-bar reminder, or "" when a backup left the PC in the last 14 days."""
    age = backups.last_offsite_backup_age_days(ws)
    if age is None:
        return QCoreApplication.translate(
            "BackupsPage", "No backup has been copied off this computer yet."
        )
    if age >= backups.OFFSITE_REMINDER_DAYS:
        return QCoreApplication.translate(
            "BackupsPage", "The last backup copied off this computer is %n day(s) old.", "", age
        )
    return ""


def add_offsite_reminder(window: QMainWindow, ws: Workspace) -> QLabel | None:
    """Show the reminder in the status bar when no backup has left the PC for 14 days."""
    try:
        text = offsite_reminder_text(ws)
    except Exception as exc:  # a reminder must never stop the window from opening
        log.warning("backup reminder unavailable: %s", exc)
        return None
    if not text:
        return None
    label = QLabel(text)
    label.setObjectName("offsite_reminder")
    label.setStyleSheet("color: #8a4b00; padding: 0 8px;")
    window.statusBar().addPermanentWidget(label)
    return label


# Labels shared with the restore dialog (its translations).
COUNT_LABELS = {
    "unit": "Units",
    "person": "People",
    "movement": "Emulation movements",
    "initiative": "Initiatives",
    "proposal_batch": "Proposal batches",
    "award_record": "Awards",
}


def _ask(error: DatabaseError, good: Description) -> bool:
    counts = ", ".join(
        f"{QCoreApplication.translate('RestoreConfirmDialog', COUNT_LABELS.get(t, t))}: {n}"
        for t, n in good.main_counts()
    )
    when = good.created.strftime("%d/%m/%Y %H:%M") if good.created else ""
    text = (
        error.message
        + "\n\n"
        + QCoreApplication.translate(
            "BackupPrompts",
            "The newest good backup is from %1 (%2). Restore it? The damaged file is kept.",
        )
        .replace("%1", when)
        .replace("%2", counts)
    )
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("BackupPrompts", "The data file is damaged"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return box.exec() == QMessageBox.StandardButton.Yes


def offer_newest_backup(
    path: Path, error: ThiDuaError, ask: Callable[[DatabaseError, Description], bool] = _ask
) -> bool:
    """After a refused open: when the file is damaged and a good backup exists, offer it and
    restore it when accepted. True when the file was replaced (open it again)."""
    if not isinstance(error, DatabaseError) or error.code not in DAMAGED_CODES:
        return False
    # Each backup is verified whole (about 18 s for 100,000 people): on the worker, with the
    # progress dialog and a Cancel that stops the check at once.
    search = wait_for(
        None,
        lambda _p: backups.newest_good_backup(path),
        QCoreApplication.translate("BackupPrompts", "Looking for a good backup…"),
    )
    if search.cancelled:
        return False
    if search.error is not None:
        log.warning("looking for a backup failed: %s", search.error)
        return False
    good: Description | None = search.result
    if good is None or not ask(error, good):
        return False
    # Verified, copied beside the file and verified again before it replaces it: a Cancel up
    # to then leaves the damaged file as it was and no copy behind.
    restore = wait_for(
        None,
        lambda _p: backups.restore_damaged(path, good.path),
        QCoreApplication.translate("BackupPrompts", "Restoring the backup…"),
    )
    if restore.cancelled:
        log.info("restore of %s cancelled; the file is unchanged", path)
        return False
    if restore.error is not None:
        raise restore.error
    log.info("restored %s from %s; damaged file kept at %s", path, good.path, restore.result)
    return True
