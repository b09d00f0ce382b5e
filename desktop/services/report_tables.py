"""The tables of "II. Kết quả": figures counted by the reports repository for the period and
the previous comparable period, laid side by side."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from datetime import date
from typing import Any

from desktop.domain.initiatives import InitiativeKind, RecognitionStatus, Scope
from desktop.domain.participation import ContributionKind, SupportKind
from desktop.domain.report_data import Cell, Chart, ReportTable, ResultSection
from desktop.domain.reports import Span
from desktop.persistence import Connection
from desktop.persistence.repositories import dated_names
from desktop.persistence.repositories import reports as repo

NOW = "Kỳ này"
BEFORE = "Kỳ trước"
LEVELS = (
    ("nha_nuoc", "Cấp Nhà nước"),
    ("trung_uong", "Thủ tướng Chính phủ, cấp Trung ương"),
    ("tinh", "Cấp tỉnh"),
    ("co_so", "Cấp cơ sở"),
    ("", "Ngoài danh mục"),
)
LEVEL_LABEL = dict(LEVELS)
_SUBJECT = {"unit": "Tập thể", "person": "Cá nhân", "household": "Hộ gia đình"}


def num(value: object) -> float:
    """A cell as a number (0 for text or nothing)."""
    return float(value) if isinstance(value, int | float) else 0.0


def whole(value: object) -> int:
    """A cell as a whole number (0 for text or nothing)."""
    return int(value) if isinstance(value, int | float) else 0


def dong(value: int) -> str:
    """`1.234.567` (Vietnamese thousands separator)."""
    return f"{value:,}".replace(",", ".")


def share(part: int, whole: int) -> float | None:
    """Percent with one decimal, or None when there is no whole."""
    return round(100.0 * part / whole, 1) if whole else None


def _merge(
    now: dict[Any, tuple[Any, ...]],
    before: dict[Any, tuple[Any, ...]],
    width_before: int,
) -> list[tuple[Hashable, tuple[Cell, ...], tuple[Cell, ...]]]:
    keys = list(now) + [k for k in before if k not in now]
    blank: tuple[Cell, ...] = (0,) * width_before
    return [(k, now.get(k, ()), before.get(k, blank)) for k in keys]


def movements(conn: Connection, span: Span, prev: Span) -> ResultSection:
    """1. Movements run in the period and their numeric targets."""
    rows_now = repo.movements(conn, span)
    count_prev = len(repo.movements(conn, prev))
    text = [
        f"Trong kỳ có {len(rows_now)} phong trào thi đua được triển khai"
        f" (kỳ trước: {count_prev})"
        + (": " + "; ".join(f"“{r[1]}”" for r in rows_now) + "." if rows_now else ".")
    ]
    from desktop.services import report_targets  # targets by year, activity log (issue 20)

    table = report_targets.targets_table(conn, span)
    said, log = report_targets.activities_text_and_table(conn, span, prev)
    return ResultSection("1. Các phong trào thi đua đã triển khai", (*text, said), (table, log))


def participation(
    conn: Connection, span: Span, prev: Span, day: date | None = None
) -> ResultSection:
    """2. Units and people registered and taking part, by unit (named as on `day`, the
    report's date, when given)."""
    names = dated_names.DatedNames(conn, day) if day else None

    def named(uid: int, name: str) -> str:
        return names.unit(uid) if names else name

    now = {r[0]: (named(r[0], r[1]), r[2], r[3], r[4]) for r in repo.participation(conn, span)}
    before = {r[0]: (named(r[0], r[1]), r[2], r[3]) for r in repo.participation(conn, prev)}
    rows = []
    for i, (_, cur, old) in enumerate(_merge(now, before, 3), start=1):
        name = cur[0] if cur else old[0]
        c = cur[1:] if cur else (0, 0, 0)
        rows.append((i, name, c[0], c[1], c[2], old[1], old[2]))
    people, units = repo.participation_totals(conn, span)
    p_people, p_units = repo.participation_totals(conn, prev)
    new = sum(whole(r[4]) for r in rows)
    text = (
        f"Có {people} cá nhân và {units} tập thể đăng ký, tham gia thi đua"
        f" (kỳ trước: {p_people} cá nhân, {p_units} tập thể).",
    )
    top = sorted(rows, key=lambda r: -whole(r[2]))[:10]
    table = ReportTable(
        "Dang ky tham gia",
        "Bảng 2. Cá nhân, tập thể đăng ký và tham gia thi đua theo đơn vị",
        (
            "STT",
            "Đơn vị",
            "Cá nhân",
            "Tập thể",
            "Đăng ký mới trong kỳ",
            "Cá nhân kỳ trước",
            "Tập thể kỳ trước",
        ),
        tuple(rows),
        total=("", "Tổng cộng", people, units, new, p_people, p_units),
        widths=(0.8, 4, 1.3, 1.3, 1.5, 1.5, 1.5),
        empty="Trong kỳ không có đăng ký thi đua nào.",
        chart=Chart(
            tuple(str(r[1]) for r in top),
            (
                ("Cá nhân " + NOW.lower(), tuple(num(r[2]) for r in top)),
                ("Cá nhân " + BEFORE.lower(), tuple(num(r[5]) for r in top)),
            ),
        )
        if len(top) > 1
        else None,
    )
    return ResultSection("2. Đăng ký và tham gia thi đua", text, (table,))


def sponsorship(conn: Connection, span: Span, prev: Span) -> ResultSection:
    """3. Sponsored communes and the value of support."""
    now = {r[0]: (r[1], r[2], r[3], r[4]) for r in repo.sponsorships(conn, span)}
    before = {r[0]: (r[1], r[2], r[3], r[4]) for r in repo.sponsorships(conn, prev)}
    rows = []
    for i, (_, cur, old) in enumerate(_merge(now, before, 4), start=1):
        c = cur or (old[0], old[1], 0, 0)
        rows.append((i, c[0], c[1], c[2], c[3], old[3]))
    value, p_value = sum(whole(r[4]) for r in rows), sum(whole(r[5]) for r in rows)
    communes = sum(1 for k in now)
    kinds_now = {r[0]: (r[1], r[2]) for r in repo.support_by_kind(conn, span)}
    kinds_before = {r[0]: (r[1], r[2]) for r in repo.support_by_kind(conn, prev)}
    kind_rows = tuple(
        (k.label, *kinds_now.get(k.value, (0, 0)), *kinds_before.get(k.value, (0, 0)))
        for k in SupportKind
    )
    text = (
        f"Các đơn vị đỡ đầu {communes} xã; giá trị hỗ trợ trong kỳ {dong(value)} đồng"
        f" (kỳ trước: {dong(p_value)} đồng).",
    )
    communes_table = ReportTable(
        "Do dau xa",
        "Bảng 3. Xã được đỡ đầu và giá trị hỗ trợ",
        (
            "STT",
            "Xã được đỡ đầu",
            "Đơn vị đỡ đầu",
            "Số hoạt động",
            "Giá trị (đồng)",
            "Giá trị kỳ trước (đồng)",
        ),
        tuple(rows),
        total=("", "Tổng cộng", "", sum(whole(r[3]) for r in rows), value, p_value),
        widths=(0.8, 2.6, 3.4, 1.3, 2, 2),
        empty="Trong kỳ không có xã nào được đỡ đầu.",
    )
    kinds_table = ReportTable(
        "Ho tro theo hinh thuc",
        "Bảng 4. Hoạt động hỗ trợ xã theo hình thức",
        ("Hình thức", "Số lượt", "Giá trị (đồng)", "Số lượt kỳ trước", "Giá trị kỳ trước (đồng)"),
        kind_rows if any(r[1] or r[3] for r in kind_rows) else (),
        widths=(2.5, 1.3, 2.2, 1.5, 2.2),
        empty="Không có hoạt động hỗ trợ nào trong kỳ và kỳ trước.",
    )
    return ResultSection("3. Đỡ đầu xã có địa chỉ cụ thể", text, (communes_table, kinds_table))


def contributions(conn: Connection, span: Span, prev: Span) -> ResultSection:
    """4. Contributions by kind with totals in đồng."""
    now = {r[0]: r[1:] for r in repo.contributions(conn, span)}
    before = {r[0]: r[1:] for r in repo.contributions(conn, prev)}
    rows = []
    for k in ContributionKind:
        c, o = now.get(k.value, (0, 0, 0.0)), before.get(k.value, (0, 0, 0.0))
        quantity = (
            f"{c[2]:g} {k.default_unit}".strip()
            if k in (ContributionKind.LABOUR, ContributionKind.LAND) and c[2]
            else ""
        )
        rows.append((k.label, c[0], quantity, c[1], o[0], o[1]))
    total = (
        "Tổng cộng",
        sum(whole(r[1]) for r in rows),
        "",
        sum(whole(r[3]) for r in rows),
        sum(whole(r[4]) for r in rows),
        sum(whole(r[5]) for r in rows),
    )
    has = bool(total[1] or total[4])
    text = (
        f"Tổng giá trị đóng góp trong kỳ: {dong(whole(total[3]))} đồng ({total[1]} lượt);"
        f" kỳ trước: {dong(whole(total[5]))} đồng ({total[4]} lượt).",
    )
    table = ReportTable(
        "Dong gop",
        "Bảng 5. Đóng góp theo hình thức (quy ra đồng)",
        (
            "Hình thức",
            "Số lượt",
            "Số lượng",
            "Giá trị (đồng)",
            "Số lượt kỳ trước",
            "Giá trị kỳ trước (đồng)",
        ),
        tuple(rows) if has else (),
        total=total,
        widths=(1.8, 1.1, 1.8, 2.2, 1.4, 2.2),
        empty="Không có khoản đóng góp nào trong kỳ và kỳ trước.",
        chart=Chart(
            tuple(r[0] for r in rows),
            ((NOW, tuple(r[3] / 1e6 for r in rows)), (BEFORE, tuple(r[5] / 1e6 for r in rows))),
            "triệu đồng",
        )
        if has
        else None,
    )
    return ResultSection("4. Huy động đóng góp", text, (table,))


def initiatives(conn: Connection, span: Span, prev: Span) -> ResultSection:
    """5. Initiatives by kind and status, and the recognised ones by scope of effect."""
    now, before = repo.initiatives(conn, span), repo.initiatives(conn, prev)

    kind_rows: list[tuple[Cell, ...]] = []
    for k in InitiativeKind:
        per = [_count(now, kind=k.value, status=st.value) for st in RecognitionStatus]
        kind_rows.append((k.label, *per, sum(per), _count(before, kind=k.value)))
    totals = tuple(sum(whole(r[i]) for r in kind_rows) for i in range(1, 6))
    scope_rows = []
    for sc in (Scope.NATIONAL, Scope.PROVINCE, Scope.BASE, None):
        value = sc.value if sc is not None else None
        n = _count(now, status="da_cong_nhan", scope=value)
        o = _count(before, status="da_cong_nhan", scope=value)
        if n or o or sc is not None:
            scope_rows.append((sc.label if sc is not None else "Chưa ghi phạm vi", n, o))
    benefit = sum(whole(r[4]) for r in now if r[1] == "da_cong_nhan")
    text = (
        f"Có {totals[3]} sáng kiến, giải pháp, mô hình trong kỳ (kỳ trước: {totals[4]}),"
        f" trong đó {totals[1]} được công nhận; giá trị làm lợi của các sáng kiến được công nhận"
        f" {dong(benefit)} đồng.",
    )
    has = bool(totals[3] or totals[4])
    kinds = ReportTable(
        "Sang kien theo loai",
        "Bảng 6. Sáng kiến, giải pháp, mô hình theo loại và tình trạng công nhận",
        ("Loại", "Đề xuất", "Đã công nhận", "Không công nhận", "Tổng", "Tổng kỳ trước"),
        tuple(kind_rows) if has else (),
        total=("Tổng cộng", *totals),
        widths=(3, 1.2, 1.4, 1.5, 1.1, 1.4),
        empty="Không có sáng kiến, giải pháp nào trong kỳ và kỳ trước.",
        chart=Chart(
            tuple(str(r[0]) for r in kind_rows),
            (
                (NOW, tuple(num(r[4]) for r in kind_rows)),
                (BEFORE, tuple(num(r[5]) for r in kind_rows)),
            ),
        )
        if has
        else None,
    )
    scopes = ReportTable(
        "Sang kien theo pham vi",
        "Bảng 7. Sáng kiến được công nhận theo phạm vi ảnh hưởng",
        ("Phạm vi ảnh hưởng", "Kỳ này", "Kỳ trước"),
        tuple(scope_rows) if any(r[1] or r[2] for r in scope_rows) else (),
        widths=(3, 1.5, 1.5),
        empty="Không có sáng kiến nào được công nhận trong kỳ và kỳ trước.",
    )
    return ResultSection("5. Sáng kiến, giải pháp, mô hình hay", text, (kinds, scopes))


_ANY = object()


def _count(
    rows: Sequence[tuple],  # type: ignore[type-arg]
    *,
    kind: str | None = None,
    status: str | None = None,
    scope: object = _ANY,
) -> int:
    return sum(
        whole(r[3])
        for r in rows
        if (kind is None or r[0] == kind)
        and (status is None or r[1] == status)
        and (scope is _ANY or r[2] == scope)
    )
