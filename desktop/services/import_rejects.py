"""The rows an import preview refused, saved as a workbook to correct and import again."""

from __future__ import annotations

from pathlib import Path

from desktop.exchange.reader import Column
from desktop.exchange.writer import write_rows
from desktop.services.transfer import ERROR, ImportPreview

SHEET_TITLE = "Dòng bị từ chối"
ROW_HEADER = "Dòng trong tệp gốc"
REASON_HEADER = "Lý do"


def write_rejected(preview: ImportPreview, path: Path) -> int:
    """Write the refused rows (the file's cells, the reason, the original row) to `path`."""
    columns = (
        *(Column(f"c{i}", header, text=True) for i, header in enumerate(preview.headers)),
        Column("reason", REASON_HEADER, width=60),
        Column("row", ROW_HEADER, width=12),
    )
    width = len(preview.headers)
    rows = [
        (*(tuple(row.values) + ("",) * width)[:width], row.error, row.number)
        for row in preview.rows
        if row.action == ERROR
    ]
    return write_rows(Path(path), SHEET_TITLE, columns, rows)
