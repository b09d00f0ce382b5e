"""Certificates of a decided batch: which nominees get one, the layout and calibration they
print with, the register numbers, and the PDF (blank or plain mode, one page each)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from desktop import outputs
from desktop.documents import certificates as doc
from desktop.documents import certificates_word as word_doc
from desktop.documents.formatting import date_line
from desktop.domain.awards import Catalog
from desktop.domain.certificates import (
    CERTIFICATE_AWARDS,
    Calibration,
    CertificateData,
    CertificateLayout,
    PrintMode,
    RegisterEntry,
    default_layout,
)
from desktop.domain.errors import ValidationError
from desktop.domain.proposals import BatchState, Outcome, SubjectType
from desktop.persistence import Connection
from desktop.persistence.repositories import certificates as repo
from desktop.persistence.repositories import dated_names
from desktop.persistence.repositories import office as office_repo
from desktop.persistence.repositories import proposals as batch_repo
from desktop.services import catalog as catalog_service
from desktop.services.pdf_files import is_word
from desktop.services.session import Workspace

_AUTHORITY = re.compile(r"^(KT|TM|Q|TL|TUQ)\.\s*", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class PrintResult:
    """What was written."""

    path: Path
    pages: int
    skipped: tuple[str, ...]  # nominees granted an award the office prints no certificate for


# -- layouts and calibrations --------------------------------------------------------------


def layouts(ws: Workspace) -> list[CertificateLayout]:
    """The office's stored layouts."""
    with ws.db.read() as conn:
        return repo.layouts(conn)


def save_layout(ws: Workspace, layout: CertificateLayout, old_name: str = "") -> CertificateLayout:
    """Validate and store a layout; return what was stored."""
    clean = layout.validated()
    with ws.db.write() as conn:
        taken = {x.name for x in repo.layouts(conn)} - {old_name or clean.name}
        if clean.name in taken:
            raise ValidationError(
                "name",
                "layout_exists",
                f"Đã có mẫu phôi tên '{clean.name}'.",
                {"name": clean.name},
            )
        repo.save_layout(conn, clean, old_name)
    return clean


def layout_named(ws: Workspace, name: str) -> CertificateLayout:
    """A stored layout by name (ValidationError when there is none)."""
    found = next((x for x in layouts(ws) if x.name == " ".join(name.split())), None)
    if found is None:
        raise ValidationError(
            "layout", "unknown_layout", f"Không có mẫu phôi tên '{name}'.", {"name": name}
        )
    return found


def _layout_for(stored: list[CertificateLayout], award_code: str) -> CertificateLayout:
    return (
        next((x for x in stored if x.award_code == award_code), None)
        or next((x for x in stored if not x.award_code), None)
        or default_layout()
    )


def calibration(ws: Workspace, printer: str = "") -> Calibration:
    """A printer's calibration (none stored: no correction)."""
    with ws.db.read() as conn:
        found = next((c for c in repo.calibrations(conn) if c.printer == printer), None)
    return found or Calibration(printer)


def save_calibration(ws: Workspace, cal: Calibration) -> Calibration:
    """Validate and store a printer's calibration."""
    clean = cal.validated()
    with ws.db.write() as conn:
        repo.save_calibration(conn, clean)
    return clean


# -- the certificates of a batch -------------------------------------------------------------


def _issuer_title(signer_title: str, office_name: str) -> str:
    head = _AUTHORITY.sub("", (signer_title.splitlines() or [""])[0].strip())
    return " ".join(x for x in (head, office_name) if x).upper()


def sample(ws: Workspace) -> CertificateData:
    """A made-up certificate for test prints and the layout editor."""
    with ws.db.read() as conn:
        office = office_repo.load(conn)
    today = date.today()
    return CertificateData(
        "Nguyễn Thị Minh Phương",
        "Phòng Kế hoạch - Tài chính",
        "Lao động tiên tiến",
        "LDTT",
        today.year,
        f"Quyết định số 150/QĐ-{office.symbol or 'STC'} ngày {today:%d/%m/%Y}",
        date_line(office.place, today),
        " ".join(office.signer_title.split()) or "GIÁM ĐỐC",
        office.signer_name or "Trần Văn An",
        f"Số vào sổ: 1/{today.year}",
        _issuer_title(office.signer_title, office.name),
    )


