"""The demo's 2025 reorganisation: the office's superior and place before 01/07/2025, two wards
merged into a new one, a commune merged into another, a ward renamed; a 2024 proposal for those
communes still prints the names of 2024 (read back from the PDF)."""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.documents import dossier as dossier_doc
from desktop.domain.unit_names import OfficeField
from desktop.services import award_record, demo, dossier, people, proposals, unit_names, units
from desktop.services.demo_names import BATCH_2024
from desktop.services.session import Workspace


@pytest.fixture(scope="module")
def demo_ws(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    ws = Workspace.open(Path(tmp_path_factory.mktemp("demo")) / "demo.db")
    demo.fill(ws, people=200, seed=1)
    yield ws
    ws.close()


def _unit(ws: Workspace, name: str) -> units.Unit:
    return next(u for u in units.list_units(ws) if u.name == name)


def _text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return unicodedata.normalize("NFC", "\n".join(p.extract_text() for p in pages))


def test_the_wards_merged_and_renamed_on_1_july_2025(demo_ws: Workspace) -> None:
    new = _unit(demo_ws, "Phường Sóc Trăng")
    merged = {m.from_name: (m.into_name, m.merged_on) for m in unit_names.merges(demo_ws)}
    assert merged == {
        "Phường 5": ("Phường Sóc Trăng", date(2025, 7, 1)),
        "Phường 7": ("Phường Sóc Trăng", date(2025, 7, 1)),
        "Xã Thiện Mỹ": ("Xã Hồ Đắc Kiện", date(2025, 7, 1)),
    }
    assert not _unit(demo_ws, "Phường 5").active and not _unit(demo_ws, "Xã Thiện Mỹ").active
    # the khóm of both wards are under the new ward, no two with one name
    khom = [u.name for u in units.list_units(demo_ws) if u.parent_id == new.id]
    assert len(khom) >= 4 and len(set(khom)) == len(khom)
    target = _unit(demo_ws, "Xã Hồ Đắc Kiện")
    hamlets = [u.name for u in units.list_units(demo_ws) if u.parent_id == target.id]
    assert len(set(hamlets)) == len(hamlets)
    renamed = unit_names.history(demo_ws, _unit(demo_ws, "Phường Phú Lợi").id)
    assert [(p.name, p.valid_to) for p in renamed] == [
        ("Phường 2", date(2025, 6, 30)),
        ("Phường Phú Lợi", None),
    ]
    superior = unit_names.office_history(demo_ws, OfficeField.PARENT_AGENCY)
    assert [p.name for p in superior] == ["UBND TỈNH SÓC TRĂNG", "UBND THÀNH PHỐ CẦN THƠ"]


def test_nobody_is_left_in_a_merged_ward(demo_ws: Workspace) -> None:
    for name in ("Phường 5", "Phường 7", "Xã Thiện Mỹ"):
        old = _unit(demo_ws, name)
        assert people.query_ids(demo_ws, people.make_query("", old.id, ws=demo_ws)) == []


def test_the_2024_proposal_prints_the_names_of_2024(demo_ws: Workspace) -> None:
    batch = next(r.id for r in proposals.list_batches(demo_ws) if r.title == BATCH_2024)
    data = dossier.build(demo_ws, batch)  # dated by its submission, 10/12/2024
    assert (data.office.parent_agency, data.office.place) == ("UBND TỈNH SÓC TRĂNG", "Sóc Trăng")
    assert [n.name for n in data.nominees] == ["Phường 5", "Xã Thiện Mỹ", "Phường 2"]
    text = _text(dossier_doc.render(data))
    assert "UBND TỈNH SÓC TRĂNG" in text and "Sóc Trăng, ngày 10 tháng 12 năm 2024" in text
    assert "Phường 5" in text and "Phường Sóc Trăng" not in text and "Phú Lợi" not in text
    assert "CẦN THƠ" not in text
    # the award went with the people to the new ward and still says whom it was given to
    new = _unit(demo_ws, "Phường Sóc Trăng")
    lines = award_record.record_data(demo_ws, unit_id=new.id).rows
    assert any("Phường 5" in r.award and r.year == 2024 for r in lines), lines
