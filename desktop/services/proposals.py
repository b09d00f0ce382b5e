"""Proposal batches: nominees with stored eligibility, council votes, submission checks,
the state machine and recording the decision (which writes the award history)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from desktop.domain import progress as steps
from desktop.domain.achievement import compose as compose_achievement
from desktop.domain.achievement import compose_summary
from desktop.domain.awards import Catalog
from desktop.domain.council import AttendanceInput, check_attendance
from desktop.domain.council import counts as attendance_counts
from desktop.domain.eligibility import cstdcs_cap_exceeded, cstdcs_cap_percent
from desktop.domain.errors import ConflictError, ValidationError
from desktop.domain.progress import Progress
from desktop.domain.proposals import (
    Batch,
    BatchEvent,
    BatchInput,
    BatchState,
    BatchSummary,
    MeetingFacts,
    MeetingInput,
    Nominee,
    NomineeFacts,
    NomineeInput,
    Outcome,
    Problem,
    QuotaFacts,
    RouteGroup,
    SubjectType,
    check_transition,
    check_votes,
    quorum_message,
    routing_problems,
    submission_problems,
    vote_reached,
)
from desktop.domain.quotas import allowed as quota_allowed
from desktop.domain.text import clean
from desktop.persistence import Connection
from desktop.persistence.repositories import awards as award_repo
from desktop.persistence.repositories import council as council_repo
from desktop.persistence.repositories import office as office_repo
from desktop.persistence.repositories import papers as papers_repo
from desktop.persistence.repositories import proposals as repo
from desktop.services import catalog as catalog_service
from desktop.services import council, eligibility
from desktop.services.session import Workspace

__all__ = ["Batch", "BatchEvent", "BatchSummary", "Nominee", "Problem", "RouteGroup"]


def _user(ws: Workspace, user: str | None) -> str:
    """Who is named in the batch's state log: the signed-in user, like the audit log."""
    return user or ws.db.actor.user


def create_batch(ws: Workspace, data: BatchInput) -> int:
    """Create a draft batch; return its id."""
    clean_data = data.validated()
    with ws.db.write() as conn:
        return repo.insert_batch(conn, clean_data)


def update_batch(ws: Workspace, batch_id: int, data: BatchInput) -> None:
    """Change the head of a draft batch."""
    clean_data = data.validated()
    with ws.db.write() as conn:
        _require_draft(repo.get_batch(conn, batch_id))
        repo.update_batch(conn, batch_id, clean_data)


def delete_batch(ws: Workspace, batch_id: int) -> None:
    """Delete a batch that has not been submitted."""
    with ws.db.write() as conn:
        b = repo.get_batch(conn, batch_id)
        if b.state in (BatchState.SUBMITTED, BatchState.DECIDED):
            raise ConflictError(
                "batch_locked", "Đợt đề nghị đã trình hoặc đã có quyết định, không xóa được."
            )
        repo.delete_batch(conn, batch_id, ws.db.actor.user)


def get_batch(ws: Workspace, batch_id: int) -> Batch:
    """One batch."""
    with ws.db.read() as conn:
        return repo.get_batch(conn, batch_id)


def list_batches(ws: Workspace) -> list[BatchSummary]:
    """All batches with nominee counts."""
    with ws.db.read() as conn:
        return repo.list_batches(conn)


def nominees(ws: Workspace, batch_id: int) -> list[Nominee]:
    """The nominees of a batch."""
    with ws.db.read() as conn:
        return repo.nominees(conn, batch_id)


def events(ws: Workspace, batch_id: int) -> list[BatchEvent]:
    """The state log of a batch."""
    with ws.db.read() as conn:
        return repo.events(conn, batch_id)


def _require_draft(batch: Batch) -> None:
    if batch.state is not BatchState.DRAFT:
        raise ConflictError(
            "batch_not_draft",
            f"Đợt đề nghị đang ở trạng thái “{batch.state.label}”; chỉ sửa được khi là dự thảo "
            "(hãy trả lại để bổ sung trước).",
            {"state": batch.state},
        )


