"""The year's eligibility as the service computes it fast (facts grouped by SQLite, people with
the same facts judged once, collector paused) against the plain rule evaluation: every subject
read row by row and judged on its own by fresh rules, on a constructed mixed database."""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import astuple
from datetime import date

from desktop.domain.awards import Catalog
from desktop.domain.eligibility import (
    AwardFact,
    DisciplineFact,
    InitiativeFact,
    PersonHistory,
    Result,
    Rules,
    UnitHistory,
)
from desktop.domain.initiatives import (
    AuthorShare,
    AwardUse,
    InitiativeInput,
    InitiativeKind,
    RecognitionStatus,
    Scope,
)
from desktop.domain.people import PersonInput, WorkStatus
from desktop.domain.ratings import DisciplineKind, PersonRatingInput, Rating, UnitRatingInput
from desktop.domain.units import UnitInput
from desktop.persistence.repositories import awards as award_repo
from desktop.persistence.repositories import people as people_repo
from desktop.persistence.repositories import ratings as rating_repo
from desktop.services import catalog as catalog_service
from desktop.services import eligibility, initiatives, units
from desktop.services.session import Workspace

YEARS = range(2019, 2026)
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Hương", "Lan", "Minh"]
XS, TOT, HT, KHT = Rating.EXCELLENT, Rating.GOOD, Rating.DONE, Rating.NOT_DONE
# Shared rating profiles, 2019..2025, so that many people have exactly the same facts.
PROFILES: list[tuple[Rating | None, ...]] = [
    (TOT, TOT, TOT, TOT, TOT, TOT, TOT),
    (XS, XS, XS, XS, XS, XS, XS),
    (TOT, XS, TOT, XS, TOT, XS, XS),
    (None, None, TOT, TOT, HT, TOT, XS),
]


