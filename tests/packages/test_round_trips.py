"""Proposal up, reply down, decision down, report up, movement down between a commune and a
department on real migrated files, each checked record by record."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.domain.errors import ConflictError
from desktop.domain.movements import (
    CriterionInput,
    GroupKind,
    MilestoneInput,
    MilestoneKind,
    MovementInput,
    MovementKind,
    TargetGroupInput,
    TargetInput,
)
from desktop.domain.packages import Office, PackageKind, ReceivedState
from desktop.domain.proposals import BatchState
from desktop.services import movements, proposals
from desktop.services.packages import inbox, receive, send
from tests.packages.offices import Place

PERSON_FIELDS = (
    "full_name", "sex", "birth_date", "cccd", "hometown", "residence", "position",
    "party_position", "union_position", "qualification", "academic_title", "status",
)  # fmt: skip


def rows(path: Path, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def log_events(path: Path, action: str) -> list[dict[str, list[object]]]:
    return [
        json.loads(str(c))
        for (c,) in rows(
            path, "SELECT changes FROM audit_event WHERE action = ? ORDER BY id", (action,)
        )
    ]


def send_up(commune: Place, department: Place, tmp_path: Path) -> Path:
    out = tmp_path / "de-nghi.tdkt"
    with commune.acting() as ws:
        send.send_proposal(ws, commune.ids["batch"], Office(department.uuid, "Sở Nội vụ"), out)
    return out


def receive_up(department: Place, out: Path) -> int:
    with department.acting() as ws:
        got = receive.receive(ws, out, trust=True)
    assert got.received_id is not None
    return got.received_id


def test_proposal_up_record_by_record(commune: Place, department: Place, tmp_path: Path) -> None:
    out = send_up(commune, department, tmp_path)
    sent = log_events(commune.path, "send")
    assert len(sent) == 1 and sent[0]["kind"][1] == "proposal"

    with department.acting() as ws:
        pv = receive.preview(ws, out)
        assert pv.signature_ok and not pv.sender_known and not pv.already_received
        assert pv.sender.name == "Ủy ban nhân dân xã Tân Hòa"
        # The person the department already has (same CCCD, another uuid): shown field by field.
        dung = next(r for r in pv.records if r.label.startswith("Đặng Văn Dũng"))
        assert dung.matched_by == "cccd"
        assert ("position", "Cán bộ", "Công chức") in [
            (c.field, c.old, c.new) for c in dung.changes
        ]
        # An unknown sender is refused until its fingerprint is confirmed: nothing written.
        before = rows(department.path, "SELECT count(*) FROM audit_event")
        with pytest.raises(ConflictError) as refused:
            receive.receive(ws, out)
        assert refused.value.code == "sender_unknown"
        assert rows(department.path, "SELECT count(*) FROM audit_event") == before
        assert rows(department.path, "SELECT count(*) FROM person") == [(1,)]
        got = receive.receive(ws, out, trust=True)
    rid = got.received_id
    assert rid is not None

    # Every person of the package is at the department with the same fields.
    sent_people = rows(
        commune.path, f"SELECT uuid, {', '.join(PERSON_FIELDS)} FROM person ORDER BY cccd"
    )
    here = rows(
        department.path, f"SELECT uuid, {', '.join(PERSON_FIELDS)} FROM person ORDER BY cccd"
    )
    assert [r[1:] for r in here] == [r[1:] for r in sent_people]
    # The one matched by CCCD keeps the department's uuid; the others came with theirs.
    dep_dung = rows(department.path, "SELECT uuid FROM person WHERE cccd = '001185000222'")[0][0]
    assert (
        dep_dung != rows(commune.path, "SELECT uuid FROM person WHERE cccd = '001185000222'")[0][0]
    )
    assert {r[0] for r in here} - {dep_dung} == {
        r[0] for r in sent_people if r[4] != "001185000222"
    }
    # Ratings and discipline, award history, the initiative and its authors, units.
    rating_sql = (
        "SELECT p.cccd, r.year, r.rating, r.discipline, r.discipline_decision FROM person_rating r"
        " JOIN person p ON p.id = r.person_id ORDER BY p.cccd, r.year"
    )
    assert rows(department.path, rating_sql) == rows(commune.path, rating_sql)
    award_sql = (
        "SELECT a.uuid, p.cccd, a.year, a.award_code, a.decision_number FROM award_record a"
        " JOIN person p ON p.id = a.person_id WHERE a.issuer = 'UBND xã' ORDER BY a.uuid"
    )
    assert rows(department.path, award_sql) == rows(commune.path, award_sql) != []
    init_sql = (
        "SELECT i.uuid, i.title, i.status, i.decision_number, p.cccd, a.share FROM initiative i"
        " JOIN initiative_author a ON a.initiative_id = i.id JOIN person p ON p.id = a.person_id"
        " ORDER BY p.cccd"
    )
    assert rows(department.path, init_sql) == rows(commune.path, init_sql) != []
    unit_sql = "SELECT uuid, name, code FROM unit WHERE code IN ('XTH', 'VP') ORDER BY code"
    assert rows(department.path, unit_sql) == rows(commune.path, unit_sql)

    # Hồ sơ nhận: the proposal with its dossier and the council's votes in its records.
    with department.acting() as ws:
        r = inbox.get(ws, rid)
        assert r.kind is PackageKind.PROPOSAL and r.state is ReceivedState.NEW
        pdf = inbox.dossier(ws, rid)
        recs = inbox.records(ws, rid)
        verdicts = {n.name: n for n in inbox.nominees(ws, rid)}
    assert len(PdfReader(__import__("io").BytesIO(pdf)).pages) > 3
    assert recs["batch"]["members_present"] == 7
    assert [n["votes_in_favour"] for n in recs["nominees"]] == [7, 7, 7, 7]
    # Judged again here: the title the department already recorded shows up.
    assert verdicts["Đặng Văn Dũng"].eligibility == "awarded"
    assert "99/QĐ-SNV" in verdicts["Đặng Văn Dũng"].eligibility_reasons
    assert verdicts["Lê Thị Lan"].eligibility == "eligible"
    assert verdicts["Trần Văn Bình"].eligibility == "ineligible"
    assert "kỷ luật" in verdicts["Trần Văn Bình"].eligibility_reasons
    # The audit log: the package's hash, the sender and what changed.
    got_events = log_events(department.path, "receive")
    assert got_events[0]["package"][1] == pv.sha256
    assert "Tân Hòa" in str(got_events[0]["sender"][1])
    assert "Cá nhân: thêm 3, sửa 1" in str(got_events[0]["changes"][1])


def _counts(path: Path) -> list[tuple[object, ...]]:
    tables = [
        r[0]
        for r in rows(
            path, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return [(t, rows(path, f'SELECT count(*) FROM "{t}"')[0][0]) for t in sorted(tables)]


def test_the_same_package_twice_changes_nothing(
    commune: Place, department: Place, tmp_path: Path
) -> None:
    out = send_up(commune, department, tmp_path)
    receive_up(department, out)
    before = _counts(department.path)
    with department.acting() as ws:
        assert receive.preview(ws, out).already_received
        again = receive.receive(ws, out, trust=True)
    assert again.received_id is None and "đã nhận trước đây" in again.summary
    assert _counts(department.path) == before


def test_returned_with_reasons_comes_back_down(
    commune: Place, department: Place, tmp_path: Path
) -> None:
    rid = receive_up(department, send_up(commune, department, tmp_path))
    reply = tmp_path / "tra-lai.tdkt"
    with department.acting() as ws:
        answer = inbox.return_proposal(ws, rid, "Thiếu báo cáo thành tích của ông Bình", reply)
        assert inbox.get(ws, rid).state is ReceivedState.RETURNED
        with pytest.raises(ConflictError):
            inbox.return_proposal(ws, rid, "lần hai")
    assert answer.reply is not None and reply.exists()
    with commune.acting() as ws:
        pv = receive.preview(ws, reply)
        assert pv.kind is PackageKind.REPLY
        assert [(c.field, c.new) for c in pv.records[0].changes] == [("state", "du_thao")]
        receive.receive(ws, reply, trust=True)
        batch = proposals.get_batch(ws, commune.ids["batch"])
        events = proposals.events(ws, commune.ids["batch"])
    assert batch.state is BatchState.DRAFT
    assert any("Thiếu báo cáo thành tích của ông Bình" in str(e) for e in events)


def test_accepted_then_decision_down(commune: Place, department: Place, tmp_path: Path) -> None:
    rid = receive_up(department, send_up(commune, department, tmp_path))
    accepted = tmp_path / "tiep-nhan.tdkt"
    decision = tmp_path / "quyet-dinh.tdkt"
    with department.acting() as ws:
        batch = department.ids["batch"]
        answer = inbox.accept_proposal(ws, rid, batch, accepted)
        assert answer.added == 4
        noms = {n.name: n.id for n in proposals.nominees(ws, batch)}
        assert set(noms) == {"Nguyễn Thị Hương", "Đặng Văn Dũng", "Lê Thị Lan", "Trần Văn Bình"}
        with pytest.raises(ConflictError):  # not decided yet
            send.send_decision(ws, batch, decision)
        _force_decided(ws, batch, {noms["Trần Văn Bình"], noms["Đặng Văn Dũng"]})
        sent = send.send_decision(ws, batch, decision)
    assert sent.kind is PackageKind.DECISION
    with commune.acting() as ws:
        receive.receive(ws, accepted, trust=True)  # the acceptance first
        receive.receive(ws, decision)  # the department is known now
        b = proposals.get_batch(ws, commune.ids["batch"])
        outcome = {n.name: n.outcome for n in proposals.nominees(ws, commune.ids["batch"])}
    assert b.state is BatchState.DECIDED and b.decision_number == "15/QĐ-SNV"
    assert outcome == {
        "Nguyễn Thị Hương": "duoc_khen",
        "Lê Thị Lan": "duoc_khen",
        "Đặng Văn Dũng": "khong_duoc_khen",
        "Trần Văn Bình": "khong_duoc_khen",
    }
    # The award history at the commune: the department's records, uuid for uuid.
    sql = (
        "SELECT a.uuid, p.cccd, a.award_code, a.decision_number, a.decision_date, a.issuer"
        " FROM award_record a JOIN person p ON p.id = a.person_id"
        " WHERE a.decision_number = '15/QĐ-SNV' ORDER BY p.cccd"
    )
    assert rows(commune.path, sql) == rows(department.path, sql)
    assert len(rows(commune.path, sql)) == 2


def _force_decided(ws: object, batch_id: int, refused: set[int]) -> None:
    """The department's batch through its council and the decision (the real services)."""
    from datetime import datetime

    from desktop.domain.proposals import MeetingInput

    noms = proposals.nominees(ws, batch_id)  # type: ignore[arg-type]
    proposals.record_meeting(
        ws,  # type: ignore[arg-type]
        batch_id,
        MeetingInput(datetime(2026, 1, 5, 8, 0), "Sở Nội vụ", "Giám đốc", "Thư ký", 9, 9),
        {n.id: 9 for n in noms},
    )
    # Submission would stop at the nominees judged ineligible here; the state is set directly
    # (set-up only: the decision itself goes through the real service).
    from desktop.persistence.repositories import proposals as repo

    with ws.db.write() as conn:  # type: ignore[attr-defined]
        repo.set_state(conn, batch_id, BatchState.SUBMITTED, "test", "trình")
    proposals.record_decision(
        ws,  # type: ignore[arg-type]
        batch_id,
        proposals.DecisionInput("15/QĐ-SNV", date(2026, 1, 10), "Sở Nội vụ", frozenset(refused)),
    )


