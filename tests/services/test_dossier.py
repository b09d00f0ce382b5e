"""The dossier of a real batch: built from the records, read back from the PDF, recorded, reprinted."""

from __future__ import annotations

import hashlib
import unicodedata
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.domain.awards import CommendationType
from desktop.domain.errors import NotFoundError, ValidationError
from desktop.domain.identity import BirthDate
from desktop.domain.office import OfficeInfo
from desktop.domain.people import PersonInput, Sex
from desktop.domain.proposals import BatchInput, MeetingInput
from desktop.domain.ratings import PersonRatingInput, Rating
from desktop.domain.units import UnitInput
from desktop.services import dossier, office, people, proposals, ratings, units
from desktop.services.session import Workspace

NAMES = ["Đặng Thị Huyền Trâm", "Nguyễn Văn Đức", "Lữ Thị Ngọc Hân"]


@pytest.fixture
def batch(ws: Workspace) -> int:
    office.save(
        ws,
        OfficeInfo(
            "Ủy ban nhân dân tỉnh Sóc Trăng",
            "Sở Tài chính",
            "Sóc Trăng",
            "Trần Văn Hùng",
            "Giám đốc",
            "STC",
        ),
    )
    unit = units.save(ws, UnitInput("Phòng Quản lý ngân sách"))
    for i, name in enumerate(NAMES):
        pid = people.save(
            ws,
            PersonInput(
                name,
                unit,
                sex=Sex.FEMALE if "Thị" in name else Sex.MALE,
                birth_date=BirthDate(1980 + i, 3, 5),
                hometown="Mỹ Xuyên, Sóc Trăng",
            ),
        )
        ratings.set_person_rating(ws, PersonRatingInput(pid, 2025, Rating.EXCELLENT))
    b = proposals.create_batch(
        ws,
        BatchInput(
            "Khen thưởng tổng kết năm 2025",
            CommendationType.MERIT,
            2025,
            addressee="Chủ tịch Ủy ban nhân dân tỉnh Sóc Trăng",
        ),
    )
    assert proposals.add_eligible(ws, b, "CSTDCS") == 3
    noms = proposals.nominees(ws, b)
    proposals.record_meeting(
        ws,
        b,
        MeetingInput(
            datetime(2025, 12, 10, 8, 0),
            "Phòng họp số 1",
            "Trần Văn Hùng",
            "Lê Thị Thu",
            9,
            9,
            0,
            datetime(2025, 12, 10, 9, 45),
        ),
        {n.id: 9 for n in noms},
    )
    proposals.submit(ws, b, date(2025, 12, 12))
    return b


def _text(pdf: Path) -> str:
    reader = PdfReader(pdf)
    return unicodedata.normalize("NFC", "\n".join(p.extract_text() for p in reader.pages))


def test_dossier_prints_the_batch_records(ws: Workspace, batch: int, tmp_path: Path) -> None:
    out = tmp_path / "ho-so.pdf"
    result = dossier.issue(ws, batch, out)
    reader = PdfReader(out)
    assert len(reader.pages) == result.pages >= 6
    text = _text(out)
    for name in NAMES:
        assert name in text
    for heading in ["MỤC LỤC HỒ SƠ", "TỜ TRÌNH", "DANH SÁCH", "BIÊN BẢN", "BÁO CÁO THÀNH TÍCH"]:
        assert heading in text
    order = [
        text.index(h)
        for h in ["MỤC LỤC HỒ SƠ", "TỜ TRÌNH", "DANH SÁCH", "BIÊN BẢN", "BÁO CÁO THÀNH TÍCH"]
    ]
    assert order == sorted(order)
    assert "01/TTr-STC" in text
    assert "Chủ tịch Ủy ban nhân dân tỉnh Sóc Trăng" in text
    assert "Hoàn thành xuất sắc nhiệm vụ" in text  # the drafted achievement and summary
    assert "9/9" in text or "100" in text  # the vote table
    assert hashlib.sha256(out.read_bytes()).hexdigest() == result.sha256


def test_issued_document_is_recorded_and_reprinted_identically(
    ws: Workspace, batch: int, tmp_path: Path
) -> None:
    first = dossier.issue(ws, batch, tmp_path / "a.pdf", "danh-sach")
    listed = dossier.issued(ws, batch)
    assert [(r.kind, r.number, r.file_name, r.sha256) for r in listed] == [
        ("danh-sach", "01/TTr-STC", "a.pdf", first.sha256)
    ]
    again = dossier.reprint(ws, first.id, tmp_path / "b.pdf")
    assert (tmp_path / "b.pdf").read_bytes() == (tmp_path / "a.pdf").read_bytes()
    assert again.sha256 == first.sha256


