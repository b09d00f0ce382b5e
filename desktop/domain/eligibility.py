"""Eligibility that explains itself: each title and award checked against a subject's history.

Pure functions over read-only histories (ratings, discipline, initiatives, award history, members),
so every rule can be tested on constructed cases. The result is `eligible`, `ineligible`, or
`review` (what can be checked holds, but the standard also asks a judgement of the council, or
the catalog lacks the rule), or `awarded` (the subject already holds it: the decision is named),
with reasons in plain Vietnamese naming the years and records. Sources: docs/legal-sources.md.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from fractions import Fraction
from typing import Any, NamedTuple

from desktop.domain import reasons
from desktop.domain.awards import AwardType, Catalog, RuleSet
from desktop.domain.initiatives import InitiativeKind, Scope
from desktop.domain.ratings import DisciplineKind, Rating


class Result(StrEnum):
    """Outcome of a check."""

    ELIGIBLE = "eligible"
    INELIGIBLE = "ineligible"
    REVIEW = "review"
    AWARDED = "awarded"  # already holds it (for that year, or a one-time award at all)

    @property
    def label(self) -> str:
        """Vietnamese label."""
        return {
            "eligible": "Đủ điều kiện",
            "ineligible": "Không đủ điều kiện",
            "review": "Hội đồng xem xét",
            "awarded": "Đã được khen thưởng",
        }[self.value]


_SCOPE_ORDER = {Scope.BASE: 0, Scope.PROVINCE: 1, Scope.NATIONAL: 2}
# Rating order, best first (a dict: this runs hundreds of thousands of times).
_RATING_ORDER = {r: i for i, r in enumerate(Rating)}
_RATING = {r.value: r for r in Rating}
_SCOPE = {sc.value: sc for sc in Scope}
# Kinds that ground a title unless the catalog entry says otherwise (`grounding_kinds`): a sáng
# kiến (Luật 2022 Điều 3 khoản 4), a recognised technical solution, an accepted đề tài / đề án.
# "Mô hình hay", "Điển hình tiên tiến" and "Cách làm mới" do not (docs/legal-sources.md §1).
_GROUNDING_KINDS = frozenset(
    {
        InitiativeKind.INITIATIVE.value,
        InitiativeKind.USEFUL_SOLUTION.value,
        InitiativeKind.RESEARCH.value,
    }
)
_KIND_LABEL = {k.value: k.label for k in InitiativeKind}


@dataclass(frozen=True, slots=True)
class DisciplineFact:
    """A discipline decision and the period it runs."""

    kind: DisciplineKind
    year: int
    start: date | None = None
    end: date | None = None

    def runs_in(self, year: int) -> bool:
        """True when the discipline is in force at some time of `year`."""
        if self.start is None:
            return self.year == year
        end = self.end or date(self.start.year + 1, self.start.month, min(self.start.day, 28))
        return self.start <= date(year, 12, 31) and end >= date(year, 1, 1)


@dataclass(frozen=True, slots=True)
class AwardFact:
    """A title or award received (award history)."""

    year: int
    code: str
    decision: str = ""
    decision_date: date | None = None


@dataclass(frozen=True, slots=True)
class InitiativeFact:
    """A recognised (or not) initiative of which the subject is an author."""

    id: int
    title: str
    year: int
    recognised: bool
    scope: Scope | None
    decision: str = ""
    used_for: str = ""  # e.g. "CSTDCS 2023" once it grounded an award
    kind: str = InitiativeKind.INITIATIVE.value

    def counts_for(self, scope: Scope, kinds: frozenset[str] = _GROUNDING_KINDS) -> bool:
        """Recognised, of a kind that grounds titles, of at least this scope, not yet used."""
        return (
            self.recognised
            and self.kind in kinds
            and self.scope is not None
            and _SCOPE_ORDER[self.scope] >= _SCOPE_ORDER[scope]
            and not self.used_for
        )


@dataclass(slots=True)
class PersonHistory:
    """Everything the rules read about a person (read-only once made: not `frozen` only because
    a frozen dataclass costs ~3 µs to make, and a year's check makes one per person)."""

    id: int
    name: str
    unit: str
    ratings: Mapping[int, Rating] = field(default_factory=dict)
    disciplines: tuple[DisciplineFact, ...] = ()
    awards: tuple[AwardFact, ...] = ()
    initiatives: tuple[InitiativeFact, ...] = ()
    # Optional: histories with equal keys have equal ratings, disciplines, awards and
    # initiatives (the facts the person rules read): the service judges one history per key
    # and `Rules` remembers the standings other rules read per key. The service derives it
    # from the facts themselves; None (hand-made histories) means no sharing.
    key: str | None = field(default=None, compare=False)
    _held: frozenset[tuple[str, int]] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def holds(self, code: str, year: int) -> bool:
        """True when the award history has this code for this year."""
        held = self._held
        if held is None:
            held = self._held = frozenset((a.code, a.year) for a in self.awards)
        return (code, year) in held


@dataclass(frozen=True, slots=True)
class UnitHistory:
    """Everything the rules read about a collective, with its members of that year."""

    id: int
    name: str
    ratings: Mapping[int, Rating] = field(default_factory=dict)
    awards: tuple[AwardFact, ...] = ()
    members: tuple[PersonHistory, ...] = ()
    kind: str = ""  # UnitKind value ("" when not known: no restriction by kind is applied)
    blocs_led: tuple[str, ...] = ()  # the khối / cụm thi đua it led in the judged year

    def holds(self, code: str, year: int) -> bool:
        """True when the award history has this code for this year."""
        return any(a.code == code and a.year == year for a in self.awards)


def _awarded_reason(name: str, held: AwardFact) -> str:
    day = f"{held.decision_date:%d/%m/%Y}" if held.decision_date else ""
    if held.decision and day:
        return reasons.text(
            "awarded_decision_day", award=name, year=held.year, decision=held.decision, day=day
        )
    if held.decision:
        return reasons.text("awarded_decision", award=name, year=held.year, decision=held.decision)
    if day:
        return reasons.text("awarded_day", award=name, year=held.year, day=day)
    return reasons.text("awarded_no_number", award=name, year=held.year)


def _awarded(code: str, name: str, held: AwardFact) -> Verdict:
    return Verdict(code, Result.AWARDED, (_awarded_reason(name, held),))


class Verdict(NamedTuple):
    """The result for one subject and one award (a tuple: made half a million times a year)."""

    award: str
    result: Result
    reasons: tuple[str, ...]
    initiatives: tuple[int, ...] = ()  # initiatives this result rests on


class _Check:
    """Collects findings; the worst one decides the result."""

    __slots__ = ("award", "initiatives", "missing", "ok", "review")

    def __init__(self, award: AwardType) -> None:
        self.award = award
        self.ok: list[str] = []
        self.missing: list[str] = []
        self.review: list[str] = []
        self.initiatives: list[int] = []

    def need(self, condition: bool, ok_text: str, missing_text: str) -> bool:
        (self.ok if condition else self.missing).append(ok_text if condition else missing_text)
        return condition

    def verdict(self) -> Verdict:
        if self.missing:
            return Verdict(
                self.award.code,
                Result.INELIGIBLE,
                tuple(reasons.MISSING + m for m in self.missing) + tuple(self.ok),
            )
        if self.review:
            return Verdict(
                self.award.code,
                Result.REVIEW,
                tuple(self.ok) + tuple(self.review),
                tuple(self.initiatives),
            )
        return Verdict(self.award.code, Result.ELIGIBLE, tuple(self.ok), tuple(self.initiatives))


def _rating_at_least(ratings: Mapping[int, Rating], year: int, floor: Rating) -> bool:
    r = ratings.get(year)
    return r is not None and _RATING_ORDER[r] <= _RATING_ORDER[floor]


def _rating_text(ratings: Mapping[int, Rating], year: int) -> str:
    r = ratings.get(year)
    if r is None:
        return reasons.text("rating_missing", year=year)
    return reasons.text("rating_of_year", year=year, rating=r)


def _unit_rating(
    ratings: Mapping[int, Rating], year: int, floor: Rating | None = None, *, or_better: bool = True
) -> str:
    """The collective's rating of a year; with `floor`, the rating it needed ("or better" or
    exactly that one)."""
    r = ratings.get(year)
    if floor is None:
        return (
            reasons.text("unit_rating_missing", year=year)
            if r is None
            else reasons.text("unit_rating_of_year", year=year, rating=r)
        )
    suffix = "_below" if or_better else "_short"
    if r is None:
        return reasons.text("unit_rating_missing" + suffix, year=year, floor=floor)
    return reasons.text("unit_rating" + suffix, year=year, rating=r, floor=floor)


def _discipline_block(check: _Check, person: PersonHistory, year: int) -> None:
    running = [d for d in person.disciplines if d.runs_in(year)]
    for d in running:
        check.missing.append(reasons.text("discipline_running", kind=d.kind, year=d.year))


def _find_initiatives(
    person: PersonHistory, years: range, scope: Scope, kinds: frozenset[str] = _GROUNDING_KINDS
) -> list[InitiativeFact]:
    return [i for i in person.initiatives if i.year in years and i.counts_for(scope, kinds)]


def for_rule_set(award: AwardType, key: str, rs: RuleSet) -> Any:
    """A standard of the award under a rule set: a parameter given per rule set (a table of
    rule set ids, e.g. `{ "2017" = 50 }`) takes that rule set's value, None when it has none;
    a plain parameter holds for every rule set (None when absent)."""
    value = award.params.get(key)
    return value.get(rs.id) if isinstance(value, dict) else value


def _cycle(award: AwardType) -> tuple[int, int]:
    """CSTĐ toàn quốc: (years of a CSTĐ tỉnh cycle, years after the second it is proposed)."""
    return int(award.params.get("cycle_years", 3)), int(award.params.get("proposed_years_after", 1))


def _two_cycles(award: AwardType, year: int) -> range:
    """The years of the two CSTĐ tỉnh cycles a CSTĐ toàn quốc proposed in `year` rests on."""
    cycle, after = _cycle(award)
    return range(year - after - cycle - cycle + 1, year + 1)


def _kinds(award: AwardType) -> frozenset[str]:
    kinds = award.params.get("grounding_kinds")
    return frozenset(kinds) if kinds is not None else _GROUNDING_KINDS


def _not_grounding_note(person: PersonHistory, years: range, kinds: frozenset[str]) -> list[str]:
    """Recognised records of the period whose kind cannot ground a title, named as such."""
    return [
        reasons.text("not_grounding", title=i.title, record_kind=_KIND_LABEL.get(i.kind, i.kind))
        for i in person.initiatives
        if i.year in years and i.recognised and i.kind not in kinds
    ]


def _used_note(person: PersonHistory, years: range, scope: Scope) -> list[str]:
    return [
        reasons.text("initiative_used_for", title=i.title, used_for=i.used_for)
        for i in person.initiatives
        if i.year in years
        and i.recognised
        and i.used_for
        and i.scope is not None
        and _SCOPE_ORDER[i.scope] >= _SCOPE_ORDER[scope]
    ]


class Rules:
    """The rules of one catalog; `check_person` / `check_unit` pick the rule named in the entry."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self._awards = {a.code: a for a in catalog.awards}
        self._rule_sets: dict[int, RuleSet] = {}
        # LĐTT / CSTĐCS held or met, read again by other rules (CSTĐCS, CSTĐ tỉnh, the
        # collective titles over their members): remembered per facts key (PersonHistory.key),
        # so the people the service grouped under one key are judged once.
        self._standing: dict[tuple[str, int, str], bool] = {}
        self._person: dict[str, Callable[[AwardType, PersonHistory, int, RuleSet], Verdict]] = {
            "ldtt": self._ldtt,
            "cstdcs": self._cstdcs,
            "cstd_tinh": self._cstd_tinh,
            "cstd_tq": self._cstd_tq,
            "bk_tinh": self._bk_tinh,
            "bk_ttg": self._bk_ttg,
            "hcld3": self._hcld3,
        }
        self._unit: dict[str, Callable[[AwardType, UnitHistory, int, RuleSet], Verdict]] = {
            "ttldtt": self._ttldtt,
            "ttldxs": self._ttldxs,
            # Subjects (households, villages, khối leaders): functions at the end of the module.
            "thon_vh": village_title,
            "co_tinh": bloc_leader_flag,
        }

    def _award(self, code: str) -> AwardType:
        award = self._awards.get(code)
        return award if award is not None else self.catalog.get(code)

    def _rule_set(self, year: int) -> RuleSet:
        rs = self._rule_sets.get(year)
        if rs is None:
            rs = self._rule_sets[year] = self.catalog.rule_set_for_year(year)
        return rs

    def basis(self, code: str, year: int) -> str:
        """The legal basis of an award's rule for a year (the catalog's text for its rule set)."""
        return self._award(code).basis_for(self._rule_set(year))

    # -- entry points -------------------------------------------------------------------
    def check_person(self, code: str, person: PersonHistory, year: int) -> Verdict:
        """Check a person against one award for a year."""
        award = self._award(code)
        if person.awards and (award.one_time or person.holds(code, year)):
            # Already held (that year; a one-time award at any time): not "ineligible".
            held = [
                a for a in person.awards if a.code == code and (award.one_time or a.year == year)
            ]
            if held:
                return _awarded(code, award.name, held[0])
        fn = self._person.get(award.rule)
        if fn is None:
            return self._review_only(award, year, person)
        return self._run(code, fn, person, year)

    def check_unit(self, code: str, unit: UnitHistory, year: int) -> Verdict:
        """Check a collective against one award for a year."""
        award = self._award(code)
        rule_set = self._rule_set(year)
        refused = wrong_unit_kind(award, unit)
        if refused is not None:
            return refused
        held = [a for a in unit.awards if a.code == code and (award.one_time or a.year == year)]
        if held:
            return _awarded(code, award.name, held[0])
        fn = self._unit.get(award.rule)
        if fn is None:
            check = _Check(award)
            floor = _RATING[award.params.get("min_rating", "HTNV")]
            check.need(
                _rating_at_least(unit.ratings, year, floor),
                _rating_text(unit.ratings, year),
                reasons.text("unit_rating_not_reached", year=year, floor=floor),
            )
            check.review.append(award.review_note or reasons.text("council_judges"))
            return check.verdict()
        return fn(award, unit, year, rule_set)

    # Subjects and kinds of commendation with their own criteria (functions at the end).
    def check_household(self, code: str, household: HouseholdHistory, year: int) -> Verdict:
        """Check a household against a household title (Gia đình văn hóa) for a year."""
        return household_title(self._award(code), household, year, self._rule_set(year))

    def check_sudden(
        self, code: str, disciplines: tuple[DisciplineFact, ...], achievement: str, year: int
    ) -> Verdict:
        """A đột xuất nomination: judged by the achievement recorded on it, not by ratings."""
        return sudden_achievement(
            self._award(code), disciplines, achievement, year, self._rule_set(year)
        )

    def check_service(
        self, code: str, person: PersonHistory, service: ServiceFacts, year: int
    ) -> Verdict:
        """A quá trình cống hiến nomination: judged by the tenure in leadership positions."""
        return long_service(self._award(code), person, service, year, self._rule_set(year))

    def _review_only(self, award: AwardType, year: int, person: PersonHistory) -> Verdict:
        check = _Check(award)
        _discipline_block(check, person, year)
        floor = award.params.get("min_rating")
        if floor:
            check.need(
                _rating_at_least(person.ratings, year, _RATING[floor]),
                _rating_text(person.ratings, year),
                reasons.text("rating_not_reached", year=year, floor=_RATING[floor]),
            )
        check.review.append(award.review_note or reasons.text("council_judges"))
        return check.verdict()

    # -- individual titles --------------------------------------------------------------
    def _holds(
        self,
        code: str,
        rule: Callable[[AwardType, PersonHistory, int, RuleSet], Verdict],
        person: PersonHistory,
        year: int,
    ) -> bool:
        """Held that year, or its standard met now (remembered per facts key, when there is one)."""
        key = person.key
        if key is not None:
            held = self._standing.get((code, year, key))
            if held is not None:
                return held
        held = person.holds(code, year) or self._run(code, rule, person, year).result is (
            Result.ELIGIBLE
        )
        if key is not None:
            self._standing[(code, year, key)] = held
        return held

    def _run(
        self,
        code: str,
        rule: Callable[[AwardType, PersonHistory, int, RuleSet], Verdict],
        person: PersonHistory,
        year: int,
    ) -> Verdict:
        """A person rule for an award and year, under the year's rule set."""
        return rule(self._award(code), person, year, self._rule_set(year))

    def ldtt_holds(self, person: PersonHistory, year: int) -> bool:
        """LĐTT for the year: already granted, or its standard met now."""
        return self._holds("LDTT", self._ldtt, person, year)

    def cstdcs_holds(self, person: PersonHistory, year: int) -> bool:
        """CSTĐCS for the year: already granted, or its standard met now."""
        return self._holds("CSTDCS", self._cstdcs, person, year)

    def _ldtt(self, award: AwardType, person: PersonHistory, year: int, rs: RuleSet) -> Verdict:
        check = _Check(award)
        _discipline_block(check, person, year)
        floor = _RATING[award.params.get("min_rating", "HTTNV")]
        check.need(
            _rating_at_least(person.ratings, year, floor),
            _rating_text(person.ratings, year),
            reasons.text("rating_below", year=year, rating=person.ratings[year], floor=floor)
            if year in person.ratings
            else reasons.text("rating_missing_below", year=year, floor=floor),
        )
        return check.verdict()

    def _cstdcs(self, award: AwardType, person: PersonHistory, year: int, rs: RuleSet) -> Verdict:
        check = _Check(award)
        _discipline_block(check, person, year)
        check.need(
            self.ldtt_holds(person, year),
            reasons.text("ldtt_met", year=year),
            reasons.text("ldtt_not_met", year=year),
        )
        scope = _SCOPE[award.params.get("initiative_scope", "co_so")]
        kinds = _kinds(award)
        found = _find_initiatives(person, range(year, year + 1), scope, kinds)
        initiative_required = year <= int(award.params.get("initiative_required_until", 0))
        excellent = person.ratings.get(year) is Rating.EXCELLENT
        if initiative_required:
            if check.need(
                bool(found),
                reasons.text("initiative_of_year", year=year, title=found[0].title)
                if found
                else "",
                reasons.text("initiative_required", year=year, rule_set=rs.name),
            ):
                check.initiatives.append(found[0].id)
        elif excellent:
            check.ok.append(reasons.text("excellent_year", year=year))
        elif found:
            check.ok.append(reasons.text("initiative_of_year", year=year, title=found[0].title))
            check.initiatives.append(found[0].id)
        else:
            check.missing.append(reasons.text("no_excellent_no_initiative", year=year))
        if not found and (initiative_required or not excellent):
            this_year = range(year, year + 1)
            check.missing.extend(_not_grounding_note(person, this_year, kinds))
            if initiative_required:
                check.missing.extend(_used_note(person, this_year, scope))
        return check.verdict()

    def _consecutive(
        self, person: PersonHistory, code: str, year: int, count: int, check: _Check, label: str
    ) -> bool:
        years = range(year - count + 1, year + 1)
        all_ok = True
        for y in years:
            held = person.holds(code, y)
            if held:
                continue
            if y == year and code == "CSTDCS" and self.cstdcs_holds(person, y):
                check.review.append(reasons.text("title_not_decided", year=y, title=label))
                continue
            check.missing.append(reasons.text("title_not_reached", year=y, title=label))
            all_ok = False
        if all_ok:
            check.ok.append(
                reasons.text(
                    "title_consecutive", title=label, count=count, first=years[0], last=years[-1]
                )
            )
        return all_ok

    def _cstd_tinh(
        self, award: AwardType, person: PersonHistory, year: int, rs: RuleSet
    ) -> Verdict:
        check = _Check(award)
        _discipline_block(check, person, year)
        n = int(award.params.get("consecutive_cstdcs", 3))
        window = range(year - n + 1, year + 1)
        earlier = [a.year for a in person.awards if a.code == award.code and a.year < year]
        if earlier and max(earlier) >= window[0]:
            # A second title rests on new years only (one achievement, one award).
            last = max(earlier)
            check.missing.append(
                reasons.text(
                    "title_again_after", award=award.name, last=last, count=n, earliest=last + n
                )
            )
        self._consecutive(person, "CSTDCS", year, n, check, "Chiến sĩ thi đua cơ sở")
        scope = _SCOPE[award.params.get("initiative_scope", "cap_tinh")]
        kinds = _kinds(award)
        found = _find_initiatives(person, window, scope, kinds)
        if check.need(
            bool(found),
            reasons.text("initiative_of_scope", reach=Scope.PROVINCE, title=found[0].title)
            if found
            else "",
            reasons.text(
                "no_initiative_of_scope_unused" if earlier else "no_initiative_of_scope",
                reach=Scope.PROVINCE,
                first=window[0],
                last=window[-1],
            ),
        ):
            check.initiatives.append(found[0].id)
        else:
            check.missing.extend(_used_note(person, window, scope))
            check.missing.extend(_not_grounding_note(person, window, kinds))
        return check.verdict()

    def _cstd_tq(self, award: AwardType, person: PersonHistory, year: int, rs: RuleSet) -> Verdict:
        check = _Check(award)
        _discipline_block(check, person, year)
        cycle, after = _cycle(award)
        second = year - after
        first = second - cycle
        tinh = sorted(a.year for a in person.awards if a.code == "CSTD_TINH")
        label = "Chiến sĩ thi đua cấp tỉnh"
        if tinh and tinh[-1] > second and (tinh[-1] - cycle) in tinh:
            check.missing.append(
                reasons.text(
                    "second_title_propose", title=label, year=tinh[-1], proposed=tinh[-1] + after
                )
            )
        elif check.need(
            person.holds("CSTD_TINH", second) and person.holds("CSTD_TINH", first),
            reasons.text("title_twice", title=label, first=first, second=second),
            reasons.text(
                "title_not_twice_held" if tinh else "title_not_twice",
                title=label,
                first=first,
                second=second,
                years=", ".join(map(str, tinh)),
            ),
        ):
            pass
        scope = _SCOPE[award.params.get("initiative_scope", "toan_quoc")]
        kinds = _kinds(award)
        window = _two_cycles(award, year)
        found = _find_initiatives(person, window, scope, kinds)
        if check.need(
            bool(found),
            reasons.text("initiative_of_scope", reach=Scope.NATIONAL, title=found[0].title)
            if found
            else "",
            reasons.text(
                "no_initiative_of_scope", reach=Scope.NATIONAL, first=window[0], last=window[-1]
            ),
        ):
            check.initiatives.append(found[0].id)
        else:
            check.missing.extend(_not_grounding_note(person, window, kinds))
        return check.verdict()

    def _bk_tinh(self, award: AwardType, person: PersonHistory, year: int, rs: RuleSet) -> Verdict:
        check = _Check(award)
        _discipline_block(check, person, year)
        if check.missing:
            return check.verdict()
        n_cs = int(award.params.get("consecutive_cstdcs", 2))
        if all(person.holds("CSTDCS", y) for y in range(year - n_cs + 1, year + 1)):
            check.ok.append(
                reasons.text("cstdcs_consecutive", count=n_cs, first=year - n_cs + 1, last=year)
            )
            return check.verdict()
        n_xs = int(award.params.get("consecutive_htxs", 2))
        window = range(year - n_xs + 1, year + 1)
        excellent = all(person.ratings.get(y) is Rating.EXCELLENT for y in window)
        scope = _SCOPE[award.params.get("initiative_scope", "co_so")]
        found = _find_initiatives(person, window, scope)
        need = int(award.params.get("initiatives_in_period", 2))
        if excellent and len(found) >= need:
            check.ok.append(
                reasons.text(
                    "excellent_years_initiatives",
                    count=n_xs,
                    first=window[0],
                    last=window[-1],
                    found=len(found),
                )
            )
            check.initiatives.extend(i.id for i in found[:need])
            return check.verdict()
        # The other grounds of the provincial standard are judgements of the council.
        if _rating_at_least(person.ratings, year, Rating.GOOD):
            check.ok.append(_rating_text(person.ratings, year))
            check.review.append(
                reasons.text("bk_tinh_council", count=n_cs, excellent=n_xs, need=need)
            )
            return check.verdict()
        check.missing.append(reasons.text("bk_tinh_not_met", count=n_cs, excellent=n_xs, need=need))
        return check.verdict()

    def _prior_then_years(
        self,
        award: AwardType,
        person: PersonHistory,
        year: int,
        check: _Check,
        priors_codes: tuple[str, ...],
        prior_label: str,
        n: int,
    ) -> range | None:
        """An earlier award, then `n` following years rated HTTNV or better; the window, or None
        when there is no earlier award."""
        priors = sorted(
            a.year for a in person.awards if a.code in priors_codes and a.year <= year - n
        )
        if not check.need(
            bool(priors),
            reasons.text("prior_award", prior=prior_label, year=priors[-1]) if priors else "",
            reasons.text("prior_award_missing", prior=prior_label, year=year - n),
        ):
            return None
        window = range(year - n + 1, year + 1)
        bad = [y for y in window if not _rating_at_least(person.ratings, y, Rating.GOOD)]
        check.need(
            not bad,
            reasons.text("good_years", count=n, first=window[0], last=window[-1]),
            reasons.text("years_not_good", years=", ".join(str(y) for y in bad)),
        )
        return window

    def _initiatives_in(
        self, award: AwardType, person: PersonHistory, window: range, need: int, check: _Check
    ) -> None:
        scope = _SCOPE[award.params.get("initiative_scope", "co_so")]
        kinds = _kinds(award)
        found = _find_initiatives(person, window, scope, kinds)
        span = {"found": len(found), "scope": scope, "first": window[0], "last": window[-1]}
        if check.need(
            len(found) >= need,
            reasons.text("initiatives_applied", **span),
            reasons.text("initiatives_applied_short", need=need, **span),
        ):
            check.initiatives.extend(i.id for i in found[:need])
        else:
            check.missing.extend(_not_grounding_note(person, window, kinds))

    def _bk_ttg(self, award: AwardType, person: PersonHistory, year: int, rs: RuleSet) -> Verdict:
        check = _Check(award)
        _discipline_block(check, person, year)
        priors = tuple(award.params.get("prior_awards", ("BK_TINH",)))
        n = int(award.params.get("consecutive_htt", 5))
        window = self._prior_then_years(
            award, person, year, check, priors, "Bằng khen của Bộ, ban, ngành, tỉnh", n
        )
        if window is None:
            return check.verdict()
        initiatives = for_rule_set(award, "initiatives_in_period", rs)
        if initiatives is not None:
            # NĐ 91/2017 Điều 38 khoản 1 điểm c (rule set 2017): five sáng kiến recognised and
            # applied at cơ sở; from 2024 CSTĐCS titles in the period instead.
            self._initiatives_in(award, person, window, int(initiatives), check)
            return check.verdict()
        need_cs = int(award.params.get("cstdcs_in_period", 3))
        cs = [y for y in window if person.holds("CSTDCS", y)]
        check.need(
            len(cs) >= need_cs,
            reasons.text("cstdcs_times", count=len(cs), years=", ".join(map(str, cs))),
            reasons.text(
                "cstdcs_times_short", count=len(cs), first=window[0], last=window[-1], need=need_cs
            ),
        )
        return check.verdict()

    def _hcld3(self, award: AwardType, person: PersonHistory, year: int, rs: RuleSet) -> Verdict:
        """Huân chương Lao động hạng Ba: before 2024 the prerequisites of NĐ 91/2017 Điều 24 are
        checked; the award itself is always the council's judgement (never plain `eligible`)."""
        check = _Check(award)
        _discipline_block(check, person, year)
        priors = for_rule_set(award, "prior_awards", rs)
        if priors is None:  # from 2024: no prerequisites read, the council judges
            floor = _RATING[award.params.get("min_rating", "HTTNV")]
            check.need(
                _rating_at_least(person.ratings, year, floor),
                _rating_text(person.ratings, year),
                reasons.text("rating_not_reached", year=year, floor=floor),
            )
            check.review.append(award.review_note or reasons.text("council_judges"))
            return check.verdict()
        n = int(for_rule_set(award, "years_after_prior", rs))
        window = self._prior_then_years(
            award, person, year, check, tuple(priors), "Bằng khen của Thủ tướng Chính phủ", n
        )
        if window is None:
            return check.verdict()
        need = int(for_rule_set(award, "initiatives_in_period", rs))
        self._initiatives_in(award, person, window, need, check)
        check.review.append(
            for_rule_set(award, "prerequisites_review", rs) or reasons.text("hcld3_council")
        )
        return check.verdict()

    # -- collective titles --------------------------------------------------------------
    def _members_ldtt(self, unit: UnitHistory, year: int) -> tuple[int, int]:
        """(members holding or meeting LĐTT, members)."""
        holds = self.ldtt_holds
        return sum(1 for m in unit.members if holds(m, year)), len(unit.members)

    @staticmethod
    def _punished(unit: UnitHistory, year: int) -> list[str]:
        return [
            m.name
            for m in unit.members
            for d in m.disciplines
            if d.runs_in(year) and d.kind.at_least_warning
        ]

    def _ttldtt(self, award: AwardType, unit: UnitHistory, year: int, rs: RuleSet) -> Verdict:
        check = _Check(award)
        floor = _RATING[award.params.get("min_rating", "HTTNV")]
        check.need(
            _rating_at_least(unit.ratings, year, floor),
            _unit_rating(unit.ratings, year),
            _unit_rating(unit.ratings, year, floor),
        )
        ldtt, total = self._members_ldtt(unit, year)
        counts = {
            "ldtt": ldtt,
            "total": total,
            "share": f"{(100 * ldtt / total) if total else 0:.0f}",
        }
        share = reasons.text("members_ldtt_share", **counts)
        above = for_rule_set(award, "ldtt_percent_above", rs)
        if above is not None:
            # Luật 2003 Điều 28 (rule set 2017): more than half of the members LĐTT.
            percent = int(above)
            reached = total > 0 and ldtt * 100 > percent * total
            check.need(
                reached, share, reasons.text("members_ldtt_share_above", percent=percent, **counts)
            )
        elif "min_ldtt_percent" in award.params:
            # The share the office's provincial profile sets (e.g. Bắc Ninh QĐ 86/2025: 70 %).
            percent = int(award.params["min_ldtt_percent"])
            reached = total > 0 and ldtt * 100 >= percent * total
            check.need(
                reached,
                share,
                reasons.text("members_ldtt_share_province", percent=percent, **counts),
            )
        else:
            check.ok.append(share)
            check.review.append(
                award.params.get("share_review_note") or reasons.text("members_ldtt_share_council")
            )
        punished = self._punished(unit, year)
        check.need(
            not punished,
            reasons.text("no_member_disciplined"),
            reasons.text("members_disciplined", names=", ".join(punished)),
        )
        return check.verdict()

    def _ttldxs(self, award: AwardType, unit: UnitHistory, year: int, rs: RuleSet) -> Verdict:
        check = _Check(award)
        check.need(
            unit.ratings.get(year) is Rating.EXCELLENT,
            reasons.text("unit_excellent_year", year=year),
            _unit_rating(unit.ratings, year, Rating.EXCELLENT, or_better=False),
        )
        done = _RATING_ORDER[Rating.DONE]
        order = _RATING_ORDER
        not_done = [
            m.name for m in unit.members if (r := m.ratings.get(year)) is None or order[r] > done
        ]
        check.need(
            not not_done and bool(unit.members),
            reasons.text("all_members_done"),
            reasons.text(
                "members_not_done_more" if len(not_done) > 10 else "members_not_done",
                names=", ".join(not_done[:10]),
                more=len(not_done) - 10,
            ),
        )
        ldtt, total = self._members_ldtt(unit, year)
        percent = int(award.params.get("min_ldtt_percent", 70))
        check.need(
            total > 0 and ldtt * 100 >= percent * total,
            reasons.text("members_ldtt", ldtt=ldtt, total=total),
            reasons.text("members_ldtt_below", ldtt=ldtt, total=total, percent=percent),
        )
        cs = [m.name for m in unit.members if self.cstdcs_holds(m, year)]
        need = int(award.params.get("min_cstdcs", 1))
        check.need(
            len(cs) >= need,
            reasons.text("members_cstdcs", count=len(cs)),
            reasons.text("members_cstdcs_none", year=year),
        )
        punished = self._punished(unit, year)
        if for_rule_set(award, "disciplined_member", rs) == Result.INELIGIBLE.value:
            # Luật 2003 Điều 27 (rule set 2017): no member disciplined at cảnh cáo or above.
            check.need(
                not punished,
                reasons.text("no_member_disciplined"),
                reasons.text("members_disciplined", names=", ".join(punished)),
            )
        elif punished:
            check.review.append(
                reasons.text("members_disciplined_council", names=", ".join(punished))
            )
        return check.verdict()


