"""A batch's history from the audit log: its own events with its nominees', told as steps and
printed as “Quá trình xử lý hồ sơ” (read back with pypdf)."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime
from pathlib import Path

import pytest

from desktop.domain.awards import CommendationType
from desktop.domain.people import PersonInput
from desktop.domain.proposals import BatchInput, MeetingInput, NomineeInput, SubjectType
from desktop.domain.ratings import PersonRatingInput, Rating
from desktop.domain.units import UnitInput
from desktop.services import audit, people, process_history, proposals, ratings, units
from desktop.services.session import Workspace
from tests.documents.pdfread import reader

MEETING = MeetingInput(
    datetime(2025, 12, 10, 8, 0),
    "Phòng họp Sở",
    "Giám đốc Sở",
    "Chánh Văn phòng",
    10,
    9,
    1,
    datetime(2025, 12, 10, 10, 30),
)


@pytest.fixture
def decided(ws: Workspace) -> dict[str, int]:
    """A batch taken through its whole workflow, with a nominee removed and a return."""
    unit = units.save(ws, UnitInput("Phòng Kế hoạch", code="KH"))
    ids = {"unit": unit}
    for key, name, rating in [
        ("huong", "Nguyễn Thị Hương", Rating.EXCELLENT),
        ("dung", "Đặng Văn Dũng", Rating.GOOD),
        ("binh", "Trần Văn Bình", Rating.DONE),
    ]:
        ids[key] = people.save(ws, PersonInput(name, unit))
        ratings.set_person_rating(ws, PersonRatingInput(ids[key], 2025, rating))
    batch = proposals.create_batch(
        ws, BatchInput("Khen thưởng tổng kết năm 2025", CommendationType.MERIT, 2025)
    )
    ids["batch"] = batch
    noms = {
        key: proposals.add_nominee(
            ws,
            batch,
            NomineeInput(
                SubjectType.PERSON,
                "LDTT",
                person_id=ids[key],
                override_reason="Hội đồng xem xét" if key == "binh" else "",
            ),
        )
        for key in ("huong", "dung", "binh")
    }
    proposals.remove_nominee(ws, noms["binh"])
    proposals.record_meeting(ws, batch, MEETING, {noms["huong"]: 9, noms["dung"]: 6})
    proposals.return_for_changes(ws, batch, "Bổ sung phiếu bầu")
    proposals.record_meeting(ws, batch, MEETING, {noms["huong"]: 9, noms["dung"]: 8})
    proposals.submit(ws, batch, date(2025, 12, 12))
    proposals.record_decision(
        ws,
        batch,
        proposals.DecisionInput(
            "150/QĐ-STC", date(2025, 12, 20), "Sở Tài chính", frozenset({noms["dung"]})
        ),
    )
    # Another batch's events must not appear in this one's history.
    other = proposals.create_batch(
        ws, BatchInput("Khen thưởng đột xuất", CommendationType.MERIT, 2025)
    )
    proposals.add_nominee(
        ws, other, NomineeInput(SubjectType.PERSON, "LDTT", person_id=ids["dung"])
    )
    return ids


def _all_lines(ws: Workspace, batch: int) -> list[str]:
    return [line for s in process_history.steps(ws, batch) for line in s.lines]


def test_batch_records_include_removed_nominees_and_the_state_log(
    ws: Workspace, decided: dict[str, int]
) -> None:
    batch = proposals.get_batch(ws, decided["batch"])
    records = audit.batch_records(ws, batch.uuid)
    events = audit.history(ws, records=records, limit=10_000)
    tables = {e.table_name for e in events}
    assert {"proposal_batch", "nominee", "batch_event", "award_record"} <= tables
    nominee_inserts = [e for e in events if e.table_name == "nominee" and e.action == "insert"]
    assert len(nominee_inserts) == 3  # Bình, removed since, still counts; not the other batch
    assert any(e.table_name == "nominee" and e.action == "delete" for e in events)
    assert audit.count(ws, records=records) == len(events)


def test_steps_tell_the_workflow_in_order(ws: Workspace, decided: dict[str, int]) -> None:
    lines = _all_lines(ws, decided["batch"])
    text = "\n".join(lines)
    assert lines[0] == "Lập đợt đề nghị “Khen thưởng tổng kết năm 2025” (năm 2025)."
    assert "Bỏ khỏi danh sách đề nghị: Trần Văn Bình (Lao động tiên tiến)." in lines
    assert "Trả lại để bổ sung (Đã họp Hội đồng → Dự thảo): Bổ sung phiếu bầu." in lines
    votes = [x for x in lines if x.startswith("Kết quả biểu quyết")]
    assert votes == [
        "Kết quả biểu quyết của Hội đồng (2): Nguyễn Thị Hương: 9 phiếu đồng ý;"
        " Đặng Văn Dũng: 6 phiếu đồng ý.",
        "Kết quả biểu quyết của Hội đồng: Đặng Văn Dũng: 8 phiếu đồng ý.",  # only what changed
    ]
    assert "Quyết định khen thưởng số 150/QĐ-STC ngày 20/12/2025 của Sở Tài chính." in lines
    assert "Chuyển trạng thái: Đã trình → Đã có quyết định (Quyết định số 150/QĐ-STC)." in lines
    assert "Không được khen thưởng: Đặng Văn Dũng (Lao động tiên tiến)." in lines
    assert "Khen thưởng đột xuất" not in text
    order = [
        text.index("Lập đợt"),
        text.index("Bỏ khỏi"),
        text.index("Trả lại"),
        text.index("Tờ trình số 01/TTr"),  # no office symbol: never a made-up "CQ"
        text.index("Quyết định khen thưởng"),
    ]
    assert order == sorted(order)


def test_the_printed_history_reads_back(
    ws: Workspace, decided: dict[str, int], tmp_path: Path
) -> None:
    out = tmp_path / "qua-trinh.pdf"
    number, digest = audit.head(ws)  # the head it is printed at (recording it adds an event)
    process_history.write(ws, decided["batch"], out)
    pdf = reader(out.read_bytes())
    text = unicodedata.normalize("NFC", "\n".join(page.extract_text() for page in pdf.pages))
    flat = " ".join(text.split())
    assert "QUÁ TRÌNH XỬ LÝ HỒ SƠ" in flat
    assert "Đợt đề nghị: Khen thưởng tổng kết năm 2025" in flat
    for heading in ("STT", "Thời gian", "Người thực hiện", "Nội dung"):
        assert heading in flat
    assert "Trả lại để bổ sung (Đã họp Hội đồng → Dự thảo): Bổ sung phiếu bầu." in flat
    assert "Chuyển trạng thái: Dự thảo → Đã họp Hội đồng (Họp Hội đồng ngày 10/12/2025)." in flat
    assert f"Đầu chuỗi nhật ký khi in: sự kiện số {number}, mã {digest}" in flat
