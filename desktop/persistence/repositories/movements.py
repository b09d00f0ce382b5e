"""Movements and their plan details: reads and writes."""

from __future__ import annotations

import sqlite3
import uuid as uuidlib
from datetime import date

from desktop.domain.errors import ConflictError, NotFoundError
from desktop.domain.movements import (
    CriterionInput,
    DocumentRef,
    GroupKind,
    MilestoneInput,
    MilestoneKind,
    Movement,
    MovementInput,
    MovementKind,
    MovementListRow,
    MovementRecords,
    TargetGroupInput,
    TargetInput,
)
from desktop.domain.text import fold
from desktop.persistence import constraints
from desktop.persistence.db import now_iso


def _uuid() -> str:
    return str(uuidlib.uuid4())


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def insert(conn: sqlite3.Connection, data: MovementInput, *, uuid: str | None = None) -> int:
    """Insert a validated movement with its children; return the id."""
    stamp = now_iso()
    cur = conn.execute(
        "INSERT INTO movement (uuid, name, name_fold, kind, start_date, end_date, basis_number,"
        " basis_date, basis_issuer, plan_number, plan_date, plan_issuer, purpose, requirements,"
        " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (uuid or _uuid(), *_head(data), stamp, stamp),
    )
    assert cur.lastrowid is not None
    _write_children(conn, cur.lastrowid, data)
    return cur.lastrowid


def _head(data: MovementInput) -> tuple[object, ...]:
    return (
        data.name,
        fold(data.name),
        data.kind.value,
        data.start.isoformat(),
        data.end.isoformat(),
        data.basis.number,
        _iso(data.basis.issued_on),
        data.basis.issuer,
        data.plan.number,
        _iso(data.plan.issued_on),
        data.plan.issuer,
        data.purpose,
        data.requirements,
    )


def update(conn: sqlite3.Connection, movement_id: int, data: MovementInput) -> None:
    """Replace a movement's fields; groups and criteria keep their ids when given."""
    _exists(conn, movement_id)
    conn.execute(
        "UPDATE movement SET name=?, name_fold=?, kind=?, start_date=?, end_date=?,"
        " basis_number=?, basis_date=?, basis_issuer=?, plan_number=?, plan_date=?,"
        " plan_issuer=?, purpose=?, requirements=?, updated_at=? WHERE id=?",
        (*_head(data), now_iso(), movement_id),
    )
    _write_children(conn, movement_id, data)


def _write_targets(
    conn: sqlite3.Connection, movement_id: int, targets: tuple[TargetInput, ...]
) -> None:
    """Targets keep their row (and so their values by year) when given by id or, failing
    that, by the same description; the others are inserted, the rest deleted."""
    old = {
        r[0]: fold(r[1])
        for r in conn.execute(
            "SELECT id, description FROM movement_target WHERE movement_id=?", (movement_id,)
        )
    }
    free = dict(old)
    matched: list[int | None] = []
    for t in targets:
        tid = t.id if t.id in free else None
        if tid is None:
            tid = next((k for k, d in free.items() if d == fold(t.description)), None)
        if tid is not None:
            del free[tid]
        matched.append(tid)
    if free:
        conn.executemany("DELETE FROM movement_target WHERE id=?", [(k,) for k in free])
    for i, (t, tid) in enumerate(zip(targets, matched, strict=True)):
        values = (i, t.description, t.target_value, t.unit_label, t.achieved_value)
        if tid is None:
            conn.execute(
                "INSERT INTO movement_target (uuid, movement_id, position, description,"
                " target_value, unit_label, achieved_value) VALUES (?,?,?,?,?,?,?)",
                (_uuid(), movement_id, *values),
            )
        else:
            conn.execute(
                "UPDATE movement_target SET position=?, description=?, target_value=?,"
                " unit_label=?, achieved_value=? WHERE id=?",
                (*values, tid),
            )