# The parameters that say how many years back a rule reads (ratings, titles, initiatives).
_YEARS_READ = ("consecutive_cstdcs", "consecutive_htxs", "consecutive_htt", "years_after_prior")
HISTORY_YEARS = 10  # read at least this far back (a discipline decided earlier still running)


def history_years(catalog: Catalog) -> int:
    """How many years before the judged one the rules read, from the catalog's windows (CSTĐ
    toàn quốc: two cycles and the year after), never fewer than HISTORY_YEARS."""
    longest = HISTORY_YEARS
    for award in catalog.awards:
        params = award.params
        if award.rule == "cstd_tq":
            longest = max(longest, -_two_cycles(award, 0).start)
        for value in (params.get(k) for k in _YEARS_READ):
            for n in value.values() if isinstance(value, dict) else [value]:
                if isinstance(n, int) and not isinstance(n, bool):
                    longest = max(longest, n - 1)  # n years: the judged one and n - 1 before
    return longest


def cstdcs_cap_exceeded(catalog: Catalog, year: int, cstdcs: int, ldtt: int) -> str:
    """Before 2024 CSTĐCS was capped at 15 % of LĐTT; a message when a batch goes over, else ""."""
    award = catalog.get("CSTDCS")
    until = int(award.params.get("cap_percent_of_ldtt_until", 0))
    if year > until:
        return ""
    cap = int(award.params.get("cap_percent_of_ldtt", 15))
    if cstdcs * 100 > cap * ldtt:
        return f"Năm {year}: {cstdcs} Chiến sĩ thi đua cơ sở vượt {cap} % của {ldtt} Lao động tiên tiến."
    return ""


