"""The printed list of initiatives recognised in a year: PDF text and pages, CLI verb."""

from __future__ import annotations

from datetime import date
from io import BytesIO
from pathlib import Path

import pypdf
import pytest

from desktop.cli import main
from desktop.domain.office import OfficeInfo
from desktop.services import initiative_list, office
from desktop.services.session import Workspace
from tests.services.initiative_data import build


def pdf_text(data: bytes) -> tuple[int, str]:
    reader = pypdf.PdfReader(BytesIO(data))
    return len(reader.pages), "\n".join(p.extract_text() for p in reader.pages)


def test_list_groups_by_scope_and_prints_the_decisions(ws: Workspace) -> None:
    build(ws)
    office.save(
        ws,
        OfficeInfo(
            parent_agency="UBND tỉnh Sóc Trăng",
            name="Sở Nội vụ",
            place="Sóc Trăng",
            signer_name="Trần Văn Ký",
            signer_title="Giám đốc",
            symbol="SNV",
        ),
    )
    data = initiative_list.build(ws, 2024, issued_on=date(2025, 1, 10))
    # decided in 2024: the 2024 initiative (cơ sở) and the 2023 model (decided 01/02/2024)
    assert [g.caption for g in data.groups] == [
        "Phạm vi ảnh hưởng cấp tỉnh",
        "Phạm vi ảnh hưởng cấp cơ sở",
    ]
    assert data.count == 2
    from desktop.documents.initiative_list import render

    pages, text = pdf_text(render(data))
    assert pages == 1
    flat = " ".join(text.split())
    assert "DANH SÁCH" in flat
    assert "Sáng kiến được công nhận năm 2024" in flat
    assert "Sóc Trăng, ngày 10 tháng 01 năm 2025" in flat
    assert "Nguyễn Văn An (60%)" in flat
    assert "125/QĐ-SNV" in flat
    assert "TRẦN VĂN KÝ".lower() in flat.lower()
    assert "Tổng cộng: 02 sáng kiến" in flat


def test_empty_year_and_bad_year(ws: Workspace) -> None:
    build(ws)
    data = initiative_list.build(ws, 2022)
    assert data.count == 0
    from desktop.documents.initiative_list import render

    _pages, text = pdf_text(render(data))
    assert "Không có sáng kiến nào" in " ".join(text.split())
    from desktop.domain.errors import ValidationError

    with pytest.raises(ValidationError):
        initiative_list.build(ws, 1900)


def test_cli_verb(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ws = Workspace.open(db_path)
    build(ws)
    ws.close()
    out = tmp_path / "ds.pdf"
    assert (
        main(["--db", str(db_path), "initiatives-list", "--year", "2024", "--out", str(out)]) == 0
    )
    assert "2 sáng kiến" in capsys.readouterr().out
    pages, _ = pdf_text(out.read_bytes())
    assert pages >= 1
    assert (
        main(["--db", str(db_path), "initiatives-list", "--year", "1800", "--out", str(out)]) == 2
    )