def _build(ws: Workspace) -> None:
    """120 people in three internal units, one outside unit and one closed unit; half of them
    on shared rating profiles, the rest at random; near twins that share the ratings and
    differ in one fact only (awards, an initiative, a used initiative, a discipline)."""
    rng = random.Random(11)
    a = units.save(ws, UnitInput("Phòng Kế hoạch"))
    b = units.save(ws, UnitInput("Phòng Tổng hợp"))
    c = units.save(ws, UnitInput("Văn phòng"))
    outside = units.save(ws, UnitInput("Ủy ban nhân dân xã An Lạc", internal=False))
    closed = units.save(ws, UnitInput("Phòng đã giải thể", active=False))
    homes = [a, a, a, b, b, b, c, outside, closed]
    with ws.db.write() as conn:
        people_repo.insert_many(
            conn,
            (
                PersonInput(
                    f"Nguyễn Văn {rng.choice(GIVEN)} {i}",
                    rng.choice(homes),
                    status=WorkStatus.RETIRED if i % 17 == 0 else WorkStatus.WORKING,
                ).validated()
                for i in range(120)
            ),
        )
        ids = [r[0] for r in conn.execute("SELECT id FROM person ORDER BY id")]
        judged = {
            pid
            for pid, uid, status in conn.execute("SELECT id, unit_id, status FROM person")
            if uid in (a, b, c) and status == WorkStatus.WORKING.value
        }
        # Near twins, all on PROFILES[2] (HTXSNV in 2024 and 2025).
        near = [pid for n, pid in enumerate(ids) if n % 4 == 2 and pid in judged][:9]
        assert len(near) == 9
        items: list[PersonRatingInput] = []
        for n, pid in enumerate(ids):
            if n % 2 == 0:
                profile = PROFILES[n % len(PROFILES)]
            else:
                profile = tuple(rng.choice([XS, TOT, TOT, HT, KHT, None]) for _ in YEARS)
            items.extend(
                PersonRatingInput(pid, y, r) for y, r in zip(YEARS, profile, strict=True) if r
            )
        # Discipline: with and without a period, reaching across a year's end, with and
        # without a rating of the same year.
        disciplined = [
            PersonRatingInput(ids[1], 2025, TOT, DisciplineKind.REPRIMAND),
            PersonRatingInput(
                ids[3],
                2024,
                HT,
                DisciplineKind.WARNING,
                "05/QĐ-STC",
                date(2024, 6, 1),
                date(2025, 5, 31),
            ),
            PersonRatingInput(
                ids[5], 2023, None, DisciplineKind.DISMISSAL_FROM_POST, "", date(2023, 3, 1)
            ),
            PersonRatingInput(ids[9], 2025, XS, DisciplineKind.WARNING),
            PersonRatingInput(near[7], 2025, XS, DisciplineKind.WARNING),
            PersonRatingInput(near[8], 2024, XS, DisciplineKind.REPRIMAND),
        ]
        taken = {(d.person_id, d.year) for d in disciplined}
        items = [i for i in items if (i.person_id, i.year) not in taken]
        rating_repo.upsert_person_ratings(conn, items + disciplined)
        rating_repo.upsert_unit_ratings(
            conn,
            [
                UnitRatingInput(u, y, rng.choice([XS, XS, TOT, HT]))
                for u in (a, b, c)
                for y in YEARS
            ],
        )

        def award(pid: int, y: int, code: str, number: str = "") -> None:
            award_repo.insert(
                conn,
                award_repo.AwardRecordInput(
                    "person", y, code, code, person_id=pid, decision_number=number
                ),
            )

        # Twins with the same awards too; a pair differing only in one award's year.
        for pid in near[:2]:
            for y, code in [
                (2022, "CSTDCS"),
                (2023, "CSTDCS"),
                (2024, "CSTDCS"),
                (2019, "BK_TINH"),
            ]:
                award(pid, y, code)
        award(near[2], 2024, "CSTDCS")
        award(near[3], 2023, "CSTDCS")
        others = [pid for pid in ids if pid not in near]
        for _ in range(60):
            code = rng.choice(["LDTT", "CSTDCS", "CSTDCS", "BK_TINH", "CSTD_TINH"])
            award(
                rng.choice(others[8:]),
                rng.randint(2017, 2025),
                code,
                rng.choice(["", "12/QĐ-STC"]),
            )
        award_repo.insert(
            conn, award_repo.AwardRecordInput("unit", 2025, "TTLDTT", "TTLDTT", unit_id=b)
        )

    def initiative(
        title: str,
        year: int,
        authors: list[int],
        scope: Scope | None,
        recognised: bool = True,
        kind: InitiativeKind = InitiativeKind.INITIATIVE,
    ) -> int:
        return initiatives.save(
            ws,
            InitiativeInput(
                title,
                year,
                kind=kind,
                authors=tuple(AuthorShare(p, 100.0 / len(authors)) for p in authors),
                unit_id=a,
                status=RecognitionStatus.RECOGNISED if recognised else RecognitionStatus.PROPOSED,
                recognising_body="Sở Tài chính" if recognised else "",
                decision_number=f"{len(title)}/QĐ-STC" if recognised else "",
                decision_date=date(2025, 10, 1) if recognised else None,
                scope=scope if recognised else None,
            ),
        )

    # Near twins differing only in their initiative: another one, a used one, none.
    for k, pid in enumerate(near[4:7]):
        iid = initiative(f"Sáng kiến của nhóm {k}", 2023 + k % 2, [pid], Scope.PROVINCE)
        if k == 2:
            initiatives.mark_used(ws, iid, AwardUse("Chiến sĩ thi đua cơ sở năm 2024"))
    scopes = [Scope.BASE, Scope.BASE, Scope.PROVINCE, Scope.NATIONAL]
    for k in range(14):
        chosen = rng.sample(others[10:60], rng.choice([1, 1, 2]))
        # Some records are of kinds that ground no title (a "Mô hình hay", a "Cách làm mới").
        kind = [InitiativeKind.INITIATIVE, InitiativeKind.GOOD_MODEL, InitiativeKind.NEW_METHOD][
            k % 5 % 3
        ]
        iid = initiative(f"Sáng kiến số {k}", 2021 + k % 5, chosen, scopes[k % 4], k % 7 != 6, kind)
        if k % 7 != 6 and k % 3 == 0:
            initiatives.mark_used(ws, iid, AwardUse(f"Chiến sĩ thi đua cơ sở năm 202{k % 5}"))


