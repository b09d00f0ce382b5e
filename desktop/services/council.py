"""The council (Hội đồng Thi đua - Khen thưởng) settings of the office: the quorum its
regulation sets for a meeting, the kind of office (which awards its head decides), and the
roster of members with role and term."""

from __future__ import annotations

from datetime import date

from desktop.domain.council import Attendance, AttendanceInput, Member, MemberInput, Role
from desktop.domain.errors import ValidationError
from desktop.domain.proposals import Quorum
from desktop.persistence.repositories import council as council_repo
from desktop.persistence.repositories import meta
from desktop.services.records import save_record
from desktop.services.session import Workspace

QUORUM_KEY = "council_quorum"
OFFICE_KIND_KEY = "office_kind"
DEFAULT_OFFICE_KIND = "so"  # a Sở; "xa" for a commune (resources/catalog/authority.toml)
# No decree sets the quorum of an office's council: its own regulation (quy chế) does. The
# regulations read set "ít nhất 2/3 số thành viên dự họp" (docs/legal-sources.md, "Council and
# routing"); the office changes it to what its own regulation says.
DEFAULT_QUORUM = Quorum(2, 3)


def quorum(ws: Workspace) -> Quorum:
    """The share of members that must attend a meeting (the office's setting, default 2/3)."""
    with ws.db.read() as conn:
        text = meta.get(conn, QUORUM_KEY)
    return Quorum.parse(text) if text else DEFAULT_QUORUM


def set_quorum(ws: Workspace, text: str) -> Quorum:
    """Store the quorum ("2/3", "80%"); return it."""
    q = Quorum.parse(text)
    with ws.db.write() as conn:
        meta.put(conn, QUORUM_KEY, q.text())
    return q


def office_kind(ws: Workspace) -> str:
    """The kind of office ("so" or "xa"): it decides which awards its head grants itself."""
    with ws.db.read() as conn:
        return meta.get(conn, OFFICE_KIND_KEY) or DEFAULT_OFFICE_KIND


def set_office_kind(ws: Workspace, kind: str) -> None:
    """Store the kind of office; ValidationError for an unknown one."""
    from desktop.services import catalog

    kinds = catalog.authorities().offices
    if kind not in kinds:
        raise ValidationError(
            "office_kind",
            "unknown_office_kind",
            "Loại cơ quan phải là một trong: " + ", ".join(kinds) + ".",
            {"kinds": ", ".join(kinds)},
        )
    with ws.db.write() as conn:
        meta.put(conn, OFFICE_KIND_KEY, kind)


# --- the roster -------------------------------------------------------------------------------


def members(ws: Workspace, on: date | None = None) -> list[Member]:
    """The roster (only those whose term covers `on`, when given)."""
    with ws.db.read() as conn:
        rows = council_repo.members(conn)
    return [m for m in rows if on is None or m.data.serves_on(on)]


def save_member(ws: Workspace, data: MemberInput, member_id: int | None = None) -> int:
    """Add a member (or change one); return its id."""
    return save_record(
        ws, data.validated(), member_id, council_repo.insert_member, council_repo.update_member
    )


def delete_member(ws: Workspace, member_id: int) -> None:
    """Remove a member from the roster."""
    with ws.db.write() as conn:
        council_repo.delete_member(conn, member_id)


def attendance(ws: Workspace, batch_id: int) -> list[AttendanceInput]:
    """Who attended a batch's meeting (empty when it was recorded by counts only)."""
    with ws.db.read() as conn:
        return council_repo.attendance(conn, batch_id)


def default_attendance(ws: Workspace, on: date) -> list[AttendanceInput]:
    """The members serving on `on`, all present; the chair and the secretary by their roles."""
    rows = []
    chair_done = secretary_done = False
    for m in members(ws, on):
        is_chair = m.data.role is Role.CHAIR and not chair_done
        is_secretary = m.data.role is Role.SECRETARY and not secretary_done
        chair_done |= is_chair
        secretary_done |= is_secretary
        rows.append(
            AttendanceInput(
                m.data.full_name,
                m.data.role,
                Attendance.PRESENT,
                m.data.position,
                m.id,
                is_chair,
                is_secretary,
            )
        )
    return rows
