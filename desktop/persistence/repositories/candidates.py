"""Candidate rules of a movement (table candidate_rule) and the facts they are judged on:
the scored participants of each target group in a year and the counted contributions."""

from __future__ import annotations

import sqlite3
import uuid as uuidlib
from datetime import date

from desktop.domain.candidates import (
    COUNTED_KINDS,
    CandidateRule,
    ContributionEntry,
    GroupScores,
    Participant,
    RuleKind,
    RuleSheet,
    SubjectKind,
)
from desktop.domain.errors import NotFoundError
from desktop.domain.participation import ContributionKind, ContributorKind
from desktop.domain.text import text_sort_key

_COLUMNS = (
    "id, movement_id, position, kind, contribution_kind, minimum, cumulative, group_id, top_n,"
    " top_percent, award, note"
)


def _rule(row: tuple[object, ...]) -> CandidateRule:
    (rid, mid, position, kind, ckind, minimum, cumulative, group_id, top_n, top_percent,
     award, note) = row  # fmt: skip
    if kind == "dong_gop":
        rule_kind = RuleKind.CONTRIBUTION
    else:
        rule_kind = RuleKind.TOP_N if top_n is not None else RuleKind.TOP_PERCENT
    return CandidateRule(
        movement_id=int(str(mid)),
        kind=rule_kind,
        contribution_kind=ContributionKind(str(ckind)) if ckind else None,
        minimum=float(str(minimum)) if minimum is not None else None,
        cumulative=bool(cumulative),
        group_id=int(str(group_id)) if group_id is not None else None,
        top_n=int(str(top_n)) if top_n is not None else None,
        top_percent=float(str(top_percent)) if top_percent is not None else None,
        award=str(award),
        note=str(note),
        id=int(str(rid)),
        position=int(str(position)),
    )


