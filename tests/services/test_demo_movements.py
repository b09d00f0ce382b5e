"""The demo movement material: realistic, deterministic, enough for the award rules."""

from __future__ import annotations

from collections import Counter

from desktop.services import demo, movements, participation, ratings
from desktop.services.session import Workspace


def test_demo_has_the_ntm_movement_and_four_years_of_ratings(ws: Workspace) -> None:
    summary = demo.fill(ws, people=400, seed=1)
    assert "chung sức xây dựng nông thôn mới" in summary
    [m] = movements.list_movements(ws)
    data = movements.get(ws, m.id).data
    assert (data.start.year, data.end.year) == (2021, 2025)
    assert data.basis.number == "130/KH-UBND" and data.plan.number.endswith("/KH-STC")
    s = movements.summary(ws, m.id)
    assert s.units > 5 and s.people > 20 and s.communes >= 3 and s.contributions > 100_000_000
    assert participation.contributions(ws, m.id)
    group = data.groups[1]
    assert group.id is not None
    _, lines = participation.ranking(ws, m.id, group.id, 2023)
    assert lines and any(ln.tied for ln in lines)
    office = next(u.unit_id for u in ratings.unit_ratings(ws, 2024))
    assert office
    years: dict[int, Counter[str]] = {}
    for y in (2022, 2023, 2024, 2025):
        units = ratings.unit_ratings(ws, y)
        assert all(u.rating for u in units)
        years[y] = Counter(u.rating for u in units)
    assert sum(years[2024].values()) == len(ratings.unit_ratings(ws, 2024))


def test_some_people_are_excellent_four_years_running_and_some_disciplined(ws: Workspace) -> None:
    from desktop.services import people

    demo.fill(ws, people=400, seed=1)
    streaks = 0
    disciplined = 0
    for pid in people.query_ids(ws, people.make_query("")):
        h = {y.year: y for y in ratings.history(ws, pid)}
        if all(h.get(y) and h[y].rating == "HTXSNV" for y in (2022, 2023, 2024, 2025)):
            streaks += 1
        disciplined += sum(1 for y in h.values() if y.discipline)
    assert streaks >= 3
    assert disciplined >= 1


def test_demo_movement_is_deterministic(tmp_path) -> None:  # type: ignore[no-untyped-def]
    results = []
    for n in (1, 2):
        ws = Workspace.open(tmp_path / f"d{n}.db")
        demo.fill(ws, people=150, seed=3)
        m = movements.list_movements(ws)[0]
        results.append(
            (
                [
                    (r.name, r.unit_name, r.group_id, r.group_name, r.title, r.registered_on)
                    for r in participation.registrations(ws, m.id)
                ],
                participation.contribution_totals(participation.contributions(ws, m.id)),
            )
        )
        ws.close()
    assert results[0] == results[1]


def test_demo_movement_has_targets_by_year_and_for_the_period(ws: Workspace) -> None:
    from desktop.services import targets

    demo.fill(ws, people=60, seed=1)
    [m] = movements.list_movements(ws)
    sheet = targets.target_sheet(ws, m.id)
    assert sheet.years == (2021, 2022, 2023, 2024, 2025)
    assert len(sheet.lines) >= 7
    for line in sheet.lines:
        assert set(line.years) == set(sheet.years)
        assert line.period.planned is not None and line.period.achieved is not None
    first = sheet.lines[0]
    assert sum(first.year(y).planned or 0 for y in sheet.years) == first.period.planned
