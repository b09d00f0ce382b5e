"""`thidua --self-test` from the source tree: every step passes and is named; a failure names its step."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import selftest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_self_test_passes_from_the_source_tree(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", THIDUA_DATA_DIR=str(tmp_path / "data"))
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--self-test"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for step, _ in selftest.STEPS:
        assert any(line.startswith(f"OK [{step}]") for line in lines), (step, lines)
    assert "hồ sơ ho-so.pdf" in result.stdout and "bao-cao.pdf" in result.stdout
    assert lines[-1].startswith("Tự kiểm tra thành công")
    # Nothing is left behind in the user's data folder: the test works in a temporary folder.
    data = tmp_path / "data"
    assert not data.exists() or not list(data.iterdir())


def test_a_failed_step_is_named_and_exits_1(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(_state: object) -> str:
        raise selftest.SelfTestFailed("hỏng có chủ ý")

    monkeypatch.setattr(selftest, "STEPS", [("migrate", selftest.STEPS[0][1]), ("hong", broken)])
    out, err = io.StringIO(), io.StringIO()
    assert selftest.run(out, err) == 1
    assert out.getvalue().startswith("OK [migrate]")
    assert "LỖI [hong]: hỏng có chủ ý" in err.getvalue()
    assert "thất bại ở bước hong" in err.getvalue()


def test_pdf_pages_checks_the_header_and_counts_pages() -> None:
    with pytest.raises(selftest.SelfTestFailed):
        selftest.pdf_pages(b"<html>not a pdf</html>")
    fake = b"%PDF-1.4\n1 0 obj << /Type /Pages /Count 2 >>\n2 0 obj << /Type /Page >>\n"
    fake += b"3 0 obj <</Type/Page/Parent 1 0 R>>\n%%EOF\n"
    assert selftest.pdf_pages(fake) == 2
