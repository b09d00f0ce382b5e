"""Results that ground awards: a movement's candidate rules (define, edit, delete), its
candidates of a year, their spreadsheet, and proposing the chosen ones in a batch.

A candidate is a reason to propose: each nominee added here gets the legal eligibility check
of `proposals.add_nominee`, like any other.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.candidates import (
    Candidate,
    CandidateRule,
    Participant,
    RuleSheet,
    SubjectKind,
    find_candidates,
)
from desktop.domain.errors import ConflictError, ValidationError
from desktop.domain.proposals import BatchState, NomineeInput, SubjectType
from desktop.persistence.repositories import candidates as repo
from desktop.persistence.repositories import proposals as proposal_repo
from desktop.services import catalog as catalog_service
from desktop.services import proposals
from desktop.services.session import Workspace


@dataclass(frozen=True, slots=True)
class CandidateList:
    """The candidates of a movement in a year, with the rules that found them."""

    sheet: RuleSheet
    year: int
    candidates: tuple[Candidate, ...]


def _year(year: int) -> int:
    if isinstance(year, bool) or not 1945 <= year <= 2100:
        raise ValidationError(
            "year", "year_range", "Năm phải trong khoảng 1945 - 2100.", {"low": 1945, "high": 2100}
        )
    return year


def rule_sheet(ws: Workspace, movement_id: int) -> RuleSheet:
    """The movement's rules and target groups."""
    with ws.db.read() as conn:
        return repo.sheet(conn, movement_id)


def latest_scored_year(ws: Workspace, movement_id: int) -> int | None:
    """The last year the movement's participants were scored in (the tab opens on it)."""
    with ws.db.read() as conn:
        return repo.latest_scored_year(conn, movement_id)


def save_rule(ws: Workspace, rule: CandidateRule) -> int:
    """Add a rule (id None) or change one; return its id. One transaction."""
    clean = rule.validated()
    with ws.db.write() as conn:
        repo.movement_name(conn, clean.movement_id)
        if clean.group_id is not None and clean.group_id not in repo.group_names(
            conn, clean.movement_id
        ):
            raise ValidationError(
                "group_id", "group_other", "Nhóm đối tượng không thuộc phong trào."
            )
        if clean.id is None:
            return repo.insert_rule(conn, clean)
        if repo.get_rule(conn, clean.id).movement_id != clean.movement_id:
            raise ConflictError("rule_other_movement", "Quy định thuộc một phong trào khác.")
        repo.update_rule(conn, clean.id, clean)
        return clean.id


def delete_rule(ws: Workspace, rule_id: int) -> None:
    """Delete a rule."""
    with ws.db.write() as conn:
        repo.delete_rule(conn, rule_id)


def candidates(ws: Workspace, movement_id: int, year: int) -> CandidateList:
    """The movement's candidates of `year` with their reasons (one snapshot of the file)."""
    _year(year)
    with ws.db.read() as conn:
        sheet = repo.sheet(conn, movement_id)
        groups = repo.group_scores(conn, movement_id, year)
        given = repo.contribution_entries(conn, movement_id, year)
    found = find_candidates(sheet.rules, groups, given, year)
    return CandidateList(sheet, year, tuple(found))


def of_year(ws: Workspace, year: int) -> list[CandidateList]:
    """The candidates of every movement running in `year` that has rules (the eligibility
    view shows them beside the legal verdict)."""
    with ws.db.read() as conn:
        return [candidates(ws, mid, year) for mid in repo.movements_with_rules(conn, _year(year))]


def export_candidates(ws: Workspace, path: Path, movement_id: int, year: int) -> int:
    """Write the movement's candidate list of `year` to an xlsx file; return how many."""
    from desktop.exchange import candidates as workbook

    found = candidates(ws, movement_id, year)
    names = {a.code: a.name for a in catalog_service.load(ws).awards}
    return workbook.write_candidates(
        Path(path),
        found.sheet.movement_name,
        year,
        [found.sheet.rule_text(r) for r in found.sheet.rules],
        found.candidates,
        names,
    )


