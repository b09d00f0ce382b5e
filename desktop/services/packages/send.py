"""Sending: a proposal (batch up), a decision (down), a periodic report (up), a movement plan
(down). Each package is signed with the office's key, written atomically, and its hash, kind
and receiver are recorded in the audit log in the same step."""

from __future__ import annotations

import hashlib
import io
import json
import uuid as uuidlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop import __version__, outputs
from desktop.domain.errors import ConflictError, NotFoundError, ThiDuaError
from desktop.domain.packages import Office, PackageKind, safe_file_name
from desktop.exchange import package as fmt
from desktop.persistence.repositories import documents as doc_repo
from desktop.persistence.repositories import packages as repo
from desktop.services.packages.identity import signer
from desktop.services.session import Workspace


@dataclass(frozen=True, slots=True)
class Sent:
    """A package written: where, its hash, kind and receiver."""

    path: Path
    sha256: str
    kind: PackageKind
    package_id: str
    receiver: Office
    records: int  # how many records it carries
    dossier_pages: int
    size: int


def _office_json(o: Office, *, with_key: bool) -> dict[str, str]:
    out = {"uuid": o.uuid, "name": o.name, "parent_agency": o.parent_agency}
    if with_key:
        out |= {"fingerprint": o.fingerprint, "public_key": o.public_key}
    return out


def _count(records: dict[str, Any]) -> int:
    return sum(len(v) for v in records.values() if isinstance(v, list))


@dataclass(frozen=True, slots=True)
class Built:
    """A package made in memory, not yet written: its bytes and the audit event of sending."""

    data: bytes
    sha256: str
    kind: PackageKind
    package_id: str
    receiver: Office
    records: int
    dossier_pages: int
    event: dict[str, list[object]]

    def sent(self, out: str | Path) -> Sent:
        """The result once written to `out`."""
        return Sent(
            Path(out), self.sha256, self.kind, self.package_id, self.receiver, self.records,
            self.dossier_pages, len(self.data),
        )  # fmt: skip


def build_package(
    ws: Workspace,
    kind: PackageKind,
    title: str,
    receiver: Office,
    records: dict[str, Any],
    *,
    dossier: bytes = b"",
    dossier_pages: int = 0,
    refers_to: str = "",
    word: bytes = b"",
    attachments: dict[str, bytes] | None = None,
) -> Built:
    """Make and sign a package in memory (nothing written)."""
    me, key = signer(ws)
    if receiver.uuid == me.uuid:
        raise ConflictError("send_to_self", "Không gửi gói hồ sơ cho chính cơ quan mình.")
    package_id = str(uuidlib.uuid4())
    manifest = {
        "package_id": package_id,
        "kind": kind.value,
        "title": title,
        "created_at": datetime.now().isoformat(timespec="seconds"),
        "program_version": __version__,
        "sender": _office_json(me, with_key=True),
        "receiver": _office_json(receiver, with_key=False),
        "refers_to": refers_to,
        "dossier_pages": dossier_pages,
    }
    members = {fmt.RECORDS: fmt.canonical_json(records)}
    if dossier:
        members["dossier.pdf"] = dossier
    if word:
        members["dossier.docx"] = word
    members |= attachments or {}
    buf = io.BytesIO()
    fmt.build(manifest, members, key.sign, buf)
    data = buf.getvalue()
    sha = hashlib.sha256(data).hexdigest()
    event: dict[str, list[object]] = {
        "package": [None, sha],
        "package_id": [None, package_id],
        "kind": [None, kind.value],
        "title": [None, title],
        "receiver": [None, f"{receiver.name} ({receiver.uuid})"],
        "records": [None, _count(records)],
    }
    return Built(data, sha, kind, package_id, receiver, _count(records), dossier_pages, event)


def write_package(
    ws: Workspace,
    kind: PackageKind,
    title: str,
    receiver: Office,
    records: dict[str, Any],
    out: str | Path,
    *,
    dossier: bytes = b"",
    dossier_pages: int = 0,
    refers_to: str = "",
    word: bytes = b"",
    attachments: dict[str, bytes] | None = None,
) -> Sent:
    """Sign and write a package, and record the sending in the audit log (one transaction)."""
    built = build_package(
        ws, kind, title, receiver, records, dossier=dossier, dossier_pages=dossier_pages,
        refers_to=refers_to, word=word, attachments=attachments,
    )  # fmt: skip
    event: dict[str, object] = {**built.event, "file": [None, Path(out).name]}
    with ws.db.write(log_events=(("send", event),)):
        outputs.write_bytes(out, built.data)
    return built.sent(out)


