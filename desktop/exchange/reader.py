"""Read an untrusted .xlsx safely: zip pre-check, defused XML, streaming with a row cap.

Nothing here trusts the file. The zip is measured before openpyxl sees it (size, ratio, number of
members), encrypted and legacy (OLE) files are refused by their magic bytes, the sheet's declared
dimension is ignored, and any exception from the parser becomes `FileRejected` with a Vietnamese
message. Formula cells in the columns we read are reported as row errors, never evaluated.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from desktop.domain import progress as steps
from desktop.domain.errors import FileRejected, ValidationError
from desktop.domain.identity import BirthDate, normalize_cccd, parse_birth_date
from desktop.domain.row_problems import RowProblem, of_error, problem
from desktop.domain.text import clean, fold
from desktop.outputs import reason

MAX_UNCOMPRESSED = 50 * 1024 * 1024
MAX_RATIO = 100
MAX_MEMBERS = 200
MAX_ROWS = 100_000  # data rows (non-empty) read from one sheet
MAX_SHEET_ROWS = 200_000  # physical rows walked, empty ones included
MAX_HEADER_SCAN = 20  # a title block above the header row is common
MAX_HEADER_COLUMNS = 200
MAX_SHEETS = 10
# Parts openpyxl expands whole into Python objects before the first row: a small file can hold
# a style table or a string table that takes gigabytes once parsed (measured: 18 MB of styles
# → 560 MB, 2.2 million shared strings → 360 MB). Real office files stay far below these.
MAX_STYLES_BYTES = 8 * 1024 * 1024
MAX_STYLE_ITEMS = 60_000  # fonts, fills, borders, formats, xf records (Excel allows ~64,000 xf)
MAX_SHARED_STRINGS = 1_200_000
_STYLE_ITEM = re.compile(rb"<(?:\w+:)?(?:xf|font|fill|border|dxf|numFmt|cellStyle)[\s/>]")
_SHARED_STRING = re.compile(rb"<(?:\w+:)?si[\s/>]")
_RATIO_FLOOR = 1024 * 1024  # tiny members compress well without being bombs

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"
# Characters that make a spreadsheet program read a cell as a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a spreadsheet kind: key, printed header, accepted header spellings."""

    key: str
    header: str
    required: bool = False
    width: float = 18
    text: bool = False  # keep as text in written files (CCCD, phone)
    aliases: tuple[str, ...] = ()


def header_key(text: object) -> str:
    """Fold a header for matching: no case, no diacritics, no spaces or punctuation."""
    return re.sub(r"[^0-9a-z]", "", fold(str(text))) if text is not None else ""


def _reject(code: str, message: str, name: str) -> FileRejected:
    return FileRejected(message, code, {"name": name})


def check_file(path: Path) -> None:
    """Refuse, before parsing, what is not a sane .xlsx (raise FileRejected)."""
    name = path.name
    try:
        with path.open("rb") as f:
            head = f.read(8)
    except FileNotFoundError:
        raise _reject("file_missing", f"Không tìm thấy tệp {name}.", name) from None
    except IsADirectoryError:
        raise _reject(
            "folder_not_xlsx", f"{name} là một thư mục, không phải tệp Excel.", name
        ) from None
    except OSError as exc:
        raise _reject(
            "file_unreadable", f"Không đọc được tệp {name}: {reason(exc, reading=True)}.", name
        ) from None
    if not head:
        raise _reject("file_empty", f"Tệp {name} rỗng, không có dữ liệu.", name)
    if head.startswith(OLE_MAGIC):
        raise _reject(
            "xls_or_password",
            f"Tệp {name} có đặt mật khẩu hoặc là tệp Excel cũ (.xls). "
            "Hãy mở bằng Excel, bỏ mật khẩu và lưu lại dạng .xlsx.",
            name,
        )
    if not head.startswith(ZIP_MAGIC):
        raise _reject("not_xlsx", f"Tệp {name} không phải tệp Excel .xlsx.", name)
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise _reject(
            "xlsx_damaged", f"Tệp {name} bị hỏng hoặc không phải tệp Excel .xlsx.", name
        ) from None
    if len(infos) > MAX_MEMBERS:
        raise _reject(
            "xlsx_odd",
            f"Tệp {name} có cấu trúc bất thường (quá nhiều thành phần); không đọc.",
            name,
        )
    total = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos)
    if total > MAX_UNCOMPRESSED:
        raise _reject(
            "xlsx_too_large",
            f"Tệp {name} quá lớn khi giải nén (hơn {MAX_UNCOMPRESSED // (1024 * 1024)} MB); không đọc.",
            name,
        )
    big = [i for i in infos if i.file_size > _RATIO_FLOOR]
    if (total > _RATIO_FLOOR and total > MAX_RATIO * max(packed, 1)) or any(
        i.file_size > MAX_RATIO * max(i.compress_size, 1) for i in big
    ):
        raise _reject(
            "xlsx_odd",
            f"Tệp {name} có tỉ lệ nén bất thường (có thể là tệp độc hại); không đọc.",
            name,
        )
    if any(i.flag_bits & 0x1 for i in infos):
        raise _reject(
            "xlsx_encrypted", f"Tệp {name} bị mã hóa; hãy bỏ mật khẩu rồi lưu lại dạng .xlsx.", name
        )
    _check_expanded_parts(path, infos, name)


