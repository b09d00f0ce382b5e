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

from desktop.domain.initiatives import InitiativeKind, Scope
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
    "awarded_decision": "Đã được khen thưởng {award} năm {year} (Quyết định số {decision}).",
    "awarded_decision_day": (
        "Đã được khen thưởng {award} năm {year} (Quyết định số {decision} ngày {day})."
    ),
    "awarded_day": "Đã được khen thưởng {award} năm {year} (ngày {day}).",
    "awarded_no_number": "Đã được khen thưởng {award} năm {year} (quyết định chưa ghi số).",
    "not_grounding": (
        "“{title}” là {record_kind}, không phải sáng kiến hay đề tài, đề án khoa học: "
        "không làm căn cứ xét danh hiệu"
    ),
    "initiative_used_for": "sáng kiến “{title}” đã dùng làm căn cứ cho {used_for}",
    "title_again_after": (
        "đã được tặng {award} năm {last}: lần tiếp theo cần {count} năm Chiến sĩ thi đua"
        " cơ sở liên tục sau năm {last} (sớm nhất năm {earliest})"
    ),
    "initiative_of_scope": "có sáng kiến phạm vi {reach}: “{title}”",
    "no_initiative_of_scope": (
        "chưa có sáng kiến được công nhận phạm vi ảnh hưởng {reach} trong {first}-{last}"
    ),
    "no_initiative_of_scope_unused": (
        "chưa có sáng kiến được công nhận phạm vi ảnh hưởng {reach} trong {first}-{last}"
        " (chưa dùng cho lần trước)"
    ),
    "second_title_propose": (
        "lần thứ hai đạt {title} là năm {year}: đề nghị vào năm {proposed}"
        " (năm liền kề sau lần thứ hai)"
    ),
    "title_twice": "đạt {title} hai lần liên tục ({first} và {second})",
    "title_not_twice": "chưa đạt {title} hai lần liên tục năm {first} và năm {second}",
    "title_not_twice_held": (
        "chưa đạt {title} hai lần liên tục năm {first} và năm {second} (đã đạt các năm {years})"
    ),
    "excellent_years_initiatives": (
        "{count} năm liên tục Hoàn thành xuất sắc nhiệm vụ ({first}-{last}) và {found} sáng kiến"
        " được công nhận"
    ),
    "bk_tinh_council": (
        "chưa đạt Chiến sĩ thi đua cơ sở {count} lần liên tục, cũng chưa có {excellent} năm"
        " Hoàn thành xuất sắc nhiệm vụ kèm {need} sáng kiến; xét theo thành tích xuất sắc trong"
        " phong trào thi đua hoặc đột xuất (Hội đồng xem xét)"
    ),
    "bk_tinh_not_met": (
        "chưa đạt Chiến sĩ thi đua cơ sở {count} lần liên tục và chưa có {excellent} năm"
        " Hoàn thành xuất sắc nhiệm vụ kèm {need} sáng kiến"
    ),
    "years_not_good": "các năm {years} chưa Hoàn thành tốt nhiệm vụ",
    "initiatives_applied": (
        "{found} sáng kiến được công nhận, áp dụng phạm vi {scope} trong {first}-{last}"
    ),
    "initiatives_applied_short": (
        "chỉ có {found} sáng kiến được công nhận, áp dụng phạm vi {scope} trong {first}-{last},"
        " cần {need}"
    ),
    "hcld3_council": (
        "Hội đồng xem xét mức hoàn thành nhiệm vụ các năm và thành tích xuất sắc theo Điều 24"
        " Nghị định 91/2017/NĐ-CP."
    ),
    "unit_rating_of_year": "tập thể năm {year} xếp loại {rating}",
    "unit_rating_missing": "tập thể năm {year} chưa có xếp loại",
    "unit_rating_below": "tập thể năm {year} xếp loại {rating}, cần {floor} trở lên",
    "unit_rating_missing_below": "tập thể năm {year} chưa có xếp loại, cần {floor} trở lên",
    "unit_rating_short": "tập thể năm {year} xếp loại {rating}, cần {floor}",
    "unit_rating_missing_short": "tập thể năm {year} chưa có xếp loại, cần {floor}",
    "unit_excellent_year": "tập thể năm {year} Hoàn thành xuất sắc nhiệm vụ",
    "unit_rating_missing_council": (
        "tập thể năm {year} chưa có xếp loại: Hội đồng xác định mức hoàn thành nhiệm vụ"
    ),
    "members_ldtt_share": "{ldtt}/{total} thành viên đạt Lao động tiên tiến ({share} %)",
    "members_ldtt_share_above": (
        "{ldtt}/{total} thành viên đạt Lao động tiên tiến ({share} %), cần trên {percent} %"
    ),
    "members_ldtt_share_province": (
        "{ldtt}/{total} thành viên đạt Lao động tiên tiến ({share} %), cần từ {percent} %"
        " (quy định của tỉnh)"
    ),
    "members_ldtt_share_council": (
        "Tỷ lệ Lao động tiên tiến do Bộ, tỉnh quy định chi tiết (Luật 2022 Điều 28);"
        " văn phòng chưa đặt tỷ lệ của tỉnh: Hội đồng đối chiếu tỷ lệ trên với quy định"
        " của tỉnh."
    ),
    "members_ldtt": "{ldtt}/{total} thành viên đạt Lao động tiên tiến",
    "members_ldtt_below": "{ldtt}/{total} thành viên đạt Lao động tiên tiến, cần từ {percent} %",
    "no_member_disciplined": "không có thành viên bị kỷ luật từ cảnh cáo trở lên",
    "members_disciplined": "có thành viên bị kỷ luật từ cảnh cáo trở lên: {names}",
    "members_disciplined_council": (
        "có thành viên bị kỷ luật từ cảnh cáo trở lên: {names}. Luật 2022 Điều 27 chưa được"
        " đối chiếu về điều kiện kỷ luật: Hội đồng xem xét (danh hiệu Tập thể lao động tiên"
        " tiến không xét cho tập thể này)."
    ),
    "all_members_done": "100 % thành viên hoàn thành nhiệm vụ",
    "members_not_done": "thành viên chưa hoàn thành nhiệm vụ hoặc chưa có xếp loại: {names}",
    "members_not_done_more": (
        "thành viên chưa hoàn thành nhiệm vụ hoặc chưa có xếp loại: {names} và {more} người khác"
    ),
    "unit_kind_wrong": "{award} chỉ xét tặng cho {kinds}; {unit} là {unit_kind}",
    "led_blocs": "năm {year} dẫn đầu {blocs}",
    "led_no_bloc": (
        "năm {year} không dẫn đầu khối, cụm thi đua nào (Cờ thi đua chỉ xét cho đơn vị dẫn đầu"
        " khối, cụm)"
    ),
    "bloc_flag_council": "Hoàn thành vượt mức chỉ tiêu, tiêu biểu xuất sắc: Hội đồng xem xét.",
    "household_of": "hộ {head}, {village}, {members} nhân khẩu",
    "sudden_not_written": (
        "chưa ghi thành tích đột xuất trên đề nghị: ghi thành tích (việc gì, khi nào, "
        "phạm vi ảnh hưởng) để Hội đồng đánh giá"
    ),
    "sudden_written": (
        "thành tích đột xuất đã ghi: “{achievement}”; Hội đồng đánh giá thành tích có xuất sắc, "
        "đột xuất và phạm vi ảnh hưởng đủ cho {award} hay không"
    ),
    "positions_missing": (
        "chưa ghi quá trình công tác (chức vụ, từ ngày, đến ngày) để tính thời gian giữ chức vụ"
    ),
    "no_leadership": (
        "không có chức vụ lãnh đạo, quản lý nào trong quá trình công tác đã ghi "
        "(khen thưởng quá trình cống hiến dành cho người giữ chức vụ lãnh đạo, quản lý)"
    ),
    "leadership_tenure": (
        "giữ chức vụ lãnh đạo, quản lý {years_held} năm {months_held} tháng đến 31/12/{year}"
        " ({held})"
    ),
    "leadership_tenure_years": (
        "giữ chức vụ lãnh đạo, quản lý {years_held} năm đến 31/12/{year} ({held})"
    ),
    "tenure_enough": "đủ thời gian giữ chức vụ theo danh mục (từ {need_years} năm)",
    "tenure_short": (
        "thời gian giữ chức vụ {years_held} năm {months_held} tháng, cần từ {need_years} năm"
    ),
    "tenure_short_years": "thời gian giữ chức vụ {years_held} năm, cần từ {need_years} năm",
    "tenure_table_missing": (
        "bảng thời gian giữ chức vụ chưa có trong danh mục: Hội đồng đối chiếu chức vụ và số năm"
        " với quy định"
    ),
    "women_tenure_third": "nữ: thời gian giữ chức vụ yêu cầu được giảm một phần ba",
    "women_tenure_cut": "nữ: thời gian giữ chức vụ yêu cầu được giảm {fraction}",
    "household_unknown": "không có hộ này trong sổ hộ gia đình: Hội đồng xem xét",
    "household_ambiguous": (
        "có {count} hộ cùng tên trong sổ hộ gia đình; ghi “Tên (Thôn)”: Hội đồng xem xét"
    ),
    "not_judged": "Không kiểm tra tự động được đối tượng này: Hội đồng xem xét.",
    # The notes of the national catalog (resources/catalog/awards.toml), read back so that the
    # UI words them too; a note a province writes in its own profile is shown as written.
    "note_flag_province": (
        "Hoàn thành vượt mức chỉ tiêu thi đua và nhiệm vụ được giao, tiêu biểu xuất sắc của"
        " tỉnh: Hội đồng xem xét."
    ),
    "note_flag_government": (
        "Hội đồng xem xét tiêu chuẩn của Điều 25 Luật (dẫn đầu phong trào thi đua của Bộ,"
        " ngành, tỉnh): tiêu chuẩn chi tiết chưa được đối chiếu văn bản."
    ),
    "note_certificate": (
        "Hội đồng xem xét thành tích được bình xét trong phong trào thi đua hoặc thành tích"
        " đột xuất của người được đề nghị."
    ),
    "note_labour_order_3": (
        "Hội đồng xem xét toàn bộ tiêu chuẩn Điều 44 Luật Thi đua, khen thưởng 2022 đối với"
        " cán bộ, công chức, viên chức (khen thưởng trước đó, số năm, sáng kiến): văn bản chưa"
        " được đối chiếu, chương trình chỉ kiểm tra kỷ luật và xếp loại năm xét."
    ),
    "note_labour_order": (
        "Hội đồng xem xét, đối chiếu tiêu chuẩn {award} trong văn bản luật (chương trình chưa"
        " đọc được văn bản nên không tự kết luận): (1) đã được tặng {prior} chưa, quyết định"
        " số, ngày; (2) số năm công tác và thành tích từ lần khen đó đến năm xét; (3) sáng"
        " kiến, đề tài, công trình và phạm vi ảnh hưởng của chúng. Chương trình chỉ kiểm tra"
        " kỷ luật; cần ghi lý do trước khi trình."
    ),
    "note_local_standard": "Tiêu chuẩn do địa phương quy định: Hội đồng xem xét.",
    "note_decree_province": "Tiêu chuẩn theo {decree} và quy định của tỉnh: Hội đồng xem xét.",
    "note_decree_framework": (
        "Tiêu chuẩn theo khung của {decree} do Ủy ban nhân dân tỉnh quy định chi tiết:"
        " Hội đồng xem xét."
    ),
    "note_decree_framework_from": (
        "Tiêu chuẩn theo khung của {decree} (từ {day}) do Ủy ban nhân dân tỉnh quy định chi"
        " tiết: Hội đồng xem xét."
    ),
}