def _check_and_store(
    ws: Workspace, conn: Connection, batch: Batch, nominee_id: int, n: NomineeInput
) -> None:
    """Check a nominee's eligibility and store it, inside the caller's write transaction (the
    checks' reads join it, so they see the nominee just written)."""
    row = None
    # A đột xuất or quá trình cống hiến batch judges by its own criteria (services/eligibility).
    kind, text = batch.kind, n.achievement
    if n.subject is SubjectType.PERSON:
        row = eligibility.check_one(
            ws, batch.year, n.award_code, person_id=n.person_id, kind=kind, achievement=text
        )
    elif n.subject is SubjectType.UNIT:
        row = eligibility.check_one(
            ws, batch.year, n.award_code, unit_id=n.unit_id, kind=kind, achievement=text
        )
    else:  # a household of the register, named "Name (Thôn)" (services/eligibility)
        row = eligibility.check_one(ws, batch.year, n.award_code, household_name=n.household_name)
    if row is None:
        repo.set_eligibility(
            conn,
            nominee_id,
            "review",
            ("Không kiểm tra tự động được đối tượng này: Hội đồng xem xét.",),
        )
        return
    repo.set_eligibility(conn, nominee_id, row.result.value, row.reasons)
    if row.initiatives and not n.initiative_ids:
        nom = repo.get_nominee(conn, nominee_id)
        repo.update_nominee(conn, nominee_id, replace(nom.data, initiative_ids=row.initiatives))


def add_nominee(ws: Workspace, batch_id: int, data: NomineeInput) -> int:
    """Add a nominee to a draft batch, check eligibility now and store the result (one
    transaction)."""
    catalog = catalog_service.load(ws)
    catalog.get(data.award_code)
    n = data.validated()
    with ws.db.write() as conn:
        batch = repo.get_batch(conn, batch_id)
        _require_draft(batch)
        key = n.subject_key()
        for other in repo.nominees(conn, batch_id):
            if other.data.subject_key() == key and other.data.award_code == n.award_code:
                raise ConflictError(
                    "nominee_twice",
                    f"{other.name} đã có trong đợt với cùng hình thức này.",
                    {"name": other.name},
                )
        if not n.achievement and n.subject is SubjectType.PERSON and n.person_id is not None:
            facts = repo.achievement_facts(conn, n.person_id, batch.year)
            n = replace(
                n,
                achievement=compose_achievement(facts, batch.year),
                summary=n.summary or compose_summary(facts, batch.year),
            )
        nominee_id = repo.insert_nominee(conn, batch_id, n)
        _check_and_store(ws, conn, batch, nominee_id, n)
    return nominee_id


def update_nominee(ws: Workspace, nominee_id: int, data: NomineeInput) -> None:
    """Change a nominee of a draft batch and check it again (one transaction)."""
    catalog = catalog_service.load(ws)
    catalog.get(data.award_code)
    n = data.validated()
    with ws.db.write() as conn:
        nom = repo.get_nominee(conn, nominee_id)
        batch = repo.get_batch(conn, nom.batch_id)
        _require_draft(batch)
        repo.update_nominee(conn, nominee_id, n)
        _check_and_store(ws, conn, batch, nominee_id, n)


def remove_nominee(ws: Workspace, nominee_id: int) -> None:
    """Remove a nominee from a draft batch."""
    with ws.db.write() as conn:
        nom = repo.get_nominee(conn, nominee_id)
        _require_draft(repo.get_batch(conn, nom.batch_id))
        repo.delete_nominee(conn, nominee_id)


def add_eligible(
    ws: Workspace, batch_id: int, award: str, *, progress: Progress | None = None
) -> int:
    """Add every subject eligible for `award` in the batch's year; return how many were added.

    One write transaction: the batch's state, the nominees present and the eligibility are
    read inside it, so another copy of the program cannot change them in between. A cancelled
    `progress` rolls it back whole (its last check is right before the commit)."""
    added = 0
    with steps.active(progress) as tick, ws.db.write() as conn:
        batch = repo.get_batch(conn, batch_id)
        _require_draft(batch)
        rows = eligibility.evaluate(ws, batch.year, award)
        present = {(n.data.subject_key(), n.data.award_code) for n in repo.nominees(conn, batch_id)}
        eligible = [r for r in rows if r.result.value == "eligible"]
        for r in tick.steps(eligible, steps.WRITE):
            subject = SubjectType.PERSON if r.subject_kind == "person" else SubjectType.UNIT
            n = NomineeInput(
                subject,
                award,
                person_id=r.subject_id if subject is SubjectType.PERSON else None,
                unit_id=r.subject_id if subject is SubjectType.UNIT else None,
                initiative_ids=r.initiatives,
            )
            if (n.subject_key(), award) in present:
                continue
            if subject is SubjectType.PERSON and r.subject_id is not None:
                facts = repo.achievement_facts(conn, r.subject_id, batch.year)
                n = replace(
                    n,
                    achievement=compose_achievement(facts, batch.year),
                    summary=compose_summary(facts, batch.year),
                )
            nid = repo.insert_nominee(conn, batch_id, n)
            repo.set_eligibility(conn, nid, r.result.value, r.reasons)
            added += 1
        tick.check()
    return added