def _dossier(ws: Workspace, batch_id: int) -> tuple[bytes, int, bytes]:
    """The batch's latest issued dossier PDF, exactly as issued (else one rendered now; none
    when the dossier cannot be made yet), and its latest issued Word copy (or none)."""
    pdf, pages, word = b"", 0, b""
    with ws.db.read() as conn:
        for row in doc_repo.list_issued(conn, batch_id):  # newest first
            if row.kind != "ho-so":
                continue
            is_word = row.file_name.lower().endswith(".docx")
            if is_word and not word:
                word = doc_repo.get(conn, row.id).pdf  # the stored bytes: the .docx
            elif not is_word and not pdf:
                doc = doc_repo.get(conn, row.id)
                pdf, pages = doc.pdf, doc.pages
            if pdf and word:
                break
    if not pdf:
        from desktop.services import dossier

        try:
            pdf, pages = dossier.render(ws, batch_id)
        except ThiDuaError:
            pdf, pages = b"", 0
    return pdf, pages, word


def member_name(index: int, name: str) -> str:
    """The zip member of a kept file: numbered (names may repeat), no folder separators."""
    safe = safe_file_name(name)
    stem, dot, ext = safe.rpartition(".")
    if dot and len(ext) <= 10:
        safe = f"{stem[: 100 - len(ext)]}.{ext}"
    return f"attachments/{index:03d}-{safe[:110]}"


def kept_files(
    ws: Workspace, batch_id: int, *, decisions: bool
) -> tuple[list[dict[str, Any]], dict[str, bytes]]:
    """A batch's kept files as a package carries them: the batch's and its nominees' (a
    proposal), or its decisions' (a decision); their entries for the records and the members."""
    from desktop.persistence.repositories import batch_files as files_repo

    entries: list[dict[str, Any]] = []
    members: dict[str, bytes] = {}
    with ws.db.read() as conn:
        nominee_uuid = {v[0]: u for u, v in repo.nominee_ids_by_uuid(conn, batch_id).items()}
        for f in files_repo.list_for_batch(conn, batch_id):
            if (f.owner.decision_id is not None) != decisions:
                continue
            member = member_name(len(entries) + 1, f.name)
            members[member] = b"".join(files_repo.read_chunks(conn, f.id))
            entries.append(
                {
                    "member": member,
                    "name": f.name,
                    "kind": f.kind.value,
                    "size": f.size,
                    "sha256": f.sha256,
                    "nominee": nominee_uuid.get(f.owner.nominee_id or -1, ""),
                }
            )
    return entries, members


def send_proposal(ws: Workspace, batch_id: int, receiver: Office, out: str | Path) -> Sent:
    """A batch up: the batch, nominees, their people and units, ratings, discipline, initiatives
    used as grounds, award history, the council meeting and votes, and the dossier PDF."""
    with ws.db.read() as conn:
        if repo.batch_uuid(conn, batch_id) is None:
            raise NotFoundError(f"Không có đợt đề nghị số {batch_id}.")
        records = repo.proposal_records(conn, batch_id)
    if not records["nominees"]:
        raise ConflictError(
            "batch_empty", "Đợt đề nghị chưa có ai được đề nghị: không có gì để gửi."
        )
    dossier, pages, word = _dossier(ws, batch_id)
    entries, members = kept_files(ws, batch_id, decisions=False)
    if entries:
        records["attachments"] = entries
    return write_package(
        ws,
        PackageKind.PROPOSAL,
        records["batch"]["title"],
        receiver,
        records,
        out,
        dossier=dossier,
        dossier_pages=pages,
        word=word,
        attachments=members,
    )


def send_movement(ws: Workspace, movement_id: int, receiver: Office, out: str | Path) -> Sent:
    """A movement plan down with its targets, groups and criteria, award forms, milestones and
    quotas (the receiving offices register against it)."""
    with ws.db.read() as conn:
        records = repo.movement_records(conn, movement_id)
    if not records["movements"]:
        raise NotFoundError(f"Không có phong trào số {movement_id}.")
    title = records["movements"][0]["name"]
    return write_package(ws, PackageKind.MOVEMENT, title, receiver, records, out)


