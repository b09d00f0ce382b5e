"""The `staff` spreadsheet kind: people in and out.

Matching, so re-importing a file creates no duplicates: a row is the stored person with the same
CCCD; else the one with the same folded name and birth date (when the row has no birth date: the
same folded name, no birth date, same unit). A namesake whose stored CCCD differs is another
person. On update, columns the file lacks and empty cells keep the stored values.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from desktop.domain import progress as steps
from desktop.domain.errors import ValidationError
from desktop.domain.identity import BirthDate
from desktop.domain.people import PersonInput, Sex
from desktop.domain.row_problems import RowProblem, of_error, problem
from desktop.domain.text import fold, loses_diacritics
from desktop.domain.units import Unit
from desktop.exchange import staff as sheet
from desktop.persistence import Connection
from desktop.persistence.repositories import people as repo
from desktop.persistence.repositories import units as unit_repo
from desktop.services.session import Workspace
from desktop.services.transfer import (
    ADD,
    ERROR,
    UNCHANGED,
    UPDATE,
    ImportPreview,
    ImportResult,
    PreviewRow,
    preview_rows,
    rows_in_error,
    spreadsheet_kind,
)
from desktop.services.unit_refs import UnitRefs

# Fields a file may fill in, by column key (the unit is resolved separately).
_FIELDS = (
    "full_name",
    "birth_date",
    "sex",
    "cccd",
    "hometown",
    "residence",
    "position",
    "qualification",
    "academic_title",
    "phone",
    "email",
)


_LABELS = {
    "full_name": "Họ và tên",
    "birth_date": "Ngày sinh",
    "sex": "Giới tính",
    "cccd": "Số CCCD",
    "hometown": "Quê quán",
    "residence": "Nơi ở",
    "unit_id": "Đơn vị",
    "position": "Chức vụ",
    "qualification": "Trình độ",
    "academic_title": "Học hàm, học vị",
    "phone": "Điện thoại",
    "email": "Thư điện tử",
}


@dataclass(frozen=True, slots=True)
class _Planned:
    number: int
    data: PersonInput  # for an update: the stored record merged with the row
    person_id: int | None
    changes: tuple[str, ...] = ()


def _shown(key: str, value: object, refs: UnitRefs) -> str:
    if value in (None, ""):
        return "(trống)"
    if key == "unit_id":
        return refs.label(int(value))  # type: ignore[call-overload]
    if key == "birth_date":
        return value.display()  # type: ignore[attr-defined,no-any-return]
    if key == "sex":
        return Sex(str(value)).label
    return str(value)


def _diff(old: PersonInput, new: PersonInput, refs: UnitRefs) -> tuple[str, ...]:
    """ "Field: old → new" for each field the update changes."""
    out = []
    for key, label in _LABELS.items():
        a, b = getattr(old, key), getattr(new, key)
        if a != b:
            out.append(f"{label}: {_shown(key, a, refs)} → {_shown(key, b, refs)}")
    return tuple(out)


def _births_differ(a: BirthDate | None, b: BirthDate | None) -> bool:
    if a is None or b is None:
        return False
    if a.year_only or b.year_only:
        return a.iso()[:4] != b.iso()[:4]
    return a.iso() != b.iso()


def _who(data: PersonInput) -> str:
    return f"{data.full_name} ({data.birth_date.display()})" if data.birth_date else data.full_name


def resolve_unit(refs: UnitRefs, text: str) -> Unit:
    """The one unit a cell names; ValidationError when none or several."""
    found = refs.find(text)
    if not found:
        raise ValidationError(
            "unit",
            "unit_unknown",
            f"Không tìm thấy đơn vị “{text}” (theo tên hoặc mã)",
            {"name": text},
        )
    if len(found) > 1:
        raise ValidationError(
            "unit",
            "unit_ambiguous",
            f"Có {len(found)} đơn vị tên “{text}”; hãy ghi mã đơn vị "
            "hoặc ghi kèm đơn vị cấp trên, ví dụ “Khóm 1 (Phường 2)”",
            {"name": text},
        )
    return found[0]


class UnitIndex(UnitRefs):
    """Units named by code, name or `Name (Parent)`; other kinds' imports use it too."""

    def resolve(self, text: str) -> Unit:
        """The one unit this text names; ValidationError when none or several."""
        return resolve_unit(self, text)


