"""The `nominees` spreadsheet kind: a unit's list of nominees into an open (draft) batch.

Option `--batch ID` (required). A row names a person, found like the other imports (CCCD, else
name and birth date, else a name unique in the unit), and a personal title or form of the
catalog (code or name, without case or accents). `Sáng kiến` names the person's initiatives by
title (several separated by `;`). Each row is judged on the way in, as a nominee added by hand
is: a person not eligible (or already holding the title) is a bad row with the reasons; one
eligible or for the council to review is added with the verdict stored. A person already in the
batch for the same title is left as it is, so importing the same list twice adds nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from desktop.domain import progress as steps
from desktop.domain.achievement import compose as compose_achievement
from desktop.domain.achievement import compose_summary
from desktop.domain.awards import CommendationType, SubjectKind
from desktop.domain.eligibility import Result
from desktop.domain.errors import ConflictError, ValidationError
from desktop.domain.proposals import Batch, BatchState, NomineeInput, SubjectType
from desktop.domain.row_problems import of_error, problem, verdict
from desktop.domain.text import fold
from desktop.exchange import nominees as sheet
from desktop.persistence import Connection
from desktop.persistence.repositories import initiative_search as initiative_repo
from desktop.persistence.repositories import proposals as repo
from desktop.services import catalog as catalog_service
from desktop.services import eligibility
from desktop.services.eligibility import EligibilityRow
from desktop.services.person_match import PersonMatcher
from desktop.services.session import Workspace
from desktop.services.transfer import (
    ADD,
    ERROR,
    UNCHANGED,
    ImportPreview,
    ImportResult,
    KindOption,
    PreviewRow,
    require_rows,
    rows_in_error,
    spreadsheet_kind_with_options,
)

BATCH = KindOption("batch", "số của đợt đề nghị đang soạn", int, required=True, metavar="SO")
VERDICT = "Kết quả xét điều kiện"
HEADERS = (sheet.COLUMNS[0].header, VERDICT, *(c.header for c in sheet.COLUMNS[1:]))
REFUSED = frozenset({Result.INELIGIBLE, Result.AWARDED})
_NOT_JUDGED = "Không kiểm tra tự động được đối tượng này: Hội đồng xem xét."


@dataclass(frozen=True, slots=True)
class _Match:
    """A row whose person, title and initiatives were found."""

    line: sheet.NomineeLine
    nominee: NomineeInput


@dataclass(frozen=True, slots=True)
class _Verdict:
    result: Result
    reasons: tuple[str, ...]
    initiatives: tuple[int, ...] = ()

    @property
    def text(self) -> str:
        """`Label: reason; reason`, without the label when the first reason already says it."""
        label = self.result.label
        if self.reasons and fold(self.reasons[0]).startswith(fold(label)):
            return "; ".join(self.reasons)
        return label + (": " + "; ".join(self.reasons) if self.reasons else "")


def _cells(line: sheet.NomineeLine, verdict: str = "") -> tuple[str, ...]:
    """The row's cells as the preview shows them: the name, then the verdict, then the rest."""
    return (line.display[0], verdict, *line.display[1:])


@dataclass(slots=True)
class _Payload:
    lines: list[sheet.NomineeLine]
    batch_id: int


def _batch(conn: Connection, batch_id: int) -> Batch:
    batch = repo.get_batch(conn, batch_id)
    if batch.state is not BatchState.DRAFT:
        raise ConflictError(
            "batch_not_draft",
            f"Đợt đề nghị số {batch_id} đang ở trạng thái “{batch.state.label}”; chỉ nhập danh "
            "sách vào đợt đang soạn (dự thảo).",
            {"state": batch.state},
        )
    return batch


def _person_awards(ws: Workspace) -> dict[str, str]:
    """Folded code or name → code, for the catalog's personal titles and forms."""
    index: dict[str, str] = {}
    for a in catalog_service.load(ws).awards:
        if a.subject is SubjectKind.PERSON:
            for key in (a.code, a.code.replace("_", " "), a.name):
                index[fold(key)] = a.code
    return index


def _match(
    conn: Connection, lines: list[sheet.NomineeLine], batch_id: int, awards: dict[str, str]
) -> list[_Match | PreviewRow]:
    """Find each row's person, title and initiatives; a PreviewRow for a bad or present row."""
    matcher = PersonMatcher(conn)
    present = {(n.data.person_id, n.data.award_code) for n in repo.nominees(conn, batch_id)}
    seen: dict[tuple[int, str], int] = {}
    out: list[_Match | PreviewRow] = []
    for line in lines:
        shown = _cells(line)
        if line.problems:
            out.append(PreviewRow(line.number, shown, ERROR, line.problems))
            continue
        code = awards.get(fold(line.award))
        if code is None:
            why = problem("award_not_personal", value=line.award)
            out.append(PreviewRow(line.number, shown, ERROR, (why,)))
            continue
        try:
            pid = matcher.find(line.full_name, line.cccd, line.birth, line.unit_text)
        except ValidationError as exc:
            out.append(PreviewRow(line.number, shown, ERROR, (of_error(exc),)))
            continue
        own = {fold(i.title): i.id for i in initiative_repo.for_person(conn, pid)}
        missing = [t for t in line.initiatives if fold(t) not in own]
        if missing:
            titles = ", ".join(f"“{t}”" for t in missing)
            why = problem("initiatives_not_theirs", titles=titles)
            out.append(PreviewRow(line.number, shown, ERROR, (why,)))
            continue
        if (pid, code) in seen:
            twice = problem("same_as_row", row=seen[(pid, code)])
            out.append(PreviewRow(line.number, shown, ERROR, (twice,)))
            continue
        seen[(pid, code)] = line.number
        if (pid, code) in present:
            out.append(PreviewRow(line.number, shown, UNCHANGED))
            continue
        ids = tuple(dict.fromkeys(own[fold(t)] for t in line.initiatives))
        nominee = NomineeInput(
            SubjectType.PERSON, code, person_id=pid, summary=line.summary, initiative_ids=ids
        )
        out.append(_Match(line, nominee.validated()))
    return out


