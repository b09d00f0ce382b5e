"""Preview of a printed paper inside the program, then print it (offline) or save it.

QtPdf shows the PDF (page navigation, zoom, fit width). Printing renders each page to an image
at 300 dpi and paints it on an A4 QPrinter, because Qt has no "send this PDF to the printer".
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.tasks import Task, run_with_progress, say_cancelled

PRINT_DPI = 300
ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.25, 4.0


def _on_white(rendered: QImage) -> QImage:
    """The rendered page (transparent where nothing is drawn) on white paper, in grey levels."""
    if rendered.isNull():
        return rendered
    sheet = QImage(rendered.size(), QImage.Format.Format_RGB32)
    sheet.fill(Qt.GlobalColor.white)
    painter = QPainter(sheet)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return sheet.convertToFormat(QImage.Format.Format_Grayscale8)


def print_pages(
    document: QPdfDocument, printer: QPrinter, first: int, last: int, dpi: int = PRINT_DPI
) -> bool:
    """Paint pages `first`..`last` (0-based, inclusive) of `document` on `printer`, on A4.

    Each page is rendered to an image at `dpi` and fitted to the whole sheet (the PDF has its
    margins already); landscape pages turn the sheet. Returns False when the printer refused.
    """
    printer.setFullPage(True)
    printer.setResolution(dpi)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))

    def orient(index: int) -> None:
        size = document.pagePointSize(index)
        landscape = size.width() > size.height()
        printer.setPageOrientation(
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
        )

    orient(first)
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
        pages = [i for _ in range(copies) for i in range(first, last + 1)]
        for n, index in enumerate(pages):
            if n:
                orient(index)
                if not printer.newPage():
                    return False
            target = printer.pageLayout().fullRectPixels(printer.resolution())
            points = document.pagePointSize(index)
            size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = _on_white(document.render(index, size))
            if image.isNull():
                return False
            scale = min(target.width() / size.width(), target.height() / size.height())
            w, h = size.width() * scale, size.height() * scale
            x = target.x() + (target.width() - w) / 2
            y = target.y() + (target.height() - h) / 2
            painter.drawImage(QRectF(x, y, w, h), image)
    finally:
        painter.end()
    return True


class PdfPreview(QWidget):
    """A PDF shown in the program with a toolbar: page, zoom, fit width, print, save as."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = QByteArray()
        self._buffer = QBuffer(self)
        self._name = "ho-so.pdf"
        # How "Save as" writes the file: plain bytes by default; a dossier records what it issued.
        self.writer: Callable[[Path, bytes], object] | None = None
        # Told (bytes shown, first and last page printed, 0-based) after a print went through.
        self.printed: Callable[[bytes, int, int], object] | None = None
        self.report_error: Callable[[BaseException], None] = self._show_error
        # Writes (and records) the Word copy of the paper shown, in the background; None hides
        # "Save Word copy…". `word_saved` is told the path once it is written.
        self.word_writer: Callable[[Path], object] | None = None
        self.word_saved: Callable[[Path], None] | None = None
        self.word_task: Task | None = None
        # Asks where to write the Word copy (suggested name in, None when cancelled); tests answer.
        self.ask_word_path: Callable[[str], Path | None] = self._ask_word_path
        self.document = QPdfDocument(self)  # parented: outlives the view's use of it
        self._build_ui()

    def _build_ui(self) -> None:
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)

        self.previous_button = QPushButton(self.tr("Previous"), self)
        self.next_button = QPushButton(self.tr("Next"), self)
        self.page_box = QSpinBox(self)
        self.page_box.setMinimum(1)
        self.page_box.setMaximum(1)
        self.page_box.setAccessibleName(self.tr("Page"))
        self.count_label = QLabel(self)
        # Zoom as − and + (named in the tooltip): room in the bar for "Save Word copy…" on a
        # 1366-pixel screen beside the documents page's editor.
        self.zoom_out_button = QPushButton("\u2212", self)
        self.zoom_in_button = QPushButton("+", self)
        for button, name in (
            (self.zoom_out_button, self.tr("Zoom out")),
            (self.zoom_in_button, self.tr("Zoom in")),
        ):
            button.setToolTip(name)
            button.setAccessibleName(name)
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("+") * 3 + 16)
        self.fit_width_button = QPushButton(self.tr("Fit width"), self)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.save_button = QPushButton(self.tr("Save as…"), self)
        self.word_button = QPushButton(self.tr("Save Word copy…"), self)
        self.word_button.setObjectName("save_word")
        self.word_button.setToolTip(
            self.tr("An editable Word (.docx) copy of this paper, with the same text and tables")
        )
        self.word_button.setVisible(False)

        bar = QHBoxLayout()
        for w in (self.previous_button, self.page_box, self.count_label, self.next_button):
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (self.zoom_out_button, self.zoom_in_button, self.fit_width_button):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addWidget(self.word_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

        self.previous_button.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.page_box.valueChanged.connect(lambda value: self.go_to(value - 1))
        self.zoom_in_button.clicked.connect(lambda: self.zoom_by(ZOOM_STEP))
        self.zoom_out_button.clicked.connect(lambda: self.zoom_by(1 / ZOOM_STEP))
        self.fit_width_button.clicked.connect(self.fit_width)
        self.print_button.clicked.connect(lambda: self.print_document())
        self.save_button.clicked.connect(lambda: self.save_as())
        self.word_button.clicked.connect(lambda: self.save_word())
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        self._update_controls()

    # --- content ----------------------------------------------------------------------------
    def set_pdf(self, data: bytes, file_name: str = "ho-so.pdf") -> bool:
        """Show the PDF `data`; `file_name` is offered by Save as. False if it cannot be read."""
        self.document.close()
        self._buffer.close()
        self._data = QByteArray(data)
        self._buffer.setData(self._data)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._name = file_name
        self.document.load(self._buffer)
        ok = self.document.status() == QPdfDocument.Status.Ready
        self._update_controls()
        if ok:
            self.go_to(0)
        return ok

    def pdf_bytes(self) -> bytes:
        """The PDF shown, as given to `set_pdf`."""
        return bytes(self._data.data())

    def page_count(self) -> int:
        """Number of pages of the PDF shown (0 when none)."""
        return self.document.pageCount()

    # --- navigation and zoom ----------------------------------------------------------------
    def current_page(self) -> int:
        """The page shown at the top (0-based)."""
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        """Show page `page` (0-based, clamped to the document)."""
        if self.page_count() == 0:
            return
        page = max(0, min(page, self.page_count() - 1))
        self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())
        self._update_controls()

    def zoom_by(self, factor: float) -> None:
        """Zoom in (factor > 1) or out, within 25 % … 400 %."""
        zoom = max(ZOOM_MIN, min(ZOOM_MAX, self.view.zoomFactor() * factor))
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(zoom)

    def fit_width(self) -> None:
        """Zoom so that a page fills the width of the view."""
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _page_changed(self, page: int) -> None:
        self._update_controls()

    def _update_controls(self) -> None:
        count = self.page_count()
        current = self.current_page() if count else 0
        self.page_box.blockSignals(True)
        self.page_box.setMaximum(max(1, count))
        self.page_box.setValue(current + 1)
        self.page_box.blockSignals(False)
        self.count_label.setText(self.tr("of %1").replace("%1", str(count)))
        self.previous_button.setEnabled(count > 0 and current > 0)
        self.next_button.setEnabled(count > 0 and current < count - 1)
        for w in (
            self.page_box,
            self.zoom_in_button,
            self.zoom_out_button,
            self.fit_width_button,
            self.print_button,
            self.save_button,
            self.word_button,
        ):
            w.setEnabled(count > 0)

    # --- print and save ---------------------------------------------------------------------
    def print_document(self, printer: QPrinter | None = None) -> bool:
        """Print at 300 dpi on A4; without a `printer`, ask with the print dialog first."""
        if self.page_count() == 0:
            return False
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
            dialog = QPrintDialog(printer, self)
            dialog.setMinMax(1, self.page_count())
            if dialog.exec() != QPrintDialog.DialogCode.Accepted:
                return False
        first, last = 0, self.page_count() - 1
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first = printer.fromPage() - 1
            last = min(last, max(first, printer.toPage() - 1))
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            ok = print_pages(self.document, printer, first, last)
        finally:
            self.unsetCursor()
        if not ok:
            QMessageBox.warning(
                self,
                self.tr("Print"),
                self.tr(
                    "The printer did not accept the document. Check that it is on, has A4 "
                    "paper and is not in error, then try again."
                ),
            )
            return False
        if self.printed is not None:
            try:
                self.printed(self.pdf_bytes(), first, last)
            except Exception as exc:  # printed, but not recorded: say so
                self.report_error(exc)
        return True

    def offer_word(
        self, writer: Callable[[Path], object], saved: Callable[[Path], None] | None = None
    ) -> None:
        """Show "Save Word copy…": `writer(path)` writes (and records) the copy, off the GUI
        thread; `saved(path)` is called once it is written."""
        self.word_writer = writer
        self.word_saved = saved
        self.word_button.setVisible(True)

    def save_word(self, path: Path | None = None) -> Task | None:
        """Write the Word copy (asking for the file name unless `path` is given)."""
        writer = self.word_writer
        if writer is None or self.page_count() == 0:
            return None
        if path is None:
            stem = self._name[:-4] if self._name.lower().endswith(".pdf") else self._name
            path = self.ask_word_path(stem + ".docx")
            if path is None:
                return None
        if path.suffix.lower() != ".docx":
            path = path.with_name(path.name + ".docx")
        target = path

        def done(_result: object) -> None:
            self.word_button.setEnabled(self.page_count() > 0)
            if self.word_saved is not None:
                self.word_saved(target)

        def failed(exc: BaseException) -> None:
            self.word_button.setEnabled(self.page_count() > 0)
            self.report_error(exc)

        def cancelled() -> None:
            self.word_button.setEnabled(self.page_count() > 0)
            say_cancelled(self)

        self.word_button.setEnabled(False)
        # The writer's services hear the progress as this thread's current one (Cancel stops
        # the build before the file is written).
        self.word_task = run_with_progress(
            self,
            lambda _progress: writer(target),
            done,
            failed,
            self.tr("Writing the Word copy…"),
            on_cancelled=cancelled,
        )
        return self.word_task

    def _ask_word_path(self, suggested: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save Word copy"), suggested, self.tr("Word documents (*.docx)")
        )
        return Path(chosen) if chosen else None

    def _show_error(self, exc: BaseException) -> None:
        from desktop.ui.errors import show_error

        show_error(self, exc)

    def save_as(self, path: Path | None = None) -> Path | None:
        """Save the PDF (asking for the file name unless `path` is given)."""
        if self.page_count() == 0:
            return None
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save PDF"), self._name, self.tr("PDF files (*.pdf)")
            )
            if not chosen:
                return None
            path = Path(chosen)
        from desktop.services.pdf_files import write_pdf

        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            (self.writer or write_pdf)(path, self.pdf_bytes())
        except Exception as exc:  # shown to the user as a plain message (or the crash dialog)
            self.report_error(exc)
            return None
        finally:
            self.unsetCursor()
        return path
