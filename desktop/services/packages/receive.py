"""Receiving a package: check it (format, every member's hash, the signature, the receiver),
preview what it would add or change, then file it all or nothing, in one transaction with its
audit event. The same package a second time changes nothing."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.domain import progress as steps
from desktop.domain.errors import ConflictError
from desktop.domain.packages import (
    Office,
    PackageAttachment,
    PackageKind,
    PackageRefused,
    Preview,
    ReceivedState,
    RecordChange,
    attachments_of,
)
from desktop.exchange import package as fmt
from desktop.persistence import Connection
from desktop.persistence.repositories import package_records as rec
from desktop.persistence.repositories import packages as repo
from desktop.persistence.repositories import proposals as batch_repo
from desktop.services.packages.identity import fingerprint_of, fingerprint_text, own_office
from desktop.services.session import Workspace


@dataclass(frozen=True, slots=True)
class Received:
    """The result of a receive: the preview it was made from, and the record in Hồ sơ nhận
    (None when the package had been received before: nothing was written)."""

    preview: Preview
    received_id: int | None
    summary: str


def _office(d: dict[str, Any]) -> Office:
    return Office(
        str(d.get("uuid", "")),
        str(d.get("name", "")),
        str(d.get("parent_agency", "")),
        str(d.get("fingerprint", "")),
        str(d.get("public_key", "")),
    )


def _refuse(code: str, why: str, **params: object) -> PackageRefused:
    return PackageRefused(code, f"Gói hồ sơ bị từ chối: {why}. Chưa ghi gì vào dữ liệu.", **params)


def _check(ws: Workspace, opened: fmt.Opened) -> tuple[PackageKind, Office, Office]:
    m = opened.manifest
    try:
        kind = PackageKind(m["kind"])
    except ValueError:
        raise _refuse(
            "unknown_kind", f"loại gói “{m['kind']}” không biết", kind=m["kind"]
        ) from None
    sender, receiver = _office(m["sender"]), _office(m["receiver"])
    if not sender.public_key or fingerprint_of(sender.public_key) != sender.fingerprint:
        raise _refuse("bad_key", "dấu vân tay khoá của nơi gửi không khớp khoá trong gói")
    me = own_office(ws, with_key=False)
    if receiver.uuid != me.uuid:
        raise _refuse(
            "other_office",
            f"gói gửi cho cơ quan khác ({receiver.name or receiver.uuid}), không phải {me.name}",
            receiver=receiver.uuid,
        )
    return kind, sender, receiver


def _plan(conn: Connection, kind: PackageKind, records: dict[str, Any], write: bool) -> rec.Merge:
    if kind is PackageKind.PROPOSAL:
        return rec.merge(conn, rec.PEOPLE_SPECS, records, write=write)
    if kind is PackageKind.MOVEMENT:
        return rec.merge(conn, rec.MOVEMENT_SPECS, records, write=write)
    return rec.Merge()


def _decision_changes(conn: Connection, records: dict[str, Any]) -> list[RecordChange]:
    """What a decision would write: the batch decided and an award record per granted nominee."""
    from desktop.domain.packages import FieldChange

    batch_id = repo.batch_id_of(conn, str(records.get("batch", "")))
    if batch_id is None:
        raise _refuse("batch_missing", "đợt đề nghị mà quyết định trả lời không có trong dữ liệu")
    batch = batch_repo.get_batch(conn, batch_id)
    d = records.get("decision", {})
    out = [
        RecordChange(
            "proposal_batch",
            batch.title,
            "uuid",
            (
                FieldChange("state", batch.state.value, "da_quyet_dinh"),
                FieldChange("decision_number", batch.decision_number, str(d.get("number", ""))),
            ),
        )
    ]
    for r in records.get("results", []):
        award = r.get("award")
        if award and not repo.award_exists(conn, str(award.get("uuid"))):
            out.append(
                RecordChange("award_record", f"{award.get('award_name')} {award.get('year')}", "")
            )
    return out


def _reply_changes(conn: Connection, records: dict[str, Any]) -> list[RecordChange]:
    from desktop.domain.packages import FieldChange

    batch_id = repo.batch_id_of(conn, str(records.get("batch", "")))
    if batch_id is None:
        raise _refuse("batch_missing", "đợt đề nghị mà gói trả lời không có trong dữ liệu")
    batch = batch_repo.get_batch(conn, batch_id)
    new = "du_thao" if records.get("outcome") == "returned" else batch.state.value
    return [
        RecordChange(
            "proposal_batch", batch.title, "uuid", (FieldChange("state", batch.state.value, new),)
        )
    ]


def _attachments(opened: fmt.Opened, records: dict[str, Any]) -> tuple[PackageAttachment, ...]:
    """The kept files the records name, each checked against its member (the manifest's hash
    covers the bytes; the records must name exactly the members the package carries)."""
    try:
        found = attachments_of(records)
    except (ValueError, TypeError):
        raise _refuse("bad_records", "danh sách tệp kèm theo không đúng dạng") from None
    for a in found:
        data = opened.members.get(a.member) if a.member.startswith("attachments/") else None
        if data is None or len(data) != a.size or hashlib.sha256(data).hexdigest() != a.sha256:
            raise _refuse("hash_mismatch", f"tệp kèm theo “{a.member}” không khớp", name=a.member)
    carried = {n for n in opened.members if n.startswith("attachments/")}
    if carried != {a.member for a in found}:
        raise _refuse("member_list", "tệp kèm theo không khớp danh sách trong gói")
    return found


def inspect(ws: Workspace, path: str | Path) -> tuple[fmt.Opened, Preview]:
    """Open and check a package and say what receiving it would do; writes nothing."""
    opened = fmt.open_package(path)
    kind, sender, receiver = _check(ws, opened)
    records = opened.records
    attachments = _attachments(opened, records)
    m = opened.manifest
    with ws.db.read() as conn:
        known = repo.known_office(conn, sender.uuid)
        before = repo.received_by_package_id(conn, str(m["package_id"]))
        changes: list[RecordChange] = []
        if before is None:
            changes = list(_plan(conn, kind, records, False).changes)
            if kind is PackageKind.DECISION:
                changes += _decision_changes(conn, records)
            elif kind is PackageKind.REPLY:
                changes += _reply_changes(conn, records)
    notes = []
    if kind is PackageKind.PROPOSAL:
        notes.append(f"{len(records.get('nominees', []))} người, đơn vị được đề nghị")
    preview = Preview(
        package_id=str(m["package_id"]),
        sha256=opened.sha256,
        kind=kind,
        title=str(m.get("title", "")),
        created_at=_made_at(m["created_at"]),
        program_version=str(m.get("program_version", "")),
        sender=sender,
        receiver=receiver,
        signature_ok=opened.signature_ok,
        sender_known=known is not None and known.fingerprint == sender.fingerprint,
        sender_key_changed=known is not None and known.fingerprint != sender.fingerprint,
        already_received=before is not None,
        records=tuple(changes),
        notes=tuple(notes),
        attachments=attachments,
    )
    return opened, preview


def _made_at(value: object) -> datetime:
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        raise _refuse(
            "bad_manifest", "thời điểm lập gói không đúng dạng", key="created_at"
        ) from None


def preview(ws: Workspace, path: str | Path) -> Preview:
    """What receiving the package would do (nothing written)."""
    return inspect(ws, path)[1]


def _summary(changes: tuple[RecordChange, ...]) -> str:
    counts: dict[str, list[int]] = {}
    for c in changes:
        added, changed = counts.setdefault(c.table, [0, 0])
        counts[c.table] = [added + c.is_new, changed + (not c.is_new and bool(c.changes))]
    parts = []
    for table, (added, changed) in counts.items():
        label = rec.TABLE_LABELS.get(table, table)
        if added or changed:
            parts.append(f"{label}: thêm {added}, sửa {changed}")
    return "; ".join(parts) or "không thay đổi bản ghi nào"


_ALREADY = "Gói này đã nhận trước đây: không có gì thay đổi."


class _ReceivedMeanwhile(Exception):
    """The package was filed by another copy of the program between the preview and the write."""


def receive(ws: Workspace, path: str | Path, *, trust: bool = False) -> Received:
    """File a package: refused (nothing written) when its signature fails, when it is for
    another office or when its sender is not known and `trust` was not given; a package
    received before changes nothing."""
    opened, pv = inspect(ws, path)
    if not pv.signature_ok:
        raise _refuse("bad_signature", "chữ ký của gói không đúng (gói đã bị sửa hoặc giả mạo)")
    if pv.already_received:
        return Received(pv, None, _ALREADY)
    if not pv.sender_known and not trust:
        what = "đã đổi khoá" if pv.sender_key_changed else "chưa được biết"
        raise ConflictError(
            "sender_unknown",
            f"Nơi gửi {pv.sender.name} {what}. Dấu vân tay khoá của gói: "
            f"{fingerprint_text(pv.sender.fingerprint)}. Hãy gọi điện cho nơi gửi để so dấu vân "
            "tay; nếu khớp, nhận lại với --trust. Chưa ghi gì.",
        )
    records = opened.records
    event: dict[str, object] = {
        "package": [None, pv.sha256],
        "package_id": [None, pv.package_id],
        "kind": [None, pv.kind.value],
        "sender": [None, f"{pv.sender.name} ({pv.sender.uuid})"],
        "fingerprint": [None, pv.sender.fingerprint],
        "changes": [None, _summary(pv.records)],
    }
    try:
        with ws.db.write(log_events=(("receive", event),)) as conn:
            # Decided again inside the write: another copy of the program may have filed it
            # since the preview (rolled back, so no "receive" event is sealed).
            if repo.received_by_package_id(conn, pv.package_id) is not None:
                raise _ReceivedMeanwhile()
            if not pv.sender_known:
                repo.trust(conn, pv.sender)
            merge = _plan(conn, pv.kind, records, True)
            summary = _summary(tuple(merge.changes)) if merge.changes else _summary(pv.records)
            rid = _file(ws, conn, opened, pv, records, merge, summary)
            steps.current().check()  # a Cancel up to here rolls the whole package back
    except _ReceivedMeanwhile:
        return Received(pv, None, _ALREADY)
    return Received(pv, rid, summary)


def _file(
    ws: Workspace,
    conn: Connection,
    opened: fmt.Opened,
    pv: Preview,
    records: dict[str, Any],
    merge: rec.Merge,
    summary: str,
) -> int:
    dossier = opened.members.get("dossier.pdf", b"")
    state = ReceivedState.NEW if pv.kind is PackageKind.PROPOSAL else ReceivedState.FILED
    batch_id = None
    if pv.kind is PackageKind.DECISION:
        batch_id = _apply_decision(ws, conn, records, pv)
        _keep_files(conn, batch_id, opened, pv)
    elif pv.kind is PackageKind.REPLY:
        batch_id = _apply_reply(ws, conn, records, pv)
    rid = repo.insert_received(
        conn,
        package_id=pv.package_id,
        sha256=pv.sha256,
        kind=pv.kind,
        title=pv.title,
        sender=pv.sender,
        created_at=pv.created_at,
        manifest=json.dumps(opened.manifest, ensure_ascii=False, sort_keys=True),
        records=opened.members[fmt.RECORDS],
        dossier=dossier,
        state=state,
        summary=summary,
        batch_id=batch_id,
    )
    if pv.kind is PackageKind.PROPOSAL:
        from desktop.services.packages import inbox

        inbox.file_nominees(ws, conn, rid, records, merge)
        for position, a in enumerate(pv.attachments, start=1):
            data = opened.members[a.member]
            repo.insert_received_file(conn, rid, position, a.name, a.kind, a.nominee or None, data)
    return rid


def _apply_reply(ws: Workspace, conn: Connection, records: dict[str, Any], pv: Preview) -> int:
    from desktop.domain.proposals import BatchState

    batch_id = repo.batch_id_of(conn, str(records.get("batch", "")))
    assert batch_id is not None  # checked by the preview
    batch = batch_repo.get_batch(conn, batch_id)
    reason = str(records.get("reason", ""))
    who = f"{pv.sender.name}"
    if records.get("outcome") == "returned":
        batch_repo.set_state(conn, batch_id, BatchState.DRAFT, who, f"Cấp trên trả lại: {reason}")
    else:
        batch_repo.set_state(
            conn, batch_id, batch.state, who, f"Cấp trên đã tiếp nhận. {reason}".strip()
        )
    return batch_id


def _apply_decision(ws: Workspace, conn: Connection, records: dict[str, Any], pv: Preview) -> int:
    from datetime import date

    from desktop.domain.proposals import BatchState, Outcome

    batch_id = repo.batch_id_of(conn, str(records.get("batch", "")))
    assert batch_id is not None  # checked by the preview
    batch = batch_repo.get_batch(conn, batch_id)
    d = records.get("decision", {})
    number, issuer = str(d.get("number", "")), str(d.get("issuer", "")) or pv.sender.name
    on = date.fromisoformat(str(d["date"])) if d.get("date") else date.today()
    nominees = repo.nominee_ids_by_uuid(conn, batch_id)
    for r in records.get("results", []):
        local = nominees.get(str(r.get("nominee", "")))
        if local is None:
            raise _refuse(
                "nominee_missing", "quyết định nói đến một người không có trong đợt đề nghị"
            )
        nid, person_id, unit_id, household = local
        outcome = str(r.get("outcome", ""))
        if outcome not in {o.value for o in Outcome}:
            raise _refuse("bad_records", "kết quả khen thưởng không đúng dạng")
        batch_repo.set_outcome(conn, nid, outcome)
        award = r.get("award")
        if outcome == Outcome.GRANTED.value and award:
            repo.insert_award(
                conn,
                {
                    "uuid": str(award["uuid"]),
                    "subject_kind": "person"
                    if person_id is not None
                    else ("unit" if unit_id is not None else "household"),
                    "person_id": person_id,
                    "unit_id": unit_id,
                    "household_name": household,
                    "year": int(award.get("year") or batch.year),
                    "award_code": str(award.get("award_code", "")),
                    "award_name": str(award.get("award_name", "")),
                    "decision_number": str(award.get("decision_number", number)),
                    "decision_date": award.get("decision_date") or on.isoformat(),
                    "issuer": str(award.get("issuer", issuer)),
                    "nominee_id": nid,
                },
            )
    batch_repo.set_decision(conn, batch_id, number, on, issuer)
    if batch.state is not BatchState.DECIDED:
        batch_repo.set_state(
            conn, batch_id, BatchState.DECIDED, pv.sender.name, f"Quyết định số {number}"
        )
    return batch_id


def _keep_files(conn: Connection, batch_id: int, opened: fmt.Opened, pv: Preview) -> None:
    """A decision's files (the signed quyết định …) kept with the batch it answers."""
    from desktop.domain.batch_files import BatchFileKind, BatchFileOwner
    from desktop.persistence.repositories import batch_files as files_repo

    kinds = {k.value for k in BatchFileKind}
    for a in pv.attachments:
        kind = BatchFileKind(a.kind) if a.kind in kinds else BatchFileKind.KHAC
        data = opened.members[a.member]
        files_repo.insert(conn, BatchFileOwner(batch_id), kind, a.name, len(data), [data])
