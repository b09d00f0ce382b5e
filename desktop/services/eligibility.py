"""Eligibility for a year: every working person and internal unit against the annual titles
and the award forms whose standards are mechanical, with reasons."""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, fields
from itertools import repeat
from operator import attrgetter
from typing import NamedTuple

from desktop.domain import progress as steps
from desktop.domain.awards import AwardType, Catalog, CommendationType, SubjectKind
from desktop.domain.eligibility import (
    HouseholdHistory,
    PersonHistory,
    PositionFact,
    Result,
    Rules,
    ServiceFacts,
    UnitHistory,
    Verdict,
    cstdcs_cap_percent,
    history_years,
)
from desktop.domain.progress import Progress
from desktop.domain.proposals import SubjectType
from desktop.domain.ratings import Rating
from desktop.persistence.repositories import awards as repo
from desktop.persistence.repositories import subjects as subjects_repo
from desktop.services import catalog as catalog_service
from desktop.services.session import Workspace

# Checked for everyone by default: the annual titles and the forms with mechanical standards.
PERSON_CODES = ("LDTT", "CSTDCS", "CSTD_TINH", "BK_TINH", "BK_TTG")
# Each unit title is judged for its own subjects: TTLĐTT/TTLĐXS the office's units, THON_VH the
# villages (catalog `unit_kinds`), CO_TINH the units that led a khối or cụm that year.
OFFICE_UNIT_CODES = ("TTLDTT", "TTLDXS")
UNIT_CODES = (*OFFICE_UNIT_CODES, "THON_VH", "CO_TINH")
HOUSEHOLD_CODES = ("GDVH",)


@dataclass(frozen=True, slots=True)
class Subject:
    """Who is judged, as the lists name them."""

    kind: SubjectType
    id: int
    name: str
    unit: str = ""  # a person's unit, a household's village; "" for a unit


@dataclass(frozen=True, slots=True)
class AwardVerdict:
    """The verdict on one award; one object serves every person with the same facts."""

    award: str
    result: Result
    reasons: tuple[str, ...]
    initiatives: tuple[int, ...] = ()
    basis: str = ""  # the legal basis of the rule applied (catalog text for the year's rule set)


class _Part[T]:
    """A row's attribute read from one of its parts: `row.name` is `row.subject.name`."""

    __slots__ = ("_get",)

    def __init__(self, path: str) -> None:
        self._get: Callable[[object], T] = attrgetter(path)

    def __get__(self, row: object, owner: type | None = None) -> T:
        return self._get(row)


@dataclass(frozen=True, slots=True)
class EligibilityRow:
    """One subject against one award: half a million of them per year (made by `_built`)."""

    subject: Subject
    verdict: AwardVerdict

    subject_kind = _Part[SubjectType]("subject.kind")
    subject_id = _Part[int]("subject.id")
    name = _Part[str]("subject.name")
    unit = _Part[str]("subject.unit")
    award = _Part[str]("verdict.award")
    result = _Part[Result]("verdict.result")
    reasons = _Part[tuple[str, ...]]("verdict.reasons")
    initiatives = _Part[tuple[int, ...]]("verdict.initiatives")
    basis = _Part[str]("verdict.basis")

    def as_json(self) -> dict[str, object]:
        """The JSON shape of `thidua eligibility --json`."""
        return {
            "subject_kind": self.subject_kind,
            "subject_id": self.subject_id,
            "name": self.name,
            "unit": self.unit,
            "award": self.award,
            "result": self.result.value,
            "reasons": list(self.reasons),
            "basis": self.basis,
        }


def _built[D](cls: type[D], count: int, **columns: Iterable[object]) -> list[D]:
    """`count` instances of a frozen slotted dataclass, each field filled from its column through
    the field's slot descriptor by `map` (in C), not by the frozen `__init__` one instance at a
    time: that costs four times a tuple, a second more per year at 100,000 people. The caller
    gets them filled; no one sees an instance before."""
    assert columns.keys() == {f.name for f in fields(cls)}  # type: ignore[arg-type]
    made = list(map(object.__new__, repeat(cls, count)))
    for name, values in columns.items():
        deque(map(vars(cls)[name].__set__, made, values), maxlen=0)
    return made