@dataclass(frozen=True, slots=True)
class CertificateRun:
    """The certificates of one printing, numbered and frozen: the PDF and the Word copy both
    print exactly these (the same texts, register numbers and places)."""

    pages: tuple[tuple[CertificateData, CertificateLayout], ...]
    calibration: Calibration
    mode: PrintMode
    skipped: tuple[str, ...]  # nominees granted an award the office prints no certificate for
    entries: tuple[RegisterEntry, ...]  # the register lines, numbers given or reused
    new_numbers: frozenset[int]  # nominees given their number by this printing


def _numbered(
    conn: Connection,
    batch_id: int,
    catalog: Catalog,
    *,
    chosen_layout: CertificateLayout | None,
    plain: bool,
    nominee_ids: frozenset[int] | None,
    cal: Calibration,
    who: str,
) -> CertificateRun:
    """Read the decided batch and give each certificate its register number (the one it
    already has, else the year's next): inside the caller's write transaction."""
    batch = batch_repo.get_batch(conn, batch_id)
    if batch.state != BatchState.DECIDED or not batch.decision_number or not batch.decision_date:
        raise ValidationError(
            "batch",
            "not_decided",
            "Đợt này chưa có quyết định khen thưởng: chưa in giấy khen được.",
        )
    decided_on = batch.decision_date
    names = dated_names.DatedNames(conn, decided_on)  # the names of the decision's day
    office = names.office()
    stored = repo.layouts(conn)
    granted = [
        n
        for n in names.nominees(batch_repo.nominees(conn, batch_id))
        if n.outcome == Outcome.GRANTED.value and (nominee_ids is None or n.id in nominee_ids)
    ]
    skipped = tuple(n.name for n in granted if n.data.award_code not in CERTIFICATE_AWARDS)
    printable = [n for n in granted if n.data.award_code in CERTIFICATE_AWARDS]
    if not printable:
        raise ValidationError(
            "nominees", "none", "Không có ai được khen trong đợt này để in giấy khen."
        )
    numbers = repo.register_numbers(conn, [n.id for n in printable])
    following = repo.next_register_number(conn, decided_on.year)
    signer_title = " ".join((batch.signer_title or office.signer_title).split())
    signer_name = batch.signer_name or office.signer_name
    pages: list[tuple[CertificateData, CertificateLayout]] = []
    entries: list[RegisterEntry] = []
    mode = PrintMode.PLAIN if plain else PrintMode.BLANK
    for n in printable:
        year, number = numbers.get(n.id) or (decided_on.year, following)
        if n.id not in numbers:
            following += 1
        award = catalog.get(n.data.award_code)
        data = CertificateData(
            n.name,
            n.unit_name if n.data.subject == SubjectType.PERSON else n.unit_name or "",
            award.name,
            award.code,
            batch.year,
            f"Quyết định số {batch.decision_number} ngày {decided_on:%d/%m/%Y}",
            date_line(office.place, decided_on),
            signer_title,
            signer_name,
            f"Số vào sổ: {number}/{year}",
            _issuer_title(signer_title, office.name),
            n.data.subject != SubjectType.PERSON,
            n.data.summary,
        )
        layout = chosen_layout or _layout_for(stored, award.code)
        pages.append((data, layout))
        entries.append(
            RegisterEntry(
                year,
                number,
                n.id,
                batch_id,
                n.name,
                data.unit,
                award.code,
                award.name,
                batch.decision_number,
                mode,
                "" if plain else layout.name,
                who,
                None,
                1,
            )
        )
    new = frozenset(n.id for n in printable if n.id not in numbers)
    return CertificateRun(tuple(pages), cal, mode, skipped, tuple(entries), new)


def render_pdf(run: CertificateRun) -> bytes:
    """The PDF of a numbered printing."""
    return doc.render(run.pages, run.calibration, run.mode)


