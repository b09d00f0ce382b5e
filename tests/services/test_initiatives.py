"""Initiatives service: save, search, filters, sort, a person's initiatives, the one-award rule."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop.domain.initiative_table import SortColumn
from desktop.domain.initiatives import (
    AuthorShare,
    AwardUse,
    InitiativeKind,
    RecognitionStatus,
    Scope,
)
from desktop.domain.units import UnitInput
from desktop.services import initiatives, people, units
from desktop.services.session import Workspace
from tests.services.initiative_data import build


def titles(ws: Workspace, text: str = "", **kw: object) -> list[str]:
    ids = initiatives.query_ids(ws, initiatives.make_query(ws, text, **kw))  # type: ignore[arg-type]
    rows = initiatives.table_rows(ws, ids)
    return [rows[i].title for i in ids]


def test_save_and_get_round_trip(ws: Workspace) -> None:
    o = build(ws)
    item = initiatives.get(ws, o.digital)
    assert item.data.title == "Số hoá hồ sơ thi đua, khen thưởng (CCHC)"
    assert [(a.full_name, a.share) for a in item.authors] == [
        ("Nguyễn Văn An", 60),
        ("Trần Thị Bình", 40),
    ]
    assert item.unit_name == "Phòng Tài chính - Kế hoạch"
    assert item.data.decision_date == date(2024, 12, 20)
    assert item.data.scope is Scope.BASE
    assert item.data.benefit_value == 15_000_000
    assert item.used_for is None
    assert len(item.uuid) == 36


def test_update_replaces_authors(ws: Workspace) -> None:
    o = build(ws)
    item = initiatives.get(ws, o.digital)
    initiatives.save(
        ws, replace(item.data, authors=(AuthorShare(o.cuong),), title="Số hoá hồ sơ"), o.digital
    )
    again = initiatives.get(ws, o.digital)
    assert again.data.title == "Số hoá hồ sơ"
    assert [(a.person_id, a.share) for a in again.authors] == [(o.cuong, 100)]


def test_invalid_input_writes_nothing(ws: Workspace) -> None:
    o = build(ws)
    bad = replace(
        initiatives.get(ws, o.digital).data,
        authors=(AuthorShare(o.an, 70), AuthorShare(o.binh, 20)),
    )
    with pytest.raises(ValidationError) as info:
        initiatives.save(ws, bad)
    assert info.value.code == "shares_total"
    assert initiatives.count(ws) == 3


def test_missing_author_is_a_conflict(ws: Workspace) -> None:
    o = build(ws)
    data = replace(initiatives.get(ws, o.digital).data, authors=(AuthorShare(99999),))
    with pytest.raises(ConflictError):
        initiatives.save(ws, data)
    assert initiatives.count(ws) == 3


def test_search_ignores_diacritics_on_word_starts(ws: Workspace) -> None:
    build(ws)
    assert titles(ws, "so hoa") == ["Số hoá hồ sơ thi đua, khen thưởng (CCHC)"]
    assert titles(ws, "SỐ HOÁ") == titles(ws, "so hoa")
    assert titles(ws, "cchc") == ["Số hoá hồ sơ thi đua, khen thưởng (CCHC)"]
    assert titles(ws, "oa") == []  # not the middle of a word
    # by author, by unit, by decision number
    assert titles(ws, "tran thi binh") == ["Số hoá hồ sơ thi đua, khen thưởng (CCHC)"]
    assert titles(ws, "cuong") == ["Mô hình “Một cửa” liên thông tại bộ phận tiếp nhận"]
    assert len(titles(ws, "nguyen van an")) == 2
    assert titles(ws, "to chuc can bo") == ["Mô hình “Một cửa” liên thông tại bộ phận tiếp nhận"]
    assert titles(ws, "88") == ["Mô hình “Một cửa” liên thông tại bộ phận tiếp nhận"]


def test_filters(ws: Workspace) -> None:
    o = build(ws)
    assert titles(ws, kind=InitiativeKind.GOOD_MODEL) == [
        "Mô hình “Một cửa” liên thông tại bộ phận tiếp nhận"
    ]
    assert len(titles(ws, status=RecognitionStatus.RECOGNISED)) == 2
    assert titles(ws, status=RecognitionStatus.PROPOSED) == [
        "Ứng dụng phần mềm quản lý văn bản đi đến"
    ]
    assert titles(ws, scope=Scope.PROVINCE) == [
        "Mô hình “Một cửa” liên thông tại bộ phận tiếp nhận"
    ]
    assert titles(ws, year=2025) == ["Ứng dụng phần mềm quản lý văn bản đi đến"]
    # the unit filter matches the initiative's unit or an author's unit
    assert sorted(titles(ws, unit_id=o.personnel)) == sorted(
        [
            "Mô hình “Một cửa” liên thông tại bộ phận tiếp nhận",
            "Ứng dụng phần mềm quản lý văn bản đi đến",
        ]
    )
    assert titles(ws, movement_id=5) == []
    assert initiatives.years(ws) == [2025, 2024, 2023]


def test_sorting_in_sql(ws: Workspace) -> None:
    build(ws)
    by_title = titles(ws)
    assert by_title[0].startswith("Mô hình")  # Vietnamese order: M < S < Ư
    assert by_title[-1].startswith("Ứng dụng")
    assert titles(ws, sort=SortColumn.TITLE, descending=True) == by_title[::-1]
    years = [t for t in titles(ws, sort=SortColumn.YEAR)]
    assert years[0].startswith("Mô hình") and years[-1].startswith("Ứng dụng")
    for column in SortColumn:
        assert len(titles(ws, sort=column)) == 3
        assert len(titles(ws, sort=column, descending=True)) == 3


def test_table_rows(ws: Workspace) -> None:
    o = build(ws)
    row = initiatives.table_rows(ws, [o.digital])[o.digital]
    assert row.authors == "Nguyễn Văn An; Trần Thị Bình"
    assert row.kind is InitiativeKind.INITIATIVE
    assert row.attachments == 0


def test_for_person_lists_a_persons_initiatives(ws: Workspace) -> None:
    o = build(ws)
    mine = initiatives.for_person(ws, o.an)
    assert [(m.id, m.share) for m in mine] == [(o.digital, 60)]
    assert initiatives.for_person(ws, o.an2)[0].id == o.proposed


def test_an_initiative_serves_one_award_only(ws: Workspace) -> None:
    o = build(ws)
    initiatives.mark_used(ws, o.digital, AwardUse("Chiến sĩ thi đua cơ sở năm 2024", "p-1"))
    assert initiatives.get(ws, o.digital).used_for == AwardUse(
        "Chiến sĩ thi đua cơ sở năm 2024", "p-1"
    )
    with pytest.raises(ConflictError) as info:
        initiatives.mark_used(ws, o.digital, AwardUse("Bằng khen của Chủ tịch UBND tỉnh"))
    assert info.value.code == "initiative_used"
    assert initiatives.for_person(ws, o.an)[0].used_for_award.startswith("Chiến sĩ")
    initiatives.clear_used(ws, o.digital)
    assert initiatives.get(ws, o.digital).used_for is None


def test_delete(ws: Workspace) -> None:
    o = build(ws)
    initiatives.delete(ws, o.model)
    with pytest.raises(NotFoundError):
        initiatives.get(ws, o.model)
    assert initiatives.for_person(ws, o.cuong) == []


def test_an_author_cannot_be_deleted_silently(ws: Workspace) -> None:
    o = build(ws)
    with pytest.raises(ConflictError) as info:
        people.delete(ws, o.cuong)
    assert info.value.code == "person_in_use"
    assert initiatives.get(ws, o.model).authors[0].full_name == "Lê Đức Cường"


def test_unknown_movement_is_a_conflict(ws: Workspace) -> None:
    o = build(ws)
    assert initiatives.movement_choices(ws) == []
    data = replace(initiatives.get(ws, o.digital).data, movement_id=4321)
    with pytest.raises(ConflictError) as info:
        initiatives.save(ws, data)
    assert "phong trào" in info.value.message


def test_a_unit_with_initiatives_cannot_be_deleted(ws: Workspace) -> None:
    o = build(ws)
    empty = units.save(ws, UnitInput("Tổ công tác đặc biệt"))
    data = replace(initiatives.get(ws, o.proposed).data, unit_id=empty)
    initiatives.save(ws, data, o.proposed)
    with pytest.raises(ConflictError) as info:
        units.delete(ws, empty)
    assert info.value.code == "unit_has_records"
    assert initiatives.get(ws, o.proposed).data.unit_id == empty
