"""People: reads and writes, the search behind the people table, duplicate checks."""

from __future__ import annotations

import sqlite3
import uuid as uuidlib
from collections.abc import Iterable, Iterator, Sequence

from desktop.domain.errors import ConflictError, NotFoundError
from desktop.domain.identity import BirthDate
from desktop.domain.people import DuplicateCandidate, Person, PersonInput, Sex, WorkStatus
from desktop.domain.people_table import PersonQuery, PersonTableRow, SortColumn
from desktop.domain.text import fold, name_sort_key
from desktop.persistence import constraints
from desktop.persistence.constraints import Broken
from desktop.persistence.db import now_iso
from desktop.persistence.repositories import ordering

_FIELDS = (
    "full_name, family_name, middle_name, given_name, sex, birth_date, cccd, hometown, residence,"
    " unit_id, position, party_position, union_position, qualification, academic_title, phone,"
    " email, status"
)


_ORDER = {
    SortColumn.NAME: "p.sort_key {d}, p.id {d}",
    SortColumn.SEX: "p.sex {d}, p.sort_key, p.id",
    SortColumn.BIRTH: "p.birth_date {d}, p.sort_key, p.id",
    SortColumn.CCCD: "p.cccd {d}, p.id",
    SortColumn.UNIT: "u.sort_key {d}, p.sort_key, p.id",
    SortColumn.POSITION: "p.position {d}, p.sort_key, p.id",
}


def _row_values(data: PersonInput) -> tuple[object, ...]:
    return (
        data.full_name,
        data.family_name,
        data.middle_name,
        data.given_name,
        data.sex.value if data.sex else None,
        data.birth_date.iso() if data.birth_date else None,
        data.cccd or None,
        data.hometown,
        data.residence,
        data.unit_id,
        data.position,
        data.party_position,
        data.union_position,
        data.qualification,
        data.academic_title,
        data.phone,
        data.email,
        data.status.value,
    )


def insert(conn: sqlite3.Connection, data: PersonInput, *, uuid: str | None = None) -> int:
    """Insert a validated person, return the id."""
    stamp = now_iso()
    uuid = uuid or str(uuidlib.uuid4())
    try:
        cur = conn.execute(
            f"INSERT INTO person (uuid, name_fold, sort_key, created_at, updated_at, {_FIELDS})"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                uuid,
                fold(data.full_name),
                name_sort_key(data.parts),
                stamp,
                stamp,
                *_row_values(data),
            ),
        )
    except sqlite3.IntegrityError as exc:
        raise _integrity(conn, exc, data, uuid=uuid) from exc
    assert cur.lastrowid is not None
    return cur.lastrowid


def insert_many(conn: sqlite3.Connection, people: Iterable[PersonInput]) -> int:
    """Insert many validated people in the caller's transaction; return how many."""
    stamp = now_iso()
    count = 0
    last: list[tuple[PersonInput, str]] = []  # the row being inserted (the one that failed)

    def rows() -> Iterator[tuple[object, ...]]:  # one row at a time: 100,000 are ~40 MB
        nonlocal count
        for p in people:
            count += 1
            last[:] = [(p, str(uuidlib.uuid4()))]
            yield (
                last[0][1],
                fold(p.full_name),
                name_sort_key(p.parts),
                stamp,
                stamp,
                *_row_values(p),
            )

    try:
        conn.executemany(
            f"INSERT INTO person (uuid, name_fold, sort_key, created_at, updated_at, {_FIELDS})"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            rows(),
        )
    except sqlite3.IntegrityError as exc:
        data, uuid = last[0] if last else (None, None)
        raise _integrity(conn, exc, data, uuid=uuid) from exc
    return count


def update(conn: sqlite3.Connection, person_id: int, data: PersonInput) -> None:
    """Replace a person's fields with validated input."""
    get(conn, person_id)
    assignments = ", ".join(f"{c.strip()}=?" for c in _FIELDS.split(","))
    try:
        conn.execute(
            f"UPDATE person SET name_fold=?, sort_key=?, updated_at=?, {assignments} WHERE id=?",
            (
                fold(data.full_name),
                name_sort_key(data.parts),
                now_iso(),
                *_row_values(data),
                person_id,
            ),
        )
    except sqlite3.IntegrityError as exc:
        raise _integrity(conn, exc, data, person_id=person_id) from exc


