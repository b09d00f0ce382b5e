"""The award catalog: emulation titles and award forms, with the rule sets of each period."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from fractions import Fraction
from typing import Any

from desktop.domain.errors import ValidationError


class SubjectKind(StrEnum):
    """Who an award is for."""

    PERSON = "ca_nhan"
    COLLECTIVE = "tap_the"
    HOUSEHOLD = "ho_gia_dinh"

    @property
    def label(self) -> str:
        """Vietnamese label."""
        return {"ca_nhan": "Cá nhân", "tap_the": "Tập thể", "ho_gia_dinh": "Hộ gia đình"}[
            self.value
        ]


class CommendationType(StrEnum):
    """Loại hình khen thưởng (Luật 2022 Điều 8)."""

    MERIT = "cong_trang"
    MOVEMENT = "phong_trao"
    SUDDEN = "dot_xuat"
    SERVICE = "cong_hien"

    @property
    def label(self) -> str:
        """Vietnamese label."""
        return {
            "cong_trang": "Khen thưởng công trạng",
            "phong_trao": "Khen thưởng theo phong trào thi đua",
            "dot_xuat": "Khen thưởng đột xuất",
            "cong_hien": "Khen thưởng quá trình cống hiến",
        }[self.value]


@dataclass(frozen=True, slots=True)
class RuleSet:
    """The law in force for a period."""

    id: str
    name: str
    start: date
    end: date
    # The share by which the tenure asked of a woman leader (quá trình cống hiến) is cut.
    women_leader_tenure_cut: Fraction = Fraction(0)


@dataclass(frozen=True, slots=True)
class AwardType:
    """One catalog entry."""

    code: str
    name: str
    subject: SubjectKind
    category: str  # danh_hieu | hinh_thuc
    type: CommendationType
    level: str
    authority: str
    vote_threshold: int  # percent of total council members; 0 = no vote
    annual: bool
    one_time: bool
    rule: str
    basis: dict[str, str] = field(default_factory=dict)
    params: dict[str, Any] = field(default_factory=dict)
    review_note: str = ""

    def basis_for(self, rule_set: RuleSet) -> str:
        """Legal basis text under a rule set."""
        return self.basis.get(rule_set.id, "")


@dataclass(frozen=True, slots=True)
class Catalog:
    """The whole catalog."""

    rule_sets: tuple[RuleSet, ...]
    awards: tuple[AwardType, ...]

    def get(self, code: str) -> AwardType:
        """The award with this code; ValidationError when unknown."""
        for a in self.awards:
            if a.code == code:
                return a
        raise ValidationError("award", "award_unknown", f"Không có danh hiệu, hình thức mã {code}.")

    def codes(self) -> list[str]:
        """Every code, in catalog order."""
        return [a.code for a in self.awards]

    def rule_set_on(self, day: date) -> RuleSet:
        """The rule set in force on a day."""
        for rs in self.rule_sets:
            if rs.start <= day <= rs.end:
                return rs
        raise ValidationError(
            "date", "no_rule_set", f"Không có quy định áp dụng cho ngày {day:%d/%m/%Y}."
        )

    def rule_set_for_year(self, year: int) -> RuleSet:
        """A year is judged by the rules in force on 31 December of that year."""
        return self.rule_set_on(date(year, 12, 31))


def parse_catalog(text: str) -> Catalog:
    """Read the catalog TOML; ValidationError naming the entry when it is malformed."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ValidationError(
            "catalog", "catalog_syntax", f"Danh mục khen thưởng sai cú pháp: {exc}"
        ) from exc
    try:
        sets = tuple(
            RuleSet(
                r["id"],
                r["name"],
                date.fromisoformat(r["from"]),
                date.fromisoformat(r["to"]),
                Fraction(r.get("women_leader_tenure_cut", "0")),
            )
            for r in raw.get("rule_set", [])
        )
        awards = tuple(
            AwardType(
                code=a["code"],
                name=a["name"],
                subject=SubjectKind(a["subject"]),
                category=a["category"],
                type=CommendationType(a["type"]),
                level=a.get("level", ""),
                authority=a.get("authority", ""),
                vote_threshold=int(a.get("vote_threshold", 0)),
                annual=bool(a.get("annual", False)),
                one_time=bool(a.get("one_time", False)),
                rule=a.get("rule", "review"),
                basis=dict(a.get("basis", {})),
                params=dict(a.get("params", {})),
                review_note=a.get("review_note", ""),
            )
            for a in raw.get("award", [])
        )
    except (KeyError, ValueError, TypeError) as exc:
        raise ValidationError(
            "catalog", "catalog_entry", f"Danh mục khen thưởng có mục sai: {exc}"
        ) from exc
    codes = [a.code for a in awards]
    if len(set(codes)) != len(codes):
        raise ValidationError(
            "catalog", "catalog_duplicate", "Danh mục khen thưởng có mã trùng nhau."
        )
    return Catalog(sets, awards)


@dataclass(frozen=True, slots=True)
class AwardLine:
    """A stored line of award history (what the award record pages list and correct)."""

    id: int
    uuid: str
    subject_kind: str
    person_id: int | None
    unit_id: int | None
    year: int
    award_code: str
    award_name: str
    decision_number: str
    decision_date: date | None
    issuer: str
    nominee_id: int | None
