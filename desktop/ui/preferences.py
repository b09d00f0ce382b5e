"""Per-user preferences (language, window state) in an INI file: a typed wrapper over QSettings.

Office data lives in the database; only what belongs to this user and this machine is kept here.
The file sits in the data folder, so THIDUA_DATA_DIR (tests, portable installs) moves it too.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from desktop import paths

LANGUAGES: tuple[str, ...] = ("vi", "en")
DEFAULT_LANGUAGE = "vi"


class Preferences:
    """Typed access to the user's settings; every value has a default and a checked type."""

    def __init__(self, settings: QSettings | None = None) -> None:
        if settings is None:
            settings = QSettings(str(paths.data_dir() / "settings.ini"), QSettings.Format.IniFormat)
        self._s = settings

    @property
    def file_name(self) -> str:
        return self._s.fileName()

    # Language -----------------------------------------------------------------------------
    @property
    def language(self) -> str:
        value = str(self._s.value("ui/language", DEFAULT_LANGUAGE, type=str) or "")
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    def set_language(self, code: str) -> None:
        if code not in LANGUAGES:
            raise ValueError(f"unknown language {code!r}")
        self._s.setValue("ui/language", code)
        self._s.sync()

    # Deadlines: the day the late deadlines were last listed (once a day) ------------------
    def due_reminder_day(self) -> str:
        return str(self._s.value("desk/late_listed_on", "", type=str) or "")

    def set_due_reminder_day(self, day: str) -> None:
        self._s.setValue("desk/late_listed_on", day)
        self._s.sync()

    # Main window --------------------------------------------------------------------------
    def window_geometry(self) -> QByteArray:
        value = self._s.value("window/geometry", QByteArray(), type=QByteArray)
        return value if isinstance(value, QByteArray) else QByteArray()

    def window_state(self) -> QByteArray:
        value = self._s.value("window/state", QByteArray(), type=QByteArray)
        return value if isinstance(value, QByteArray) else QByteArray()

    def last_page(self) -> str:
        return str(self._s.value("window/page", "", type=str) or "")

    def save_window(self, geometry: QByteArray, state: QByteArray, page: str) -> None:
        self._s.setValue("window/geometry", geometry)
        self._s.setValue("window/state", state)
        self._s.setValue("window/page", page)
        self._s.sync()
