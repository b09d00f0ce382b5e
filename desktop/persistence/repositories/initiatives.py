"""Initiatives and their authors: reads, writes, the search behind the initiatives table."""

from __future__ import annotations

import sqlite3
import uuid as uuidlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.domain.errors import ConflictError, NotFoundError
from desktop.domain.initiatives import (
    AuthorShare,
    AuthorView,
    AwardUse,
    Initiative,
    InitiativeInput,
    InitiativeKind,
    RecognitionStatus,
    Scope,
)
from desktop.domain.text import search_tokens, text_sort_key
from desktop.persistence.db import now_iso

_FIELDS = (
    "title",
    "kind",
    "unit_id",
    "movement_id",
    "field",
    "year",
    "summary",
    "benefit",
    "benefit_value",
    "status",
    "recognising_body",
    "decision_number",
    "decision_date",
    "scope",
)


class SortColumn(StrEnum):
    """Columns the initiatives table can be sorted by (in SQL)."""

    TITLE = "title"
    KIND = "kind"
    AUTHORS = "authors"
    UNIT = "unit"
    YEAR = "year"
    STATUS = "status"
    SCOPE = "scope"
    DECISION = "decision"


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


@dataclass(frozen=True, slots=True)
class InitiativeQuery:
    """What the initiatives table shows: folded search tokens, filters, order."""

    tokens: tuple[str, ...] = ()
    kind: InitiativeKind | None = None
    status: RecognitionStatus | None = None
    scope: Scope | None = None
    year: int | None = None
    movement_id: int | None = None
    unit_ids: tuple[int, ...] | None = None
    sort: SortColumn = SortColumn.TITLE
    descending: bool = False


def title_fold(title: str) -> str:
    """The title as folded words separated by single spaces (punctuation dropped)."""
    return " ".join(search_tokens(title))


def _values(data: InitiativeInput) -> tuple[object, ...]:
    return (
        data.title,
        data.kind.value,
        data.unit_id,
        data.movement_id,
        data.field,
        data.year,
        data.summary,
        data.benefit,
        data.benefit_value,
        data.status.value,
        data.recognising_body,
        data.decision_number,
        data.decision_date.isoformat() if data.decision_date else None,
        data.scope.value if data.scope else None,
    )


def insert(conn: sqlite3.Connection, data: InitiativeInput, *, uuid: str | None = None) -> int:
    """Insert a validated initiative with its authors; return the id."""
    stamp = now_iso()
    cols = ", ".join(_FIELDS)
    marks = ",".join("?" * (len(_FIELDS) + 5))
    try:
        cur = conn.execute(
            "INSERT INTO initiative (uuid, title_fold, sort_key, created_at, updated_at,"
            f" {cols}, used_for_award, used_for_ref) VALUES ({marks},'','')",
            (
                uuid or str(uuidlib.uuid4()),
                title_fold(data.title),
                text_sort_key(data.title),
                stamp,
                stamp,
                *_values(data),
            ),
        )
    except sqlite3.IntegrityError as exc:
        raise _integrity(exc) from exc
    assert cur.lastrowid is not None
    _set_authors(conn, cur.lastrowid, data.authors)
    return cur.lastrowid


def update(conn: sqlite3.Connection, initiative_id: int, data: InitiativeInput) -> None:
    """Replace an initiative's fields and authors with validated input."""
    _exists(conn, initiative_id)
    assignments = ", ".join(f"{c}=?" for c in _FIELDS)
    try:
        conn.execute(
            f"UPDATE initiative SET title_fold=?, sort_key=?, updated_at=?, {assignments}"
            " WHERE id=?",
            (
                title_fold(data.title),
                text_sort_key(data.title),
                now_iso(),
                *_values(data),
                initiative_id,
            ),
        )
    except sqlite3.IntegrityError as exc:
        raise _integrity(exc) from exc
    _set_authors(conn, initiative_id, data.authors)


def _set_authors(
    conn: sqlite3.Connection, initiative_id: int, authors: Sequence[AuthorShare]
) -> None:
    old = {
        r[0]: r[1]
        for r in conn.execute(
            "SELECT person_id, uuid FROM initiative_author WHERE initiative_id=?", (initiative_id,)
        )
    }
    conn.execute("DELETE FROM initiative_author WHERE initiative_id=?", (initiative_id,))
    try:
        conn.executemany(
            "INSERT INTO initiative_author (uuid, initiative_id, person_id, share, position)"
            " VALUES (?,?,?,?,?)",
            [
                (
                    old.get(a.person_id) or str(uuidlib.uuid4()),
                    initiative_id,
                    a.person_id,
                    a.share,
                    n,
                )
                for n, a in enumerate(authors)
            ],
        )
    except sqlite3.IntegrityError as exc:
        raise _integrity(exc) from exc