def test_report_up_table_by_table(commune: Place, department: Place, tmp_path: Path) -> None:
    out = tmp_path / "bao-cao.tdkt"
    with commune.acting() as ws:
        from desktop.services import reports

        data = reports.build(ws, "2025")
        send.send_report(ws, "2025", Office(department.uuid, "Sở Nội vụ"), out)
    with department.acting() as ws:
        rid = receive.receive(ws, out, trust=True).received_id
        assert rid is not None
        got = inbox.records(ws, rid)
        assert inbox.get(ws, rid).state is ReceivedState.FILED
        assert len(PdfReader(__import__("io").BytesIO(inbox.dossier(ws, rid))).pages) >= 1
    assert got["report"]["period"] == data.period.label
    assert [t["key"] for t in got["tables"]] == [t.key for t in data.tables]
    for sent_table, table in zip(data.tables, got["tables"], strict=True):
        assert table["columns"] == list(sent_table.columns)
        assert table["rows"] == [list(r) for r in sent_table.rows]


def test_movement_down_with_criteria_and_quotas(
    commune: Place, department: Place, tmp_path: Path
) -> None:
    out = tmp_path / "phong-trao.tdkt"
    with department.acting() as ws:
        mid = movements.save(
            ws,
            MovementInput(
                "Thi đua chuyển đổi số 2026",
                MovementKind.THEMATIC,
                date(2026, 1, 1),
                date(2026, 12, 31),
                purpose="Số hóa hồ sơ",
                targets=(TargetInput("xã có một cửa điện tử", 20, "xã"),),
                groups=(
                    TargetGroupInput(
                        GroupKind.COMMUNE,
                        criteria=(
                            CriterionInput("Tỷ lệ hồ sơ trực tuyến", 40),
                            CriterionInput("Đào tạo", 60),
                        ),
                    ),
                ),
                award_forms=("Bằng khen của Chủ tịch UBND tỉnh",),
                milestones=(MilestoneInput(MilestoneKind.FINAL, date(2026, 12, 15)),),
            ),
        )
        proposals.set_quota(ws, mid, "BK_TINH", "unit", count=3)
        send.send_movement(ws, mid, Office(commune.uuid, "xã"), out)
    with commune.acting() as ws:
        pv = receive.preview(ws, out)
        assert pv.added == 8  # movement, target, group, 2 criteria, form, milestone, quota
        receive.receive(ws, out, trust=True)
    for sql in (
        "SELECT uuid, name, kind, start_date, end_date, purpose FROM movement",
        "SELECT uuid, description, target_value, unit_label FROM movement_target",
        "SELECT c.uuid, g.uuid, c.text, c.max_score FROM movement_criterion c"
        " JOIN movement_group g ON g.id = c.group_id ORDER BY c.position",
        "SELECT uuid, name FROM movement_award_form",
        "SELECT uuid, kind, due_date FROM movement_milestone",
        "SELECT uuid, award_code, subject_kind, percent, max_count FROM movement_quota",
    ):
        assert rows(commune.path, sql) == rows(department.path, sql) != []