def _write_children(conn: sqlite3.Connection, movement_id: int, data: MovementInput) -> None:
    # Award forms and milestones are referenced by nothing: rewrite them.
    for table in ("movement_award_form", "movement_milestone"):
        conn.execute(f"DELETE FROM {table} WHERE movement_id=?", (movement_id,))
    _write_targets(conn, movement_id, data.targets)
    conn.executemany(
        "INSERT INTO movement_award_form (uuid, movement_id, position, name, catalog_key)"
        " VALUES (?,?,?,?,'')",
        [(_uuid(), movement_id, i, name) for i, name in enumerate(data.award_forms)],
    )
    conn.executemany(
        "INSERT INTO movement_milestone (uuid, movement_id, kind, title, due_date, done_date,"
        " assignee) VALUES (?,?,?,?,?,?,?)",
        [
            (
                _uuid(),
                movement_id,
                m.kind.value,
                m.title,
                m.due_on.isoformat(),
                _iso(m.done_on),
                m.assignee,
            )
            for m in data.milestones
        ],
    )
    # Groups and criteria are referenced by registrations and scores: update in place.
    old_groups = {
        r[0]
        for r in conn.execute("SELECT id FROM movement_group WHERE movement_id=?", (movement_id,))
    }
    kept: set[int] = set()
    for gi, group in enumerate(data.groups):
        if group.id is not None and group.id in old_groups:
            conn.execute(
                "UPDATE movement_group SET position=?, kind=?, name=? WHERE id=?",
                (gi, group.kind.value, group.name, group.id),
            )
            group_id = group.id
        else:
            cur = conn.execute(
                "INSERT INTO movement_group (uuid, movement_id, position, kind, name)"
                " VALUES (?,?,?,?,?)",
                (_uuid(), movement_id, gi, group.kind.value, group.name),
            )
            assert cur.lastrowid is not None
            group_id = cur.lastrowid
        kept.add(group_id)
        _write_criteria(conn, group_id, group.criteria)
    for gone in old_groups - kept:
        conn.execute("DELETE FROM movement_group WHERE id=?", (gone,))


def _write_criteria(
    conn: sqlite3.Connection, group_id: int, criteria: tuple[CriterionInput, ...]
) -> None:
    old = {
        r[0]
        for r in conn.execute("SELECT id FROM movement_criterion WHERE group_id=?", (group_id,))
    }
    kept: set[int] = set()
    for ci, crit in enumerate(criteria):
        if crit.id is not None and crit.id in old:
            conn.execute(
                "UPDATE movement_criterion SET position=?, text=?, max_score=? WHERE id=?",
                (ci, crit.text, crit.max_score, crit.id),
            )
            kept.add(crit.id)
        else:
            cur = conn.execute(
                "INSERT INTO movement_criterion (uuid, group_id, position, text, max_score)"
                " VALUES (?,?,?,?,?)",
                (_uuid(), group_id, ci, crit.text, crit.max_score),
            )
            assert cur.lastrowid is not None
            kept.add(cur.lastrowid)
    for gone in old - kept:
        conn.execute("DELETE FROM movement_criterion WHERE id=?", (gone,))


def _exists(conn: sqlite3.Connection, movement_id: int) -> None:
    if conn.execute("SELECT 1 FROM movement WHERE id=?", (movement_id,)).fetchone() is None:
        raise NotFoundError(f"Không tìm thấy phong trào số {movement_id}.")


