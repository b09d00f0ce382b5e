"""The translation files are current and complete: every tr() string of desktop/ui is in
thidua_vi.ts with a finished Vietnamese translation, and the .qm files match their .ts."""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"


def _update_module():
    spec = importlib.util.spec_from_file_location("i18n_update", I18N / "update.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


update = _update_module()


def messages(ts_file: Path) -> dict[tuple[str, str], ET.Element]:
    found: dict[tuple[str, str], ET.Element] = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found[(name, message.findtext("source", ""))] = message
    return found


def fresh_extraction(tmp_path: Path) -> set[tuple[str, str]]:
    """What lupdate finds in the sources today (into a copy: the committed file is not touched)."""
    copy = tmp_path / "thidua_vi.ts"
    shutil.copyfile(I18N / "thidua_vi.ts", copy)
    update.lupdate(copy, "vi_VN")
    return set(messages(copy))


def test_vietnamese_file_is_not_stale(tmp_path: Path) -> None:
    current = fresh_extraction(tmp_path)
    committed = set(messages(I18N / "thidua_vi.ts"))
    missing = sorted(current - committed)
    gone = sorted(committed - current)
    hint = "run: uv run python resources/i18n/update.py, then translate the new entries"
    assert not missing, f"strings missing from thidua_vi.ts ({hint}): {missing}"
    assert not gone, f"strings no longer in the sources ({hint}): {gone}"


@pytest.mark.parametrize("name", ["thidua_vi.ts", "qtbase_vi.ts"])
def test_every_vietnamese_translation_is_finished(name: str) -> None:
    todo = update.unfinished(I18N / name)
    assert not todo, f"unfinished Vietnamese in {name}: {todo}"


@pytest.mark.parametrize("name", ["thidua_vi.ts", "qtbase_vi.ts"])
def test_placeholders_are_kept(name: str) -> None:
    for (context, source), message in messages(I18N / name).items():
        _kind, texts = update.translation_texts(message)
        wanted = sorted(set(re.findall(r"%L?(?:\d+|n)", source)))
        for text in texts:
            assert sorted(set(re.findall(r"%L?(?:\d+|n)", text))) == wanted, (context, source, text)


@pytest.mark.parametrize("name", ["thidua_vi", "thidua_en", "qtbase_vi"])
def test_compiled_files_match_their_sources(name: str, tmp_path: Path) -> None:
    compiled = update.lrelease(I18N / f"{name}.ts", tmp_path / f"{name}.qm")
    committed = I18N / f"{name}.qm"
    assert committed.exists(), f"{committed.name} missing: run resources/i18n/update.py"
    assert committed.read_bytes() == compiled.read_bytes(), f"{committed.name} is out of date"


def test_vietnamese_is_loaded_for_qt_and_for_us(qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    from desktop.ui import i18n

    i18n.install(qapp, "vi")
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Hủy"
        assert QCoreApplication.translate("Navigation", "People") == "Cán bộ - Cá nhân"
    finally:
        i18n.uninstall(qapp)
    assert QCoreApplication.translate("Navigation", "People") == "People"