class _Ids:
    """Person ids by a text key: one int per key, a list only for a key several people share.

    Everyone's keys are held while a file is checked: with no list or tuple per person, the
    garbage collector has nothing of them to walk (a full collection holds the GIL, and so the
    window, for as long as it walks)."""

    def __init__(self) -> None:
        self._one: dict[str, int] = {}
        self._more: dict[str, list[int]] = {}

    def add(self, key: str, pid: int) -> None:
        """Note `pid` under `key`."""
        first = self._one.setdefault(key, pid)
        if first != pid:
            self._more.setdefault(key, [first]).append(pid)

    def get(self, key: str) -> list[int]:
        """The ids under `key`, in the order noted."""
        if key in self._more:
            return self._more[key]
        pid = self._one.get(key)
        return [] if pid is None else [pid]


def _key(name_fold: str, other: object) -> str:
    """One text for a folded name and a birth date (ISO) or a unit id."""
    return f"{name_fold}\x1f{other}"


def _plan(
    conn: Connection, rows: list[sheet.StaffRow], *, show: bool = True, keep: bool = True
) -> tuple[list[PreviewRow], list[_Planned]]:
    """What each row would do (`show`: with its cells, for the preview); `keep` the planned
    writes (the preview does not need them: 100,000 validated copies are 100 MB)."""
    refs = UnitRefs(unit_repo.list_all(conn))
    present = rows[0].present if rows else frozenset()
    by_cccd: dict[str, int] = {}
    has_cccd: set[int] = set()
    by_name_birth = _Ids()
    by_name_unit = _Ids()
    for pid, cccd, name_fold, birth, unit_id in repo.match_keys(conn):
        if cccd:
            by_cccd[cccd] = pid
            has_cccd.add(pid)
        if birth:
            by_name_birth.add(_key(name_fold, birth), pid)
        else:
            by_name_unit.add(_key(name_fold, unit_id), pid)
    seen_cccd: dict[str, int] = {}
    seen_person: dict[int | str, int] = {}  # by person id, or by the key of a new person
    preview: list[PreviewRow] = []
    planned: list[_Planned] = []
    for row in steps.current().steps(rows, steps.CHECK):
        given = row.data
        if given is None:
            shown = row.display if show else ()
            preview.append(PreviewRow(row.number, shown, ERROR, row.problems))
            continue
        try:
            unit = resolve_unit(refs, row.unit_text)
            data = replace(given, unit_id=unit.id).validated()
        except ValidationError as exc:
            shown = row.display if show else ()
            preview.append(PreviewRow(row.number, shown, ERROR, (of_error(exc),)))
            continue
        name = fold(data.full_name)
        birth = data.birth_date.iso() if data.birth_date else None
        person_id = by_cccd.get(data.cccd) if data.cccd else None
        error: RowProblem | None = None
        old: PersonInput | None = None
        if person_id is not None:
            old = repo.get(conn, person_id).data
            if fold(old.full_name) != name or _births_differ(old.birth_date, data.birth_date):
                error = problem(
                    "cccd_of_another", cccd=data.cccd, stored=_who(old), written=_who(data)
                )
        if person_id is None:
            candidates = (
                by_name_birth.get(_key(name, birth))
                if birth
                else by_name_unit.get(_key(name, unit.id))
            )
            if data.cccd:
                candidates = [c for c in candidates if c not in has_cccd]
            if len(candidates) == 1:
                person_id = candidates[0]
                old = repo.get(conn, person_id).data
            elif len(candidates) > 1:
                error = problem("people_same_name_birth", count=len(candidates))
        identity = person_id if person_id is not None else _key(name, birth or unit.id)
        if data.cccd and data.cccd in seen_cccd:
            error = problem("same_cccd_as_row", row=seen_cccd[data.cccd])
        elif not data.cccd and identity in seen_person:
            error = problem("same_person_birth_as_row", row=seen_person[identity])
        elif person_id is not None and identity in seen_person:
            error = problem("same_person_as_row", row=seen_person[identity])
        if error is not None:
            preview.append(PreviewRow(row.number, (row.display if show else ()), ERROR, (error,)))
            continue
        if data.cccd:
            seen_cccd[data.cccd] = row.number
        seen_person.setdefault(identity, row.number)
        changes: tuple[str, ...] = ()
        if old is not None:
            data = _merge(old, data, present)
            changes = _diff(old, data, refs)
            action = UPDATE if changes else UNCHANGED
        else:
            action = ADD
        preview.append(PreviewRow(row.number, (row.display if show else ()), action, (), changes))
        if keep:
            planned.append(_Planned(row.number, data, person_id, changes))
    return preview, planned


