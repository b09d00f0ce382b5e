"""Printed papers against Nghị định 30/2020 and the law of the paper's date, read back from the
PDF: căn cứ, Nơi nhận, counts, one report per person, running-case office names, trích yếu."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desktop.documents import bien_ban, dossier, to_trinh
from desktop.documents.common import missing_sections, report_subjects
from desktop.documents.data import DossierData, NomineeData, OfficeHeader, SubjectKind
from desktop.documents.formatting import running_case, running_text, without_doubled_words
from desktop.documents.sample import sample_dossier
from tests.documents.pdfread import reader, runs, text


def _flat(pdf: bytes) -> str:
    return " ".join(text(pdf).split())


def _person(name: str, award: str, key: str, **kw: str) -> NomineeData:
    base = {"duties": "Chuyên viên.", "achievements": "Hoàn thành xuất sắc.", "summary": "Tốt."}
    base.update(kw)
    return NomineeData(SubjectKind.PERSON, name, award, "Chuyên viên", "Văn phòng", key=key, **base)


@pytest.fixture(scope="module")
def sample() -> DossierData:
    return sample_dossier(4, paragraphs=1)


@pytest.mark.parametrize(
    ("issued", "cited", "never"),
    [
        (
            date(2023, 12, 20),
            ("26 tháng 11 năm 2003", "16 tháng 11 năm 2013", "91/2017/NĐ-CP"),
            ("98/2023", "152/2025", "15 tháng 6 năm 2022"),
        ),
        (date(2024, 3, 1), ("15 tháng 6 năm 2022", "98/2023/NĐ-CP"), ("91/2017", "152/2025")),
        (date(2025, 8, 1), ("15 tháng 6 năm 2022", "152/2025/NĐ-CP"), ("91/2017", "98/2023")),
    ],
)
def test_can_cu_follow_the_papers_date_italic_the_last_ending_with_a_stop(
    sample: DossierData, issued: date, cited: tuple[str, ...], never: tuple[str, ...]
) -> None:
    pdf = to_trinh.render(replace(sample, issued_on=issued))
    flat = _flat(pdf)
    for part in cited:
        assert part in flat
    for part in never:
        assert part not in flat
    lines = to_trinh.legal_bases(replace(sample, issued_on=issued))
    assert all(x.endswith(";") for x in lines[:-1]) and lines[-1].endswith(".")
    page = runs(reader(pdf).pages[0])
    basis = [r for r in page if r.text.startswith(("Căn cứ Luật", "Căn cứ Nghị định"))]
    assert basis and all("Italic" in r.font for r in basis)  # Phụ lục I mục II.6: nghiêng


def test_noi_nhan_on_the_to_trinh_and_the_bien_ban(sample: DossierData) -> None:
    data = replace(
        sample,
        copies_to=("Như trên", "Sở Nội vụ (Ban Thi đua - Khen thưởng)", "Lưu: VT, TĐKT"),
        council=replace(sample.council, copies_to=()),  # type: ignore[arg-type]
    )
    for pdf in (to_trinh.render(data), bien_ban.render(data)):
        flat = _flat(pdf)
        assert (
            "Nơi nhận: - Như trên; - Sở Nội vụ (Ban Thi đua - Khen thưởng); - Lưu: VT, TĐKT."
            in flat
        )
        label = [r for p in reader(pdf).pages for r in runs(p) if r.text.startswith("Nơi nhận")]
        assert label[0].font.endswith("BoldItalic") and label[0].size == pytest.approx(12)
        item = [r for p in reader(pdf).pages for r in runs(p) if r.text.startswith("- Lưu")]
        assert item[0].size == pytest.approx(11)
    # a Nơi nhận without its "Lưu" line gets one
    bare = to_trinh.render(replace(data, copies_to=("Như trên",)))
    assert "- Như trên; - Lưu: VT." in _flat(bare)


def test_counts_are_people_and_units_and_a_zero_count_is_left_out(sample: DossierData) -> None:
    noms = (
        _person("Lê Thị Hoa", "Lao động tiên tiến", "person:1"),
        _person("Lê Thị Hoa", "Chiến sĩ thi đua cơ sở", "person:1"),
        _person("Trần Văn Đức", "Lao động tiên tiến", "person:2"),
    )
    data = replace(sample, nominees=noms)
    flat = _flat(to_trinh.render(data))
    assert "khen thưởng cho 02 cá nhân, cụ thể" in flat
    assert "Tổng cộng: 02 cá nhân." in flat
    assert "00 tập thể" not in flat and "tập thể" not in flat.split("cụ thể")[1].split("Tổng")[0]
    # one báo cáo thành tích per person, naming both awards
    reports = report_subjects(noms)
    assert [r.name for r in reports] == ["Lê Thị Hoa", "Trần Văn Đức"]
    pdf = dossier.render(data, "bao-cao")
    flat = _flat(pdf)
    assert flat.count("I. SƠ LƯỢC LÝ LỊCH") == 2
    assert "Đề nghị tặng Lao động tiên tiến và Chiến sĩ thi đua cơ sở" in flat


def test_office_name_in_running_text_is_in_normal_case(sample: DossierData) -> None:
    office = OfficeHeader("SỞ TÀI CHÍNH", "UBND TỈNH SÓC TRĂNG", "Sóc Trăng", "STC")
    data = replace(
        sample,
        office=office,
        recipients=("Hội đồng Thi đua - Khen thưởng UBND TỈNH SÓC TRĂNG",),
        subject="Về việc đề nghị đề nghị khen thưởng khen thưởng năm 2025",
    )
    pdf = to_trinh.render(data)
    flat = _flat(pdf)
    assert "Sở Tài chính kính trình" in flat and "Sở Tài chính kính đề nghị" in flat
    assert "SỞ TÀI CHÍNH kính" not in flat
    assert "Khen thưởng UBND tỉnh Sóc Trăng" in flat
    head = text(pdf).split("TỜ TRÌNH")[0]
    assert "SỞ TÀI CHÍNH" in head and "UBND TỈNH SÓC TRĂNG" in head  # capitals in the header
    assert "Về việc đề nghị khen thưởng năm 2025" in flat
    assert "đề nghị đề nghị" not in flat and "khen thưởng khen thưởng" not in flat
    # the list's trích yếu does not say "khen thưởng" twice either
    listing = _flat(
        dossier.render(replace(data, batch_title="Khen thưởng tổng kết năm 2025"), "danh-sach")
    )
    assert "Đề nghị khen thưởng tổng kết năm 2025" in listing


def test_running_case_and_doubled_words() -> None:
    assert running_case("SỞ TÀI CHÍNH") == "Sở Tài chính"
    assert running_case("UBND TỈNH SÓC TRĂNG") == "UBND tỉnh Sóc Trăng"
    assert running_case("ỦY BAN NHÂN DÂN XÃ AN NINH") == "Ủy ban nhân dân xã An Ninh"
    assert running_case("Sở Tài chính") == "Sở Tài chính"  # typed in normal case: kept
    assert running_text("Chủ tịch UBND TỈNH SÓC TRĂNG") == "Chủ tịch UBND tỉnh Sóc Trăng"
    assert without_doubled_words("đề nghị đề nghị tặng") == "đề nghị tặng"
    assert without_doubled_words("năm 2025, 2025") == "năm 2025, 2025"  # numbers kept


def test_missing_required_sections_are_named_and_printed_as_lines_to_fill(
    sample: DossierData,
) -> None:
    noms = (
        _person("Lê Thị Hoa", "Lao động tiên tiến", "person:1", duties=""),
        _person("Trần Văn Đức", "Lao động tiên tiến", "person:2", summary=""),
        NomineeData(
            SubjectKind.COLLECTIVE,
            "Văn phòng",
            "Tập thể lao động tiên tiến",
            key="unit:1",
            summary="Tốt.",
        ),
        _person("Ngô Văn An", "Lao động tiên tiến", "person:3"),
    )
    assert missing_sections(noms) == [
        ("Lê Thị Hoa", ("Quyền hạn, nhiệm vụ được giao",)),
        ("Trần Văn Đức", ("Tóm tắt thành tích (danh sách)",)),
        ("Văn phòng", ("Thành tích đạt được",)),
    ]
    flat = _flat(dossier.render(replace(sample, nominees=noms[:1]), "bao-cao"))
    after = flat.split("1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận")[1]
    assert after.lstrip().startswith("……")  # a line to fill in by hand, never silently empty
