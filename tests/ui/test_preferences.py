"""The typed wrapper over QSettings: defaults, checked values, a file in the data folder."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QSettings

from desktop import paths
from desktop.ui.preferences import Preferences


def test_defaults_to_vietnamese_in_the_data_folder(qapp) -> None:
    prefs = Preferences()
    assert prefs.language == "vi"
    assert prefs.file_name.startswith(str(paths.data_dir()))
    assert prefs.window_geometry().isEmpty()
    assert prefs.last_page() == ""


def test_language_is_kept_and_checked(qapp) -> None:
    Preferences().set_language("en")
    assert Preferences().language == "en"
    with pytest.raises(ValueError):
        Preferences().set_language("fr")


def test_a_hand_edited_bad_value_falls_back(qapp, tmp_path) -> None:
    raw = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    raw.setValue("ui/language", "klingon")
    raw.setValue("window/geometry", "not bytes")
    prefs = Preferences(raw)
    assert prefs.language == "vi"
    assert isinstance(prefs.window_geometry(), QByteArray)


def test_window_state_round_trip(qapp) -> None:
    Preferences().save_window(QByteArray(b"geo"), QByteArray(b"state"), "units")
    prefs = Preferences()
    assert bytes(prefs.window_geometry().data()) == b"geo"
    assert bytes(prefs.window_state().data()) == b"state"
    assert prefs.last_page() == "units"
