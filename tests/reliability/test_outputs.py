"""Output commands never write over the database, its journal, backups or the data folder, nor
over a device or a folder; every output is written whole or not at all (full disk)."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import paths
from desktop.cli import main
from tests.reliability.helpers import digest, fill

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def office(db_path: Path) -> Path:
    from desktop.services.session import Workspace

    ws = Workspace.open(db_path)
    fill(ws, 5)
    ws.close()
    return db_path


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    err = capsys.readouterr().err
    assert "Traceback" not in err and "Exception ignored" not in err, err
    return code, err


@pytest.mark.parametrize(
    "verb",
    [
        ["export", "staff", "{db}"],
        ["template", "staff", "--out", "{db}"],
        ["report", "--period", "2025", "--out", "{db}"],
        ["initiatives-list", "--year", "2025", "--out", "{db}"],
        ["dossier", "1", "--out", "{db}"],
        ["batch-history", "1", "--out", "{db}"],
        ["export", "staff", "{db}-journal"],
        ["report", "--period", "2025", "--out", "{backups}/r.pdf"],
        ["export", "units", "{data}/thidua.db"],
        ["template", "units", "--out", "{data}/audit.key"],
    ],
)
def test_outputs_refuse_the_database_its_journal_backups_and_data_folder(
    office: Path, capsys: pytest.CaptureFixture[str], verb: list[str]
) -> None:
    backups = office.parent / "backups"
    backups.mkdir(exist_ok=True)
    data = paths.data_dir()
    (data / "audit.key").write_bytes(b"k" * 64)
    before = digest(office)
    args = [a.format(db=office, backups=backups, data=data) for a in verb]
    code, err = _run(capsys, "--db", str(office), *args)
    assert code == 2
    assert "Không ghi vào" in err
    assert digest(office) == before
    assert not Path(f"{office}-journal").exists()
    assert list(backups.iterdir()) == []
    assert (data / "audit.key").read_bytes() == b"k" * 64


def test_a_hard_link_to_the_database_is_refused_too(
    office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    link = office.parent / "other-name.xlsx"
    os.link(office, link)
    before = digest(office)
    code, err = _run(capsys, "--db", str(office), "export", "staff", str(link))
    assert code == 2 and "tệp dữ liệu đang mở" in err
    assert digest(office) == before


@pytest.mark.parametrize("kind", ["device", "folder", "fifo"])
def test_outputs_refuse_what_is_not_a_regular_file(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    if kind == "device":
        target = Path(os.devnull)
    elif kind == "folder":
        target = tmp_path / "folder.xlsx"
        target.mkdir()
    else:
        target = tmp_path / "pipe.xlsx"
        os.mkfifo(target)
    for args in (
        ["template", "staff", "--out", str(target)],
        ["export", "staff", str(target)],
        ["report", "--period", "2025", "--out", str(target)],
    ):
        code, err = _run(capsys, "--db", str(office), *args)
        assert code == 2, args
        assert "Không ghi vào" in err
    assert target.exists()
    if kind == "device":
        assert target.is_char_device()


def _limited(limit: int) -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


@pytest.mark.parametrize(
    "verb",
    [
        ["export", "staff", "{out}.xlsx"],
        ["template", "staff", "--out", "{out}.xlsx"],
        ["report", "--period", "2025", "--out", "{out}.pdf"],
    ],
)
def test_a_full_disk_keeps_the_previous_good_file_and_leaves_no_partial_one(
    office: Path, tmp_path: Path, verb: list[str]
) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    args = [a.format(out=out_dir / "result") for a in verb]
    target = Path(args[-1])
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    first = subprocess.run(
        [sys.executable, "-m", "desktop", "--db", str(office), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        check=False,
    )
    assert first.returncode == 0, first.stderr
    good = digest(target)
    # Same command with files limited to 4 KB: the writer hits "file too large" (a full disk).
    second = subprocess.run(
        [sys.executable, "-m", "desktop", "--db", str(office), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        check=False,
        preexec_fn=lambda: _limited(4096),
    )
    assert second.returncode == 2, second.stderr
    assert "ổ đĩa đã đầy" in second.stderr
    assert "Traceback" not in second.stderr and "Exception ignored" not in second.stderr
    assert digest(target) == good
    assert sorted(p.name for p in out_dir.iterdir()) == [target.name]


def test_a_new_output_is_written_whole(tmp_path: Path) -> None:
    from desktop import outputs

    target = tmp_path / "x.bin"
    outputs.write_bytes(target, b"abc" * 1000)
    assert target.read_bytes() == b"abc" * 1000
    with pytest.raises(RuntimeError), outputs.atomic_path(target) as tmp:
        tmp.write_bytes(b"half")
        raise RuntimeError("killed half way")
    assert target.read_bytes() == b"abc" * 1000
    assert [p.name for p in tmp_path.iterdir()] == ["x.bin"]
