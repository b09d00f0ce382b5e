"""The PDF preview: navigation, zoom, printing to an A4 printer at 300 dpi, save as."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter

from desktop.services.dossier_sample import sample_pdf
from desktop.ui.widgets.pdf_preview import PdfPreview
from tests.documents.pdfread import reader

A4 = (595.3, 841.9)


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return sample_pdf(4)


@pytest.fixture
def preview(qtbot, pdf: bytes) -> PdfPreview:  # type: ignore[no-untyped-def]
    widget = PdfPreview()
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    assert widget.set_pdf(pdf, "hồ sơ.pdf")
    return widget


def test_pages_and_navigation(preview: PdfPreview, pdf: bytes) -> None:
    assert preview.page_count() == len(reader(pdf).pages)
    assert preview.current_page() == 0
    assert not preview.previous_button.isEnabled()
    preview.next_button.click()
    assert preview.current_page() == 1
    assert preview.page_box.value() == 2
    preview.page_box.setValue(5)
    assert preview.current_page() == 4
    preview.previous_button.click()
    assert preview.current_page() == 3
    preview.go_to(10_000)
    assert preview.current_page() == preview.page_count() - 1
    assert not preview.next_button.isEnabled()


def test_zoom_and_fit_width(preview: PdfPreview) -> None:
    preview.fit_width()
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    before = preview.view.zoomFactor()
    preview.zoom_in_button.click()
    assert preview.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert preview.view.zoomFactor() == pytest.approx(before * 1.25)
    for _ in range(20):
        preview.zoom_out_button.click()
    assert preview.view.zoomFactor() == pytest.approx(0.25)
    preview.fit_width_button.click()
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_print_a_page_range_on_a4_at_300_dpi(preview: PdfPreview, tmp_path: Path) -> None:
    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 4)  # tờ trình (portrait) and the first two pages of the list (landscape)
    assert preview.print_document(printer)
    assert printer.resolution() == 300
    pages = reader(out.read_bytes()).pages
    sizes = [(round(float(p.mediabox.width), 1), round(float(p.mediabox.height), 1)) for p in pages]
    assert len(sizes) == 3
    assert sizes[0] == pytest.approx(A4, abs=1)
    assert sizes[1] == pytest.approx(A4[::-1], abs=1)
    # Black text on white paper, not a black sheet.
    printed = QPdfDocument()
    printed.load(str(out))
    image = printed.render(0, QSize(210, 297)).convertToFormat(QImage.Format.Format_Grayscale8)
    dark = sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).value() < 128
    )
    assert 0 < dark < image.width() * image.height() * 0.2


def test_save_as_writes_the_same_bytes(preview: PdfPreview, pdf: bytes, tmp_path: Path) -> None:
    target = tmp_path / "hồ sơ lưu.pdf"
    assert preview.save_as(target) == target
    assert target.read_bytes() == pdf


def test_unreadable_data_disables_the_controls(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = PdfPreview()
    qtbot.addWidget(widget)
    assert not widget.set_pdf(b"not a pdf")
    assert widget.page_count() == 0
    assert not widget.print_button.isEnabled()
    assert not widget.save_button.isEnabled()
    assert widget.print_document(QPrinter()) is False
