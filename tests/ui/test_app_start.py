"""Starting the program: single instance per database, plain messages for bad files, --demo."""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import paths
from desktop.ui import app as app_module
from desktop.ui import i18n
from desktop.ui.instance import InstanceLock, lock_path_for
from desktop.ui.main_window import MainWindow


@pytest.fixture
def start(qapp, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """run() changes process-wide things; put them back after the test."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    name, organization = qapp.applicationName(), qapp.organizationName()
    font = qapp.font()
    yield
    i18n.uninstall(qapp)
    qapp.setApplicationName(name)
    qapp.setOrganizationName(organization)
    qapp.setFont(font)


class Dismisser:
    """Answers the next modal message boxes, remembering their text."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def _poll(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            self.texts.append(box.text())
            box.close()


def close_main_window_soon(seen: dict[str, int]) -> QTimer:
    """Close the main window once shown, noting how many rows its people table had."""
    timer = QTimer()
    timer.setInterval(20)

    def poll() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible() and "rows" not in seen:
                page = widget.current_page()
                rows = page.table.model().rowCount() if page is not None else -1  # type: ignore[attr-defined]
                seen["rows"] = rows
                widget.close()
                timer.stop()

    timer.timeout.connect(poll)
    timer.start()
    return timer


def test_a_second_copy_on_the_same_database_is_refused(start: None, db_path: Path) -> None:
    # GIVEN another copy holding the database
    other = InstanceLock(db_path)
    assert other.acquire()
    try:
        # WHEN the program starts on it THEN it says so in Vietnamese and exits
        dismiss = Dismisser()
        code = app_module.run(db=str(db_path), demo=False, lang="vi")
        assert code == 2
        assert dismiss.texts and "đang được mở" in dismiss.texts[0]
        assert str(db_path) in dismiss.texts[0]
    finally:
        other.release()


def test_lock_held_by_another_process_is_respected(db_path: Path, tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; from desktop.ui.instance import InstanceLock;"
            f"lock = InstanceLock(Path({str(db_path)!r}), Path({str(tmp_path)!r}));"
            "print(lock.acquire(), flush=True); sys.stdin.readline()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "True"
        mine = InstanceLock(db_path, tmp_path)
        assert mine.acquire() is False
        assert mine.holder_pid() == holder.pid
    finally:
        holder.communicate("\n", timeout=30)
    # the holder exited: the lock is free again
    assert InstanceLock(db_path, tmp_path).acquire()


def test_stale_lock_of_a_crashed_copy_is_recovered(db_path: Path, tmp_path: Path) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    lock_file = lock_path_for(db_path, tmp_path)
    lock_file.write_text(f"{dead.pid}\nThiDua\n{socket.gethostname()}\n")
    lock = InstanceLock(db_path, tmp_path)
    assert lock.acquire()
    lock.release()


def test_same_file_spelled_differently_shares_the_lock(db_path: Path, tmp_path: Path) -> None:
    odd = db_path.parent / "." / db_path.name
    assert lock_path_for(db_path, tmp_path) == lock_path_for(odd, tmp_path)


def test_a_file_that_is_not_a_database_gets_a_plain_message(start: None, tmp_path: Path) -> None:
    bad = tmp_path / "notes.db"
    bad.write_text("this is not a database\n" * 50)
    dismiss = Dismisser()
    code = app_module.run(db=str(bad), demo=False, lang="vi")
    assert code == 2
    assert dismiss.texts and str(bad) in dismiss.texts[0]
    assert "Traceback" not in dismiss.texts[0]
    assert bad.read_text().startswith("this is not a database")  # untouched


def test_opens_the_main_window_and_releases_the_lock(start: None, db_path: Path) -> None:
    closer = close_main_window_soon({})
    assert app_module.run(db=str(db_path), demo=False, lang="vi") == 0
    closer.stop()
    assert i18n.current_language() == "vi"
    assert QApplication.font().family() == "Liberation Sans"
    assert InstanceLock(db_path).acquire()  # released at exit


def test_demo_creates_the_demo_database_once(start: None) -> None:
    seen: dict[str, int] = {}
    closer = close_main_window_soon(seen)
    assert app_module.run(db=None, demo=True, lang="en") == 0
    closer.stop()
    assert paths.demo_database().exists()
    assert seen["rows"] == 400


def test_a_folder_given_as_database_gets_a_plain_message(start: None, tmp_path: Path) -> None:
    folder = tmp_path / "a folder"
    folder.mkdir()
    dismiss = Dismisser()
    assert app_module.run(db=str(folder), demo=False, lang="en") == 2
    assert dismiss.texts and "Traceback" not in dismiss.texts[0]
