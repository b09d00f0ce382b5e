"""With accounts in the file the command line asks who works: writing verbs need a login, the
read-only role is refused, purge and restore are for administrators; reading verbs still work."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain.accounts import Role, check_password
from desktop.domain.errors import ConflictError, ValidationError
from desktop.services import accounts, audit, people, recycle_bin
from desktop.services.session import Workspace
from tests.reliability.helpers import digest, fill

ADMIN = ("quantri", "mat-khau-dai-2026")
OFFICER = ("canbo", "mật khẩu cán bộ")
VIEWER = ("lanhdao", "mật khẩu lãnh đạo")


@pytest.fixture
def guarded(db_path: Path) -> Path:
    ws = Workspace.open(db_path)
    fill(ws, 3)
    accounts.create_account(ws, *ADMIN, Role.ADMIN)
    accounts.create_account(ws, *OFFICER, Role.OFFICER)
    accounts.create_account(ws, *VIEWER, Role.VIEWER)
    people.delete(ws, 1)  # something in the recycle bin
    ws.close()
    return db_path


def _as(monkeypatch: pytest.MonkeyPatch, who: tuple[str, str] | None) -> None:
    monkeypatch.delenv("THIDUA_USER", raising=False)
    monkeypatch.delenv("THIDUA_PASSWORD", raising=False)
    if who is not None:
        monkeypatch.setenv("THIDUA_USER", who[0])
        monkeypatch.setenv("THIDUA_PASSWORD", who[1])


def _run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str]:
    code = main(["--db", str(db), *args])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err


def _new_batch() -> list[str]:
    return ["new-batch", "--title", "Đợt 1", "--kind", "annual", "--year", "2025"]


@pytest.mark.parametrize(
    ("who", "expected", "words"),
    [
        (None, 2, "cần đăng nhập"),
        (VIEWER, 2, "chỉ được xem"),
        (("canbo", "sai mật khẩu"), 2, "Sai tên đăng nhập"),
        (OFFICER, 0, ""),
    ],
)
def test_writing_verbs_need_a_login_with_a_role_that_writes(
    guarded: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    who: tuple[str, str] | None,
    expected: int,
    words: str,
) -> None:
    _as(monkeypatch, who)
    before = digest(guarded) if expected else ""
    code, err = _run(capsys, guarded, *_new_batch())
    assert code == expected, err
    assert words in err
    if expected == 0:
        ws = Workspace.open(guarded)
        assert audit.history(ws, table="proposal_batch")[0].user == "canbo"
        ws.close()
    elif who is None or who == VIEWER:
        assert digest(guarded) == before


def test_reading_verbs_work_without_a_login_but_never_write(
    guarded: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _as(monkeypatch, None)
    before = digest(guarded)
    assert main(["--db", str(guarded), "find", "Nguyễn"]) == 0
    assert "Nguyễn Văn Số1" in capsys.readouterr().out
    assert main(["--db", str(guarded), "trash"]) == 0
    assert digest(guarded) == before


def test_purge_and_restore_are_for_administrators(
    guarded: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _as(monkeypatch, ADMIN)
    backup = tmp_path / "copy.db"
    assert main(["--db", str(guarded), "backup", "--out", str(backup)]) == 0
    capsys.readouterr()
    for who in (None, OFFICER, VIEWER):
        _as(monkeypatch, who)
        for args in (["trash", "purge", "--all"], ["restore", str(backup)]):
            code, err = _run(capsys, guarded, *args)
            assert code == 2, (who, args)
            assert any(w in err for w in ("quản trị", "đăng nhập", "chỉ được xem")), err
    _as(monkeypatch, ADMIN)
    code, err = _run(capsys, guarded, "trash", "purge", "--all")
    assert code == 0, err
    ws = Workspace.open(guarded)
    assert recycle_bin.entries(ws) == []
    ws.close()
    code, err = _run(capsys, guarded, "restore", str(backup))
    assert code == 0, err


def test_common_and_short_passwords_are_refused() -> None:
    for weak in ("password", "Password1", "12345678", "abcdefgh", "aaaaaaaaaa", "Mật khẩu 123"):
        with pytest.raises(ValidationError):
            check_password(weak)
    check_password("mật khẩu dài")
    check_password("mat-khau-dai-2026")


def test_an_unknown_name_costs_a_password_check_too(guarded: Path) -> None:
    """Not a timing assertion: the unknown name goes through the same hash check (counted)."""
    from desktop.services import accounts as service

    ws = Workspace.open(guarded)
    calls: list[str] = []
    real = service._verify

    def counting(hashed: str, password: str) -> bool:
        calls.append(hashed)
        return real(hashed, password)

    service._verify = counting  # type: ignore[assignment]
    try:
        with pytest.raises(ConflictError):
            accounts.login(ws, "khong-co-ai", "mật khẩu gì đó")
        with pytest.raises(ConflictError):
            accounts.login(ws, "canbo", "mật khẩu sai")
    finally:
        service._verify = real  # type: ignore[assignment]
        ws.close()
    assert len(calls) == 2
    assert all(h.startswith("$argon2id$") for h in calls)


def test_a_restore_says_whose_accounts_it_brings_back(
    guarded: Path,
    template_db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _as(monkeypatch, ADMIN)
    with_accounts = tmp_path / "with.db"
    assert main(["--db", str(guarded), "backup", "--out", str(with_accounts)]) == 0
    capsys.readouterr()
    assert main(["--db", str(guarded), "restore", str(with_accounts)]) == 0
    out = capsys.readouterr().out
    assert "mang theo 3 tài khoản" in out and "quantri (Quản trị)" in out
    # A backup made before any account: the restore says so before it removes them.
    import shutil

    plain = tmp_path / "plain-source.db"
    shutil.copyfile(template_db, plain)
    no_accounts = tmp_path / "none.db"
    _as(monkeypatch, None)
    assert main(["--db", str(plain), "backup", "--out", str(no_accounts)]) == 0
    capsys.readouterr()
    _as(monkeypatch, ADMIN)
    assert main(["--db", str(guarded), "restore", str(no_accounts)]) == 0
    assert "không có tài khoản nào" in capsys.readouterr().out
