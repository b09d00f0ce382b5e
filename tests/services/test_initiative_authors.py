"""Authors written in a spreadsheet cell, matched to people: CCCD, unique name, name + unit."""

from __future__ import annotations

import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.initiatives import AuthorShare
from desktop.services.initiative_authors import AuthorItem, match_cell, parse_cell
from desktop.services.session import Workspace
from tests.services.initiative_data import build


def test_parse_cell() -> None:
    assert parse_cell(" Trần Thị Bình ; ; Nguyễn Văn An (Phòng Tài chính) 60% ") == [
        AuthorItem("Trần Thị Bình"),
        AuthorItem("Nguyễn Văn An", "Phòng Tài chính", 60.0),
    ]
    assert parse_cell("Lê Đức Cường: 33,5%") == [AuthorItem("Lê Đức Cường", "", 33.5)]
    assert parse_cell("") == []


def match(ws: Workspace, cell: str, unit: str = "") -> tuple[AuthorShare, ...]:
    with ws.db.read() as conn:
        return match_cell(conn, cell, unit)


def error(ws: Workspace, cell: str, unit: str = "") -> ValidationError:
    with pytest.raises(ValidationError) as info:
        match(ws, cell, unit)
    return info.value


def test_unique_name_any_accents(ws: Workspace) -> None:
    o = build(ws)
    assert match(ws, "tran thi binh") == (AuthorShare(o.binh, None),)


def test_cccd(ws: Workspace) -> None:
    o = build(ws)
    assert match(ws, "0010 8501 2345") == (AuthorShare(o.an, None),)
    assert error(ws, "001099999999").code == "author_not_found"
    assert error(ws, "12345678901").code == "author_cccd"


def test_several_authors_get_equal_shares_unless_written(ws: Workspace) -> None:
    o = build(ws)
    assert match(ws, "Trần Thị Bình; Lê Đức Cường") == (
        AuthorShare(o.binh, 50.0),
        AuthorShare(o.cuong, 50.0),
    )
    assert match(ws, "Trần Thị Bình 70%; Lê Đức Cường 30%") == (
        AuthorShare(o.binh, 70.0),
        AuthorShare(o.cuong, 30.0),
    )


def test_ambiguous_name_names_the_candidates(ws: Workspace) -> None:
    build(ws)
    err = error(ws, "Nguyễn Văn An")
    assert err.code == "author_ambiguous"
    assert "Phòng Tài chính - Kế hoạch" in err.message
    assert "Phòng Tổ chức cán bộ" in err.message
    assert "CCCD" in err.message


def test_ambiguous_name_resolved_by_unit(ws: Workspace) -> None:
    o = build(ws)
    assert match(ws, "Nguyễn Văn An (Phòng Tổ chức cán bộ)") == (AuthorShare(o.an2, None),)
    # the row's unit column settles it too
    assert match(ws, "Nguyen Van An", "phong tai chinh - ke hoach") == (AuthorShare(o.an, None),)
    assert error(ws, "Nguyễn Văn An (Văn phòng Sở)").code == "author_not_found"


def test_unknown_and_duplicate(ws: Workspace) -> None:
    build(ws)
    assert error(ws, "Hoàng Văn Không Có").code == "author_not_found"
    assert error(ws, "Trần Thị Bình; tran thi binh").code == "duplicate_author"