# -- subjects: households, villages, khối leaders; đột xuất and cống hiến ----------------------
# Luật Thi đua, khen thưởng 2022: Điều 30 (thôn, tổ dân phố văn hóa), Điều 31 (Gia đình văn
# hóa), Điều 26 (Cờ thi đua of a province: units leading a khối / cụm), Điều 8 (đột xuất and
# quá trình cống hiến are their own kinds of commendation). Sources: docs/legal-sources.md.

_UNIT_KIND_LABELS = {
    "phong_ban": "phòng, ban",
    "truc_thuoc": "đơn vị trực thuộc",
    "xa": "xã, phường, đặc khu",
    "thon": "thôn, tổ dân phố",
    "doanh_nghiep": "doanh nghiệp",
    "hop_tac_xa": "hợp tác xã",
    "khac": "tổ chức khác",
}


@dataclass(frozen=True, slots=True)
class HouseholdHistory:
    """What the household rules read: the household and its thôn."""

    id: int
    head_name: str
    village: str
    members: int
    awards: tuple[AwardFact, ...] = ()


@dataclass(frozen=True, slots=True)
class PositionFact:
    """A position held, from a date to a date (None: still held)."""

    title: str
    start: date
    end: date | None
    leadership: bool


@dataclass(frozen=True, slots=True)
class ServiceFacts:
    """What the quá trình cống hiến rule reads besides the person's history."""

    positions: tuple[PositionFact, ...] = ()
    female: bool = False