def recheck(ws: Workspace, batch_id: int, *, progress: Progress | None = None) -> None:
    """Check every nominee again and store the results (one transaction; a cancelled
    `progress` rolls it back whole)."""
    with steps.active(progress) as tick, ws.db.write() as conn:
        batch = repo.get_batch(conn, batch_id)
        for n in tick.steps(repo.nominees(conn, batch_id), steps.CHECK):
            _check_and_store(ws, conn, batch, n.id, n.data)
        tick.check()


def record_meeting(
    ws: Workspace,
    batch_id: int,
    meeting: MeetingInput,
    votes: dict[int, int],
    user: str | None = None,
    attendance: list[AttendanceInput] | None = None,
) -> None:
    """Store the council meeting and each nominee's votes; the batch moves to “đã họp”.

    Refused: votes in favour above the members present plus written opinions, a meeting below
    the office's quorum. A nominee below the award's vote threshold is marked “không đạt”: it
    stays in the minutes and leaves the proposal.
    """
    if attendance:  # named members: the counts, the chair and the secretary come from them
        chair, secretary = check_attendance(attendance)
        c = attendance_counts(attendance)
        meeting = replace(
            meeting,
            chair=chair.full_name,
            secretary=secretary.full_name,
            members_total=c.total,
            members_present=c.present,
            members_absent_written=c.written,
        )
    m = meeting.validated()
    check_votes(m, votes)
    quorum = council.quorum(ws)
    if not quorum.reached(m.members_present, m.members_total):
        raise ValidationError(
            "members_present",
            "quorum",
            quorum_message(m.members_present, m.members_total, quorum),
            {"present": m.members_present, "total": m.members_total, "quorum": quorum.text()},
        )
    catalog = catalog_service.load(ws)
    with ws.db.write() as conn:
        batch = repo.get_batch(conn, batch_id)
        check_transition(batch.state, BatchState.MET, "")
        for n in repo.nominees(conn, batch_id):
            v = votes.get(n.id, n.data.votes_in_favour)
            if n.id in votes:
                repo.set_votes(conn, n.id, v)
            threshold = catalog.get(n.data.award_code).vote_threshold
            failed = v is not None and not vote_reached(v, m.members_total, threshold)
            repo.set_outcome(
                conn, n.id, Outcome.COUNCIL_FAILED.value if failed else Outcome.PENDING.value
            )
        repo.save_meeting(conn, batch_id, m)
        council_repo.save_attendance(conn, batch_id, attendance or [])
        repo.set_state(
            conn,
            batch_id,
            BatchState.MET,
            _user(ws, user),
            f"Họp Hội đồng ngày {m.held_on:%d/%m/%Y}",
        )


def problems(ws: Workspace, batch_id: int) -> list[str]:
    """Everything that stops the batch from being submitted, as text (empty when it can be)."""
    return [p.message for p in problem_list(ws, batch_id)]


