"""The assembled dossier read back with pypdf: paper, fonts, text, order, numbering, margins."""

from __future__ import annotations

import unicodedata
from dataclasses import replace

import pytest

from desktop.documents import dossier
from desktop.documents.data import DossierData
from desktop.documents.fonts import string_width
from desktop.documents.frame import Layout
from desktop.documents.sample import sample_dossier
from tests.documents.pdfread import MM, Run, page_text, reader, runs, text

A4_SHORT, A4_LONG = 595.28, 841.89
TOP_MARGIN, LEFT_MARGIN, RIGHT_MARGIN = 20 * MM, 30 * MM, 15 * MM


@pytest.fixture(scope="module")
def data() -> DossierData:
    return sample_dossier(12)


@pytest.fixture(scope="module")
def built(data: DossierData) -> tuple[bytes, Layout]:
    return dossier.render_with_layout(data)


@pytest.fixture(scope="module")
def page_runs(built: tuple[bytes, Layout]) -> list[tuple[float, float, list[Run]]]:
    """(width, height, text runs) of every page, parsed once."""
    return [
        (float(p.mediabox.width), float(p.mediabox.height), runs(p)) for p in reader(built[0]).pages
    ]


def test_every_page_is_a4_and_only_the_list_is_landscape(built: tuple[bytes, Layout]) -> None:
    pdf, layout = built
    pages = reader(pdf).pages
    assert len(pages) == layout.total_pages
    first, count = layout.starts["danh-sach"], layout.counts["danh-sach"]
    landscape_pages = set(range(first - 1, first - 1 + count))
    for i, page in enumerate(pages):
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        expected = (A4_LONG, A4_SHORT) if i in landscape_pages else (A4_SHORT, A4_LONG)
        assert (w, h) == pytest.approx(expected, abs=0.1), f"page {i + 1}"


def test_fonts_are_embedded_and_no_text_uses_a_base14_font(
    built: tuple[bytes, Layout], page_runs: list[tuple[float, float, list[Run]]]
) -> None:
    from desktop.documents.fonts import font_choice

    pdf, _ = built
    used = {r.font for _, _, page in page_runs for r in page}
    for page in reader(pdf).pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            if str(font["/BaseFont"]).split("+")[-1].lstrip("/") in used:
                descriptor = font["/FontDescriptor"].get_object()
                assert "/FontFile2" in descriptor  # embedded TrueType
    assert len(used) == 4  # regular, bold, italic, bold italic of one family
    if font_choice().bundled:
        assert used == {
            "LiberationSerif",
            "LiberationSerif-Bold",
            "LiberationSerif-Italic",
            "LiberationSerif-BoldItalic",
        }
    else:
        assert all(name.startswith("TimesNewRoman") for name in used)


def test_vietnamese_names_round_trip_exactly(
    built: tuple[bytes, Layout], data: DossierData
) -> None:
    pdf, _ = built
    all_text = " ".join(text(pdf).split())
    names = [n.name for n in data.nominees]
    # Every tone and Đ/đ are among the names.
    joined = unicodedata.normalize("NFD", "".join(names))
    for mark in ("\u0300", "\u0309", "\u0303", "\u0301", "\u0323"):
        assert mark in joined
    assert "Đ" in "".join(names)
    for name in names:
        assert unicodedata.normalize("NFC", name) in all_text
    assert "Trương Thị Ánh Tuyết" in all_text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in all_text
    assert "Độc lập - Tự do - Hạnh phúc" in all_text


def test_headings_of_every_part_in_order(built: tuple[bytes, Layout]) -> None:
    pdf, layout = built
    all_text = text(pdf)
    order = [
        "MỤC LỤC HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG",
        "TỜ TRÌNH",
        "DANH SÁCH",
        "BIÊN BẢN",
        "BÁO CÁO THÀNH TÍCH",
        "I. SƠ LƯỢC LÝ LỊCH",
        "II. THÀNH TÍCH ĐẠT ĐƯỢC",
        "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG",
    ]
    positions = [all_text.index(h) for h in order]
    assert positions == sorted(positions)
    # Each part begins on its own page with its own title.
    for key, title in (
        ("muc-luc", "MỤC LỤC HỒ SƠ"),
        ("to-trinh", "TỜ TRÌNH"),
        ("danh-sach", "DANH SÁCH"),
        ("bien-ban", "BIÊN BẢN"),
        ("bao-cao:0", "BÁO CÁO THÀNH TÍCH"),
        ("bao-cao:3", "BÁO CÁO THÀNH TÍCH"),
    ):
        assert title in page_text(pdf, layout.starts[key] - 1), key
    assert "I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH" in page_text(pdf, layout.starts["bao-cao:3"] - 1)


