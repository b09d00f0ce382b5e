"""The figures of a periodic report, each counted in SQL over a period and a scope.

`Span` (domain's) carries the period (its days, first and last year) and the scope (a movement id or None
for all the office's work). Records with only a year count on 31 December of that year.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from desktop.domain.reports import (
    FORM_CODES,
    FORM_NAME_PREFIXES,
    FormColumn,
    FormMethod,
    LeaderRank,
    Span,
    leader_rank,
)

BUSINESS_KINDS = "('doanh_nghiep', 'hop_tac_xa')"
TOP_N = 10


def _params(span: Span) -> dict[str, object]:
    """Named parameters every query may use."""
    return {
        "start": span.start.isoformat(),
        "end": span.end.isoformat(),
        "y0": span.first_year,
        "y1": span.last_year,
        "mid": span.movement_id,
    }


def _q(conn: sqlite3.Connection, sql: str, span: Span) -> list[tuple]:  # type: ignore[type-arg]
    return conn.execute(sql, _params(span)).fetchall()


_MOVEMENT_IN = "m.start_date <= :end AND m.end_date >= :start AND (:mid IS NULL OR m.id = :mid)"


def movements(conn: sqlite3.Connection, span: Span) -> list[tuple[int, str, str, str, str]]:
    """Movements running in the period: id, name, kind, start, end."""
    return _q(
        conn,
        "SELECT m.id, m.name, m.kind, m.start_date, m.end_date FROM movement m"
        f" WHERE {_MOVEMENT_IN} ORDER BY m.start_date, m.name, m.id",
        span,
    )


def targets(
    conn: sqlite3.Connection, span: Span
) -> list[tuple[str, str, float | None, float | None, str]]:
    """Numeric targets of the running movements: movement, target, planned, achieved, unit."""
    return _q(
        conn,
        "SELECT m.name, t.description, t.target_value, t.achieved_value, t.unit_label"
        " FROM movement_target t JOIN movement m ON m.id = t.movement_id"
        f" WHERE {_MOVEMENT_IN} ORDER BY m.start_date, m.id, t.position, t.id",
        span,
    )


def participation(conn: sqlite3.Connection, span: Span) -> list[tuple[int, str, int, int, int]]:
    """By unit: unit id, name, people taking part, collectives taking part, new registrations.

    Taking part: registered (on or before the period's end) for a movement running in the
    period, or — for the whole office — registered for the yearly titles of a year of the
    period. A person counts under the unit they work in; a collective under itself.
    """
    return _q(
        conn,
        "WITH reg AS ("
        " SELECT r.person_id, r.unit_id AS reg_unit, r.registered_on,"
        "  coalesce(p.unit_id, r.unit_id) AS home"
        " FROM registration r"
        " LEFT JOIN movement m ON m.id = r.movement_id"
        " LEFT JOIN person p ON p.id = r.person_id"
        " WHERE r.registered_on <= :end AND ("
        f"  (r.movement_id IS NOT NULL AND {_MOVEMENT_IN})"
        "  OR (r.movement_id IS NULL AND :mid IS NULL AND r.year BETWEEN :y0 AND :y1)))"
        " SELECT u.id, u.name, count(DISTINCT reg.person_id), count(DISTINCT reg.reg_unit),"
        "  count(DISTINCT CASE WHEN reg.registered_on >= :start"
        "   THEN coalesce('p' || reg.person_id, 'u' || reg.reg_unit) END)"
        " FROM reg JOIN unit u ON u.id = reg.home"
        " GROUP BY u.id ORDER BY u.sort_key, u.id",
        span,
    )


def participation_totals(conn: sqlite3.Connection, span: Span) -> tuple[int, int]:
    """Distinct people and collectives taking part in the whole scope."""
    row = conn.execute(
        "SELECT count(DISTINCT r.person_id), count(DISTINCT r.unit_id) FROM registration r"
        " LEFT JOIN movement m ON m.id = r.movement_id"
        " WHERE r.registered_on <= :end AND ("
        f"  (r.movement_id IS NOT NULL AND {_MOVEMENT_IN})"
        "  OR (r.movement_id IS NULL AND :mid IS NULL AND r.year BETWEEN :y0 AND :y1))",
        _params(span),
    ).fetchone()
    return int(row[0]), int(row[1])


def sponsorships(conn: sqlite3.Connection, span: Span) -> list[tuple[int, str, str, int, int]]:
    """By sponsored commune: id, name, sponsoring units, support activities, value (đồng)."""
    return _q(
        conn,
        "SELECT c.id, c.name, (SELECT group_concat(name, '; ') FROM (SELECT DISTINCT u.name"
        "   FROM sponsorship s2 JOIN unit u ON u.id = s2.unit_id"
        "   JOIN movement m ON m.id = s2.movement_id"
        f"   WHERE s2.commune_id = c.id AND {_MOVEMENT_IN} ORDER BY u.sort_key)),"
        " count(a.id), coalesce(sum(a.value), 0)"
        " FROM sponsorship s JOIN movement m ON m.id = s.movement_id"
        " JOIN unit c ON c.id = s.commune_id"
        " LEFT JOIN support_activity a ON a.sponsorship_id = s.id"
        "  AND a.done_on BETWEEN :start AND :end"
        f" WHERE {_MOVEMENT_IN} AND (s.since IS NULL OR s.since <= :end)"
        " GROUP BY c.id ORDER BY c.sort_key, c.id",
        span,
    )


def support_by_kind(conn: sqlite3.Connection, span: Span) -> list[tuple[str, int, int]]:
    """Support activities of the period by kind: kind, count, value (đồng)."""
    return _q(
        conn,
        "SELECT a.kind, count(*), coalesce(sum(a.value), 0) FROM support_activity a"
        " JOIN sponsorship s ON s.id = a.sponsorship_id JOIN movement m ON m.id = s.movement_id"
        " WHERE a.done_on BETWEEN :start AND :end AND (:mid IS NULL OR m.id = :mid)"
        " GROUP BY a.kind",
        span,
    )


def contributions(conn: sqlite3.Connection, span: Span) -> list[tuple[str, int, int, float]]:
    """Contributions given in the period by kind: kind, count, value (đồng), quantity."""
    return _q(
        conn,
        "SELECT kind, count(*), coalesce(sum(value), 0), coalesce(sum(quantity), 0)"
        " FROM contribution WHERE given_on BETWEEN :start AND :end"
        " AND (:mid IS NULL OR movement_id = :mid) GROUP BY kind",
        span,
    )


_INITIATIVE_IN = (
    " FROM initiative WHERE coalesce(decision_date, year || '-12-31') BETWEEN :start AND :end"
    " AND (:mid IS NULL OR movement_id = :mid)"
)


def initiatives(
    conn: sqlite3.Connection, span: Span
) -> list[tuple[str, str, str | None, int, int]]:
    """Initiatives of the period (decided in it, or of its years when undecided): kind, status,
    scope, count, benefit (đồng)."""
    return _q(
        conn,
        "SELECT kind, status, CASE WHEN status = 'da_cong_nhan' THEN scope END, count(*),"
        f" coalesce(sum(benefit_value), 0) {_INITIATIVE_IN} GROUP BY 1, 2, 3",
        span,
    )


def _values_cte(name: str, rows: Sequence[tuple[object, ...]], width: int) -> tuple[str, dict]:  # type: ignore[type-arg]
    """`name(...) AS (VALUES ...)` with named parameters; an empty table when no rows."""
    if not rows:
        return f"{name} AS (SELECT {', '.join(['NULL'] * width)} WHERE 0)", {}
    params: dict[str, object] = {}
    marks = []
    for i, row in enumerate(rows):
        keys = [f"{name.split('(')[0]}{i}_{k}" for k in range(width)]
        params.update(zip(keys, row, strict=True))
        marks.append("(" + ", ".join(":" + k for k in keys) + ")")
    return f"{name} AS (VALUES {', '.join(marks)})", params


def proposals(
    conn: sqlite3.Connection, span: Span, catalog: Sequence[tuple[str, str, str, int]]
) -> list[tuple[str, str, str, str, int, int, int]]:
    """Nominees of batches submitted in the period, by award and subject kind: code, name,
    level, subject kind, proposed, granted, refused. `catalog`: (code, name, level, order)."""
    cte, named = _values_cte("cat(code, name, level, pos)", catalog, 4)
    sql = (
        f"WITH {cte} SELECT n.award_code, coalesce(cat.name, n.award_code),"
        " coalesce(cat.level, ''), n.subject_kind, count(*),"
        " sum(n.outcome = 'duoc_khen'), sum(n.outcome = 'khong_duoc_khen')"
        " FROM nominee n JOIN proposal_batch b ON b.id = n.batch_id"
        " LEFT JOIN cat ON cat.code = n.award_code"
        " WHERE b.submitted_on BETWEEN :start AND :end AND (:mid IS NULL OR b.movement_id = :mid)"
        " GROUP BY n.award_code, n.subject_kind ORDER BY coalesce(cat.pos, 9999), 2, 4"
    )
    return conn.execute(sql, {**_params(span), **named}).fetchall()


_AWARD_FROM = (
    " FROM award_record ar"
    " LEFT JOIN nominee n ON n.id = ar.nominee_id"
    " LEFT JOIN proposal_batch b ON b.id = n.batch_id"
    " LEFT JOIN movement m ON m.id = b.movement_id"
    " LEFT JOIN person p ON p.id = ar.person_id"
    " LEFT JOIN unit pu ON pu.id = p.unit_id"
    " LEFT JOIN unit u ON u.id = ar.unit_id"
    " WHERE coalesce(ar.decision_date, ar.year || '-12-31') BETWEEN :start AND :end"
    " AND (:mid IS NULL OR b.movement_id = :mid)"
)


def _with_rank(conn: sqlite3.Connection) -> None:
    conn.create_function(
        "leader_rank",
        2,
        lambda position, business: leader_rank(position or "", bool(business)).value,
        deterministic=True,
    )


def awards(
    conn: sqlite3.Connection, span: Span, levels: Sequence[tuple[str, str]]
) -> list[tuple[str, str, str, int]]:
    """Awards decided in the period by level and subject: level, subject kind, leader rank
    (persons), count. `levels`: (catalog code, level) pairs; an unknown code has level ''."""
    _with_rank(conn)
    cte, named = _values_cte("lv(code, level)", levels, 2)
    sql = (
        f"WITH {cte} SELECT coalesce(lv.level, ''),"
        " ar.subject_kind, CASE WHEN ar.subject_kind = 'person' THEN leader_rank(p.position,"
        f" pu.kind IN {BUSINESS_KINDS}) ELSE '' END, count(*)"
        + _AWARD_FROM.replace(" WHERE", " LEFT JOIN lv ON lv.code = ar.award_code WHERE", 1)
        + " GROUP BY 1, 2, 3"
    )
    return conn.execute(sql, {**_params(span), **named}).fetchall()


def ranking(
    conn: sqlite3.Connection, span: Span, previous: Span, *, persons: bool
) -> list[tuple[str, str, str, float, float | None]]:
    """Top of the score ranking over the period's years: name, unit, movement, total score,
    total in the previous period (None without scores then)."""
    kind = "r.person_id IS NOT NULL" if persons else "r.person_id IS NULL"
    return conn.execute(
        "SELECT coalesce(p.full_name, u.name), coalesce(pu.name, ''), m.name,"
        " sum(CASE WHEN s.year BETWEEN :y0 AND :y1 THEN s.score END) AS total,"
        " sum(CASE WHEN s.year BETWEEN :py0 AND :py1 THEN s.score END)"
        " FROM score s JOIN registration r ON r.id = s.registration_id"
        " JOIN movement m ON m.id = r.movement_id"
        " LEFT JOIN person p ON p.id = r.person_id LEFT JOIN unit u ON u.id = r.unit_id"
        " LEFT JOIN unit pu ON pu.id = p.unit_id"
        f" WHERE {kind} AND (:mid IS NULL OR r.movement_id = :mid)"
        " AND s.year BETWEEN min(:y0, :py0) AND :y1"
        " GROUP BY r.id HAVING total IS NOT NULL"
        " ORDER BY total DESC, coalesce(p.sort_key, u.sort_key), r.id LIMIT :top",
        {**_params(span), "py0": previous.first_year, "py1": previous.last_year, "top": TOP_N},
    ).fetchall()


# Biểu 0603.N -------------------------------------------------------------------------------

FORM_ROWS: tuple[tuple[str, str], ...] = (
    ("01", "1"),
    ("02", "subj = 'unit'"),
    ("03", "subj = 'unit' AND biz = 1"),
    ("04", "subj = 'household'"),
    ("05", "subj = 'person'"),
    ("06", f"subj = 'person' AND rank = '{LeaderRank.PROVINCE.value}'"),
    ("07", f"subj = 'person' AND rank = '{LeaderRank.DEPARTMENT.value}'"),
    ("08", f"subj = 'person' AND rank = '{LeaderRank.BUSINESS.value}'"),
    ("09", f"subj = 'person' AND rank = '{LeaderRank.OTHER_LEADER.value}'"),
    ("10", f"subj = 'person' AND rank = '{LeaderRank.WORKER.value}'"),
    *((f"{11 + i:02d}", f"method = '{method.value}'") for i, method in enumerate(FormMethod)),
)


def _form_column_sql() -> str:
    whens = [
        f"WHEN ar.award_code = '{code}' THEN '{col.value}'" for code, col in FORM_CODES.items()
    ]
    whens += [
        f"WHEN ar.award_name LIKE '{prefix}%' THEN '{col.value}'"
        for prefix, col in FORM_NAME_PREFIXES
    ]
    return "CASE " + " ".join(whens) + " END"


def form_0603(conn: sqlite3.Connection, span: Span) -> list[tuple[str, int, int, int, int, int]]:
    """Biểu 0603.N rows: row code, total, Bằng khen, CSTĐ, Cờ thi đua, Huy hiệu."""
    _with_rank(conn)
    cols = ", ".join(f"coalesce(sum(col = '{c.value}'), 0)" for c in FormColumn)
    cte = (
        f"WITH a AS (SELECT {_form_column_sql()} AS col, ar.subject_kind AS subj,"
        f" CASE WHEN u.kind IN {BUSINESS_KINDS} THEN 1 ELSE 0 END AS biz,"
        " CASE WHEN ar.subject_kind = 'person' THEN leader_rank(p.position,"
        f" pu.kind IN {BUSINESS_KINDS}) END AS rank,"
        " CASE WHEN b.kind = 'dot_xuat' THEN 'dot_xuat' WHEN b.kind = 'cong_hien' THEN 'cong_hien'"
        " WHEN b.kind = 'phong_trao' AND m.kind IN ('chuyen_de', 'theo_dot') THEN 'chuyen_de'"
        " ELSE 'thuong_xuyen' END AS method" + _AWARD_FROM + ")"
    )
    selects = [
        f"SELECT '{code}', count(col), {cols} FROM a WHERE col IS NOT NULL AND {where}"
        for code, where in FORM_ROWS
    ]
    return conn.execute(cte + " " + " UNION ALL ".join(selects), _params(span)).fetchall()