def problem_list(ws: Workspace, batch_id: int) -> list[Problem]:
    """Everything that stops the batch from being submitted (empty when it can be): the one
    check used by submission, the batch page and `thidua check-batch`."""
    catalog = catalog_service.load(ws)
    with ws.db.read() as conn:
        batch = repo.get_batch(conn, batch_id)
        facts: list[NomineeFacts] = []
        for n in repo.nominees(conn, batch_id):
            award = catalog.get(n.data.award_code)
            held_same_year = one_time = False
            if n.data.subject is not SubjectType.HOUSEHOLD:
                rec = award_repo.AwardRecordInput(
                    n.data.subject.value,
                    batch.year,
                    award.name,
                    award.code,
                    person_id=n.data.person_id,
                    unit_id=n.data.unit_id,
                    nominee_id=n.id,
                )
                held_same_year = award_repo.exists(conn, rec)
                if award.one_time:
                    history = (
                        award_repo.history_of_person(conn, n.data.person_id)
                        if n.data.person_id is not None
                        else award_repo.history_of_unit(conn, n.data.unit_id or 0)
                    )
                    one_time = any(h[1] == award.code for h in history)
                subject_id = (
                    n.data.person_id if n.data.subject is SubjectType.PERSON else n.data.unit_id
                )
                if repo.proposed_elsewhere(
                    conn, batch_id, batch.year, n.data.subject.value, subject_id, award.code
                ):
                    held_same_year = True
            facts.append(
                NomineeFacts(
                    n.id,
                    n.name,
                    n.data.subject_key(),
                    n.data.award_code,
                    n.eligibility or "",
                    n.data.override_reason,
                    n.data.votes_in_favour,
                    held_same_year,
                    one_time,
                    n.data.person_id
                    if n.data.subject is SubjectType.PERSON
                    else n.data.unit_id
                    if n.data.subject is SubjectType.UNIT
                    else None,
                    n.outcome,
                )
            )
        quota_facts: list[QuotaFacts] = []
        if batch.movement_id is not None:
            for code, subject, percent, max_count in repo.quotas(conn, batch.movement_id):
                allowed = quota_allowed(
                    percent,
                    max_count,
                    0
                    if max_count is not None
                    else repo.participants(conn, batch.movement_id, subject),
                )
                proposed = sum(
                    1 for f in facts if f.award_code == code and f.subject_key[0] == subject
                )
                quota_facts.append(QuotaFacts(code, subject, allowed, proposed))
        # -- verdicts helper (issue 13 point 8): the CSTĐCS cap before 2024 ------------------
        cap = _cstdcs_cap_problem(conn, catalog, batch)
    meeting = MeetingFacts(
        batch.members_total,
        batch.members_present,
        batch.members_absent_written,
        council.quorum(ws),
    )
    found = submission_problems(
        catalog, batch.year, meeting, facts, quota_facts, batch.quota_override_reason
    )
    found += [cap] if cap else []
    return found + routing_problems(routing(ws, batch_id), batch.addressee)


def _cstdcs_cap_problem(conn: Connection, catalog: Catalog, batch: Batch) -> Problem | None:
    """Before 2024 CSTĐCS may be at most 15 % of the LĐTT (NĐ 91/2017 Điều 9 khoản 3): the
    batch's CSTĐCS and LĐTT nominees together with those already decided for the year; over the
    cap, the batch needs the written reason that also lets it exceed a quota."""
    proposed: dict[str, set[int]] = {"CSTDCS": set(), "LDTT": set()}
    for n in repo.nominees(conn, batch.id):
        if n.data.award_code in proposed and n.data.person_id is not None:
            proposed[n.data.award_code].add(n.data.person_id)
    if not proposed["CSTDCS"]:
        return None
    cstdcs = proposed["CSTDCS"] | award_repo.people_holding(conn, "CSTDCS", batch.year)
    ldtt = proposed["LDTT"] | award_repo.people_holding(conn, "LDTT", batch.year)
    over = cstdcs_cap_exceeded(catalog, batch.year, len(cstdcs), len(ldtt))
    if not over or clean(batch.quota_override_reason):
        return None
    return Problem(
        "cstdcs_cap",
        None,
        f"{over} Cần ghi lý do nếu vẫn đề nghị (khoản 3 Điều 9 Nghị định 91/2017/NĐ-CP).",
        {
            "year": batch.year,
            "cstdcs": len(cstdcs),
            "ldtt": len(ldtt),
            "cap": cstdcs_cap_percent(catalog, batch.year),
        },
    )


# -- end of the verdicts helper's hunk ----------------------------------------------------


