"""Kept files travel in the package: a proposal carries the batch's and its nominees' files, a
decision the decision's (the signed quyết định); every byte is checked against the signed
manifest, and a changed attachment refuses the whole package."""

from __future__ import annotations

import hashlib
import json
import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from desktop.cli.package_commands import preview_json
from desktop.domain.batch_files import BatchFileKind, BatchFileOwner
from desktop.domain.proposals import BatchState
from desktop.exchange import package as fmt
from desktop.services import batch_files, decisions, proposals
from desktop.services.packages import inbox, receive, send
from desktop.services.packages.identity import fingerprint_text
from tests.packages.offices import Place
from tests.packages.test_refusals import _members, _refused, _rezip
from tests.packages.test_round_trips import receive_up, rows, send_up

SCAN = b"%PDF-1.4 to trinh da ky\n" + os.urandom(3000)
PHOTO = b"\xff\xd8\xff jpeg " + bytes(range(256)) * 8


def _keep(place: Place, tmp_path: Path, owner: BatchFileOwner, name: str, data: bytes,
          kind: BatchFileKind) -> None:  # fmt: skip
    src = tmp_path / name
    src.write_bytes(data)
    with place.acting() as ws:
        batch_files.add(ws, owner, src, kind)


def _with_files(commune: Place, tmp_path: Path) -> str:
    batch = commune.ids["batch"]
    with commune.acting() as ws:
        nominee = proposals.nominees(ws, batch)[0]
    _keep(commune, tmp_path, BatchFileOwner(batch), "tờ trình ký.pdf", SCAN, BatchFileKind.TO_TRINH)
    _keep(
        commune, tmp_path, BatchFileOwner(batch, nominee_id=nominee.id), "minh chung.jpg", PHOTO,
        BatchFileKind.MINH_CHUNG,
    )  # fmt: skip
    return nominee.name


def test_a_proposal_carries_its_kept_files(
    commune: Place, department: Place, tmp_path: Path
) -> None:
    name = _with_files(commune, tmp_path)
    out = send_up(commune, department, tmp_path)
    members = _members(out)
    records = json.loads(members[fmt.RECORDS])
    carried = {a["name"]: a for a in records["attachments"]}
    assert set(carried) == {"tờ trình ký.pdf", "minh chung.jpg"}
    for entry, data in ((carried["tờ trình ký.pdf"], SCAN), (carried["minh chung.jpg"], PHOTO)):
        assert members[entry["member"]] == data
        assert entry["sha256"] == hashlib.sha256(data).hexdigest()
    manifest = json.loads(members[fmt.MANIFEST])
    assert manifest["members"][carried["minh chung.jpg"]["member"]]["sha256"] == (
        hashlib.sha256(PHOTO).hexdigest()
    )
    assert carried["tờ trình ký.pdf"]["kind"] == "to_trinh_ky"
    assert carried["tờ trình ký.pdf"]["nominee"] == ""
    nominee_uuid = carried["minh chung.jpg"]["nominee"]
    assert nominee_uuid in {n["uuid"] for n in records["nominees"]}
    with department.acting() as ws:
        pv = receive.preview(ws, out)
        shown = preview_json(pv, fingerprint_text)["attachments"]
    assert {(a["name"], a["sha256"], a["size"]) for a in shown} == {
        ("tờ trình ký.pdf", hashlib.sha256(SCAN).hexdigest(), len(SCAN)),
        ("minh chung.jpg", hashlib.sha256(PHOTO).hexdigest(), len(PHOTO)),
    }
    rid = receive_up(department, out)
    with department.acting() as ws:
        kept = inbox.attachments(ws, rid)
        received = {n.source_uuid: n.name for n in inbox.nominees(ws, rid)}
    assert {(a.name, a.kind, a.sha256) for a in kept} == {
        ("tờ trình ký.pdf", "to_trinh_ky", hashlib.sha256(SCAN).hexdigest()),
        ("minh chung.jpg", "minh_chung", hashlib.sha256(PHOTO).hexdigest()),
    }
    assert received[nominee_uuid] == name


def test_a_changed_attachment_refuses_the_package(
    commune: Place, department: Place, tmp_path: Path
) -> None:
    _with_files(commune, tmp_path)
    out = send_up(commune, department, tmp_path)
    members = _members(out)
    member = next(n for n in members if n.startswith("attachments/") and n.endswith(".pdf"))
    members[member] = members[member].replace(b"da ky", b"DA KY")
    _rezip(out, members)
    _refused(department, out, "hash_mismatch")


