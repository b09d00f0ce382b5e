"""`--help` of every verb prints its help and exits 0 (a stray `%` in a help text crashed one)."""

from __future__ import annotations

import argparse
import subprocess
import sys

import pytest

from desktop.cli import build_parser


def _verbs() -> list[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return sorted(sub.choices)


def test_every_verb_is_listed() -> None:
    assert {"check-batch", "quota", "dossier", "eligibility"} <= set(_verbs())


@pytest.mark.parametrize("verb", _verbs())
def test_help_of_every_verb(verb: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        build_parser().parse_args([verb, "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"cách dùng: thidua {verb}")  # argparse in Vietnamese


def test_quota_help_as_a_process() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "quota", "--help"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "tỷ lệ % trên số đối tượng" in result.stdout
