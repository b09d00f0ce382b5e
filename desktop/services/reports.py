"""Periodic reports: build the frozen content from the records, save the written parts, and
write the PDF (official frame) and the xlsx workbook (one sheet per table)."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from desktop.documents import report as report_pdf
from desktop.domain import progress as steps
from desktop.domain.errors import NotFoundError
from desktop.domain.report_data import ReportData, ReportTable, ResultSection
from desktop.domain.reports import (
    Period,
    ReportInput,
    ReportKind,
    SavedReport,
    Span,
    WrittenParts,
    parse_period,
)
from desktop.exchange import report_workbook
from desktop.persistence.repositories import dated_names, report_store
from desktop.persistence.repositories import documents as doc_repo
from desktop.persistence.repositories import movements as movement_repo
from desktop.persistence.repositories import reports as figures
from desktop.services import catalog as catalog_service
from desktop.services import office as office_service
from desktop.services import pdf_files, report_targets
from desktop.services import report_awards as award_tables
from desktop.services import report_tables as tables
from desktop.services.session import Workspace


def span_of(period: Period, movement_id: int | None) -> Span:
    """The repository's view of a period and scope."""
    return Span(period.start, period.end, movement_id)


def _movement_name(ws: Workspace, movement_id: int | None) -> str:
    if movement_id is None:
        return ""
    for row in movement_list(ws):
        if row[0] == movement_id:
            return row[1]
    raise NotFoundError(f"Không có phong trào số {movement_id}.")


def movement_list(ws: Workspace) -> list[tuple[int, str, date, date]]:
    """Movements to choose a scope from: id, name, start, end (newest first)."""
    with ws.db.read() as conn:
        rows = movement_repo.list_rows(conn, "")
    return sorted(((r.id, r.name, r.start, r.end) for r in rows), key=lambda r: r[2], reverse=True)


def build(
    ws: Workspace,
    period: Period | str,
    *,
    kind: ReportKind | None = None,
    movement_id: int | None = None,
    parts: WrittenParts | None = None,
    issued_on: date | None = None,
    with_form: bool = True,
) -> ReportData:
    """The report of `period` (and one movement, or all the office's work), with the saved
    written parts of the same kind, period and scope unless `parts` are given."""
    if isinstance(period, str):
        period = parse_period(period)
    kind = kind or period.default_kind()
    scope = _movement_name(ws, movement_id)
    previous = period.previous()
    span, prev = span_of(period, movement_id), span_of(previous, movement_id)
    catalog = catalog_service.load(ws)
    paper = office_service.paper_settings(ws)
    when = issued_on or date.today()
    steps.current().report(0, 0, steps.COMPUTE)
    with ws.db.read() as conn:
        office = dated_names.office_on(conn, when)  # the names of the paper's day
        if parts is None:
            saved = report_store.find(conn, kind, period, movement_id)
            parts = saved.data.parts if saved else WrittenParts()
        results: tuple[ResultSection, ...] = (
            tables.movements(conn, span, prev),
            tables.participation(conn, span, prev, when),
            tables.sponsorship(conn, span, prev),
            tables.contributions(conn, span, prev),
            tables.initiatives(conn, span, prev),
            award_tables.awards(conn, span, prev, catalog),
            award_tables.ranking(conn, span, prev),
        )
        form_year = period.end.year if with_form and period.whole_years else None
        form = award_tables.form_0603(conn, form_year, movement_id) if form_year else None
        form_0601 = report_targets.form_0601(conn, form_year, movement_id) if form_year else None
        running = len(figures.movements(conn, span))
    # -- decision helper (issue 14): the year's reward money, by award (whole office) --------
    if movement_id is None:
        from desktop.services import rewards as rewards_service

        number = 1 + sum(len(sec.tables) for sec in results)
        results = (*results, rewards_service.report_section(ws, span.start, span.end, number))
    # -- end of the decision helper's hunk -----------------------------------------------------
    steps.current().check()
    has_records = running > 0 or any(not t.is_empty for s in results for t in s.tables)
    return ReportData(
        office=office,
        kind=kind,
        period=period,
        previous=previous,
        scope=scope,
        issued_on=when,
        parts=parts.validated(),
        results=results,
        has_records=has_records,
        form=form,
        form_year=form_year,
        form_0601=form_0601,
        recipients=(paper.report_recipient,) if paper.report_recipient else (),
        copies_to=paper.default_copies(),
    )


def form_0603(ws: Workspace, year: int, movement_id: int | None = None) -> ReportTable:
    """Biểu 0603.N/BNV-TĐKT of a year."""
    with ws.db.read() as conn:
        return award_tables.form_0603(conn, year, movement_id)


def render_pdf(data: ReportData) -> bytes:
    """The report as PDF bytes in the official frame."""
    return report_pdf.render(data)


