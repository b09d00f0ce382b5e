"""Giao ước thi đua: a covenant signed between units or communes (often within a khối, or for a
movement), with its commitments (nội dung giao ước) and the parties' signatories. The same
commitments make each party's bản đăng ký thi đua."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from desktop.domain.blocs import check_year
from desktop.domain.errors import ValidationError
from desktop.domain.text import clean, fold

MIN_PARTIES = 2
MAX_PARTIES = 60
MAX_COMMITMENTS = 60


def _text(value: str, field_name: str, label: str, limit: int, *, required: bool = False) -> str:
    text = clean(value)
    if required and not text:
        raise ValidationError(field_name, "required", f"Hãy ghi {label}.")
    if len(text) > limit:
        raise ValidationError(
            field_name,
            "too_long",
            f"{label[:1].upper()}{label[1:]} dài quá {limit} ký tự.",
            {"limit": limit},
        )
    return text


@dataclass(frozen=True, slots=True)
class PartyInput:
    """A party: a unit of the office's tree, or a free name (a commune or agency outside it),
    and who signs for it (name and title, e.g. "Chủ tịch UBND xã")."""

    unit_id: int | None = None
    name: str = ""  # required when unit_id is None
    signatory: str = ""
    signatory_title: str = ""

    def validated(self) -> PartyInput:
        """Cleaned copy (NFC) or ValidationError."""
        return replace(
            self,
            name=_text(self.name, "parties", "tên bên ký giao ước", 300, required=not self.unit_id),
            signatory=_text(self.signatory, "parties", "người ký", 120),
            signatory_title=_text(self.signatory_title, "parties", "chức vụ người ký", 200),
        )


@dataclass(frozen=True, slots=True)
class CovenantInput:
    """A covenant as entered: title, date and place of signing, period, the khối or movement it
    belongs to, an opening paragraph, the parties in signing order and the commitments."""

    title: str
    signed_on: date
    place: str = ""
    period: str = ""  # "năm 2023", "giai đoạn 2021 - 2025"
    bloc_id: int | None = None
    movement_id: int | None = None
    preamble: str = ""
    parties: tuple[PartyInput, ...] = ()
    commitments: tuple[str, ...] = ()

    def validated(self) -> CovenantInput:
        """Cleaned copy or ValidationError: at least two distinct parties and one commitment."""
        check_year(self.signed_on.year, "signed_on")
        parties = tuple(p.validated() for p in self.parties)
        if len(parties) < MIN_PARTIES:
            raise ValidationError(
                "parties", "too_few_parties", "Giao ước thi đua cần ít nhất hai bên ký kết."
            )
        if len(parties) > MAX_PARTIES:
            raise ValidationError(
                "parties", "too_many_parties", f"Giao ước có nhiều hơn {MAX_PARTIES} bên."
            )
        seen: set[object] = set()
        for p in parties:
            key: object = p.unit_id if p.unit_id is not None else fold(p.name)
            if key in seen:
                raise ValidationError(
                    "parties",
                    "party_twice",
                    f"{p.name or 'Một đơn vị'} được ghi hai lần trong các bên ký kết.",
                )
            seen.add(key)
        commitments = tuple(
            _text(c, "commitments", "nội dung giao ước", 2000) for c in self.commitments
        )
        commitments = tuple(c for c in commitments if c)
        if not commitments:
            raise ValidationError(
                "commitments", "no_commitment", "Hãy ghi ít nhất một nội dung giao ước."
            )
        if len(commitments) > MAX_COMMITMENTS:
            raise ValidationError(
                "commitments",
                "too_many_commitments",
                f"Giao ước có nhiều hơn {MAX_COMMITMENTS} nội dung.",
            )
        return replace(
            self,
            title=_text(self.title, "title", "tên giao ước", 300, required=True),
            place=_text(self.place, "place", "nơi ký", 200),
            period=_text(self.period, "period", "thời gian thực hiện", 100),
            preamble=_text(self.preamble, "preamble", "phần mở đầu", 4000),
            parties=parties,
            commitments=commitments,
        )


@dataclass(frozen=True, slots=True)
class Party:
    """A stored party; `name` is the unit's name for a unit of the tree."""

    id: int
    position: int
    unit_id: int | None
    name: str
    signatory: str
    signatory_title: str

    @property
    def outside(self) -> bool:
        """True for a free-name party (not a unit of the office's tree)."""
        return self.unit_id is None

    def input(self) -> PartyInput:
        """The editable part."""
        name = self.name if self.unit_id is None else ""
        return PartyInput(self.unit_id, name, self.signatory, self.signatory_title)


@dataclass(frozen=True, slots=True)
class Covenant:
    """A stored covenant with its parties and commitments."""

    id: int
    title: str
    signed_on: date
    place: str
    period: str
    bloc_id: int | None
    bloc_name: str  # "" without a khối
    movement_id: int | None
    movement_name: str  # "" without a movement
    preamble: str
    parties: tuple[Party, ...] = field(default=())
    commitments: tuple[str, ...] = field(default=())

    def input(self) -> CovenantInput:
        """The editable part."""
        return CovenantInput(
            self.title,
            self.signed_on,
            self.place,
            self.period,
            self.bloc_id,
            self.movement_id,
            self.preamble,
            tuple(p.input() for p in self.parties),
            self.commitments,
        )

    def party(self, party_id: int) -> Party:
        """One of its parties; ValidationError when it is not one."""
        for p in self.parties:
            if p.id == party_id:
                return p
        raise ValidationError("party", "not_a_party", "Đơn vị này không ký giao ước này.")