# --- proposing candidates in a batch --------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Offer:
    """What a batch linked to a movement is offered: the movement's candidates of the batch's
    year, and which of them the batch already proposes."""

    batch_id: int
    candidates: CandidateList
    present: frozenset[tuple[str, int | str]]


def offer(ws: Workspace, batch_id: int) -> Offer | None:
    """The candidates for a batch (None when the batch is not linked to a movement)."""
    with ws.db.read() as conn:
        batch = proposal_repo.get_batch(conn, batch_id)
        if batch.movement_id is None:
            return None
        found = candidates(ws, batch.movement_id, batch.year)
        present = frozenset(
            key for n in proposal_repo.nominees(conn, batch_id) for key in _keys(n.data)
        )
    return Offer(batch_id, found, present)


def _keys(n: NomineeInput) -> tuple[tuple[str, int | str], ...]:
    if n.subject is SubjectType.PERSON and n.person_id is not None:
        return (("person", n.person_id),)
    if n.subject is SubjectType.UNIT and n.unit_id is not None:
        return (("unit", n.unit_id),)
    from desktop.domain.text import fold

    return (("named", fold(n.household_name)),)


def nominee_input(participant: Participant, award_code: str) -> NomineeInput:
    """The nominee for a candidate (ValidationError for an outside name)."""
    if participant.kind is SubjectKind.PERSON:
        return NomineeInput(SubjectType.PERSON, award_code, person_id=participant.id)
    if participant.kind is SubjectKind.UNIT:
        return NomineeInput(SubjectType.UNIT, award_code, unit_id=participant.id)
    if participant.kind is SubjectKind.HOUSEHOLD:
        return NomineeInput(SubjectType.HOUSEHOLD, award_code, household_name=participant.name)
    raise ValidationError(
        "participant",
        "not_in_register",
        f"{participant.name} không có trong danh sách cá nhân, tập thể: chưa đề nghị được.",
    )


@dataclass(frozen=True, slots=True)
class Pick:
    """A candidate chosen for the batch, with the award it is proposed for."""

    participant: Participant
    award_code: str


@dataclass(frozen=True, slots=True)
class ProposeResult:
    """What proposing did: names added, names already in the batch (left as they were)."""

    added: tuple[str, ...]
    already: tuple[str, ...]


def propose(ws: Workspace, batch_id: int, picks: Sequence[Pick]) -> ProposeResult:
    """Add the chosen candidates as nominees of a draft batch, each checked for its award's
    conditions as usual; one transaction (all or nothing)."""
    if not picks:
        raise ValidationError("picks", "pick_none", "Hãy chọn ít nhất một người hoặc tập thể.")
    catalog = catalog_service.load(ws)
    items = []
    for pick in picks:
        if not pick.award_code:
            raise ValidationError(
                "award",
                "award_not_chosen",
                f"Hãy chọn danh hiệu, hình thức cho {pick.participant.name}.",
                {"name": pick.participant.name},
            )
        catalog.get(pick.award_code)
        items.append((pick.participant.name, nominee_input(pick.participant, pick.award_code)))
    added: list[str] = []
    already: list[str] = []
    with ws.db.write() as conn:
        batch = proposal_repo.get_batch(conn, batch_id)
        if batch.state is not BatchState.DRAFT:
            raise ConflictError(
                "batch_not_draft",
                "Đợt đề nghị không còn là dự thảo: không thêm được.",
                {"state": batch.state},
            )
        present = {
            (n.data.subject_key(), n.data.award_code)
            for n in proposal_repo.nominees(conn, batch_id)
        }
        for name, data in items:
            key = (data.validated().subject_key(), data.award_code)
            if key in present:
                already.append(name)
                continue
            present.add(key)
            proposals.add_nominee(ws, batch_id, data)  # joins this transaction
            added.append(name)
    return ProposeResult(tuple(added), tuple(already))
