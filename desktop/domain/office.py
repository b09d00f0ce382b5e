"""Office identity printed on every document."""

from __future__ import annotations

from dataclasses import dataclass, replace

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
