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
    assert result.returncode == 0, (
        "uv run python .ci/dead_code.py:\n" + result.stdout + result.stderr
    )
    assert "no unused functions" in result.stdout


def test_code_only_the_tests_use_fails(tmp_path: Path) -> None:
    # GIVEN a program whose one function only a test calls, and another the program calls
    for folder in ("desktop", "installer", "resources", "benchmarks", "tests", ".ci"):
        (tmp_path / folder).mkdir()
    (tmp_path / "installer" / "thidua.spec").write_text("")
    (tmp_path / ".ci" / "vulture_whitelist.py").write_text("")
    (tmp_path / "desktop" / "tools.py").write_text(
        "def used_by_program() -> int:\n    return 1\n\n\n"
        "def kept_for_a_test() -> int:\n    return 2\n"
    )
    (tmp_path / "desktop" / "main.py").write_text(
        "from desktop.tools import used_by_program\n\nprint(used_by_program())\n"
    )
    (tmp_path / "tests" / "test_tools.py").write_text(
        "from desktop.tools import kept_for_a_test\n\n\n"
        "def test_it() -> None:\n    assert kept_for_a_test() == 2\n"
    )
    # WHEN the unused-code check reads it
    result = _run(sys.executable, str(ROOT / ".ci" / "dead_code.py"), "--root", str(tmp_path))
    # THEN it fails on the test-only function alone
    assert result.returncode == 1
    assert "desktop/tools.py:5: used only by the tests: function 'kept_for_a_test'" in result.stdout
    assert "used_by_program" not in result.stdout