def _count(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo, pattern: re.Pattern[bytes], stop: int
) -> int:
    """Occurrences of `pattern` in a member, read in chunks (stops counting past `stop`)."""
    count, tail = 0, b""
    with zf.open(info) as f:
        while chunk := f.read(1 << 20):
            data = tail + chunk
            count += len(pattern.findall(data))
            tail = data[-32:]
            count -= len(pattern.findall(tail))  # counted again with the next chunk
            if count > stop:
                break
    return count + len(pattern.findall(tail))


def _check_expanded_parts(path: Path, infos: list[zipfile.ZipInfo], name: str) -> None:
    """Refuse a style or shared-string table too big to expand in memory (see MAX_STYLES_*)."""
    styles = [i for i in infos if i.filename.lower().endswith("styles.xml")]
    strings = [i for i in infos if i.filename.lower().endswith("sharedstrings.xml")]
    if any(i.file_size > MAX_STYLES_BYTES for i in styles):
        raise _reject(
            "xlsx_too_many_styles",
            f"Tệp {name} có bảng định dạng (kiểu ô) quá lớn; không đọc. Hãy sao chép dữ liệu "
            "sang một tệp Excel mới (chỉ dán giá trị) rồi nhập tệp đó.",
            name,
        )
    try:
        with zipfile.ZipFile(path) as zf:
            for info in styles:
                if _count(zf, info, _STYLE_ITEM, MAX_STYLE_ITEMS) > MAX_STYLE_ITEMS:
                    raise _reject(
                        "xlsx_too_many_styles",
                        f"Tệp {name} có hơn {MAX_STYLE_ITEMS:,} kiểu định dạng ô; không đọc. "
                        "Hãy sao chép dữ liệu sang một tệp Excel mới (chỉ dán giá trị) rồi nhập "
                        "tệp đó.".replace(",", "."),
                        name,
                    )
            for info in strings:
                if _count(zf, info, _SHARED_STRING, MAX_SHARED_STRINGS) > MAX_SHARED_STRINGS:
                    raise _reject(
                        "xlsx_too_many_strings",
                        f"Tệp {name} có hơn {MAX_SHARED_STRINGS:,} chuỗi văn bản khác nhau; "
                        "không đọc. Hãy chia thành nhiều tệp.".replace(",", "."),
                        name,
                    )
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError):
        raise _reject(
            "xlsx_damaged", f"Tệp {name} bị hỏng hoặc không phải tệp Excel .xlsx.", name
        ) from None


