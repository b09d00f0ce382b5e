"""The demo database: a real-looking Sở with its units, outside collectives and people.

Everything comes from `random.Random(seed)`, so a seed always gives the same units, names,
birth dates and CCCDs. People are written in one transaction with `insert_many` (the FTS
triggers fill the search index), so 100,000 people take seconds.
"""

from __future__ import annotations

import importlib
import importlib.util
import itertools
import random
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import accumulate

from desktop.domain.errors import ConflictError
from desktop.domain.identity import BirthDate
from desktop.domain.people import PersonInput, Sex, WorkStatus
from desktop.domain.text import fold
from desktop.domain.units import UnitInput, UnitKind
from desktop.persistence import Connection
from desktop.persistence.repositories import bulk
from desktop.persistence.repositories import office as office_repo
from desktop.persistence.repositories import people as people_repo
from desktop.persistence.repositories import units as unit_repo
from desktop.services import demo_data as d
from desktop.services.session import Workspace

# Birth years are drawn against this fixed year, never against today: the data must not change
# with the date it is made on.
REFERENCE_YEAR = 2024
_EXTRA_MODULES = (
    "desktop.services.demo_movements",
    "desktop.services.demo_targets",
    "desktop.services.demo_candidates",  # results that ground awards (issue 20)
    "desktop.services.demo_initiatives",
    # the 2025 reorganisation: after the movement (its merges move registrations and
    # sponsorships), before the year-end batches of 2025 (made for the units of after it)
    "desktop.services.demo_names",
    "desktop.services.demo_awards",
    "desktop.services.demo_blocs",
    "desktop.services.demo_deadlines",
)


@dataclass
class _Slot:
    """A unit that receives people, and who it still expects."""

    unit_id: int
    kind: UnitKind
    internal: bool
    leaders: tuple[str, ...]
    staff: d.Positions
    capacity: int  # internal units: how many people at most; outside units: unlimited (0)
    locality: str  # the xã/ấp address people of an outside unit live at
    weight: float = 1.0
    placed: int = 0
    _cum: list[float] = field(default_factory=list)

    def next_position(self, rng: random.Random) -> tuple[str, int]:
        """The position of the next person placed here, and its rank (0 = head)."""
        n = self.placed
        self.placed += 1
        if n < len(self.leaders):
            return self.leaders[n], min(n, 1)
        if not self.staff:
            return "", 2
        if not self._cum:
            self._cum = list(accumulate(w for _, w in self.staff))
        return rng.choices(self.staff, cum_weights=self._cum)[0][0], 2


class _Weighted[T]:
    """Fast repeated weighted choice from a fixed table."""

    def __init__(self, items: Sequence[tuple[T, float]]) -> None:
        self.values = [v for v, _ in items]
        self.cum = list(accumulate(w for _, w in items))

    def pick(self, rng: random.Random) -> T:
        return rng.choices(self.values, cum_weights=self.cum)[0]


def fill(ws: Workspace, people: int = 400, seed: int = 1) -> str:
    """Fill an empty database with the demo office, units and people; return a summary."""
    if people < 0:
        raise ConflictError("demo_people", "Số người phải là số không âm.")
    rng = random.Random(seed)
    with ws.db.write() as conn:
        if unit_repo.count(conn) > 0:
            raise ConflictError(
                "demo_not_empty",
                f"Tệp dữ liệu {ws.path} đã có đơn vị; chỉ tạo dữ liệu mẫu vào một tệp dữ liệu mới.",
            )
        internal, outside = _create_units(conn, rng)
        inputs = _people(rng, people, internal, outside)
        with bulk.large_cache(conn), bulk.person_search_index_rebuilt(conn):
            people_repo.insert_many(conn, inputs)
        # The director of the demo office signs its documents.
        director = next((p.full_name for p in inputs if p.position == "Giám đốc"), None)
        office = replace(d.OFFICE, signer_name=director) if director else d.OFFICE
        office_repo.save(conn, office.validated())
        unit_count = unit_repo.count(conn)
    summary = (
        f"Đã tạo dữ liệu mẫu của {d.OFFICE_TITLE}: {unit_count} đơn vị,"
        f" {len(inputs)} người (hạt giống {seed})."
    )
    for name in _EXTRA_MODULES if people else ():  # movements, initiatives, awards need people
        if importlib.util.find_spec(name) is not None:
            extra = importlib.import_module(name).fill(ws, seed)
            if isinstance(extra, str) and extra:
                summary += " " + extra
    return summary


def _add(conn: Connection, data: UnitInput) -> int:
    return unit_repo.insert(conn, data.validated())


