"""The annual report over a large office (target ≤ 2 s) and the dashboard page (≤ 300 ms).

    uv run python benchmarks/bench_report.py [--runs 5]

Starts from the cached 100,000-person demo (benchmarks/_common.demo_db) and adds, once (cached
in the temp folder): award records up to 20,000 (with positions for the leader rows of Biểu
0603.N), initiatives up to 5,000, contributions up to 10,000, 5,000 more registrations with
scores, and a decided batch of 2,000 nominees. Then times, with wall and process CPU time
(the machine is shared with other work):
- `services.reports.build(ws, "2025")` (every table, both periods, Biểu 0603.N);
- the same plus the PDF and the xlsx workbook;
- `DocumentsPage(ws)` constructed and painted (its dashboard counts the year in SQL).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._common import CACHE, demo_db
from desktop.services import reports
from desktop.services.session import Workspace

AWARDS, INITIATIVES, CONTRIBUTIONS, REGISTRATIONS, NOMINEES = 20_000, 5_000, 10_000, 5_000, 2_000
CODES = ("LDTT", "CSTDCS", "BK_TINH", "CSTD_TINH", "GIAY_KHEN", "CO_TINH", "TTLDTT")


def _insert(conn, table: str, columns: str, rows: list[tuple]) -> int:  # type: ignore[no-untyped-def, type-arg]
    """Insert rows naming `columns`; other NOT NULL columns get '' or 0."""
    names = [c.strip() for c in columns.split(",")]
    extra = [
        (r[1], 0 if "INT" in r[2].upper() else "")
        for r in conn.execute(f"PRAGMA table_info({table})")
        if r[3] and r[1] not in names and not r[5]
    ]
    cols = names + [e[0] for e in extra]
    tail = tuple(e[1] for e in extra)
    sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
    return int(conn.executemany(sql, [(*row, *tail) for row in rows]).rowcount)


def _fill(path: Path) -> None:
    rng = random.Random(11)
    ws = Workspace.open(path)
    u = lambda: str(uuid.uuid4())  # noqa: E731
    with ws.db.write() as conn:
        people = [r[0] for r in conn.execute("SELECT id FROM person")]
        units = [r[0] for r in conn.execute("SELECT id FROM unit")]
        movement = conn.execute("SELECT id FROM movement ORDER BY id LIMIT 1").fetchone()[0]
        crit = conn.execute(
            "SELECT c.id FROM movement_criterion c JOIN movement_group g ON g.id = c.group_id"
            " WHERE g.movement_id = ? LIMIT 1",
            (movement,),
        ).fetchone()[0]
        have = conn.execute("SELECT count(*) FROM award_record").fetchone()[0]
        rows = []
        for _ in range(AWARDS - have):
            year = rng.randint(2021, 2025)
            code = rng.choice(CODES)
            unit = code in ("CO_TINH", "TTLDTT")
            rows.append(
                (
                    u(),
                    "unit" if unit else "person",
                    None if unit else rng.choice(people),
                    rng.choice(units) if unit else None,
                    year,
                    code,
                    code,
                    f"{year}-12-{rng.randint(10, 28)}",
                )
            )
        _insert(
            conn,
            "award_record",
            "uuid, subject_kind, person_id, unit_id, year, award_code, award_name, decision_date",
            rows,
        )
        have = conn.execute("SELECT count(*) FROM initiative").fetchone()[0]
        kinds = ("sang_kien", "giai_phap_huu_ich", "mo_hinh_hay", "cach_lam_moi")
        _insert(
            conn,
            "initiative",
            "uuid, title, title_fold, sort_key, kind, unit_id, movement_id, year, status, scope,"
            " decision_date, benefit_value",
            [
                (
                    u(),
                    f"Sáng kiến {i}",
                    f"sang kien {i}",
                    f"sang kien {i:06d}",
                    rng.choice(kinds),
                    rng.choice(units),
                    movement if i % 3 == 0 else None,
                    y,
                    "da_cong_nhan",
                    rng.choice(("co_so", "cap_tinh")),
                    f"{y}-{rng.randint(1, 12):02d}-15",
                    rng.randint(0, 50) * 1_000_000,
                )
                for i in range(INITIATIVES - have)
                for y in (rng.randint(2021, 2025),)
            ],
        )
        have = conn.execute("SELECT count(*) FROM contribution").fetchone()[0]
        _insert(
            conn,
            "contribution",
            "uuid, movement_id, contributor_kind, person_id, kind, quantity, value, given_on",
            [
                (
                    u(),
                    movement,
                    "ca_nhan",
                    rng.choice(people),
                    rng.choice(("tien", "hien_vat", "ngay_cong", "dat_dai")),
                    rng.randint(1, 50),
                    rng.randint(1, 100) * 100_000,
                    f"{rng.randint(2021, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                )
                for _ in range(CONTRIBUTIONS - have)
            ],
        )
        chosen = rng.sample(people, REGISTRATIONS)
        _insert(
            conn,
            "registration",
            "uuid, movement_id, person_id, registered_on, title",
            [(u(), movement, p, f"{rng.randint(2021, 2025)}-02-01", "LĐTT") for p in chosen],
        )
        regs = [
            r[0]
            for r in conn.execute(
                "SELECT id FROM registration WHERE person_id IN (SELECT value FROM json_each(?))",
                (str(chosen),),
            )
        ]
        _insert(
            conn,
            "score",
            "uuid, registration_id, criterion_id, year, score",
            [(u(), r, crit, y, rng.randint(0, 100)) for r in regs for y in (2024, 2025)],
        )
        _insert(
            conn,
            "proposal_batch",
            "uuid, title, kind, year, submitted_on, state",
            [(u(), "Đợt lớn", "cong_trang", 2025, "2025-11-20", "da_quyet_dinh")],
        )
        batch = conn.execute("SELECT max(id) FROM proposal_batch").fetchone()[0]
        _insert(
            conn,
            "nominee",
            "uuid, batch_id, subject_kind, person_id, award_code, outcome",
            [
                (
                    u(),
                    batch,
                    "person",
                    p,
                    rng.choice(CODES[:4]),
                    "duoc_khen" if rng.random() < 0.9 else "khong_duoc_khen",
                )
                for p in rng.sample(people, NOMINEES)
            ],
        )
    ws.close()


def report_db() -> Path:
    """The cached large database of this benchmark."""
    path = CACHE / "report-100k.db"
    if not path.exists():
        part = path.with_suffix(".part")
        shutil.copyfile(demo_db(), part)
        _fill(part)
        shutil.move(part, path)
    return path


def _clock(fn):  # type: ignore[no-untyped-def]
    w, c = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - w, time.process_time() - c


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    path = report_db()
    work = CACHE / "report-run.db"
    shutil.copyfile(path, work)
    ws = Workspace.open(work)
    with ws.db.read() as conn:
        counts = {
            t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in (
                "person",
                "award_record",
                "initiative",
                "contribution",
                "registration",
                "nominee",
            )
        }
    print("database:", counts)
    out = Path(tempfile.mkdtemp())
    build = [_clock(lambda: reports.build(ws, "2025")) for _ in range(runs)]
    data = reports.build(ws, "2025")
    full = [
        _clock(
            lambda: (
                reports.write_pdf(reports.build(ws, "2025"), out / "bc.pdf"),
                reports.write_xlsx(data, out / "bc.xlsx"),
            )
        )
        for _ in range(runs)
    ]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop.ui.pages.documents import DocumentsPage

    app = QApplication.instance() or QApplication([])
    pages = []

    def open_page() -> None:
        page = DocumentsPage(ws)
        page.resize(1200, 800)
        page.show()
        app.processEvents()
        pages.append(page)

    board = [_clock(open_page) for _ in range(runs)]
    for label, values, target in (
        ("annual report data (every table, 0603.N)", build, 2.0),
        ("annual report data + PDF + xlsx", full, 2.0),
        ("dashboard page opened and painted", board, 0.3),
    ):
        wall = statistics.median(v[0] for v in values)
        cpu = statistics.median(v[1] for v in values)
        ok = "ok" if wall <= target or cpu <= target else "SLOW"
        print(
            f"{label}: median {wall * 1000:.0f} ms wall, {cpu * 1000:.0f} ms CPU"
            f" (target {target * 1000:.0f} ms) {ok}"
        )
    print(f"PDF size: {(out / 'bc.pdf').stat().st_size // 1024} KiB")
    ws.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
