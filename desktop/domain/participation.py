"""Who takes part in a movement: registrations, sponsored communes, contributions, scores."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from typing import NamedTuple

from desktop.domain.errors import ValidationError
from desktop.domain.labelled import LabelledEnum
from desktop.domain.text import clean

MAX_MONEY = 10**15  # đồng; anything larger is a typing mistake


class SupportKind(LabelledEnum):
    """Kind of a support activity for a sponsored commune."""

    MONEY = "tien", "Tiền"
    GOODS = "hien_vat", "Hiện vật"
    LABOUR = "ngay_cong", "Ngày công"
    ADVICE = "tu_van", "Tư vấn"


class ContributionKind(LabelledEnum):
    """Kind of a contribution."""

    MONEY = "tien", "Tiền"
    GOODS = "hien_vat", "Hiện vật"
    LABOUR = "ngay_cong", "Ngày công"
    LAND = "dat_dai", "Đất đai"

    @property
    def default_unit(self) -> str:
        """The usual unit of quantity."""
        return {
            ContributionKind.MONEY: "đồng",
            ContributionKind.GOODS: "",
            ContributionKind.LABOUR: "ngày công",
            ContributionKind.LAND: "m²",
        }[self]


class Participant(StrEnum):
    """Who registered: a person or a unit."""

    PERSON = "p"
    UNIT = "u"


class ContributorKind(LabelledEnum):
    """Who contributed."""

    PERSON = "ca_nhan", "Cá nhân"
    UNIT = "don_vi", "Đơn vị"
    BUSINESS = "doanh_nghiep", "Doanh nghiệp"
    HOUSEHOLD = "ho_gia_dinh", "Hộ gia đình"


def _money(value: int, field: str, label: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, "not_integer", f"{label} phải là số đồng nguyên.")
    if value < 0:
        raise ValidationError(field, "negative", f"{label} không được là số âm.")
    if value > MAX_MONEY:
        raise ValidationError(field, "too_large", f"{label} lớn bất thường; hãy kiểm tra lại.")
    return value


def _one_participant(person_id: int | None, unit_id: int | None) -> None:
    if (person_id is None) == (unit_id is None):
        raise ValidationError(
            "participant", "participant_one", "Hãy chọn đúng một cá nhân hoặc một đơn vị."
        )


def _year(year: int, field: str = "year") -> int:
    if not 1945 <= year <= 2100:
        raise ValidationError(
            field, "year_range", "Năm phải trong khoảng 1945 - 2100.", {"low": 1945, "high": 2100}
        )
    return year


@dataclass(frozen=True, slots=True)
class RegistrationInput:
    """Đăng ký thi đua of a person or a unit, for a movement or for a year's titles."""

    registered_on: date
    title: str
    person_id: int | None = None
    unit_id: int | None = None
    movement_id: int | None = None
    year: int | None = None
    group_id: int | None = None
    commitments: str = ""

    def validated(self) -> RegistrationInput:
        """Cleaned copy or ValidationError."""
        _one_participant(self.person_id, self.unit_id)
        if self.movement_id is None and self.year is None:
            raise ValidationError(
                "movement_id", "required", "Hãy chọn phong trào hoặc năm đăng ký."
            )
        year = _year(self.year) if self.year is not None else None
        title = clean(self.title)
        if not title:
            raise ValidationError("title", "required", "Hãy ghi danh hiệu đăng ký.")
        if len(title) > 200:
            raise ValidationError(
                "title", "too_long", "Danh hiệu đăng ký dài quá 200 ký tự.", {"limit": 200}
            )
        return replace(self, title=title, year=year, commitments=clean(self.commitments))


@dataclass(frozen=True, slots=True)
class SponsorshipInput:
    """An internal unit supports an outside commune (đỡ đầu, có địa chỉ cụ thể)."""

    movement_id: int
    unit_id: int
    commune_id: int
    since: date | None = None
    note: str = ""

    def validated(self) -> SponsorshipInput:
        """Cleaned copy or ValidationError."""
        if self.unit_id == self.commune_id:
            raise ValidationError(
                "commune_id", "same_unit", "Đơn vị đỡ đầu và xã được đỡ đầu phải khác nhau."
            )
        return replace(self, note=clean(self.note))


@dataclass(frozen=True, slots=True)
class SupportActivityInput:
    """One support activity for a sponsored commune."""

    sponsorship_id: int
    done_on: date
    description: str
    kind: SupportKind
    value: int = 0  # đồng

    def validated(self) -> SupportActivityInput:
        """Cleaned copy or ValidationError."""
        text = clean(self.description)
        if not text:
            raise ValidationError("description", "required", "Hãy ghi nội dung hỗ trợ.")
        return replace(self, description=text, value=_money(self.value, "value", "Giá trị"))


