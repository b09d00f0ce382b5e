"""Exchange packages: what a proposal carries out of the file, Hồ sơ nhận (received packages and
their nominees), the offices whose keys are trusted, and the writes a reply or a decision makes."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop.domain.eligibility import Result
from desktop.domain.packages import (
    Office,
    PackageKind,
    ReceivedFile,
    ReceivedNominee,
    ReceivedPackage,
    ReceivedState,
)
from desktop.domain.proposals import SubjectType
from desktop.persistence.db import now_iso
from desktop.persistence.repositories import package_records as rec
from desktop.persistence.repositories.attachments import blob_chunks

_BATCH_FIELDS = (
    "uuid", "title", "kind", "year", "addressee", "number_text", "submitted_on", "signer_name",
    "signer_title", "state", "meeting_date", "meeting_end", "meeting_place", "meeting_chair",
    "meeting_secretary", "members_total", "members_present", "members_absent_written",
    "decision_number", "decision_date", "decision_issuer",
)  # fmt: skip
_NOMINEE_FIELDS = (
    "id", "uuid", "position", "subject_kind", "person_id", "unit_id", "household_name",
    "award_code", "summary", "achievement", "duties", "eligibility", "eligibility_reasons",
    "override_reason", "votes_in_favour", "outcome",
)  # fmt: skip


def _dicts(cur: sqlite3.Cursor) -> list[dict[str, Any]]:
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur]


def batch_uuid(conn: sqlite3.Connection, batch_id: int) -> str | None:
    """The uuid of a batch, or None."""
    row = conn.execute("SELECT uuid FROM proposal_batch WHERE id = ?", (batch_id,)).fetchone()
    return str(row[0]) if row else None


def batch_id_of(conn: sqlite3.Connection, uuid: str) -> int | None:
    """The id of the batch with this uuid, or None."""
    row = conn.execute("SELECT id FROM proposal_batch WHERE uuid = ?", (uuid,)).fetchone()
    return int(row[0]) if row else None


def proposal_records(conn: sqlite3.Connection, batch_id: int) -> dict[str, Any]:
    """A batch as a proposal carries it: the batch with its meeting, nominees with their grounds
    and votes, attendance, and the people, units, ratings, discipline, award history and
    initiatives the nominees' eligibility reads."""
    batch = _dicts(
        conn.execute(
            f"SELECT {', '.join(_BATCH_FIELDS)} FROM proposal_batch WHERE id = ?", (batch_id,)
        )
    )[0]
    nominees = _dicts(
        conn.execute(
            f"SELECT {', '.join(_NOMINEE_FIELDS)} FROM nominee WHERE batch_id = ? ORDER BY position, id",
            (batch_id,),
        )
    )
    grounds: dict[int, list[int]] = {}
    for nid, iid in conn.execute(
        "SELECT ni.nominee_id, ni.initiative_id FROM nominee_initiative ni"
        " JOIN nominee n ON n.id = ni.nominee_id WHERE n.batch_id = ?",
        (batch_id,),
    ):
        grounds.setdefault(int(nid), []).append(int(iid))
    person_ids = {n["person_id"] for n in nominees if n["person_id"] is not None}
    unit_ids = {n["unit_id"] for n in nominees if n["unit_id"] is not None}
    initiative_ids = {i for ids in grounds.values() for i in ids}
    # Authors of the initiatives used travel too (a share is judged with its authors).
    author_rows = _in(
        conn,
        "SELECT id, person_id FROM initiative_author WHERE initiative_id IN ({})",
        initiative_ids,
    )
    person_ids |= {int(r[1]) for r in author_rows}
    people_units = _in(conn, "SELECT unit_id FROM person WHERE id IN ({})", person_ids)
    initiative_units = _in(
        conn,
        "SELECT unit_id FROM initiative WHERE unit_id IS NOT NULL AND id IN ({})",
        initiative_ids,
    )
    all_units = rec.unit_ancestors(
        conn, unit_ids | {int(r[0]) for r in people_units} | {int(r[0]) for r in initiative_units}
    )
    uuid_of: dict[str, dict[int, str]] = {}
    out: dict[str, Any] = {"batch": batch}
    out["units"] = rec.export(conn, rec.UNIT, all_units, uuid_of)
    out["people"] = rec.export(conn, rec.PERSON, person_ids, uuid_of)
    pr = _in(conn, "SELECT id FROM person_rating WHERE person_id IN ({})", person_ids)
    out["person_ratings"] = rec.export(conn, rec.PERSON_RATING, [r[0] for r in pr], uuid_of)
    ur = _in(conn, "SELECT id FROM unit_rating WHERE unit_id IN ({})", unit_ids)
    out["unit_ratings"] = rec.export(conn, rec.UNIT_RATING, [r[0] for r in ur], uuid_of)
    aw = _in(conn, "SELECT id FROM award_record WHERE person_id IN ({})", person_ids)
    aw += _in(conn, "SELECT id FROM award_record WHERE unit_id IN ({})", unit_ids)
    out["awards"] = rec.export(conn, rec.AWARD, [r[0] for r in aw], uuid_of)
    out["initiatives"] = rec.export(conn, rec.INITIATIVE, initiative_ids, uuid_of)
    out["initiative_authors"] = rec.export(conn, rec.AUTHOR, [r[0] for r in author_rows], uuid_of)
    people = uuid_of.get("people", {})
    units = uuid_of.get("units", {})
    inits = uuid_of.get("initiatives", {})
    for n in nominees:
        n["person"] = (
            people.get(n.pop("person_id")) if n["person_id"] is not None else n.pop("person_id")
        )
        n["unit"] = units.get(n.pop("unit_id")) if n["unit_id"] is not None else n.pop("unit_id")
        n["initiatives"] = [inits[i] for i in grounds.get(n.pop("id"), [])]
    out["nominees"] = nominees
    out["attendance"] = [
        {k: v for k, v in r.items()}
        for r in _dicts(
            conn.execute(
                "SELECT full_name, position, role, attendance, is_chair, is_secretary"
                " FROM meeting_attendance WHERE batch_id = ? ORDER BY id",
                (batch_id,),
            )
        )
    ]
    return out


