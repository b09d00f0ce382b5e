"""Fast checks of the frozen build's recipe (the full PyInstaller build runs by hand before a
release: `uv run python installer/build.py --check`): every folder the program reads at run time is
carried, the migrations land where Alembic looks for them, and the build stays one-folder."""

from __future__ import annotations

import ast
import re
import struct
import sys
from pathlib import Path

import pytest

from desktop import paths
from desktop.persistence import migrate

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "installer" / "thidua.spec"


def _spec_list(name: str) -> list:  # type: ignore[type-arg]
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return [ast.literal_eval(e) for e in node.value.elts if not isinstance(e, ast.Starred)]
    raise AssertionError(f"{name} not found in {SPEC}")


def _data() -> dict[str, str]:
    return dict(_spec_list("DATA_FOLDERS"))


def test_every_listed_source_exists() -> None:
    for src in _data():
        assert list(ROOT.glob(src)), f"{src} is listed in the spec but matches no file"


def test_every_resources_folder_read_by_the_code_is_carried() -> None:
    # GIVEN every `resources_dir() / "name"` in the code, and every folder of resources/
    read = set()
    for file in (ROOT / "desktop").rglob("*.py"):
        read |= set(re.findall(r'resources_dir\(\)\s*/\s*"([^"]+)"', file.read_text("utf-8")))
    assert {"fonts", "icons", "i18n", "catalog"} <= read
    present = {p.name for p in (ROOT / "resources").iterdir() if p.is_dir()}
    # THEN each one lands under resources/ in the bundle, where paths.resources_dir() looks
    destinations = set(_data().values())
    for name in read | present:
        assert f"resources/{name}" in destinations, f"resources/{name} is not in the spec"


def test_every_file_the_program_loads_from_resources_is_carried() -> None:
    data = _data()
    for folder in ("fonts", "icons", "catalog", "help"):
        for file in (ROOT / "resources" / folder).iterdir():
            assert any(
                dest == f"resources/{folder}" and bool({file, file.parent} & set(ROOT.glob(src)))
                for src, dest in data.items()
            ), file
    qm = {p.name for p in (ROOT / "resources" / "i18n").glob("*.qm")}
    carried = {
        p.name for src, dest in data.items() if dest == "resources/i18n" for p in ROOT.glob(src)
    }
    assert qm and qm <= carried


def test_migrations_land_beside_migrate_py() -> None:
    # Alembic reads migrations/ as files next to desktop/persistence/migrate.py
    inside = migrate.MIGRATIONS.relative_to(ROOT).as_posix()
    assert inside == "desktop/persistence/migrations"
    data = _data()
    carried = {p for src, dest in data.items() if dest.startswith(inside) for p in ROOT.glob(src)}
    needed = {migrate.MIGRATIONS / "env.py", migrate.MIGRATIONS / "script.py.mako"}
    needed |= set((migrate.MIGRATIONS / "versions").glob("*.py"))
    assert needed <= carried, needed - carried
    for src, dest in data.items():
        if dest.startswith(inside):
            for p in ROOT.glob(src):
                assert (ROOT / dest / p.name) == p, (src, dest)


def test_resources_dir_looks_inside_the_bundle(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "resources").mkdir()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_dir() == tmp_path / "resources"


def test_one_folder_build_without_unused_qt() -> None:
    text = SPEC.read_text(encoding="utf-8")
    assert "COLLECT(" in text and "exclude_binaries=True" in text  # one-folder, not one-file
    excluded = set(_spec_list("EXCLUDED_MODULES"))
    for module in (
        "tkinter",
        "PySide6.QtQml",
        "PySide6.QtQuick",
        "PySide6.QtWebEngineCore",
        "pytest",
        "hypothesis",
        "pypdf",
        "ssl",
        "PySide6.QtNetwork",
    ):
        assert module in excluded
    dropped = _spec_list("DROPPED_QT")
    for part in (
        "qml",
        "quick",
        "webengine",
        "multimedia",
        "wayland",
        "/qt/translations/",  # Qt's own translations, never loaded (Linux and Windows wheels)
        "/pyside6/translations/",
    ):
        assert part in dropped
    hidden = _spec_list("HIDDEN_IMPORTS")
    assert "PySide6.QtPdf" in hidden and "PySide6.QtPdfWidgets" in hidden
    assert "alembic.op" in hidden and "sqlmodel" in hidden  # imported by the migration files
    # Linux: libraries only the dropped plugins needed are left out, and ICU's data is trimmed
    assert "_orphans(a.binaries)" in text and "icu_data.trimmed_library(" in text


def test_the_icon_is_a_valid_ico(qapp, tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "installer"))
    try:
        import build
    finally:
        sys.path.pop(0)
    ico = build.make_icon(ROOT / "resources" / "icons" / "app.svg", tmp_path / "t.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, len(build.ICON_SIZES))
    for i in range(count):
        _w, _h, _c, _r, _planes, _bits, size, offset = struct.unpack(
            "<BBBBHHII", ico[6 + 16 * i : 22 + 16 * i]
        )
        assert ico[offset : offset + 8] == b"\x89PNG\r\n\x1a\n" and size > 0


def test_the_inno_script_keeps_user_data() -> None:
    iss = (ROOT / "installer" / "thidua.iss").read_text(encoding="utf-8-sig")
    assert "PrivilegesRequired=lowest" in iss
    assert re.search(r"AppId=\{\{[0-9A-F-]{36}\}", iss)
    sections = re.split(r"^\[", iss, flags=re.M)
    deleting = [s for s in sections if s.startswith(("UninstallDelete]", "InstallDelete]"))]
    assert all("{localappdata}" not in s.lower() for s in deleting)
    assert not any(s.startswith("UninstallDelete]") for s in deleting)  # data is never removed
    assert "{userdesktop}" in iss or "{autodesktop}" in iss
    assert "{group}" in iss or "{autoprograms}" in iss