def _top_margin_runs(pdf: bytes, index: int) -> list[str]:
    page = reader(pdf).pages[index]
    height = float(page.mediabox.height)
    return [r.text.strip() for r in runs(page) if r.y > height - TOP_MARGIN]


def test_page_numbers_only_from_page_2_of_each_paper(
    built: tuple[bytes, Layout], page_runs: list[tuple[float, float, list[Run]]]
) -> None:
    _, layout = built

    def top(index: int) -> list[str]:
        _, height, page = page_runs[index]
        return [r.text.strip() for r in page if r.y > height - TOP_MARGIN]

    for key, start in layout.starts.items():
        assert top(start - 1) == [], f"{key} page 1 is numbered"
        for n in range(2, layout.counts[key] + 1):
            assert top(start - 1 + n - 1) == [str(n)], f"{key} page {n}"


def test_page_numbers_are_centred_in_the_text_block(built: tuple[bytes, Layout]) -> None:
    pdf, layout = built
    page = reader(pdf).pages[layout.starts["danh-sach"]]  # page 2 of the list, landscape
    page_w = float(page.mediabox.width)
    height = float(page.mediabox.height)
    number = next(r for r in runs(page) if r.y > height - TOP_MARGIN)
    centre = number.x + string_width(number.text, number.font, number.size) / 2
    assert centre == pytest.approx(LEFT_MARGIN + (page_w - LEFT_MARGIN - RIGHT_MARGIN) / 2, abs=1)
    assert number.size == pytest.approx(13)


def test_no_text_outside_the_left_and_right_margins(
    page_runs: list[tuple[float, float, list[Run]]],
) -> None:
    for i, (page_w, _, page) in enumerate(page_runs):
        for r in page:
            width = string_width(r.text, r.font, r.size) + r.word_space * r.text.count(" ")
            assert r.x >= LEFT_MARGIN - 0.5, f"page {i + 1}: {r.text!r} at x={r.x:.1f}"
            assert r.x + width <= page_w - RIGHT_MARGIN + 0.5, f"page {i + 1}: {r.text!r}"


def test_list_header_row_once_on_every_page_of_the_list(built: tuple[bytes, Layout]) -> None:
    pdf, layout = built
    first, count = layout.starts["danh-sach"], layout.counts["danh-sach"]
    for index in range(first - 1, first - 1 + count):
        assert page_text(pdf, index).count("Tóm tắt thành tích") >= 1, f"page {index + 1}"
        # Never a second header further down a page (a row split must not repeat it).
        assert page_text(pdf, index).count("Tóm tắt thành tích") <= 2  # one per award table


def test_table_of_contents_counts_match_the_layout(built: tuple[bytes, Layout]) -> None:
    pdf, layout = built
    first = " ".join(page_text(pdf, 0).split())
    assert f"1 - {layout.total_pages}" in first
    danh_sach = layout.starts["danh-sach"]
    end = danh_sach + layout.counts["danh-sach"] - 1
    assert f"{danh_sach} - {end}" in first


def test_a_part_alone_matches_the_same_part_in_the_dossier(
    data: DossierData, built: tuple[bytes, Layout]
) -> None:
    _, layout = built
    for part, key in (
        ("to-trinh", "to-trinh"),
        ("danh-sach", "danh-sach"),
        ("bien-ban", "bien-ban"),
    ):
        pdf, alone = dossier.render_with_layout(data, part)
        assert alone.total_pages == layout.counts[key]
        assert _top_margin_runs(pdf, 0) == []
    pdf, alone = dossier.render_with_layout(data, "bao-cao")
    assert alone.total_pages == sum(c for k, c in layout.counts.items() if k.startswith("bao-cao"))
    pdf, alone = dossier.render_with_layout(data, "muc-luc")
    assert alone.total_pages == layout.counts["muc-luc"]
    assert f"1 - {layout.total_pages}" in " ".join(page_text(pdf, 0).split())


def test_output_is_reproducible(data: DossierData, built: tuple[bytes, Layout]) -> None:
    assert dossier.render(data) == built[0]


def test_decomposed_input_prints_composed_and_markup_is_literal(data: DossierData) -> None:
    odd = replace(
        data.nominees[0],
        name=unicodedata.normalize("NFD", "Đặng Thị Hồng Nhung"),
        summary='Tỷ lệ <50% & "vượt" kế hoạch <b>không in đậm</b>',
    )
    pdf = dossier.render(replace(data, nominees=(odd,)), "danh-sach")
    printed = " ".join(text(pdf).split())
    assert "Đặng Thị Hồng Nhung" in printed
    assert "<b>không in đậm</b>" in printed
