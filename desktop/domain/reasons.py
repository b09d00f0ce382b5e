"""Eligibility reasons by code: the Vietnamese wording of each, and the way back.

The rules write a reason with `text(code, **params)`; the command line, printed papers and the
stored nominee (one reason a line) keep that Vietnamese sentence. `parse` reads a sentence back
into its code and values, so the UI can word a stored or fresh reason in its own language
(desktop/ui/messages.py); a sentence no template matches (older wording, a catalog's own note)
is shown as it is. A reason that blocks the award carries the `MISSING` prefix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import cache

from desktop.domain.ratings import DisciplineKind, Rating

MISSING = "Thiếu: "

# code → Vietnamese template; {name} placeholders. A value with a `.label` (Rating,
# DisciplineKind) is written by its label and read back as the enum member.
TEMPLATES: dict[str, str] = {
    "awarded": "Đã được khen thưởng {award} năm {year} ({decision}).",
    "council_judges": "Tiêu chuẩn cần Hội đồng xem xét.",
    "discipline_running": "đang trong thời gian kỷ luật {kind} (quyết định năm {year})",
    "rating_of_year": "năm {year} xếp loại {rating}",
    "rating_missing": "năm {year} chưa có xếp loại",
    "rating_below": "năm {year} xếp loại {rating}, cần {floor} trở lên",
    "rating_missing_below": "năm {year} chưa có xếp loại, cần {floor} trở lên",
    "rating_not_reached": "năm {year} chưa đạt {floor}",
    "unit_rating_not_reached": "năm {year} tập thể chưa đạt {floor}",
    "ldtt_met": "năm {year} đạt tiêu chuẩn Lao động tiên tiến",
    "ldtt_not_met": "năm {year} chưa đạt Lao động tiên tiến",
    "excellent_year": "năm {year} Hoàn thành xuất sắc nhiệm vụ",
    "initiative_of_year": "có sáng kiến được công nhận năm {year}: “{title}”",
    "no_excellent_no_initiative": (
        "năm {year} chưa Hoàn thành xuất sắc nhiệm vụ và chưa có sáng kiến được công nhận"
    ),
    "title_not_reached": "năm {year} chưa đạt {title}",
    "title_consecutive": "đạt {title} {count} năm liên tục ({first}-{last})",
    "title_not_decided": "năm {year} đủ tiêu chuẩn {title} nhưng chưa có quyết định công nhận",
    "initiative_required": (
        "năm {year} chưa có sáng kiến được công nhận (theo {rule_set}, bắt buộc có sáng kiến)"
    ),
    "cstdcs_consecutive": "đạt Chiến sĩ thi đua cơ sở {count} lần liên tục ({first}-{last})",
    "prior_award": "đã được tặng {prior} năm {year}",
    "prior_award_missing": "chưa có {prior} từ năm {year} trở về trước",
    "good_years": "{count} năm liên tục ({first}-{last}) Hoàn thành tốt nhiệm vụ trở lên",
    "cstdcs_times": "{count} lần Chiến sĩ thi đua cơ sở ({years})",
    "cstdcs_times_short": (
        "chỉ có {count} lần Chiến sĩ thi đua cơ sở trong {first}-{last}, cần {need}"
    ),
    "members_cstdcs": "có {count} thành viên đạt Chiến sĩ thi đua cơ sở",
    "members_cstdcs_none": "chưa có thành viên đạt Chiến sĩ thi đua cơ sở năm {year}",
    "not_for_households": "{award} không xét tặng cho hộ gia đình",
    "sudden_no_rating": "khen thưởng đột xuất: không xét theo xếp loại hằng năm",
    "is_village": "{unit} là thôn, tổ dân phố",
}

_ENUMS: dict[str, type[Enum]] = {"rating": Rating, "floor": Rating, "kind": DisciplineKind}
_NUMBERS = frozenset({"year", "count", "first", "last", "need"})  # read back as digits only


def _written(name: str, value: object) -> str:
    label = getattr(value, "label", None)
    if isinstance(value, Enum) and isinstance(label, str):
        return label.lower() if name == "kind" else label
    return str(value)


def text(code: str, **params: object) -> str:
    """The Vietnamese reason for `code` with these values."""
    for name, value in params.items():
        if isinstance(value, Enum):  # (cheap check: this runs for every verdict)
            params[name] = _written(name, value)
    return TEMPLATES[code].format_map(params)


@dataclass(frozen=True, slots=True)
class ParsedReason:
    """A reason read back: its code, its values, and whether it blocks the award."""

    code: str
    params: dict[str, object]
    missing: bool


def _group(name: str) -> str:
    return r"\d+" if name in _NUMBERS else ".+?"


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each template as an anchored pattern, the longest fixed wording first (most specific)."""
    out = []
    for code, template in TEMPLATES.items():
        parts = re.split(r"\{(\w+)\}", template)
        regex = "".join(
            re.escape(p) if i % 2 == 0 else f"(?P<{p}>{_group(p)})" for i, p in enumerate(parts)
        )
        fixed = sum(len(p) for p in parts[::2])
        out.append((fixed, code, re.compile(f"^{regex}$", re.DOTALL)))
    out.sort(key=lambda t: -t[0])
    return tuple((code, pattern) for _fixed, code, pattern in out)


def _read(name: str, raw: str) -> object | None:
    """The value of a placeholder: the enum member its label names (None when the label is not
    one: the sentence is another template's), else the text."""
    enum = _ENUMS.get(name)
    if enum is None:
        return raw
    for member in enum:
        label = getattr(member, "label", "")
        if raw in (label, label.lower()):
            return member
    return None


def parse(reason: str) -> ParsedReason | None:
    """The code and values of a reason this module wrote; None for any other sentence."""
    missing = reason.startswith(MISSING)
    body = reason.removeprefix(MISSING)
    for code, pattern in _patterns():
        found = pattern.match(body)
        if found is not None:
            values = {k: _read(k, v) for k, v in found.groupdict().items()}
            if None not in values.values():
                return ParsedReason(code, values, missing)
    return None
