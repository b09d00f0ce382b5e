"""The search behind the initiatives table, a person's initiatives, yearly lists."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import date

from desktop.domain.initiative_table import (
    InitiativeQuery,
    InitiativeTableRow,
    PersonInitiative,
    SortColumn,
)
from desktop.domain.initiatives import InitiativeKind, RecognitionStatus, Scope
from desktop.persistence.repositories.initiatives import authors_of

_FIRST_AUTHOR_KEY = (
    "(SELECT p.sort_key FROM initiative_author a JOIN person p ON p.id = a.person_id"
    " WHERE a.initiative_id = i.id ORDER BY a.position LIMIT 1)"
)
_ORDER = {
    SortColumn.TITLE: "i.sort_key {d}, i.id {d}",
    SortColumn.KIND: "i.kind {d}, i.sort_key, i.id",
    SortColumn.AUTHORS: _FIRST_AUTHOR_KEY + " {d}, i.sort_key, i.id",
    SortColumn.UNIT: "u.sort_key {d}, i.sort_key, i.id",
    SortColumn.YEAR: "i.year {d}, i.sort_key, i.id",
    SortColumn.STATUS: "i.status {d}, i.sort_key, i.id",
    SortColumn.SCOPE: "i.scope {d}, i.sort_key, i.id",
    SortColumn.DECISION: "i.decision_date {d}, i.decision_number {d}, i.id",
}


def _word_start(column: str) -> str:
    # ' ' || column LIKE '% tok%': the token starts a word of the folded text.
    return f"(' ' || {column}) LIKE ?"


def query_ids(conn: sqlite3.Connection, query: InitiativeQuery) -> list[int]:
    """Ids of the initiatives the query selects, in the requested order.

    Each search token must start a word of the folded title, of an author's folded name,
    of the unit's folded name, or of the decision number.
    """
    where: list[str] = []
    params: list[object] = []
    for token in query.tokens:
        like = f"% {token}%"
        where.append(
            "("
            + " OR ".join(
                (
                    _word_start("i.title_fold"),
                    _word_start("u.name_fold"),
                    "lower(i.decision_number) LIKE ?",
                    "EXISTS (SELECT 1 FROM initiative_author a JOIN person p ON p.id = a.person_id"
                    " WHERE a.initiative_id = i.id AND " + _word_start("p.name_fold") + ")",
                )
            )
            + ")"
        )
        params += [like, like, f"{token}%", like]
    if query.kind is not None:
        where.append("i.kind = ?")
        params.append(query.kind.value)
    if query.status is not None:
        where.append("i.status = ?")
        params.append(query.status.value)
    if query.scope is not None:
        where.append("i.scope = ?")
        params.append(query.scope.value)
    if query.year is not None:
        where.append("i.year = ?")
        params.append(query.year)
    if query.movement_id is not None:
        where.append("i.movement_id = ?")
        params.append(query.movement_id)
    if query.unit_ids is not None:
        ids = ",".join(str(int(i)) for i in query.unit_ids) or "NULL"
        where.append(
            f"(i.unit_id IN ({ids}) OR EXISTS (SELECT 1 FROM initiative_author a"
            " JOIN person p ON p.id = a.person_id"
            f" WHERE a.initiative_id = i.id AND p.unit_id IN ({ids})))"
        )
    order = _ORDER[query.sort].format(d="DESC" if query.descending else "ASC")
    sql = "SELECT i.id FROM initiative i LEFT JOIN unit u ON u.id = i.unit_id"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += f" ORDER BY {order}"
    return [r[0] for r in conn.execute(sql, params)]


def table_rows(conn: sqlite3.Connection, ids: Sequence[int]) -> dict[int, InitiativeTableRow]:
    """The columns of the initiatives table for these ids (any order)."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    authors = authors_of(conn, ids)
    out: dict[int, InitiativeTableRow] = {}
    for r in conn.execute(
        "SELECT i.id, i.title, i.kind, u.name, i.year, i.status, i.scope, i.decision_number,"
        " i.decision_date, (SELECT count(*) FROM attachment t WHERE t.initiative_id = i.id),"
        " i.used_for_award"
        f" FROM initiative i LEFT JOIN unit u ON u.id = i.unit_id WHERE i.id IN ({marks})",
        list(ids),
    ):
        out[r[0]] = InitiativeTableRow(
            id=r[0],
            title=r[1],
            kind=InitiativeKind(r[2]),
            authors="; ".join(a.full_name for a in authors.get(r[0], [])),
            unit_name=r[3] or "",
            year=r[4],
            status=RecognitionStatus(r[5]),
            scope=Scope(r[6]) if r[6] else None,
            decision_number=r[7],
            decision_date=date.fromisoformat(r[8]) if r[8] else None,
            attachments=r[9],
            used_for_award=r[10],
        )
    return out


def for_person(conn: sqlite3.Connection, person_id: int) -> list[PersonInitiative]:
    """The initiatives of which this person is an author, newest first."""
    return [
        PersonInitiative(
            r[0],
            r[1],
            InitiativeKind(r[2]),
            r[3],
            RecognitionStatus(r[4]),
            Scope(r[5]) if r[5] else None,
            r[6],
            r[7],
            r[8],
        )
        for r in conn.execute(
            "SELECT i.id, i.title, i.kind, i.year, i.status, i.scope, a.share, i.decision_number,"
            " i.used_for_award FROM initiative_author a JOIN initiative i ON i.id = a.initiative_id"
            " WHERE a.person_id = ? ORDER BY i.year DESC, i.sort_key, i.id",
            (person_id,),
        )
    ]


def years(conn: sqlite3.Connection) -> list[int]:
    """The years that have initiatives, newest first."""
    return [r[0] for r in conn.execute("SELECT DISTINCT year FROM initiative ORDER BY year DESC")]


def recognised_in(conn: sqlite3.Connection, year: int) -> list[int]:
    """Ids of initiatives recognised with a decision dated in `year` (or of that year when the
    decision date is unknown), in scope then title order."""
    return [
        r[0]
        for r in conn.execute(
            "SELECT id FROM initiative WHERE status = ? AND"
            " (substr(decision_date, 1, 4) = ? OR (decision_date IS NULL AND year = ?))"
            " ORDER BY CASE scope WHEN 'toan_quoc' THEN 0 WHEN 'cap_tinh' THEN 1 ELSE 2 END,"
            " sort_key, id",
            (RecognitionStatus.RECOGNISED.value, f"{year:04d}", year),
        )
    ]