def _in(conn: sqlite3.Connection, sql: str, ids: set[int]) -> list[tuple[Any, ...]]:
    out: list[tuple[Any, ...]] = []
    wanted = sorted(ids)
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        out += conn.execute(sql.format(",".join("?" * len(chunk))), chunk).fetchall()
    return out


def movement_records(conn: sqlite3.Connection, movement_id: int) -> dict[str, Any]:
    """A movement plan as a package carries it: the plan, targets, groups and criteria, award
    forms, milestones and quotas."""
    uuid_of: dict[str, dict[int, str]] = {}
    out: dict[str, Any] = {"movements": rec.export(conn, rec.MOVEMENT, [movement_id], uuid_of)}
    for spec, sql in (
        (rec.TARGET, "SELECT id FROM movement_target WHERE movement_id = ?"),
        (rec.GROUP, "SELECT id FROM movement_group WHERE movement_id = ?"),
        (
            rec.CRITERION,
            "SELECT c.id FROM movement_criterion c JOIN movement_group g ON g.id = c.group_id"
            " WHERE g.movement_id = ?",
        ),
        (rec.AWARD_FORM, "SELECT id FROM movement_award_form WHERE movement_id = ?"),
        (rec.MILESTONE, "SELECT id FROM movement_milestone WHERE movement_id = ?"),
        (rec.QUOTA, "SELECT id FROM movement_quota WHERE movement_id = ?"),
    ):
        ids = [r[0] for r in conn.execute(sql, (movement_id,))]
        out[spec.key] = rec.export(conn, spec, ids, uuid_of)
    return out


# ---------------------------------------------------------------- known offices


def known_office(conn: sqlite3.Connection, office_uuid: str) -> Office | None:
    """A trusted office by its uuid."""
    row = conn.execute(
        "SELECT office_uuid, name, parent_agency, fingerprint, public_key FROM known_office"
        " WHERE office_uuid = ?",
        (office_uuid,),
    ).fetchone()
    return Office(*row) if row else None


def known_offices(conn: sqlite3.Connection) -> list[Office]:
    """Every trusted office, by name."""
    rows = conn.execute(
        "SELECT office_uuid, name, parent_agency, fingerprint, public_key FROM known_office"
        " ORDER BY name"
    ).fetchall()
    return [Office(*r) for r in rows]


