"""For `thidua --self-test`: open a PDF with QtPdf and draw its first page (is QtPdf bundled?)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtPdf import QPdfDocument


def open_and_render(pdf: bytes) -> tuple[int, int, int]:
    """Load `pdf` in QPdfDocument; return its page count and the size of page 1 drawn at 96 dpi."""
    app = QGuiApplication.instance() or QGuiApplication(["thidua"])
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        return 0, 0, 0
    points = document.pagePointSize(0)
    size = QSize(round(points.width() * 96 / 72), round(points.height() * 96 / 72))
    image = document.render(0, size)
    pages = document.pageCount()
    document.close()
    buffer.close()
    del app
    return pages, image.width(), image.height()