def _integrity(exc: sqlite3.IntegrityError) -> ConflictError:
    if "FOREIGN KEY" in str(exc):
        return ConflictError(
            "reference_missing", "Tác giả, đơn vị hoặc phong trào đã chọn không còn trong dữ liệu."
        )
    return ConflictError("integrity", f"Dữ liệu không hợp lệ: {exc}")


def _exists(conn: sqlite3.Connection, initiative_id: int) -> None:
    if conn.execute("SELECT 1 FROM initiative WHERE id=?", (initiative_id,)).fetchone() is None:
        raise NotFoundError(f"Không tìm thấy sáng kiến số {initiative_id}.")


def delete(conn: sqlite3.Connection, initiative_id: int) -> None:
    """Delete an initiative with its authors and attachments."""
    _exists(conn, initiative_id)
    conn.execute("DELETE FROM initiative WHERE id=?", (initiative_id,))


def movement_choices(conn: sqlite3.Connection) -> list[tuple[int, str]]:
    """(id, name) of every movement, newest first."""
    return [
        (r[0], r[1])
        for r in conn.execute("SELECT id, name FROM movement ORDER BY start_date DESC, id DESC")
    ]


def movement_name(conn: sqlite3.Connection, movement_id: int | None) -> str:
    """The name of a movement, "" when there is none."""
    if movement_id is None:
        return ""
    row = conn.execute("SELECT name FROM movement WHERE id=?", (movement_id,)).fetchone()
    return row[0] if row else ""


def get(conn: sqlite3.Connection, initiative_id: int) -> Initiative:
    """The initiative with this id, all fields, authors and names."""
    cols = ", ".join("i." + c for c in _FIELDS)
    row = conn.execute(
        f"SELECT i.id, i.uuid, u.name, i.used_for_award, i.used_for_ref, i.used_at, {cols}"
        " FROM initiative i LEFT JOIN unit u ON u.id = i.unit_id WHERE i.id = ?",
        (initiative_id,),
    ).fetchone()
    if row is None:
        raise NotFoundError(f"Không tìm thấy sáng kiến số {initiative_id}.")
    iid, uid, unit_name, award, ref, used_at = row[:6]
    v = dict(zip(_FIELDS, row[6:], strict=True))
    authors = authors_of(conn, [iid]).get(iid, ())
    data = InitiativeInput(
        title=v["title"],
        year=v["year"],
        kind=InitiativeKind(v["kind"]),
        authors=tuple(AuthorShare(a.person_id, a.share) for a in authors),
        unit_id=v["unit_id"],
        movement_id=v["movement_id"],
        field=v["field"],
        summary=v["summary"],
        benefit=v["benefit"],
        benefit_value=v["benefit_value"],
        status=RecognitionStatus(v["status"]),
        recognising_body=v["recognising_body"],
        decision_number=v["decision_number"],
        decision_date=date.fromisoformat(v["decision_date"]) if v["decision_date"] else None,
        scope=Scope(v["scope"]) if v["scope"] else None,
    )
    used = None
    if award:
        used = AwardUse(award, ref, date.fromisoformat(used_at) if used_at else None)
    return Initiative(
        iid,
        uid,
        data,
        unit_name or "",
        movement_name(conn, v["movement_id"]),
        tuple(authors),
        used,
    )


