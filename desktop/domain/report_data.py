"""The frozen content of a periodic report: plain values filled by the services, printed by
the documents layer and written to a workbook by the exchange layer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.domain.office import OfficeInfo
from desktop.domain.reports import Period, ReportKind, WrittenParts

Cell = str | int | float | None


@dataclass(frozen=True, slots=True)
class Chart:
    """A bar chart: one bar group per label, one bar per series (e.g. this and the previous
    period)."""

    labels: tuple[str, ...]
    series: tuple[tuple[str, tuple[float, ...]], ...]
    unit: str = ""  # e.g. "triệu đồng"


@dataclass(frozen=True, slots=True)
class ReportTable:
    """One table of the report, and one sheet of its workbook."""

    key: str  # sheet name (≤ 31 characters)
    title: str  # "Bảng 1. …"
    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    total: tuple[Cell, ...] | None = None
    widths: tuple[float, ...] = ()  # relative column widths; empty: equal
    note: str = ""  # printed in italics under the table
    empty: str = ""  # printed instead of the table when it has no rows
    chart: Chart | None = None
    column_codes: tuple[str, ...] = ()  # the row of column codes under the header (A, B, 1 …)

    @property
    def is_empty(self) -> bool:
        """No rows."""
        return not self.rows


@dataclass(frozen=True, slots=True)
class ResultSection:
    """A numbered part of "II. Kết quả": a heading, sentences, then its tables."""

    heading: str
    text: tuple[str, ...]
    tables: tuple[ReportTable, ...] = ()


@dataclass(frozen=True, slots=True)
class ReportData:
    """A report as printed: header, period, scope, written parts, results, and Biểu 0603.N."""

    office: OfficeInfo
    kind: ReportKind
    period: Period
    previous: Period
    scope: str  # "" for all the office's work, or the movement's name
    issued_on: date
    parts: WrittenParts
    results: tuple[ResultSection, ...]
    has_records: bool  # False: the period holds nothing to count (the report says so)
    form: ReportTable | None = None  # Biểu 0603.N of a year
    form_year: int | None = None
    recipients: tuple[str, ...] = ()  # Kính gửi (printed when the Nơi nhận says "Như trên")
    copies_to: tuple[str, ...] = ()  # Nơi nhận
    number: int | None = None  # số of the report, from the register; None: a draft
    form_0601: ReportTable | None = None  # Biểu 0601.N of the same year (issue 20)

    @property
    def tables(self) -> tuple[ReportTable, ...]:
        """Every table in print order, the form last."""
        out = [t for s in self.results for t in s.tables]
        if self.form_0601 is not None:
            out.append(self.form_0601)
        if self.form is not None:
            out.append(self.form)
        return tuple(out)

    @property
    def subject(self) -> str:
        """The trích yếu: `Kết quả công tác thi đua, khen thưởng năm 2025` (+ the movement)."""
        text = f"Kết quả công tác thi đua, khen thưởng {self.period.label}"
        if self.scope:
            text += f" trong Phong trào thi đua “{self.scope}”"
        return text
