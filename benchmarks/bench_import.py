"""Staff import of a 10,000-row file versus openpyxl alone reading it (read-only, values only).

Our import = the safe read (zip check, header match, formula check) + parsing and validating
every row + matching units and existing people + one write transaction, into a fresh database
that holds only the units. Target: at most 3x openpyxl's bare read. Median of 3 each.

    uv run python benchmarks/bench_import.py [--rows 10000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import openpyxl

from benchmarks._common import median
from desktop.domain.units import UnitInput, UnitKind
from desktop.services import people, transfer, units
from desktop.services.session import Workspace

TARGET = 3.0
UNITS = [("Văn phòng", "VP"), ("Thanh tra", "TTRA"), ("Phòng Kế hoạch - Tài chính", "KHTC")]
UNITS += [(f"Phòng Nghiệp vụ {i}", f"NV{i}") for i in range(1, 8)]
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi"]
MIDDLE = ["Văn", "Thị", "Hữu", "Minh", "Thu", "Quốc", "Ngọc", "Thanh", "Đức", "Hoài"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hương", "Lan", "Mai", "Nam", "Phương", "Quân", "Tú"]


def make_file(path: Path, rows: int, seed: int = 7) -> None:
    """A realistic staff file: Excel dates and text dates, CCCD as numbers and text."""
    rng = random.Random(seed)
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Cán bộ")
    ws.append(
        [
            "Họ và tên",
            "Ngày sinh",
            "Giới tính",
            "Số CCCD",
            "Quê quán",
            "Nơi ở",
            "Đơn vị",
            "Chức vụ",
            "Trình độ chuyên môn",
            "Học hàm, học vị",
            "Điện thoại",
            "Email",
        ]
    )
    for i in range(rows):
        sex = rng.random() < 0.5
        name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
        year, month, day = rng.randint(1960, 2000), rng.randint(1, 12), rng.randint(1, 28)
        birth: object = (
            f"{day:02d}/{month:02d}/{year}"
            if i % 2
            else __import__("datetime").date(year, month, day)
        )
        cccd_text = f"{rng.randint(1, 96):03d}{int(not sex)}{year % 100:02d}{i:06d}"
        cccd: object = int(cccd_text) if i % 3 == 0 else cccd_text
        unit = rng.choice(UNITS)
        ws.append(
            [
                name,
                birth,
                "Nam" if sex else "Nữ",
                cccd,
                "Sóc Trăng",
                "Phường 1, Sóc Trăng",
                unit[0] if i % 2 else unit[1],
                "Chuyên viên",
                "Đại học",
                "",
                f"09{i:08d}",
                f"nv{i}@example.vn",
            ]
        )
    wb.save(path)


def bare_read(path: Path) -> int:
    """openpyxl alone: read-only, every row's values."""
    wb = openpyxl.load_workbook(path, read_only=True)
    n = sum(1 for _ in wb.worksheets[0].iter_rows(values_only=True))
    wb.close()
    return n


def fresh_db(folder: Path, n: int) -> Workspace:
    ws = Workspace.open(folder / f"bench-{n}.db")
    for name, code in UNITS:
        units.save(ws, UnitInput(name, UnitKind.DEPARTMENT, code=code))
    return ws


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "staff.xlsx"
        make_file(path, args.rows)
        size = path.stat().st_size
        base: list[float] = []
        ours: list[float] = []
        for n in range(args.repeat):
            start = time.perf_counter()
            assert bare_read(path) == args.rows + 1
            base.append(time.perf_counter() - start)
            ws = fresh_db(folder, n)
            try:
                start = time.perf_counter()
                result = transfer.import_file(ws, "staff", path)
                ours.append(time.perf_counter() - start)
                assert (result.added, result.skipped) == (args.rows, 0), result.errors[:3]
                assert people.count(ws) == args.rows
            finally:
                ws.close()
    b, o = median(base), median(ours)
    print(f"file: {args.rows} rows, {size / 1024:.0f} KB; median of {args.repeat}")
    print(f"openpyxl read-only read alone: {b:.3f} s")
    print(f"thidua import staff (fresh db): {o:.3f} s")
    print(f"ratio: {o / b:.2f}x (target <= {TARGET:.0f}x) {'OK' if o / b <= TARGET else 'SLOW'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
