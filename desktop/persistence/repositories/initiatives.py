"""Initiatives and their authors: reads, writes, the search behind the initiatives table."""

from __future__ import annotations

import sqlite3
import uuid as uuidlib
from collections.abc import Iterator, Sequence
from datetime import date

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
from desktop.persistence import constraints
from desktop.persistence.constraints import Broken
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
        raise _integrity(exc, authors) from exc


def _integrity(exc: sqlite3.IntegrityError, authors: Sequence[AuthorShare] = ()) -> ConflictError:
    """The refusal for an initiative's rows, sorted by the constraint's code."""
    kind = constraints.broken(exc)
    if kind is Broken.FOREIGN_KEY:
        return ConflictError(
            "reference_missing", "Tác giả, đơn vị hoặc phong trào đã chọn không còn trong dữ liệu."
        )
    # The authors' rows were all deleted first: a repeated (initiative, person) key can only
    # come from a person named twice in `authors`.
    if kind is Broken.UNIQUE and len({a.person_id for a in authors}) < len(authors):
        return ConflictError(
            "duplicate_author", "Một người được ghi hai lần trong danh sách tác giả."
        )
    return constraints.integrity(exc)


def _exists(conn: sqlite3.Connection, initiative_id: int) -> None:
    if conn.execute("SELECT 1 FROM initiative WHERE id=?", (initiative_id,)).fetchone() is None:
        raise NotFoundError(f"Không tìm thấy sáng kiến số {initiative_id}.")


def delete(conn: sqlite3.Connection, initiative_id: int, deleted_by: str = "") -> None:
    """Move an initiative with its authors and attachments to the recycle bin;
    ConflictError when a nominee of a batch names it as grounds."""
    _exists(conn, initiative_id)
    grounds = conn.execute(
        "SELECT b.title, b.year FROM nominee_initiative g JOIN nominee n ON n.id = g.nominee_id"
        " JOIN proposal_batch b ON b.id = n.batch_id WHERE g.initiative_id = ?"
        " GROUP BY b.id ORDER BY b.year, b.id",
        (initiative_id,),
    ).fetchall()
    if grounds:
        batches = "; ".join(f"“{title}” ({year})" for title, year in grounds)
        raise ConflictError(
            "initiative_in_use",
            f"Không thể xóa sáng kiến vì đang là căn cứ đề nghị khen thưởng trong đợt {batches}."
            " Hãy bỏ sáng kiến khỏi người được đề nghị trước.",
            {"batches": batches},
        )
    from desktop.domain.recycle_bin import BinKind  # imported on first delete:
    from desktop.persistence.repositories import recycle_bin  # not at start-up

    recycle_bin.move_to_bin(conn, BinKind.INITIATIVE, initiative_id, deleted_by)


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
