"""Two processes saving at once; a full disk while saving (RLIMIT_FSIZE in a child)."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.services import backups
from desktop.services.session import Workspace
from tests.reliability.helpers import fill

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 200


def _start(*args: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.harness", *map(str, args)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


@pytest.mark.slow
def test_two_processes_saving_at_once_lose_nothing_and_never_see_locked(db_path: Path) -> None:
    ws = Workspace.open(db_path)
    fill(ws, 1)
    with ws.db.write() as conn:
        conn.execute("INSERT INTO app_meta(key, value) VALUES ('counter', '0')")
    ws.close()
    procs = [_start("concurrent", db_path, ROUNDS, tag) for tag in ("Trần Văn", "Lê Thị")]
    for p in procs:  # both have opened the database before either starts writing
        assert p.stdout is not None
        assert p.stdout.readline() == "opened\n", p.communicate()[1][-3000:]
    for p in procs:
        assert p.stdin is not None
        p.stdin.write("go\n")
        p.stdin.flush()
    outs = []
    for p in procs:
        out, err = p.communicate(timeout=180)
        assert p.returncode == 0, err[-3000:]
        outs.append(json.loads(out))
    for o in outs:
        assert o["errors"] == []
        assert o["increments"] == ROUNDS and len(o["saved"]) == ROUNDS
    conn = sqlite3.connect(db_path)
    counter = conn.execute("SELECT value FROM app_meta WHERE key='counter'").fetchone()[0]
    ids = {r[0] for r in conn.execute("SELECT id FROM person")}
    conn.close()
    assert int(counter) == 2 * ROUNDS  # no lost update
    assert set(outs[0]["saved"]) | set(outs[1]["saved"]) <= ids
    assert len(ids) == 1 + 2 * ROUNDS
    assert backups.check_path(db_path) == []


@pytest.mark.skipif(not hasattr(os, "fork"), reason="RLIMIT_FSIZE is POSIX only")
def test_disk_full_gives_a_message_rolls_back_and_writing_works_again(db_path: Path) -> None:
    ws = Workspace.open(db_path)
    fill(ws, 3)
    ws.close()
    p = _start("diskfull", db_path)
    out, err = p.communicate(timeout=120)
    assert p.returncode == 0, err[-3000:]
    report = json.loads(out)
    # a clear message, not a traceback
    assert report["failure"]["code"] == "disk_full", report["failure"]
    assert "ổ đĩa đầy" in report["failure"]["message"]
    # the failed save was rolled back; every confirmed one is there
    assert report["stored"] == 3 + len(report["confirmed"])
    assert len(report["confirmed"]) > 10
    # writing works again once there is room
    conn = sqlite3.connect(db_path)
    ids = {r[0] for r in conn.execute("SELECT id FROM person")}
    conn.close()
    assert set(report["confirmed"]) | {report["after"]} <= ids
    assert len(ids) == report["stored"] + 1
    assert backups.check_path(db_path) == []
    assert not Path(str(db_path) + "-journal").exists()


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("fiu-run") is None, reason="libfiu's fiu-run is not installed")
@pytest.mark.parametrize("probability", [0.01, 0.03])
def test_injected_io_errors_are_messages_and_never_damage_the_file(
    db_path: Path, probability: float
) -> None:
    ws = Workspace.open(db_path)
    fill(ws, 3)
    ws.close()
    proc = subprocess.run(
        ["fiu-run", "-x", "-f", "", sys.executable, "-m", "tests.reliability.harness"]
        + ["fiu", str(db_path), "150", str(probability)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = json.loads(proc.stdout)
    assert report["unexpected"] == []  # every failure was a DatabaseError with a message
    assert report["failed"], "no fault was injected"
    assert set(report["failed"]) <= {"disk_full", "damaged", "locked"}
    assert backups.check_path(db_path) == []
    conn = sqlite3.connect(db_path)
    ids = {r[0] for r in conn.execute("SELECT id FROM person")}
    conn.close()
    assert set(report["confirmed"]) | {report["after"]} <= ids
