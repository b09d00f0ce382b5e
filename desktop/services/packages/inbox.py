"""Hồ sơ nhận: received packages; a proposal's nominees judged again by this office's rules and
award history; returning a proposal with reasons or accepting it into one of the office's batches
(each answered with a reply package)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.domain.awards import CommendationType
from desktop.domain.eligibility import Result
from desktop.domain.errors import ConflictError, NotFoundError, ThiDuaError, ValidationError
from desktop.domain.packages import (
    PackageAttachment,
    PackageKind,
    ReceivedFile,
    ReceivedNominee,
    ReceivedPackage,
    ReceivedState,
    ReplyOutcome,
    attachments_of,
    safe_file_name,
)
from desktop.domain.proposals import NomineeInput, SubjectType
from desktop.domain.text import clean
from desktop.persistence import Connection
from desktop.persistence.repositories import package_records as rec
from desktop.persistence.repositories import packages as repo
from desktop.services import stored_files
from desktop.services.session import Workspace


def inbox(ws: Workspace) -> list[ReceivedPackage]:
    """Every received package, newest first."""
    with ws.db.read() as conn:
        return repo.inbox(conn)


def get(ws: Workspace, received_id: int) -> ReceivedPackage:
    """One received package."""
    with ws.db.read() as conn:
        found = repo.received(conn, received_id)
    if found is None:
        raise NotFoundError(f"Không có hồ sơ nhận số {received_id}.")
    return found


def nominees(ws: Workspace, received_id: int) -> list[ReceivedNominee]:
    """The nominees of a received proposal with this office's verdict."""
    with ws.db.read() as conn:
        return repo.received_nominees(conn, received_id)


def records(ws: Workspace, received_id: int) -> dict[str, Any]:
    """The records a received package carried."""
    with ws.db.read() as conn:
        raw = repo.received_records(conn, received_id)
    return json.loads(raw.decode("utf-8")) if raw else {}


def dossier(ws: Workspace, received_id: int) -> bytes:
    """The dossier (or report, decision) PDF a package carried; empty when none."""
    with ws.db.read() as conn:
        return repo.received_dossier(conn, received_id)


def attachments(ws: Workspace, received_id: int) -> tuple[PackageAttachment, ...]:
    """The kept files a received package named (name, kind, size, SHA-256, whose)."""
    try:
        return attachments_of(records(ws, received_id))
    except (ValueError, TypeError):
        return ()


def files(ws: Workspace, received_id: int) -> list[ReceivedFile]:
    """The kept files a received proposal carried whose bytes are stored here."""
    with ws.db.read() as conn:
        return repo.received_files(conn, received_id)


def save_file(ws: Workspace, file_id: int, target: str | Path) -> Path:
    """Write a received proposal's kept file to `target` (a file, or a folder to keep its name)."""
    with ws.db.read() as conn:
        found = repo.received_file(conn, file_id)
        if found is None:
            raise NotFoundError(f"Không có tệp nhận số {file_id}.")
        name = safe_file_name(found.name)
        return stored_files.write_out(target, name, repo.received_file_chunks(conn, file_id))


def open_copy(ws: Workspace, file_id: int) -> Path:
    """A copy of a received kept file in a fresh temporary folder, to open with its program."""
    with ws.db.read() as conn:
        found = repo.received_file(conn, file_id)
    if found is None:
        raise NotFoundError(f"Không có tệp nhận số {file_id}.")
    return save_file(ws, file_id, stored_files.temporary_place(safe_file_name(found.name)))


# ---------------------------------------------------------------- filing a proposal


def _name(records: dict[str, Any], n: dict[str, Any]) -> str:
    if n.get("person"):
        for p in records.get("people", []):
            if p.get("uuid") == n["person"]:
                return str(p.get("full_name", ""))
    if n.get("unit"):
        for u in records.get("units", []):
            if u.get("uuid") == n["unit"]:
                return str(u.get("name", ""))
    return str(n.get("household_name", ""))


