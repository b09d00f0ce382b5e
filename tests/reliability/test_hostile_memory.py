"""Spreadsheets that expand in memory: a huge style table or string table is refused before
openpyxl parses it, and reading stays under 300 MB (peak RSS measured in a child process)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from desktop.domain.errors import FileRejected
from desktop.exchange import reader
from tests.exchange.helpers import make_xlsx

ROOT = Path(__file__).resolve().parents[2]
LIMIT_MB = 300

# ru_maxrss survives fork and exec (a child of a big pytest process starts "big"), so the
# child resets its high-water mark (Linux: clear_refs 5) and reads VmHWM at the end.
_CHILD = """
import json, resource, sys
from pathlib import Path
from desktop.exchange import staff
def peak_mb():
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
try:
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")
except OSError:
    pass
try:
    rows = staff.read_staff(Path(sys.argv[1]))
    outcome = f"read {len(rows)}"
except Exception as exc:
    outcome = type(exc).__name__ + ": " + str(getattr(exc, "message", exc))
print(json.dumps({"outcome": outcome, "peak_mb": peak_mb()}))
"""


def _read_in_child(path: Path) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def _replace(src: Path, dst: Path, parts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(src) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            z.writestr(name, parts.pop(name, data))
        for name, data in parts.items():
            z.writestr(name, data)
    return dst


def _staff_file(tmp_path: Path) -> Path:
    return make_xlsx(tmp_path / "base.xlsx", [["Họ và tên", "Đơn vị"], ["Lê Văn An", "VP"]])


def test_a_huge_style_table_is_refused_before_parsing(tmp_path: Path) -> None:
    base = _staff_file(tmp_path)
    with zipfile.ZipFile(base) as z:
        styles = z.read("xl/styles.xml").decode()
    n = 150_000  # 0.8 MB compressed; openpyxl made 556 MB of it
    fonts = "".join(f'<font><sz val="{8 + i % 20}"/><name val="F{i}"/></font>' for i in range(n))
    xfs = "".join(f'<xf numFmtId="0" fontId="{i}" fillId="0" borderId="0"/>' for i in range(n))
    styles = re.sub(
        r"<fonts[^>]*>.*?</fonts>", f'<fonts count="{n}">{fonts}</fonts>', styles, flags=re.S
    )
    styles = re.sub(
        r"<cellXfs[^>]*>.*?</cellXfs>", f'<cellXfs count="{n}">{xfs}</cellXfs>', styles, flags=re.S
    )
    bad = _replace(base, tmp_path / "styles.xlsx", {"xl/styles.xml": styles.encode()})
    with pytest.raises(FileRejected, match="định dạng"):
        reader.check_file(bad)
    child = _read_in_child(bad)
    assert str(child["outcome"]).startswith("FileRejected"), child
    assert float(child["peak_mb"]) < LIMIT_MB  # type: ignore[arg-type]


def test_a_style_table_with_many_small_items_is_refused(tmp_path: Path) -> None:
    base = _staff_file(tmp_path)
    with zipfile.ZipFile(base) as z:
        styles = z.read("xl/styles.xml").decode()
    n = reader.MAX_STYLE_ITEMS + 10
    xfs = "".join(f'<xf numFmtId="{i % 160}" fontId="{i}" fillId="{i % 9}"/>' for i in range(n))
    styles = re.sub(
        r"<cellXfs[^>]*>.*?</cellXfs>", f'<cellXfs count="{n}">{xfs}</cellXfs>', styles, flags=re.S
    )
    bad = _replace(base, tmp_path / "xfs.xlsx", {"xl/styles.xml": styles.encode()})
    with pytest.raises(FileRejected, match="kiểu định dạng"):
        reader.check_file(bad)


def _with_strings(tmp_path: Path, n: int) -> Path:
    """A valid staff file whose shared-string table has `n` strings (as Excel writes them)."""
    base = _staff_file(tmp_path)
    with zipfile.ZipFile(base) as z:
        types = z.read("[Content_Types].xml").decode()
        rels = z.read("xl/_rels/workbook.xml.rels").decode()
    strings = ["Họ và tên", "Đơn vị", "Lê Văn An", "VP"] + [f"x{k}" for k in range(n - 4)]
    sst = (
        '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/'
        f'spreadsheetml/2006/main" count="{n}" uniqueCount="{n}">'
        + "".join(f"<si><t>{escape(s)}</t></si>" for s in strings)
        + "</sst>"
    )
    sheet = (
        '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
        'spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c>'
        '<c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>2</v></c>'
        '<c r="B2" t="s"><v>3</v></c></row></sheetData></worksheet>'
    )
    if "sharedStrings" not in types:
        types = types.replace(
            "</Types>",
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
        )
    if "sharedStrings" not in rels:
        rels = rels.replace(
            "</Relationships>",
            '<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        )
    parts = {
        "[Content_Types].xml": types.encode(),
        "xl/_rels/workbook.xml.rels": rels.encode(),
        "xl/sharedStrings.xml": sst.encode(),
        "xl/worksheets/sheet1.xml": sheet.encode(),
    }
    return _replace(base, tmp_path / f"strings{n}.xlsx", parts)


def test_a_huge_shared_string_table_is_refused_before_parsing(tmp_path: Path) -> None:
    bad = _with_strings(tmp_path, 2_200_000)  # 5.8 MB; openpyxl kept 360 MB of it
    child = _read_in_child(bad)
    assert "chuỗi văn bản" in str(child["outcome"]), child
    assert float(child["peak_mb"]) < LIMIT_MB  # type: ignore[arg-type]


def test_shared_strings_below_the_limit_are_read_lean(tmp_path: Path) -> None:
    ok = _with_strings(tmp_path, 1_000_000)
    child = _read_in_child(ok)
    assert child["outcome"] == "read 1", child
    assert float(child["peak_mb"]) < 150  # type: ignore[arg-type]  # ~220 MB before


def test_one_stray_cell_far_below_the_data_is_named_as_such(tmp_path: Path) -> None:
    base = _staff_file(tmp_path)
    with zipfile.ZipFile(base) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
    far = reader.MAX_SHEET_ROWS + 5
    sheet = sheet.replace(
        "</sheetData>",
        f'<row r="{far}"><c r="A{far}" t="inlineStr"><is><t>x</t></is></c></row></sheetData>',
    )
    sheet = re.sub(r'<dimension ref="[^"]*"/>', "", sheet)
    bad = _replace(base, tmp_path / "stray.xlsx", {"xl/worksheets/sheet1.xml": sheet.encode()})
    from desktop.exchange import staff

    with pytest.raises(FileRejected) as refused:
        staff.read_staff(bad)
    assert "kết thúc ở dòng 2" in refused.value.message
    assert "hơn 100.000 dòng" not in refused.value.message
