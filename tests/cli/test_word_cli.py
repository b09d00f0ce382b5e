"""`--out F.docx` writes the Word copy for dossier, decision, report, initiatives-list and
batch-history; the dossier's Word copy is recorded as issued like its PDF."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.services.session import Workspace
from tests.documents.wordread import all_text, open_docx


def _batch(ws: Workspace) -> int:
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
        NomineeInput(
            SubjectType.PERSON,
            "CSTDCS",
            person_id=pid,
            duties="Trưởng phòng.",
            achievement="Xuất sắc.",
        ),
    )
    proposals.record_meeting(
        ws, batch, MeetingInput(datetime(2025, 12, 10, 8), "Phòng họp", "A", "B", 9, 9), {nid: 9}
    )
    return batch


def test_every_document_verb_writes_word(
    ws: Workspace, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.services import dossier

    batch = _batch(ws)
    ws.close()
    db = ["--db", str(db_path)]
    out = tmp_path / "ho-so.docx"
    assert main([*db, "dossier", str(batch), "--out", str(out)]) == 0
    assert "bản Word" in capsys.readouterr().out
    text = all_text(open_docx(out.read_bytes()))
    for words in ("MỤC LỤC HỒ SƠ", "TỜ TRÌNH", "DANH SÁCH", "BIÊN BẢN", "Nguyễn Thị Hương"):
        assert words in text
    ws2 = Workspace.open(db_path)
    try:
        rows = dossier.issued(ws2, batch)
        assert [(r.kind, r.file_name) for r in rows] == [("ho-so", "ho-so.docx")]
        assert dossier.issued_pdf(ws2, rows[0].id) == out.read_bytes()
    finally:
        ws2.close()

    cases = [
        (["decision", str(batch)], "QUYẾT ĐỊNH"),
        (["batch-history", str(batch)], "QUÁ TRÌNH XỬ LÝ HỒ SƠ"),
        (["report", "--period", "2025"], "BÁO CÁO"),
        (["initiatives-list", "--year", "2025"], "DANH SÁCH"),
    ]
    for args, title in cases:
        target = tmp_path / f"{args[0]}.docx"
        assert main([*db, *args, "--out", str(target)]) == 0, args
        assert title in all_text(open_docx(target.read_bytes())).upper(), args
    # a part that is not there: exit 2, nothing written
    bad = tmp_path / "khong.docx"
    assert main([*db, "dossier", "999", "--out", str(bad)]) == 2
    assert not bad.exists()
