"""The first draft of a nominee's achievement text, composed from the records."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.domain.ratings import Rating


@dataclass(frozen=True, slots=True)
class AchievementFacts:
    """What the records say about a person up to a year."""

    ratings: dict[int, Rating] = field(default_factory=dict)
    initiatives: tuple[tuple[int, str, str, str], ...] = ()  # year, title, status label, decision
    registrations: tuple[tuple[str, str], ...] = ()  # title registered, movement or year
    contributions: int = 0  # đồng
    awards: tuple[tuple[int, str, str], ...] = ()  # year, award name, decision


def _money(amount: int) -> str:
    return f"{amount:,}".replace(",", ".") + " đồng"


def compose(facts: AchievementFacts, year: int) -> str:
    """Plain Vietnamese paragraphs the clerk edits; nothing invented beyond the records."""
    parts: list[str] = []
    recent = [y for y in sorted(facts.ratings) if year - 4 <= y <= year]
    if recent:
        lines = "; ".join(f"năm {y}: {facts.ratings[y].label}" for y in recent)
        parts.append(f"Kết quả đánh giá, xếp loại: {lines}.")
    if facts.initiatives:
        lines = "; ".join(
            f"“{t}” ({y}, {s}{', ' + d if d else ''})" for y, t, s, d in facts.initiatives
        )
        parts.append(f"Sáng kiến, giải pháp: {lines}.")
    if facts.registrations:
        lines = "; ".join(f"{t} ({m})" for t, m in facts.registrations)
        parts.append(f"Đăng ký thi đua: {lines}.")
    if facts.contributions:
        parts.append(f"Đóng góp cho phong trào thi đua: {_money(facts.contributions)}.")
    if facts.awards:
        lines = "; ".join(f"{n} năm {y}" + (f" ({d})" if d else "") for y, n, d in facts.awards)
        parts.append(f"Các hình thức đã được khen thưởng: {lines}.")
    if not parts:
        parts.append("(Chưa có dữ liệu về thành tích trong hồ sơ: hãy ghi thành tích đạt được.)")
    return "\n".join(parts)


def compose_summary(facts: AchievementFacts, year: int) -> str:
    """One line for the list (tóm tắt thành tích): the year's rating and recognised initiatives."""
    bits: list[str] = []
    rating = facts.ratings.get(year)
    if rating is not None:
        bits.append(f"Năm {year} {rating.label[0].lower() + rating.label[1:]}")
    this_year = [t for y, t, _s, _d in facts.initiatives if y == year]
    if this_year:
        bits.append("có sáng kiến “" + "”, “".join(this_year) + "” được công nhận")
    return "; ".join(bits) + ("." if bits else "")