def _lean_string_table(xml_source: Any) -> list[str]:
    """openpyxl's shared-string reader without its leak: each parsed <si> is also removed from
    the root (cleared elements otherwise stay attached to it, ~150 bytes per string)."""
    from openpyxl.cell.text import Text
    from openpyxl.xml.constants import SHEET_MAIN_NS
    from openpyxl.xml.functions import iterparse

    tag = f"{{{SHEET_MAIN_NS}}}si"
    strings: list[str] = []
    root = None
    for event, node in iterparse(xml_source, events=("start", "end")):
        if root is None:
            root = node
        if event == "end" and node.tag == tag:
            strings.append(Text.from_tree(node).content.replace("x005F_", ""))
            root.clear()
    return strings


class _BufferedParts:
    """The workbook's zip for openpyxl, each part unpacked at most `PART_CHUNK` at a time and never
    past its declared size.

    openpyxl parses a part through ElementTree, which reads it 16 KB at a time. Read straight from
    the zip, every such read lets go of the GIL three times (file read, inflate, CRC) for a few
    microseconds and takes it straight back; a thread waiting for the GIL (the GUI thread) then
    never asks for it to be handed over, and waited 0.6-0.9 s while a 10,000-row sheet was read
    (benchmarks/bench_gui_stall.py). Through a 1 MB buffer the zip is read 64 times less often
    and the interpreter hands the GIL over every few milliseconds. Every read is bounded by the
    part's declared size, so a part that lies about it (a small file that inflates to gigabytes)
    costs no more memory than an honest one: `ZipFile.read` would inflate it whole first.
    """

    PART_CHUNK = 1 << 20

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self._archive = archive
        self.filename = archive.filename

    def open(self, name: str, mode: str = "r") -> IO[bytes]:
        return io.BufferedReader(self._archive.open(name), self.PART_CHUNK)  # type: ignore[type-var]

    def read(self, name: str) -> bytes:
        size = self._archive.getinfo(name).file_size
        with self._archive.open(name) as part:
            return part.read(size)

    def namelist(self) -> list[str]:
        return self._archive.namelist()

    def close(self) -> None:
        self._archive.close()


def _open(handle: IO[bytes]) -> Any:
    import openpyxl
    import openpyxl.reader.excel

    assert openpyxl.DEFUSEDXML, "defusedxml must be installed: spreadsheets are untrusted"
    openpyxl.reader.excel.read_string_table = _lean_string_table
    # openpyxl.load_workbook's own two steps, with the zip's parts read through `_BufferedParts`.
    reader = openpyxl.reader.excel.ExcelReader(
        handle, read_only=True, data_only=False, keep_links=False
    )
    reader.archive = _BufferedParts(reader.archive)
    reader.read()
    return reader.wb


def cell_text(value: object) -> str:
    """Display text of a read cell (dates dd/mm/yyyy, whole floats without .0)."""
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return unquote(clean(str(value)))


