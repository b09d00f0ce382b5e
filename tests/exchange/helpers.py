"""Build real .xlsx files for the exchange tests (openpyxl here only makes fixtures)."""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from pathlib import Path

import openpyxl


def make_xlsx(path: Path, rows: Sequence[Sequence[object]], *, title_rows: int = 0) -> Path:
    """A workbook whose first sheet has `title_rows` title lines, then `rows`."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for i in range(title_rows):
        ws.append([f"DANH SÁCH CÁN BỘ {i}"])
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


def rewrite_member(path: Path, member: str, change: callable) -> None:  # type: ignore[valid-type]
    """Rewrite one member of a zip (e.g. the sheet XML) through `change(bytes) -> bytes`."""
    with zipfile.ZipFile(path) as zf:
        items = [(i, zf.read(i.filename)) for i in zf.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in items:
            zf.writestr(info.filename, change(data) if info.filename == member else data)
