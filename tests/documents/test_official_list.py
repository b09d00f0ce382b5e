"""Any official list prints in the same frame (e.g. the recognised initiatives)."""

from __future__ import annotations

from datetime import date

from desktop.documents import official_list
from desktop.documents.data import ListColumn, ListPaperData, SignatureBlock
from desktop.documents.sample import OFFICE
from tests.documents.pdfread import reader, runs, text


def _data(rows: int, *, landscape: bool) -> ListPaperData:
    body = tuple(
        (
            str(i),
            f"Sáng kiến số {i}: ứng dụng hóa đơn điện tử",
            "Đặng Thị Hồng Nhung",
            "Cơ sở " * (1 + i % 30),
        )
        for i in range(1, rows + 1)
    )
    return ListPaperData(
        office=OFFICE,
        kind="Danh sách",
        subject=("Sáng kiến được công nhận năm 2025",),
        columns=(
            ListColumn("STT", 0.5, "center"),
            ListColumn("Tên sáng kiến", 3),
            ListColumn("Tác giả", 2),
            ListColumn("Phạm vi ảnh hưởng", 2, "justify"),
        ),
        rows=(("Khối văn phòng",), *body),
        group_rows=(0,),
        signature=SignatureBlock(("KT. Giám đốc", "Phó Giám đốc"), "Trương Thị Ánh Tuyết"),
        issued_on=date(2026, 2, 5),
        number=12,
        kind_code="DS",
        attached_to="(Kèm theo Quyết định số 12/QĐ-STC ngày 05 tháng 02 năm 2026)",
        copies_to=("Như trên", "Lưu: VT"),
        is_landscape=landscape,
    )


def test_long_list_in_portrait_repeats_its_header_and_numbers_pages() -> None:
    pdf = official_list.render(_data(120, landscape=False))
    pages = reader(pdf).pages
    assert len(pages) > 3
    printed = " ".join(text(pdf).split())
    assert "Số: 12/DS-STC" in printed
    assert "Sóc Trăng, ngày 05 tháng 02 năm 2026" in printed
    assert printed.count("Tên sáng kiến") == len(pages)  # header row on every page
    first_top = [r for r in runs(pages[0]) if r.y > 841.89 - 20 * 72 / 25.4]
    second_top = [r.text for r in runs(pages[1]) if r.y > 841.89 - 20 * 72 / 25.4]
    assert first_top == [] and second_top == ["2"]


def test_landscape_list() -> None:
    pdf = official_list.render(_data(5, landscape=True))
    page = reader(pdf).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (842, 595)
    assert "KHỐI VĂN PHÒNG" not in text(pdf) and "Khối văn phòng" in text(pdf)