def _standard_note(award: AwardType, rs: RuleSet) -> str:
    """The catalog's note on where the standard is set, for this rule set."""
    notes = award.params.get("standard", {})
    return str(notes.get(rs.id, "")) if isinstance(notes, dict) else ""


def wrong_unit_kind(award: AwardType, unit: UnitHistory) -> Verdict | None:
    """An `ineligible` verdict when the catalog restricts the award to other kinds of unit."""
    kinds = award.params.get("unit_kinds")
    if not kinds or not unit.kind or unit.kind in kinds:
        return None
    wanted = ", ".join(_UNIT_KIND_LABELS.get(k, k) for k in kinds)
    return Verdict(
        award.code,
        Result.INELIGIBLE,
        (
            reasons.MISSING
            + reasons.text(
                "unit_kind_wrong",
                award=award.name,
                kinds=wanted,
                unit=unit.name,
                unit_kind=_UNIT_KIND_LABELS.get(unit.kind, unit.kind),
            ),
        ),
    )


def village_title(award: AwardType, unit: UnitHistory, year: int, rs: RuleSet) -> Verdict:
    """Thôn, tổ dân phố văn hóa: a village (kind checked before); the standard is the
    province's, on the Government's framework, so the council judges it (no rating is read)."""
    check = _Check(award)
    check.ok.append(reasons.text("is_village", unit=unit.name))
    check.review.append(
        _standard_note(award, rs) or award.review_note or reasons.text("council_judges")
    )
    return check.verdict()


