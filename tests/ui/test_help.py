"""The help window (F1): Vietnamese page covering the daily tasks, opened from the main window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut

from desktop import paths
from desktop.services.session import Workspace
from desktop.ui import i18n
from desktop.ui.dialogs.help import HelpDialog, help_file
from desktop.ui.main_window import MainWindow
from desktop.ui.preferences import Preferences

TOPICS = [
    "Nhập từ Excel",
    "xếp loại",
    "Đăng ký thi đua",
    "Sáng kiến",
    "Xét điều kiện",
    "Họp Hội đồng",
    "In hồ sơ",
    "Báo cáo định kỳ",
    "Sao lưu",
    "Phục hồi",
    "%LOCALAPPDATA%\\ThiDua\\ThiDua",
]


@pytest.fixture
def vietnamese(qapp) -> Iterator[None]:
    i18n.install(qapp, "vi")
    yield
    i18n.uninstall(qapp)


def test_the_vietnamese_page_covers_the_daily_tasks() -> None:
    text = help_file("vi").read_text(encoding="utf-8")
    for topic in TOPICS:
        assert topic in text, topic
    # every entry of the contents leads to a heading of the page
    for anchor in ("batdau", "donvi", "xeploai", "dulieu", "saoluu", "inhoso"):
        assert f'href="#{anchor}"' in text and f'name="{anchor}"' in text


def test_a_language_without_a_page_falls_back_to_vietnamese() -> None:
    assert help_file("fr") == paths.resources_dir() / "help" / "vi.html"
    assert help_file("en").name == "en.html"


def test_the_dialog_shows_the_page(qtbot, vietnamese) -> None:
    dialog = HelpDialog(None, "vi")
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "Hướng dẫn sử dụng Thi đua" in text and "Sao lưu ngay" in text
    assert Path(dialog.browser.source().toLocalFile()).name == "vi.html"


def test_f1_opens_the_help_from_the_main_window(qtbot, ws: Workspace, vietnamese) -> None:
    window = MainWindow(ws, Preferences())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # The offscreen platform has no active window, so the key is not delivered as a real press:
    # the window's F1 shortcut is triggered as the key would.
    f1 = [s for s in window.findChildren(QShortcut) if s.key() == QKeySequence(Qt.Key.Key_F1)]
    assert len(f1) == 1 and f1[0].isEnabled()
    f1[0].activated.emit()
    qtbot.waitUntil(lambda: window.findChild(HelpDialog, "help_dialog") is not None)
    dialog = window.findChild(HelpDialog, "help_dialog")
    assert dialog is not None and dialog.isVisible()
    assert "Đơn vị và cán bộ" in dialog.browser.toPlainText()
    window.show_help()  # a second F1 brings the same window forward
    assert len(window.findChildren(HelpDialog)) == 1
    dialog.close()
