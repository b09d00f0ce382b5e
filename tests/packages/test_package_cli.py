"""`thidua send | receive | inbox | reply | offices`, run as real processes: exit codes, JSON,
Vietnamese messages, nothing written on a refusal."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

from tests.packages.offices import Place
from tests.packages.test_round_trips import _counts


def thidua(place: Place, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, THIDUA_DATA_DIR=str(place.data))
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--db", str(place.path), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        env=env,
    )


def test_send_preview_receive_inbox_reply(
    commune: Place, department: Place, tmp_path: Path
) -> None:
    out = tmp_path / "de-nghi.tdkt"
    done = thidua(
        commune, "send", str(commune.ids["batch"]), "--to", department.uuid, "--out", str(out)
    )
    assert done.returncode == 0, done.stderr
    assert "Đã ghi gói" in done.stdout and out.exists()

    before = _counts(department.path)
    pv = thidua(department, "receive", str(out), "--preview", "--json")
    assert pv.returncode == 0, pv.stderr
    data = json.loads(pv.stdout)
    assert data["signature_ok"] is True and data["sender_known"] is False
    assert data["kind"] == "proposal" and data["changed"] == 1
    assert _counts(department.path) == before

    refused = thidua(department, "receive", str(out))
    assert refused.returncode == 2
    assert "dấu vân tay" in refused.stderr and data["sender"]["fingerprint_short"] in refused.stderr
    assert _counts(department.path) == before

    got = thidua(department, "receive", str(out), "--trust")
    assert got.returncode == 0, got.stderr
    assert "Đã nhận vào Hồ sơ nhận số 1" in got.stdout
    again = thidua(department, "receive", str(out))
    assert again.returncode == 0 and "đã nhận trước đây" in again.stdout

    listed = thidua(department, "inbox", "--json")
    assert listed.returncode == 0, listed.stderr
    items = json.loads(listed.stdout)
    assert len(items) == 1 and items[0]["state"] == "moi"
    assert {n["name"]: n["eligibility"] for n in items[0]["nominees"]}["Đặng Văn Dũng"] == "awarded"

    reply = tmp_path / "tra-lai.tdkt"
    answered = thidua(department, "reply", "1", "--return", "Thiếu hồ sơ", "--out", str(reply))
    assert answered.returncode == 0, answered.stderr
    assert reply.exists()
    back = thidua(commune, "receive", str(reply), "--trust")
    assert back.returncode == 0, back.stderr

    offices = thidua(department, "offices", "--json")
    known = json.loads(offices.stdout)
    assert known["office"]["uuid"] == department.uuid
    assert [o["name"] for o in known["known"]] == ["Ủy ban nhân dân xã Tân Hòa"]

    # The commune now knows one office (the department): --to may be left out.
    again = tmp_path / "lai.tdkt"
    resent = thidua(commune, "send", str(commune.ids["batch"]), "--out", str(again))
    assert resent.returncode == 0, resent.stderr
    assert "Sở Nội vụ" in resent.stdout and again.exists()


def test_a_tampered_package_exits_2(commune: Place, department: Place, tmp_path: Path) -> None:
    out = tmp_path / "p.tdkt"
    assert (
        thidua(
            commune, "send", str(commune.ids["batch"]), "--to", department.uuid, "--out", str(out)
        ).returncode
        == 0
    )
    with zipfile.ZipFile(out) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    members["records.json"] = members["records.json"].replace("Hương".encode(), "Hường".encode())
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    before = _counts(department.path)
    done = thidua(department, "receive", str(out), "--trust")
    assert done.returncode == 2
    assert done.stderr.startswith("Lỗi: Gói hồ sơ bị từ chối")
    assert _counts(department.path) == before


def test_send_to_an_unknown_name_exits_2(commune: Place, tmp_path: Path) -> None:
    done = thidua(
        commune,
        "send",
        str(commune.ids["batch"]),
        "--to",
        "Sở Lạ",
        "--out",
        str(tmp_path / "x.tdkt"),
    )
    assert done.returncode == 2
    assert "Không biết cơ quan" in done.stderr
    assert not (tmp_path / "x.tdkt").exists()
    bare = thidua(commune, "send", str(commune.ids["batch"]), "--out", str(tmp_path / "y.tdkt"))
    assert bare.returncode == 2
    assert "Hãy ghi cơ quan nhận" in bare.stderr
    assert not (tmp_path / "y.tdkt").exists()