def test_a_decision_carries_the_signed_decision(
    commune: Place, department: Place, tmp_path: Path
) -> None:
    rid = receive_up(department, send_up(commune, department, tmp_path))
    accepted, decision = tmp_path / "tiep-nhan.tdkt", tmp_path / "quyet-dinh.tdkt"
    batch = department.ids["batch"]
    with department.acting() as ws:
        inbox.accept_proposal(ws, rid, batch, accepted)
        noms = proposals.nominees(ws, batch)
        from datetime import datetime

        from desktop.domain.proposals import MeetingInput
        from desktop.persistence.repositories import proposals as repo

        proposals.record_meeting(
            ws, batch, MeetingInput(datetime(2026, 1, 5, 8, 0), "Sở", "GĐ", "TK", 9, 9),
            {n.id: 9 for n in noms},
        )  # fmt: skip
        with ws.db.write() as conn:  # set-up: the state directly, as in test_round_trips
            repo.set_state(conn, batch, BatchState.SUBMITTED, "test", "trình")
        [draft] = decisions.prepare(ws, batch, date(2026, 1, 10))
    _keep(
        department, tmp_path, BatchFileOwner(batch, decision_id=draft.id), "QĐ 15 ký.pdf", SCAN,
        BatchFileKind.QUYET_DINH,
    )  # fmt: skip
    _keep(department, tmp_path, BatchFileOwner(batch), "ghi chú sở.txt", b"x", BatchFileKind.KHAC)
    with department.acting() as ws:
        proposals.record_decision(
            ws, batch, proposals.DecisionInput("15/QĐ-SNV", date(2026, 1, 10), "Sở Nội vụ",
                                               frozenset()),
        )  # fmt: skip
        send.send_decision(ws, batch, decision)
    assert [n for n in _members(decision) if n.startswith("attachments/")] == [
        "attachments/001-QĐ 15 ký.pdf"
    ]
    with commune.acting() as ws:
        receive.receive(ws, accepted, trust=True)
        receive.receive(ws, decision)
        kept = batch_files.files(ws, commune.ids["batch"])
        got = {f.name: (f.kind, batch_files.content(ws, f.id)) for f in kept}
    assert got == {"QĐ 15 ký.pdf": (BatchFileKind.QUYET_DINH, SCAN)}
    assert rows(commune.path, "SELECT count(*) FROM batch_file")[0][0] == 1


def test_the_received_tab_lists_the_attached_files(
    qtbot, commune: Place, department: Place, tmp_path: Path
) -> None:
    from desktop.ui.pages.received_packages import ReceivedTab

    _with_files(commune, tmp_path)
    receive_up(department, send_up(commune, department, tmp_path))
    with department.acting() as ws:
        tab = ReceivedTab(ws)
        qtbot.addWidget(tab)
        tab.table.selectRow(0)
        text = tab.details.text()
    assert "tờ trình ký.pdf" in text and "minh chung.jpg" in text
    assert hashlib.sha256(PHOTO).hexdigest()[:16] in text


def test_a_received_proposal_keeps_its_files_once(
    commune: Place, department: Place, tmp_path: Path
) -> None:
    _with_files(commune, tmp_path)
    out = send_up(commune, department, tmp_path)
    rid = receive_up(department, out)
    stored = rows(
        department.path,
        "SELECT f.name, f.kind, f.nominee_uuid, f.size, f.sha256, f.blob FROM received_file f"
        " JOIN received_package p ON p.id = f.package_id ORDER BY f.position",
    )
    assert [(r[0], r[1], r[3], r[4]) for r in stored] == [
        ("tờ trình ký.pdf", "to_trinh_ky", len(SCAN), hashlib.sha256(SCAN).hexdigest()),
        ("minh chung.jpg", "minh_chung", len(PHOTO), hashlib.sha256(PHOTO).hexdigest()),
    ]
    assert [hashlib.sha256(bytes(r[5])).hexdigest() for r in stored] == [r[4] for r in stored]
    assert stored[0][2] is None and stored[1][2]  # the batch's, then the nominee's
    with department.acting() as ws:
        assert [f.name for f in inbox.files(ws, rid)] == ["tờ trình ký.pdf", "minh chung.jpg"]
        again = receive.receive(ws, out)
    assert again.received_id is None
    assert rows(department.path, "SELECT count(*) FROM received_file")[0][0] == 2
    logged = rows(
        department.path, "SELECT count(*) FROM audit_event WHERE table_name = 'received_file'"
    )
    assert logged[0][0] == 2


def test_the_received_tab_saves_and_opens_a_file(
    qtbot, commune: Place, department: Place, tmp_path: Path
) -> None:
    from PySide6.QtCore import QUrl

    from desktop.ui.pages.received_packages import ReceivedTab

    _with_files(commune, tmp_path)
    receive_up(department, send_up(commune, department, tmp_path))
    target = tmp_path / "luu" / "ban sao.pdf"
    target.parent.mkdir()
    opened: list[QUrl] = []
    with department.acting() as ws:
        tab = ReceivedTab(ws)
        qtbot.addWidget(tab)
        tab.table.selectRow(0)
        assert tab.files.count() == 2 and tab.save_file_button.isEnabled()
        assert tab.files.item(0).text().startswith("tờ trình ký.pdf")
        asked: list[str] = []
        tab.ask_save_path = lambda name: asked.append(name) or str(target)
        qtbot.mouseClick(tab.save_file_button, Qt.MouseButton.LeftButton)
        tab.files.setCurrentRow(1)
        tab.open_url = opened.append
        qtbot.mouseClick(tab.open_file_button, Qt.MouseButton.LeftButton)
    assert asked == ["tờ trình ký.pdf"]
    assert target.read_bytes() == SCAN
    [url] = opened
    assert Path(url.toLocalFile()).name == "minh chung.jpg"
    assert Path(url.toLocalFile()).read_bytes() == PHOTO
