"""A real batch's papers, from a database made by the real migrations: Nơi nhận from the office
settings and per batch, the tờ trình's number from the outgoing register, the history a report
lists, the report's Kính gửi and appendix, and the font that prints."""

from __future__ import annotations

import shutil
import unicodedata
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.documents.fonts import BUNDLED, TIMES, choose_font
from desktop.domain.awards import CommendationType
from desktop.domain.errors import ConflictError
from desktop.domain.identity import BirthDate
from desktop.domain.office import OfficeInfo, PaperSettings
from desktop.domain.people import PersonInput, Sex
from desktop.domain.proposals import BatchInput, MeetingInput
from desktop.domain.ratings import PersonRatingInput, Rating
from desktop.domain.units import UnitInput
from desktop.paths import resources_dir
from desktop.persistence.repositories import awards as award_repo
from desktop.services import dossier, office, people, proposals, ratings, reports, units
from desktop.services.session import Workspace
from tests.services.report_fixture import Office, make


def _flat(pdf: bytes | Path) -> str:
    import io

    data = pdf.read_bytes() if isinstance(pdf, Path) else pdf
    reader = PdfReader(io.BytesIO(data))
    raw = "\n".join(p.extract_text() for p in reader.pages)
    return " ".join(unicodedata.normalize("NFC", raw).split())


@pytest.fixture
def batch(ws: Workspace) -> int:
    office.save(
        ws,
        OfficeInfo(
            "UBND TỈNH SÓC TRĂNG", "SỞ TÀI CHÍNH", "Sóc Trăng", "Trần Văn Hùng", "Giám đốc", "STC"
        ),
    )
    unit = units.save(ws, UnitInput("Phòng Quản lý ngân sách"))
    pid = people.save(
        ws,
        PersonInput("Đặng Thị Huyền Trâm", unit, sex=Sex.FEMALE, birth_date=BirthDate(1980, 3, 5)),
    )
    for year in (2023, 2024, 2025):
        ratings.set_person_rating(ws, PersonRatingInput(pid, year, Rating.EXCELLENT))
    with ws.db.write() as conn:
        for year, code, name, number, decided in (
            (2024, "LDTT", "Lao động tiên tiến", "12/QĐ-STC", date(2024, 12, 20)),
            # decided after the report's date (12/12/2025): not on the report
            (2025, "BK_GD", "Giấy khen của Giám đốc Sở", "900/QĐ-STC", date(2025, 12, 26)),
        ):
            award_repo.insert(
                conn,
                award_repo.AwardRecordInput(
                    "person",
                    year,
                    name,
                    code,
                    person_id=pid,
                    decision_number=number,
                    decision_date=decided,
                    issuer="SỞ TÀI CHÍNH",
                ),
            )
    b = proposals.create_batch(
        ws,
        BatchInput(
            "Khen thưởng tổng kết năm 2025",
            CommendationType.MERIT,
            2025,
            addressee="Chủ tịch UBND tỉnh Sóc Trăng",
        ),
    )
    assert proposals.add_eligible(ws, b, "LDTT") == 1
    assert proposals.add_eligible(ws, b, "CSTDCS") == 1
    noms = proposals.nominees(ws, b)
    for n in noms:
        duties = "Chuyên viên: theo dõi ngân sách các xã."
        proposals.update_nominee(ws, n.id, replace(n.data, duties=duties, achievement="Tốt."))
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
    return b


