"""Peak memory (VmHWM) of `thidua import staff` on a generated valid file, in a child process.

The child resets its high-water mark (Linux: /proc/self/clear_refs 5) after start-up, so the
figure is the import's own peak, not the parent's. Aim: any accepted file at most 300 MB.

    uv run python benchmarks/mem_import.py [--rows 90000]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import openpyxl  # noqa: E402

from benchmarks.bench_import import FAMILY, GIVEN, MIDDLE, UNITS, fresh_db  # noqa: E402


def make_file(path: Path, rows: int) -> None:
    """A valid staff file of `rows` people with the columns an office fills (under the reader's
    50 MB unpacked limit at 99,000 rows): name, birth date, sex, CCCD, unit, position, phone."""
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Cán bộ")
    ws.append(["Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Đơn vị", "Chức vụ", "Điện thoại"])
    for i in range(rows):
        name = f"{FAMILY[i % 11]} {MIDDLE[i // 11 % 10]} {GIVEN[i // 110 % 11]}"
        year = 1960 + i % 40
        ws.append(
            [
                name,
                f"{1 + i % 28:02d}/{1 + i % 12:02d}/{year}",
                "Nam" if i % 2 else "Nữ",
                f"{1 + i % 96:03d}{i % 2}{year % 100:02d}{i:06d}",
                UNITS[i % len(UNITS)][1],
                "Chuyên viên",
                f"09{i:08d}",
            ]
        )
    wb.save(path)


_CHILD = """
import json, sys
from pathlib import Path
from desktop.services import transfer
from desktop.services.session import Workspace
def hwm():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0
ws = Workspace.open(Path(sys.argv[1]))
with open("/proc/self/clear_refs", "w") as f:
    f.write("5")
start = hwm()
previewed = transfer.preview_import(ws, "staff", Path(sys.argv[2]), check=False)
read = hwm()
r = transfer.commit_import(ws, previewed)
outcome = f"added {r.added} skipped {r.skipped}"
ws.close()
print(json.dumps({"outcome": outcome, "start_mb": start, "read_mb": read, "peak_mb": hwm()}))
"""


def main() -> int:
    """Generate the file, import it in a child, print the peak."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=90_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "staff.xlsx"
        make_file(path, args.rows)
        ws = fresh_db(folder, 0)
        db = ws.path
        ws.close()
        out = subprocess.run(
            [sys.executable, "-c", _CHILD, str(db), str(path)],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        if out.returncode != 0:
            print(out.stderr[-3000:])
            return 1
        res = json.loads(out.stdout.strip().splitlines()[-1])
        size = path.stat().st_size / 1e6
        with zipfile.ZipFile(path) as z:
            unpacked = sum(i.file_size for i in z.infolist()) / 1e6
    print(f"{args.rows} rows, {size:.1f} MB xlsx ({unpacked:.1f} MB unpacked): {res['outcome']}")
    print(f"peak after the read {res['read_mb']:.0f} MB, after the commit {res['peak_mb']:.0f} MB")
    print(f"(after start-up {res['start_mb']:.0f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
