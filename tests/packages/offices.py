"""Two offices on real migrated files, each with its own data folder (so its own key): a commune
(Ủy ban nhân dân xã) that proposes, and the department (Sở) above it."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from desktop.domain.awards import CommendationType
from desktop.domain.initiatives import AuthorShare, InitiativeInput, RecognitionStatus, Scope
from desktop.domain.office import OfficeInfo
from desktop.domain.people import PersonInput
from desktop.domain.proposals import BatchInput, MeetingInput, NomineeInput, SubjectType
from desktop.domain.ratings import DisciplineKind, PersonRatingInput, Rating, UnitRatingInput
from desktop.domain.units import UnitInput
from desktop.services import award_record, initiatives, office, people, proposals, ratings, units
from desktop.services.session import Workspace


@dataclass
class Place:
    """One office: its file, its data folder (keys), its open workspace."""

    path: Path
    data: Path
    ws: Workspace
    ids: dict[str, int] = field(default_factory=dict)

    @contextmanager
    def acting(self) -> Iterator[Workspace]:
        """Work as this office (its data folder, so its key)."""
        old = os.environ.get("THIDUA_DATA_DIR")
        os.environ["THIDUA_DATA_DIR"] = str(self.data)
        try:
            yield self.ws
        finally:
            if old is None:
                os.environ.pop("THIDUA_DATA_DIR", None)
            else:
                os.environ["THIDUA_DATA_DIR"] = old

    @property
    def uuid(self) -> str:
        with self.ws.db.read() as conn:
            return str(conn.execute("SELECT uuid FROM office_info WHERE id = 1").fetchone()[0])


def open_place(template: Path, folder: Path, name: str, parent: str, place: str) -> Place:
    """A fresh migrated file with its office described (its key made at that first write)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "office.db"
    shutil.copyfile(template, path)
    data = folder / "data"
    data.mkdir()
    old = os.environ.get("THIDUA_DATA_DIR")
    os.environ["THIDUA_DATA_DIR"] = str(data)
    try:
        ws = Workspace.open(path)
        office.save(ws, OfficeInfo(parent, name, place, "Nguyễn Văn Ký", "Chủ tịch", "UBND"))
    finally:
        if old is not None:
            os.environ["THIDUA_DATA_DIR"] = old
    return Place(path, data, ws)


def fill_commune(p: Place) -> None:
    """A commune with a batch of four nominees, their ratings, a discipline, an initiative used
    as a ground, award history and the council's meeting with votes."""
    with p.acting() as ws:
        top = units.save(ws, UnitInput("Ủy ban nhân dân xã Tân Hòa", code="XTH"))
        office_unit = units.save(ws, UnitInput("Văn phòng - Thống kê", code="VP", parent_id=top))
        ids = {"top": top, "vp": office_unit}
        for key, name, cccd, rating in [
            ("huong", "Nguyễn Thị Hương", "001185000111", Rating.EXCELLENT),
            ("dung", "Đặng Văn Dũng", "001185000222", Rating.GOOD),
            ("lan", "Lê Thị Lan", "001185000333", Rating.GOOD),
            ("binh", "Trần Văn Bình", "001185000444", Rating.GOOD),
        ]:
            pid = people.save(ws, PersonInput(name, office_unit, cccd=cccd, position="Công chức"))
            ids[key] = pid
            for year in (2023, 2024, 2025):
                ratings.set_person_rating(ws, PersonRatingInput(pid, year, rating))
        ratings.set_person_rating(
            ws,
            PersonRatingInput(
                ids["binh"],
                2025,
                Rating.GOOD,
                DisciplineKind.REPRIMAND,
                "05/QĐ-UBND ngày 01/03/2025",
            ),
            replace=True,
        )
        ratings.set_unit_rating(ws, UnitRatingInput(office_unit, 2025, Rating.GOOD))
        award_record.add(
            ws,
            award_record.AwardEntry(2024, "LDTT", decision_number="10/QĐ-UBND", issuer="UBND xã"),
            person_id=ids["huong"],
        )
        ids["init"] = initiatives.save(
            ws,
            InitiativeInput(
                "Một cửa liên thông trên điện thoại",
                2025,
                authors=(AuthorShare(ids["huong"], 60.0), AuthorShare(ids["dung"], 40.0)),
                unit_id=office_unit,
                status=RecognitionStatus.RECOGNISED,
                recognising_body="UBND xã Tân Hòa",
                decision_number="12/QĐ-UBND",
                decision_date=date(2025, 10, 1),
                scope=Scope.BASE,
            ),
        )
        batch = proposals.create_batch(
            ws, BatchInput("Đề nghị khen thưởng tổng kết năm 2025", CommendationType.MERIT, 2025)
        )
        ids["batch"] = batch
        noms = {}
        for key, award, grounds in [
            ("huong", "CSTDCS", (ids["init"],)),
            ("dung", "LDTT", ()),
            ("lan", "LDTT", ()),
            ("binh", "LDTT", ()),
        ]:
            noms[key] = proposals.add_nominee(
                ws,
                batch,
                NomineeInput(
                    SubjectType.PERSON,
                    award,
                    person_id=ids[key],
                    summary=f"Hoàn thành xuất sắc nhiệm vụ ({key})",
                    initiative_ids=grounds,
                ),
            )
        ids |= {f"n_{k}": v for k, v in noms.items()}
        proposals.record_meeting(
            ws,
            batch,
            MeetingInput(
                datetime(2025, 12, 10, 8, 0), "Hội trường xã", "Nguyễn Văn Ký", "Lê Thư", 7, 7
            ),
            {nid: 7 for nid in noms.values()},
        )
        p.ids = ids


def fill_department(p: Place) -> None:
    """The department: one person already known there (the same CCCD as a commune nominee,
    another uuid, an older position) with an award held there, and an own draft batch."""
    with p.acting() as ws:
        unit = units.save(ws, UnitInput("Phòng Thi đua - Khen thưởng", code="TĐKT"))
        pid = people.save(
            ws, PersonInput("Đặng Văn Dũng", unit, cccd="001185000222", position="Cán bộ")
        )
        award_record.add(
            ws,
            award_record.AwardEntry(2025, "LDTT", decision_number="99/QĐ-SNV", issuer="Sở Nội vụ"),
            person_id=pid,
        )
        batch = proposals.create_batch(
            ws, BatchInput("Khen thưởng tổng kết năm 2025 (cấp Sở)", CommendationType.MERIT, 2025)
        )
        p.ids = {"unit": unit, "dung": pid, "batch": batch}
