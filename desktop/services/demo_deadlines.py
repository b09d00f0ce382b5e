"""Demo deadlines: the movement's past milestones done, and the office's duties around the day
the demo is made (two late, three due within the month, one later), so the dashboard and the
status bar have something to say. Called by `services.demo.fill` after the movements exist;
the dates follow the day it runs (a demo made today shows today's deadlines)."""

from __future__ import annotations

from datetime import date, timedelta

from desktop.domain.deadlines import COUNCIL, OFFICE, UNITS, DueSource, DutyInput, Repeat
from desktop.domain.movements import MilestoneKind
from desktop.persistence.repositories import deadlines as repo
from desktop.services.session import Workspace


def _duties(today: date) -> list[tuple[DutyInput, date | None]]:
    y = today.year
    k = MilestoneKind

    def on(days: int) -> date:
        return today + timedelta(days=days)

    return [
        (DutyInput(f"Báo cáo công tác thi đua, khen thưởng 6 tháng đầu năm {y}", k.HALF_YEAR,
                   on(-45), OFFICE, Repeat.YEARLY), on(-47)),
        (DutyInput("Chấm điểm thi đua Khối các phòng chuyên môn", k.SCORING, on(-9), COUNCIL),
         None),
        (DutyInput("Nhận danh sách đề nghị khen thưởng của các xã được đỡ đầu", k.OTHER, on(-3),
                   "Phòng Tài chính - Ngân sách"), None),
        (DutyInput(f"Báo cáo công tác thi đua, khen thưởng năm {y}", k.YEARLY, on(6), OFFICE,
                   Repeat.YEARLY, "Gửi Thường trực Hội đồng Thi đua - Khen thưởng tỉnh"), None),
        (DutyInput("Họp Hội đồng Thi đua - Khen thưởng xét danh hiệu cuối năm", k.OTHER, on(14),
                   COUNCIL), None),
        (DutyInput(f"Đăng ký thi đua năm {y + 1}", k.REGISTRATION, on(25), UNITS,
                   Repeat.YEARLY), None),
        (DutyInput(f"Tổng kết công tác thi đua, khen thưởng năm {y}", k.FINAL, on(60), OFFICE),
         None),
    ]  # fmt: skip


def fill(ws: Workspace, seed: int) -> str:
    """Add the demo deadlines; return a line for the summary."""
    del seed  # the same for every seed: dates follow the day instead
    today = date.today()
    with ws.db.write() as conn:
        # The movement ran 2021 - 2025: its milestones were done, each on its day.
        for item in repo.items(conn):
            if item.source is DueSource.MILESTONE and item.due_on < today:
                repo.set_done(conn, item.source, item.id, item.due_on)
        for duty, done in _duties(today):
            duty_id = repo.insert(conn, duty.validated())
            if done is not None:
                repo.set_done(conn, DueSource.DUTY, duty_id, done)
    return "Việc cần làm: 2 việc quá hạn, 3 việc đến hạn trong 30 ngày."