def routing(ws: Workspace, batch_id: int) -> list[RouteGroup]:
    """The nominees of a batch by who decides them (those the council passed): the head of the
    office first (a Quyết định), then each authority a tờ trình goes to, then any to review."""
    catalog = catalog_service.load(ws)
    table = catalog_service.authorities()
    kind = council.office_kind(ws)
    with ws.db.read() as conn:
        batch = repo.get_batch(conn, batch_id)
        noms = repo.nominees(conn, batch_id)
    rule_set = catalog.rule_set_for_year(batch.year).id
    groups: dict[str, tuple[str, str, str, str, list[int]]] = {}
    for n in noms:
        if n.outcome == Outcome.COUNCIL_FAILED.value:
            continue
        r = table.route(kind, rule_set, n.data.award_code)
        name = r.authority.name if r.authority else ""
        addressee = r.authority.addressee if r.authority else ""
        groups.setdefault(r.key, (name, addressee, r.basis, r.review, []))[4].append(n.id)
    order = {"thu_truong": 0, "review": 2}
    return [
        RouteGroup(key, name, addressee, basis, review, tuple(ids))
        for key, (name, addressee, basis, review, ids) in sorted(
            groups.items(), key=lambda kv: order.get(kv[0], 1)
        )
    ]


def route_of(ws: Workspace, batch_id: int) -> dict[int, RouteGroup]:
    """Each nominee's route group, by nominee id."""
    return {nid: g for g in routing(ws, batch_id) for nid in g.nominee_ids}


def set_quota_override(ws: Workspace, batch_id: int, reason: str) -> None:
    """Record why the batch may exceed the movement's quota."""
    with ws.db.write() as conn:
        repo.set_quota_override(conn, batch_id, clean(reason))


class BatchProblems(ConflictError):
    """A batch refused for submission; `found` are the checks that failed (the page lists
    them, each worded from its code)."""

    def __init__(self, found: list[Problem]) -> None:
        texts = [p.message for p in found]
        super().__init__(
            "batch_problems",
            "Chưa trình được đợt đề nghị:\n- " + "\n- ".join(texts),
            {"count": len(found)},
        )
        self.found = found


def submit(
    ws: Workspace, batch_id: int, on: date, user: str | None = None, number: int | None = None
) -> str:
    """Mark a batch submitted after every check holds; number it from the outgoing register
    (the next free number of the year, or `number` set by the clerk); return the number text.

    The checks run once, inside the transaction that submits (BatchProblems lists them)."""
    with ws.db.write() as conn:
        found = problem_list(ws, batch_id)
        if found:
            raise BatchProblems(found)
        up = [g for g in routing(ws, batch_id) if not g.by_head and g.key != "review"]
        batch = repo.get_batch(conn, batch_id)
        check_transition(batch.state, BatchState.SUBMITTED, "")
        if not batch.addressee and len(up) == 1:
            repo.set_addressee(conn, batch_id, up[0].addressee)  # the authority that decides
        number = number if number is not None else papers_repo.next_number(conn, on.year)
        symbol = office_repo.load(conn).symbol
        text = f"{number:02d}/TTr-{symbol}" if symbol else f"{number:02d}/TTr"
        papers_repo.insert(conn, number, "TTr", text, on, batch.title, batch_id)
        repo.set_submission(conn, batch_id, number, text, on)
        repo.set_state(conn, batch_id, BatchState.SUBMITTED, _user(ws, user), f"Tờ trình số {text}")
    return text


def return_for_changes(ws: Workspace, batch_id: int, reason: str, user: str | None = None) -> None:
    """Send a batch back to draft (trả lại để bổ sung) with the reason."""
    with ws.db.write() as conn:
        batch = repo.get_batch(conn, batch_id)
        check_transition(batch.state, BatchState.DRAFT, reason)
        repo.set_state(conn, batch_id, BatchState.DRAFT, _user(ws, user), clean(reason))


@dataclass(frozen=True, slots=True)
class DecisionInput:
    """The decision on a batch."""

    number: str
    decided_on: date
    issuer: str
    refused: frozenset[int] = frozenset()  # nominee ids not granted
    # -- decision helper (issue 14): one Quyết định per title gives each award its number --
    numbers: tuple[tuple[str, str], ...] = ()  # (award code, decision number)


