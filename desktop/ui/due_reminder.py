"""Late deadlines in the status bar, and once a day (the first window of the day) a message
listing them."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from desktop.services import deadlines
from desktop.services.session import Workspace
from desktop.ui.preferences import Preferences
from desktop.ui.style import ERROR_STYLE
from desktop.ui.widgets.due_list import late_text

log = logging.getLogger("thidua.ui")
LABEL_NAME = "late_reminder"
MAX_LISTED = 8


def refresh_label(window: QMainWindow, ws: Workspace, today: date | None = None) -> QLabel:
    """Show (or update, or hide) the status bar's line about late deadlines."""
    label = window.statusBar().findChild(QLabel, LABEL_NAME)
    if label is None:
        label = QLabel()
        label.setObjectName(LABEL_NAME)
        label.setStyleSheet(ERROR_STYLE + " padding: 0 8px;")
        window.statusBar().addPermanentWidget(label)
    try:
        text = late_text(ws, today)
    except Exception as exc:  # a reminder must never stop the window from working
        log.warning("deadlines unavailable: %s", exc)
        text = ""
    label.setText(text)
    label.setToolTip(text)
    label.setVisible(bool(text))
    return label


def daily_message(
    window: QMainWindow, ws: Workspace, prefs: Preferences, today: date | None = None
) -> QMessageBox | None:
    """The first window of the day lists what is late (once a day, remembered per user)."""
    today = today or date.today()
    if prefs.due_reminder_day() == today.isoformat():
        return None
    try:
        late = deadlines.due(ws, 0, today).late
    except Exception as exc:
        log.warning("deadlines unavailable: %s", exc)
        return None
    prefs.set_due_reminder_day(today.isoformat())
    if not late:
        return None
    lines = [f"• {i.due_on:%d/%m/%Y} — {i.title}" + (f" ({i.assignee})" if i.assignee else "")
             for i in late[:MAX_LISTED]]  # fmt: skip
    if len(late) > MAX_LISTED:
        lines.append(
            QCoreApplication.translate("DueReminder", "… and %1 more").replace(
                "%1", str(len(late) - MAX_LISTED)
            )
        )
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("DueReminder", "Late deadlines"),
        QCoreApplication.translate(
            "DueReminder", "%n deadline(s) passed without being marked done:", "", len(late)
        )
        + "\n\n"
        + "\n".join(lines)
        + "\n\n"
        + QCoreApplication.translate(
            "DueReminder", "They are listed under Dossiers and reports, At a glance."
        ),
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.setObjectName("late_deadlines_message")
    box.open()  # not modal for the event loop: the window stays usable behind it
    return box