def render_word(run: CertificateRun) -> bytes:
    """The Word copy of a numbered printing: the same pages, texts and numbers as its PDF."""
    return word_doc.render_docx(run.pages, run.calibration, run.mode)


def print_batch(
    ws: Workspace,
    batch_id: int,
    out: str | Path,
    *,
    layout_name: str = "",
    plain: bool = False,
    nominee_ids: frozenset[int] | None = None,
    printer: str = "",
    user: str | None = None,
) -> PrintResult:
    """Print the certificates of a decided batch (all granted nominees, or the ones chosen) in
    one PDF and record them in the certificate register; nothing is recorded if writing fails.

    A name ending in .docx writes the Word copy instead: the same numbering (one transaction,
    the numbers already in the register reused), counted in the register only for the
    certificates that had no number yet (a copy is not a print)."""
    target = outputs.check_target(out)
    chosen_layout = (layout_name and layout_named(ws, layout_name)) or None
    cal = calibration(ws, printer)
    who = user or ws.db.actor.user
    word = is_word(target)
    catalog = catalog_service.load(ws)
    with ws.db.write() as conn:
        run = _numbered(
            conn,
            batch_id,
            catalog,
            chosen_layout=chosen_layout,
            plain=plain,
            nominee_ids=nominee_ids,
            cal=cal,
            who=who,
        )
        paper = render_word(run) if word else render_pdf(run)
        if word:
            repo.record(conn, [e for e in run.entries if e.nominee_id in run.new_numbers])
        else:
            repo.record(conn, list(run.entries))
        outputs.write_bytes(target, paper)
    return PrintResult(target, len(run.pages), run.skipped)


def register(ws: Workspace, batch_id: int | None = None) -> list[RegisterEntry]:
    """The certificate register (of one batch when given)."""
    with ws.db.read() as conn:
        return repo.register(conn, batch_id)


def write_test_print(
    ws: Workspace, layout: CertificateLayout, out: str | Path, printer: str = ""
) -> Path:
    """The layout's test print on plain paper (sample text in outlined boxes)."""
    pdf = doc.render_test(layout.validated(), sample(ws), calibration(ws, printer))
    return outputs.write_bytes(out, pdf)


def write_grid(
    ws: Workspace, out: str | Path, printer: str = "", cal: Calibration | None = None
) -> Path:
    """The calibration grid page of a printer."""
    return outputs.write_bytes(out, doc.render_grid(cal or calibration(ws, printer)))


def replace_field(layout: CertificateLayout, key: str, **changes: Any) -> CertificateLayout:
    """The layout with one field changed (the editor's moves)."""
    return replace(
        layout, fields=tuple(replace(f, **changes) if f.key == key else f for f in layout.fields)
    )


@dataclass(frozen=True, slots=True)
class Printable:
    """A granted nominee of a batch, as the print dialog lists it."""

    nominee_id: int
    name: str
    unit: str
    award_name: str
    register: str  # "12/2025" once printed, else ""
    has_certificate: bool  # False: an award the office does not print (decided above it)


def printable(ws: Workspace, batch_id: int) -> list[Printable]:
    """The granted nominees of a batch, with their register numbers."""
    catalog = catalog_service.load(ws)
    with ws.db.read() as conn:
        granted = [
            n for n in batch_repo.nominees(conn, batch_id) if n.outcome == Outcome.GRANTED.value
        ]
        numbers = repo.register_numbers(conn, [n.id for n in granted])
    out = []
    for n in granted:
        year_number = numbers.get(n.id)
        out.append(
            Printable(
                n.id,
                n.name,
                n.unit_name,
                catalog.get(n.data.award_code).name,
                f"{year_number[1]}/{year_number[0]}" if year_number else "",
                n.data.award_code in CERTIFICATE_AWARDS,
            )
        )
    return out


def delete_layout(ws: Workspace, name: str) -> None:
    """Remove a stored layout."""
    with ws.db.write() as conn:
        repo.delete_layout(conn, name)


def printers(ws: Workspace) -> list[str]:
    """The printers with a stored calibration."""
    with ws.db.read() as conn:
        return [c.printer for c in repo.calibrations(conn)]