def preview(ws: Workspace, path: Path, check: bool = True) -> ImportPreview:
    """Parse and (with `check`) check a staff file; nothing is written."""
    rows = sheet.read_staff(path)
    return preview_rows(
        ws, "staff", path, sheet.HEADERS, rows, lambda conn, r: _plan(conn, r, keep=False), check
    )


def _merge(old: PersonInput, new: PersonInput, present: frozenset[str]) -> PersonInput:
    changes: dict[str, object] = {"unit_id": new.unit_id}
    for key in _FIELDS:
        value = getattr(new, key)
        if key in present and value not in ("", None):
            changes[key] = value
    if "full_name" in changes and (
        changes["full_name"] == old.full_name
        or loses_diacritics(old.full_name, str(changes["full_name"]))
    ):
        del changes["full_name"]  # the same name, or the stored one with its marks lost
    if "full_name" in changes:
        changes.update(family_name="", middle_name="", given_name="")
    return replace(old, **changes).validated()  # type: ignore[arg-type]


def commit(ws: Workspace, previewed: ImportPreview, skip_invalid: bool) -> ImportResult:
    """Check again and write in one transaction; all rows, or the valid ones."""
    rows: list[sheet.StaffRow] = previewed.payload
    with ws.db.write() as conn:
        shown, planned = _plan(conn, rows, show=False)
        errors = rows_in_error(shown, skip_invalid)
        repo.insert_many(conn, (p.data for p in planned if p.person_id is None))
        updated = unchanged = 0
        lines: list[str] = []
        for p in steps.current().steps(planned, steps.WRITE):
            if p.person_id is None:
                continue
            if not p.changes:
                unchanged += 1  # nothing written, nothing logged
                continue
            repo.update(conn, p.person_id, p.data)
            updated += 1
            lines += [f"Dòng {p.number} ({p.data.full_name}): {c}" for c in p.changes]
    added = sum(1 for p in planned if p.person_id is None)
    return ImportResult(added, updated, len(errors), tuple(errors), unchanged, tuple(lines))


def _export_rows(conn: Connection) -> list[tuple[object, ...]]:
    refs = UnitRefs(unit_repo.list_all(conn))
    out: list[tuple[object, ...]] = []
    for row in repo.iter_export_with_unit(conn):
        name, birth, sex, cccd, home, res, _unit_name, pos, qual, acad, phone, email, unit_id = row
        b = BirthDate.from_iso(birth)  # type: ignore[arg-type]
        out.append(
            (
                name,
                b.display() if b else "",
                Sex(str(sex)).label if sex else "",
                cccd or "",
                home,
                res,
                refs.label(int(unit_id)),  # type: ignore[call-overload]
                pos,
                qual,
                acad,
                phone,
                email,
            )
        )
    return out


def export(ws: Workspace, path: Path) -> int:
    """Write every person, sorted the Vietnamese way; return how many."""
    with ws.db.read() as conn:
        rows = _export_rows(conn)
    return sheet.write_staff(path, rows)


KINDS = (
    spreadsheet_kind(
        "staff",
        title="Cán bộ - Cá nhân",
        template=sheet.write_staff_template,
        preview_import=preview,
        commit_import=commit,
        export=export,
        read_import=lambda ws, path: preview(ws, path, check=False),
    ),
)
