"""Refresh the translations: collect the tr() strings of desktop/ui into the .ts files, then
compile every .ts into the .qm files the program loads.

Run from anywhere:  uv run python resources/i18n/update.py
Then fill the new (unfinished) Vietnamese entries of thidua_vi.ts, with Qt Linguist
(`uv run pyside6-linguist resources/i18n/thidua_vi.ts`) or a text editor, and run it again
so the .qm files follow. tests/ui/test_translations.py fails while anything is stale or
unfinished.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
UI = ROOT / "desktop" / "ui"
OUR_TS = {"vi": HERE / "thidua_vi.ts", "en": HERE / "thidua_en.ts"}
QT_TS = HERE / "qtbase_vi.ts"  # our own Vietnamese for Qt's standard buttons and dialogs
LUPDATE_OPTIONS = ["-locations", "none", "-no-obsolete", "-source-language", "en"]


def tool(name: str) -> str:
    """Path of a PySide6 tool (pyside6-lupdate, pyside6-lrelease) in this environment."""
    for folder in (Path(sys.executable).parent, Path(sys.executable).parent / "Scripts"):
        for candidate in (folder / name, folder / f"{name}.exe"):
            if candidate.exists():
                return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: run this with `uv run python {__file__}`")
    return found


def ui_sources() -> list[Path]:
    """Every Python file of the user interface, in a stable order."""
    return sorted(p for p in UI.rglob("*.py") if "__pycache__" not in p.parts)


def lupdate(ts_file: Path, language: str) -> None:
    """Merge the current source strings into `ts_file` (created when missing)."""
    command = [tool("pyside6-lupdate"), *LUPDATE_OPTIONS, "-target-language", language]
    command += [str(p) for p in ui_sources()] + ["-ts", str(ts_file)]
    subprocess.run(command, check=True, cwd=ROOT, capture_output=True, text=True)


def lrelease(ts_file: Path, qm_file: Path | None = None) -> Path:
    """Compile `ts_file` into a .qm beside it (or at `qm_file`)."""
    qm_file = qm_file or ts_file.with_suffix(".qm")
    command = [tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)]
    subprocess.run(command, check=True, capture_output=True, text=True)
    return qm_file


def translation_texts(message: ET.Element) -> tuple[str | None, list[str]]:
    """The translation type attribute and its text(s) (several for plural forms)."""
    translation = message.find("translation")
    if translation is None:
        return "unfinished", [""]
    forms = list(translation.iter("numerusform"))
    texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
    return translation.get("type"), texts


def unfinished(ts_file: Path) -> list[tuple[str, str]]:
    """(context, source) of every entry without a finished translation."""
    missing: list[tuple[str, str]] = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            kind, texts = translation_texts(message)
            if kind in ("unfinished", "obsolete", "vanished") or not all(t.strip() for t in texts):
                missing.append((name, message.findtext("source", "")))
    return missing


def main() -> int:
    lupdate(OUR_TS["vi"], "vi_VN")
    lupdate(OUR_TS["en"], "en_GB")
    for ts_file in (*OUR_TS.values(), QT_TS):
        print(f"compiled {lrelease(ts_file).relative_to(ROOT)}")
    todo = unfinished(OUR_TS["vi"]) + unfinished(QT_TS)
    for context, source in todo:
        print(f"unfinished Vietnamese: [{context}] {source!r}")
    print(f"{len(todo)} Vietnamese entries to translate")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