def full_date_cell(value: object, label: str, problems: list[RowProblem]) -> date | None:
    """A cell that holds a whole date (day, month and year) or nothing; a fault is added to
    `problems` under the column's `label` ("Ngày quyết định") and gives None."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        b = parse_birth_date(value)
    except ValidationError:
        problems.append(problem("date_not_valid", column=label, value=cell_text(value)))
        return None
    if b is None or b.year_only:
        problems.append(problem("date_not_whole", column=label))
        return None
    return date(b.year, b.month, b.day)


def identity_cells(
    values: dict[str, object], problems: list[RowProblem]
) -> tuple[str, BirthDate | None]:
    """The CCCD and birth date cells of a row about a person, each fault added to `problems`."""
    cccd = ""
    raw = values.get("cccd")
    try:
        cccd = normalize_cccd(raw if isinstance(raw, int | float) else cell_text(raw))
    except ValidationError as exc:
        problems.append(of_error(exc))
    birth = None
    try:
        birth = parse_birth_date(values.get("birth_date"))
    except ValidationError as exc:
        problems.append(of_error(exc))
    return cccd, birth


def unquote(text: str) -> str:
    """Undo our export's neutralisation: `'=x` read back is `=x`."""
    if len(text) > 1 and text[0] == "'" and text[1] in FORMULA_START:
        return text[1:]
    return text


@dataclass(frozen=True, slots=True)
class RawRow:
    """One non-empty data row: its Excel row number, values by column key, problems found."""

    number: int
    values: dict[str, object]
    problems: tuple[RowProblem, ...] = ()


@dataclass(frozen=True, slots=True)
class SheetData:
    """The rows of a sheet, with which known columns the header row had."""

    present: frozenset[str]
    rows: list[RawRow]


# Every kind's columns, to name the kind a file looks like when it is imported as another:
# (module, attribute, CLI name, title). Read lazily (the modules import this one).
_KINDS = (
    ("staff", "COLUMNS", "staff", "Cán bộ - Cá nhân"),
    ("units", "COLUMNS", "units", "Đơn vị"),
    ("awards", "COLUMNS", "awards", "Lịch sử khen thưởng"),
    ("initiatives", "COLUMNS", "initiatives", "Sáng kiến"),
    ("ratings", "RATING_COLUMNS", "ratings", "Xếp loại cá nhân"),
    ("ratings", "UNIT_RATING_COLUMNS", "unit-ratings", "Xếp loại tập thể"),
    ("ratings", "REGISTRATION_COLUMNS", "registrations", "Đăng ký thi đua"),
    ("households", "COLUMNS", "households", "Hộ gia đình"),
    ("blocs", "MEMBER_COLUMNS", "bloc-members", "Thành viên khối thi đua"),
    ("blocs", "SCORE_COLUMNS", "bloc-scores", "Chấm điểm khối thi đua"),
)
_CLEAR_MARGIN = 2  # another kind must match this many more columns to be "what the file is"


def _known_kinds() -> list[tuple[str, str, Sequence[Column]]]:
    import importlib

    out = []
    for module, attr, cli, title in _KINDS:
        try:
            columns = getattr(importlib.import_module(f"desktop.exchange.{module}"), attr)
        except (ImportError, AttributeError):
            continue
        out.append((cli, title, columns))
    return out


def _matched(columns: Sequence[Column], keys: set[str]) -> tuple[int, bool]:
    """(columns of a kind present among the header keys, all its required ones present)."""
    hit = {c.key for c in columns if any(header_key(s) in keys for s in (c.header, *c.aliases))}
    return len(hit), all(c.key in hit for c in columns if c.required)


def looks_like(keys: set[str], columns: Sequence[Column], own: int) -> tuple[str, str] | None:
    """(CLI name, title) of another kind whose columns the header row clearly has (all its
    required ones and at least _CLEAR_MARGIN more than `own`), or None."""
    best: tuple[int, str, str] | None = None
    for cli, title, other in _known_kinds():
        if other is columns:
            continue
        score, complete = _matched(other, keys)
        if complete and score >= own + _CLEAR_MARGIN and (best is None or score > best[0]):
            best = (score, cli, title)
    return (best[1], best[2]) if best else None


def _wrong_kind(name: str, kind: tuple[str, str]) -> FileRejected:
    cli, title = kind
    return FileRejected(
        f"Tệp {name} trông như bảng tính “{title}” (loại {cli}), không phải loại đang nhập; "
        "không đọc. Hãy chọn đúng loại bảng tính khi nhập.",
        "wrong_sheet_kind",
        {"name": name, "title": title},
    )


def _find_header(ws: Any, columns: Sequence[Column], name: str) -> tuple[int, dict[str, int], int]:
    by_key: dict[str, str] = {}
    for col in columns:
        for spelling in (col.header, *col.aliases):
            by_key.setdefault(header_key(spelling), col.key)
    best: tuple[int, dict[str, int]] = (0, {})
    other: tuple[str, str] | None = None
    for number, row in enumerate(
        ws.iter_rows(max_row=MAX_HEADER_SCAN, max_col=MAX_HEADER_COLUMNS, values_only=True),
        start=1,
    ):
        found: dict[str, int] = {}
        keys = {header_key(v) for v in row if isinstance(v, str)}
        for index, value in enumerate(row):
            key = by_key.get(header_key(value)) if isinstance(value, str) else None
            if key and key not in found:
                found[key] = index
        if len(found) > len(best[1]):
            best = (number, found)
        if found and all(c.key in found for c in columns if c.required):
            if kind := looks_like(keys, columns, len(found)):
                raise _wrong_kind(name, kind)  # e.g. a staff list imported as units
            return number, found, len(row)
        other = other or looks_like(keys, columns, len(found))
    if other is not None:
        raise _wrong_kind(name, other)
    missing = [c.header for c in columns if c.required and c.key not in best[1]]
    raise _reject(
        "columns_missing",
        f"Tệp {name} thiếu cột bắt buộc: {', '.join(missing)}. "
        f"Dòng tiêu đề cần có các cột: {', '.join(c.header for c in columns)}.",
        name,
    )


def read_sheet(path: Path, columns: Sequence[Column]) -> SheetData:
    """Read the first sheet's rows under a header row matching `columns` (any order, any case).

    Raises FileRejected for an unreadable, unsafe or too large file, or a missing required column.
    """
    path = Path(path)
    check_file(path)
    name = path.name
    try:
        with path.open("rb") as handle:
            wb = _open(handle)
            try:
                return _read(wb, columns, name)
            finally:
                wb.close()
    except (FileRejected, steps.Cancelled):
        raise
    except Exception:  # any parser failure on untrusted input is a rejected file
        raise _reject(
            "xlsx_damaged",
            f"Không đọc được tệp {name}: tệp bị hỏng hoặc không đúng định dạng Excel .xlsx.",
            name,
        ) from None


def _read(wb: Any, columns: Sequence[Column], name: str) -> SheetData:
    if not wb.worksheets:
        raise _reject("no_sheet", f"Tệp {name} không có trang tính nào.", name)
    # The data may sit behind an instructions sheet: the first sheet with the header wins.
    first_error: FileRejected | None = None
    for ws in wb.worksheets[:MAX_SHEETS]:
        ws.reset_dimensions()  # the declared dimension can lie either way
        try:
            header_row, found, _ = _find_header(ws, columns, name)
            break
        except FileRejected as exc:
            first_error = first_error or exc
    else:
        assert first_error is not None
        raise first_error
    headers = {c.key: c.header for c in columns}
    width = max(found.values()) + 1
    positions = sorted(found.items(), key=lambda kv: kv[1])
    rows: list[RawRow] = []
    tick = steps.current()
    for number, cells in enumerate(ws.iter_rows(max_col=width), start=1):
        if number <= header_row:
            continue
        if number % 1000 == 0:
            tick.report(len(rows), 0, steps.READ)  # rows read so far; the end is not known
        if number > MAX_SHEET_ROWS:
            if len(rows) < MAX_ROWS:  # a stray cell far below the table, not a huge table
                raise _reject(
                    "stray_cells", _stray_cells(name, rows[-1].number if rows else header_row), name
                )
            raise _reject("too_many_rows", _too_many(name), name)
        values: dict[str, object] = {}
        problems: list[RowProblem] = []
        empty = True
        for key, index in positions:
            cell = cells[index] if index < len(cells) else None
            if cell is None or cell.value is None:
                continue
            value = cell.value
            kind = cell.data_type
            if kind == "f":
                problems.append(problem("formula", column=headers[key]))
                value = None
            elif kind == "e":
                problems.append(problem("error_cell", column=headers[key], value=value))
                value = None
            elif isinstance(value, str):
                value = value.strip()
                if not value:
                    continue
            empty = False
            values[key] = value
        if empty and not problems:
            continue
        if len(rows) >= MAX_ROWS:
            raise _reject("too_many_rows", _too_many(name), name)
        rows.append(RawRow(number, values, tuple(problems)))
    return SheetData(frozenset(found), rows)


def _stray_cells(name: str, last: int) -> str:
    limit = f"{MAX_SHEET_ROWS:,}".replace(",", ".")
    return (
        f"Tệp {name}: bảng dữ liệu kết thúc ở dòng {last}, nhưng còn ô có nội dung hoặc định "
        f"dạng ở dưới dòng {limit}. Hãy xóa các dòng thừa bên dưới bảng rồi lưu lại."
    )


def _too_many(name: str) -> str:
    limit = f"{MAX_ROWS:,}".replace(",", ".")
    return f"Tệp {name} có hơn {limit} dòng dữ liệu; hãy chia thành nhiều tệp."
