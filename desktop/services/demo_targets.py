"""Demo targets by year for the demo movement: the yearly and whole-period chỉ tiêu of a
2021 - 2025 nông thôn mới plan (seed 000 asks for "chỉ tiêu … của từng năm và cả giai đoạn
2021 - 2025", naming hạ tầng, giảm nghèo and bảo hiểm y tế). The plans give no figures: these
are made up, consistent with the movement's period totals."""

from __future__ import annotations

from desktop.domain.targets import Measure, TargetCell
from desktop.domain.text import fold
from desktop.persistence.repositories import targets as repo
from desktop.services.demo_movements import MOVEMENT_NAME
from desktop.services.session import Workspace

YEARS = (2021, 2022, 2023, 2024, 2025)
# description, unit, period (planned, achieved), planned by year, achieved by year
TARGETS: tuple[tuple[str, str, tuple[float, float], tuple[float, ...], tuple[float, ...]], ...] = (
    ("Xã đạt chuẩn nông thôn mới", "xã", (80, 78), (8, 16, 18, 20, 18), (9, 15, 19, 20, 15)),
    ("Xã đạt chuẩn nông thôn mới nâng cao", "xã", (24, 19), (2, 4, 5, 6, 7), (2, 3, 5, 5, 4)),
    ("Xã đạt chuẩn nông thôn mới kiểu mẫu", "xã", (6, 3), (0, 1, 1, 2, 2), (0, 0, 1, 1, 1)),
    (
        "Huyện, thị xã hoàn thành nhiệm vụ xây dựng nông thôn mới",
        "huyện",
        (5, 4),
        (1, 1, 1, 1, 1),
        (1, 1, 1, 1, 0),
    ),
    (
        "Đường giao thông nông thôn được cứng hóa",
        "km",
        (400, 412),
        (70, 80, 80, 85, 85),
        (72, 84, 81, 90, 85),
    ),
    (
        "Tỷ lệ hộ nghèo giảm bình quân mỗi năm",
        "%",
        (1, 1.1),
        (1, 1, 1, 1, 1),
        (1.2, 1.1, 0.9, 1.0, 1.3),
    ),
    (
        "Tỷ lệ người dân tham gia bảo hiểm y tế",
        "%",
        (95, 94.6),
        (91, 92, 93, 94, 95),
        (91.2, 92.4, 93.1, 94.0, 94.6),
    ),
)


def fill(ws: Workspace, seed: int = 1) -> str:
    """Give the demo movement its targets by year; return a summary ('' without it)."""
    del seed  # the figures are fixed
    with ws.db.write() as conn:
        mid = repo.movements_by_name(conn).get(fold(MOVEMENT_NAME))
        if mid is None:
            return ""
        have = {fold(ln.description): ln.target_id for ln in repo.sheet(conn, mid).lines}
        for description, unit, period, planned, achieved in TARGETS:
            tid = have.get(fold(description))
            if tid is None:
                tid = repo.add_target(conn, mid, description, unit)
            cells = [
                TargetCell(tid, None, Measure.PLANNED, period[0]),
                TargetCell(tid, None, Measure.ACHIEVED, period[1]),
            ]
            for year, p, a in zip(YEARS, planned, achieved, strict=True):
                cells += [
                    TargetCell(tid, year, Measure.PLANNED, p),
                    TargetCell(tid, year, Measure.ACHIEVED, a),
                ]
            for cell in cells:
                repo.set_cell(conn, cell.validated(YEARS[0], YEARS[-1]))
    return f"{len(TARGETS)} chỉ tiêu có số của từng năm {YEARS[0]} - {YEARS[-1]} và cả giai đoạn."
