"""`thidua dossier` names the required sections a dossier would print empty, on stderr."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main
from desktop.services.session import Workspace


def test_dossier_warns_on_stderr_about_empty_sections(
    ws: Workspace, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from datetime import datetime

    from desktop.domain.awards import CommendationType
    from desktop.domain.people import PersonInput
    from desktop.domain.proposals import BatchInput, MeetingInput, NomineeInput, SubjectType
    from desktop.domain.ratings import PersonRatingInput, Rating
    from desktop.domain.units import UnitInput
    from desktop.services import people, proposals, ratings, units

    unit = units.save(ws, UnitInput("Phòng Kế hoạch"))
    pid = people.save(ws, PersonInput("Nguyễn Thị Hương", unit))
    ratings.set_person_rating(ws, PersonRatingInput(pid, 2025, Rating.EXCELLENT))
    batch = proposals.create_batch(ws, BatchInput("Tổng kết 2025", CommendationType.MERIT, 2025))
    nid = proposals.add_nominee(
        ws,
        batch,
        NomineeInput(SubjectType.PERSON, "CSTDCS", person_id=pid, achievement="Xuất sắc."),
    )
    proposals.record_meeting(
        ws, batch, MeetingInput(datetime(2025, 12, 10, 8), "Phòng họp", "A", "B", 9, 9), {nid: 9}
    )
    ws.close()
    out = tmp_path / "ho-so.pdf"
    assert main(["--db", str(db_path), "dossier", str(batch), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert "Nguyễn Thị Hương: Quyền hạn, nhiệm vụ được giao; Tóm tắt thành tích" in err
    assert out.exists()  # printed anyway, the warning names what to fill in