def _verdicts(
    ws: Workspace, batch: Batch, found: list[_Match | PreviewRow]
) -> dict[tuple[int | None, str], _Verdict]:
    """Each matched row judged as a nominee added by hand is: in an ordinary batch the people
    of one title in one pass, in a đột xuất or cống hiến batch each by its own criteria (reads
    only; inside the caller's transaction when it has one)."""
    by_code: dict[str, list[int]] = {}
    for m in found:
        if isinstance(m, _Match) and m.nominee.person_id is not None:
            by_code.setdefault(m.nominee.award_code, []).append(m.nominee.person_id)
    rows: dict[tuple[int | None, str], EligibilityRow | None] = {}
    if batch.kind in (CommendationType.SUDDEN, CommendationType.SERVICE):
        for code, ids in by_code.items():
            for pid in ids:
                rows[(pid, code)] = eligibility.check_one(
                    ws, batch.year, code, person_id=pid, kind=batch.kind
                )
    else:
        for code, ids in by_code.items():
            judged = eligibility.evaluate(ws, batch.year, code, person_ids=ids, unit_ids=[])
            got = {r.subject_id: r for r in judged if r.subject_kind == "person"}
            rows.update({(pid, code): got.get(pid) for pid in ids})
    return {
        key: _Verdict(row.result, row.reasons, row.initiatives)
        if row is not None
        else _Verdict(Result.REVIEW, (_NOT_JUDGED,))
        for key, row in rows.items()
    }


def _rows(
    found: list[_Match | PreviewRow], verdicts: dict[tuple[int | None, str], _Verdict]
) -> tuple[list[PreviewRow], list[tuple[_Match, _Verdict]]]:
    shown: list[PreviewRow] = []
    planned: list[tuple[_Match, _Verdict]] = []
    for m in found:
        if isinstance(m, PreviewRow):
            shown.append(m)
            continue
        v = verdicts[(m.nominee.person_id, m.nominee.award_code)]
        if v.result in REFUSED:  # the reasons stand in the result column
            refusal = verdict(v.result, v.reasons, v.text)
            shown.append(PreviewRow(m.line.number, _cells(m.line), ERROR, (refusal,)))
            continue
        said = verdict(v.result, v.reasons, v.text)  # worded by the UI in its language
        shown.append(PreviewRow(m.line.number, _cells(m.line, v.text), ADD, worded=((1, said),)))
        planned.append((m, v))
    return shown, planned


def preview(ws: Workspace, path: Path, options: dict[str, object]) -> ImportPreview:
    """Read a unit's list, find and judge every row; nothing is written."""
    lines = sheet.read_nominees(path)
    require_rows(lines, path)
    batch_id = int(options["batch"])  # type: ignore[call-overload]
    awards = _person_awards(ws)
    with ws.db.read() as conn:
        batch = _batch(conn, batch_id)
        found = _match(conn, lines, batch_id, awards)
    shown, _ = _rows(found, _verdicts(ws, batch, found))
    return ImportPreview("nominees", Path(path), HEADERS, shown, _Payload(lines, batch_id))


def commit(ws: Workspace, previewed: ImportPreview, skip_invalid: bool) -> ImportResult:
    """Find every row again, judge it and add the good ones, all in one write transaction: the
    batch's state, the nominees present and the eligibility are read where the nominees are
    written, so another copy of the program cannot change them in between. The progress of
    the work running here (`steps.current()`) hears the judging and the rows written; cancelled,
    it rolls the whole import back (its last check is right before the commit)."""
    payload: _Payload = previewed.payload
    tick = steps.current()
    with ws.db.write() as conn:
        awards = _person_awards(ws)
        batch = _batch(conn, payload.batch_id)
        found = _match(conn, payload.lines, batch.id, awards)
        shown, planned = _rows(found, _verdicts(ws, batch, found))
        errors = rows_in_error(shown, skip_invalid)
        for m, v in tick.steps(planned, steps.WRITE):
            n = m.nominee
            assert n.person_id is not None
            facts = repo.achievement_facts(conn, n.person_id, batch.year)
            n = replace(
                n,
                achievement=compose_achievement(facts, batch.year),
                summary=n.summary or compose_summary(facts, batch.year),
                initiative_ids=n.initiative_ids or v.initiatives,
            )
            nominee_id = repo.insert_nominee(conn, batch.id, n)
            repo.set_eligibility(conn, nominee_id, v.result.value, v.reasons)
        tick.check()
    unchanged = sum(1 for r in shown if r.action == UNCHANGED)
    return ImportResult(len(planned), 0, len(errors), tuple(errors), unchanged)


KINDS = (
    spreadsheet_kind_with_options(
        "nominees",
        title="Danh sách đề nghị khen thưởng",
        template=sheet.write_nominees_template,
        options=(BATCH,),
        preview_import=preview,
        commit_import=commit,
    ),
)
