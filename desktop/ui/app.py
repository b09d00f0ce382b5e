"""Start the desktop program: application, log, crash dialog, language, fonts, lock, database.

The first screen must appear fast (issue 2 "Speed"): nothing here imports SQLAlchemy, Alembic,
reportlab or openpyxl; an up-to-date database opens through plain sqlite3, and page modules are
imported only when their page is first shown.
"""

from __future__ import annotations

import gc
import logging
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from desktop import paths
from desktop.domain.errors import DatabaseError, ThiDuaError
from desktop.ui import errors, i18n
from desktop.ui.instance import InstanceLock
from desktop.ui.preferences import Preferences

if TYPE_CHECKING:
    from desktop.services.session import Workspace

log = logging.getLogger("thidua.ui")

ORGANIZATION = "ThiDua"
APPLICATION = "ThiDua"
UI_FONT_FAMILY = "Liberation Sans"


AFTER_FIRST_PAINT_MS = 500  # work that must not delay the first window waits this long

LOG_MAX_BYTES = 1_000_000
LOG_KEEP = 3


def _rotate(log_file: Path) -> None:
    # Rotated at start rather than by logging.handlers, whose import costs 40 ms of start-up.
    try:
        if not log_file.exists() or log_file.stat().st_size < LOG_MAX_BYTES:
            return
        for n in range(LOG_KEEP - 1, 0, -1):
            older = log_file.with_name(f"{log_file.name}.{n}")
            if older.exists():
                older.replace(log_file.with_name(f"{log_file.name}.{n + 1}"))
        log_file.replace(log_file.with_name(f"{log_file.name}.1"))
    except OSError:
        pass  # another copy may hold the file (Windows); keep appending


def setup_logging() -> Path:
    """Log to a file in the data folder (a few rotated copies kept); return its path."""
    log_file = paths.log_dir() / "thidua.log"
    root = logging.getLogger()
    if not any(getattr(h, "_thidua", False) for h in root.handlers):
        _rotate(log_file)
        handler = logging.FileHandler(log_file, encoding="utf-8", delay=True)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler._thidua = True  # type: ignore[attr-defined]
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    return log_file


def register_fonts(families: tuple[str, ...] = ("LiberationSans",)) -> list[str]:
    """Register the bundled fonts whose file names start with `families`; return the families."""
    found: list[str] = []
    folder = paths.resources_dir() / "fonts"
    for file in sorted(folder.glob("*.ttf")):
        if not file.name.startswith(families):
            continue
        font_id = QFontDatabase.addApplicationFont(str(file))
        if font_id < 0:
            log.warning("font %s could not be loaded", file)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in found:
                found.append(family)
    return found


