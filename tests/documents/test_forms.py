"""Each form's content rules, and that no content length breaks the layout."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desktop.documents import bao_cao, bien_ban, danh_sach, dossier, to_trinh
from desktop.documents.data import DossierData, NomineeData, VoteRecord
from desktop.documents.sample import sample_dossier
from desktop.domain.errors import ValidationError
from tests.documents.pdfread import reader, text


@pytest.fixture(scope="module")
def data() -> DossierData:
    return sample_dossier(5)


def _flat(pdf: bytes) -> str:
    return " ".join(text(pdf).split())


def _report_of(data: DossierData, nominee: NomineeData) -> str:
    """The báo cáo thành tích printed for one nominee alone (the dossier's bao-cao part)."""
    return _flat(dossier.render(replace(data, nominees=(nominee,)), "bao-cao"))


def test_each_form_prints_alone(data: DossierData) -> None:
    for module in (to_trinh, danh_sach, bien_ban, bao_cao):
        pdf = module.render(data)
        assert pdf.startswith(b"%PDF")
        assert len(reader(pdf).pages) >= 1
    one = _report_of(data, data.nominees[1])
    assert data.nominees[1].name in one
    assert data.nominees[0].name not in one


def test_to_trinh_cites_the_decree_in_force_on_its_date(data: DossierData) -> None:
    after = _flat(to_trinh.render(data))
    assert "Nghị định số 152/2025/NĐ-CP" in after
    assert "Số: 05/TTr-STC" in after
    assert "Sóc Trăng, ngày 05 tháng 02 năm 2026" in after
    assert "Kính gửi:" in after and "Nơi nhận:" in after
    assert "KT. GIÁM ĐỐC" in after and "PHÓ GIÁM ĐỐC" in after
    before = _flat(to_trinh.render(replace(data, issued_on=date(2025, 6, 30))))
    assert "Nghị định số 98/2023/NĐ-CP" in before
    assert "152/2025" not in before


def test_to_trinh_counts_per_award_and_subject_kind() -> None:
    data = sample_dossier(8)
    printed = _flat(to_trinh.render(data))
    # 8 nominees: indexes 3 and 7 are collectives (one Cờ thi đua, one Bằng khen),
    # 1 and 6 are persons proposed for CSTĐ cấp tỉnh.
    assert "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh: 01 tập thể và 04 cá nhân" in printed
    assert "Danh hiệu Chiến sĩ thi đua cấp tỉnh: 02 cá nhân" in printed
    assert "Cờ thi đua của Ủy ban nhân dân tỉnh: 01 tập thể" in printed
    # each award's line ends with ";", the last with "."
    items = printed.split("cụ thể:")[1].split("Tổng cộng")[0].strip()
    assert items.endswith(".") and items.count(";") == 2
    assert "Tổng cộng: 02 tập thể và 06 cá nhân." in printed


def test_vote_table_uses_the_total_membership(data: DossierData) -> None:
    council = data.council
    assert council is not None
    votes = (
        VoteRecord("Đặng Thị Hồng Nhung", "Danh hiệu Chiến sĩ thi đua cấp tỉnh", 9, 90),
        VoteRecord("Văn phòng Sở", "Cờ thi đua của Ủy ban nhân dân tỉnh", 9, 80),
        VoteRecord("Nguyễn Văn Hải", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", 5, None),
    )
    printed = _flat(bien_ban.render(replace(data, council=replace(council, votes=votes))))
    # 9 of 11 members (2 absent) = 81.82 %: short of 90 %, enough for 80 %.
    assert "9/11 81,82% Không đạt (< 90%)" in printed
    assert "9/11 81,82% Đạt (≥ 80%)" in printed
    assert "5/11 45,45% Không đạt (chưa quá bán)" in printed
    assert "Tổng số thành viên Hội đồng: 11; có mặt: 09; vắng mặt: 02" in printed
    assert "Cuộc họp kết thúc vào 10 giờ 45 phút, ngày 30 tháng 01 năm 2026" in printed
    assert "THƯ KÝ" in printed and "CHỦ TỌA" in printed


def test_list_is_grouped_by_award_then_subject_kind(data: DossierData) -> None:
    printed = _flat(danh_sach.render(data))
    assert printed.index("I. BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH") < printed.index(
        "II. DANH HIỆU CHIẾN SĨ THI ĐUA CẤP TỈNH"
    )
    assert "Kèm theo Tờ trình số 05/TTr-STC ngày 05 tháng 02 năm 2026 của Sở Tài chính" in printed
    for header in ("STT", "Họ và tên / Tên tập thể", "Chức vụ - Đơn vị", "Tóm tắt thành tích"):
        assert header in printed


def test_collective_report_has_its_own_fields(data: DossierData) -> None:
    index = next(i for i, n in enumerate(data.nominees) if n.kind == "collective")
    printed = _report_of(data, data.nominees[index])
    for heading in (
        "I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH",
        "1. Quá trình thành lập và phát triển",
        "3. Cơ cấu tổ chức",
        "4. Chức năng, nhiệm vụ được giao",
        "II. THÀNH TÍCH ĐẠT ĐƯỢC",
        "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG",
    ):
        assert heading in printed


def test_a_five_page_achievement_text_and_a_huge_list_cell_still_build(
    data: DossierData,
) -> None:
    sentence = (
        "Chủ trì thẩm định quyết toán dự án đầu tư công hoàn thành, giảm trừ chi phí không hợp "
        "lệ, hướng dẫn các xã, phường sắp xếp tài sản công sau hợp nhất đơn vị hành chính. "
    )
    five_pages = "\n".join(sentence * 6 for _ in range(40))
    one_paragraph = sentence * 300  # a single paragraph longer than a page, in a table cell
    long = replace(data.nominees[0], achievements=five_pages, summary=one_paragraph)
    big = replace(data, nominees=(long, *data.nominees[1:]))
    pdf, layout = dossier.render_with_layout(big)
    assert layout.counts["bao-cao:0"] >= 6
    assert layout.counts["danh-sach"] >= 3
    assert len(reader(pdf).pages) == layout.total_pages
    assert "Đặng Thị Hồng Nhung" in _flat(dossier.render(big, "bao-cao"))


def test_no_history_prints_none_yet(data: DossierData) -> None:
    bare = replace(data.nominees[0], titles=(), awards=())
    printed = _report_of(data, bare)
    assert printed.count("Chưa có.") == 2


def test_bad_requests_are_validation_errors(data: DossierData) -> None:
    with pytest.raises(ValidationError) as unknown:
        dossier.render(data, "phu-luc")
    assert unknown.value.code == "unknown_part"
    with pytest.raises(ValidationError) as no_council:
        dossier.render(replace(data, council=None), "bien-ban")
    assert no_council.value.code == "no_council"
    with pytest.raises(ValidationError):
        dossier.render(replace(data, nominees=()))
    # Without a council the dossier simply has no minutes.
    printed = _flat(dossier.render(replace(data, council=None)))
    assert "BIÊN BẢN" not in printed


def test_one_recipient_on_the_kinh_gui_line_several_one_per_line(data: DossierData) -> None:
    one = _flat(to_trinh.render(replace(data, recipients=("Ủy ban nhân dân tỉnh Sóc Trăng",))))
    assert "Kính gửi: Ủy ban nhân dân tỉnh Sóc Trăng" in one
    several = _flat(to_trinh.render(data))
    assert "Kính gửi: - Ủy ban nhân dân tỉnh Sóc Trăng; - Sở Nội vụ tỉnh Sóc Trăng." in several


def test_a_signature_never_stands_alone_on_its_page() -> None:
    data = sample_dossier(12)
    pdf, layout = dossier.render_with_layout(data)
    pages = [" ".join(page.extract_text().split()) for page in reader(pdf).pages]
    signed = [p for p in pages if "NGƯỜI BÁO CÁO THÀNH TÍCH" in p or "THỦ TRƯỞNG ĐƠN VỊ" in p]
    assert len(signed) == len(data.nominees)
    for page in signed:
        assert "2. Hình thức khen thưởng" in page  # the last table goes over with it
    minutes_end = pages[layout.starts["bien-ban"] + layout.counts["bien-ban"] - 2]
    assert "Cuộc họp kết thúc vào" in minutes_end and "CHỦ TỌA" in minutes_end
