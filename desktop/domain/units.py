"""Units: the office's own departments and the outside collectives it works with."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.errors import ValidationError
from desktop.domain.text import clean, fold


class UnitKind(StrEnum):
    """Kind of unit; the value is stored, the label is printed."""

    DEPARTMENT = "phong_ban"
    SUBORDINATE = "truc_thuoc"
    COMMUNE = "xa"
    VILLAGE = "thon"
    ENTERPRISE = "doanh_nghiep"
    COOPERATIVE = "hop_tac_xa"
    OTHER = "khac"

    @property
    def label(self) -> str:
        """Vietnamese name of the kind."""
        return UNIT_KIND_LABELS[self]


UNIT_KIND_LABELS: dict[UnitKind, str] = {
    UnitKind.DEPARTMENT: "Phòng, ban",
    UnitKind.SUBORDINATE: "Đơn vị trực thuộc",
    UnitKind.COMMUNE: "Xã, phường, đặc khu",
    UnitKind.VILLAGE: "Thôn, tổ dân phố",
    UnitKind.ENTERPRISE: "Doanh nghiệp",
    UnitKind.COOPERATIVE: "Hợp tác xã",
    UnitKind.OTHER: "Tổ chức khác",
}

# Kinds that are outside the office by default.
OUTSIDE_KINDS = frozenset(
    {UnitKind.COMMUNE, UnitKind.VILLAGE, UnitKind.ENTERPRISE, UnitKind.COOPERATIVE}
)


def _words(text: str | None) -> str:
    """Folded, punctuation as spaces: "Phòng/ban" → "phong ban"."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", fold(text)).split())


def _parts(text: str | None) -> set[str]:
    """The comma/slash/dash separated parts, folded: "Xã/phường" → {"xa", "phuong"}."""
    return {" ".join(p.split()) for p in re.split(r"[^0-9a-z ]+", fold(text)) if p.strip()}


def parse_unit_kind(text: str | None) -> UnitKind | None:
    """Match a kind by its stored value or its label, ignoring case, diacritics and punctuation
    ("Phòng/ban", "phòng ban", "Xã/phường", "thôn/tổ dân phố" are all accepted)."""
    key = _words(text)
    if not key:
        return None
    for kind in UnitKind:
        if key in (_words(kind.value), _words(kind.label)):
            return kind
    # Common short forms: "phòng", "xã", "thôn", "doanh nghiệp", "htx", ...
    shortcuts = {
        "phong": UnitKind.DEPARTMENT,
        "ban": UnitKind.DEPARTMENT,
        "don vi truc thuoc": UnitKind.SUBORDINATE,
        "xa": UnitKind.COMMUNE,
        "phuong": UnitKind.COMMUNE,
        "dac khu": UnitKind.COMMUNE,
        "xa phuong": UnitKind.COMMUNE,
        "thi tran": UnitKind.COMMUNE,
        "thon": UnitKind.VILLAGE,
        "to dan pho": UnitKind.VILLAGE,
        "thon to": UnitKind.VILLAGE,
        "ap": UnitKind.VILLAGE,
        "ban to": UnitKind.VILLAGE,
        "htx": UnitKind.COOPERATIVE,
        "dn": UnitKind.ENTERPRISE,
        "cong ty": UnitKind.ENTERPRISE,
    }
    if key in shortcuts:
        return shortcuts[key]
    # Some of a label's parts in another order or with other separators ("phường/xã").
    parts = _parts(text)
    for kind in UnitKind:
        if parts and parts <= _parts(kind.label):
            return kind
    return None


def unit_kind_choices() -> str:
    """The kinds one per line (for an error message: their names contain commas)."""
    return "\n".join(f"  - {label}" for label in UNIT_KIND_LABELS.values())


@dataclass(frozen=True, slots=True)
class UnitInput:
    """What a form or an import gives to create or change a unit."""

    name: str
    kind: UnitKind = UnitKind.DEPARTMENT
    code: str = ""
    parent_id: int | None = None
    internal: bool = True
    address: str = ""
    active: bool = True

    def validated(self) -> UnitInput:
        """Return a cleaned copy, or raise ValidationError."""
        name = clean(self.name)
        if not name:
            raise ValidationError("name", "required", "Tên đơn vị không được để trống.")
        if len(name) > 300:
            raise ValidationError(
                "name", "too_long", "Tên đơn vị dài quá 300 ký tự.", {"limit": 300}
            )
        code = clean(self.code).upper()
        if len(code) > 30:
            raise ValidationError("code", "too_long", "Mã đơn vị dài quá 30 ký tự.", {"limit": 30})
        return UnitInput(
            name=name,
            kind=self.kind,
            code=code,
            parent_id=self.parent_id,
            internal=self.internal,
            address=clean(self.address),
            active=self.active,
        )


@dataclass(frozen=True, slots=True)
class Unit:
    """A stored unit."""

    id: int
    uuid: str
    name: str
    kind: UnitKind
    code: str
    parent_id: int | None
    internal: bool
    address: str
    active: bool
