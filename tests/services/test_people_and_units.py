"""Units and people services on a real migrated database."""

from __future__ import annotations

import unicodedata

import pytest

from desktop.domain.errors import ConflictError, ValidationError
from desktop.domain.identity import BirthDate
from desktop.domain.people import PersonInput, Sex
from desktop.domain.people_table import SortColumn
from desktop.domain.units import UnitInput, UnitKind
from desktop.services import people, search, units
from desktop.services.session import Workspace


@pytest.fixture
def office(ws: Workspace) -> dict[str, int]:
    root = units.save(ws, UnitInput("Văn phòng Sở", UnitKind.DEPARTMENT, "VP"))
    sub = units.save(ws, UnitInput("Tổ Hành chính", UnitKind.DEPARTMENT, "VP-HC", parent_id=root))
    other = units.save(ws, UnitInput("Thanh tra Sở", UnitKind.DEPARTMENT, "TT"))
    return {"root": root, "sub": sub, "other": other}


def _names(ws: Workspace, text: str = "", unit_id: int | None = None, **kw: object) -> list[str]:
    q = people.make_query(text, unit_id, ws=ws, **kw)  # type: ignore[arg-type]
    ids = people.query_ids(ws, q)
    rows = people.table_rows(ws, ids)
    return [rows[i].full_name for i in ids]


def test_search_ignores_diacritics_and_matches_word_starts(
    ws: Workspace, office: dict[str, int]
) -> None:
    for name in ["Nguyễn Thị Hương", "Lê Phương", "Đặng Văn Dũng", "Trần Hưởng"]:
        people.save(ws, PersonInput(name, office["root"]))
    assert _names(ws, "nguyen thi huong") == ["Nguyễn Thị Hương"]
    assert _names(ws, "NGUYỄN") == ["Nguyễn Thị Hương"]
    assert _names(ws, "dang") == ["Đặng Văn Dũng"]
    # "huong" is not a word start of "Phương"
    assert set(_names(ws, "huong")) == {"Nguyễn Thị Hương", "Trần Hưởng"}
    assert _names(ws, "phu") == ["Lê Phương"]


def test_search_by_cccd_digits(ws: Workspace, office: dict[str, int]) -> None:
    people.save(ws, PersonInput("Nguyễn Văn An", office["root"], cccd="079185001234"))
    people.save(ws, PersonInput("Lê Văn Bình", office["root"], cccd="001090000001"))
    assert _names(ws, "0791") == ["Nguyễn Văn An"]
    assert _names(ws, "079185001234") == ["Nguyễn Văn An"]


def test_unit_filter_includes_sub_units(ws: Workspace, office: dict[str, int]) -> None:
    people.save(ws, PersonInput("Nguyễn Văn An", office["root"]))
    people.save(ws, PersonInput("Lê Thị Bích", office["sub"]))
    people.save(ws, PersonInput("Trần Văn Cường", office["other"]))
    assert set(_names(ws, "", office["root"])) == {"Nguyễn Văn An", "Lê Thị Bích"}
    assert _names(ws, "", office["sub"]) == ["Lê Thị Bích"]


def test_table_sorts_the_vietnamese_way_in_sql(ws: Workspace, office: dict[str, int]) -> None:
    for name in ["Nguyễn Văn Đức", "Trần Thị Dung", "Lê Văn Ánh", "Phạm Thị An", "Vũ Ân"]:
        people.save(ws, PersonInput(name, office["root"]))
    assert _names(ws) == ["Phạm Thị An", "Lê Văn Ánh", "Vũ Ân", "Trần Thị Dung", "Nguyễn Văn Đức"]
    assert _names(ws, sort=SortColumn.NAME, descending=True)[0] == "Nguyễn Văn Đức"


def test_saved_names_are_nfc_and_split(ws: Workspace, office: dict[str, int]) -> None:
    nfd = unicodedata.normalize("NFD", "  Nguyễn   Thị Ngọc  Ánh ")
    pid = people.save(ws, PersonInput(nfd, office["root"]))
    stored = people.get(ws, pid).data
    assert stored.full_name == "Nguyễn Thị Ngọc Ánh"
    assert unicodedata.is_normalized("NFC", stored.full_name)
    assert (stored.family_name, stored.middle_name, stored.given_name) == (
        "Nguyễn",
        "Thị Ngọc",
        "Ánh",
    )


def test_same_cccd_is_refused_namesake_needs_confirmation(
    ws: Workspace, office: dict[str, int]
) -> None:
    first = PersonInput(
        "Nguyễn Thị Hương",
        office["root"],
        sex=Sex.FEMALE,
        birth_date=BirthDate(1985, 3, 12),
        cccd="079185001234",
    )
    people.save(ws, first)
    with pytest.raises(ConflictError) as err:
        people.save(ws, PersonInput("Lê Văn An", office["root"], cccd="079185001234"))
    assert err.value.code == "cccd_taken"
    namesake = PersonInput("Nguyen Thi Huong", office["other"], birth_date=BirthDate(1985, 3, 12))
    assert [d.reason for d in people.check_duplicates(ws, namesake)] == ["name_birth"]
    with pytest.raises(ConflictError) as err:
        people.save(ws, namesake)
    assert err.value.code == "possible_duplicate"
    people.save(ws, namesake, allow_namesake=True)
    assert people.count(ws) == 2


def test_validation_errors_name_the_field(ws: Workspace, office: dict[str, int]) -> None:
    with pytest.raises(ValidationError) as err:
        people.save(ws, PersonInput("  ", office["root"]))
    assert err.value.field == "full_name"
    with pytest.raises(ValidationError) as err:
        people.save(ws, PersonInput("Lê An", office["root"], cccd="12345"))
    assert err.value.field == "cccd"
    assert people.count(ws) == 0


def test_unit_with_people_cannot_be_deleted_only_deactivated(
    ws: Workspace, office: dict[str, int]
) -> None:
    people.save(ws, PersonInput("Nguyễn Văn An", office["other"]))
    with pytest.raises(ConflictError) as err:
        units.delete(ws, office["other"])
    assert "1 người" in err.value.message and "Ngừng hoạt động" in err.value.message
    with pytest.raises(ConflictError):
        units.delete(ws, office["root"])  # has a sub-unit
    units.set_active(ws, office["other"], False)
    assert units.get(ws, office["other"]).active is False
    units.delete(ws, office["sub"])
    assert [u.name for u in units.list_units(ws)] == ["Thanh tra Sở", "Văn phòng Sở"]


def test_unit_cannot_move_under_itself(ws: Workspace, office: dict[str, int]) -> None:
    with pytest.raises(ConflictError):
        units.move(ws, office["root"], office["sub"])
    units.move(ws, office["sub"], office["other"])
    assert units.get(ws, office["sub"]).parent_id == office["other"]


def test_global_find_returns_units_and_people(ws: Workspace, office: dict[str, int]) -> None:
    people.save(ws, PersonInput("Thanh Hà", office["root"]))
    hits = search.find(ws, "thanh")
    assert [(h.kind, h.name) for h in hits] == [("unit", "Thanh tra Sở"), ("person", "Thanh Hà")]