def bloc_leader_flag(award: AwardType, unit: UnitHistory, year: int, rs: RuleSet) -> Verdict:
    """Cờ thi đua of the province: only a unit that led its khối or cụm thi đua that year."""
    check = _Check(award)
    check.need(
        bool(unit.blocs_led),
        reasons.text("led_blocs", year=year, blocs=", ".join(unit.blocs_led)),
        reasons.text("led_no_bloc", year=year),
    )
    floor = _RATING[award.params.get("min_rating", "HTXSNV")]
    if unit.ratings.get(year) is None:
        check.review.append(reasons.text("unit_rating_missing_council", year=year))
    else:
        check.need(
            _rating_at_least(unit.ratings, year, floor),
            _unit_rating(unit.ratings, year),
            _unit_rating(unit.ratings, year, floor, or_better=False),
        )
    check.review.append(award.review_note or reasons.text("bloc_flag_council"))
    return check.verdict()


def household_title(
    award: AwardType, household: HouseholdHistory, year: int, rs: RuleSet
) -> Verdict:
    """Gia đình văn hóa: a household of the register; the standard (Government framework,
    detailed by the province) is judged by the council."""
    held = [a for a in household.awards if a.code == award.code and a.year == year]
    if held:  # already holds it that year: `awarded` with the decision (issue 13 point 12)
        return _awarded(award.code, award.name, held[0])
    check = _Check(award)
    if award.subject.value != "ho_gia_dinh":
        check.missing.append(reasons.text("not_for_households", award=award.name))
        return check.verdict()
    check.ok.append(
        reasons.text(
            "household_of",
            head=household.head_name,
            village=household.village,
            members=household.members,
        )
    )
    check.review.append(
        _standard_note(award, rs) or award.review_note or reasons.text("council_judges")
    )
    return check.verdict()