def _histories(facts: repo.Facts) -> tuple[list[PersonHistory], list[UnitHistory]]:
    """One history per person and unit. A person's key is the facts the person rules read,
    written out (the ratings text alone for the many who have nothing else), so people with
    the same facts are judged once; the histories keep their own id, name and unit."""
    ratings_of = facts.person_ratings.get
    disciplines_of = facts.disciplines.get
    awards_of = facts.person_awards.get
    initiatives_of = facts.initiatives.get
    no_ratings: tuple[str, Mapping[int, Rating]] = ("", {})
    people: list[PersonHistory] = []
    by_unit: dict[int, list[PersonHistory]] = defaultdict(list)
    more = facts.disciplines.keys() | facts.person_awards.keys() | facts.initiatives.keys()
    for pid, name, uid, unit_name in facts.people:
        text, ratings = ratings_of(pid, no_ratings)
        if pid in more:
            disciplines = tuple(disciplines_of(pid, ()))
            awards = tuple(awards_of(pid, ()))
            initiatives = tuple(initiatives_of(pid, ()))
            # Frozen dataclasses of str, int, date and enums: the repr is exact and ordered.
            key = repr((text, disciplines, awards, initiatives))
            p = PersonHistory(pid, name, unit_name, ratings, disciplines, awards, initiatives, key)
        else:
            p = PersonHistory(pid, name, unit_name, ratings, (), (), (), text)
        people.append(p)
        by_unit[uid].append(p)
    units = [
        UnitHistory(
            uid,
            name,
            facts.unit_ratings.get(uid, {}),
            tuple(facts.unit_awards.get(uid, ())),
            tuple(by_unit.get(uid, ())),
        )
        for uid, name in facts.units
    ]
    return people, units


def evaluate(
    ws: Workspace,
    year: int,
    award: str | None = None,
    *,
    person_ids: Iterable[int] | None = None,
    unit_ids: Iterable[int] | None = None,
    catalog: Catalog | None = None,
    progress: Progress | None = None,
) -> list[EligibilityRow]:
    """Check people and units for `year` (one award when given, else the default set); only
    the ids given when given (unit ids alone: those units and their people). `progress`
    hears each award checked and may cancel between them (`Cancelled`)."""
    with steps.active(progress):
        return _evaluate(ws, year, award, person_ids, unit_ids, catalog)


def _evaluate(
    ws: Workspace,
    year: int,
    award: str | None,
    person_ids: Iterable[int] | None,
    unit_ids: Iterable[int] | None,
    catalog: Catalog | None,
) -> list[EligibilityRow]:
    catalog = catalog or catalog_service.load(ws)
    rules = Rules(catalog)
    tick = steps.current()
    tick.report(0, 0, steps.READ)
    with ws.db.read() as conn:
        facts = repo.load_facts(
            conn,
            year,
            person_ids=person_ids,
            unit_ids=unit_ids,
            years_back=history_years(catalog),
        )
    people, units = _histories(facts)
    if award is not None:
        entry = catalog.get(award)
        person_codes: tuple[str, ...] = (award,) if entry.subject is SubjectKind.PERSON else ()
        unit_codes: tuple[str, ...] = (award,) if entry.subject is SubjectKind.COLLECTIVE else ()
        household_codes: tuple[str, ...] = (
            (award,) if entry.subject is SubjectKind.HOUSEHOLD else ()
        )
    else:
        person_codes, unit_codes = PERSON_CODES, UNIT_CODES
        household_codes = tuple(c for c in HOUSEHOLD_CODES if c in catalog.codes())
        unit_codes = tuple(c for c in unit_codes if c in catalog.codes())
    rows: list[EligibilityRow] = []
    # People with the same facts (same key) get the same verdict: judge one of them per key,
    # then every person's row is their own (kind, id, name, unit) plus the key's verdict.
    first_of_key: dict[str | None, PersonHistory] = {}
    for p in people:
        first_of_key.setdefault(p.key, p)
    keys = [p.key for p in people]
    heads = _people(people) if person_codes else []
    todo = len(person_codes) + len(unit_codes) + (1 if household_codes else 0)
    tick.report(0, todo, steps.COMPUTE)
    for code in person_codes:
        basis = rules.basis(code, year)
        verdicts: dict[str | None, AwardVerdict] = {}
        for key, p in first_of_key.items():
            v: Verdict = rules.check_person(code, p, year)
            verdicts[key] = AwardVerdict(code, v.result, v.reasons, v.initiatives, basis)
        # Each person's subject with the verdict of the person's key (no Python-level loop).
        rows += _built(
            EligibilityRow, len(heads), subject=heads, verdict=map(verdicts.__getitem__, keys)
        )
        tick.report(tick.state()[0] + 1, todo)
    for code in unit_codes:
        basis = rules.basis(code, year)
        subjects = _unit_subjects(ws, catalog.get(code), year, units, facts, unit_ids)
        for u in subjects:
            v = rules.check_unit(code, u, year)
            rows.append(
                EligibilityRow(
                    Subject(SubjectType.UNIT, u.id, u.name),
                    AwardVerdict(code, v.result, v.reasons, v.initiatives, basis),
                )
            )
        tick.report(tick.state()[0] + 1, todo)
    if household_codes and person_ids is None and unit_ids is None:
        for h in _households(ws):
            for code in household_codes:
                v = rules.check_household(code, h, year)
                rows.append(
                    EligibilityRow(
                        Subject(SubjectType.HOUSEHOLD, h.id, h.head_name, h.village),
                        AwardVerdict(code, v.result, v.reasons, basis=rules.basis(code, year)),
                    )
                )
    return rows


