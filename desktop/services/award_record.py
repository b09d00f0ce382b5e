"""A person's or unit's award record (quá trình khen thưởng): listed, added and corrected by
hand with validation (the audit log records who did it), and printed as a page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desktop import outputs
from desktop.documents import award_record as doc
from desktop.documents.data import OfficeHeader
from desktop.domain.awards import AwardLine
from desktop.domain.errors import ValidationError
from desktop.domain.text import clean
from desktop.persistence.repositories import award_history as repo
from desktop.persistence.repositories import awards as awards_repo
from desktop.persistence.repositories import dated_names
from desktop.persistence.repositories import office as office_repo
from desktop.persistence.repositories import people as people_repo
from desktop.persistence.repositories import units as units_repo
from desktop.services import catalog as catalog_service
from desktop.services.session import Workspace

__all__ = ["AwardEntry", "AwardLine", "add", "correct", "lines", "print_record"]

FIRST_YEAR = 1945


@dataclass(frozen=True, slots=True)
class AwardEntry:
    """What the clerk types: the year, the award (a catalog code or a free name for an old or
    outside form), the decision and its issuer."""

    year: int
    award_code: str = ""
    award_name: str = ""
    decision_number: str = ""
    decision_date: date | None = None
    issuer: str = ""


def lines(
    ws: Workspace, *, person_id: int | None = None, unit_id: int | None = None
) -> list[AwardLine]:
    """A person's or unit's award history, oldest first."""
    with ws.db.read() as conn:
        return repo.lines_of(conn, person_id=person_id, unit_id=unit_id)


def _validated(
    ws: Workspace, entry: AwardEntry, person_id: int | None, unit_id: int | None, today: date | None
) -> awards_repo.AwardRecordInput:
    today = today or date.today()
    if (person_id is None) == (unit_id is None):
        raise ValidationError("subject", "required", "Hãy chọn một cá nhân hoặc một tập thể.")
    if not FIRST_YEAR <= entry.year <= today.year:
        raise ValidationError(
            "year",
            "range",
            f"Năm khen thưởng phải từ {FIRST_YEAR} đến {today.year}.",
            {"low": FIRST_YEAR, "high": today.year},
        )
    code = clean(entry.award_code)
    name = clean(entry.award_name)
    if code:
        award = catalog_service.load(ws).get(code)
        name = name or award.name
        wanted = "ca_nhan" if person_id is not None else "tap_the"
        # A title (danh hiệu) belongs to one kind of subject; forms (Giấy khen, Bằng khen…) go to both.
        if award.category == "danh_hieu" and award.subject.value != wanted:
            raise ValidationError(
                "award_code",
                "subject",
                f"“{award.name}” không tặng cho "
                + ("cá nhân." if person_id is not None else "tập thể."),
                {"award": award.name},
            )
    if not name:
        raise ValidationError(
            "award_name", "required", "Hãy ghi danh hiệu hoặc hình thức khen thưởng."
        )
    number = clean(entry.decision_number)
    when = entry.decision_date
    if when is not None:
        if when > today:
            raise ValidationError("decision_date", "decision_future", "Ngày quyết định chưa tới.")
        if when.year < entry.year:
            raise ValidationError(
                "decision_date",
                "decision_before_year",
                "Quyết định không thể ký trước năm được khen.",
            )
    if when is not None and not number:
        raise ValidationError("decision_number", "required", "Hãy ghi số quyết định.")
    return awards_repo.AwardRecordInput(
        "person" if person_id is not None else "unit",
        entry.year,
        name,
        code,
        person_id=person_id,
        unit_id=unit_id,
        decision_number=number,
        decision_date=when,
        issuer=clean(entry.issuer),
    )


def add(
    ws: Workspace,
    entry: AwardEntry,
    *,
    person_id: int | None = None,
    unit_id: int | None = None,
    today: date | None = None,
) -> int:
    """Add a line by hand; return its id."""
    rec = _validated(ws, entry, person_id, unit_id, today)
    with ws.db.write() as conn:
        if person_id is not None:
            people_repo.get(conn, person_id)
        else:
            units_repo.get(conn, unit_id)  # type: ignore[arg-type]
        if repo.duplicate(conn, rec, None):
            raise ValidationError(
                "award_name",
                "award_recorded",
                f"Đã ghi “{rec.award_name}” năm {rec.year} rồi.",
                {"award": rec.award_name, "year": rec.year},
            )
        return awards_repo.insert(conn, rec)


def correct(ws: Workspace, record_id: int, entry: AwardEntry, *, today: date | None = None) -> None:
    """Correct a line's year, award or decision (its subject stays, read inside the write)."""
    with ws.db.write() as conn:
        old = repo.get(conn, record_id)
        rec = _validated(ws, entry, old.person_id, old.unit_id, today)
        if repo.duplicate(conn, rec, record_id):
            raise ValidationError(
                "award_name",
                "award_recorded",
                f"Đã ghi “{rec.award_name}” năm {rec.year} rồi.",
                {"award": rec.award_name, "year": rec.year},
            )
        repo.update(conn, record_id, rec)


def record_data(
    ws: Workspace,
    *,
    person_id: int | None = None,
    unit_id: int | None = None,
    today: date | None = None,
) -> doc.AwardRecordData:
    """What the Quá trình khen thưởng page prints."""
    with ws.db.read() as conn:
        office = office_repo.load(conn)
        if person_id is not None:
            person = people_repo.get(conn, person_id)
            subject: tuple[str, ...] = (
                f"Họ và tên: {person.data.full_name}",
                f"Đơn vị: {person.unit_name}",
            )
            position = person.data.position
            if position:
                subject += (f"Chức vụ: {position}",)
        else:
            unit = units_repo.get(conn, unit_id)  # type: ignore[arg-type]
            subject = (f"Tập thể: {unit.name}",)
        found = repo.lines_of(conn, person_id=person_id, unit_id=unit_id)
        given = dated_names.given_under(conn, found) if unit_id is not None else {}
    rows = tuple(
        doc.AwardRow(
            line.year,
            line.award_name + (f" (tặng {given[line.id]})" if line.id in given else ""),
            line.decision_number,
            line.decision_date,
            line.issuer,
        )
        for line in found
    )
    header = OfficeHeader(office.name, office.parent_agency, office.place, office.symbol)
    return doc.AwardRecordData(header, subject, rows, today or date.today())


def print_record(
    ws: Workspace, out: str | Path, *, person_id: int | None = None, unit_id: int | None = None
) -> Path:
    """Write the Quá trình khen thưởng page of a person or unit."""
    target = outputs.check_target(out)
    data = record_data(ws, person_id=person_id, unit_id=unit_id)
    return outputs.write_bytes(target, doc.render(data))