def render_counted(data: ReportData) -> tuple[bytes, int]:
    """The PDF bytes and their number of pages."""
    return report_pdf.render_counted(data)


ISSUED_KIND = "bao-cao-dinh-ky"


def issue(ws: Workspace, data: ReportData, pdf: bytes, pages: int, out: Path) -> int:
    """Write a built report to `out` and record it as issued (with the PDF, for reprints);
    return the issued document's id. Given Word bytes (pages 0), the Word copy is recorded."""
    digest = pdf_files.write_pdf(Path(out), pdf)
    with ws.db.write() as conn:
        return doc_repo.insert(
            conn,
            ISSUED_KIND,
            "",
            data.issued_on,
            None,
            data.subject,
            Path(out).name,
            digest,
            pages,
            pdf,
        )


def render_word(data: ReportData) -> bytes:
    """The report (and its Biểu 0603.N appendix) as a Word file, from the same data."""
    return report_pdf.render_docx(data)


def issue_word(ws: Workspace, data: ReportData, out: Path) -> int:
    """Write the Word copy of a built report to `out` and record it as issued (a cancel while
    it is laid out stops before the file is written)."""
    word = render_word(data)
    steps.current().check()
    return issue(ws, data, word, 0, out)


def write_pdf(data: ReportData, out: str | os.PathLike[str]) -> int:
    """Write the PDF (the Word copy when `out` ends in .docx); return its size in bytes."""
    paper = render_word(data) if pdf_files.is_word(out) else render_pdf(data)
    pdf_files.write_pdf(Path(out), paper)
    return len(paper)


def write_xlsx(data: ReportData, out: str | os.PathLike[str]) -> int:
    """Write the tables as a workbook, one sheet per table; return the number of sheets."""
    return report_workbook.write(Path(out), data)


# Saved reports --------------------------------------------------------------------------------


def save(ws: Workspace, data: ReportInput, report_id: int | None = None) -> int:
    """Store the report's kind, period, scope and written parts (the same kind, period and scope
    replaces the stored one); return its id."""
    data = data.validated()
    with ws.db.write() as conn:
        if report_id is None:
            existing = report_store.find(conn, data.kind, data.period, data.movement_id)
            report_id = existing.id if existing else None
        if report_id is None:
            return report_store.insert(conn, data)
        report_store.update(conn, report_id, data)
        return report_id


def offered_parts(
    ws: Workspace, kind: ReportKind, period: Period, movement_id: int | None = None
) -> tuple[WrittenParts, SavedReport | None]:
    """The written parts to start from: this report's own if saved; else the previous report
    of the same kind (its text offered for editing) and that report; else empty parts."""
    with ws.db.read() as conn:
        own = report_store.find(conn, kind, period, movement_id)
        if own is not None:
            return own.data.parts, own
        before = report_store.latest_before(conn, kind, period, movement_id)
    if before is None:
        return WrittenParts(), None
    return replace(before.data.parts), before


# Dashboard -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Dashboard:
    """The key figures of a year (this and the previous year) and the report they come from."""

    data: ReportData
    figures: tuple[tuple[str, float, float], ...]  # key, this period, previous period


FIGURE_KEYS = (
    "movements",
    "people",
    "units",
    "contributions",
    "initiatives",
    "proposed",
    "granted",
    "awards",
)


def _total(data: ReportData, key: str, now: int, before: int) -> tuple[float, float]:
    for t in data.tables:
        if t.key == key and t.total is not None:
            a, b = t.total[now], t.total[before]
            return float(a or 0), float(b or 0)
    return 0.0, 0.0


def dashboard(ws: Workspace, year: int, movement_id: int | None = None) -> Dashboard:
    """The figures of `year` (and one movement, or all) at a glance."""
    data = build(
        ws,
        Period(date(year, 1, 1), date(year, 12, 31), str(year)),
        movement_id=movement_id,
        with_form=False,
    )
    with ws.db.read() as conn:
        running = len(figures.movements(conn, span_of(data.period, movement_id)))
        before = len(figures.movements(conn, span_of(data.previous, movement_id)))
    initiatives = _total(data, "Sang kien theo loai", 4, 5)
    values = {
        "movements": (float(running), float(before)),
        "people": _total(data, "Dang ky tham gia", 2, 5),
        "units": _total(data, "Dang ky tham gia", 3, 6),
        "contributions": _total(data, "Dong gop", 3, 5),
        "initiatives": initiatives,
        "proposed": _total(data, "De nghi khen thuong", 6, 9),
        "granted": _total(data, "De nghi khen thuong", 7, 10),
        "awards": _total(data, "Khen thuong theo cap", 6, 7),
    }
    return Dashboard(data, tuple((k, *values[k]) for k in FIGURE_KEYS))