def sudden_achievement(
    award: AwardType,
    disciplines: tuple[DisciplineFact, ...],
    achievement: str,
    year: int,
    rs: RuleSet,
) -> Verdict:
    """Khen thưởng đột xuất: the yearly rating is not a criterion; the achievement recorded on
    the nomination is what the council judges. Never `ineligible` for a missing rating."""
    check = _Check(award)
    for d in disciplines:
        if d.runs_in(year):
            check.missing.append(reasons.text("discipline_running", kind=d.kind, year=d.year))
    text = " ".join(achievement.split())
    check.ok.append(reasons.text("sudden_no_rating"))
    if not text:
        check.review.append(reasons.text("sudden_not_written"))
    else:
        quoted = text if len(text) <= 160 else text[:157] + "…"
        check.review.append(reasons.text("sudden_written", achievement=quoted, award=award.name))
    return check.verdict()


def _leadership_days(positions: tuple[PositionFact, ...], until: date) -> int:
    """Days in leadership positions up to `until`, overlapping periods counted once."""
    spans = sorted(
        (p.start, min(p.end or until, until))
        for p in positions
        if p.leadership and p.start <= until
    )
    days = 0
    cur_start: date | None = None
    cur_end: date | None = None
    for a, b in spans:
        if cur_end is None or a > cur_end:
            if cur_start is not None and cur_end is not None:
                days += (cur_end - cur_start).days
            cur_start, cur_end = a, b
        elif b > cur_end:
            cur_end = b
    if cur_start is not None and cur_end is not None:
        days += (cur_end - cur_start).days
    return days


