"""The Windows build's own pieces that run on any system: build.py's output on a pipe that is not
UTF-8, the spec's refusal to freeze a program without its own modules, the console launcher
thidua-cli.exe (installer/cli_launcher.py), and the Inno script's folder and compression.
The Windows build itself runs under Wine in CI: installer/wine_check.sh."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "installer"))
import cli_launcher  # noqa: E402
import project_modules  # noqa: E402

sys.path.pop(0)


def test_build_py_writes_vietnamese_to_a_pipe_in_a_legacy_code_page() -> None:
    # GIVEN stdout and stderr that Python would encode as ASCII (on Windows: the ANSI code page)
    env = dict(os.environ, PYTHONIOENCODING="ascii", PYTHONUTF8="0")
    # WHEN build.py prints its Vietnamese help into a pipe
    result = subprocess.run(
        [sys.executable, str(ROOT / "installer" / "build.py"), "--help"],
        env=env,
        capture_output=True,
        check=False,
    )
    # THEN it does not crash, and the text arrives as UTF-8
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert "không chạy Inno Setup" in result.stdout.decode("utf-8")


def test_the_spec_stops_when_the_project_modules_are_not_importable() -> None:
    expected = project_modules.expected(ROOT)
    # the pages, services and verbs imported lazily are among them
    assert {"desktop.persistence.tables", "desktop.cli.commands", "desktop.ui.app"} <= expected
    assert not any(".migrations" in name for name in expected)
    # collect_submodules of an unimportable project returns nothing: the build stops
    with pytest.raises(SystemExit, match=r"\d+ mô-đun"):
        project_modules.require([], ROOT)
    # one module that failed to import is enough to stop it, and it is named
    with pytest.raises(SystemExit, match=r"desktop\.persistence\.tables"):
        project_modules.require(expected - {"desktop.persistence.tables"}, ROOT)


def test_the_spec_requires_what_pyinstaller_collects_here() -> None:
    from PyInstaller.utils.hooks import collect_submodules

    found = collect_submodules("desktop", filter=lambda name: ".migrations" not in name)
    assert set(project_modules.require(found, ROOT)) >= project_modules.expected(ROOT)
    spec = (ROOT / "installer" / "thidua.spec").read_text(encoding="utf-8")
    assert "project_modules.require(" in spec and "*PROJECT_MODULES" in spec


def test_one_program_archive_on_windows() -> None:
    spec = (ROOT / "installer" / "thidua.spec").read_text(encoding="utf-8")
    # the whole program's archive (pyz of the main Analysis) goes into thidua(.exe) alone
    assert spec.count("_exe(pyz,") == 1
    assert '_exe(PYZ(cli.pure), cli.scripts, "thidua-cli", console=True)' in spec
    launcher = (ROOT / "installer" / "cli_launcher.py").read_text(encoding="utf-8")
    assert not re.search(r"^\s*(from|import) desktop", launcher, flags=re.M)


def _launch(
    code: str, *args: str, stdin: bytes | None = None
) -> subprocess.CompletedProcess[bytes]:
    """Run the launcher with a Python child standing in for thidua.exe."""
    env = dict(os.environ, THIDUA_CLI_PROGRAM=sys.executable)
    return subprocess.run(
        [sys.executable, str(ROOT / "installer" / "cli_launcher.py"), "-c", code, *args],
        env=env,
        input=stdin if stdin is not None else b"",
        capture_output=True,
        check=False,
    )


def test_the_launcher_relays_output_and_the_exit_code() -> None:
    code = (
        "import sys; sys.stdout.reconfigure(encoding='utf-8');"
        "sys.stderr.reconfigure(encoding='utf-8');"
        "print('Tự kiểm tra thành công', sys.argv[1:]); print('Lỗi: sai', file=sys.stderr);"
        "sys.exit(2)"
    )
    result = _launch(code, "--db", "x.db")
    assert result.returncode == 2
    assert result.stdout.decode("utf-8") == "Tự kiểm tra thành công ['--db', 'x.db']\n"
    assert result.stderr.decode("utf-8") == "Lỗi: sai\n"


def test_the_launcher_passes_piped_input_and_a_large_output() -> None:
    code = "import sys; data = sys.stdin.read(); sys.stdout.write(data * 20000)"
    result = _launch(code, stdin=b"Thi \xc4\x91ua\n")
    assert result.returncode == 0
    assert result.stdout == b"Thi \xc4\x91ua\n" * 20000


def test_the_launcher_says_when_the_program_is_missing(tmp_path: Path) -> None:
    assert cli_launcher.run(tmp_path / "thidua.exe", []) == 1


def test_the_inno_script_installs_per_user_into_programs() -> None:
    iss = (ROOT / "installer" / "thidua.iss").read_text(encoding="utf-8-sig")
    # the folder {autopf} means per user on Windows 10/11, spelled out so Wine can expand it
    assert re.search(r"^DefaultDirName=\{localappdata\}\\Programs\\ThiDua\r?$", iss, flags=re.M)
    assert re.search(r"^Compression=\{#Compression\}\r?$", iss, flags=re.M)
    assert re.search(r'#define Compression "lzma2/max"', iss)  # a release: the strongest


def test_the_launcher_decodes_for_a_console_across_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    class Console(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(cli_launcher, "CHUNK", 3)  # "đ" is two bytes: some chunks split it
    console = Console()
    cli_launcher._relay(io.BufferedReader(io.BytesIO("Thi đua đạt\n".encode())), console)
    assert console.getvalue() == "Thi đua đạt\n"
