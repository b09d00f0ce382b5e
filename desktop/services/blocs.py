"""Emulation blocs (khối, cụm thi đua): the khối, members, trưởng khối / phó khối by rotation,
criteria and scores of each year, the ranking, and the unit that led the khối (the entry the
province's Cờ thi đua rule reads, so the khối's proposal for the flag is that unit)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop.domain import blocs as dom
from desktop.domain.blocs import (
    Bloc,
    BlocCriterion,
    BlocInput,
    BlocMember,
    BlocMemberInput,
    BlocScoreInput,
    RankingLine,
)
from desktop.domain.errors import ConflictError
from desktop.domain.movements import CriterionInput
from desktop.domain.subjects import BlocLeader, BlocLeaderInput
from desktop.persistence.repositories import blocs as repo
from desktop.persistence.repositories import subjects as subjects_repo
from desktop.services import eligibility
from desktop.services.eligibility import EligibilityRow
from desktop.services.records import save_record
from desktop.services.session import Workspace

FLAG_CODE = "CO_TINH"  # Cờ thi đua của UBND tỉnh: proposed for the unit that led its khối


# -- leader entries (the units page's dialog and the eligibility rule) --------------------


def set_leader(ws: Workspace, data: BlocLeaderInput) -> int:
    """Record (or replace) the leader of a bloc for a year; the entry's id. The unit becomes a
    member of the khối when it was not one."""
    clean = data.validated()
    with ws.db.write() as conn:
        entry = subjects_repo.set_leader(conn, clean)
        bid = subjects_repo.bloc_id(conn, clean.bloc_name, clean.kind)
        assert clean.unit_id is not None
        repo.ensure_unit_member(conn, bid, clean.unit_id)
        return entry


def leaders(ws: Workspace, year: int | None = None) -> list[BlocLeader]:
    """Leader entries, newest year first."""
    with ws.db.read() as conn:
        return subjects_repo.leaders(conn, year)


def delete_leader(ws: Workspace, leader_id: int) -> None:
    """Forget a leader entry."""
    with ws.db.write() as conn:
        subjects_repo.delete_leader(conn, leader_id)


# -- the khối -----------------------------------------------------------------------------


def list_blocs(ws: Workspace) -> list[Bloc]:
    """Every khối and cụm, by name."""
    with ws.db.read() as conn:
        return repo.list_blocs(conn)


def get_bloc(ws: Workspace, bloc_id: int) -> Bloc:
    """One khối."""
    with ws.db.read() as conn:
        return repo.get_bloc(conn, bloc_id)


def find_bloc(ws: Workspace, name: str) -> int | None:
    """The id of the khối with this name (ignoring case and diacritics), if any."""
    with ws.db.read() as conn:
        return repo.find_bloc(conn, name)


def save_bloc(ws: Workspace, data: BlocInput, bloc_id: int | None = None) -> int:
    """Create or change a khối; its id."""
    return save_record(ws, data.validated(), bloc_id, repo.insert_bloc, repo.update_bloc)


def delete_bloc(ws: Workspace, bloc_id: int) -> None:
    """Delete a khối with everything recorded for it."""
    with ws.db.write() as conn:
        repo.delete_bloc(conn, bloc_id)


# -- members ------------------------------------------------------------------------------


def members(ws: Workspace, bloc_id: int) -> list[BlocMember]:
    """The members in rotation order."""
    with ws.db.read() as conn:
        return repo.members(conn, bloc_id)


def save_member(
    ws: Workspace, bloc_id: int, data: BlocMemberInput, member_id: int | None = None
) -> int:
    """Add a member at the end of the rotation order, or change one; its id."""
    clean = data.validated()
    with ws.db.write() as conn:
        if member_id is None:
            return repo.add_member(conn, bloc_id, clean)
        repo.update_member(conn, member_id, clean)
        return member_id


def delete_member(ws: Workspace, member_id: int) -> None:
    """Remove a member (and its scores)."""
    with ws.db.write() as conn:
        repo.delete_member(conn, member_id)


def move_member(ws: Workspace, member_id: int, step: int) -> None:
    """Move a member up (-1) or down (+1) in the rotation order."""
    with ws.db.write() as conn:
        repo.move_member(conn, member_id, step)


# -- one year -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class YearView:
    """Everything the khối page shows for one year."""

    bloc: Bloc
    year: int
    members: tuple[BlocMember, ...]  # all, in rotation order
    chair: BlocMember | None
    deputy: BlocMember | None
    suggested_chair: BlocMember | None  # by rotation from last year's trưởng khối
    suggested_deputy: BlocMember | None
    leader_unit_id: int | None  # đơn vị dẫn đầu (read by the Cờ thi đua rule)
    criteria: tuple[BlocCriterion, ...]
    ranking: tuple[RankingLine, ...]

    @property
    def active(self) -> list[BlocMember]:
        """The members of this year."""
        return [m for m in self.members if m.active_in(self.year)]

    @property
    def leader(self) -> BlocMember | None:
        """The member that is the leading unit."""
        return next((m for m in self.members if m.unit_id == self.leader_unit_id), None)

    @property
    def max_total(self) -> float | None:
        """The sum of the criteria maxima (None when one has none)."""
        if not self.criteria or any(c.max_score is None for c in self.criteria):
            return None
        return sum(c.max_score or 0 for c in self.criteria)


def year_view(ws: Workspace, bloc_id: int, year: int) -> YearView:
    """The khối's members, chairs, suggestion, criteria, scores and ranking for a year."""
    with ws.db.read() as conn:
        bloc = repo.get_bloc(conn, bloc_id)
        found = repo.members(conn, bloc_id)
        state = repo.get_year(conn, bloc_id, year)
        last = repo.get_year(conn, bloc_id, year - 1)
        crits = repo.criteria(conn, bloc_id, year)
        marks = repo.scores(conn, bloc_id, year)
    by_id = {m.id: m for m in found}
    chair, deputy = dom.suggest_rotation(found, year, last.chair_id)
    return YearView(
        bloc,
        year,
        tuple(found),
        by_id.get(state.chair_id) if state.chair_id else None,
        by_id.get(state.deputy_id) if state.deputy_id else None,
        chair,
        deputy,
        state.leader_unit_id,
        tuple(crits),
        tuple(dom.ranking(found, year, marks)),
    )