def _integrity(
    conn: sqlite3.Connection,
    exc: sqlite3.IntegrityError,
    data: PersonInput | None,
    *,
    uuid: str | None = None,
    person_id: int | None = None,
) -> ConflictError:
    """The refusal for a person's row, sorted by the constraint's code; which unique key was
    repeated is asked of the table (SQLite says it only in words)."""
    kind = constraints.broken(exc)
    if kind is Broken.FOREIGN_KEY:
        return ConflictError("unit_missing", "Đơn vị đã chọn không còn trong dữ liệu.")
    if kind is Broken.UNIQUE and data is not None:
        values = {"uuid": uuid, "cccd": data.cccd or None}
        held = constraints.taken(conn, "person", values, exclude_id=person_id)
        if held is not None and held.columns == ("cccd",):
            name, unit = conn.execute(
                "SELECT p.full_name, COALESCE(u.name, '') FROM person p"
                " LEFT JOIN unit u ON u.id = p.unit_id WHERE p.id = ?",
                (held.row_id,),
            ).fetchone()
            return ConflictError(
                "cccd_taken",
                f"Số CCCD {data.cccd} đã có ở {name} ({unit}).",
                {"cccd": data.cccd, "name": name, "unit": unit},
            )
    return constraints.integrity(exc)


def delete(conn: sqlite3.Connection, person_id: int, deleted_by: str = "") -> None:
    """Move a person (with their yearly ratings) to the recycle bin; ConflictError when records
    (initiatives, awards, registrations, contributions) refer to them."""
    get(conn, person_id)
    try:
        from desktop.domain.recycle_bin import BinKind  # imported on first delete:
        from desktop.persistence.repositories import recycle_bin  # not at start-up

        recycle_bin.move_to_bin(conn, BinKind.PERSON, person_id, deleted_by)
    except sqlite3.IntegrityError as exc:
        # Only a record still referring to them means "in use"; any other rule is said as it is.
        if not constraints.in_use(conn, exc, "person", person_id):
            raise constraints.integrity(exc) from exc
        raise ConflictError(
            "person_in_use",
            "Không thể xóa người này vì còn hồ sơ liên quan (sáng kiến, khen thưởng, đăng ký thi đua…). "
            "Hãy chuyển tình trạng công tác thay vì xóa để giữ lịch sử.",
        ) from exc


def get(conn: sqlite3.Connection, person_id: int) -> Person:
    """The person with this id, all fields."""
    row = conn.execute(
        f"SELECT p.id, p.uuid, u.name, {', '.join('p.' + c.strip() for c in _FIELDS.split(','))}"
        " FROM person p JOIN unit u ON u.id = p.unit_id WHERE p.id = ?",
        (person_id,),
    ).fetchone()
    if row is None:
        raise NotFoundError(f"Không tìm thấy người số {person_id}.")
    (
        pid,
        uid,
        unit_name,
        full,
        fam,
        mid,
        giv,
        sex,
        birth,
        cccd,
        home,
        res,
        unit_id,
        pos,
        party,
        union,
        qual,
        acad,
        phone,
        email,
        status,
    ) = row
    data = PersonInput(
        full_name=full,
        unit_id=unit_id,
        family_name=fam,
        middle_name=mid,
        given_name=giv,
        sex=Sex(sex) if sex else None,
        birth_date=BirthDate.from_iso(birth),
        cccd=cccd or "",
        hometown=home,
        residence=res,
        position=pos,
        party_position=party,
        union_position=union,
        qualification=qual,
        academic_title=acad,
        phone=phone,
        email=email,
        status=WorkStatus(status),
    )
    return Person(pid, uid, data, unit_name)


def count(conn: sqlite3.Connection) -> int:
    """Number of people."""
    return int(conn.execute("SELECT count(*) FROM person").fetchone()[0])


def _fts_query(tokens: Sequence[str]) -> str:
    return " ".join(f'"{t}"*' for t in tokens)