def _create_units(conn: Connection, rng: random.Random) -> tuple[list[_Slot], list[_Slot]]:
    """Create the office's own units and the outside collectives; return where people go."""
    internal: list[_Slot] = []
    office_address = f"Số 6, đường Lý Thường Kiệt, Phường 1, thành phố Sóc Trăng, tỉnh {d.PROVINCE}"

    def own(unit: d.InternalUnit, kind: UnitKind, parent: int | None) -> int:
        name, code, leaders, staff, size = unit
        uid = _add(conn, UnitInput(name, kind, code, parent, True, office_address))
        internal.append(_Slot(uid, kind, True, leaders, staff, size, ""))
        return uid

    for unit in d.INTERNAL:
        own(unit, UnitKind.DEPARTMENT, None)
    centre = own(d.CENTRE, UnitKind.SUBORDINATE, None)
    for unit in d.CENTRE_PARTS:
        own(unit, UnitKind.DEPARTMENT, centre)

    outside: list[_Slot] = []
    hamlets = list(d.HAMLETS)
    for district, communes in d.DISTRICTS:
        for commune in communes:
            ward = commune.startswith("Phường")
            word = "phường" if ward else "xã"
            where = f"{commune[0].lower()}{commune[1:]}, {district}, tỉnh {d.PROVINCE}"
            cid = _add(conn, UnitInput(commune, UnitKind.COMMUNE, "", None, False, where))
            leaders = tuple(f"{p} {word}" if p.endswith("UBND") else p for p in d.COMMUNE_LEADERS)
            outside.append(
                _Slot(cid, UnitKind.COMMUNE, False, leaders, d.COMMUNE_STAFF, 0, where, 3.0)
            )
            if ward:
                names = [f"Khóm {i}" for i in range(1, rng.randint(3, 5) + 1)]
            else:
                names = [f"Ấp {h}" for h in rng.sample(hamlets, rng.randint(2, 4))]
            for hamlet in names:
                at = f"{hamlet[0].lower()}{hamlet[1:]}, {where}"
                hid = _add(conn, UnitInput(hamlet, UnitKind.VILLAGE, "", cid, False, at))
                lead = tuple(p.replace("ấp", "khóm") if ward else p for p in d.HAMLET_LEADERS)
                outside.append(
                    _Slot(hid, UnitKind.VILLAGE, False, lead, d.HAMLET_STAFF, 0, at, 2.0)
                )
    groups = (
        (d.ENTERPRISES, UnitKind.ENTERPRISE, d.ENTERPRISE_LEADERS, d.ENTERPRISE_STAFF, 6.0),
        (d.COOPERATIVES, UnitKind.COOPERATIVE, d.COOPERATIVE_LEADERS, d.COOPERATIVE_STAFF, 3.0),
        (d.OTHER_ORGS, UnitKind.OTHER, d.OTHER_LEADERS, d.OTHER_STAFF, 2.0),
    )
    for orgs, kind, leaders, staff, weight in groups:
        for name, district in orgs:
            where = f"{district}, tỉnh {d.PROVINCE}"
            uid = _add(conn, UnitInput(name, kind, "", None, False, where))
            outside.append(_Slot(uid, kind, False, leaders, staff, 0, where, weight))
    return internal, outside


def _placements(
    rng: random.Random, total: int, internal: list[_Slot], outside: list[_Slot]
) -> list[_Slot]:
    """The unit of each person: the office's units first (heads before staff, up to their
    size), then one person for every outside unit, then outside units by weight."""
    order: list[_Slot] = []
    filled = dict.fromkeys(range(len(internal)), 0)
    while len(order) < total and filled:
        for i in list(filled):
            if len(order) >= total:
                break
            if filled[i] >= internal[i].capacity:
                del filled[i]
                continue
            filled[i] += 1
            order.append(internal[i])
    order += outside[: max(0, total - len(order))]
    rest = total - len(order)
    if rest > 0:
        cum = list(accumulate(s.weight for s in outside))
        order += rng.choices(outside, cum_weights=cum, k=rest)
    return order