def set_chairs(
    ws: Workspace, bloc_id: int, year: int, chair_id: int | None, deputy_id: int | None
) -> None:
    """Record trưởng khối and phó khối of a year."""
    dom.check_roles(chair_id, deputy_id)
    dom.check_year(year, "year")
    with ws.db.write() as conn:
        repo.set_chairs(conn, bloc_id, year, chair_id, deputy_id)


def chairs_by_year(ws: Workspace, bloc_id: int) -> dict[int, tuple[int | None, int | None]]:
    """(trưởng khối, phó khối) member ids of every recorded year."""
    with ws.db.read() as conn:
        return repo.chairs_by_year(conn, bloc_id)


def leaders_by_year(ws: Workspace, bloc_id: int) -> dict[int, int]:
    """The leading unit id of every recorded year."""
    with ws.db.read() as conn:
        return repo.leaders_by_year(conn, bloc_id)


def set_leading_unit(ws: Workspace, bloc_id: int, year: int, unit_id: int | None) -> None:
    """Record (None: forget) the unit that led the khối in a year."""
    dom.check_year(year, "year")
    with ws.db.write() as conn:
        repo.set_leading_unit(conn, bloc_id, year, unit_id)


def leader_from_ranking(ws: Workspace, bloc_id: int, year: int) -> BlocMember:
    """Make the member ranked first alone the leading unit of the year; the member.
    Refused when nothing is scored, when first place is shared, or when the first is a
    free-name member (a unit outside the tree cannot be proposed from here)."""
    with ws.db.write() as conn:
        found = repo.members(conn, bloc_id)
        lines = dom.ranking(found, year, repo.scores(conn, bloc_id, year))
        if not any(ln.rank is not None for ln in lines):
            raise ConflictError("no_scores", f"Năm {year} khối chưa chấm điểm thành viên nào.")
        top = dom.top_unit(lines)
        if top is None:
            raise ConflictError(
                "first_place_shared",
                "Nhiều đơn vị cùng đứng đầu: khối bình xét, suy tôn rồi chọn đơn vị dẫn đầu.",
            )
        if top.member.unit_id is None:
            raise ConflictError(
                "leader_outside",
                f"{top.member.name} không có trong danh mục đơn vị: hãy thêm đơn vị rồi chọn lại.",
            )
        repo.set_leading_unit(conn, bloc_id, year, top.member.unit_id)
        return top.member


def save_criteria(
    ws: Workspace, bloc_id: int, year: int, criteria: Sequence[CriterionInput]
) -> None:
    """Make the year's criteria exactly these (scores of kept criteria stay)."""
    clean = dom.criteria_validated(criteria)
    dom.check_year(year, "year")
    with ws.db.write() as conn:
        repo.get_bloc(conn, bloc_id)
        repo.replace_criteria(conn, bloc_id, year, clean)


def copy_criteria(ws: Workspace, bloc_id: int, from_year: int, to_year: int) -> int:
    """Give `to_year` the criteria of `from_year` (only when it has none); how many."""
    with ws.db.write() as conn:
        if repo.criteria(conn, bloc_id, to_year):
            raise ConflictError("criteria_exist", f"Năm {to_year} đã có tiêu chí.")
        source = repo.criteria(conn, bloc_id, from_year)
        repo.replace_criteria(
            conn, bloc_id, to_year, [CriterionInput(c.text, c.max_score) for c in source]
        )
        return len(source)


def criteria_years(ws: Workspace, bloc_id: int) -> list[int]:
    """The years that have criteria."""
    with ws.db.read() as conn:
        return repo.criteria_years(conn, bloc_id)


def set_scores(ws: Workspace, entries: Sequence[BlocScoreInput]) -> None:
    """Store (or clear) scores, each within its criterion's maximum, in one transaction."""
    with ws.db.write() as conn:
        for e in entries:
            _, top = repo.criterion_max(conn, e.criterion_id)
            repo.set_score(conn, e.validated(top))


@dataclass(frozen=True, slots=True)
class FlagProposal:
    """The khối's proposal of a year: the leading unit for Cờ thi đua của UBND tỉnh, with the
    catalog rule's verdict (None while no leading unit is recorded)."""

    year: int
    unit_id: int | None
    verdict: EligibilityRow | None


def flag_proposal(ws: Workspace, bloc_id: int, year: int) -> FlagProposal:
    """The leading unit of the year and what the catalog's Cờ thi đua rule says of it."""
    with ws.db.read() as conn:
        unit_id = repo.get_year(conn, bloc_id, year).leader_unit_id
    if unit_id is None:
        return FlagProposal(year, None, None)
    return FlagProposal(year, unit_id, eligibility.check_one(ws, year, FLAG_CODE, unit_id=unit_id))