def test_the_dossier_goes_as_issued_with_its_word_copy(
    commune: Place, department: Place, tmp_path: Path
) -> None:
    """The package carries the dossier PDF exactly as issued and the Word copy issued after it
    (the newest issued paper being the .docx does not put Word bytes in dossier.pdf)."""
    import zipfile

    from desktop.services import dossier

    with commune.acting() as ws:
        issued_pdf = dossier.issue(ws, commune.ids["batch"], tmp_path / "ho-so.pdf")
        dossier.issue(ws, commune.ids["batch"], tmp_path / "ho-so.docx")
    out = send_up(commune, department, tmp_path)
    with zipfile.ZipFile(out) as zf:
        pdf, word = zf.read("dossier.pdf"), zf.read("dossier.docx")
    assert pdf == (tmp_path / "ho-so.pdf").read_bytes() and pdf.startswith(b"%PDF")
    assert word == (tmp_path / "ho-so.docx").read_bytes() and word.startswith(b"PK")
    assert len(PdfReader(__import__("io").BytesIO(pdf)).pages) == issued_pdf.pages
    rid = receive_up(department, out)
    with department.acting() as ws:
        assert inbox.dossier(ws, rid) == pdf


def test_the_muc_luc_prints_the_key_a_receiver_compares(
    commune: Place, department: Place, tmp_path: Path
) -> None:
    """The fingerprint on the dossier's mục lục is the one the receiving office is shown."""
    from desktop.services import dossier
    from desktop.services.packages import identity

    with commune.acting() as ws:
        dossier.issue(ws, commune.ids["batch"], tmp_path / "muc-luc.pdf", "muc-luc")
    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "muc-luc.pdf").pages).replace(
        "\n", " "
    )
    out = send_up(commune, department, tmp_path)
    with department.acting() as ws:
        shown = identity.fingerprint_text(receive.preview(ws, out).sender.fingerprint)
    assert len(shown) == 19
    assert f"khoá cơ quan {shown}" in text