def trust(conn: sqlite3.Connection, office: Office) -> None:
    """Remember an office and its key (a new key replaces the old one: the clerk confirmed it)."""
    stamp = now_iso()
    if known_office(conn, office.uuid) is None:
        conn.execute(
            "INSERT INTO known_office (uuid, office_uuid, name, parent_agency, fingerprint,"
            " public_key, trusted_at, updated_at) VALUES (?,?,?,?,?,?,?,?)",
            (rec.new_uuid(), office.uuid, office.name, office.parent_agency, office.fingerprint,
             office.public_key, stamp, stamp),
        )  # fmt: skip
        return
    conn.execute(
        "UPDATE known_office SET name = ?, parent_agency = ?, fingerprint = ?, public_key = ?,"
        " updated_at = ? WHERE office_uuid = ?",
        (
            office.name,
            office.parent_agency,
            office.fingerprint,
            office.public_key,
            stamp,
            office.uuid,
        ),
    )


# ---------------------------------------------------------------- Hồ sơ nhận


_RECEIVED = (
    "id, package_id, sha256, kind, title, sender_uuid, sender_name, sender_fingerprint,"
    " created_at, received_at, state, state_note, summary, dossier_size, batch_id"
)


def _received(row: tuple[Any, ...]) -> ReceivedPackage:
    values = list(row)
    values[3] = PackageKind(values[3])
    values[8] = datetime.fromisoformat(values[8])
    values[9] = datetime.fromisoformat(values[9])
    values[10] = ReceivedState(values[10])
    return ReceivedPackage(*values)


def received_by_package_id(conn: sqlite3.Connection, package_id: str) -> ReceivedPackage | None:
    """The received package with this sender's id (a replay), or None."""
    row = conn.execute(
        f"SELECT {_RECEIVED} FROM received_package WHERE package_id = ?", (package_id,)
    ).fetchone()
    return _received(row) if row else None


def received(conn: sqlite3.Connection, received_id: int) -> ReceivedPackage | None:
    """One received package."""
    row = conn.execute(
        f"SELECT {_RECEIVED} FROM received_package WHERE id = ?", (received_id,)
    ).fetchone()
    return _received(row) if row else None


def inbox(conn: sqlite3.Connection) -> list[ReceivedPackage]:
    """Every received package, newest first."""
    rows = conn.execute(
        f"SELECT {_RECEIVED} FROM received_package ORDER BY received_at DESC, id DESC"
    )
    return [_received(r) for r in rows]


def insert_received(
    conn: sqlite3.Connection,
    *,
    package_id: str,
    sha256: str,
    kind: PackageKind,
    title: str,
    sender: Office,
    created_at: datetime,
    manifest: str,
    records: bytes,
    dossier: bytes,
    state: ReceivedState,
    summary: str,
    batch_id: int | None = None,
) -> int:
    """File a received package."""
    cur = conn.execute(
        "INSERT INTO received_package (uuid, package_id, sha256, kind, title, sender_uuid,"
        " sender_name, sender_fingerprint, created_at, received_at, state, state_note, summary,"
        " manifest, records, records_sha256, dossier, dossier_sha256, dossier_size, batch_id)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            rec.new_uuid(), package_id, sha256, kind.value, title, sender.uuid, sender.name,
            sender.fingerprint, created_at.isoformat(), now_iso(), state.value, "", summary, manifest,
            records, hashlib.sha256(records).hexdigest(), dossier,
            hashlib.sha256(dossier).hexdigest() if dossier else "", len(dossier), batch_id,
        ),
    )  # fmt: skip
    assert cur.lastrowid is not None
    return cur.lastrowid


def set_received_state(
    conn: sqlite3.Connection,
    received_id: int,
    state: ReceivedState,
    note: str,
    batch_id: int | None = None,
) -> None:
    """Mark a received package returned, accepted or filed."""
    conn.execute(
        "UPDATE received_package SET state = ?, state_note = ?, batch_id = COALESCE(?, batch_id)"
        " WHERE id = ?",
        (state.value, note, batch_id, received_id),
    )


