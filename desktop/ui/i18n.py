"""Interface language: our translations and our Vietnamese translation of Qt's own strings."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from desktop import paths

log = logging.getLogger("thidua.ui")

_current = "en"  # the source language until `install` runs
_installed: list[QTranslator] = []


def current_language() -> str:
    """The language the interface is shown in ("vi" or "en")."""
    return _current


def install(app: QCoreApplication, language: str) -> str:
    """Install the translators for `language`; return the language actually in use."""
    global _current
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    folder = paths.resources_dir() / "i18n"
    if language == "vi":
        names = ["qtbase_vi.qm", "thidua_vi.qm"]
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    else:
        names = ["thidua_en.qm"]
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    for name in names:
        translator = QTranslator(app)
        if translator.load(str(folder / name)):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("translation %s could not be loaded", folder / name)
    _current = language
    return language


def uninstall(app: QCoreApplication) -> None:
    """Back to the source language (English), e.g. after a test."""
    global _current
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    _current = "en"
