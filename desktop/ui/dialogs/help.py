"""The in-program help (F1): resources/help/<language>.html in a browser dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop import paths
from desktop.ui import i18n


def help_file(language: str | None = None) -> Path:
    """The help page in `language` (the interface language by default), Vietnamese as fallback."""
    folder = paths.resources_dir() / "help"
    chosen = folder / f"{language or i18n.current_language()}.html"
    return chosen if chosen.exists() else folder / "vi.html"


class HelpDialog(QDialog):
    """A non-modal window showing the help page; links inside it stay in the window."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Help — Thi đua"))
        self.setObjectName("help_dialog")
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("help_browser")
        self.browser.setOpenExternalLinks(False)
        self.browser.setSource(QUrl.fromLocalFile(str(help_file(language))))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(760, 640)


def show_help(parent: QWidget) -> HelpDialog:
    """Open (or bring forward) the help window of `parent`."""
    dialog = parent.findChild(HelpDialog, "help_dialog")
    if dialog is None:
        dialog = HelpDialog(parent)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