def received_records(conn: sqlite3.Connection, received_id: int) -> bytes:
    """The records JSON of a received package."""
    row = conn.execute(
        "SELECT records FROM received_package WHERE id = ?", (received_id,)
    ).fetchone()
    return bytes(row[0]) if row else b""


def received_dossier(conn: sqlite3.Connection, received_id: int) -> bytes:
    """The dossier PDF of a received package (empty when it had none)."""
    row = conn.execute(
        "SELECT dossier FROM received_package WHERE id = ?", (received_id,)
    ).fetchone()
    return bytes(row[0]) if row else b""


_FILE = "SELECT id, package_id, position, name, kind, nominee_uuid, size, sha256 FROM received_file"


def insert_received_file(
    conn: sqlite3.Connection,
    received_id: int,
    position: int,
    name: str,
    kind: str,
    nominee_uuid: str | None,
    data: bytes,
) -> int:
    """Keep a file a received package carried (its SHA-256 computed here)."""
    cur = conn.execute(
        "INSERT INTO received_file (uuid, package_id, position, name, kind, nominee_uuid, size,"
        " sha256, blob, added_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (
            rec.new_uuid(), received_id, position, name, kind, nominee_uuid, len(data),
            hashlib.sha256(data).hexdigest(), data, now_iso(),
        ),
    )  # fmt: skip
    assert cur.lastrowid is not None
    return cur.lastrowid


def received_files(conn: sqlite3.Connection, received_id: int) -> list[ReceivedFile]:
    """The files kept with a received package, in the package's order."""
    rows = conn.execute(f"{_FILE} WHERE package_id = ? ORDER BY position, id", (received_id,))
    return [ReceivedFile(*r) for r in rows]


def received_file(conn: sqlite3.Connection, file_id: int) -> ReceivedFile | None:
    """One kept file of a received package (without its bytes), or None."""
    row = conn.execute(f"{_FILE} WHERE id = ?", (file_id,)).fetchone()
    return ReceivedFile(*row) if row else None


def received_file_chunks(conn: sqlite3.Connection, file_id: int) -> Iterator[bytes]:
    """The bytes of a received package's kept file, chunk by chunk."""
    yield from blob_chunks(conn, "received_file", file_id)


def insert_received_nominee(conn: sqlite3.Connection, received_id: int, n: ReceivedNominee) -> int:
    """A nominee of a received proposal (its verdict here filled later)."""
    cur = conn.execute(
        "INSERT INTO received_nominee (uuid, package_id, source_uuid, position, subject_kind,"
        " person_id, unit_id, household_name, name, award_code, summary, sender_eligibility,"
        " eligibility, eligibility_reasons, checked_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            rec.new_uuid(), received_id, n.source_uuid, n.position, n.subject_kind.value, n.person_id,
            n.unit_id, n.household_name, n.name, n.award_code, n.summary, n.sender_eligibility,
            n.eligibility.value if n.eligibility else "", n.eligibility_reasons,
            now_iso() if n.eligibility else None,
        ),
    )  # fmt: skip
    assert cur.lastrowid is not None
    return cur.lastrowid


def received_nominees(conn: sqlite3.Connection, received_id: int) -> list[ReceivedNominee]:
    """The nominees of a received proposal, in the sender's order."""
    rows = conn.execute(
        "SELECT id, source_uuid, position, subject_kind, person_id, unit_id, household_name, name,"
        " award_code, summary, sender_eligibility, eligibility, eligibility_reasons, nominee_id"
        " FROM received_nominee WHERE package_id = ? ORDER BY position, id",
        (received_id,),
    ).fetchall()
    return [
        ReceivedNominee(
            i, source, position, SubjectType(kind), person, unit, household, name, award,
            summary, sender_says, Result(here) if here else None, reasons, nominee,
        )
        for (
            i, source, position, kind, person, unit, household, name, award, summary,
            sender_says, here, reasons, nominee,
        ) in rows
    ]  # fmt: skip


def set_received_verdict(
    conn: sqlite3.Connection, rn_id: int, eligibility: Result, reasons: str
) -> None:
    """This office's verdict on a received nominee."""
    conn.execute(
        "UPDATE received_nominee SET eligibility = ?, eligibility_reasons = ?, checked_at = ?"
        " WHERE id = ?",
        (eligibility.value, reasons, now_iso(), rn_id),
    )