def report_records(data: Any) -> dict[str, Any]:
    """A periodic report's tables as a package carries them."""
    tables = [
        {
            "key": t.key,
            "title": t.title,
            "columns": list(t.columns),
            "rows": [list(r) for r in t.rows],
            "total": list(t.total) if t.total is not None else None,
            "note": t.note,
        }
        for t in data.tables
    ]
    return {
        "report": {
            "kind": str(getattr(data.kind, "value", data.kind)),
            "period": data.period.label,
            "scope": data.scope,
            "subject": data.subject,
            "issued_on": data.issued_on.isoformat(),
        },
        "tables": tables,
    }


def send_report(
    ws: Workspace, period: str, receiver: Office, out: str | Path, movement_id: int | None = None
) -> Sent:
    """A periodic report up: its tables as records, the report itself as the PDF."""
    from desktop.services import reports

    data = reports.build(ws, period, movement_id=movement_id)
    pdf, pages = reports.render_counted(data)
    records = report_records(data)
    return write_package(
        ws,
        PackageKind.REPORT,
        data.subject,
        receiver,
        records,
        out,
        dossier=pdf,
        dossier_pages=pages,
    )


def decision_records(ws: Workspace, batch_id: int, receiver: Office) -> dict[str, Any]:
    """The decision on the nominees a sending office proposed: per nominee (its uuid there) the
    outcome and the award record made here (its uuid, name, number, date, issuer)."""
    from desktop.persistence.repositories import proposals as batch_repo

    with ws.db.read() as conn:
        batch = batch_repo.get_batch(conn, batch_id)
        found = [o for o in repo.origins(conn, batch_id) if o.sender_uuid == receiver.uuid]
        results = []
        source_batch = ""
        for o in found:
            records = json.loads(o.records.decode("utf-8"))
            source_batch = records.get("batch", {}).get("uuid", source_batch)
            code, outcome = repo.nominee_state(conn, o.nominee_id)
            award = repo.award_of_nominee(conn, o.nominee_id)
            results.append(
                {"nominee": o.source_uuid, "award_code": code, "outcome": outcome, "award": award}
            )
    if batch.state.value != "da_quyet_dinh":
        raise ConflictError(
            "not_decided", "Đợt chưa có quyết định: ghi nhận quyết định trước khi gửi xuống."
        )
    if not results:
        raise ConflictError(
            "no_origin",
            f"Đợt không có người nào do {receiver.name or receiver.uuid} đề nghị (qua gói hồ sơ).",
        )
    return {
        "batch": source_batch,
        "decision": {
            "number": batch.decision_number,
            "date": batch.decision_date.isoformat() if batch.decision_date else None,
            "issuer": batch.decision_issuer,
            "title": batch.title,
        },
        "results": results,
    }


def decision_receivers(ws: Workspace, batch_id: int) -> list[Office]:
    """The offices whose proposals went into a batch (each gets the decision)."""
    with ws.db.read() as conn:
        seen: dict[str, Office] = {}
        for o in repo.origins(conn, batch_id):
            known = repo.known_office(conn, o.sender_uuid)
            seen.setdefault(o.sender_uuid, known or Office(o.sender_uuid, o.sender_name))
    return list(seen.values())


def send_decision(
    ws: Workspace, batch_id: int, out: str | Path, receiver: Office | None = None
) -> Sent:
    """The decision down to an office that proposed nominees of the batch (the only one when
    `receiver` is not given), with the decision PDF when it can be printed."""
    if receiver is None:
        offices = decision_receivers(ws, batch_id)
        if len(offices) != 1:
            names = ", ".join(o.name for o in offices) or "không có"
            raise ConflictError(
                "receiver_needed",
                f"Hãy chọn cơ quan nhận (--to): các cơ quan đã đề nghị trong đợt: {names}.",
            )
        receiver = offices[0]
    records = decision_records(ws, batch_id, receiver)
    pdf = b""
    try:
        from desktop.services import decisions

        pdf = decisions.render(ws, batch_id)
    except ThiDuaError:
        pdf = b""
    title = f"Quyết định số {records['decision']['number']}: {records['decision']['title']}"
    entries, members = kept_files(ws, batch_id, decisions=True)
    if entries:
        records["attachments"] = entries
    return write_package(
        ws,
        PackageKind.DECISION,
        title,
        receiver,
        records,
        out,
        dossier=pdf,
        refers_to=records["batch"],
        attachments=members,
    )
