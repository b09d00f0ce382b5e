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


# --- the dossier of a batch, built in the background and previewed --------------------------


@pytest.fixture
def batch_id(ws) -> int:  # type: ignore[no-untyped-def]
    from datetime import datetime

    from desktop.domain.awards import CommendationType
    from desktop.domain.people import PersonInput
    from desktop.domain.proposals import BatchInput, MeetingInput, NomineeInput, SubjectType
    from desktop.domain.ratings import PersonRatingInput, Rating
    from desktop.domain.units import UnitInput
    from desktop.services import people, proposals, ratings, units

    unit = units.save(ws, UnitInput("Phòng Kế hoạch", code="KH"))
    batch = proposals.create_batch(
        ws, BatchInput("Khen thưởng tổng kết năm 2025", CommendationType.MERIT, 2025)
    )
    ids = []
    for name in ("Nguyễn Thị Hương", "Đặng Văn Dũng", "Lê Thị Lan"):
        pid = people.save(ws, PersonInput(name, unit))
        ratings.set_person_rating(ws, PersonRatingInput(pid, 2025, Rating.EXCELLENT))
        ids.append(
            proposals.add_nominee(
                ws, batch, NomineeInput(SubjectType.PERSON, "CSTDCS", person_id=pid)
            )
        )
    meeting = MeetingInput(
        datetime(2025, 12, 10, 8), "Phòng họp", "Giám đốc Sở", "Chánh Văn phòng", 9, 9
    )
    proposals.record_meeting(ws, batch, meeting, dict.fromkeys(ids, 9))
    return batch


def open_dossier(qtbot, ws, batch: int, part: str = "all"):  # type: ignore[no-untyped-def]
    from desktop.ui.dialogs.dossier_preview import DossierPreviewDialog

    dialog = DossierPreviewDialog(ws, batch, part)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.task is not None
    qtbot.waitUntil(lambda: dialog.task.done, timeout=20_000)
    return dialog


def test_dossier_is_built_in_the_background_and_shown(qtbot, ws, batch_id) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dossier(qtbot, ws, batch_id)
    preview = dialog.preview
    whole = preview.page_count()
    assert whole > 4  # contents, letter, list, minutes, three reports
    assert dialog.busy.isHidden() and dialog.cancel_button.isHidden()
    assert str(whole) in dialog.status.text()
    assert "Mục lục" in reader(preview.pdf_bytes()).pages[0].extract_text().replace("\n", " ")
    preview.next_button.click()
    assert preview.current_page() == 1
    preview.go_to(whole - 1)
    assert not preview.next_button.isEnabled()
    # one part alone
    dialog.part_box.setCurrentIndex(dialog.part_box.findData("bien-ban"))
    qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.done, timeout=20_000)
    assert 0 < preview.page_count() < whole
    text = " ".join(p.extract_text() for p in reader(preview.pdf_bytes()).pages)
    assert "BIÊN BẢN" in text and "Đặng Văn Dũng" in text
    assert dialog.file_name() == f"ho-so-{batch_id}-bien-ban.pdf"