def file_nominees(
    ws: Workspace,
    conn: Connection,
    received_id: int,
    records: dict[str, Any],
    merge: rec.Merge,
) -> None:
    """Record a received proposal's nominees (by this office's ids) and judge them again here
    (inside the receiving transaction)."""
    people = merge.ids.get("people", {})
    units = merge.ids.get("units", {})
    for i, n in enumerate(records.get("nominees", [])):
        try:
            subject = SubjectType(str(n.get("subject_kind", "")))
        except ValueError:
            raise ValidationError(
                "nominee", "bad_subject", "Gói có người được đề nghị không đúng dạng."
            ) from None
        repo.insert_received_nominee(
            conn,
            received_id,
            ReceivedNominee(
                0,
                str(n.get("uuid", "")),
                int(n.get("position") or i + 1),
                subject,
                people.get(n["person"]) if n.get("person") else None,
                units.get(n["unit"]) if n.get("unit") else None,
                clean(str(n.get("household_name", ""))),
                clean(_name(records, n)),
                clean(str(n.get("award_code", ""))),
                clean(str(n.get("summary", ""))),
                str(n.get("eligibility", "")),
                None,
                "",
                None,
            ),
        )
    batch = records.get("batch", {})
    judge(ws, conn, received_id, int(batch.get("year") or 0), str(batch.get("kind", "")))


def judge(ws: Workspace, conn: Connection, received_id: int, year: int, kind: str) -> None:
    """Judge a received proposal's nominees by this office's rules and award history: people
    of an ordinary batch award by award in one pass each, the others one by one."""
    from desktop.services import eligibility

    found = repo.received_nominees(conn, received_id)
    try:
        ctype: CommendationType | None = CommendationType(kind)
    except ValueError:
        ctype = None
    by_code: dict[str, list[ReceivedNominee]] = {}
    single: list[ReceivedNominee] = []
    for n in found:
        if (
            n.subject_kind is SubjectType.PERSON
            and n.person_id is not None
            and ctype
            in (
                CommendationType.MERIT,
                CommendationType.MOVEMENT,
            )
        ):
            by_code.setdefault(n.award_code, []).append(n)
        else:
            single.append(n)
    verdicts: dict[int, tuple[Result, str]] = {}
    for code, group in by_code.items():
        try:
            rows = eligibility.evaluate(
                ws, year, code, person_ids=[n.person_id for n in group if n.person_id], unit_ids=[]
            )
        except (ThiDuaError, KeyError):
            single += group
            continue
        got = {r.subject_id: r for r in rows if r.subject_kind == "person"}
        for n in group:
            r = got.get(n.person_id or 0)
            verdicts[n.id] = (
                (r.result, "\n".join(r.reasons))
                if r
                else (
                    Result.REVIEW,
                    "Không xét được ở cơ quan nhận (không còn công tác?): Hội đồng xem xét",
                )
            )
    for n in single:
        try:
            r = eligibility.check_one(
                ws,
                year,
                n.award_code,
                person_id=n.person_id,
                unit_id=n.unit_id,
                household_name=n.household_name if n.subject_kind is SubjectType.HOUSEHOLD else "",
                kind=ctype,
            )
        except (ThiDuaError, KeyError):
            r = None
        verdicts[n.id] = (
            (r.result, "\n".join(r.reasons))
            if r
            else (
                Result.REVIEW,
                "Hình thức hoặc đối tượng không xét được theo danh mục của cơ quan nhận",
            )
        )
    for nid, (result, reasons) in verdicts.items():
        repo.set_received_verdict(conn, nid, result, reasons)


# ---------------------------------------------------------------- answering


@dataclass(frozen=True, slots=True)
class Answer:
    """A proposal answered: its new state, the batch it went into, the reply package."""

    state: ReceivedState
    batch_id: int | None
    added: int
    reply: Any  # send.Sent, or None when no reply file was asked for


def _proposal(ws: Workspace, received_id: int) -> ReceivedPackage:
    r = get(ws, received_id)
    if r.kind is not PackageKind.PROPOSAL:
        raise ConflictError("not_proposal", "Chỉ hồ sơ đề nghị mới trả lại hoặc tiếp nhận được.")
    if r.state is not ReceivedState.NEW:
        raise ConflictError(
            "already_answered",
            f"Hồ sơ này đã được xử lý ({r.state.label}): {r.state_note}",
            {"state": r.state, "note": r.state_note},
        )
    return r