_ENUMS: dict[str, type[Enum]] = {
    "rating": Rating,
    "floor": Rating,
    "kind": DisciplineKind,
    "record_kind": InitiativeKind,
    "scope": Scope,
    "reach": Scope,
}
# Values written in other words than their label: the scope of an initiative in a sentence
# (`scope` where it is applied, `reach` how far its influence goes).
_WORDS: dict[str, dict[Enum, str]] = {
    "scope": {
        Scope.BASE: "cơ sở",
        Scope.PROVINCE: "cấp bộ, ngành, tỉnh",
        Scope.NATIONAL: "toàn quốc",
    },
    "reach": {Scope.BASE: "cơ sở", Scope.PROVINCE: "cấp tỉnh", Scope.NATIONAL: "toàn quốc"},
}
# Read back as digits only.
_NUMBERS = frozenset(
    {
        "year",
        "count",
        "first",
        "last",
        "second",
        "need",
        "earliest",
        "proposed",
        "found",
        "excellent",
        "ldtt",
        "total",
        "share",
        "percent",
        "more",
        "members",
        "years_held",
        "months_held",
    }
)


def _written(name: str, value: object) -> str:
    words = _WORDS.get(name)
    if words is not None and isinstance(value, Enum):
        return words[value]
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
        seen: set[str] = set()
        regex = ""
        for i, p in enumerate(parts):
            if i % 2 == 0:
                regex += re.escape(p)
            else:  # a value named twice is the same value both times
                regex += f"(?P={p})" if p in seen else f"(?P<{p}>{_group(p)})"
                seen.add(p)
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
    words = _WORDS.get(name)
    if words is not None:
        return next((member for member, word in words.items() if word == raw), None)
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