def get(conn: sqlite3.Connection, movement_id: int) -> Movement:
    """A movement with all its plan details."""
    row = conn.execute(
        "SELECT id, uuid, name, kind, start_date, end_date, basis_number, basis_date,"
        " basis_issuer, plan_number, plan_date, plan_issuer, purpose, requirements"
        " FROM movement WHERE id=?",
        (movement_id,),
    ).fetchone()
    if row is None:
        raise NotFoundError(f"Không tìm thấy phong trào số {movement_id}.")
    targets = tuple(
        TargetInput(r[1], r[2], r[3], r[4], id=r[0])
        for r in conn.execute(
            "SELECT id, description, target_value, unit_label, achieved_value"
            " FROM movement_target WHERE movement_id=? ORDER BY position, id",
            (movement_id,),
        )
    )
    crits: dict[int, list[CriterionInput]] = {}
    for r in conn.execute(
        "SELECT c.group_id, c.id, c.text, c.max_score FROM movement_criterion c"
        " JOIN movement_group g ON g.id = c.group_id WHERE g.movement_id=?"
        " ORDER BY c.position, c.id",
        (movement_id,),
    ):
        crits.setdefault(r[0], []).append(CriterionInput(r[2], r[3], id=r[1]))
    groups = tuple(
        TargetGroupInput(GroupKind(r[1]), r[2], tuple(crits.get(r[0], [])), id=r[0])
        for r in conn.execute(
            "SELECT id, kind, name FROM movement_group WHERE movement_id=? ORDER BY position, id",
            (movement_id,),
        )
    )
    forms = tuple(
        r[0]
        for r in conn.execute(
            "SELECT name FROM movement_award_form WHERE movement_id=? ORDER BY position, id",
            (movement_id,),
        )
    )
    milestones = tuple(
        MilestoneInput(MilestoneKind(r[1]), date.fromisoformat(r[3]), r[2], _date(r[4]), r[0], r[5])
        for r in conn.execute(
            "SELECT id, kind, title, due_date, done_date, assignee FROM movement_milestone"
            " WHERE movement_id=? ORDER BY due_date, id",
            (movement_id,),
        )
    )
    data = MovementInput(
        name=row[2],
        kind=MovementKind(row[3]),
        start=date.fromisoformat(row[4]),
        end=date.fromisoformat(row[5]),
        basis=DocumentRef(row[6], _date(row[7]), row[8]),
        plan=DocumentRef(row[9], _date(row[10]), row[11]),
        purpose=row[12],
        requirements=row[13],
        targets=targets,
        groups=groups,
        award_forms=forms,
        milestones=milestones,
    )
    return Movement(row[0], row[1], data)


def list_rows(conn: sqlite3.Connection, text: str = "") -> list[MovementListRow]:
    """Movements, newest first, optionally filtered by folded name words."""
    where = ""
    params: list[object] = []
    words = fold(text).split()
    if words:
        where = "WHERE " + " AND ".join("(' ' || m.name_fold) LIKE ?" for _ in words)
        params = [f"% {w}%" for w in words]
    rows = conn.execute(
        "SELECT m.id, m.name, m.kind, m.start_date, m.end_date, m.plan_number,"
        " (SELECT count(*) FROM registration r WHERE r.movement_id = m.id)"
        f" FROM movement m {where} ORDER BY m.start_date DESC, m.id DESC",
        params,
    ).fetchall()
    return [
        MovementListRow(
            r[0],
            r[1],
            MovementKind(r[2]),
            date.fromisoformat(r[3]),
            date.fromisoformat(r[4]),
            r[5],
            r[6],
        )
        for r in rows
    ]


def _table_exists(conn: sqlite3.Connection, name: str) -> bool:
    return (
        conn.execute(
            "SELECT 1 FROM sqlite_schema WHERE type='table' AND name=?", (name,)
        ).fetchone()
        is not None
    )


def records(conn: sqlite3.Connection, movement_id: int) -> MovementRecords:
    """Count the records of a movement."""
    _exists(conn, movement_id)

    def one(sql: str) -> int:
        return int(conn.execute(sql, (movement_id,)).fetchone()[0])

    initiatives = (
        one("SELECT count(*) FROM initiative WHERE movement_id=?")
        if _table_exists(conn, "initiative")
        else 0
    )
    proposals = (
        one("SELECT count(*) FROM proposal_batch WHERE movement_id=?")
        if _table_exists(conn, "proposal_batch")
        else 0
    )
    return MovementRecords(
        registrations=one("SELECT count(*) FROM registration WHERE movement_id=?"),
        sponsorships=one("SELECT count(*) FROM sponsorship WHERE movement_id=?"),
        support_activities=one(
            "SELECT count(*) FROM support_activity a JOIN sponsorship s ON s.id = a.sponsorship_id"
            " WHERE s.movement_id=?"
        ),
        contributions=one("SELECT count(*) FROM contribution WHERE movement_id=?"),
        scores=one(
            "SELECT count(*) FROM score s JOIN registration r ON r.id = s.registration_id"
            " WHERE r.movement_id=?"
        ),
        initiatives=initiatives,
        proposals=proposals,
    )