def test_noi_nhan_defaults_from_the_office_and_is_set_per_batch(ws: Workspace, batch: int) -> None:
    copies, own = office.batch_copies(ws, batch)
    assert copies == ("Như trên", "Lưu: VT") and not own
    office.save_paper_settings(ws, PaperSettings(drafting_unit="TĐKT"))
    assert office.batch_copies(ws, batch) == (("Như trên", "Lưu: VT, TĐKT"), False)
    pdf, _ = dossier.render(ws, batch, "to-trinh")
    assert "Nơi nhận: - Như trên; - Lưu: VT, TĐKT." in _flat(pdf)
    office.set_batch_copies(ws, batch, ("- Như trên;", "Sở Nội vụ", "Lưu: VT, TĐKT"))
    assert office.batch_copies(ws, batch) == (("Như trên", "Sở Nội vụ", "Lưu: VT, TĐKT"), True)
    for part in ("to-trinh", "bien-ban"):
        pdf, _ = dossier.render(ws, batch, part)
        assert "Nơi nhận: - Như trên; - Sở Nội vụ; - Lưu: VT, TĐKT." in _flat(pdf), part
    office.set_batch_copies(ws, batch, None)
    assert office.batch_copies(ws, batch)[1] is False


def test_draft_then_number_from_the_register_then_set_by_the_clerk(
    ws: Workspace, batch: int
) -> None:
    draft, _ = dossier.render(ws, batch, "to-trinh")
    flat = _flat(draft)
    assert "/TTr-STC" in flat and "CQ" not in flat
    assert flat.split("/TTr-STC")[0].rstrip().endswith("Số:")  # no number yet: room to write it
    assert office.proposed_number(ws, 2025) == 1
    assert proposals.submit(ws, batch, date(2025, 12, 12)) == "01/TTr-STC"
    [entry] = office.register(ws, 2025)
    assert (entry.number, entry.kind_code, entry.symbol, entry.batch_id) == (
        1,
        "TTr",
        "01/TTr-STC",
        batch,
    )
    assert office.proposed_number(ws, 2025) == 2
    assert office.set_to_trinh_number(ws, batch, 7) == "07/TTr-STC"
    assert [e.number for e in office.register(ws, 2025)] == [7]
    pdf, _ = dossier.render(ws, batch, "to-trinh")
    assert "Số: 07/TTr-STC" in _flat(pdf)
    other = proposals.create_batch(ws, BatchInput("Đột xuất", CommendationType.SUDDEN, 2025))
    with pytest.raises(ConflictError):
        proposals.submit(ws, other, date(2025, 12, 20), number=7)  # taken this year


def test_one_report_per_person_listing_only_awards_decided_before_it(
    ws: Workspace, batch: int
) -> None:
    proposals.submit(ws, batch, date(2025, 12, 12))
    pdf, _ = dossier.render(ws, batch, "all")
    flat = _flat(pdf)
    assert "cho 01 cá nhân, cụ thể" in flat and "Tổng cộng: 01 cá nhân." in flat
    assert "00 tập thể" not in flat
    assert flat.count("I. SƠ LƯỢC LÝ LỊCH") == 1  # one report for her two awards
    assert "Đề nghị tặng Lao động tiên tiến và Chiến sĩ thi đua cơ sở" in flat
    report = flat.split("I. SƠ LƯỢC LÝ LỊCH")[1]
    assert "12/QĐ-STC ngày 20/12/2024; Sở Tài chính" in report
    assert "900/QĐ-STC" not in report  # decided 26/12/2025, after the report's 12/12/2025
    assert "Sở Tài chính kính trình" in flat  # running text in normal case
    assert dossier.missing(ws, batch) == []


def test_missing_sections_are_named_before_printing(ws: Workspace, batch: int) -> None:
    from desktop.domain.proposals import NomineeInput

    proposals.return_for_changes(ws, batch, "Bổ sung hồ sơ")
    for nominee in proposals.nominees(ws, batch):  # her two nominations, one report
        proposals.update_nominee(ws, nominee.id, replace(nominee.data, duties=""))
    found = dossier.missing(ws, batch)
    assert found == [("Đặng Thị Huyền Trâm", ("Quyền hạn, nhiệm vụ được giao",))]
    assert dossier.missing_text(found) == "- Đặng Thị Huyền Trâm: Quyền hạn, nhiệm vụ được giao"
    assert NomineeInput  # the nominee's texts are edited through the proposals service