def query_ids(conn: sqlite3.Connection, query: PersonQuery) -> list[int]:
    """Ids of the people the query selects, in the requested order.

    Word tokens must each start a word of the folded name (FTS5 prefix search); digit tokens
    match the start of the CCCD.
    """
    where: list[str] = []
    params: list[object] = []
    words = [t for t in query.tokens if not t.isdigit()]
    digits = [t for t in query.tokens if t.isdigit()]
    if words:
        where.append("p.id IN (SELECT rowid FROM person_fts WHERE person_fts MATCH ?)")
        params.append(_fts_query(words))
    for d in digits:
        where.append("p.cccd >= ? AND p.cccd < ?")
        params += [d, d + "\uffff"]
    if query.unit_ids is not None:
        ids = ",".join(str(int(i)) for i in query.unit_ids) or "NULL"
        where.append(f"p.unit_id IN ({ids})")
    order = _ORDER[query.sort].format(d="DESC" if query.descending else "ASC")
    join = "JOIN unit u ON u.id = p.unit_id" if query.sort is SortColumn.UNIT else ""
    # The full order is cached; a search only fetches the matching ids (benchmarks/).
    full = ordering.full_order(
        conn, (query.sort, query.descending), f"SELECT p.id FROM person p {join} ORDER BY {order}"
    )
    if not where:
        return list(full.ids)
    if words and len(where) == 1:  # the search index alone answers: no lookup per person
        sql = "SELECT rowid AS id FROM person_fts WHERE person_fts MATCH ?"
    else:
        sql = "SELECT p.id AS id FROM person p WHERE " + " AND ".join(where)
    return full.subset(ordering.id_set(conn, sql, params))


def table_rows(conn: sqlite3.Connection, ids: Sequence[int]) -> dict[int, PersonTableRow]:
    """The columns of the people table for these ids (any order)."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    return {
        r[0]: PersonTableRow(
            r[0],
            r[1],
            Sex(r[2]) if r[2] else None,
            BirthDate.from_iso(r[3]),
            r[4] or "",
            r[5],
            r[6],
            WorkStatus(r[7]),
        )
        for r in conn.execute(
            "SELECT p.id, p.full_name, p.sex, p.birth_date, p.cccd, u.name, p.position, p.status"
            f" FROM person p JOIN unit u ON u.id = p.unit_id WHERE p.id IN ({marks})",
            list(ids),
        )
    }


def find_duplicates(
    conn: sqlite3.Connection, data: PersonInput, exclude_id: int | None = None
) -> list[DuplicateCandidate]:
    """Stored people with the same CCCD, or the same folded name and birth date."""
    found: dict[int, DuplicateCandidate] = {}
    sql = (
        "SELECT p.id, p.full_name, p.birth_date, u.name FROM person p JOIN unit u ON u.id=p.unit_id"
        " WHERE {cond} AND p.id IS NOT ?"
    )
    if data.cccd:
        for r in conn.execute(sql.format(cond="p.cccd = ?"), (data.cccd, exclude_id)):
            found[r[0]] = DuplicateCandidate(r[0], r[1], _show(r[2]), r[3], "cccd")
    if data.birth_date is not None:
        birth = data.birth_date.iso()
        for r in conn.execute(
            sql.format(cond="p.name_fold = ? AND p.birth_date = ?"),
            (fold(data.full_name), birth, exclude_id),
        ):
            found.setdefault(r[0], DuplicateCandidate(r[0], r[1], _show(r[2]), r[3], "name_birth"))
    return list(found.values())


def _show(iso: str | None) -> str:
    b = BirthDate.from_iso(iso)
    return b.display() if b else ""


def ensure_unit_exists(conn: sqlite3.Connection, unit_id: int) -> None:
    """Raise ConflictError when the unit is missing."""
    if conn.execute("SELECT 1 FROM unit WHERE id=?", (unit_id,)).fetchone() is None:
        raise ConflictError("unit_missing", "Đơn vị đã chọn không còn trong dữ liệu.")


def match_keys(conn: sqlite3.Connection) -> Iterator[tuple[int, str | None, str, str | None, int]]:
    """(id, cccd, folded name, birth ISO, unit id) of everyone, one at a time (100,000 rows held
    at once would be 100,000 tuples for the garbage collector to walk): to match imported rows."""
    yield from conn.execute("SELECT id, cccd, name_fold, birth_date, unit_id FROM person")


def iter_export_with_unit(conn: sqlite3.Connection) -> Iterator[tuple[object, ...]]:
    """Every person for export, Vietnamese order: name, birth, sex, CCCD, hometown, residence,
    unit, position, qualification, academic title, phone, email, then the unit id (to name the
    unit exactly)."""
    yield from conn.execute(
        "SELECT p.full_name, p.birth_date, p.sex, p.cccd, p.hometown, p.residence, u.name,"
        " p.position, p.qualification, p.academic_title, p.phone, p.email, p.unit_id"
        " FROM person p JOIN unit u ON u.id = p.unit_id ORDER BY p.sort_key, p.id"
    )
