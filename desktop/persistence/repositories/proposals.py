"""Proposal batches, nominees, their grounds and the state log."""

from __future__ import annotations

import sqlite3
import uuid as uuidlib
from datetime import date, datetime

from desktop.domain.achievement import AchievementFacts
from desktop.domain.awards import CommendationType
from desktop.domain.eligibility import Result
from desktop.domain.errors import NotFoundError
from desktop.domain.proposals import (
    Batch,
    BatchEvent,
    BatchInput,
    BatchState,
    BatchSummary,
    MeetingInput,
    Nominee,
    NomineeInput,
    Outcome,
    SubjectType,
)
from desktop.domain.ratings import Rating
from desktop.persistence.db import now_iso

_BATCH_COLS = (
    "id, uuid, title, kind, year, movement_id, addressee, number, number_text, submitted_on,"
    " signer_name, signer_title, state, meeting_date, meeting_end, meeting_place, meeting_chair,"
    " meeting_secretary, members_total, members_present, members_absent_written,"
    " decision_number, decision_date, decision_issuer, quota_override_reason"
)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text[:10]) if text else None


def _moment(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _batch(row: tuple) -> Batch:  # type: ignore[type-arg]
    values = list(row)
    values[3] = CommendationType(values[3])
    values[9] = _day(values[9])
    values[12] = BatchState(values[12])
    values[13] = _moment(values[13])
    values[14] = _moment(values[14])
    values[22] = _day(values[22])
    return Batch(*values)


def insert_batch(conn: sqlite3.Connection, data: BatchInput) -> int:
    """Create a batch in the draft state."""
    stamp = now_iso()
    cur = conn.execute(
        "INSERT INTO proposal_batch (uuid, title, kind, year, movement_id, addressee, signer_name,"
        " signer_title, state, created_at, updated_at, number_text, meeting_place, meeting_chair,"
        " meeting_secretary, members_total, members_present, members_absent_written, decision_number,"
        " decision_issuer, quota_override_reason)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,'','','','',0,0,0,'','','')",
        (
            str(uuidlib.uuid4()),
            data.title,
            data.kind.value,
            data.year,
            data.movement_id,
            data.addressee,
            data.signer_name,
            data.signer_title,
            BatchState.DRAFT.value,
            stamp,
            stamp,
        ),
    )
    assert cur.lastrowid is not None
    return cur.lastrowid


def update_batch(conn: sqlite3.Connection, batch_id: int, data: BatchInput) -> None:
    """Change the head of a batch."""
    get_batch(conn, batch_id)
    conn.execute(
        "UPDATE proposal_batch SET title=?, kind=?, year=?, movement_id=?, addressee=?, signer_name=?,"
        " signer_title=?, updated_at=? WHERE id=?",
        (
            data.title,
            data.kind.value,
            data.year,
            data.movement_id,
            data.addressee,
            data.signer_name,
            data.signer_title,
            now_iso(),
            batch_id,
        ),
    )


def get_batch(conn: sqlite3.Connection, batch_id: int) -> Batch:
    """One batch."""
    row = conn.execute(
        f"SELECT {_BATCH_COLS} FROM proposal_batch WHERE id = ?", (batch_id,)
    ).fetchone()
    if row is None:
        raise NotFoundError(f"Không có đợt đề nghị số {batch_id}.")
    return _batch(row)


def list_batches(conn: sqlite3.Connection) -> list[BatchSummary]:
    """Every batch, newest first, with its nominee count."""
    rows = conn.execute(
        "SELECT b.id, b.title, b.year, b.state, (SELECT count(*) FROM nominee n WHERE n.batch_id = b.id),"
        " b.number_text FROM proposal_batch b ORDER BY b.year DESC, b.id DESC"
    ).fetchall()
    return [BatchSummary(r[0], r[1], r[2], BatchState(r[3]), r[4], r[5]) for r in rows]


def delete_batch(conn: sqlite3.Connection, batch_id: int, deleted_by: str = "") -> None:
    """Move a batch with its nominees and log to the recycle bin."""
    get_batch(conn, batch_id)
    from desktop.domain.recycle_bin import BinKind  # imported on first delete:
    from desktop.persistence.repositories import recycle_bin  # not at start-up

    recycle_bin.move_to_bin(conn, BinKind.BATCH, batch_id, deleted_by)


def set_state(
    conn: sqlite3.Connection, batch_id: int, state: BatchState, user: str, note: str
) -> None:
    """Change the state and log it."""
    before = get_batch(conn, batch_id)
    stamp = now_iso()
    conn.execute(
        "UPDATE proposal_batch SET state=?, updated_at=? WHERE id=?", (state.value, stamp, batch_id)
    )
    conn.execute(
        "INSERT INTO batch_event (uuid, batch_id, at, user, from_state, to_state, note) VALUES (?,?,?,?,?,?,?)",
        (str(uuidlib.uuid4()), batch_id, stamp, user, before.state.value, state.value, note),
    )


def events(conn: sqlite3.Connection, batch_id: int) -> list[BatchEvent]:
    """The state log, oldest first."""
    rows = conn.execute(
        "SELECT at, user, from_state, to_state, note FROM batch_event WHERE batch_id = ? ORDER BY id",
        (batch_id,),
    ).fetchall()
    return [
        BatchEvent(datetime.fromisoformat(r[0]), r[1], BatchState(r[2]), BatchState(r[3]), r[4])
        for r in rows
    ]


def save_meeting(conn: sqlite3.Connection, batch_id: int, m: MeetingInput) -> None:
    """Store the council meeting of a batch."""
    conn.execute(
        "UPDATE proposal_batch SET meeting_date=?, meeting_end=?, meeting_place=?, meeting_chair=?, meeting_secretary=?,"
        " members_total=?, members_present=?, members_absent_written=?, updated_at=? WHERE id=?",
        (
            m.held_on.isoformat(timespec="minutes"),
            m.ended_at.isoformat(timespec="minutes") if m.ended_at else None,
            m.place,
            m.chair,
            m.secretary,
            m.members_total,
            m.members_present,
            m.members_absent_written,
            now_iso(),
            batch_id,
        ),
    )


def next_number(conn: sqlite3.Connection, year: int) -> int:
    """The next submission number of the year."""
    row = conn.execute(
        "SELECT max(number) FROM proposal_batch WHERE substr(submitted_on, 1, 4) = ?", (str(year),)
    ).fetchone()
    return int(row[0] or 0) + 1


def set_submission(
    conn: sqlite3.Connection, batch_id: int, number: int, number_text: str, on: date
) -> None:
    """Store the submission number and date."""
    conn.execute(
        "UPDATE proposal_batch SET number=?, number_text=?, submitted_on=?, updated_at=? WHERE id=?",
        (number, number_text, on.isoformat(), now_iso(), batch_id),
    )


def set_decision(
    conn: sqlite3.Connection, batch_id: int, number: str, on: date, issuer: str
) -> None:
    """Store the decision of a batch."""
    conn.execute(
        "UPDATE proposal_batch SET decision_number=?, decision_date=?, decision_issuer=?, updated_at=? WHERE id=?",
        (number, on.isoformat(), issuer, now_iso(), batch_id),
    )


def set_addressee(conn: sqlite3.Connection, batch_id: int, addressee: str) -> None:
    """Store to whom the tờ trình is addressed."""
    conn.execute(
        "UPDATE proposal_batch SET addressee=?, updated_at=? WHERE id=?",
        (addressee, now_iso(), batch_id),
    )


def set_quota_override(conn: sqlite3.Connection, batch_id: int, reason: str) -> None:
    """Store why the batch exceeds the movement's quota."""
    conn.execute("UPDATE proposal_batch SET quota_override_reason=? WHERE id=?", (reason, batch_id))


# -- nominees ---------------------------------------------------------------------------


def insert_nominee(conn: sqlite3.Connection, batch_id: int, n: NomineeInput) -> int:
    """Add a nominee at the end of the batch."""
    pos = conn.execute(
        "SELECT coalesce(max(position), 0) + 1 FROM nominee WHERE batch_id=?", (batch_id,)
    ).fetchone()[0]
    cur = conn.execute(
        "INSERT INTO nominee (uuid, batch_id, position, subject_kind, person_id, unit_id, household_name,"
        " award_code, summary, achievement, duties, override_reason, votes_in_favour, created_at,"
        " eligibility, eligibility_reasons, outcome)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,'','','')",
        (
            str(uuidlib.uuid4()),
            batch_id,
            pos,
            n.subject.value,
            n.person_id,
            n.unit_id,
            n.household_name,
            n.award_code,
            n.summary,
            n.achievement,
            n.duties,
            n.override_reason,
            n.votes_in_favour,
            now_iso(),
        ),
    )
    assert cur.lastrowid is not None
    _set_grounds(conn, cur.lastrowid, n.initiative_ids)
    return cur.lastrowid


def update_nominee(conn: sqlite3.Connection, nominee_id: int, n: NomineeInput) -> None:
    """Change a nominee's award, texts, votes, override and grounds."""
    conn.execute(
        "UPDATE nominee SET subject_kind=?, person_id=?, unit_id=?, household_name=?, award_code=?, summary=?,"
        " achievement=?, duties=?, override_reason=?, votes_in_favour=? WHERE id=?",
        (
            n.subject.value,
            n.person_id,
            n.unit_id,
            n.household_name,
            n.award_code,
            n.summary,
            n.achievement,
            n.duties,
            n.override_reason,
            n.votes_in_favour,
            nominee_id,
        ),
    )
    _set_grounds(conn, nominee_id, n.initiative_ids)


def _set_grounds(
    conn: sqlite3.Connection, nominee_id: int, initiative_ids: tuple[int, ...]
) -> None:
    conn.execute("DELETE FROM nominee_initiative WHERE nominee_id=?", (nominee_id,))
    conn.executemany(
        "INSERT INTO nominee_initiative (uuid, nominee_id, initiative_id) VALUES (?,?,?)",
        [(str(uuidlib.uuid4()), nominee_id, i) for i in dict.fromkeys(initiative_ids)],
    )


def delete_nominee(conn: sqlite3.Connection, nominee_id: int) -> None:
    """Remove a nominee."""
    conn.execute("DELETE FROM nominee WHERE id=?", (nominee_id,))


def set_eligibility(
    conn: sqlite3.Connection, nominee_id: int, result: str, reasons: tuple[str, ...]
) -> None:
    """Store the eligibility result at the time of the check."""
    conn.execute(
        "UPDATE nominee SET eligibility=?, eligibility_reasons=?, checked_at=? WHERE id=?",
        (result, "\n".join(reasons), now_iso(), nominee_id),
    )


def set_votes(conn: sqlite3.Connection, nominee_id: int, votes: int | None) -> None:
    """Store the votes in favour."""
    conn.execute("UPDATE nominee SET votes_in_favour=? WHERE id=?", (votes, nominee_id))


def set_outcome(conn: sqlite3.Connection, nominee_id: int, outcome: str) -> None:
    """Store whether the decision granted the award."""
    conn.execute("UPDATE nominee SET outcome=? WHERE id=?", (outcome, nominee_id))


def nominees(conn: sqlite3.Connection, batch_id: int) -> list[Nominee]:
    """The nominees of a batch, in order."""
    rows = conn.execute(
        "SELECT n.id, n.batch_id, n.position, n.subject_kind, n.award_code, n.person_id, n.unit_id,"
        " n.household_name, n.summary, n.achievement, n.duties, n.votes_in_favour, n.override_reason,"
        " n.eligibility, n.eligibility_reasons, n.outcome,"
        " coalesce(p.full_name, u.name, n.household_name), coalesce(pu.name, pu2.name, ''), coalesce(p.position, ''),"
        " (SELECT group_concat(initiative_id) FROM nominee_initiative g WHERE g.nominee_id = n.id)"
        " FROM nominee n LEFT JOIN person p ON p.id = n.person_id LEFT JOIN unit pu ON pu.id = p.unit_id"
        " LEFT JOIN unit u ON u.id = n.unit_id LEFT JOIN unit pu2 ON pu2.id = u.parent_id"
        " WHERE n.batch_id = ? ORDER BY n.position, n.id",
        (batch_id,),
    ).fetchall()
    out = []
    for r in rows:
        grounds = tuple(int(x) for x in r[19].split(",")) if r[19] else ()
        data = NomineeInput(
            subject=SubjectType(r[3]),
            award_code=r[4],
            person_id=r[5],
            unit_id=r[6],
            household_name=r[7],
            summary=r[8],
            achievement=r[9],
            duties=r[10],
            initiative_ids=grounds,
            votes_in_favour=r[11],
            override_reason=r[12],
        )
        reasons = tuple(x for x in (r[14] or "").split("\n") if x)
        result = Result(r[13]) if r[13] else None
        out.append(
            Nominee(r[0], r[1], r[2], data, r[16], r[17], r[18], result, reasons, Outcome(r[15]))
        )
    return out


def get_nominee(conn: sqlite3.Connection, nominee_id: int) -> Nominee:
    """One nominee."""
    row = conn.execute("SELECT batch_id FROM nominee WHERE id=?", (nominee_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"Không có người được đề nghị số {nominee_id}.")
    return next(n for n in nominees(conn, row[0]) if n.id == nominee_id)


def proposed_elsewhere(
    conn: sqlite3.Connection,
    batch_id: int,
    year: int,
    subject: str,
    subject_id: int | None,
    award: str,
) -> bool:
    """True when the same subject is proposed for the same award and year in another open batch."""
    col = "person_id" if subject == "person" else "unit_id"
    row = conn.execute(
        f"SELECT 1 FROM nominee n JOIN proposal_batch b ON b.id = n.batch_id WHERE n.{col} = ? AND n.award_code = ?"
        " AND b.year = ? AND b.id != ? AND n.outcome NOT IN ('khong_duoc_khen', 'khong_dat')",
        (subject_id, award, year, batch_id),
    ).fetchone()
    return row is not None


def quotas(
    conn: sqlite3.Connection, movement_id: int
) -> list[tuple[str, str, float | None, int | None]]:
    """A movement's quotas: award code, subject kind, percent, max count."""
    return conn.execute(
        "SELECT award_code, subject_kind, percent, max_count FROM movement_quota WHERE movement_id = ?",
        (movement_id,),
    ).fetchall()


def participants(conn: sqlite3.Connection, movement_id: int, subject: str) -> int:
    """How many people or units are registered in a movement."""
    col = "person_id" if subject == "person" else "unit_id"
    return int(
        conn.execute(
            f"SELECT count(DISTINCT {col}) FROM registration WHERE movement_id = ? AND {col} IS NOT NULL",
            (movement_id,),
        ).fetchone()[0]
    )


def set_quota(
    conn: sqlite3.Connection,
    movement_id: int,
    award: str,
    subject: str,
    percent: float | None,
    max_count: int | None,
) -> None:
    """Set (or replace) a movement's quota for an award."""
    conn.execute(
        "INSERT INTO movement_quota (uuid, movement_id, award_code, subject_kind, percent, max_count) VALUES (?,?,?,?,?,?)"
        " ON CONFLICT(movement_id, award_code, subject_kind) DO UPDATE SET percent=excluded.percent, max_count=excluded.max_count",
        (str(uuidlib.uuid4()), movement_id, award, subject, percent, max_count),
    )


def achievement_facts(conn: sqlite3.Connection, person_id: int, year: int) -> AchievementFacts:
    """The records the achievement draft is composed from."""
    ratings = {
        y: Rating(r)
        for y, r in conn.execute(
            "SELECT year, rating FROM person_rating WHERE person_id = ? AND year <= ? AND rating IS NOT NULL",
            (person_id, year),
        )
    }
    labels = {
        "de_xuat": "đề xuất",
        "da_cong_nhan": "đã công nhận",
        "khong_cong_nhan": "không công nhận",
    }
    initiatives = tuple(
        (y, t, labels.get(s, s), d)
        for y, t, s, d in conn.execute(
            "SELECT i.year, i.title, i.status, i.decision_number FROM initiative i"
            " JOIN initiative_author a ON a.initiative_id = i.id WHERE a.person_id = ? AND i.year <= ?"
            " AND i.status = 'da_cong_nhan' ORDER BY i.year",
            (person_id, year),
        )
    )
    registrations = tuple(
        (t, m or str(y or ""))
        for t, m, y in conn.execute(
            "SELECT r.title, mv.name, r.year FROM registration r LEFT JOIN movement mv ON mv.id = r.movement_id"
            " WHERE r.person_id = ? ORDER BY r.registered_on DESC LIMIT 5",
            (person_id,),
        )
    )
    money = conn.execute(
        "SELECT coalesce(sum(value), 0) FROM contribution WHERE person_id = ?", (person_id,)
    ).fetchone()[0]
    awards = tuple(
        conn.execute(
            "SELECT year, award_name, decision_number FROM award_record WHERE person_id = ? AND year < ?"
            " ORDER BY year",
            (person_id, year),
        ).fetchall()
    )
    return AchievementFacts(ratings, initiatives, registrations, int(money or 0), awards)


def movement_exists(conn: sqlite3.Connection, movement_id: int) -> bool:
    """True when the movement is stored."""
    return (
        conn.execute("SELECT 1 FROM movement WHERE id = ?", (movement_id,)).fetchone() is not None
    )
