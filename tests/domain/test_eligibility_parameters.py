"""Where the rules of one rule set differ from another's, the catalog says so (parameters per
rule set, the rule set's own values), and a profile can change it; histories are told apart by
their facts, never by which object holds them."""

from __future__ import annotations

from datetime import date
from fractions import Fraction
from pathlib import Path

import pytest

from desktop.domain.awards import Catalog, parse_catalog
from desktop.domain.eligibility import (
    AwardFact,
    DisciplineFact,
    PersonHistory,
    PositionFact,
    Result,
    Rules,
    ServiceFacts,
    UnitHistory,
    for_rule_set,
    history_years,
)
from desktop.domain.ratings import DisciplineKind, Rating
from desktop.services.catalog import apply_profile

CATALOG_FILE = Path(__file__).resolve().parents[2] / "resources" / "catalog" / "awards.toml"
TOT, HT = Rating.GOOD, Rating.DONE


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return parse_catalog(CATALOG_FILE.read_text(encoding="utf-8"))


def _unit(year: int, good: int, done: int, disciplined: bool = False) -> UnitHistory:
    members = [PersonHistory(i, f"N{i}", "P", {year: TOT if i < good else HT}) for i in range(10)]
    members = members[: good + done]
    if disciplined:
        members[0] = PersonHistory(
            0, "N0", "P", {year: TOT}, (DisciplineFact(DisciplineKind.WARNING, year),)
        )
    return UnitHistory(1, "Phòng", {year: Rating.EXCELLENT}, members=tuple(members))


def test_a_parameter_per_rule_set_holds_for_the_rule_sets_it_names(catalog: Catalog) -> None:
    ttldtt = catalog.get("TTLDTT")
    [old, new, _] = catalog.rule_sets
    assert for_rule_set(ttldtt, "ldtt_percent_above", old) == 50
    assert for_rule_set(ttldtt, "ldtt_percent_above", new) is None
    assert for_rule_set(ttldtt, "min_rating", new) == "HTTNV"  # a plain one: every rule set
    assert for_rule_set(ttldtt, "absent", old) is None


def test_the_share_of_the_2003_law_comes_from_the_catalog(catalog: Catalog) -> None:
    unit = _unit(2023, 6, 4)  # 60 %
    assert Rules(catalog).check_unit("TTLDTT", unit, 2023).result is Result.ELIGIBLE
    stricter = apply_profile(
        catalog, '[[award]]\ncode = "TTLDTT"\nparams = { ldtt_percent_above = { "2017" = 60 } }'
    )
    v = Rules(stricter).check_unit("TTLDTT", unit, 2023)
    assert v.result is Result.INELIGIBLE and any("cần trên 60 %" in r for r in v.reasons)
    # a rule set the table does not name follows the 2022 law (review without a province's share)
    assert Rules(stricter).check_unit("TTLDTT", _unit(2025, 6, 4), 2025).result is Result.REVIEW


def test_a_disciplined_member_refuses_ttldxs_where_the_catalog_says(catalog: Catalog) -> None:
    def cstdcs(p: PersonHistory, year: int) -> PersonHistory:
        return PersonHistory(
            p.id, p.name, p.unit, p.ratings, p.disciplines, (AwardFact(year, "CSTDCS"),)
        )

    for year, expected in ((2023, Result.INELIGIBLE), (2025, Result.REVIEW)):
        unit = _unit(year, 10, 0, disciplined=True)
        unit = UnitHistory(
            unit.id,
            unit.name,
            unit.ratings,
            members=(*unit.members[:-1], cstdcs(unit.members[-1], year)),
        )
        assert Rules(catalog).check_unit("TTLDXS", unit, year).result is expected
    both = apply_profile(
        catalog,
        '[[award]]\ncode = "TTLDXS"\nparams = { disciplined_member = { "2017" = "ineligible",'
        ' "2025-07" = "ineligible" } }',
    )
    assert Rules(both).check_unit("TTLDXS", unit, 2025).result is Result.INELIGIBLE


def test_the_rule_set_says_how_much_a_woman_leaders_tenure_is_cut(catalog: Catalog) -> None:
    [old, new, latest] = catalog.rule_sets
    assert (old.women_leader_tenure_cut, new.women_leader_tenure_cut) == (0, Fraction(1, 3))
    assert latest.women_leader_tenure_cut == Fraction(1, 3)
    service = ServiceFacts((PositionFact("Giám đốc", date(2015, 1, 1), None, True),), female=True)
    person = PersonHistory(1, "Nguyễn Thị Hương", "Văn phòng", {2025: TOT})
    profile = '[[award]]\ncode = "HCLD3"\nparams = { min_leadership_years = { "2025-07" = 15 } }'
    rules = Rules(apply_profile(catalog, profile))
    v = rules.check_service("HCLD3", person, service, 2025)  # 11 years; 15 cut by a third = 10
    assert v.result is Result.ELIGIBLE
    assert any("giảm một phần ba" in r for r in v.reasons)
    man = ServiceFacts(service.positions, female=False)
    assert rules.check_service("HCLD3", person, man, 2025).result is Result.INELIGIBLE


def test_equal_facts_share_a_standing_and_other_facts_do_not(catalog: Catalog) -> None:
    rules = Rules(catalog)
    good = PersonHistory(1, "A", "P", {2025: TOT}, key="k-good")
    twin = PersonHistory(2, "B", "P", {2025: TOT}, key="k-good")
    done = PersonHistory(3, "C", "P", {2025: HT}, key="k-done")
    unkeyed = PersonHistory(4, "D", "P", {2025: HT})
    assert rules.ldtt_holds(good, 2025) and rules.ldtt_holds(twin, 2025)
    assert not rules.ldtt_holds(done, 2025) and not rules.ldtt_holds(unkeyed, 2025)
    # a history made again in the same place (same object id) is judged by its own facts
    for rating, expected in ((TOT, True), (HT, False), (TOT, True)):
        assert rules.ldtt_holds(PersonHistory(5, "E", "P", {2025: rating}), 2025) is expected
        unit = UnitHistory(
            7, "P", {2025: TOT}, members=(PersonHistory(5, "E", "P", {2025: rating}),)
        )
        share = rules.check_unit("TTLDXS", unit, 2025).reasons
        assert any(f"{int(expected)}/1 thành viên đạt Lao động tiên tiến" in r for r in share)


def test_the_years_read_follow_the_catalogs_windows(catalog: Catalog) -> None:
    assert history_years(catalog) == 10  # the windows shipped are shorter than the floor
    longer = apply_profile(catalog, '[[award]]\ncode = "BK_TTG"\nparams = { consecutive_htt = 13 }')
    assert history_years(longer) == 12  # thirteen years: the judged one and twelve before
    cycles = apply_profile(catalog, '[[award]]\ncode = "CSTD_TQ"\nparams = { cycle_years = 6 }')
    assert history_years(cycles) == 12  # two cycles of six and the year after
