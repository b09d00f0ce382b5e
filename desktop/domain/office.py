"""Office identity printed on every document."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from desktop.domain.errors import ValidationError
from desktop.domain.text import clean


@dataclass(frozen=True, slots=True)
class OfficeInfo:
    """Thông tin cơ quan: printed in the header and signature of documents."""

    parent_agency: str = ""  # cơ quan chủ quản
    name: str = ""  # tên cơ quan
    place: str = ""  # địa danh
    signer_name: str = ""
    signer_title: str = ""  # chức vụ người ký
    symbol: str = ""  # ký hiệu, e.g. STC

    def validated(self) -> OfficeInfo:
        """Return a cleaned copy, or raise ValidationError."""
        cleaned = replace(
            self,
            parent_agency=clean(self.parent_agency),
            name=clean(self.name),
            place=clean(self.place),
            signer_name=clean(self.signer_name),
            signer_title=clean(self.signer_title),
            symbol=clean(self.symbol).upper().replace(" ", ""),
        )
        if not cleaned.name:
            raise ValidationError("name", "required", "Tên cơ quan không được để trống.")
        if cleaned.symbol and not all(
            c.isascii() and (c.isalnum() or c == "-") for c in cleaned.symbol
        ):
            raise ValidationError(
                "symbol", "symbol_format", "Ký hiệu chỉ gồm chữ cái không dấu, chữ số và dấu '-'."
            )
        return cleaned


AS_ABOVE = "Như trên"
FILED = "Lưu: VT"


def _lines(lines: tuple[str, ...]) -> tuple[str, ...]:
    out = []
    for line in lines:
        text = clean(line).lstrip("-").strip().rstrip(";.").strip()
        if text:
            out.append(text)
    return tuple(out)


@dataclass(frozen=True, slots=True)
class PaperSettings:
    """What the office's papers print besides its identity: the default Nơi nhận, the drafting
    unit named in "Lưu: VT, …", and where its periodic report goes (Kính gửi)."""

    copies_to: tuple[str, ...] = ()  # empty: "Như trên" and "Lưu: VT, <drafting unit>"
    drafting_unit: str = ""  # chữ viết tắt of the drafting unit, e.g. "TĐKT" or "VP"
    report_recipient: str = ""  # empty: the Thường trực Hội đồng Thi đua - Khen thưởng tỉnh

    def validated(self) -> PaperSettings:
        """A cleaned copy (one recipient a line, without the list's dashes and stops)."""
        return replace(
            self,
            copies_to=_lines(self.copies_to),
            drafting_unit=clean(self.drafting_unit).rstrip(".,;"),
            report_recipient=clean(self.report_recipient).rstrip(".;"),
        )

    def filed_line(self) -> str:
        """`Lưu: VT, TĐKT` (or `Lưu: VT` without a drafting unit)."""
        return f"{FILED}, {self.drafting_unit}" if self.drafting_unit else FILED

    def default_copies(self) -> tuple[str, ...]:
        """The Nơi nhận printed when a batch has none of its own."""
        return self.copies_to or (AS_ABOVE, self.filed_line())


@dataclass(frozen=True, slots=True)
class RegisterEntry:
    """One line of the sổ văn bản đi (the office's outgoing register)."""

    id: int
    year: int
    number: int
    kind_code: str  # the paper's abbreviation in its symbol: TTr, QĐ, BC …
    symbol: str
    issued_on: date
    subject: str
    batch_id: int | None
    document_id: int | None
