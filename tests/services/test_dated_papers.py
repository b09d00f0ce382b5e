"""Papers print the names of their own day: the office's superior and place before and after
01/07/2025, a merged commune's name on a 2024 dossier and decision (read back from the PDF)."""

from __future__ import annotations

import io
import unicodedata
from datetime import date

import pytest
from pypdf import PdfReader

from desktop.documents import dossier as dossier_doc
from desktop.domain.awards import CommendationType
from desktop.domain.office import OfficeInfo
from desktop.domain.people import PersonInput
from desktop.domain.proposals import BatchInput, NomineeInput, SubjectType
from desktop.domain.ratings import PersonRatingInput, Rating
from desktop.domain.unit_names import NamePeriod, OfficeField
from desktop.domain.units import UnitInput, UnitKind
from desktop.services import dossier, office, people, proposals, ratings, unit_names, units
from desktop.services.session import Workspace

MERGED = date(2025, 7, 1)
OLD_END = date(2025, 6, 30)


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return unicodedata.normalize("NFC", "\n".join(p.extract_text() for p in reader.pages))


@pytest.fixture
def merged_batch(ws: Workspace) -> dict[str, int]:
    office.save(
        ws,
        OfficeInfo(
            "UBND THÀNH PHỐ CẦN THƠ", "SỞ NỘI VỤ", "Cần Thơ", "Lê Văn Tám", "Giám đốc", "SNV"
        ),
    )
    for field, old in (
        (OfficeField.PARENT_AGENCY, "UBND TỈNH SÓC TRĂNG"),
        (OfficeField.PLACE, "Sóc Trăng"),
    ):
        unit_names.add_office_past_name(ws, field, NamePeriod(old, None, OLD_END))
    a = units.save(ws, UnitInput("Xã Mỹ Hương", UnitKind.COMMUNE, internal=False))
    b = units.save(ws, UnitInput("Xã Mỹ Tú", UnitKind.COMMUNE, internal=False))
    c = units.save(ws, UnitInput("Xã Mỹ Tú Mới", UnitKind.COMMUNE, internal=False))
    pid = people.save(ws, PersonInput("Nguyễn Văn An", a, position="Công chức"))
    ratings.set_person_rating(ws, PersonRatingInput(pid, 2024, Rating.EXCELLENT))
    batch = proposals.create_batch(
        ws, BatchInput("Khen thưởng năm 2024", CommendationType.MERIT, 2024)
    )
    proposals.add_nominee(ws, batch, NomineeInput(SubjectType.PERSON, "LDTT", person_id=pid))
    proposals.add_nominee(ws, batch, NomineeInput(SubjectType.UNIT, "GIAY_KHEN", unit_id=b))
    unit_names.merge(ws, [a, b], c, MERGED)
    return {"batch": batch, "a": a, "b": b, "c": c}


def test_a_2024_dossier_prints_the_old_superior_and_commune_names(
    ws: Workspace, merged_batch: dict[str, int]
) -> None:
    data = dossier.build(ws, merged_batch["batch"], issued_on=date(2024, 12, 10))
    assert data.office.parent_agency == "UBND TỈNH SÓC TRĂNG"
    assert data.office.place == "Sóc Trăng"
    by_key = {n.key.split(":")[0]: n for n in data.nominees}
    assert by_key["person"].unit == "Xã Mỹ Hương"
    assert by_key["unit"].name == "Xã Mỹ Tú"
    text = _text(dossier_doc.render(data))
    assert "SÓC TRĂNG" in text and "CẦN THƠ" not in text
    assert "Xã Mỹ Hương" in text and "Xã Mỹ Tú Mới" not in text


def test_the_same_batch_printed_after_the_merge_prints_the_new_names(
    ws: Workspace, merged_batch: dict[str, int]
) -> None:
    data = dossier.build(ws, merged_batch["batch"], issued_on=date(2025, 8, 1))
    assert data.office.parent_agency == "UBND THÀNH PHỐ CẦN THƠ"
    assert {n.unit for n in data.nominees if n.key.startswith("person")} == {"Xã Mỹ Tú Mới"}
    assert {n.name for n in data.nominees if n.key.startswith("unit")} == {"Xã Mỹ Tú Mới"}
    text = _text(dossier_doc.render(data))
    assert "CẦN THƠ" in text and "SÓC TRĂNG" not in text