def test_saving_the_dossier_records_the_issued_document(qtbot, ws, batch_id, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desktop.services import dossier

    dialog = open_dossier(qtbot, ws, batch_id, "to-trinh")
    target = tmp_path / "tờ trình.pdf"
    assert dialog.preview.save_as(target) == target
    issued = dossier.issued(ws, batch_id)
    assert len(issued) == 1
    assert target.read_bytes()[:5] == b"%PDF-"
    assert "tờ trình.pdf" in dialog.status.text()
    # a folder that does not exist: a plain message, nothing recorded
    errors: list[BaseException] = []
    dialog.preview.report_error = errors.append
    assert dialog.preview.save_as(tmp_path / "không có" / "x.pdf") is None
    assert len(errors) == 1 and "thư mục" in str(errors[0])
    assert len(dossier.issued(ws, batch_id)) == 1


def _sha(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def test_save_writes_and_records_the_bytes_shown_not_a_new_rendering(  # type: ignore[no-untyped-def]
    qtbot, ws, batch_id, tmp_path
) -> None:
    from desktop.domain.people import PersonInput
    from desktop.services import dossier, people, proposals

    dialog = open_dossier(qtbot, ws, batch_id)
    shown = dialog.preview.pdf_bytes()
    pages = dialog.preview.page_count()
    # the records change after the preview was built: the saved paper is still what was shown
    nominee = proposals.nominees(ws, batch_id)[0]
    assert nominee.data.person_id is not None
    person = people.get(ws, nominee.data.person_id)
    people.save(ws, PersonInput("Trịnh Thị Ánh Tuyết", person.data.unit_id), person.id)
    target = tmp_path / "hồ sơ.pdf"
    assert dialog.preview.save_as(target) == target
    [row] = dossier.issued(ws, batch_id)
    assert _sha(target.read_bytes()) == row.sha256 == _sha(shown)
    assert (row.kind, row.file_name, row.pages) == ("ho-so", "hồ sơ.pdf", pages)
    assert dossier.issued_pdf(ws, row.id) == shown
    text = " ".join(p.extract_text() for p in reader(target.read_bytes()).pages)
    assert "Trịnh Thị Ánh Tuyết" not in text
    # a folder chosen as the file (or a file that cannot be written): a plain message, no record
    errors: list[BaseException] = []
    dialog.preview.report_error = errors.append
    assert dialog.preview.save_as(tmp_path) is None
    from desktop.ui.errors import plain_message

    assert len(errors) == 1
    message = plain_message(errors[0])
    assert message is not None and "is a folder" in message
    assert len(dossier.issued(ws, batch_id)) == 1


def test_printing_records_the_bytes_shown(qtbot, ws, batch_id, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desktop.services import dossier

    dialog = open_dossier(qtbot, ws, batch_id, "bao-cao")
    shown = dialog.preview.pdf_bytes()
    pages = dialog.preview.page_count()
    assert pages >= 3

    def printer_to(path: Path) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        return printer

    assert dialog.preview.print_document(printer_to(tmp_path / "giấy.pdf"))
    assert len(reader((tmp_path / "giấy.pdf").read_bytes()).pages) == pages
    assert "recorded" in dialog.status.text()
    [row] = dossier.issued(ws, batch_id)
    assert (row.kind, row.file_name, row.sha256, row.pages) == (
        "bao-cao",
        dossier.PRINTED,
        _sha(shown),
        pages,
    )
    # a page range is noted; the whole previewed PDF is kept
    ranged = printer_to(tmp_path / "trang 2-3.pdf")
    ranged.setPrintRange(QPrinter.PrintRange.PageRange)
    ranged.setFromTo(2, 3)
    assert dialog.preview.print_document(ranged)
    assert len(reader((tmp_path / "trang 2-3.pdf").read_bytes()).pages) == 2
    newest = dossier.issued(ws, batch_id)[0]
    assert newest.file_name == "(in trực tiếp, trang 2-3)" and newest.sha256 == _sha(shown)
    # reprinting an issued document gives the same bytes
    copy = tmp_path / "bản sao.pdf"
    dossier.reprint(ws, row.id, copy)
    assert copy.read_bytes() == shown


def test_cancel_drops_the_pdf_being_built(qtbot, ws, batch_id) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.dialogs.dossier_preview import DossierPreviewDialog

    dialog = DossierPreviewDialog(ws, batch_id)
    qtbot.addWidget(dialog)
    task = dialog.task
    assert task is not None and not dialog.busy.isHidden()
    dialog.cancel()
    qtbot.waitUntil(lambda: task.done, timeout=20_000)
    assert dialog.preview.page_count() == 0
    assert dialog.cancel_button.isHidden()


def test_a_batch_without_nominees_gives_a_plain_message(qtbot, ws) -> None:  # type: ignore[no-untyped-def]
    from desktop.domain.awards import CommendationType
    from desktop.domain.proposals import BatchInput
    from desktop.services import proposals

    empty = proposals.create_batch(ws, BatchInput("Đợt trống", CommendationType.MERIT, 2025))
    dialog = open_dossier(qtbot, ws, empty)
    assert dialog.preview.page_count() == 0
    assert dialog.error_text and dialog.status.text() == dialog.error_text


def test_an_issued_document_opens_as_issued_to_print_again(qtbot, ws, batch_id, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desktop.services import dossier
    from desktop.ui.widgets.issued_documents import IssuedDocuments

    pdf, pages = dossier.render(ws, batch_id, "to-trinh")
    printed = dossier.record_printed(ws, batch_id, pdf, pages, "to-trinh")
    widget = IssuedDocuments(ws)
    qtbot.addWidget(widget)
    widget.set_batch(batch_id)
    assert widget.count() == 1 and not widget.open_button.isEnabled()
    item = widget.tree.topLevelItem(0)
    assert item is not None and item.text(3) == dossier.PRINTED
    widget.tree.setCurrentItem(item)
    assert widget.open_button.isEnabled()
    dialog = widget.open_selected()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.preview.pdf_bytes() == pdf and dialog.preview.page_count() == pages
    out = tmp_path / "in lại.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    assert dialog.preview.print_document(printer)
    assert len(reader(out.read_bytes()).pages) == pages
    assert len(dossier.issued(ws, batch_id)) == 1  # a reprint is the same issued document
    dialog.reject()
    # a copy of a paper printed straight to the printer is offered under a file name
    offered: list[str] = []

    def ask(name: str) -> Path:
        offered.append(name)
        return Path(tmp_path) / name

    widget.ask_path = ask
    copy = widget.save_copy()
    assert offered and offered[0].endswith(".pdf") and "(" not in offered[0]
    assert copy is not None and _sha(copy.read_bytes()) == printed.sha256


def test_cancelling_another_part_shows_again_the_part_still_previewed(qtbot, ws, batch_id) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dossier(qtbot, ws, batch_id)
    whole = dialog.preview.page_count()
    dialog.part_box.setCurrentIndex(dialog.part_box.findData("danh-sach"))  # builds again
    task = dialog.task
    assert task is not None and not task.done
    dialog.cancel()
    qtbot.waitUntil(lambda: task.done, timeout=20_000)
    assert dialog.part() == "all" and dialog.preview.page_count() == whole
    assert dialog.file_name().endswith(".pdf") and "danh-sach" not in dialog.file_name()