def delete(conn: sqlite3.Connection, movement_id: int, deleted_by: str = "") -> None:
    """Move a movement and everything of it to the recycle bin (initiatives and reports stay,
    without the link, which a restore puts back)."""
    _exists(conn, movement_id)
    try:
        from desktop.domain.recycle_bin import BinKind  # imported on first delete:
        from desktop.persistence.repositories import recycle_bin  # not at start-up

        recycle_bin.move_to_bin(conn, BinKind.MOVEMENT, movement_id, deleted_by)
    except sqlite3.IntegrityError as exc:
        # Only a record still referring to it means "in use"; any other rule is said as it is.
        if not constraints.in_use(conn, exc, "movement", movement_id):
            raise constraints.integrity(exc) from exc
        raise ConflictError(
            "movement_in_use",
            "Không thể xóa phong trào vì còn hồ sơ khác gắn với nó (đợt đề nghị khen thưởng…).",
        ) from exc


def count(conn: sqlite3.Connection) -> int:
    """Number of movements."""
    return int(conn.execute("SELECT count(*) FROM movement").fetchone()[0])


def criterion_max(conn: sqlite3.Connection, criterion_id: int) -> tuple[int, float | None]:
    """(movement id, maximum score) of a criterion."""
    row = conn.execute(
        "SELECT g.movement_id, c.max_score FROM movement_criterion c"
        " JOIN movement_group g ON g.id = c.group_id WHERE c.id=?",
        (criterion_id,),
    ).fetchone()
    if row is None:
        raise NotFoundError(f"Không tìm thấy tiêu chí số {criterion_id}.")
    return row[0], row[1]


def group_ids(conn: sqlite3.Connection, movement_id: int) -> list[int]:
    """Ids of the movement's target groups, in order."""
    return [
        r[0]
        for r in conn.execute(
            "SELECT id FROM movement_group WHERE movement_id=? ORDER BY position, id",
            (movement_id,),
        )
    ]


def group(conn: sqlite3.Connection, movement_id: int, group_id: int) -> TargetGroupInput | None:
    """One target group of a movement with its criteria (None when not of this movement)."""
    row = conn.execute(
        "SELECT kind, name FROM movement_group WHERE id=? AND movement_id=?",
        (group_id, movement_id),
    ).fetchone()
    if row is None:
        return None
    crits = tuple(
        CriterionInput(r[1], r[2], id=r[0])
        for r in conn.execute(
            "SELECT id, text, max_score FROM movement_criterion WHERE group_id=?"
            " ORDER BY position, id",
            (group_id,),
        )
    )
    return TargetGroupInput(GroupKind(row[0]), row[1], crits, id=group_id)


def participation_totals(
    conn: sqlite3.Connection, movement_id: int
) -> tuple[int, int, int, int, int]:
    """Units and people registered, communes sponsored, contributions and support in đồng."""

    def one(sql: str) -> int:
        return int(conn.execute(sql, (movement_id,)).fetchone()[0] or 0)

    return (
        one(
            "SELECT count(DISTINCT unit_id) FROM registration WHERE movement_id=? AND unit_id IS NOT NULL"
        ),
        one(
            "SELECT count(DISTINCT person_id) FROM registration WHERE movement_id=? AND person_id IS NOT NULL"
        ),
        one("SELECT count(DISTINCT commune_id) FROM sponsorship WHERE movement_id=?"),
        one("SELECT sum(value) FROM contribution WHERE movement_id=?"),
        one(
            "SELECT sum(a.value) FROM support_activity a JOIN sponsorship s"
            " ON s.id = a.sponsorship_id WHERE s.movement_id=?"
        ),
    )
