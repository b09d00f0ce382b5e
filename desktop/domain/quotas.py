"""A movement's quota for an award: a percent of its participants or a fixed count."""

from __future__ import annotations

import math
from dataclasses import dataclass

from desktop.domain.errors import ValidationError

SUBJECTS = ("person", "unit")
MAX_COUNT = 100_000  # far above any office's nominees; keeps the value a sane SQLite integer


@dataclass(frozen=True, slots=True)
class QuotaInput:
    """One cap on how many subjects a movement may propose for one award."""

    award_code: str
    subject: str = "person"
    percent: float | None = None
    count: int | None = None

    def validated(self, field: str = "quota") -> QuotaInput:
        """The quota itself, or ValidationError naming `field` and what is wrong."""
        if not self.award_code.strip():
            raise ValidationError(f"{field}.award_code", "required", "Chưa chọn danh hiệu.")
        if self.subject not in SUBJECTS:
            raise ValidationError(
                f"{field}.subject",
                "subject_kind",
                "Đối tượng phải là person (cá nhân) hoặc unit (tập thể).",
            )
        if (self.percent is None) == (self.count is None):
            raise ValidationError(
                f"{field}.value",
                "one_of",
                "Ghi chỉ tiêu theo tỷ lệ phần trăm hoặc theo số lượng (một trong hai).",
            )
        if self.percent is not None and not 0 < self.percent <= 100:
            raise ValidationError(
                f"{field}.percent", "percent_range", "Tỷ lệ phải lớn hơn 0 và không quá 100 %."
            )
        if self.count is not None and self.count < 0:
            raise ValidationError(f"{field}.count", "negative", "Số lượng không được âm.")
        if self.count is not None and self.count > MAX_COUNT:
            raise ValidationError(
                f"{field}.count",
                "count_too_large",
                f"Số lượng không được quá {MAX_COUNT:,}.".replace(",", "."),
                {"limit": MAX_COUNT},
            )
        return self


def allowed(percent: float | None, count: int | None, participants: int) -> int:
    """How many nominees a quota allows: its count, or `percent` of the participants rounded
    down (computed so that e.g. 18.4 % of 375 gives the exact 69, not 68.999… → 68)."""
    if count is not None:
        return count
    return math.floor(round((percent or 0) * participants / 100, 9))


def validated_all(quotas: list[QuotaInput]) -> list[QuotaInput]:
    """Every quota validated, and no award proposed twice for the same subject kind."""
    seen: set[tuple[str, str]] = set()
    out = []
    for i, q in enumerate(quotas):
        q = q.validated(f"quotas[{i}]")
        key = (q.award_code, q.subject)
        if key in seen:
            raise ValidationError(
                f"quotas[{i}].award_code",
                "quota_duplicate",
                "Một danh hiệu chỉ có một chỉ tiêu cho mỗi loại đối tượng.",
            )
        seen.add(key)
        out.append(q)
    return out