def make_application(language: str) -> QApplication:
    """The QApplication with names, log, crash dialog, translators and the bundled UI font."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Thi đua")
    i18n.install(app, language)
    if UI_FONT_FAMILY in register_fonts():
        font = QFont(UI_FONT_FAMILY)
        font.setPointSizeF(max(app.font().pointSizeF(), 10.0))
        app.setFont(font)
    icon = paths.resources_dir() / "icons" / "app.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def database_path(db: str | None, demo: bool) -> Path:
    """The database the program opens: --demo, else --db, else the default one."""
    if demo:
        return paths.demo_database()
    if db:
        return Path(db).expanduser()
    return paths.default_database()


def _create_demo(path: Path) -> None:
    """Make the demo database (a few hundred people) the first time --demo is used."""
    try:
        from desktop.services import demo as demo_service
    except ImportError as exc:
        raise DatabaseError(
            "demo_missing",
            QCoreApplication.translate(
                "App", "The demo data generator is not part of this version."
            ),
            str(path),
        ) from exc
    from desktop.services.session import Workspace
    from desktop.ui.tasks import on_worker

    ws = Workspace.open(path)
    try:
        on_worker(None, lambda: demo_service.fill(ws, people=400, seed=1))  # the one writer
    except BaseException:
        ws.close()
        path.unlink(missing_ok=True)
        raise
    ws.close()


def _message(title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok)
    box.exec()


def freeze_start_up() -> None:
    """Leave what start-up made out of every later garbage collection (`gc.freeze`).

    A full collection walks every object the collector tracks and holds the interpreter lock
    as long, so one started by the database worker (a 10,000-row import) froze the window for
    its whole length. Most of what it walked were start-up's modules, classes, functions and
    the window's wrappers (about 65,000 objects: 50-75 ms of CPU per collection on the office
    machine we measure on, more under load). Once frozen they are no longer walked; they are
    still freed when no longer referenced, only a cycle among them waits for `gc.unfreeze()`
    when the window closes. Objects made later are collected as usual.
    """
    gc.collect()  # what start-up left as garbage is not kept
    gc.freeze()


def _after_first_paint(window: QMainWindow, ws: Workspace) -> None:
    """Start-up's objects out of later collections, then the backup reminder, the daily backup
    and the full check, once the window is up."""
    if not window.isVisible():  # closed already (its data file is being closed too)
        return
    freeze_start_up()
    from desktop.ui import backup_prompts

    backup_prompts.add_offsite_reminder(window, ws)
    prefs = getattr(window, "prefs", None)
    if prefs is not None:  # the first window of the day lists what is late
        from desktop.ui import due_reminder

        due_reminder.daily_message(window, ws, prefs)
    backup_prompts.start_daily_backup(window, ws)
    backup_prompts.start_background_check(window, ws)


def run(db: str | None, demo: bool, lang: str | None) -> int:
    """Open the main window on the chosen database; return the process exit code."""
    log_file = setup_logging()
    errors.set_log_file(log_file)
    prefs = Preferences()
    app = make_application(lang or prefs.language)
    errors.install_excepthook()

    path = database_path(db, demo)
    if db is None and not demo and not path.exists():
        from desktop.ui.dialogs.first_run import run_first_run  # a new office: the wizard

        chosen = run_first_run(path, paths.demo_database())
        if chosen is None:
            return 0
        path = chosen
    lock = InstanceLock(path)
    if not lock.acquire():
        log.info("refused: %s is open in another copy (pid %s)", path, lock.holder_pid())
        _message(
            QCoreApplication.translate("App", "Thi đua is already open"),
            QCoreApplication.translate(
                "App",
                "The data file %1 is already open in another window of Thi đua. "
                "Switch to that window; only one copy may work on a data file at a time.",
            ).replace("%1", str(path)),
        )
        return 2
    try:
        from desktop.services.session import Workspace

        try:
            if demo and not path.exists():
                _create_demo(path)
            # The whole-file check would delay the first window (0.2 s per 200 MB): it runs on
            # the worker right after the first paint, and a failure then blocks writing.
            ws = Workspace.open(path, full_check=False)
        except (ThiDuaError, OSError) as exc:
            from desktop.ui import backup_prompts

            # A damaged file with a good backup: offer it; else say what is wrong.
            if not (isinstance(exc, ThiDuaError) and backup_prompts.offer_newest_backup(path, exc)):
                # A file we cannot use (not ours, damaged, newer, read-only, a folder...): say so.
                text = errors.plain_message(exc) or str(exc)
                log.info("cannot open %s: %s", path, text)
                _message(QCoreApplication.translate("App", "Cannot open the data file"), text)
                return 2
            ws = Workspace.open(path)  # the verified backup now in its place

        from desktop.services import accounts, session

        # Writes belong on the database worker: one begun on this thread by interface code is
        # logged with its call site (the UI tests make it an error).
        session.guard_gui_thread(threading.get_ident(), Path(__file__).parent)
        if accounts.has_accounts(ws):  # accounts exist: log in (or leave)
            from desktop.ui.dialogs.accounts import login_if_needed

            if not login_if_needed(ws):
                ws.close()
                return 0
        from desktop.ui.main_window import MainWindow

        try:
            window = MainWindow(ws, prefs)
        except Exception as exc:  # a bug: the crash dialog, not a traceback on a console
            errors.show_crash(None, type(exc), exc, exc.__traceback__)
            ws.close()
            return 1
        window.show()
        # After the first paint: the backup reminder, the daily backup and the full check (on the
        # worker), and their imports. (A 0 ms timer ran them before it: the window is painted when
        # the platform exposes it, and their Python work took the interpreter from the painting
        # thread: ~0.13 s of a start under load.)
        # (Tied to the window: dropped if it is gone before the timer fires.)
        QTimer.singleShot(AFTER_FIRST_PAINT_MS, window, lambda: _after_first_paint(window, ws))
        from desktop.ui import first_paint

        first_paint.install_if_requested(app)  # benchmarks only: THIDUA_EXIT_AFTER_FIRST_PAINT
        # The serif face is for previews of printed documents; it can wait for the first paint.
        QTimer.singleShot(AFTER_FIRST_PAINT_MS, lambda: register_fonts(("LiberationSerif",)))
        log.info("opened %s", path)
        code = app.exec()
        from desktop.ui.tasks import wait_for_worker

        wait_for_worker()
        from desktop.ui import backup_prompts

        backup_prompts.backup_at_exit(ws)  # only when something changed
        window.deleteLater()
        ws.close()
        return int(code)
    finally:
        gc.unfreeze()  # the frozen objects are collected again (several runs in one process)
        lock.release()
