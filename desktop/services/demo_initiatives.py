"""Demo initiatives of the demo Sở Tài chính: about 60 over 2022-2025, linked to its people.

Called by `services.demo.fill` after units, people and the demo movement exist. Deterministic for
a seed. Most are recognised at cơ sở by the Sở's council, a few at provincial level by the UBND
tỉnh, some are still proposed or were not recognised.
"""

from __future__ import annotations

import random
from datetime import date

from desktop.domain.initiatives import (
    AuthorShare,
    InitiativeInput,
    InitiativeKind,
    RecognitionStatus,
    Scope,
)
from desktop.persistence import Connection
from desktop.persistence.repositories import attachments as att_repo
from desktop.persistence.repositories import initiatives as repo
from desktop.persistence.repositories import people as people_repo
from desktop.persistence.repositories import units as unit_repo
from desktop.services.demo_initiatives_data import BENEFITS, TITLES
from desktop.services.session import Workspace

YEARS = (2022, 2023, 2024, 2025)


def _decision_date(rng: random.Random, year: int, today: date) -> date:
    when = date(year, rng.choice((10, 11, 12)), rng.randint(1, 28))
    return min(when, today)


def _pick_authors(rng: random.Random, pool: list[int]) -> tuple[AuthorShare, ...]:
    n = min(len(pool), rng.choice((1, 1, 1, 2, 2, 3)))
    chosen = rng.sample(pool, n)
    shares = {1: (100,), 2: rng.choice(((60, 40), (50, 50), (70, 30))), 3: (50, 30, 20)}[n]
    return tuple(AuthorShare(pid, float(s)) for pid, s in zip(chosen, shares, strict=True))


def _staff_by_unit(conn: Connection) -> tuple[dict[int, str], dict[int, list[int]]]:
    internal = {u.id: u.name for u in unit_repo.list_all(conn) if u.internal and u.active}
    staff: dict[int, list[int]] = {}
    for pid, _cccd, _fold, _birth, unit_id in people_repo.match_keys(conn):
        if unit_id in internal:
            staff.setdefault(unit_id, []).append(pid)
    return internal, staff


def fill(ws: Workspace, seed: int = 1, today: date | None = None) -> str:
    """Add the demo initiatives; return a one-line summary ("" when there are no staff)."""
    today = today or date.today()
    rng = random.Random(seed * 104_729 + 11)
    with ws.db.write() as conn:
        names, staff = _staff_by_unit(conn)
        if not staff:
            return ""
        movements = [mid for mid, _name in repo.movement_choices(conn)]
        titles = list(TITLES)
        rng.shuffle(titles)
        counts = {RecognitionStatus.RECOGNISED: 0, RecognitionStatus.PROPOSED: 0}
        province = 0
        numbers = {y: rng.randint(40, 90) for y in YEARS}
        for n, (title, kind, field, unit_hint) in enumerate(titles):
            year = YEARS[n % len(YEARS)]
            unit_id = next(
                (uid for uid, name in names.items() if unit_hint in name.lower() and uid in staff),
                rng.choice(sorted(staff)),
            )
            authors = _pick_authors(rng, staff[unit_id])
            roll = rng.random()
            if year == YEARS[-1] and today.year <= year:
                status = RecognitionStatus.PROPOSED if roll < 0.7 else RecognitionStatus.RECOGNISED
            elif roll < 0.78:
                status = RecognitionStatus.RECOGNISED
            elif roll < 0.9:
                status = RecognitionStatus.NOT_RECOGNISED
            else:
                status = RecognitionStatus.PROPOSED
            scope = None
            body = number = ""
            when = None
            if status is not RecognitionStatus.PROPOSED:
                when = _decision_date(rng, year, today)
            if status is RecognitionStatus.RECOGNISED:
                counts[status] += 1
                if (
                    province < 5
                    and kind
                    in (
                        InitiativeKind.INITIATIVE,
                        InitiativeKind.RESEARCH,
                        InitiativeKind.USEFUL_SOLUTION,
                    )
                    and rng.random() < 0.25
                ):
                    # Sóc Trăng joined Cần Thơ on 01/07/2025 (Nghị quyết 202/2025/QH15)
                    merged = when is not None and when >= date(2025, 7, 1)
                    province_name = "thành phố Cần Thơ" if merged else "tỉnh Sóc Trăng"
                    scope, body = Scope.PROVINCE, f"Chủ tịch UBND {province_name}"
                    number = f"{rng.randint(1500, 2900)}/QĐ-UBND"
                    province += 1
                else:
                    scope, body = Scope.BASE, "Giám đốc Sở Tài chính"
                    numbers[year] += rng.randint(1, 4)
                    number = f"{numbers[year]}/QĐ-STC"
            elif status is RecognitionStatus.NOT_RECOGNISED:
                body = "Hội đồng sáng kiến Sở Tài chính"
            else:
                counts[status] += 1
            data = InitiativeInput(
                title=title,
                year=year,
                kind=kind,
                authors=authors,
                unit_id=unit_id,
                movement_id=movements[0] if movements and rng.random() < 0.35 else None,
                field=field,
                summary=f"{title}. Áp dụng tại {names[unit_id]} từ năm {year}.",
                benefit=rng.choice(BENEFITS),
                benefit_value=rng.choice((None, None, rng.randint(5, 120) * 1_000_000)),
                status=status,
                recognising_body=body,
                decision_number=number,
                decision_date=when,
                scope=scope,
            ).validated(today)
            iid = repo.insert(conn, data)
            if number and rng.random() < 0.3:
                text = (
                    f"QUYẾT ĐỊNH số {number}\nVề việc công nhận sáng kiến: {title}\n"
                    f"Phạm vi ảnh hưởng: {scope.label if scope else ''}\n"
                ).encode()
                att_repo.insert(
                    conn, iid, f"Quyet dinh {number.replace('/', '-')}.txt", len(text), [text]
                )
    return (
        f"{len(titles)} sáng kiến, mô hình, điển hình các năm {YEARS[0]}-{YEARS[-1]}"
        f" ({counts[RecognitionStatus.RECOGNISED]} đã công nhận, {province} cấp tỉnh,"
        f" {counts[RecognitionStatus.PROPOSED]} đang đề xuất)."
    )
