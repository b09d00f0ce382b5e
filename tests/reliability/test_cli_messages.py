"""The command line answers bad input with a Vietnamese message and exit 2, never a traceback,
and a failed command leaves no new database behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main

HUGE = "1" + "0" * 30


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    try:
        code = main(list(args))
    except SystemExit as exc:
        code = int(exc.code or 0)
    err = capsys.readouterr().err
    assert "Traceback" not in err and "Exception ignored" not in err, err
    return code, err


@pytest.mark.parametrize(
    "args",
    [
        ["eligibility", "--year", HUGE],
        ["eligibility", "--year", "0"],
        ["eligibility", "--year", "-1"],
        ["eligibility", "--year", "99999"],
        ["history", "--limit", HUGE],
        ["dossier", HUGE, "--out", "{tmp}/x.pdf"],
        ["trash", "restore", HUGE],
        ["trash", "purge", HUGE],
        ["batch-history", HUGE],
        ["check-paper", "abc", "--event", HUGE],
        ["new-batch", "--title", "x", "--kind", "movement", "--year", "2025", "--movement", HUGE],
        ["quota", "--movement", "1", "--award", "X", "--percent", "nan"],
        ["quota", "--movement", "1", "--award", "X", "--count", HUGE],
        ["report", "--period", "2025", "--movement", HUGE, "--out", "{tmp}/r.pdf"],
        ["initiatives-list", "--year", HUGE, "--out", "{tmp}/r.pdf"],
        ["demo", "--people", HUGE],
    ],
)
def test_huge_or_impossible_numbers_are_messages(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    code, err = _run(capsys, "--db", str(db_path), *[a.format(tmp=tmp_path) for a in args])
    assert code == 2
    assert "Lỗi:" in err


def test_an_unknown_movement_for_a_new_batch_is_a_message(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = _run(
        capsys,
        *["--db", str(db_path), "new-batch", "--title", "Đợt 1", "--kind", "movement"],
        *["--year", "2025", "--movement", "999"],
    )
    assert code == 2
    assert "999" in err


def test_backup_into_a_path_through_a_file_is_a_message(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "somefile.txt").write_text("x")
    code, err = _run(
        capsys, "--db", str(db_path), "backup", "--out", str(tmp_path / "somefile.txt" / "x.db")
    )
    assert code == 2
    assert "Lỗi" in err


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["export"], "thiếu tham số bắt buộc"),
        (["bogus-verb"], "không có lựa chọn"),
        (["eligibility", "--year", "abc"], "không phải là một số nguyên"),
        (["find", "x", "--nonsense"], "không hiểu tham số"),
        (["trash", "purge", "--all", "--id"], "không hiểu tham số"),
        (["history", "--since", "abc"], "không phải là ngày"),
        (["history", "--since", "2025-02-30"], "không phải là ngày"),
    ],
)
def test_argument_errors_are_in_vietnamese(
    db_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], words: str
) -> None:
    code, err = _run(capsys, "--db", str(db_path), *args)
    assert code == 2
    assert words in err
    for english in ("usage:", "error:", "required", "invalid", "unrecognized", "choose from"):
        assert english not in err


def test_help_is_in_vietnamese(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "cách dùng:" in out and "tùy chọn" in out
    assert "usage:" not in out and "show this help" not in out


@pytest.mark.parametrize(
    "args",
    [
        ["import", "staff", "{tmp}/missing.xlsx"],
        ["import", "units", "{tmp}/missing.xlsx"],
        ["demo", "--people", "-3"],
    ],
)
def test_a_failed_command_on_a_new_db_path_leaves_nothing_there(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    db = tmp_path / "new" / "office.db"
    db.parent.mkdir()
    code, _ = _run(capsys, "--db", str(db), *[a.format(tmp=tmp_path) for a in args])
    assert code == 2
    assert list(db.parent.iterdir()) == []


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("CON", "_CON"),
        ("nul.txt", "_nul.txt"),
        ("COM1.docx", "_COM1.docx"),
        ("lpt3.pdf", "_lpt3.pdf"),
        ("CONSOLE.txt", "CONSOLE.txt"),
        ("Quyết định.pdf", "Quyết định.pdf"),
    ],
)
def test_attachment_names_are_never_windows_device_names(given: str, kept: str) -> None:
    from desktop.domain.initiatives import safe_file_name

    assert safe_file_name(given) == kept


def test_a_long_attachment_name_keeps_its_extension() -> None:
    from desktop.domain.initiatives import safe_file_name

    name = safe_file_name("Báo cáo sáng kiến " * 30 + ".docx")
    assert name.endswith(".docx") and len(name) <= 200


@pytest.mark.parametrize(
    "raw",
    ["Nguyễn\u202eVăn An", "Nguyễn Văn\u2066 An\u2069", "Nguyễn\u200f Văn An", "Nguyễn Văn An\x07"],
)
def test_names_lose_bidi_and_control_characters(raw: str) -> None:
    from desktop.domain.people import PersonInput

    data = PersonInput(raw, 1).validated()
    assert data.full_name in ("NguyễnVăn An", "Nguyễn Văn An")
    assert all(ch.isprintable() for ch in data.full_name)


def test_only_kinds_that_can_be_imported_or_exported_are_offered(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.services import transfer

    assert "scores" not in transfer.kinds("import")
    assert "unit-ratings" not in transfer.kinds("export")
    for args in (
        ["import", "scores", str(tmp_path / "x.xlsx")],
        ["export", "unit-ratings", "y.xlsx"],
    ):
        code, err = _run(capsys, "--db", str(db_path), *args)
        assert code == 2
        assert "không có lựa chọn" in err
