"""Eligibility for a year: every working person and internal unit against the annual titles
and the award forms whose standards are mechanical, with reasons."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import NamedTuple

from desktop.domain.awards import Catalog, SubjectKind
from desktop.domain.eligibility import PersonHistory, Result, Rules, UnitHistory, Verdict
from desktop.persistence.repositories import awards as repo
from desktop.services import catalog as catalog_service
from desktop.services.session import Workspace

# Checked for everyone by default: the annual titles and the forms with mechanical standards.
PERSON_CODES = ("LDTT", "CSTDCS", "CSTD_TINH", "BK_TINH", "BK_TTG")
UNIT_CODES = ("TTLDTT", "TTLDXS")


class EligibilityRow(NamedTuple):
    """One subject against one award (a tuple: half a million of them are made per year)."""

    subject_kind: str  # person | unit
    subject_id: int
    name: str
    unit: str
    award: str
    result: Result
    reasons: tuple[str, ...]
    initiatives: tuple[int, ...] = ()

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
        }


def _histories(facts: repo.Facts) -> tuple[list[PersonHistory], list[UnitHistory]]:
    people = [
        PersonHistory(
            pid,
            name,
            unit_name,
            facts.person_ratings.get(pid, {}),
            tuple(facts.disciplines.get(pid, ())),
            tuple(facts.person_awards.get(pid, ())),
            tuple(facts.initiatives.get(pid, ())),
        )
        for pid, name, _uid, unit_name in facts.people
    ]
    by_unit: dict[int, list[PersonHistory]] = defaultdict(list)
    for p, (_pid, _n, uid, _un) in zip(people, facts.people, strict=True):
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
) -> list[EligibilityRow]:
    """Check people and units for `year` (one award when given, else the default set)."""
    catalog = catalog or catalog_service.load(ws)
    rules = Rules(catalog)
    with ws.db.read() as conn:
        facts = repo.load_facts(conn, year, person_ids=person_ids, unit_ids=unit_ids)
    people, units = _histories(facts)
    if award is not None:
        entry = catalog.get(award)
        person_codes: tuple[str, ...] = (award,) if entry.subject is SubjectKind.PERSON else ()
        unit_codes: tuple[str, ...] = (award,) if entry.subject is SubjectKind.COLLECTIVE else ()
    else:
        person_codes, unit_codes = PERSON_CODES, UNIT_CODES
    rows: list[EligibilityRow] = []
    for code in person_codes:
        for p in people:
            v: Verdict = rules.check_person(code, p, year)
            rows.append(
                EligibilityRow(
                    "person", p.id, p.name, p.unit, code, v.result, v.reasons, v.initiatives
                )
            )
    for code in unit_codes:
        for u in units:
            v = rules.check_unit(code, u, year)
            rows.append(
                EligibilityRow("unit", u.id, u.name, "", code, v.result, v.reasons, v.initiatives)
            )
    return rows


def check_one(
    ws: Workspace,
    year: int,
    award: str,
    *,
    person_id: int | None = None,
    unit_id: int | None = None,
) -> EligibilityRow | None:
    """The verdict for one subject (None when the subject is not judged, e.g. not working)."""
    rows = evaluate(
        ws,
        year,
        award,
        person_ids=[person_id] if person_id is not None else [],
        unit_ids=[unit_id] if unit_id is not None else [],
    )
    return rows[0] if rows else None
