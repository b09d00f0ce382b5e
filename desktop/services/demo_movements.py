"""Demo material of the movement area: the NTM movement 2021-2025 of the demo Sở Tài chính, its
registrations, sponsored communes, contributions, scores, and ratings of 2022-2025.

Called by `services.demo.fill` after units and people exist. Deterministic for a seed. Some
people are rated HTXSNV several years in a row and a few are disciplined, so the award rules
have something to decide on.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from desktop.domain.movements import (
    CriterionInput,
    DocumentRef,
    GroupKind,
    MilestoneInput,
    MilestoneKind,
    MovementInput,
    MovementKind,
    TargetGroupInput,
    TargetInput,
    standard_milestones,
)
from desktop.domain.participation import (
    ContributionInput,
    ContributionKind,
    ContributorKind,
    RegistrationInput,
    ScoreInput,
    SponsorshipInput,
    SupportActivityInput,
    SupportKind,
)
from desktop.domain.ratings import DisciplineKind, PersonRatingInput, Rating, UnitRatingInput
from desktop.domain.units import OUTSIDE_KINDS, UnitKind
from desktop.persistence import Connection
from desktop.persistence.repositories import movements as movement_repo
from desktop.persistence.repositories import participation as part_repo
from desktop.persistence.repositories import ratings as rating_repo
from desktop.persistence.repositories import units as unit_repo
from desktop.services.session import Workspace

MOVEMENT_NAME = "Sóc Trăng chung sức xây dựng nông thôn mới giai đoạn 2021 - 2025"
RATING_YEARS = (2022, 2023, 2024, 2025)
SCORE_YEARS = (2022, 2023, 2024)

PURPOSE = (
    "Tiếp tục phát huy những kết quả đã đạt được của ngành Tài chính trong việc phối hợp tuyên "
    "truyền, vận động các tầng lớp nhân dân, các cơ quan, đơn vị, doanh nghiệp chủ động, tích cực "
    "tham gia thực hiện thắng lợi chủ trương xây dựng nông thôn mới; phấn đấu hoàn thành và hoàn "
    "thành vượt mức các chỉ tiêu chủ yếu của Chương trình mục tiêu quốc gia xây dựng nông thôn mới "
    "giai đoạn 2021 - 2025."
)
REQUIREMENTS = (
    "Phong trào thi đua là trọng tâm trong các phong trào thi đua của Sở; đánh giá kết quả gắn với "
    "kết quả thực hiện nhiệm vụ chính trị và bình xét thi đua hàng năm của các phòng, đơn vị. "
    "Việc biểu dương, khen thưởng phải thực chất, công khai, minh bạch, tránh chạy theo thành tích."
)


def _plan() -> MovementInput:
    start, end = date(2021, 1, 1), date(2025, 12, 31)
    milestones = standard_milestones(start, end) + (
        MilestoneInput(
            MilestoneKind.MIDTERM, date(2023, 11, 28), "Sơ kết giữa giai đoạn 2021 - 2023"
        ),
    )
    milestones = tuple(
        m for m in milestones if not (m.kind is MilestoneKind.MIDTERM and not m.title)
    )
    return MovementInput(
        name=MOVEMENT_NAME,
        kind=MovementKind.REGULAR,
        start=start,
        end=end,
        basis=DocumentRef("130/KH-UBND", date(2022, 9, 13), "Ủy ban nhân dân tỉnh Sóc Trăng"),
        plan=DocumentRef("2185/KH-STC", date(2022, 10, 10), "Sở Tài chính tỉnh Sóc Trăng"),
        purpose=PURPOSE,
        requirements=REQUIREMENTS,
        targets=(
            TargetInput("Xã đạt chuẩn nông thôn mới", 80, "xã", 78),
            TargetInput("Xã đạt chuẩn nông thôn mới nâng cao", 24, "xã", 19),
            TargetInput("Xã đạt chuẩn nông thôn mới kiểu mẫu", 6, "xã", 3),
            TargetInput("Huyện, thị xã hoàn thành nhiệm vụ xây dựng nông thôn mới", 5, "huyện", 4),
        ),
        groups=(
            TargetGroupInput(
                GroupKind.INTERNAL_UNIT,
                criteria=(
                    CriterionInput(
                        "Hoàn thành có chất lượng, đúng tiến độ các văn bản hướng dẫn xây dựng "
                        "nông thôn mới theo chỉ đạo của cấp có thẩm quyền",
                        30,
                    ),
                    CriterionInput(
                        "Tích cực tuyên truyền, vận động hội viên, đoàn viên, người dân thực hiện "
                        "phong trào thi đua",
                        30,
                    ),
                    CriterionInput(
                        "Đăng ký, tham gia chỉ đạo, hỗ trợ (có địa chỉ cụ thể) đối với địa phương",
                        40,
                    ),
                ),
            ),
            TargetGroupInput(
                GroupKind.STAFF,
                criteria=(
                    CriterionInput("Bám sát, hoàn thành nhiệm vụ được giao", 40),
                    CriterionInput(
                        "Có sáng kiến, giải pháp hữu ích trong xây dựng, tổ chức thực hiện cơ chế, "
                        "chính sách xây dựng nông thôn mới",
                        30,
                    ),
                    CriterionInput("Tham gia tuyên truyền, vận động, đóng góp", 30),
                ),
            ),
            TargetGroupInput(
                GroupKind.COMMUNE,
                "Xã được đỡ đầu",
                criteria=(
                    CriterionInput("Số tiêu chí nông thôn mới đạt thêm trong năm", 60),
                    CriterionInput("Huy động nguồn lực xã hội hóa", 40),
                ),
            ),
        ),
        award_forms=(
            "Huân chương Lao động",
            "Bằng khen của Thủ tướng Chính phủ",
            "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
            "Giấy khen của Giám đốc Sở Tài chính",
        ),
        milestones=milestones,
    )


def _rating(rng: random.Random) -> Rating:
    x = rng.random()
    if x < 0.16:
        return Rating.EXCELLENT
    if x < 0.86:
        return Rating.GOOD
    if x < 0.97:
        return Rating.DONE
    return Rating.NOT_DONE


def fill(ws: Workspace, seed: int = 1) -> str:
    """Add the demo movement, participation and four years of ratings; return a summary."""
    rng = random.Random(seed * 7919 + 3)
    with ws.db.write() as conn:
        all_units = unit_repo.list_all(conn, include_inactive=False)
        internal = [u for u in all_units if u.internal and u.kind not in OUTSIDE_KINDS]
        communes = [u for u in all_units if u.kind is UnitKind.COMMUNE and not u.internal]
        businesses = [u for u in all_units if u.kind in (UnitKind.ENTERPRISE, UnitKind.COOPERATIVE)]
        staff = rating_repo.internal_working_people(conn)
        if not internal or not staff:
            return ""
        mid = movement_repo.insert(conn, _plan().validated())
        groups = movement_repo.get(conn, mid).data.groups
        unit_group, staff_group, commune_group = groups
        n_reg = _registrations(conn, rng, mid, internal, staff, unit_group.id, staff_group.id)
        sponsored = _sponsorships(conn, rng, mid, internal, communes, commune_group.id)
        n_contrib = _contributions(conn, rng, mid, staff, internal, businesses, sponsored)
        n_scores = _scores(conn, rng, mid, groups)
        disciplined = _person_ratings(conn, rng, staff)
        _unit_ratings(conn, rng, internal, staff, disciplined)
    return (
        f"Phong trào “{MOVEMENT_NAME}”: {n_reg} đăng ký, {len(sponsored)} xã được đỡ đầu,"
        f" {n_contrib} khoản đóng góp, {n_scores} điểm chấm; xếp loại {len(staff)} người"
        f" các năm {RATING_YEARS[0]}-{RATING_YEARS[-1]}."
    )


def _registrations(
    conn: Connection,
    rng: random.Random,
    mid: int,
    internal: list[Any],
    staff: list[tuple[int, int, str, str, str | None]],
    unit_group: int | None,
    staff_group: int | None,
) -> int:
    day0 = date(2022, 10, 20)
    items = [
        RegistrationInput(
            day0 + timedelta(days=rng.randint(0, 12)),
            "Tập thể lao động xuất sắc" if rng.random() < 0.4 else "Tập thể lao động tiên tiến",
            unit_id=u.id,
            movement_id=mid,
            group_id=unit_group,
            commitments="Hoàn thành xuất sắc các nhiệm vụ được giao trong xây dựng nông thôn mới",
        ).validated()
        for u in internal
    ]
    for pid, _unit, _name, position, _sex in staff:
        if rng.random() < 0.55:
            leader = any(w in position for w in ("Trưởng", "Giám đốc", "Chánh"))
            title = (
                "Chiến sĩ thi đua cơ sở" if leader or rng.random() < 0.25 else "Lao động tiên tiến"
            )
            items.append(
                RegistrationInput(
                    day0 + timedelta(days=rng.randint(0, 15)),
                    title,
                    person_id=pid,
                    movement_id=mid,
                    group_id=staff_group,
                    commitments="Hoàn thành tốt nhiệm vụ; tham gia tuyên truyền xây dựng nông thôn mới",
                ).validated()
            )
    # The year's titles for 2025, outside the movement.
    for pid, _unit, _name, _position, _sex in staff:
        items.append(
            RegistrationInput(
                date(2025, 1, 15) + timedelta(days=rng.randint(0, 10)),
                "Chiến sĩ thi đua cơ sở" if rng.random() < 0.2 else "Lao động tiên tiến",
                person_id=pid,
                year=2025,
            ).validated()
        )
    part_repo.insert_registrations(conn, items)
    return len(items)


def _sponsorships(
    conn: Connection,
    rng: random.Random,
    mid: int,
    internal: list[Any],
    communes: list[Any],
    commune_group: int | None,
) -> list[tuple[int, str]]:
    if not communes:
        return []
    sponsors = rng.sample(internal, min(len(internal), 6))
    chosen = rng.sample(
        [c for c in communes if not c.name.startswith("Phường")] or communes,
        min(len(communes), len(sponsors)),
    )
    result = []
    activities = (
        (SupportKind.MONEY, "Hỗ trợ kinh phí xây dựng nhà văn hóa ấp", 20_000_000, 60_000_000),
        (SupportKind.GOODS, "Tặng xi măng làm đường giao thông nông thôn", 8_000_000, 30_000_000),
        (SupportKind.GOODS, "Tặng quà cho hộ nghèo dịp Tết Nguyên đán", 5_000_000, 15_000_000),
        (
            SupportKind.LABOUR,
            "Ra quân ngày công vệ sinh môi trường, trồng cây xanh",
            1_500_000,
            4_500_000,
        ),
        (
            SupportKind.ADVICE,
            "Hướng dẫn lập dự toán, quyết toán vốn chương trình mục tiêu quốc gia",
            0,
            0,
        ),
    )
    for sponsor, commune in zip(sponsors, chosen, strict=False):
        since = date(2022, 11, rng.randint(1, 28))
        sid = part_repo.insert_sponsorship(
            conn,
            SponsorshipInput(
                mid,
                sponsor.id,
                commune.id,
                since,
                "Đỡ đầu xây dựng xã đạt chuẩn nông thôn mới nâng cao",
            ).validated(),
        )
        for year in (2022, 2023, 2024, 2025):
            for kind, text, low, high in rng.sample(activities, rng.randint(1, 3)):
                when = date(year, rng.randint(1, 12), rng.randint(1, 28))
                if when < since:
                    continue
                value = rng.randrange(low, high + 1, 500_000) if high else 0
                part_repo.insert_activity(
                    conn, SupportActivityInput(sid, when, text, kind, value).validated()
                )
        part_repo.insert_registrations(
            conn,
            [
                RegistrationInput(
                    since,
                    "Xã đạt chuẩn nông thôn mới nâng cao",
                    unit_id=commune.id,
                    movement_id=mid,
                    group_id=commune_group,
                ).validated()
            ],
        )
        result.append((commune.id, commune.name))
    return result


def _contributions(
    conn: Connection,
    rng: random.Random,
    mid: int,
    staff: list[tuple[int, int, str, str, str | None]],
    internal: list[Any],
    businesses: list[Any],
    sponsored: list[tuple[int, str]],
) -> int:
    places = [name for _, name in sponsored] or ["Xã Phú Tâm"]
    items: list[ContributionInput] = []

    def when() -> date:
        return date(rng.choice((2022, 2023, 2024, 2025)), rng.randint(1, 12), rng.randint(1, 28))

    for pid, *_ in rng.sample(staff, min(len(staff), 40)):
        items.append(
            ContributionInput(
                ContributorKind.PERSON,
                ContributionKind.MONEY,
                when(),
                rng.randrange(200_000, 3_000_001, 100_000),
                person_id=pid,
                movement_id=mid,
                beneficiary=f"Quỹ xây dựng nông thôn mới {rng.choice(places)}",
                evidence="Danh sách ủng hộ của Công đoàn cơ sở",
            )
        )
    for unit in rng.sample(internal, min(len(internal), 5)):
        items.append(
            ContributionInput(
                ContributorKind.UNIT,
                ContributionKind.MONEY,
                when(),
                rng.randrange(5_000_000, 30_000_001, 1_000_000),
                unit_id=unit.id,
                movement_id=mid,
                beneficiary=f"Xây dựng nhà tình nghĩa tại {rng.choice(places)}",
                evidence="Biên nhận",
            )
        )
    for biz in rng.sample(businesses, min(len(businesses), 6)):
        goods = rng.random() < 0.4
        items.append(
            ContributionInput(
                ContributorKind.BUSINESS,
                ContributionKind.GOODS if goods else ContributionKind.MONEY,
                when(),
                rng.randrange(20_000_000, 300_000_001, 5_000_000),
                quantity=rng.randint(100, 500) if goods else None,
                quantity_unit="bao xi măng" if goods else "",
                unit_id=biz.id,
                movement_id=mid,
                beneficiary=f"Đường giao thông nông thôn {rng.choice(places)}",
                evidence="Thư cảm ơn của UBND xã",
            )
        )
    households = (
        "Hộ ông Thạch Sơn",
        "Hộ bà Lâm Thị Sa Rết",
        "Hộ ông Trần Văn Út",
        "Hộ bà Nguyễn Thị Lệ",
        "Hộ ông Danh Phước",
        "Hộ ông Lý Văn Tư",
    )
    for name in households:
        if rng.random() < 0.6:
            m2 = rng.randint(30, 400)
            items.append(
                ContributionInput(
                    ContributorKind.HOUSEHOLD,
                    ContributionKind.LAND,
                    when(),
                    m2 * 350_000,
                    m2,
                    contributor_name=name,
                    movement_id=mid,
                    beneficiary=f"Mở rộng đường liên ấp, {rng.choice(places)}",
                    evidence="Biên bản hiến đất có xác nhận của UBND xã",
                )
            )
        else:
            days = rng.randint(5, 30)
            items.append(
                ContributionInput(
                    ContributorKind.HOUSEHOLD,
                    ContributionKind.LABOUR,
                    when(),
                    days * 250_000,
                    days,
                    contributor_name=name,
                    movement_id=mid,
                    beneficiary=f"Nạo vét kênh nội đồng, {rng.choice(places)}",
                )
            )
    for c in items:
        part_repo.insert_contribution(conn, c.validated())
    return len(items)


def _scores(conn: Connection, rng: random.Random, mid: int, groups: tuple[Any, ...]) -> int:
    regs = part_repo.registrations_of_movement(conn, mid)
    scores: list[ScoreInput] = []
    for group in groups:
        members = [r.id for r in regs if r.group_id == group.id]
        for year in SCORE_YEARS:
            for reg in members:
                skill = rng.random()
                for crit in group.criteria:
                    top = crit.max_score or 10
                    # Whole points: ties happen, as in real scoring sheets.
                    value = max(0, min(top, round(top * (0.6 + 0.4 * skill) - rng.randint(0, 3))))
                    scores.append(
                        ScoreInput(reg, crit.id, year, float(value)).validated(crit.max_score)
                    )
    part_repo.upsert_scores(conn, scores)
    return len(scores)


def _person_ratings(
    conn: Connection, rng: random.Random, staff: list[tuple[int, int, str, str, str | None]]
) -> dict[int, set[int]]:
    """Ratings of every working person for each year; returns {year: units with a member
    disciplined at cảnh cáo or above}."""
    stars = {p[0] for p in staff if rng.random() < 0.08}  # HTXSNV every year
    streak = {p[0] for p in staff if p[0] not in stars and rng.random() < 0.08}  # 2023-2025
    disciplined: dict[int, set[int]] = {y: set() for y in RATING_YEARS}
    items: list[PersonRatingInput] = []
    for pid, unit_id, _name, _pos, _sex in staff:
        for year in RATING_YEARS:
            if pid in stars or (pid in streak and year >= 2023):
                items.append(PersonRatingInput(pid, year, Rating.EXCELLENT))
                continue
            rating = _rating(rng)
            if pid not in stars and rng.random() < 0.03:
                kind = DisciplineKind.REPRIMAND if rng.random() < 0.7 else DisciplineKind.WARNING
                decided = date(year, rng.randint(2, 10), rng.randint(1, 28))
                number = f"{rng.randint(10, 180)}/QĐ-STC ngày {decided:%d/%m/%Y}"
                rating = Rating.DONE if kind is DisciplineKind.REPRIMAND else Rating.NOT_DONE
                if kind.at_least_warning:
                    disciplined[year].add(unit_id)
                items.append(
                    PersonRatingInput(
                        pid, year, rating, kind, number, decided, decided + timedelta(days=365)
                    )
                )
                continue
            items.append(PersonRatingInput(pid, year, rating))
    rating_repo.upsert_person_ratings(conn, [i.validated(date(2026, 1, 31)) for i in items])
    return disciplined


def _unit_ratings(
    conn: Connection,
    rng: random.Random,
    internal: list[Any],
    staff: list[tuple[int, int, str, str, str | None]],
    disciplined: dict[int, set[int]],
) -> None:
    items = []
    for unit in internal:
        for year in RATING_YEARS:
            x = rng.random()
            rating = Rating.EXCELLENT if x < 0.3 else Rating.GOOD if x < 0.92 else Rating.DONE
            if unit.id in disciplined[year] and rating is Rating.EXCELLENT:
                rating = Rating.GOOD
            items.append(UnitRatingInput(unit.id, year, rating).validated(date(2026, 1, 31)))
    rating_repo.upsert_unit_ratings(conn, items)
