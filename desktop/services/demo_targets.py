"""Demo targets by year for the demo movement: the yearly and whole-period chỉ tiêu of a
2021 - 2025 nông thôn mới plan (seed 000 asks for "chỉ tiêu … của từng năm và cả giai đoạn
2021 - 2025", naming hạ tầng, giảm nghèo and bảo hiểm y tế). The plans give no figures: these
are made up, consistent with the movement's period totals."""

from __future__ import annotations

from datetime import date

from desktop.domain.activities import ActivityInput, ActivityKind
from desktop.domain.targets import Measure, TargetCell
from desktop.domain.text import fold
from desktop.persistence.repositories import activities as activity_repo
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


K = ActivityKind
# The propaganda and inspection the plans ask for (seeds 004, 001, 000: tin bài, chuyên mục,
# đoàn kiểm tra, giám sát); dates, counts and results made up for the demo.
ACTIVITIES: tuple[ActivityInput, ...] = (
    ActivityInput(K.HOI_NGHI, date(2022, 10, 20), "Hội nghị quán triệt Kế hoạch phát động phong trào thi đua đến công chức, người lao động", "Văn phòng Sở", "120 người dự", 1),
    ActivityInput(K.TIN_BAI, date(2022, 12, 15), "Tin, bài về phong trào trên Cổng thông tin điện tử của Sở", "Văn phòng Sở", "Đăng 8 tin, bài", 8),
    ActivityInput(K.CHUYEN_MUC, date(2023, 3, 1), "Chuyên mục “Chung sức xây dựng nông thôn mới” trên trang thông tin của Sở", "Văn phòng Sở", "Duy trì hằng tháng", 1),
    ActivityInput(K.TRUC_QUAN, date(2023, 3, 26), "Băng rôn, khẩu hiệu hưởng ứng phong trào tại trụ sở và các đơn vị trực thuộc", "Các phòng, đơn vị", "", 12),
    ActivityInput(K.TIN_BAI, date(2023, 9, 30), "Tin, bài về gương điển hình tiên tiến trong xây dựng nông thôn mới", "Văn phòng Sở", "Đăng 11 tin, bài", 11),
    ActivityInput(K.KIEM_TRA, date(2023, 10, 12), "Kiểm tra việc triển khai phong trào tại các xã được đỡ đầu", "Đoàn kiểm tra của Hội đồng Thi đua - Khen thưởng Sở", "3 xã đạt yêu cầu; kiến nghị bổ sung hồ sơ minh chứng", 3),
    ActivityInput(K.GIAM_SAT, date(2024, 6, 18), "Giám sát việc sử dụng kinh phí hỗ trợ xã đạt chuẩn nông thôn mới nâng cao", "Ban Thanh tra nhân dân", "Không phát hiện sai phạm", 1),
    ActivityInput(K.TIN_BAI, date(2024, 12, 20), "Tin, bài về kết quả thực hiện phong trào năm 2024", "Văn phòng Sở", "Đăng 9 tin, bài", 9),
    ActivityInput(K.KIEM_TRA, date(2025, 9, 25), "Kiểm tra chuẩn bị tổng kết phong trào giai đoạn 2021 - 2025", "Đoàn kiểm tra của Hội đồng Thi đua - Khen thưởng Sở", "Các đơn vị hoàn thành báo cáo đúng hạn", 4),
    ActivityInput(K.TIN_BAI, date(2025, 11, 28), "Tin, bài tuyên truyền tổng kết phong trào", "Văn phòng Sở", "Đăng 6 tin, bài", 6),
)  # fmt: skip


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
        for activity in ACTIVITIES:
            activity_repo.insert(conn, mid, activity.validated())
    return (
        f"{len(TARGETS)} chỉ tiêu có số của từng năm {YEARS[0]} - {YEARS[-1]} và cả giai đoạn;"
        f" {len(ACTIVITIES)} hoạt động tuyên truyền, kiểm tra."
    )