@dataclass(frozen=True, slots=True)
class ContributionInput:
    """Đóng góp by a person, unit, business or household."""

    contributor_kind: ContributorKind
    kind: ContributionKind
    given_on: date
    value: int = 0  # đồng
    quantity: float | None = None
    quantity_unit: str = ""
    person_id: int | None = None
    unit_id: int | None = None
    contributor_name: str = ""  # a household or an outside contributor not in the registers
    movement_id: int | None = None
    beneficiary: str = ""
    evidence: str = ""

    def validated(self) -> ContributionInput:
        """Cleaned copy or ValidationError."""
        name = clean(self.contributor_name)
        if self.person_id is not None and self.unit_id is not None:
            raise ValidationError(
                "contributor", "participant_one", "Người đóng góp là một cá nhân hoặc một đơn vị."
            )
        if self.person_id is None and self.unit_id is None and not name:
            raise ValidationError("contributor", "required", "Hãy chọn hoặc ghi người đóng góp.")
        if self.quantity is not None and self.quantity < 0:
            raise ValidationError("quantity", "negative", "Số lượng không được là số âm.")
        value = _money(self.value, "value", "Giá trị quy đổi")
        unit = clean(self.quantity_unit) or self.kind.default_unit
        quantity = self.quantity
        if self.kind is ContributionKind.MONEY and quantity is None:
            quantity = float(value)
        return replace(
            self,
            contributor_name=name,
            value=value,
            quantity=quantity,
            quantity_unit=unit,
            beneficiary=clean(self.beneficiary),
            evidence=clean(self.evidence),
        )


@dataclass(frozen=True, slots=True)
class ScoreInput:
    """The score of one registered participant on one criterion for one year."""

    registration_id: int
    criterion_id: int
    year: int
    score: float

    def validated(self, max_score: float | None) -> ScoreInput:
        """Check 0 ≤ score ≤ the criterion's maximum; raise ValidationError otherwise."""
        _year(self.year)
        check_score(self.score, max_score)
        return self


def check_score(score: float, max_score: float | None) -> None:
    """0 ≤ score ≤ the criterion's maximum (when it has one), or ValidationError."""
    if score < 0:
        raise ValidationError("score", "negative", "Điểm không được là số âm.")
    if max_score is not None and score > max_score + 1e-9:
        raise ValidationError(
            "score",
            "above_max",
            f"Điểm {_fmt(score)} vượt quá điểm tối đa {_fmt(max_score)} của tiêu chí.",
        )


def _fmt(x: float) -> str:
    return f"{x:g}".replace(".", ",")


class Ranked[K: Hashable](NamedTuple):
    """A line of a ranking table: rank 1, 2, 2, 4 … with `tied` set on equal totals.

    A named tuple: a table of 5,000 lines is built in a few milliseconds.
    """

    rank: int
    key: K
    total: float
    tied: bool


def rank[K: Hashable](
    totals: Iterable[tuple[K, float]], *, tie_key: dict[K, str] | None = None
) -> list[Ranked[K]]:
    """Rank by total, highest first, standard competition ranking (1, 2, 2, 4).

    Totals equal to 1e-9 share a rank and are marked tied; inside a tie the order follows
    `tie_key` (e.g. a name sort key), then the input order, so the table is stable; the rank
    does not depend on it.
    """
    keys = tie_key or {}
    items = [(-round(total, 9), keys.get(key, ""), key, total) for key, total in totals]
    items.sort(key=lambda x: (x[0], x[1]))
    counts: dict[float, int] = {}
    for value, *_ in items:
        counts[value] = counts.get(value, 0) + 1
    result: list[Ranked[K]] = []
    current_rank = 0
    previous: float | None = None
    for position, (value, _, key, total) in enumerate(items, start=1):
        if value != previous:
            current_rank = position
            previous = value
        result.append(Ranked(current_rank, key, total, counts[value] > 1))
    return result


COMMON_TITLES: tuple[str, ...] = (
    "Lao động tiên tiến",
    "Chiến sĩ thi đua cơ sở",
    "Chiến sĩ thi đua cấp tỉnh",
    "Tập thể lao động tiên tiến",
    "Tập thể lao động xuất sắc",
    "Cờ thi đua của UBND tỉnh",
    "Bằng khen của Chủ tịch UBND tỉnh",
    "Giấy khen",
)


@dataclass(frozen=True, slots=True)
class SupportActivity:
    """A stored support activity of a sponsorship."""

    id: int
    done_on: date
    description: str
    kind: SupportKind
    value: int  # đồng


@dataclass(frozen=True, slots=True)
class SponsorshipLine:
    """A sponsorship with its totals."""

    id: int
    unit_id: int
    unit_name: str
    commune_id: int
    commune_name: str
    since: date | None
    note: str
    activities: int
    total_value: int


@dataclass(frozen=True, slots=True)
class RegistrationLine:
    """A registration as listed: the participant, its group, title, date and commitments."""

    id: int
    # who: a person (with the unit it works in) or a unit
    participant: Participant
    participant_id: int  # the person's or the unit's id
    name: str
    unit_name: str  # "" for a unit
    sort_key: str
    # what for: the movement's target group (or the year's titles), the title, the promise
    group_id: int | None
    group_name: str
    title: str
    registered_on: date
    year: int | None
    commitments: str


@dataclass(frozen=True, slots=True)
class ContributionLine:
    """A stored contribution as listed, with its contributor's name."""

    id: int
    contributor_kind: ContributorKind
    contributor_name: str
    kind: ContributionKind
    quantity: float | None
    quantity_unit: str
    value: int  # đồng
    given_on: date
    beneficiary: str
    evidence: str
    contributor_key: str  # one contributor: "p:1" (person), "u:2" (unit), "n:hộ ông A" (named)


@dataclass(frozen=True, slots=True)
class ContributorTotal:
    """What one contributor gave to a movement: how many contributions, how much in all."""

    name: str
    kind: ContributorKind
    count: int
    total: int  # đồng
