"""Deadlines: the plan's duties for a period, late and due-soon lists, marking done (a yearly
duty comes back), the movement's milestones among them, and `thidua due`."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain.deadlines import (
    DueSource,
    DutyInput,
    Repeat,
    next_occurrence,
    plan_duties,
)
from desktop.domain.errors import ValidationError
from desktop.domain.movements import MilestoneInput, MilestoneKind, MovementInput, MovementKind
from desktop.services import deadlines, movements
from desktop.services.session import Workspace

TODAY = date.today()


def test_the_plans_duties_follow_the_period() -> None:
    duties = plan_duties(date(2021, 1, 1), date(2025, 12, 31))
    by_kind: dict[MilestoneKind, list[MilestoneInput]] = {}
    for d in duties:
        by_kind.setdefault(d.kind, []).append(d)
    # sơ kết in 2023, tổng kết in 2025, as the seed plans of 2021 - 2025 say
    assert [d.due_on.year for d in by_kind[MilestoneKind.MIDTERM]] == [2023]
    assert [d.due_on for d in by_kind[MilestoneKind.FINAL]] == [date(2025, 12, 31)]
    # scoring in March of each year after the first, for the year before
    assert next((d.due_on, d.title) for d in by_kind[MilestoneKind.SCORING]) == (
        date(2022, 3, 31),
        "Chấm điểm thi đua năm 2021",
    )
    assert len(by_kind[MilestoneKind.SCORING]) == 4
    assert len(by_kind[MilestoneKind.REGISTRATION]) == 5
    assert len(by_kind[MilestoneKind.HALF_YEAR]) == 5
    assert all(d.assignee for d in duties)
    assert [d.due_on for d in duties] == sorted(d.due_on for d in duties)
    # a three-year period: sơ kết in the middle year; a one-year period has none
    assert [d.due_on.year for d in plan_duties(date(2026, 1, 1), date(2028, 12, 31))
            if d.kind is MilestoneKind.MIDTERM] == [2027]  # fmt: skip
    assert not [d for d in plan_duties(date(2026, 1, 1), date(2026, 12, 31))
                if d.kind is MilestoneKind.MIDTERM]  # fmt: skip


def test_a_yearly_duty_comes_back_a_year_later_with_its_year_moved() -> None:
    duty = DutyInput("Báo cáo năm 2026", MilestoneKind.YEARLY, date(2026, 12, 10),
                     repeat=Repeat.YEARLY)  # fmt: skip
    following = next_occurrence(duty)
    assert following is not None
    assert (following.title, following.due_on) == ("Báo cáo năm 2027", date(2027, 12, 10))
    assert next_occurrence(DutyInput("Họp", MilestoneKind.OTHER, date(2026, 1, 1))) is None


def _movement(ws: Workspace) -> int:
    start = TODAY - timedelta(days=400)
    data = MovementInput(
        "Phong trào thử", MovementKind.THEMATIC, start, TODAY + timedelta(days=400),
        milestones=(
            MilestoneInput(MilestoneKind.MIDTERM, TODAY - timedelta(days=2), "Sơ kết",
                           assignee="Văn phòng"),
            MilestoneInput(MilestoneKind.FINAL, TODAY + timedelta(days=300), "Tổng kết"),
        ),
    )  # fmt: skip
    return movements.save(ws, data)


def test_late_and_due_soon_with_milestones_and_mark_done(ws: Workspace) -> None:
    _movement(ws)
    late = deadlines.add(ws, DutyInput("Chấm điểm", MilestoneKind.SCORING, TODAY - timedelta(1)))
    soon = deadlines.add(
        ws,
        DutyInput("Báo cáo năm", MilestoneKind.YEARLY, TODAY + timedelta(10), "Văn phòng",
                  Repeat.YEARLY),
    )  # fmt: skip
    deadlines.add(ws, DutyInput("Xa", MilestoneKind.OTHER, TODAY + timedelta(31)))
    view = deadlines.due(ws)
    assert [i.title for i in view.late] == ["Sơ kết", "Chấm điểm"]
    assert view.late[0].source is DueSource.MILESTONE and view.late[0].movement == "Phong trào thử"
    assert view.late[0].assignee == "Văn phòng"
    assert [i.title for i in view.soon] == ["Báo cáo năm"]
    assert [i.title for i in deadlines.due(ws, 31).soon] == ["Báo cáo năm", "Xa"]
    # done: the late duty leaves; the yearly one brings next year's
    assert deadlines.mark_done(ws, DueSource.DUTY, late, TODAY) is None
    following = deadlines.mark_done(ws, DueSource.DUTY, soon, TODAY)
    assert following is not None
    milestone = deadlines.due(ws).late[0]
    deadlines.mark_done(ws, DueSource.MILESTONE, milestone.id, TODAY - timedelta(1))
    view = deadlines.due(ws, 380)
    assert view.late == ()
    assert [i.title for i in view.soon] == ["Xa", "Tổng kết", "Báo cáo năm"]
    done = {i.title: i.done_on for i in deadlines.all_items(ws) if i.done_on}
    assert done == {"Chấm điểm": TODAY, "Báo cáo năm": TODAY, "Sơ kết": TODAY - timedelta(1)}
    # the movement keeps its milestone done when read back
    assert next(m.done_on for m in movements.get(ws, milestone_movement(ws)).data.milestones) == (
        TODAY - timedelta(1)
    )
    with pytest.raises(ValidationError):
        deadlines.mark_done(ws, DueSource.DUTY, following, TODAY + timedelta(1))


def milestone_movement(ws: Workspace) -> int:
    return movements.list_movements(ws)[0].id


def test_due_verb_lists_late_and_soon(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ws = Workspace.open(db_path)
    deadlines.add(ws, DutyInput("Chấm điểm", MilestoneKind.SCORING, TODAY - timedelta(3),
                                "Hội đồng"))  # fmt: skip
    deadlines.add(ws, DutyInput("Đăng ký", MilestoneKind.REGISTRATION, TODAY + timedelta(20)))
    deadlines.add(ws, DutyInput("Tổng kết", MilestoneKind.FINAL, TODAY + timedelta(45)))
    ws.close()
    db = ["--db", str(db_path)]
    assert main([*db, "due"]) == 0
    out = capsys.readouterr().out
    assert "Quá hạn: 1 việc" in out and "(quá 3 ngày) Chấm điểm — Hội đồng" in out
    assert "Đến hạn trong 30 ngày: 1 việc" in out and "Tổng kết" not in out
    assert main([*db, "due", "--days", "60", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["title"], r["late"]) for r in rows] == [
        ("Chấm điểm", True), ("Đăng ký", False), ("Tổng kết", False),
    ]  # fmt: skip
    assert rows[0]["due_date"] == (TODAY - timedelta(3)).isoformat()
    assert main([*db, "due", "--days", "-2"]) == 2
    assert "Lỗi" in capsys.readouterr().err
    assert "due" in _help(capsys)


def _help(capsys: pytest.CaptureFixture[str]) -> str:
    main(["--help"])
    return capsys.readouterr().out