@pytest.fixture
def report_office(ws: Workspace) -> Office:
    return make(ws)


def test_periodic_report_kinh_gui_recipient_appendix_and_column_codes(
    ws: Workspace, report_office: Office
) -> None:
    data = reports.build(ws, "2025", issued_on=date(2025, 12, 15))
    flat = _flat(reports.render_pdf(data))
    assert "Kính gửi: Thường trực Hội đồng Thi đua - Khen thưởng tỉnh" in flat
    assert "Bộ Nội vụ" not in flat
    assert "Phụ lục SỐ LƯỢNG KHEN THƯỞNG NĂM 2025" in flat
    assert "(Kèm theo Báo cáo số" in flat and "ngày 15 tháng 12 năm 2025 của" in flat
    assert "A B C 1 2 3 4 5" in flat  # Biểu 0603's column codes under its header
    assert "Nơi nhận: - Như trên; - Lưu: VT." in flat
    # the recipient and Nơi nhận come from the office settings
    office.save_paper_settings(
        ws,
        PaperSettings(("Như trên", "Giám đốc Sở", "Lưu: VT"), "TĐKT", "Sở Nội vụ tỉnh Sóc Trăng"),
    )
    flat = _flat(reports.render_pdf(reports.build(ws, "2025", issued_on=date(2025, 12, 15))))
    assert "Kính gửi: Sở Nội vụ tỉnh Sóc Trăng" in flat
    assert "Nơi nhận: - Như trên; - Giám đốc Sở; - Lưu: VT." in flat
    # no "Như trên": no Kính gửi line
    office.save_paper_settings(ws, PaperSettings(("UBND tỉnh", "Lưu: VT"), "TĐKT"))
    flat = _flat(reports.render_pdf(reports.build(ws, "2025", issued_on=date(2025, 12, 15))))
    assert "Kính gửi" not in flat


def test_times_new_roman_where_installed_else_the_bundled_font(tmp_path: Path) -> None:
    fonts = resources_dir() / "fonts"
    windows = tmp_path / "Windows" / "Fonts"
    windows.mkdir(parents=True)
    for src, name in (
        ("LiberationSerif-Regular.ttf", "times.ttf"),
        ("LiberationSerif-Bold.ttf", "TIMESBD.TTF"),
        ("LiberationSerif-Italic.ttf", "timesi.ttf"),
    ):
        shutil.copyfile(fonts / src, windows / name)
    assert choose_font([windows]).family == BUNDLED  # one face missing: not Times
    shutil.copyfile(fonts / "LiberationSerif-BoldItalic.ttf", windows / "timesbi.ttf")
    chosen = choose_font([tmp_path / "nowhere", windows])
    assert chosen.family == TIMES and chosen.regular == windows / "times.ttf"
    assert chosen.files[1] == windows / "TIMESBD.TTF"
    assert choose_font([tmp_path / "nowhere"]).family == BUNDLED


def test_the_font_folder_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.documents.fonts import FONT_DIR_ENV, system_font_dirs

    monkeypatch.setenv(FONT_DIR_ENV, str(tmp_path))
    assert system_font_dirs() == [tmp_path]
    assert choose_font().family == BUNDLED
    monkeypatch.setenv(FONT_DIR_ENV, "")
    assert system_font_dirs() == []


def test_paper_settings_and_the_register_are_in_the_audit_log(ws: Workspace, batch: int) -> None:
    office.save_paper_settings(ws, PaperSettings(drafting_unit="TĐKT"))
    office.set_batch_copies(ws, batch, ("Như trên", "Lưu: VT"))
    proposals.submit(ws, batch, date(2025, 12, 12))
    with ws.db.read() as conn:
        logged = {
            r[0]
            for r in conn.execute(
                "SELECT DISTINCT table_name FROM audit_event WHERE table_name IN"
                " ('paper_setting', 'batch_paper', 'outgoing_register')"
            )
        }
    assert logged == {"paper_setting", "batch_paper", "outgoing_register"}
