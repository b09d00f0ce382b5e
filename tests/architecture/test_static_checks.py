"""CI's two static checks beside the layers, run with the tests so a landing sees them too:
mypy ([tool.mypy]: strict in domain, persistence, services and documents) and the unused-code
check (.ci/dead_code.py). Each failure prints what to fix; README "CI" says how."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, check=False)


def test_types_hold() -> None:
    # GIVEN [tool.mypy] in pyproject.toml WHEN mypy checks the program THEN it finds no error
    result = _run(sys.executable, "-m", "mypy")
    assert result.returncode == 0, "uv run mypy:\n" + result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout


def test_no_unused_code() -> None:
    # GIVEN the program, its tests and the reviewed whitelist WHEN vulture reads them THEN no
    # function, method, class or import of desktop/ or installer/ is left unused
    result = _run(sys.executable, str(ROOT / ".ci" / "dead_code.py"))
    assert result.returncode == 0, "uv run python .ci/dead_code.py:\n" + result.stdout + result.stderr
    assert "no unused functions" in result.stdout