def _reply(ws: Workspace, r: ReceivedPackage, outcome: ReplyOutcome, reason: str) -> Any:
    """The reply package for the sender, made in memory (send.Built)."""
    from desktop.domain.packages import Office
    from desktop.services.packages import send

    with ws.db.read() as conn:
        sender = repo.known_office(conn, r.sender_uuid) or Office(r.sender_uuid, r.sender_name)
    recs = records(ws, r.id)
    verdicts = [
        {
            "nominee": n.source_uuid,
            "eligibility": n.eligibility or "",
            "reasons": n.eligibility_reasons,
        }
        for n in nominees(ws, r.id)
    ]
    body = {
        "batch": recs.get("batch", {}).get("uuid", ""),
        "proposal": r.package_id,
        "outcome": outcome.value,
        "reason": reason,
        "nominees": verdicts,
    }
    title = ("Trả lại: " if outcome is ReplyOutcome.RETURNED else "Tiếp nhận: ") + r.title
    return send.build_package(ws, PackageKind.REPLY, title, sender, body, refers_to=r.package_id)


def _events(built: Any, out: str | Path | None) -> tuple[tuple[str, dict[str, object]], ...]:
    if out is None:
        return ()
    return (("send", built.event | {"file": [None, Path(out).name]}),)


def return_proposal(
    ws: Workspace, received_id: int, reason: str, out: str | Path | None = None
) -> Answer:
    """Return a received proposal with reasons (and write the reply package for the sender)."""
    reason = clean(reason)
    if not reason:
        raise ValidationError("reason", "required", "Hãy ghi lý do trả lại hồ sơ.")
    from desktop import outputs

    r = _proposal(ws, received_id)  # refused early, before a reply is made
    built = _reply(ws, r, ReplyOutcome.RETURNED, reason) if out is not None else None
    with ws.db.write(log_events=_events(built, out)) as conn:
        _proposal(ws, received_id)  # decided inside the write: another copy may have answered
        repo.set_received_state(conn, received_id, ReceivedState.RETURNED, reason)
        if built is not None and out is not None:
            outputs.write_bytes(out, built.data)
    return Answer(ReceivedState.RETURNED, None, 0, built.sent(out) if built and out else None)


def accept_proposal(
    ws: Workspace, received_id: int, batch_id: int, out: str | Path | None = None, note: str = ""
) -> Answer:
    """Accept a received proposal into one of the office's own (draft) batches: each nominee is
    added there with its grounds and checked again; the reply package says it was accepted."""
    from desktop import outputs
    from desktop.persistence.repositories import proposals as batch_repo
    from desktop.services import proposals

    r = _proposal(ws, received_id)  # refused early, before a reply is made
    built = _reply(ws, r, ReplyOutcome.ACCEPTED, clean(note)) if out is not None else None
    added = 0
    with ws.db.write(log_events=_events(built, out)) as conn:
        _proposal(ws, received_id)  # decided inside the write: another copy may have answered
        recs = records(ws, received_id)
        by_uuid = {str(n.get("uuid")): n for n in recs.get("nominees", [])}
        batch = batch_repo.get_batch(conn, batch_id)
        for rn in repo.received_nominees(conn, received_id):
            src = by_uuid.get(rn.source_uuid, {})
            grounds = []
            for u in src.get("initiatives", []):
                found = repo.initiative_id(conn, str(u))
                if found is not None:
                    grounds.append(found)
            nid = proposals.add_nominee(
                ws,
                batch_id,
                NomineeInput(
                    rn.subject_kind,
                    rn.award_code,
                    person_id=rn.person_id,
                    unit_id=rn.unit_id,
                    household_name=rn.household_name,
                    summary=str(src.get("summary", "")),
                    achievement=str(src.get("achievement", "")),
                    duties=str(src.get("duties", "")),
                    initiative_ids=tuple(grounds),
                ),
            )
            repo.link_nominee(conn, rn.id, nid)
            added += 1
        text = f"Đã đưa {added} người, đơn vị vào đợt “{batch.title}”. {clean(note)}".strip()
        repo.set_received_state(conn, received_id, ReceivedState.ACCEPTED, text, batch_id)
        if built is not None and out is not None:
            outputs.write_bytes(out, built.data)
    return Answer(
        ReceivedState.ACCEPTED, batch_id, added, built.sent(out) if built and out else None
    )