def _plain(ws: Workspace, year: int, catalog: Catalog) -> list[tuple[object, ...]]:
    """Every subject read row by row and judged alone: no grouped text, no shared keys, fresh
    rules for each subject (the collectives' members judged by the collective's own rules)."""
    with ws.db.read() as conn:
        people = conn.execute(
            "SELECT p.id, p.full_name, p.unit_id, u.name FROM person p JOIN unit u ON u.id = p.unit_id"
            " WHERE p.status = 'dang_cong_tac' AND u.internal = 1 ORDER BY p.sort_key, p.id"
        ).fetchall()
        ratings: dict[int, dict[int, Rating]] = defaultdict(dict)
        disciplines: dict[int, list[DisciplineFact]] = defaultdict(list)
        for pid, y, rating, disc, dfrom, dto in conn.execute(
            "SELECT person_id, year, rating, discipline, discipline_from, discipline_to"
            " FROM person_rating WHERE year BETWEEN ? AND ? ORDER BY person_id, year",
            (year - 10, year),
        ):
            if rating:
                ratings[pid][y] = Rating(rating)
            if disc:
                disciplines[pid].append(
                    DisciplineFact(
                        DisciplineKind(disc),
                        y,
                        date.fromisoformat(dfrom) if dfrom else None,
                        date.fromisoformat(dto) if dto else None,
                    )
                )
        person_awards: dict[int, list[AwardFact]] = defaultdict(list)
        unit_awards: dict[int, list[AwardFact]] = defaultdict(list)
        for pid, uid, y, code, number, when in conn.execute(
            "SELECT person_id, unit_id, year, award_code, decision_number, decision_date"
            " FROM award_record WHERE award_code != '' AND year <= ?",
            (year,),
        ):
            (person_awards[pid] if pid is not None else unit_awards[uid]).append(
                AwardFact(y, code, number, date.fromisoformat(when) if when else None)
            )
        found: dict[int, list[InitiativeFact]] = defaultdict(list)
        for pid, iid, title, y, status, scope, number, used, kind in conn.execute(
            "SELECT a.person_id, i.id, i.title, i.year, i.status, i.scope, i.decision_number,"
            " i.used_for_award, i.kind"
            " FROM initiative_author a JOIN initiative i ON i.id = a.initiative_id"
            " WHERE i.year BETWEEN ? AND ?",
            (year - 10, year),
        ):
            found[pid].append(
                InitiativeFact(
                    iid,
                    title,
                    y,
                    status == "da_cong_nhan",
                    Scope(scope) if scope else None,
                    number,
                    used or "",
                    kind,
                )
            )
        unit_rows = conn.execute(
            "SELECT id, name FROM unit WHERE internal = 1 AND active = 1 ORDER BY sort_key"
        ).fetchall()
        unit_ratings: dict[int, dict[int, Rating]] = defaultdict(dict)
        for uid, y, rating in conn.execute(
            "SELECT unit_id, year, rating FROM unit_rating WHERE year BETWEEN ? AND ?",
            (year - 10, year),
        ):
            unit_ratings[uid][y] = Rating(rating)

    def history(pid: int, name: str, unit_name: str) -> PersonHistory:
        return PersonHistory(
            pid,
            name,
            unit_name,
            dict(ratings[pid]),
            tuple(disciplines[pid]),
            tuple(person_awards[pid]),
            tuple(found[pid]),
        )

    out: list[tuple[object, ...]] = []
    for code in eligibility.PERSON_CODES:
        for pid, name, _uid, unit_name in people:
            rules = Rules(catalog)
            v = rules.check_person(code, history(pid, name, unit_name), year)
            basis = rules.basis(code, year)
            out.append(
                ("person", pid, name, unit_name, code, v.result, v.reasons, v.initiatives, basis)
            )
    for code in eligibility.OFFICE_UNIT_CODES:
        for uid, name in unit_rows:
            members = tuple(history(p, n, un) for p, n, u, un in people if u == uid)
            unit = UnitHistory(uid, name, dict(unit_ratings[uid]), tuple(unit_awards[uid]), members)
            rules = Rules(catalog)
            v = rules.check_unit(code, unit, year)
            out.append(
                (
                    "unit",
                    uid,
                    name,
                    "",
                    code,
                    v.result,
                    v.reasons,
                    v.initiatives,
                    rules.basis(code, year),
                )
            )
    return out


def test_fast_evaluation_matches_the_plain_rules(ws: Workspace) -> None:
    _build(ws)
    catalog = catalog_service.load(ws)
    everything: list[eligibility.EligibilityRow] = []
    for year in (2023, 2024, 2025):  # the 2017 rules, then the 2022 law's
        # The office's own units and people (villages, khối leaders, households: test_subjects).
        rows = [
            r
            for r in eligibility.evaluate(ws, year)
            if r.award in eligibility.PERSON_CODES + eligibility.OFFICE_UNIT_CODES
        ]
        fast = [(r.subject_kind, r.subject_id, r.name, r.unit, *astuple(r.verdict)) for r in rows]
        plain = _plain(ws, year, catalog)
        assert len(fast) == len(plain) > 400
        for got, want in zip(fast, plain, strict=True):
            assert got == want
        everything += rows
    # The database is mixed enough to mean something: all outcomes, discipline, initiatives.
    assert {r.result for r in everything} == set(Result)
    assert any("kỷ luật" in text for r in everything for text in r.reasons)
    assert any("đã dùng làm căn cứ" in text for r in everything for text in r.reasons)
    assert any("không phải sáng kiến" in text for r in everything for text in r.reasons)
    assert any(r.initiatives for r in everything)


def test_one_subject_is_judged_as_in_the_whole_year(ws: Workspace) -> None:
    """`check_one` (used when a batch is submitted) reads a unit together with its members."""
    _build(ws)
    for year in (2023, 2025):
        rows = eligibility.evaluate(ws, year)
        units_seen = 0
        for row in rows:
            if row.subject_kind == "unit":
                assert eligibility.check_one(ws, year, row.award, unit_id=row.subject_id) == row
                units_seen += 1
            elif row.subject_id % 7 == 0:
                assert eligibility.check_one(ws, year, row.award, person_id=row.subject_id) == row
        assert units_seen == 3 * len(eligibility.OFFICE_UNIT_CODES)  # no village, no khối leader
    assert eligibility.check_one(ws, 2025, "LDTT", unit_id=rows[-1].subject_id) is None
