"""The layer contracts of ARCHITECTURE.md, checked by import-linter on every test run."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_import_contracts_hold() -> None:
    # GIVEN the contracts in pyproject.toml WHEN import-linter checks the package THEN all hold
    result = subprocess.run(
        [str(Path(sys.executable).with_name("lint-imports")), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" in result.stdout and "0 broken" in result.stdout


def test_python_floor_is_312() -> None:
    # PySide6 6.12 aborts on Python 3.11 (STACK_NOTES.md §0)
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["requires-python"] == ">=3.12"
    assert sys.version_info >= (3, 12)
    assert (ROOT / ".python-version").read_text().strip().startswith("3.1")
