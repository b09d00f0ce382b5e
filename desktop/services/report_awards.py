"""The award tables of a periodic report (proposals, decisions by level and subject), the
score ranking, and Biểu 0603.N/BNV-TĐKT — counted by the reports repository."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from desktop.domain.awards import Catalog
from desktop.domain.report_data import Cell, Chart, ReportTable, ResultSection
from desktop.domain.reports import FormMethod, LeaderRank, Span
from desktop.persistence import Connection
from desktop.persistence.repositories import reports as repo
from desktop.services.report_tables import BEFORE, LEVEL_LABEL, LEVELS, NOW, num, share, whole


def catalog_rows(catalog: Catalog) -> list[tuple[str, str, str, int]]:
    """(code, name, level, order) of the catalog, for the SQL join."""
    return [(a.code, a.name, a.level, i) for i, a in enumerate(catalog.awards)]


def awards(conn: Connection, span: Span, prev: Span, catalog: Catalog) -> ResultSection:
    """6. Proposals and decisions by award, level and subject kind, with the share approved."""
    cat = catalog_rows(catalog)
    now, before = repo.proposals(conn, span, cat), repo.proposals(conn, prev, cat)
    per_award: dict[str, list] = {}  # type: ignore[type-arg]
    for code, name, level, subj, proposed, granted, _refused in now:
        row = per_award.setdefault(code, [name, LEVEL_LABEL.get(level, ""), 0, 0, 0, 0, 0, 0, 0])
        row[2 + ("unit", "person", "household").index(subj)] += proposed
        row[5] += proposed
        row[6] += granted
    for code, name, level, _subj, proposed, granted, _refused in before:
        row = per_award.setdefault(code, [name, LEVEL_LABEL.get(level, ""), 0, 0, 0, 0, 0, 0, 0])
        row[7] += proposed
        row[8] += granted
    rows = tuple(
        (i, r[0], r[1], r[2], r[3], r[4], r[5], r[6], share(r[6], r[5]), r[7], r[8])
        for i, r in enumerate(per_award.values(), start=1)
    )
    sums = [sum(whole(r[k]) for r in rows) for k in (3, 4, 5, 6, 7, 9, 10)]
    total = ("", "Tổng cộng", "", *sums[:5], share(sums[4], sums[3]), sums[5], sums[6])
    proposals_table = ReportTable(
        "De nghi khen thuong",
        "Bảng 8. Đề nghị khen thưởng và kết quả theo hình thức",
        (
            "STT",
            "Hình thức",
            "Cấp",
            "Tập thể",
            "Cá nhân",
            "Hộ gia đình",
            "Tổng đề nghị",
            "Được khen",
            "Tỷ lệ được khen (%)",
            "Đề nghị kỳ trước",
            "Được khen kỳ trước",
        ),
        rows,
        total=total,
        widths=(0.8, 3, 1.6, 1, 1, 1, 1.1, 1.1, 1.1, 1.1, 1.1),
        note="Tính các đợt đề nghị đã trình trong kỳ (theo ngày tờ trình); đợt còn dự thảo chưa"
        " được tính. Tỷ lệ được khen = được khen / tổng đề nghị.",
        empty="Trong kỳ không có tờ trình đề nghị khen thưởng nào.",
    )
    levels = [(a.code, a.level) for a in catalog.awards]
    decided = _decided_by_level(repo.awards(conn, span, levels))
    decided_before = _decided_by_level(repo.awards(conn, prev, levels))
    level_rows: tuple[tuple[Cell, ...], ...] = tuple(
        (
            label,
            *decided.get(key, (0,) * 5),
            sum(decided.get(key, (0,) * 5)),
            sum(decided_before.get(key, (0,) * 5)),
        )
        for key, label in LEVELS
        if key in decided or key in decided_before or key
    )
    level_total: tuple[Cell, ...] = (
        "Tổng cộng",
        *(sum(whole(r[i]) for r in level_rows) for i in range(1, 8)),
    )
    has_decided = bool(level_total[6] or level_total[7])
    levels_table = ReportTable(
        "Khen thuong theo cap",
        "Bảng 9. Khen thưởng đã có quyết định theo cấp và đối tượng",
        (
            "Cấp khen thưởng",
            "Tập thể",
            "Cá nhân lãnh đạo, quản lý",
            "Cá nhân trực tiếp",
            "Hộ gia đình",
            "Doanh nhân",
            "Tổng",
            "Tổng kỳ trước",
        ),
        level_rows if has_decided else (),
        total=level_total,
        widths=(2.6, 1, 1.4, 1.3, 1.1, 1.1, 1, 1.2),
        note="Tính theo ngày quyết định (bản ghi chỉ có năm được tính vào ngày cuối năm đó)."
        " Cá nhân lãnh đạo, quản lý: chức vụ hiện ghi trong hồ sơ cán bộ từ phó trưởng phòng trở"
        " lên; doanh nhân: giám đốc, chủ tịch của doanh nghiệp, hợp tác xã; người chưa ghi chức"
        " vụ được tính là người trực tiếp công tác.",
        empty="Trong kỳ không có quyết định khen thưởng nào.",
        chart=Chart(
            tuple(str(r[0]) for r in level_rows),
            (
                (NOW, tuple(num(r[6]) for r in level_rows)),
                (BEFORE, tuple(num(r[7]) for r in level_rows)),
            ),
        )
        if has_decided
        else None,
    )
    text = (
        f"Trong kỳ đã đề nghị khen thưởng {sums[3]} trường hợp, được khen {sums[4]}"
        + (f" (đạt {str(total[8]).replace('.', ',')}%)" if sums[3] else "")
        + f"; tổng số lượt khen thưởng đã có quyết định trong kỳ là {level_total[6]}"
        f" (kỳ trước: {level_total[7]}).",
    )
    return ResultSection("6. Công tác khen thưởng", text, (proposals_table, levels_table))


def _decided_by_level(rows: Sequence[tuple[str, str, str, int]]) -> dict[str, tuple[int, ...]]:
    """level → (tập thể, lãnh đạo, trực tiếp, hộ gia đình, doanh nhân)."""
    out: dict[str, list[int]] = {}
    leaders = {
        LeaderRank.PROVINCE.value,
        LeaderRank.DEPARTMENT.value,
        LeaderRank.OTHER_LEADER.value,
    }
    for level, subj, rank, n in rows:
        key = level if level in LEVEL_LABEL else ""
        acc = out.setdefault(key, [0, 0, 0, 0, 0])
        if subj == "unit":
            acc[0] += n
        elif subj == "household":
            acc[3] += n
        elif rank in leaders:
            acc[1] += n
        elif rank == LeaderRank.BUSINESS.value:
            acc[4] += n
        else:
            acc[2] += n
    return {k: tuple(v) for k, v in out.items()}


def ranking(conn: Connection, span: Span, prev: Span) -> ResultSection:
    """7. The top of the score ranking (collectives, then individuals)."""
    tables = []
    for n, (persons, label) in enumerate(((False, "tập thể"), (True, "cá nhân")), start=10):
        rows = repo.ranking(conn, span, prev, persons=persons)
        tables.append(
            ReportTable(
                f"Xep hang {'ca nhan' if persons else 'tap the'}",
                f"Bảng {n}. Các {label} có tổng điểm thi đua cao nhất",
                ("Hạng", "Tên", "Đơn vị", "Phong trào", "Tổng điểm", "Tổng điểm kỳ trước"),
                tuple(
                    (i, r[0], r[1], r[2], round(r[3], 2), None if r[4] is None else round(r[4], 2))
                    for i, r in enumerate(rows, start=1)
                ),
                widths=(1.0, 2.8, 2.4, 3, 1.3, 1.4),
                empty=f"Chưa có điểm thi đua của {label} trong kỳ.",
            )
        )
    return ResultSection("7. Kết quả chấm điểm, xếp hạng thi đua", (), tuple(tables))


FORM_LABELS: dict[str, tuple[str, str]] = {
    "01": ("TỔNG SỐ (01 = 02 + 04 + 05 = 11 + … + 17)", "lượt"),
    "02": ("1. Theo đối tượng: a) Tập thể", "tập thể"),
    "03": ("    Trong đó: Doanh nghiệp", "tập thể"),
    "04": ("b) Hộ gia đình", "hộ"),
    "05": ("c) Cá nhân", "người"),
    "06": ("    - Lãnh đạo cấp bộ, cấp tỉnh trở lên", "người"),
    "07": ("    - Lãnh đạo cấp vụ, sở và tương đương", "người"),
    "08": ("    - Doanh nhân", "người"),
    "09": ("    - Lãnh đạo khác từ phó phòng trở lên", "người"),
    "10": ("    - Người trực tiếp công tác, lao động, sản xuất, công nhân, nông dân", "người"),
    "11": ("2. Theo phương thức: a) Thường xuyên", "lượt"),
    "12": ("b) Chuyên đề", "lượt"),
    "13": ("c) Đột xuất", "lượt"),
    "14": ("d) Đối ngoại", "lượt"),
    "15": ("đ) Cống hiến", "lượt"),
    "16": ("e) Niên hạn", "lượt"),
    "17": ("g) Kháng chiến", "lượt"),
}
assert len(FORM_LABELS) == 10 + len(FormMethod)


def form_0603(conn: Connection, year: int, movement_id: int | None) -> ReportTable:
    """Biểu 0603.N/BNV-TĐKT for a year."""
    span = Span(date(year, 1, 1), date(year, 12, 31), movement_id)
    rows: tuple[tuple[Cell, ...], ...] = tuple(
        (FORM_LABELS[code][0], code, FORM_LABELS[code][1], total, *cols)
        for code, total, *cols in repo.form_0603(conn, span)
    )
    return ReportTable(
        "Bieu 0603.N",
        f"Biểu số 0603.N/BNV-TĐKT. Số lượng khen thưởng cấp bộ, ban, ngành, đoàn thể"
        f" Trung ương và tỉnh năm {year}",
        (
            "Chỉ tiêu",
            "Mã số",
            "Đơn vị tính",
            "Tổng số",
            "Bằng khen",
            "Chiến sĩ thi đua",
            "Cờ thi đua",
            "Huy hiệu (kỷ niệm chương)",
        ),
        rows,
        widths=(5, 0.9, 1.2, 1, 1.1, 1.2, 1, 1.4),
        column_codes=("A", "B", "C", "1", "2", "3", "4", "5"),
        note=(
            "Tính các khen thưởng cấp tỉnh có quyết định trong năm (theo ngày quyết định; bản"
            " ghi chỉ có năm được tính vào năm đó). Phương thức: đợt khen đột xuất, cống hiến;"
            " đợt theo phong trào chuyên đề hoặc theo đợt là Chuyên đề; còn lại là Thường xuyên."
            " Hồ sơ không ghi khen thưởng đối ngoại, niên hạn, kháng chiến."
            if rows and rows[0][3]
            else f"Năm {year} không có khen thưởng cấp tỉnh nào được ghi nhận; các chỉ tiêu bằng 0."
        ),
    )