def link_nominee(conn: sqlite3.Connection, rn_id: int, nominee_id: int) -> None:
    """The nominee made from a received one in the office's own batch."""
    conn.execute("UPDATE received_nominee SET nominee_id = ? WHERE id = ?", (nominee_id, rn_id))


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a nominee of this office's batch came from: the sending office, its package, its
    batch and nominee."""

    nominee_id: int
    sender_uuid: str
    sender_name: str
    package_id: str
    source_uuid: str
    records: bytes


def origins(conn: sqlite3.Connection, batch_id: int) -> list[Origin]:
    """The nominees of a batch that came from received proposals."""
    rows = conn.execute(
        "SELECT rn.nominee_id, p.sender_uuid, p.sender_name, p.package_id, rn.source_uuid, p.id"
        " FROM received_nominee rn JOIN received_package p ON p.id = rn.package_id"
        " JOIN nominee n ON n.id = rn.nominee_id WHERE n.batch_id = ? ORDER BY n.position, n.id",
        (batch_id,),
    ).fetchall()
    cache: dict[int, bytes] = {}
    out = []
    for nid, sender, name, pid, source, rid in rows:
        if rid not in cache:
            cache[rid] = received_records(conn, rid)
        out.append(Origin(int(nid), sender, name, pid, source, cache[rid]))
    return out


def award_of_nominee(conn: sqlite3.Connection, nominee_id: int) -> dict[str, Any] | None:
    """The award record a decision made from a nominee (uuid, name, number, date, issuer)."""
    rows = _dicts(
        conn.execute(
            "SELECT uuid, award_code, award_name, decision_number, decision_date, issuer, year"
            " FROM award_record WHERE nominee_id = ? ORDER BY id LIMIT 1",
            (nominee_id,),
        )
    )
    return rows[0] if rows else None


def nominee_state(conn: sqlite3.Connection, nominee_id: int) -> tuple[str, str]:
    """(award code, outcome) of a nominee."""
    row = conn.execute(
        "SELECT award_code, outcome FROM nominee WHERE id = ?", (nominee_id,)
    ).fetchone()
    return (str(row[0]), str(row[1])) if row else ("", "")


def nominee_ids_by_uuid(
    conn: sqlite3.Connection, batch_id: int
) -> dict[str, tuple[int, int | None, int | None, str]]:
    """A batch's nominees by uuid: (id, person id, unit id, household name)."""
    rows = conn.execute(
        "SELECT uuid, id, person_id, unit_id, household_name FROM nominee WHERE batch_id = ?",
        (batch_id,),
    ).fetchall()
    return {str(u): (int(i), p, un, str(h)) for u, i, p, un, h in rows}


def insert_award(conn: sqlite3.Connection, values: dict[str, Any]) -> bool:
    """An award record with the uuid the deciding office gave it (False when already here)."""
    if conn.execute("SELECT 1 FROM award_record WHERE uuid = ?", (values["uuid"],)).fetchone():
        return False
    cols = list(values) + ["created_at"]
    try:
        conn.execute(
            f"INSERT INTO award_record ({', '.join(cols)}) VALUES ({','.join('?' * len(cols))})",
            [*values.values(), now_iso()],
        )
    except sqlite3.IntegrityError as exc:
        raise rec.refused_by(exc, "award_record") from None
    return True


def own_office(conn: sqlite3.Connection) -> tuple[str, str, str] | None:
    """(uuid, name, parent agency) of this office, or None before the office is described."""
    row = conn.execute("SELECT uuid, name, parent_agency FROM office_info WHERE id = 1").fetchone()
    return (str(row[0]), str(row[1]), str(row[2])) if row else None


def award_exists(conn: sqlite3.Connection, uuid: str) -> bool:
    """True when an award record with this uuid is here."""
    return conn.execute("SELECT 1 FROM award_record WHERE uuid = ?", (uuid,)).fetchone() is not None


def initiative_id(conn: sqlite3.Connection, uuid: str) -> int | None:
    """The id of the initiative with this uuid."""
    row = conn.execute("SELECT id FROM initiative WHERE uuid = ?", (uuid,)).fetchone()
    return int(row[0]) if row else None
