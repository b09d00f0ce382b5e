"""Giao ước thi đua: parties and commitments stored and changed in one transaction, the printed
bản giao ước and bản đăng ký thi đua read back with pypdf (and the Word copy with python-docx)."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from desktop.domain.covenants import CovenantInput, PartyInput
from desktop.domain.errors import ValidationError
from desktop.domain.units import UnitInput, UnitKind
from desktop.services import covenants, unit_names, units
from desktop.services.session import Workspace

COMMITMENTS = (
    "Hoàn thành 19/19 tiêu chí xã nông thôn mới nâng cao trong năm 2023.",
    "Xây dựng ít nhất 01 mô hình khu dân cư nông thôn mới kiểu mẫu.",
    "Không phát sinh nợ đọng xây dựng cơ bản trong xây dựng nông thôn mới.",
)


def _input(unit_id: int, **kw: object) -> CovenantInput:
    base: dict[str, object] = dict(
        title="Giao ước thi đua “Chung sức xây dựng nông thôn mới”",
        signed_on=date(2023, 2, 15),
        place="Yên Phong",
        period="năm 2023",
        preamble="Thực hiện Kế hoạch số 547/KH-UBND ngày 07/12/2022 của UBND tỉnh Bắc Ninh.",
        parties=(
            PartyInput(unit_id, "", "Nguyễn Văn Hùng", "Chủ tịch UBND xã"),
            PartyInput(None, "UBND xã Tam Đa", "Trần Thị Lan", "Chủ tịch UBND xã"),
            PartyInput(None, "UBND xã Yên Trung", "Lê Văn Minh", "Phó Chủ tịch UBND xã"),
        ),
        commitments=COMMITMENTS,
    )
    base.update(kw)
    return CovenantInput(**base)  # type: ignore[arg-type]


@pytest.fixture
def commune(ws: Workspace) -> int:
    return units.save(ws, UnitInput("UBND xã Dũng Liệt", UnitKind.COMMUNE, internal=False))


def test_covenant_saved_with_parties_in_order_and_changed(ws: Workspace, commune: int) -> None:
    cid = covenants.save(ws, _input(commune))
    c = covenants.get(ws, cid)
    assert [p.name for p in c.parties] == [
        "UBND xã Dũng Liệt",
        "UBND xã Tam Đa",
        "UBND xã Yên Trung",
    ]
    assert [p.outside for p in c.parties] == [False, True, True]
    assert c.commitments == COMMITMENTS
    first_ids = [p.id for p in c.parties]
    # Reorder, drop one party and one commitment: kept parties keep their rows.
    changed = _input(
        commune,
        parties=(c.parties[1].input(), c.parties[0].input()),
        commitments=COMMITMENTS[:2],
    )
    covenants.save(ws, changed, cid)
    c2 = covenants.get(ws, cid)
    assert [p.id for p in c2.parties] == [first_ids[1], first_ids[0]]
    assert c2.commitments == COMMITMENTS[:2]
    assert [x.id for x in covenants.list_covenants(ws)] == [cid]
    covenants.delete(ws, cid)
    assert covenants.list_covenants(ws) == []


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"parties": ()}, "too_few_parties"),
        ({"commitments": ("  ",)}, "no_commitment"),
        ({"title": " "}, "required"),
    ],
)
def test_covenant_refused_without_two_parties_or_a_commitment(
    ws: Workspace, commune: int, change: dict[str, object], code: str
) -> None:
    with pytest.raises(ValidationError) as exc:
        covenants.save(ws, _input(commune, **change))
    assert exc.value.code == code
    assert covenants.list_covenants(ws) == []


def test_same_party_twice_is_refused(ws: Workspace, commune: int) -> None:
    twice = (PartyInput(None, "UBND xã Tam Đa"), PartyInput(None, "ubnd xa tam da"))
    with pytest.raises(ValidationError) as exc:
        covenants.save(ws, _input(commune, parties=twice))
    assert exc.value.code == "party_twice"


def _text(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def test_printed_covenant_and_registration(ws: Workspace, commune: int, tmp_path: Path) -> None:
    cid = covenants.save(ws, _input(commune))
    c = covenants.get(ws, cid)
    # The commune was renamed after the signing: the papers print the name of that day.
    unit_names.rename(ws, commune, "UBND phường Dũng Liệt", date(2025, 7, 1))
    out = tmp_path / "giao_uoc.pdf"
    assert covenants.write(ws, cid, out, registrations=[c.parties[0].id]) == 2
    pages = _text(out.read_bytes())
    whole = "\n".join(pages)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in pages[0]
    assert "BẢN GIAO ƯỚC THI ĐUA" in pages[0]
    assert "Yên Phong, ngày 15 tháng 02 năm 2023" in pages[0]
    for line in COMMITMENTS:
        assert line.split()[0] in whole
    assert "UBND xã Dũng Liệt" in whole and "UBND phường Dũng Liệt" not in whole
    assert "ĐẠI DIỆN UBND XÃ TAM ĐA" in whole
    assert "Trần Thị Lan" in whole
    assert "03 bản" in whole
    reg = [p for p in pages if "BẢN ĐĂNG KÝ THI ĐUA" in p]
    assert len(reg) == 1
    assert "UBND XÃ DŨNG LIỆT" in reg[0]
    assert "Nguyễn Văn Hùng" in reg[0]
    # The Word copy carries the same papers.
    docx = tmp_path / "giao_uoc.docx"
    covenants.write(ws, cid, docx, covenant=False, registrations=[p.id for p in c.parties])
    text = "\n".join(p.text for p in Document(str(docx)).paragraphs)
    tables = "\n".join(
        cell.text for t in Document(str(docx)).tables for row in t.rows for cell in row.cells
    )
    assert "BẢN ĐĂNG KÝ THI ĐUA" in text + tables
    assert "BẢN GIAO ƯỚC THI ĐUA" not in text + tables
    assert "Lê Văn Minh" in text + tables