def _people(people: list[PersonHistory]) -> list[Subject]:
    """The people as subjects (made like the rows, see `_built`)."""
    return _built(
        Subject,
        len(people),
        kind=repeat(SubjectType.PERSON),
        id=map(attrgetter("id"), people),
        name=map(attrgetter("name"), people),
        unit=map(attrgetter("unit"), people),
    )


def _unit_subjects(
    ws: Workspace,
    award: AwardType,
    year: int,
    office_units: list[UnitHistory],
    facts: repo.Facts,
    unit_ids: Iterable[int] | None,
) -> list[UnitHistory]:
    """The units an award is judged for: the ones asked for (any kind: a wrong kind is refused
    with its reason), else the catalog's unit kinds, the units that led a khối or cụm that year
    (the province's Cờ thi đua), or the office's own units."""
    kinds = award.params.get("unit_kinds")
    leaders = award.rule == "co_tinh"
    with ws.db.read() as conn:
        led = subjects_repo.blocs_led(conn, year) if leaders else {}
        if unit_ids is not None:
            found = subjects_repo.units_by_id(conn, unit_ids)
        elif kinds:
            found = subjects_repo.units_of_kinds(conn, kinds)
        elif leaders:
            found = subjects_repo.units_by_id(conn, led)
        else:
            kind_of = subjects_repo.unit_kinds(conn, (u.id for u in office_units))
            return [_with(u, kind_of.get(u.id, ""), ()) for u in office_units]
    members = {u.id: u for u in office_units}
    out = []
    for uid, name, kind in found:
        base = members.get(uid) or UnitHistory(
            uid, name, facts.unit_ratings.get(uid, {}), tuple(facts.unit_awards.get(uid, ()))
        )
        out.append(_with(base, kind, tuple(led.get(uid, ()))))
    return out


def _with(u: UnitHistory, kind: str, blocs: tuple[str, ...]) -> UnitHistory:
    return UnitHistory(u.id, u.name, u.ratings, u.awards, u.members, kind, blocs)


def _households(ws: Workspace, ids: Iterable[int] | None = None) -> list[HouseholdHistory]:
    """Households with the awards recorded for them (by "Name (Thôn)", or a name alone when
    one household of the register bears it)."""
    from datetime import date

    from desktop.domain.eligibility import AwardFact
    from desktop.domain.text import fold

    with ws.db.read() as conn:
        every = subjects_repo.list_households(conn)
        records = subjects_repo.household_awards(conn)
    wanted = None if ids is None else set(ids)
    by_name: dict[str, list[int]] = defaultdict(list)
    for h in every:
        by_name[fold(h.head_name)].append(h.id)
    labels = {fold(household_label(h.head_name, h.unit_name)): h.id for h in every}
    awards: dict[int, list[AwardFact]] = defaultdict(list)
    for name, year, code, number, decided in records:
        hid = labels.get(fold(name))
        if hid is None and len(by_name.get(fold(name), [])) == 1:
            hid = by_name[fold(name)][0]
        if hid is not None:
            day = date.fromisoformat(decided) if decided else None
            awards[hid].append(AwardFact(year, code, number, day))
    return [
        HouseholdHistory(h.id, h.head_name, h.unit_name, h.members, tuple(awards.get(h.id, ())))
        for h in every
        if wanted is None or h.id in wanted
    ]


class CapStatus(NamedTuple):
    """The CSTĐCS cap of a year before 2024 (NĐ 91/2017 Điều 9 khoản 3) against the verdicts."""

    percent: int
    cstdcs: int  # eligible for CSTĐCS, or already holding it
    ldtt: int  # eligible for LĐTT, or already holding it
    allowed: int  # the most CSTĐCS the cap lets through

    @property
    def exceeded(self) -> bool:
        """More CSTĐCS than the cap allows."""
        return self.cstdcs > self.allowed


