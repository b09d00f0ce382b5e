"""Dated unit and office names, renames with an effective date, merges, on real databases."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.office import OfficeInfo
from desktop.domain.people import PersonInput
from desktop.domain.ratings import Rating, UnitRatingInput
from desktop.domain.unit_names import NamePeriod, OfficeField
from desktop.domain.units import UnitInput, UnitKind
from desktop.persistence.repositories import dated_names
from desktop.services import award_record, office, people, ratings, unit_names, units
from desktop.services.award_record import AwardEntry
from desktop.services.session import Workspace

MERGED = date(2025, 7, 1)


def _commune(ws: Workspace, name: str, parent: int | None = None) -> int:
    return units.save(ws, UnitInput(name, UnitKind.COMMUNE, parent_id=parent, internal=False))


def test_rename_keeps_the_old_name_with_its_dates(ws: Workspace) -> None:
    uid = _commune(ws, "Xã Long Phú")
    old = unit_names.rename(ws, uid, "Xã Long Phú Mới", MERGED)
    assert old == NamePeriod("Xã Long Phú", None, date(2025, 6, 30), None, None)
    assert units.get(ws, uid).name == "Xã Long Phú Mới"
    hist = unit_names.history(ws, uid)
    assert [(p.name, p.valid_from, p.valid_to) for p in hist] == [
        ("Xã Long Phú", None, date(2025, 6, 30)),
        ("Xã Long Phú Mới", MERGED, None),
    ]
    with ws.db.read() as conn:
        assert dated_names.DatedNames(conn, date(2024, 12, 31)).unit(uid) == "Xã Long Phú"
        assert dated_names.DatedNames(conn, MERGED).unit(uid) == "Xã Long Phú Mới"
    # a second rename must come after the current name began
    with pytest.raises(ValidationError) as err:
        unit_names.rename(ws, uid, "Phường Long Phú", date(2025, 7, 1))
    assert err.value.code == "rename_too_early"
    unit_names.rename(ws, uid, "Phường Long Phú", date(2026, 1, 1))
    with ws.db.read() as conn:
        assert dated_names.DatedNames(conn, date(2025, 9, 1)).unit(uid) == "Xã Long Phú Mới"


def test_past_names_may_not_overlap(ws: Workspace) -> None:
    uid = _commune(ws, "Phường 1")
    unit_names.add_past_name(
        ws, uid, NamePeriod("Thị trấn A", date(2010, 1, 1), date(2019, 12, 31))
    )
    with pytest.raises(ValidationError) as err:
        unit_names.add_past_name(ws, uid, NamePeriod("Xã A", date(2019, 1, 1), date(2020, 6, 1)))
    assert err.value.code == "overlap"
    with pytest.raises(ValidationError) as err:
        unit_names.add_past_name(ws, uid, NamePeriod("Xã A", date(2021, 1, 1), date(2020, 6, 1)))
    assert err.value.code == "bad_range"
    with ws.db.read() as conn:
        assert dated_names.DatedNames(conn, date(2005, 1, 1)).unit(uid) == "Thị trấn A"
        assert dated_names.DatedNames(conn, date(2015, 5, 5)).unit(uid) == "Thị trấn A"
        assert dated_names.DatedNames(conn, date(2021, 1, 1)).unit(uid) == "Phường 1"


def test_office_superior_of_the_papers_day(ws: Workspace) -> None:
    office.save(ws, OfficeInfo("UBND THÀNH PHỐ CẦN THƠ", "SỞ NỘI VỤ", "Cần Thơ"))
    unit_names.add_office_past_name(
        ws, OfficeField.PARENT_AGENCY, NamePeriod("UBND TỈNH SÓC TRĂNG", None, date(2025, 6, 30))
    )
    with ws.db.read() as conn:
        before = dated_names.office_on(conn, date(2024, 12, 20))
        after = dated_names.office_on(conn, date(2025, 7, 1))
    assert before.parent_agency == "UBND TỈNH SÓC TRĂNG"
    assert before.name == "SỞ NỘI VỤ"
    assert after.parent_agency == "UBND THÀNH PHỐ CẦN THƠ"
    hist = unit_names.office_history(ws, OfficeField.PARENT_AGENCY)
    assert [p.name for p in hist] == ["UBND TỈNH SÓC TRĂNG", "UBND THÀNH PHỐ CẦN THƠ"]
    assert hist[-1].valid_from == MERGED


@pytest.fixture
def two_communes(ws: Workspace) -> dict[str, int]:
    a = _commune(ws, "Xã Mỹ Hương")
    b = _commune(ws, "Xã Mỹ Tú")
    c = _commune(ws, "Xã Mỹ Tú Mới")
    village = units.save(ws, UnitInput("Ấp Mỹ Hòa", UnitKind.VILLAGE, parent_id=a, internal=False))
    people.save(ws, PersonInput("Nguyễn Văn An", a))
    people.save(ws, PersonInput("Trần Thị Bình", b))
    award_record.add(
        ws,
        AwardEntry(2024, award_name="Giấy khen", decision_number="12/QĐ-UBND",
                   decision_date=date(2024, 12, 20), issuer="Chủ tịch UBND huyện Mỹ Tú"),
        unit_id=a,
    )  # fmt: skip
    ratings.set_unit_rating(ws, UnitRatingInput(a, 2024, Rating.EXCELLENT))
    ratings.set_unit_rating(ws, UnitRatingInput(b, 2024, Rating.GOOD))
    return {"a": a, "b": b, "c": c, "village": village}


def _count(ws: Workspace, sql: str, *args: object) -> int:
    with ws.db.read() as conn:
        return int(conn.execute(sql, args).fetchone()[0])


def test_merge_preview_writes_nothing(ws: Workspace, two_communes: dict[str, int]) -> None:
    u = two_communes
    before = _count(ws, "SELECT count(*) FROM audit_event")
    plan = unit_names.merge_preview(ws, [u["a"], u["b"]], u["c"], MERGED)
    moves = {(m.table, m.column): (m.moved, m.kept) for m in plan.moves}
    assert moves[("person", "unit_id")] == (2, 0)
    assert moves[("award_record", "unit_id")] == (1, 0)
    # both rated 2024: the first moves, the second would collide and stays with its old unit
    assert moves[("unit_rating", "unit_id")] == (1, 1)
    assert moves[("unit", "parent_id")] == (1, 0)
    assert plan.from_names == ("Xã Mỹ Hương", "Xã Mỹ Tú")
    assert _count(ws, "SELECT count(*) FROM person WHERE unit_id = ?", u["c"]) == 0
    assert _count(ws, "SELECT count(*) FROM unit_merge") == 0
    assert _count(ws, "SELECT count(*) FROM audit_event") == before


def test_merge_moves_people_and_history_and_keeps_old_names(
    ws: Workspace, two_communes: dict[str, int]
) -> None:
    u = two_communes
    plan = unit_names.merge(ws, [u["a"], u["b"]], u["c"], MERGED)
    assert plan.moved_total >= 5
    assert _count(ws, "SELECT count(*) FROM person WHERE unit_id = ?", u["c"]) == 2
    assert _count(ws, "SELECT count(*) FROM award_record WHERE unit_id = ?", u["c"]) == 1
    old_a, old_b = units.get(ws, u["a"]), units.get(ws, u["b"])
    assert (old_a.name, old_a.active, old_b.name, old_b.active) == (
        "Xã Mỹ Hương", False, "Xã Mỹ Tú", False,
    )  # fmt: skip
    assert units.get(ws, u["village"]).parent_id == u["c"]
    # the village's earlier parent is kept with its dates
    village = unit_names.history(ws, u["village"])
    assert (village[0].parent_id, village[0].valid_to) == (u["a"], date(2025, 6, 30))
    # the award history still says the name the award was given under
    line = award_record.lines(ws, unit_id=u["c"])[0]
    with ws.db.read() as conn:
        names = dated_names.DatedNames(conn, date(2024, 12, 20))
        assert names.row_unit_name("award_record", "unit_id", line.id, u["c"]) == "Xã Mỹ Hương"
        later = dated_names.DatedNames(conn, date(2025, 8, 1))
        assert later.row_unit_name("award_record", "unit_id", line.id, u["c"]) == "Xã Mỹ Tú Mới"
    page = award_record.record_data(ws, unit_id=u["c"])
    assert "Xã Mỹ Hương" in page.rows[0].award
    # audited in the same transaction: the merge and the moved person rows are in the log
    assert _count(ws, "SELECT count(*) FROM audit_event WHERE table_name = 'unit_merge'") == 2
    assert _count(ws, "SELECT count(*) FROM audit_pending") == 0
    # a merged unit cannot be merged again
    with pytest.raises(ValidationError) as err:
        unit_names.merge(ws, [u["a"]], u["c"], MERGED)
    assert err.value.code == "merge_again"
    assert [m.from_name for m in unit_names.merges(ws, u["c"])] == ["Xã Mỹ Hương", "Xã Mỹ Tú"]


def test_merge_refuses_the_target_among_the_sources(ws: Workspace) -> None:
    a = _commune(ws, "Xã A")
    with pytest.raises(ValidationError) as err:
        unit_names.merge(ws, [a], a, MERGED)
    assert err.value.code == "merge_into_self"
    with pytest.raises(ValidationError) as err:
        unit_names.merge(ws, [], a, MERGED)
    assert err.value.code == "merge_empty"