def _people(
    rng: random.Random, total: int, internal: list[_Slot], outside: list[_Slot]
) -> list[PersonInput]:
    family = _Weighted(d.FAMILY)
    male_mid = _Weighted(d.MALE_MIDDLE)
    female_mid = _Weighted(d.FEMALE_MIDDLE)
    province = _Weighted([((code, name), w) for code, name, w in d.BIRTH_PROVINCES])
    office_quals = _Weighted(d.QUALIFICATIONS_OFFICE)
    local_quals = _Weighted(d.QUALIFICATIONS_LOCAL)
    home_communes = [
        f"{c[0].lower()}{c[1:]}, {dist}" for dist, communes in d.DISTRICTS for c in communes
    ]
    used_cccd: set[str] = set()
    out: list[PersonInput] = []
    for slot in _placements(rng, total, internal, outside):
        position, rank = slot.next_position(rng)
        if position.startswith(("Giám đốc", "Chủ tịch", "Trưởng", "Chánh")):
            sex = Sex.MALE if rng.random() < 0.7 else Sex.FEMALE
        else:
            sex = Sex.MALE if rng.random() < 0.5 else Sex.FEMALE
        fam = family.pick(rng)
        if sex is Sex.MALE:
            mid, given = male_mid.pick(rng), rng.choice(d.MALE_GIVEN)
        else:
            mid, given = female_mid.pick(rng), rng.choice(d.FEMALE_GIVEN)
        year = _birth_year(rng, slot, rank)
        retired = year < REFERENCE_YEAR - 61
        if rng.random() < (0.25 if year < 1965 else 0.05):
            birth = BirthDate(year)
        else:
            month = rng.randint(1, 12)
            birth = BirthDate(year, month, rng.randint(1, 28 if month == 2 else 30))
        code, born_in = province.pick(rng)
        cccd = _cccd(rng, code, sex, year, used_cccd)
        if born_in == d.PROVINCE:
            hometown = f"{rng.choice(home_communes)}, tỉnh {d.PROVINCE}"
        else:
            city = "thành phố" if born_in in {"Cần Thơ", "Hồ Chí Minh", "Hà Nội"} else "tỉnh"
            hometown = f"{rng.choice(d.OTHER_PLACES[born_in])}, {city} {born_in}"
        if slot.internal:
            near = home_communes[:5] if rng.random() < 0.6 else home_communes
            residence = f"{rng.choice(near)}, tỉnh {d.PROVINCE}"
            qual = office_quals.pick(rng) if position not in {"Lái xe", "Nhân viên"} else ""
            while rank < 2 and not qual.startswith(("Cử nhân", "Kỹ sư")):
                qual = office_quals.pick(rng)
        else:
            residence = slot.locality
            qual = local_quals.pick(rng)
        academic = ""
        if qual.startswith(("Cử nhân", "Kỹ sư")) and rng.random() < (0.35 if rank < 2 else 0.12):
            academic = "Tiến sĩ" if rng.random() < 0.08 else "Thạc sĩ"
        status = WorkStatus.WORKING
        if retired:
            status = WorkStatus.RETIRED
        elif rng.random() < 0.02:
            status = WorkStatus.TRANSFERRED
        phone = ""
        if rng.random() < (0.95 if slot.internal else 0.6):
            phone = rng.choice(d.PHONE_PREFIXES) + f"{rng.randrange(10**7):07d}"
        email = ""
        if slot.internal:
            initials = "".join(w[0] for w in f"{fam} {mid}".split())
            email = fold(f"{given}{initials}").replace(" ", "") + ".stc@soctrang.gov.vn"
        party, union = _party_union(rng, position, rank, slot.internal, year)
        out.append(
            PersonInput(
                full_name=f"{fam} {mid} {given}",
                unit_id=slot.unit_id,
                family_name=fam,
                middle_name=mid,
                given_name=given,
                sex=sex,
                birth_date=birth,
                cccd=cccd,
                hometown=hometown,
                residence=residence,
                position=position,
                party_position=party,
                union_position=union,
                qualification=qual,
                academic_title=academic,
                phone=phone,
                email=email,
                status=status,
            )
        )
    return out


def _birth_year(rng: random.Random, slot: _Slot, rank: int) -> int:
    if rank == 0:
        return rng.randint(1966, 1982)
    if rank == 1:
        return rng.randint(1968, 1988)
    if slot.internal or slot.kind is UnitKind.COMMUNE:
        return int(rng.triangular(1966, 2002, 1988))
    if slot.kind is UnitKind.VILLAGE:
        return int(rng.triangular(1942, 2005, 1975))
    return int(rng.triangular(1962, 2005, 1990))


def _cccd(rng: random.Random, province: str, sex: Sex, year: int, used: set[str]) -> str:
    """A CCCD number: province of birth, century and sex digit, year, then six random digits."""
    century = (year // 100) - 19  # 0 for the 1900s, 1 for the 2000s
    digit = 2 * century + (1 if sex is Sex.FEMALE else 0)
    prefix = f"{province}{digit}{year % 100:02d}"
    for _ in itertools.count():
        number = f"{prefix}{rng.randrange(10**6):06d}"
        if number not in used:
            used.add(number)
            return number
    raise AssertionError("unreachable")


def _party_union(
    rng: random.Random, position: str, rank: int, internal: bool, year: int
) -> tuple[str, str]:
    party = union = ""
    if not internal:
        if position.startswith("Chủ tịch"):
            party = "Phó Bí thư Đảng ủy"
        elif position.startswith("Trưởng ấp") or position.startswith("Trưởng khóm"):
            party = "Bí thư Chi bộ" if rng.random() < 0.5 else ""
        return party, union
    if position == "Giám đốc":
        party = "Bí thư Đảng ủy"
    elif rank == 0:
        party = "Bí thư Chi bộ" if rng.random() < 0.6 else "Chi ủy viên"
    elif rank == 1 and rng.random() < 0.3:
        party = "Phó Bí thư Chi bộ"
    if position == "Chánh Văn phòng":
        union = "Chủ tịch Công đoàn cơ sở"
    elif rank == 2 and year >= REFERENCE_YEAR - 30 and rng.random() < 0.15:
        union = "Ủy viên Ban Chấp hành Chi đoàn"
    elif rank == 2 and rng.random() < 0.05:
        union = "Ủy viên Ban Chấp hành Công đoàn"
    return party, union
