"""`thidua history`: the audit events of a data file, newest first, and the chain's head."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain.people import PersonInput
from desktop.domain.units import UnitInput
from desktop.services import people, units
from desktop.services.session import Workspace


def test_history_lists_events_and_the_head(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = Workspace.open(db_path)
    unit_id = units.save(ws, UnitInput(name="Phòng Tổ chức"))
    pid = people.save(ws, PersonInput(full_name="Nguyễn Văn An", unit_id=unit_id))
    people.save(ws, PersonInput(full_name="Nguyễn Văn An", unit_id=unit_id, phone="0912"), pid)
    ws.close()
    assert main(["--db", str(db_path), "history", "--table", "person"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split("\t")[3] == "update" and "phone" in out[0]
    assert out[-1].startswith("Đầu chuỗi nhật ký: sự kiện số 3")
    assert main(["--db", str(db_path), "history", "--json", "--limit", "1"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["events"][0]["changes"]["phone"] == ["", "0912"]
    assert data["head"][0] == 3
    assert main(["--db", str(db_path), "history", "--limit", "0"]) == 2