def cap_status(catalog: Catalog, year: int, rows: Iterable[EligibilityRow]) -> CapStatus | None:
    """The cap for `year` counted on eligibility rows (None when no cap is in force)."""
    percent = cstdcs_cap_percent(catalog, year)
    if percent is None:
        return None
    counted = (Result.ELIGIBLE, Result.AWARDED)
    cs = ld = 0
    for r in rows:
        if r.result in counted:
            if r.award == "CSTDCS":
                cs += 1
            elif r.award == "LDTT":
                ld += 1
    return CapStatus(percent, cs, ld, ld * percent // 100)


def check_one(
    ws: Workspace,
    year: int,
    award: str,
    *,
    person_id: int | None = None,
    unit_id: int | None = None,
    household_id: int | None = None,
    household_name: str = "",
    kind: CommendationType | None = None,
    achievement: str = "",
) -> EligibilityRow | None:
    """The verdict for one subject (None when the subject is not judged, e.g. not working).
    A đột xuất or quá trình cống hiến nomination (`kind`, or the award's own type) is judged by
    its own criteria: the achievement recorded on it, or the tenure in leadership positions."""
    if household_id is None and household_name:
        found_ids = household_ids(ws, household_name)
        if len(found_ids) != 1:
            why = (
                "không có hộ này trong sổ hộ gia đình"
                if not found_ids
                else f"có {len(found_ids)} hộ cùng tên trong sổ hộ gia đình; ghi “Tên (Thôn)”"
            )
            return EligibilityRow(
                Subject(SubjectType.HOUSEHOLD, 0, household_name),
                AwardVerdict(award, Result.REVIEW, (why + ": Hội đồng xem xét",)),
            )
        household_id = found_ids[0]
    if household_id is not None:
        catalog = catalog_service.load(ws)
        found = _households(ws, [household_id])
        if not found:
            return None
        h = found[0]
        rules = Rules(catalog)
        v = rules.check_household(award, h, year)
        return EligibilityRow(
            Subject(SubjectType.HOUSEHOLD, h.id, h.head_name, h.village),
            AwardVerdict(award, v.result, v.reasons, basis=rules.basis(award, year)),
        )
    own = _own_criteria(ws, year, award, kind, achievement, person_id, unit_id)
    if own is not None:
        return own
    if person_id is not None:
        rows = evaluate(ws, year, award, person_ids=[person_id], unit_ids=[])
    else:
        # The unit with its members (a collective title counts them); no other unit.
        rows = evaluate(ws, year, award, unit_ids=[unit_id] if unit_id is not None else [])
        rows = [r for r in rows if r.subject.kind is SubjectType.UNIT]
    return rows[0] if rows else None


def _own_criteria(
    ws: Workspace,
    year: int,
    award: str,
    kind: CommendationType | None,
    achievement: str,
    person_id: int | None,
    unit_id: int | None,
) -> EligibilityRow | None:
    """The verdict of a đột xuất or quá trình cống hiến nomination; None for other kinds."""
    catalog = catalog_service.load(ws)
    entry = catalog.get(award)
    kind = kind or entry.type
    if kind not in (CommendationType.SUDDEN, CommendationType.SERVICE):
        return None
    rules = Rules(catalog)
    if person_id is None and unit_id is None:
        return None
    with ws.db.read() as conn:
        facts = repo.load_facts(
            conn,
            year,
            person_ids=[person_id] if person_id is not None else [],
            unit_ids=[unit_id] if unit_id is not None else [],
            years_back=history_years(catalog),
        )
        positions = (
            subjects_repo.positions_by_person(conn, [person_id]).get(person_id, [])
            if person_id is not None
            else []
        )
        sex = subjects_repo.person_sex(conn, [person_id]) if person_id is not None else {}
        names = subjects_repo.units_by_id(conn, [unit_id]) if unit_id is not None else []
    people, _units = _histories(facts)
    if person_id is not None:
        if not people:
            return None
        p = people[0]
        if kind is CommendationType.SUDDEN:
            v = rules.check_sudden(award, tuple(p.disciplines), achievement, year)
        else:
            service = ServiceFacts(
                tuple(PositionFact(x.title, x.start, x.end, x.leadership) for x in positions),
                sex.get(person_id) == "nu",
            )
            v = rules.check_service(award, p, service, year)
        return EligibilityRow(
            Subject(SubjectType.PERSON, p.id, p.name, p.unit),
            AwardVerdict(award, v.result, v.reasons, basis=rules.basis(award, year)),
        )
    if not names or kind is not CommendationType.SUDDEN:
        return None
    uid, name, _kind = names[0]
    v = rules.check_sudden(award, (), achievement, year)
    return EligibilityRow(
        Subject(SubjectType.UNIT, uid, name),
        AwardVerdict(award, v.result, v.reasons, basis=rules.basis(award, year)),
    )


def household_label(head_name: str, village: str) -> str:
    """How a household of the register is named on a nomination: "Name (Thôn)"."""
    return f"{head_name} ({village})"


def household_ids(ws: Workspace, text: str) -> list[int]:
    """The register's households a nomination names: "Name (Thôn)" or a name alone."""
    from desktop.domain.text import fold

    name, _, rest = text.partition(" (")
    village = rest[:-1] if rest.endswith(")") else ""
    with ws.db.read() as conn:
        found = subjects_repo.list_households(conn)
    return [
        h.id
        for h in found
        if fold(h.head_name) == fold(name if village else text)
        and (not village or fold(h.unit_name) == fold(village))
    ]