def authors_of(conn: sqlite3.Connection, ids: Sequence[int]) -> dict[int, list[AuthorView]]:
    """The authors of these initiatives, in their stored order."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    out: dict[int, list[AuthorView]] = {}
    for iid, pid, name, unit, share in conn.execute(
        "SELECT a.initiative_id, p.id, p.full_name, u.name, a.share FROM initiative_author a"
        " JOIN person p ON p.id = a.person_id JOIN unit u ON u.id = p.unit_id"
        f" WHERE a.initiative_id IN ({marks}) ORDER BY a.initiative_id, a.position",
        list(ids),
    ):
        out.setdefault(iid, []).append(AuthorView(pid, name, unit, share))
    return out


def mark_used(conn: sqlite3.Connection, initiative_id: int, use: AwardUse) -> None:
    """Record the award this initiative served; refuses when it already served one."""
    row = conn.execute(
        "SELECT title, used_for_award FROM initiative WHERE id=?", (initiative_id,)
    ).fetchone()
    if row is None:
        raise NotFoundError(f"Không tìm thấy sáng kiến số {initiative_id}.")
    if row[1]:
        raise ConflictError(
            "initiative_used",
            f"Sáng kiến “{row[0]}” đã được dùng làm căn cứ cho {row[1]}; "
            "mỗi sáng kiến chỉ được dùng cho một lần khen thưởng.",
        )
    conn.execute(
        "UPDATE initiative SET used_for_award=?, used_for_ref=?, used_at=? WHERE id=?",
        (use.award, use.ref, use.used_on.isoformat() if use.used_on else None, initiative_id),
    )


def clear_used(conn: sqlite3.Connection, initiative_id: int) -> None:
    """Free an initiative again (the proposal that used it was withdrawn)."""
    conn.execute(
        "UPDATE initiative SET used_for_award='', used_for_ref='', used_at=NULL WHERE id=?",
        (initiative_id,),
    )


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


@dataclass(frozen=True, slots=True)
class TableRow:
    """One line of the initiatives table."""

    id: int
    title: str
    kind: InitiativeKind
    authors: str
    unit_name: str
    year: int
    status: RecognitionStatus
    scope: Scope | None
    decision_number: str
    decision_date: date | None
    attachments: int
    used_for_award: str


def table_rows(conn: sqlite3.Connection, ids: Sequence[int]) -> dict[int, TableRow]:
    """The columns of the initiatives table for these ids (any order)."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    authors = authors_of(conn, ids)
    out: dict[int, TableRow] = {}
    for r in conn.execute(
        "SELECT i.id, i.title, i.kind, u.name, i.year, i.status, i.scope, i.decision_number,"
        " i.decision_date, (SELECT count(*) FROM attachment t WHERE t.initiative_id = i.id),"
        " i.used_for_award"
        f" FROM initiative i LEFT JOIN unit u ON u.id = i.unit_id WHERE i.id IN ({marks})",
        list(ids),
    ):
        out[r[0]] = TableRow(
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


@dataclass(frozen=True, slots=True)
class PersonInitiative:
    """An initiative as listed on a person's page."""

    id: int
    title: str
    kind: InitiativeKind
    year: int
    status: RecognitionStatus
    scope: Scope | None
    share: float | None
    decision_number: str
    used_for_award: str


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


def count(conn: sqlite3.Connection) -> int:
    """Number of initiatives."""
    return int(conn.execute("SELECT count(*) FROM initiative").fetchone()[0])


def ids_in_order(conn: sqlite3.Connection) -> list[int]:
    """Every initiative id: by year, then title."""
    return [r[0] for r in conn.execute("SELECT id FROM initiative ORDER BY year, sort_key, id")]


def iter_full(conn: sqlite3.Connection, ids: Sequence[int]) -> Iterator[Initiative]:
    """Full records for these ids, in the given order (for export and printing)."""
    for iid in ids:
        yield get(conn, iid)


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


def person_candidates(
    conn: sqlite3.Connection, name_fold: str
) -> list[tuple[int, str, str, str, str | None]]:
    """(id, full name, unit folded name, unit name, birth) of people with this folded name."""
    return conn.execute(
        "SELECT p.id, p.full_name, u.name_fold, u.name, p.birth_date FROM person p"
        " JOIN unit u ON u.id = p.unit_id WHERE p.name_fold = ? ORDER BY p.sort_key, p.id",
        (name_fold,),
    ).fetchall()


def person_by_cccd(conn: sqlite3.Connection, cccd: str) -> int | None:
    """Id of the person with this CCCD."""
    row = conn.execute("SELECT id FROM person WHERE cccd = ?", (cccd,)).fetchone()
    return row[0] if row else None


def ids_by_title_year(conn: sqlite3.Connection, title: str, year: int) -> list[int]:
    """Ids of initiatives with this title (folded) and year: to match imported rows."""
    return [
        r[0]
        for r in conn.execute(
            "SELECT id FROM initiative WHERE title_fold = ? AND year = ?", (title_fold(title), year)
        )
    ]


def person_cccd(conn: sqlite3.Connection, person_id: int) -> str:
    """The CCCD of a person, "" when unknown."""
    row = conn.execute("SELECT cccd FROM person WHERE id = ?", (person_id,)).fetchone()
    return (row[0] or "") if row else ""