def _years_months(days: int) -> tuple[int, int]:
    """Whole years and months of a tenure in days."""
    return divmod(round(days / 30.4375), 12)


def long_service(
    award: AwardType, person: PersonHistory, service: ServiceFacts, year: int, rs: RuleSet
) -> Verdict:
    """Khen thưởng quá trình cống hiến: tenure in leadership positions from the history of
    positions held. The decree's table (position → years) is applied only where the catalog
    holds it (`min_leadership_years`); otherwise the council compares, told the tenure found."""
    check = _Check(award)
    _discipline_block(check, person, year)
    if not service.positions:
        check.missing.append(reasons.text("positions_missing"))
        return check.verdict()
    lead = [p for p in service.positions if p.leadership]
    if not lead:
        check.missing.append(reasons.text("no_leadership"))
        return check.verdict()
    end_of_year = date(year, 12, 31)
    days = _leadership_days(service.positions, end_of_year)
    held = "; ".join(
        f"{p.title} {p.start:%m/%Y}-{(p.end.strftime('%m/%Y') if p.end else 'nay')}" for p in lead
    )
    years_held, months_held = _years_months(days)
    tenure = {"years_held": years_held, "months_held": months_held}
    months = "" if months_held else "_years"
    check.ok.append(reasons.text("leadership_tenure" + months, year=year, held=held, **tenure))
    minimum = award.params.get("min_leadership_years", {})
    need = minimum.get(rs.id) if isinstance(minimum, dict) else None
    # Women leaders: the tenure asked is reduced (by a third: NĐ 98/2023 and NĐ 152/2025
    # Điều 4), as the rule set says.
    cut = rs.women_leader_tenure_cut
    reduced = service.female and cut > 0
    if need:
        years_needed = float(need) * float(1 - cut if reduced else 1)
        check.need(
            days >= years_needed * 365.25,
            reasons.text("tenure_enough", need_years=f"{years_needed:g}"),
            reasons.text("tenure_short" + months, need_years=f"{years_needed:g}", **tenure),
        )
    else:
        check.review.append(_standard_note(award, rs) or reasons.text("tenure_table_missing"))
    if reduced:
        check.ok.append(
            reasons.text("women_tenure_third")
            if cut == Fraction(1, 3)
            else reasons.text("women_tenure_cut", fraction=f"{cut.numerator}/{cut.denominator}")
        )
    return check.verdict()


def cstdcs_cap_percent(catalog: Catalog, year: int) -> int | None:
    """The CSTĐCS cap (percent of LĐTT) in force for a year, None when there is none."""
    params = catalog.get("CSTDCS").params
    if year > int(params.get("cap_percent_of_ldtt_until", 0)):
        return None
    return int(params.get("cap_percent_of_ldtt", 15))
