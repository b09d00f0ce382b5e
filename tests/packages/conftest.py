"""A commune and a department, each on its own migrated file with its own key."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.packages.offices import Place, fill_commune, fill_department, open_place


@pytest.fixture
def commune(template_db: Path, tmp_path: Path) -> Iterator[Place]:
    p = open_place(
        template_db,
        tmp_path / "xa",
        "Ủy ban nhân dân xã Tân Hòa",
        "UBND huyện Châu Thành",
        "Tân Hòa",
    )
    fill_commune(p)
    yield p
    p.ws.close()


@pytest.fixture
def department(template_db: Path, tmp_path: Path) -> Iterator[Place]:
    p = open_place(template_db, tmp_path / "so", "Sở Nội vụ", "UBND tỉnh Sóc Trăng", "Sóc Trăng")
    fill_department(p)
    yield p
    p.ws.close()
