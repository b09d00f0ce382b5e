"""Eligibility for a year: every working person and internal unit against the annual titles
and the award forms whose standards are mechanical, with reasons."""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import NamedTuple

from desktop.domain.awards import Catalog, SubjectKind
from desktop.domain.eligibility import PersonHistory, Result, Rules, UnitHistory, Verdict
from desktop.domain.ratings import Rating
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


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector: while half a million rows and verdicts are made it
    would walk the growing heap again and again (1-1.5 s at 100,000 people). Reference counting
    still frees everything made here; the few cycles (the rules' bound methods) wait for the
    collector's next run."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


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
) -> list[EligibilityRow]:
    """Check people and units for `year` (one award when given, else the default set); only
    the ids given when given (unit ids alone: those units and their people)."""
    with _collector_paused():
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
    # People with the same facts (same key) get the same verdict: judge one of them per key,
    # then every person's row is their own (kind, id, name, unit) plus the key's verdict.
    first_of_key: dict[str | None, PersonHistory] = {}
    for p in people:
        first_of_key.setdefault(p.key, p)
    keys = [p.key for p in people]
    heads = [("person", p.id, p.name, p.unit) for p in people] if person_codes else []
    new = tuple.__new__
    for code in person_codes:
        tails: dict[str | None, tuple[str, Result, tuple[str, ...], tuple[int, ...]]] = {}
        for key, p in first_of_key.items():
            v: Verdict = rules.check_person(code, p, year)
            tails[key] = (code, v.result, v.reasons, v.initiatives)
        rows += [
            new(EligibilityRow, head + tails[key]) for head, key in zip(heads, keys, strict=True)
        ]
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
    if person_id is not None:
        rows = evaluate(ws, year, award, person_ids=[person_id], unit_ids=[])
    else:
        # The unit with its members (a collective title counts them); no other unit.
        rows = evaluate(ws, year, award, unit_ids=[unit_id] if unit_id is not None else [])
        rows = [r for r in rows if r.subject_kind == "unit"]
    return rows[0] if rows else None
