"""A movement with scored registrations and contributions, written through the services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.domain.participation import (
    ContributionInput,
    ContributionKind,
    ContributorKind,
    RegistrationInput,
    ScoreInput,
)
from desktop.services import movements, participation
from desktop.services.session import Workspace
from tests.services.movement_data import Office, make_office


@dataclass
class Scored:
    """The office of movement_data with its groups and the registration of each person."""

    office: Office
    unit_group: int
    staff_group: int
    registrations: dict[str, int]


def scored_office(ws: Workspace, year: int = 2024) -> Scored:
    """Five people scored in the staff group (An 92.5; Bình and the finance Cường tied at 80;
    Dung 70; the planning Cường unscored), two units scored, and contributions: Bình 50
    million in the year, An 30 million the year before and 20 million in it, a household's
    land."""
    o = make_office(ws)
    groups = movements.get(ws, o.movement).data.groups
    unit_group, staff_group = groups[0], groups[1]
    regs: dict[str, int] = {}
    for key, pid in o.people.items():
        regs[key] = participation.register(
            ws,
            RegistrationInput(
                date(year, 1, 10),
                "Chiến sĩ thi đua cơ sở",
                person_id=pid,
                movement_id=o.movement,
                group_id=staff_group.id,
            ),
        )
    for key, uid in (("finance", o.finance), ("planning", o.planning)):
        regs[key] = participation.register(
            ws,
            RegistrationInput(
                date(year, 1, 10),
                "Tập thể lao động xuất sắc",
                unit_id=uid,
                movement_id=o.movement,
                group_id=unit_group.id,
            ),
        )
    c1, c2 = (c.id for c in staff_group.criteria)
    u1, u2 = (c.id for c in unit_group.criteria)
    scores: list[ScoreInput] = []
    for key, (a, b) in {
        "an": (45, 47.5),
        "binh": (40, 40),
        "cuong1": (30, 50),
        "dung": (35, 35),
    }.items():
        scores += [ScoreInput(regs[key], c1, year, a), ScoreInput(regs[key], c2, year, b)]  # type: ignore[arg-type]
    for key, (a, b) in {"finance": (38, 55), "planning": (30, 50)}.items():
        scores += [ScoreInput(regs[key], u1, year, a), ScoreInput(regs[key], u2, year, b)]  # type: ignore[arg-type]
    participation.set_scores(ws, scores)
    for pid, on, value in (
        (o.people["binh"], date(year, 6, 1), 50_000_000),
        (o.people["an"], date(year - 1, 6, 1), 30_000_000),
        (o.people["an"], date(year, 6, 1), 20_000_000),
    ):
        participation.add_contribution(
            ws,
            ContributionInput(
                ContributorKind.PERSON,
                ContributionKind.MONEY,
                on,
                value,
                person_id=pid,
                movement_id=o.movement,
            ),
        )
    participation.add_contribution(
        ws,
        ContributionInput(
            ContributorKind.HOUSEHOLD,
            ContributionKind.LAND,
            date(year, 3, 3),
            70_000_000,
            250,
            contributor_name="Hộ ông Thạch Sơn",
            movement_id=o.movement,
        ),
    )
    return Scored(o, unit_group.id or 0, staff_group.id or 0, regs)