def record_decision(
    ws: Workspace, batch_id: int, decision: DecisionInput, user: str | None = None
) -> int:
    """Record the decision: award history for each granted nominee, initiatives marked used.
    Returns how many were granted."""
    number = clean(decision.number)
    if not number:
        raise ValidationError("number", "required", "Hãy ghi số quyết định.")
    if not clean(decision.issuer):
        raise ValidationError("issuer", "required", "Hãy ghi cơ quan ban hành quyết định.")
    catalog = catalog_service.load(ws)
    granted = 0
    with ws.db.write() as conn:
        batch = repo.get_batch(conn, batch_id)
        check_transition(batch.state, BatchState.DECIDED, "")
        repo.set_decision(conn, batch_id, number, decision.decided_on, clean(decision.issuer))
        for n in repo.nominees(conn, batch_id):
            if n.outcome == Outcome.COUNCIL_FAILED.value:
                continue  # not proposed: the council's vote fell short
            if n.id in decision.refused:
                repo.set_outcome(conn, n.id, Outcome.REFUSED.value)
                continue
            award = catalog.get(n.data.award_code)
            own = dict(decision.numbers).get(award.code, number)  # decision helper (issue 14)
            award_repo.insert(
                conn,
                award_repo.AwardRecordInput(
                    n.data.subject.value,
                    batch.year,
                    award.name,
                    award.code,
                    person_id=n.data.person_id,
                    unit_id=n.data.unit_id,
                    household_name=n.data.household_name,
                    decision_number=own,
                    decision_date=decision.decided_on,
                    issuer=clean(decision.issuer),
                    nominee_id=n.id,
                ),
            )
            award_repo.mark_initiatives_used(
                conn, n.data.initiative_ids, f"{award.name} {batch.year}", f"QĐ {own}"
            )
            repo.set_outcome(conn, n.id, Outcome.GRANTED.value)
            granted += 1
        repo.set_state(
            conn, batch_id, BatchState.DECIDED, _user(ws, user), f"Quyết định số {number}"
        )
    return granted


def set_quota(
    ws: Workspace,
    movement_id: int,
    award: str,
    subject: str = "person",
    *,
    percent: float | None = None,
    count: int | None = None,
) -> None:
    """Set a movement's cap for an award: a percent of its registered participants or a count."""
    catalog_service.load(ws).get(award)
    if subject not in ("person", "unit"):
        raise ValidationError(
            "subject", "subject_kind", "Đối tượng phải là person (cá nhân) hoặc unit (tập thể)."
        )
    if (percent is None) == (count is None):
        raise ValidationError(
            "quota",
            "one_of",
            "Ghi chỉ tiêu theo tỷ lệ phần trăm hoặc theo số lượng (một trong hai).",
        )
    if percent is not None and not 0 < percent <= 100:
        raise ValidationError(
            "percent", "percent_range", "Tỷ lệ phải lớn hơn 0 và không quá 100 %."
        )
    if count is not None and count < 0:
        raise ValidationError("count", "negative", "Số lượng không được âm.")
    with ws.db.write() as conn:
        if not repo.movement_exists(conn, movement_id):
            raise ValidationError(
                "movement_id",
                "unknown_movement",
                f"Không có phong trào số {movement_id}.",
                {"number": movement_id},
            )
        repo.set_quota(conn, movement_id, award, subject, percent, count)


@dataclass(frozen=True, slots=True)
class BatchDefaults:
    """What a new batch starts with: the last batch's addressee and signer (or the office's
    signer), and a title no other batch has."""

    title: str
    addressee: str
    signer_name: str
    signer_title: str


def batch_defaults(ws: Workspace, title: str) -> BatchDefaults:
    """Defaults for a new batch; `title` is made unique ("… (2)") when a batch already has it."""
    with ws.db.read() as conn:
        rows = repo.list_batches(conn)
        last = repo.get_batch(conn, max(r.id for r in rows)) if rows else None
        office = office_repo.load(conn)
    taken = {clean(r.title).casefold() for r in rows}
    base = clean(title)
    unique, i = base, 2
    while unique.casefold() in taken:
        unique, i = f"{base} ({i})", i + 1
    if last is not None and (last.signer_name or last.signer_title):
        signer = (last.signer_name, last.signer_title)
    else:
        signer = (office.signer_name, office.signer_title)
    return BatchDefaults(unique, last.addressee if last else "", *signer)