def movement_name(conn: sqlite3.Connection, movement_id: int) -> str:
    """The movement's name; NotFoundError when there is none."""
    row = conn.execute("SELECT name FROM movement WHERE id=?", (movement_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"Không có phong trào số {movement_id}.")
    return str(row[0])


def movements_with_rules(conn: sqlite3.Connection, year: int) -> list[int]:
    """Ids of the movements running in `year` that have candidate rules, oldest first."""
    return [
        int(r[0])
        for r in conn.execute(
            "SELECT m.id FROM movement m WHERE m.start_date <= ? AND m.end_date >= ?"
            " AND EXISTS (SELECT 1 FROM candidate_rule c WHERE c.movement_id = m.id)"
            " ORDER BY m.start_date, m.id",
            (f"{year}-12-31", f"{year}-01-01"),
        )
    ]


def latest_scored_year(conn: sqlite3.Connection, movement_id: int) -> int | None:
    """The last year the movement's participants were scored in (None: never)."""
    row = conn.execute(
        "SELECT max(s.year) FROM score s JOIN registration r ON r.id = s.registration_id"
        " WHERE r.movement_id = ?",
        (movement_id,),
    ).fetchone()
    return int(row[0]) if row and row[0] is not None else None


def rules(conn: sqlite3.Connection, movement_id: int) -> list[CandidateRule]:
    """The movement's rules in their order."""
    return [
        _rule(r)
        for r in conn.execute(
            f"SELECT {_COLUMNS} FROM candidate_rule WHERE movement_id=? ORDER BY position, id",
            (movement_id,),
        )
    ]


def get_rule(conn: sqlite3.Connection, rule_id: int) -> CandidateRule:
    """One rule; NotFoundError when it is gone."""
    row = conn.execute(f"SELECT {_COLUMNS} FROM candidate_rule WHERE id=?", (rule_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"Không có quy định xét chọn số {rule_id}.")
    return _rule(row)


def _values(rule: CandidateRule) -> tuple[object, ...]:
    return (
        rule.kind.stored,
        rule.contribution_kind.value if rule.contribution_kind else "",
        rule.minimum,
        int(rule.cumulative),
        rule.group_id,
        rule.top_n,
        rule.top_percent,
        rule.award,
        rule.note,
    )


def insert_rule(conn: sqlite3.Connection, rule: CandidateRule) -> int:
    """Append a validated rule to its movement; return its id."""
    position = conn.execute(
        "SELECT coalesce(max(position) + 1, 0) FROM candidate_rule WHERE movement_id=?",
        (rule.movement_id,),
    ).fetchone()[0]
    cur = conn.execute(
        "INSERT INTO candidate_rule (uuid, movement_id, position, kind, contribution_kind,"
        " minimum, cumulative, group_id, top_n, top_percent, award, note)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (str(uuidlib.uuid4()), rule.movement_id, position, *_values(rule)),
    )
    assert cur.lastrowid is not None
    return cur.lastrowid


def update_rule(conn: sqlite3.Connection, rule_id: int, rule: CandidateRule) -> None:
    """Replace a rule's fields (its movement and position stay)."""
    cur = conn.execute(
        "UPDATE candidate_rule SET kind=?, contribution_kind=?, minimum=?, cumulative=?,"
        " group_id=?, top_n=?, top_percent=?, award=?, note=? WHERE id=?",
        (*_values(rule), rule_id),
    )
    if cur.rowcount == 0:
        raise NotFoundError(f"Không có quy định xét chọn số {rule_id}.")


def delete_rule(conn: sqlite3.Connection, rule_id: int) -> None:
    """Delete a rule."""
    cur = conn.execute("DELETE FROM candidate_rule WHERE id=?", (rule_id,))
    if cur.rowcount == 0:
        raise NotFoundError(f"Không có quy định xét chọn số {rule_id}.")


def sheet(conn: sqlite3.Connection, movement_id: int) -> RuleSheet:
    """The movement's rules with its name and target groups."""
    return RuleSheet(
        movement_id,
        movement_name(conn, movement_id),
        group_names(conn, movement_id),
        tuple(rules(conn, movement_id)),
    )


def group_names(conn: sqlite3.Connection, movement_id: int) -> dict[int, str]:
    """The movement's target groups: id → name, in order."""
    return {
        int(r[0]): str(r[1])
        for r in conn.execute(
            "SELECT id, name FROM movement_group WHERE movement_id=? ORDER BY position, id",
            (movement_id,),
        )
    }


_PARTICIPANT = (
    " CASE WHEN r.person_id IS NOT NULL THEN 'person' ELSE 'unit' END,"
    " coalesce(r.person_id, r.unit_id), coalesce(p.full_name, u.name), coalesce(pu.name, ''),"
    " coalesce(p.sort_key, u.sort_key, '')"
)


def group_scores(conn: sqlite3.Connection, movement_id: int, year: int) -> list[GroupScores]:
    """Each target group's participants with at least one score in `year` and their totals."""
    totals: dict[int, list[tuple[Participant, float]]] = {}
    for gid, kind, pid, name, detail, key, total in conn.execute(
        "SELECT r.group_id," + _PARTICIPANT + ", sum(s.score) FROM registration r"
        " JOIN score s ON s.registration_id = r.id AND s.year = ?"
        " LEFT JOIN person p ON p.id = r.person_id LEFT JOIN unit pu ON pu.id = p.unit_id"
        " LEFT JOIN unit u ON u.id = r.unit_id"
        " WHERE r.movement_id = ? AND r.group_id IS NOT NULL GROUP BY r.id",
        (year, movement_id),
    ):
        totals.setdefault(gid, []).append(
            (Participant(SubjectKind(kind), pid, name, detail, key), float(total))
        )
    return [
        GroupScores(gid, name, tuple(totals[gid]))
        for gid, name in group_names(conn, movement_id).items()
        if gid in totals
    ]


def contribution_entries(
    conn: sqlite3.Connection, movement_id: int, year: int
) -> list[ContributionEntry]:
    """The movement's contributions of a counted kind given up to the end of `year`."""
    kinds = [k.value for k in COUNTED_KINDS]
    marks = ",".join("?" * len(kinds))
    out: list[ContributionEntry] = []
    for ckind, pid, uid, name, label, unit, key, kind, given, value, quantity in conn.execute(
        "SELECT c.contributor_kind, c.person_id, c.unit_id,"
        " coalesce(p.full_name, u.name, c.contributor_name), c.contributor_name,"
        " coalesce(pu.name, ''), coalesce(p.sort_key, u.sort_key, ''),"
        " c.kind, c.given_on, c.value, c.quantity FROM contribution c"
        " LEFT JOIN person p ON p.id = c.person_id LEFT JOIN unit pu ON pu.id = p.unit_id"
        " LEFT JOIN unit u ON u.id = c.unit_id"
        f" WHERE c.movement_id = ? AND c.kind IN ({marks}) AND c.given_on <= ?"
        " ORDER BY c.given_on, c.id",
        (movement_id, *kinds, f"{year}-12-31"),
    ):
        if pid is not None:
            who = Participant(SubjectKind.PERSON, pid, name, unit, key)
        elif uid is not None:
            who = Participant(SubjectKind.UNIT, uid, name, "", key)
        else:
            household = ckind == ContributorKind.HOUSEHOLD.value
            who = Participant(
                SubjectKind.HOUSEHOLD if household else SubjectKind.NAMED,
                None,
                label,
                "",
                text_sort_key(label),
            )
        out.append(
            ContributionEntry(
                who, ContributionKind(kind), date.fromisoformat(given[:10]), int(value), quantity
            )
        )
    return out
