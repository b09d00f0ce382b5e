"""The change log in a clerk's words: record kinds, field names and values in Vietnamese, the
record's name instead of its identifier, technical columns left out."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from desktop.domain.audit_events import EventRow
from desktop.domain.awards import CommendationType, SubjectKind
from desktop.domain.errors import ThiDuaError
from desktop.domain.initiatives import InitiativeKind, RecognitionStatus, Scope
from desktop.domain.movements import GroupKind, MilestoneKind, MovementKind
from desktop.domain.people import Sex, WorkStatus
from desktop.domain.proposals import BatchState, SubjectType
from desktop.domain.ratings import DisciplineKind, Rating
from desktop.domain.units import UnitKind
from desktop.services import audit, people, units
from desktop.services.session import Workspace

RECORD_KINDS = {
    "account": "Tài khoản",
    "attachment": "Tệp đính kèm",
    "award_record": "Khen thưởng đã nhận",
    "batch_event": "Bước xử lý đợt đề nghị",
    "bloc_criterion": "Tiêu chí chấm điểm của khối",
    "bloc_leader": "Đơn vị dẫn đầu khối thi đua",
    "bloc_member": "Thành viên khối thi đua",
    "bloc_score": "Điểm thi đua của khối",
    "bloc_year": "Trưởng khối, phó khối",
    "contribution": "Đóng góp",
    "covenant": "Giao ước thi đua",
    "covenant_commitment": "Nội dung giao ước",
    "covenant_party": "Bên ký giao ước",
    "emulation_bloc": "Khối thi đua",
    "household": "Hộ gia đình",
    "initiative": "Sáng kiến",
    "initiative_author": "Tác giả sáng kiến",
    "issued_document": "Văn bản đã phát hành",
    "movement": "Phong trào thi đua",
    "movement_award_form": "Hình thức khen thưởng của phong trào",
    "movement_criterion": "Tiêu chí chấm điểm",
    "movement_group": "Nhóm đối tượng thi đua",
    "movement_milestone": "Mốc thời gian phong trào",
    "movement_quota": "Chỉ tiêu khen thưởng",
    "movement_target": "Chỉ tiêu phong trào",
    "nominee": "Người, tập thể được đề nghị",
    "nominee_initiative": "Sáng kiến làm căn cứ đề nghị",
    "office_info": "Thông tin cơ quan",
    "person": "Cán bộ",
    "person_position": "Chức vụ theo thời gian",
    "person_rating": "Xếp loại cá nhân",
    "proposal_batch": "Đợt đề nghị khen thưởng",
    "recycle_bin": "Thùng rác",
    "registration": "Đăng ký thi đua",
    "report": "Báo cáo",
    "score": "Điểm thi đua",
    "sponsorship": "Giúp đỡ xã",
    "support_activity": "Hoạt động hỗ trợ",
    "unit": "Đơn vị",
    "unit_rating": "Xếp loại tập thể",
}

FIELDS = {
    "full_name": "Họ và tên",
    "birth_date": "Ngày sinh",
    "sex": "Giới tính",
    "cccd": "Số CCCD",
    "phone": "Điện thoại",
    "email": "Email",
    "position": "Chức vụ",
    "party_position": "Chức vụ Đảng",
    "union_position": "Chức vụ đoàn thể",
    "qualification": "Trình độ chuyên môn",
    "academic_title": "Học hàm, học vị",
    "hometown": "Quê quán",
    "residence": "Nơi ở",
    "status": "Tình trạng",
    "unit_id": "Đơn vị",
    "parent_id": "Đơn vị cấp trên",
    "person_id": "Cán bộ",
    "name": "Tên",
    "title": "Tên",
    "code": "Mã",
    "kind": "Loại",
    "address": "Địa chỉ",
    "active": "Đang hoạt động",
    "internal": "Thuộc cơ quan",
    "rating": "Xếp loại",
    "year": "Năm",
    "note": "Ghi chú",
    "discipline": "Kỷ luật",
    "discipline_decision": "Quyết định kỷ luật",
    "discipline_from": "Kỷ luật từ ngày",
    "discipline_to": "Kỷ luật đến ngày",
    "start_date": "Ngày bắt đầu",
    "end_date": "Ngày kết thúc",
    "due_date": "Thời hạn",
    "registered_on": "Ngày đăng ký",
    "description": "Nội dung",
    "purpose": "Mục đích",
    "requirements": "Yêu cầu",
    "state": "Trạng thái",
    "number": "Số",
    "decision_number": "Số quyết định",
    "decision_date": "Ngày quyết định",
    "signer_name": "Người ký",
    "signer_title": "Chức vụ người ký",
    "addressee": "Kính gửi",
    "award": "Danh hiệu, hình thức",
    "award_code": "Danh hiệu, hình thức",
    "commendation_type": "Loại hình khen thưởng",
    "subject_type": "Đối tượng",
    "votes": "Số phiếu đồng ý",
    "value": "Giá trị",
    "amount": "Số tiền",
    "scope": "Phạm vi ảnh hưởng",
    "recognising_body": "Cơ quan công nhận",
    "share": "Tỷ lệ đóng góp",
    "username": "Tên đăng nhập",
    "role": "Vai trò",
    "max_score": "Điểm tối đa",
    "target_value": "Chỉ tiêu",
    "unit_label": "Đơn vị tính",
    "commitments": "Cam kết",
    "movement_id": "Phong trào",
    "group_id": "Nhóm đối tượng",
    "plan_number": "Số kế hoạch",
    "plan_date": "Ngày kế hoạch",
    "plan_issuer": "Cơ quan ban hành kế hoạch",
    "basis_number": "Số văn bản căn cứ",
    "basis_date": "Ngày văn bản căn cứ",
    "basis_issuer": "Cơ quan ban hành căn cứ",
    "since_year": "Năm thành lập",
    "from_year": "Từ năm",
    "to_year": "Đến năm",
    "chair_id": "Trưởng khối",
    "deputy_id": "Phó khối",
    "bloc_id": "Khối thi đua",
    "signed_on": "Ngày ký",
    "place": "Địa điểm",
    "period": "Thời gian thi đua",
    "preamble": "Lời mở đầu",
    "signatory": "Người ký",
    "signatory_title": "Chức vụ người ký",
    "text": "Nội dung",
}

# Bookkeeping columns a clerk never needs to see.
HIDDEN = frozenset(
    {"id", "uuid", "name_fold", "sort_key", "created_at", "updated_at", "family_name",
     "middle_name", "given_name", "password_hash", "salt", "hash", "prev_hash"}
)  # fmt: skip

_ENUMS: dict[str, type[StrEnum]] = {
    "sex": Sex,
    "person.status": WorkStatus,
    "unit.kind": UnitKind,
    "rating": Rating,
    "discipline": DisciplineKind,
    "movement.kind": MovementKind,
    "movement_group.kind": GroupKind,
    "movement_milestone.kind": MilestoneKind,
    "initiative.kind": InitiativeKind,
    "initiative.status": RecognitionStatus,
    "scope": Scope,
    "commendation_type": CommendationType,
    "proposal_batch.state": BatchState,
    "subject_type": SubjectType,
    "subject_kind": SubjectKind,
}
_BOOLEANS = frozenset({"active", "internal"})
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_NAME_FIELDS = ("full_name", "name", "title", "username")


def record_kind(table: str) -> str:
    """The Vietnamese name of a kind of record."""
    return RECORD_KINDS.get(table, table)


def field_label(field: str) -> str:
    """The Vietnamese name of a field (its column name when none is known)."""
    return FIELDS.get(field, field)


def _enum_label(table: str, field: str, value: str) -> str | None:
    enum = _ENUMS.get(f"{table}.{field}") or _ENUMS.get(field)
    if enum is None:
        return None
    try:
        member = enum(value)
    except ValueError:
        return None
    label = getattr(member, "label", None)
    return label if isinstance(label, str) else None


@dataclass(frozen=True, slots=True)
class SaidEvent:
    """An audit event with the words the plain history shows of it, all read beforehand."""

    event: EventRow
    title: str  # the record's latest name ("" when its log names none)
    changes: str  # `Field: old → new; …` in the clerk's words


class ChangeWords:
    """Says an audit event in a clerk's words; names of units and people are looked up once.
    It reads the file: call it where the page of events is read (the database worker)."""

    def __init__(self, ws: Workspace) -> None:
        self._ws = ws
        self._units: dict[int, str] | None = None
        self._people: dict[int, str] = {}
        self._titles: dict[str, str] = {}

    def value(self, table: str, field: str, value: Any) -> str:
        """A stored value as the clerk would write it."""
        if value is None or value == "":
            return "(trống)"
        if field in _BOOLEANS:
            return "Có" if value else "Không"
        if isinstance(value, str):
            label = _enum_label(table, field, value)
            if label is not None:
                return label
            date = _DATE.match(value)
            if date:
                return f"{date[3]}/{date[2]}/{date[1]}"
        if isinstance(value, int) and field in ("unit_id", "parent_id"):
            return self._unit_name(value)
        if isinstance(value, int) and field == "person_id":
            return self._person_name(value)
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        if isinstance(value, float):
            return str(value).replace(".", ",")
        return str(value)

    def changes(self, table: str, changes: dict[str, list[Any]]) -> list[tuple[str, str, str]]:
        """(field label, old, new) of the fields a clerk knows, in the event's order."""
        out = []
        for field, (old, new) in changes.items():
            if field in HIDDEN or field.endswith("_fold"):
                continue
            out.append(
                (field_label(field), self.value(table, field, old), self.value(table, field, new))
            )
        return out

    def changes_text(self, table: str, changes: dict[str, list[Any]], *, created: bool) -> str:
        """One line: `Field: old → new; …` (a new record: `Field: value; …`)."""
        parts = []
        for label, old, new in self.changes(table, changes):
            if created:
                if new != "(trống)":
                    parts.append(f"{label}: {new}")
            else:
                parts.append(f"{label}: {old} → {new}")
        return "; ".join(parts)

    def say(self, events: Sequence[EventRow]) -> list[SaidEvent]:
        """The events with their records' names and their changes in words, read now (with
        the page), so that showing them reads nothing more."""
        return [
            SaidEvent(
                e,
                self.record_title(e.table_name, e.record_uuid),
                self.changes_text(e.table_name, e.changes, created=e.action.creates),
            )
            for e in events
        ]

    def record_title(self, table: str, record_uuid: str) -> str:
        """The record's name as its own log tells it (the latest name it had)."""
        if record_uuid in self._titles:
            return self._titles[record_uuid]
        title = ""
        events = audit.history(self._ws, table, record_uuid, limit=500, oldest_first=True)
        for event in events:
            for field in _NAME_FIELDS:
                change = event.changes.get(field)
                if change and change[1]:
                    title = str(change[1])
                    break
            if not title:
                for field in ("person_id", "unit_id"):
                    change = event.changes.get(field)
                    if change and isinstance(change[1], int):
                        title = self.value(table, field, change[1])
                        break
        self._titles[record_uuid] = title
        return title

    def _unit_name(self, unit_id: int) -> str:
        if self._units is None:
            self._units = {u.id: u.name for u in units.list_units(self._ws)}
        return self._units.get(unit_id, f"đơn vị số {unit_id} (đã xóa)")

    def _person_name(self, person_id: int) -> str:
        if person_id not in self._people:
            try:
                self._people[person_id] = people.get(self._ws, person_id).data.full_name
            except ThiDuaError:  # a deleted person: the log still names the number
                self._people[person_id] = f"cán bộ số {person_id} (đã xóa)"
        return self._people[person_id]
