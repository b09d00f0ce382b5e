"""“Quá trình xử lý hồ sơ”: a batch's audit events told as steps, and printed.

Events of one transaction (same time, same user, up to a change of state) make one step; each step lists what was
done in plain Vietnamese: the batch opened, nominees added or removed, eligibility checked,
the council's votes, state changes with their notes, the decision, papers issued.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop.documents import qua_trinh
from desktop.documents.data import OfficeHeader
from desktop.domain.audit_events import AuditAction, EventRow
from desktop.domain.eligibility import Result
from desktop.domain.proposals import BatchState, Outcome
from desktop.persistence.audit_history import names_by_id
from desktop.persistence.repositories import office as office_repo
from desktop.persistence.repositories import proposals as repo
from desktop.services import audit, issued_papers
from desktop.services import catalog as catalog_service
from desktop.services.issued_papers import Paper, PaperKind
from desktop.services.pdf_files import is_word
from desktop.services.session import Workspace

ProcessStep = qua_trinh.ProcessStep
ProcessHistoryData = qua_trinh.ProcessHistoryData
MAX_NAMES = 20  # names listed in one line; the rest are counted
ALL = 1 << 62  # no LIMIT

_HEAD_FIELDS = {
    "title": "tên đợt",
    "kind": "loại khen thưởng",
    "year": "năm",
    "movement_id": "phong trào",
    "addressee": "nơi nhận (kính gửi)",
    "signer_name": "người ký",
    "signer_title": "chức vụ người ký",
}
_TEXT_FIELDS = {"summary", "achievement", "duties"}
_GROUP_LABELS = {
    "added": "Thêm vào danh sách đề nghị",
    "existing": "Đã có trong danh sách khi bắt đầu ghi nhật ký",
    "removed": "Bỏ khỏi danh sách đề nghị",
    "award": "Đổi hình thức khen thưởng",
    "checked": "Kiểm tra điều kiện",
    "override": "Vẫn đề nghị dù chưa đủ điều kiện",
    "texts": "Sửa thành tích, nhiệm vụ",
    "votes": "Kết quả biểu quyết của Hội đồng",
    "granted": "Được khen thưởng",
    "refused": "Không được khen thưởng",
    "grounds": "Cập nhật sáng kiến làm căn cứ",
    "recorded": "Ghi vào lịch sử khen thưởng",
}
_DOCUMENT_KINDS = {
    "ho-so": "hồ sơ đề nghị khen thưởng",
    "to-trinh": "tờ trình",
    "danh-sach": "danh sách đề nghị",
    "bien-ban": "biên bản họp Hội đồng",
    "bao-cao": "báo cáo thành tích",
    "muc-luc": "mục lục hồ sơ",
    "quyet-dinh": "quyết định khen thưởng và danh sách",
    "qua-trinh": "quá trình xử lý hồ sơ",
}


def _new(changes: dict[str, list[Any]], key: str) -> Any:
    pair = changes.get(key)
    return pair[1] if pair else None


def _old(changes: dict[str, list[Any]], key: str) -> Any:
    pair = changes.get(key)
    return pair[0] if pair else None


def _date(iso: Any) -> str:
    if not iso:
        return ""
    try:
        return f"{date.fromisoformat(str(iso)[:10]):%d/%m/%Y}"
    except ValueError:
        return str(iso)


def _time(iso: str) -> str:
    try:
        return f"{datetime.fromisoformat(iso):%d/%m/%Y %H:%M}"
    except ValueError:
        return iso


def _state(value: Any) -> str:
    try:
        return BatchState(str(value)).label
    except ValueError:
        return str(value or "")


def _listed(label: str, items: list[str]) -> str:
    shown = items[:MAX_NAMES]
    rest = len(items) - len(shown)
    tail = f" và {rest} đối tượng khác" if rest > 0 else ""
    count = f" ({len(items)})" if len(items) > 1 else ""
    return f"{label}{count}: " + "; ".join(shown) + tail + "."


@dataclass
class _Teller:
    """Turns events into lines, remembering each nominee as first seen in the log."""

    award_names: dict[str, str]
    person_names: dict[int, str]
    unit_names: dict[int, str]
    nominees: dict[str, dict[str, Any]] = field(default_factory=dict)
    nominee_ids: dict[int, str] = field(default_factory=dict)

    def remember(self, uuid: str, state: dict[str, Any]) -> None:
        known = self.nominees.setdefault(uuid, {})
        known.update({k: v for k, v in state.items() if v is not None})
        if known.get("id") is not None:
            self.nominee_ids[int(known["id"])] = uuid

    def subject(self, uuid: str) -> str:
        n = self.nominees.get(uuid, {})
        kind = n.get("subject_kind")
        if kind == "person" and n.get("person_id") is not None:
            pid = int(n["person_id"])
            return self.person_names.get(pid, f"cá nhân số {pid}")
        if kind == "unit" and n.get("unit_id") is not None:
            uid = int(n["unit_id"])
            return self.unit_names.get(uid, f"tập thể số {uid}")
        return str(n.get("household_name") or "một đối tượng")

    def award(self, code: Any) -> str:
        return self.award_names.get(str(code or ""), str(code or ""))

    def with_award(self, uuid: str) -> str:
        award = self.award(self.nominees.get(uuid, {}).get("award_code"))
        return f"{self.subject(uuid)} ({award})" if award else self.subject(uuid)

    def step_lines(self, events: list[EventRow]) -> list[str]:
        """The lines of one step (one transaction's events); facts about several nominees are
        gathered into one line, placed where the first of them happened."""
        groups: dict[str, list[str]] = {}
        order: list[str | tuple[str]] = []

        def add(key: str, item: str) -> None:
            if key not in groups:
                groups[key] = []
                order.append((key,))
            groups[key].append(item)

        for e in events:
            handler: Callable[[EventRow, Callable[[str, str], None]], list[str]] | None = getattr(
                self, f"_on_{e.table_name}", None
            )
            if handler is not None:
                order.extend(handler(e, add))
        return [
            item if isinstance(item, str) else _listed(_GROUP_LABELS[item[0]], groups[item[0]])
            for item in order
        ]

    # --- one handler a table ------------------------------------------------------------------
    def _on_proposal_batch(self, e: EventRow, add: Callable[[str, str], None]) -> list[str]:
        c = e.changes
        if e.action.creates:
            verb = (
                "Lập đợt đề nghị"
                if e.action is AuditAction.INSERT
                else "Đợt đề nghị đã có khi bắt đầu ghi nhật ký"
            )
            return [f"{verb} “{_new(c, 'title')}” (năm {_new(c, 'year')})."]
        if e.action is AuditAction.DELETE:
            return ["Xoá đợt đề nghị."]
        out: list[str] = []
        edits = [
            f"{label}: {_old(c, k) or '∅'} → {_new(c, k) or '∅'}"
            for k, label in _HEAD_FIELDS.items()
            if k in c
        ]
        if edits:
            out.append("Sửa thông tin đợt: " + "; ".join(edits) + ".")
        if "meeting_date" in c and _new(c, "meeting_date"):
            place = _new(c, "meeting_place") or ""
            chair = _new(c, "meeting_chair") or ""
            present, total = _new(c, "members_present"), _new(c, "members_total")
            text = f"Hội đồng Thi đua - Khen thưởng họp ngày {_date(_new(c, 'meeting_date'))}"
            text += f" tại {place}" if place else ""
            text += f", chủ trì: {chair}" if chair else ""
            if present is not None and total:
                text += f"; có mặt {present}/{total} thành viên"
            out.append(text + ".")
        if "decision_number" in c and _new(c, "decision_number"):
            text = f"Quyết định khen thưởng số {_new(c, 'decision_number')}"
            if _new(c, "decision_date"):
                text += f" ngày {_date(_new(c, 'decision_date'))}"
            if _new(c, "decision_issuer"):
                text += f" của {_new(c, 'decision_issuer')}"
            out.append(text + ".")
        if "quota_override_reason" in c and _new(c, "quota_override_reason"):
            out.append(f"Ghi lý do vượt chỉ tiêu: {_new(c, 'quota_override_reason')}.")
        return out

    def _on_batch_event(self, e: EventRow, add: Callable[[str, str], None]) -> list[str]:
        if not e.action.creates:
            return []
        c = e.changes
        src, dst, note = _new(c, "from_state"), _new(c, "to_state"), _new(c, "note") or ""
        if e.action is AuditAction.SNAPSHOT:  # logged before the audit log existed: its own time
            note = "; ".join(x for x in (note, f"ghi lúc {_time(str(_new(c, 'at')))}") if x)
        if dst == BatchState.DRAFT.value and src != BatchState.DRAFT.value:
            return [f"Trả lại để bổ sung ({_state(src)} → {_state(dst)}): {note}."]
        text = f"Chuyển trạng thái: {_state(src)} → {_state(dst)}"
        return [text + (f" ({note})." if note else ".")]

    def _on_nominee(self, e: EventRow, add: Callable[[str, str], None]) -> list[str]:
        c = e.changes
        if e.action.creates:
            self.remember(e.record_uuid, {k: v[1] for k, v in c.items()})
            add(
                "added" if e.action is AuditAction.INSERT else "existing",
                self.with_award(e.record_uuid),
            )
            return []
        if e.action is AuditAction.DELETE:
            self.remember(e.record_uuid, {k: v[0] for k, v in c.items()})
            add("removed", self.with_award(e.record_uuid))
            return []
        name = self.subject(e.record_uuid)
        if "award_code" in c:
            add(
                "award",
                f"{name}: {self.award(_old(c, 'award_code'))} → {self.award(_new(c, 'award_code'))}",
            )
        self.remember(e.record_uuid, {k: v[1] for k, v in c.items()})
        if "eligibility" in c or "checked_at" in c:
            try:
                result = Result(str(self.nominees[e.record_uuid].get("eligibility"))).label
            except ValueError:
                result = "chưa rõ"
            add("checked", f"{name}: {result}")
        if _new(c, "override_reason"):
            add("override", f"{name} ({_new(c, 'override_reason')})")
        if _TEXT_FIELDS & c.keys():
            add("texts", name)
        if "votes_in_favour" in c and _new(c, "votes_in_favour") is not None:
            add("votes", f"{name}: {_new(c, 'votes_in_favour')} phiếu đồng ý")
        if "outcome" in c:
            outcome = _new(c, "outcome")
            if outcome == Outcome.GRANTED.value:
                add("granted", self.with_award(e.record_uuid))
            elif outcome == Outcome.REFUSED.value:
                add("refused", self.with_award(e.record_uuid))
        return []

    def _on_nominee_initiative(self, e: EventRow, add: Callable[[str, str], None]) -> list[str]:
        c = e.changes
        nid = _new(c, "nominee_id") if e.action is not AuditAction.DELETE else _old(c, "nominee_id")
        uuid = self.nominee_ids.get(int(nid)) if nid is not None else None
        add("grounds", self.subject(uuid) if uuid else "một đối tượng")
        return []

    def _on_award_record(self, e: EventRow, add: Callable[[str, str], None]) -> list[str]:
        if e.action is AuditAction.INSERT:
            nid = _new(e.changes, "nominee_id")
            uuid = self.nominee_ids.get(int(nid)) if nid is not None else None
            name = self.subject(uuid) if uuid else str(_new(e.changes, "award_name") or "")
            add("recorded", f"{name} ({_new(e.changes, 'award_name')})")
        return []

    def _on_issued_document(self, e: EventRow, add: Callable[[str, str], None]) -> list[str]:
        if e.action is not AuditAction.INSERT:
            return []
        c = e.changes
        kind = _DOCUMENT_KINDS.get(str(_new(c, "kind")), str(_new(c, "kind") or "văn bản"))
        pages = _new(c, "pages")
        size = f"{pages} trang" if pages else "bản Word"
        return [f"In và lưu {kind}: tệp {_new(c, 'file_name')} ({size})."]


def _steps(events: list[EventRow], teller: _Teller) -> list[ProcessStep]:
    steps: list[ProcessStep] = []
    group: list[EventRow] = []

    def flush() -> None:
        if group:
            lines = teller.step_lines(group)
            if lines:
                steps.append(
                    ProcessStep(f"{group[0].time:%d/%m/%Y %H:%M}", group[0].user, tuple(lines))
                )
            group.clear()

    for e in events:  # oldest first
        # A transaction's events share time and user; a change of state is the last write
        # of its transaction, so what follows it (within the same second) is another step.
        if group and (
            (e.time, e.user) != (group[0].time, group[0].user)
            or group[-1].table_name == "batch_event"
        ):
            flush()
        group.append(e)
    flush()
    return steps


def steps(ws: Workspace, batch_id: int) -> list[ProcessStep]:
    """The batch's history as steps, oldest first."""
    return list(build(ws, batch_id).steps)


def build(ws: Workspace, batch_id: int, *, printed_on: date | None = None) -> ProcessHistoryData:
    """What the paper prints, read from the audit log of the batch and its records."""
    catalog = catalog_service.load(ws)
    with ws.db.read() as conn:
        batch = repo.get_batch(conn, batch_id)
        office = office_repo.load(conn)
    records = audit.batch_records(ws, batch.uuid)
    events = audit.history(ws, records=records, limit=ALL, oldest_first=True)
    person_ids: set[int] = set()
    unit_ids: set[int] = set()
    for e in events:
        if e.table_name == "nominee":
            for key, ids in (("person_id", person_ids), ("unit_id", unit_ids)):
                for value in e.changes.get(key, []):
                    if value is not None:
                        ids.add(int(value))
    with ws.db.read() as conn:
        teller = _Teller(
            {a.code: a.name for a in catalog.awards},
            names_by_id(conn, "person", person_ids),
            names_by_id(conn, "unit", unit_ids),
        )
    facts = [f"Năm: {batch.year}; trạng thái hiện tại: {batch.state.label}."]
    if batch.number_text:
        submitted = f" ngày {_date(batch.submitted_on)}" if batch.submitted_on else ""
        facts.append(f"Tờ trình số {batch.number_text}{submitted}.")
    if batch.decision_number:
        facts.append(
            f"Quyết định số {batch.decision_number}"
            + (f" ngày {_date(batch.decision_date)}" if batch.decision_date else "")
            + "."
        )
    return ProcessHistoryData(
        office=OfficeHeader(
            office.name or "Cơ quan", office.parent_agency, office.place, office.symbol
        ),
        batch_title=batch.title,
        facts=tuple(facts),
        steps=tuple(_steps(events, teller)),
        printed_on=printed_on or date.today(),
        chain_head=audit.head(ws),
    )


def render(ws: Workspace, batch_id: int) -> bytes:
    """The PDF of the batch's “Quá trình xử lý hồ sơ”."""
    return qua_trinh.render(build(ws, batch_id))


def _paper(data: ProcessHistoryData, batch_id: int) -> Paper:
    return Paper(
        PaperKind.PROCESS_HISTORY,
        "",
        data.printed_on,
        batch_id,
        f"Quá trình xử lý hồ sơ: {data.batch_title}",
    )


def write(ws: Workspace, batch_id: int, out: Path) -> str:
    """Render and write the paper to `out` (Word when it ends in .docx) and record it as
    issued; return its SHA-256."""
    data = build(ws, batch_id)
    if is_word(out):
        paper, pages = qua_trinh.render_docx(data), 0
    else:
        paper, pages = qua_trinh.render_counted(data)
    return issued_papers.issue(ws, _paper(data, batch_id), out, paper, pages).sha256


def save_shown(ws: Workspace, batch_id: int, out: Path, pdf: bytes, pages: int) -> str:
    """Write the PDF shown in the preview (these very bytes), record it; return its SHA-256."""
    return issued_papers.issue(ws, _paper(build(ws, batch_id), batch_id), out, pdf, pages).sha256