def test_unknown_batch_and_empty_batch(ws: Workspace, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        dossier.issue(ws, 99, tmp_path / "x.pdf")
    empty = proposals.create_batch(ws, BatchInput("Đợt trống", CommendationType.SUDDEN, 2025))
    with pytest.raises(ValidationError):
        dossier.issue(ws, empty, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def _page_texts(pdf: bytes) -> list[str]:
    import io

    reader = PdfReader(io.BytesIO(pdf))
    return [unicodedata.normalize("NFC", p.extract_text()).replace("\n", " ") for p in reader.pages]


def test_the_contents_page_names_the_audit_head_the_data_was_read_at(
    ws: Workspace, batch: int
) -> None:
    from desktop.services import audit

    number, digest = audit.head(ws)
    assert number > 0 and len(digest) == 64
    pdf, pages = dossier.render(ws, batch)
    texts = _page_texts(pdf)
    assert len(texts) == pages
    line = f"Mã kiểm tra dữ liệu: {digest[:16]} (sự kiện số {number})"
    assert line in texts[0]
    assert "MỤC LỤC HỒ SƠ" in texts[0]
    assert not any("Mã kiểm tra dữ liệu" in t for t in texts[1:])
    today = date.today()
    assert f"ngày {today:%d/%m/%Y}" in texts[0]
    # the contents page printed alone carries it too; the other parts alone do not
    alone, _ = dossier.render(ws, batch, "muc-luc")
    assert line in _page_texts(alone)[0]
    letter, _ = dossier.render(ws, batch, "to-trinh")
    assert not any("Mã kiểm tra" in t for t in _page_texts(letter))
    # a save moves the head: the next dossier names the new one
    office.save(
        ws,
        OfficeInfo(
            "Ủy ban nhân dân tỉnh Sóc Trăng", "Sở Tài chính", "Sóc Trăng", "Lê Văn Tâm", "Giám đốc"
        ),
    )
    later_number, later_digest = audit.head(ws)
    assert later_number > number
    again, _ = dossier.render(ws, batch)
    assert f"{later_digest[:16]} (sự kiện số {later_number})" in _page_texts(again)[0]


def test_check_line_is_empty_without_a_log() -> None:
    assert dossier.check_line(None, datetime(2026, 2, 5, 9, 7)) == ""
    assert dossier.check_line((12, "ab" * 32), datetime(2026, 2, 5, 9, 7)) == (
        "Mã kiểm tra dữ liệu: abababababababab (sự kiện số 12) — 09:07 ngày 05/02/2026"
    )


def test_save_issued_writes_and_records_the_given_bytes(
    ws: Workspace, batch: int, tmp_path: Path
) -> None:
    pdf, pages = dossier.render(ws, batch, "danh-sach")
    saved = dossier.save_issued(ws, batch, tmp_path / "ds.pdf", pdf, pages, "danh-sach")
    digest = hashlib.sha256(pdf).hexdigest()
    assert (tmp_path / "ds.pdf").read_bytes() == pdf
    assert saved.sha256 == digest and saved.pages == pages and saved.size == len(pdf)
    assert dossier.issued_pdf(ws, saved.id) == pdf
    [row] = dossier.issued(ws, batch)
    assert (row.kind, row.file_name, row.sha256, row.pages) == (
        "danh-sach",
        "ds.pdf",
        digest,
        pages,
    )
    # a folder given as the file: a plain message, nothing written or recorded
    with pytest.raises(ValidationError) as caught:
        dossier.save_issued(ws, batch, tmp_path, pdf, pages, "danh-sach")
    assert "thư mục" in caught.value.message
    assert len(dossier.issued(ws, batch)) == 1


def test_a_printed_dossier_is_recorded_and_reprinted_identically(
    ws: Workspace, batch: int, tmp_path: Path
) -> None:
    pdf, pages = dossier.render(ws, batch)
    printed = dossier.record_printed(ws, batch, pdf, pages)
    part = dossier.record_printed(ws, batch, pdf, pages, "all", "trang 2-3")
    assert printed.path is None and printed.sha256 == hashlib.sha256(pdf).hexdigest()
    rows = dossier.issued(ws, batch)
    assert [(r.kind, r.file_name, r.sha256) for r in rows] == [
        ("ho-so", "(in trực tiếp, trang 2-3)", printed.sha256),
        ("ho-so", dossier.PRINTED, printed.sha256),
    ]
    assert part.id != printed.id
    copy = dossier.reprint(ws, printed.id, tmp_path / "lại.pdf")
    assert (tmp_path / "lại.pdf").read_bytes() == pdf and copy.sha256 == printed.sha256
    with pytest.raises(ValidationError):
        dossier.record_printed(ws, batch, pdf, pages, "khác")


def test_a_read_only_account_may_print_and_its_paper_is_recorded(
    ws: Workspace, batch: int, tmp_path: Path
) -> None:
    from desktop.domain.errors import ConflictError
    from desktop.services import audit

    pdf, pages = dossier.render(ws, batch, "to-trinh")
    audit.set_user(ws, "lanhdao", role="xem", account_uuid="acc-1")
    printed = dossier.record_printed(ws, batch, pdf, pages, "to-trinh")
    saved = dossier.save_issued(ws, batch, tmp_path / "tt.pdf", pdf, pages, "to-trinh")
    assert [r.id for r in dossier.issued(ws, batch)] == [saved.id, printed.id]
    assert audit.history(ws, table="issued_document")[0].user == "lanhdao"
    with pytest.raises(ConflictError) as refused:  # but no other change
        office.save(ws, OfficeInfo("Ủy ban nhân dân tỉnh Sóc Trăng", "Sở Khác"))
    assert refused.value.code == "read_only_role"
    assert audit.verify(ws) == []
