"""Write spreadsheets: streaming (write-only) workbooks, text columns kept as text, no formulas."""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.exchange.reader import FORMULA_START, Column

TEXT_FORMAT = "@"
TEMPLATE_ROWS = 2000  # rows of a template that get the drop-down lists
LISTS_SHEET = "DanhMuc"


@dataclass(frozen=True, slots=True)
class Choice:
    """A drop-down list for one column of a template."""

    key: str
    values: tuple[str, ...]


def neutralise(value: object) -> object:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index + 1))


def _sheet(wb: Any, title: str, columns: Sequence[Column]) -> Any:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill

    ws = wb.create_sheet(title)
    for i, col in enumerate(columns):
        dim = ws.column_dimensions[_letter(i)]
        dim.width = col.width
        if col.text:
            dim.number_format = TEXT_FORMAT
    ws.freeze_panes = "A2"
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    wrap = Alignment(wrap_text=True, vertical="center")
    header = []
    for col in columns:
        cell = WriteOnlyCell(ws, value=col.header)
        cell.font = bold
        cell.fill = fill
        cell.alignment = wrap
        header.append(cell)
    return ws, header


def _save(wb: Any, path: Path) -> None:
    """Save through a temporary file renamed into place (desktop.outputs): a failure leaves the
    previous file as it was and no partial one."""
    from desktop import outputs

    try:
        with outputs.atomic_path(path) as tmp:
            failure = _save_quietly(wb, tmp)
            if failure is not None:
                raise failure
    except BaseException:
        _discard(wb)
        raise


def _save_quietly(wb: Any, tmp: Path) -> OSError | None:
    """Save; on a system error return a plain copy of it after dropping the half-written zip
    and sheets, whose clean-up would otherwise print "Exception ignored" tracebacks."""
    hook = sys.unraisablehook
    sys.unraisablehook = lambda _unraisable: None
    try:
        try:
            wb.save(str(tmp))
            return None
        except OSError as exc:
            failure = OSError(exc.errno, exc.strerror, exc.filename)
        _discard(wb)
        gc.collect()
        return failure
    finally:
        sys.unraisablehook = hook


def _discard(wb: Any) -> None:
    """Close a write-only workbook's half-written sheets now (quietly): left to the garbage
    collector their XML generators print "Exception ignored" tracebacks after our message."""
    for ws in getattr(wb, "_sheets", ()):
        for gen in (getattr(ws, "_rows", None), getattr(getattr(ws, "_writer", None), "xf", None)):
            if gen is not None:
                with suppress(Exception):
                    gen.close()
        writer = getattr(ws, "_writer", None)
        out = getattr(writer, "out", None)
        if isinstance(out, str):
            with suppress(OSError):
                Path(out).unlink(missing_ok=True)


def check_target(path: Path) -> None:
    """Refuse a target that must not be written (see desktop.outputs) before any work."""
    from desktop import outputs

    outputs.check_target(path)


def write_rows(
    path: Path, title: str, columns: Sequence[Column], rows: Iterable[Sequence[object]]
) -> int:
    """Write a header and the rows (values in column order); return the number of rows."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    check_target(Path(path))
    wb = Workbook(write_only=True)
    ws, header = _sheet(wb, title, columns)
    ws.append(header)
    text_cols = [i for i, c in enumerate(columns) if c.text]
    count = 0
    for values in rows:
        out: list[object] = [neutralise(v) for v in values]
        for i in text_cols:
            v = out[i]
            if v is not None and v != "":
                cell = WriteOnlyCell(ws, value=str(v))
                cell.number_format = TEXT_FORMAT
                out[i] = cell
        ws.append(out)
        count += 1
    _save(wb, Path(path))
    return count


def write_template(
    path: Path, title: str, columns: Sequence[Column], choices: Sequence[Choice] = ()
) -> None:
    """An empty sheet with the header row, widths, text columns and drop-down lists."""
    from openpyxl import Workbook
    from openpyxl.worksheet.datavalidation import DataValidation

    check_target(Path(path))
    wb = Workbook(write_only=True)
    ws, header = _sheet(wb, title, columns)
    keys = [c.key for c in columns]
    lists = wb.create_sheet(LISTS_SHEET) if choices else None
    for n, choice in enumerate(choices):
        col = _letter(keys.index(choice.key))
        source = _letter(n)
        dv = DataValidation(
            type="list",
            formula1=f"{LISTS_SHEET}!${source}$1:${source}${len(choice.values)}",
            allow_blank=True,
            showErrorMessage=True,
            errorTitle="Giá trị không hợp lệ",
            error="Hãy chọn một giá trị trong danh sách.",
        )
        dv.add(f"{col}2:{col}{TEMPLATE_ROWS + 1}")
        ws.data_validations.append(dv)  # write-only sheets lack add_data_validation()
    ws.append(header)
    if lists is not None:
        lists.sheet_state = "hidden"
        longest = max(len(c.values) for c in choices)
        for r in range(longest):
            lists.append([c.values[r] if r < len(c.values) else None for c in choices])
    _save(wb, Path(path))
