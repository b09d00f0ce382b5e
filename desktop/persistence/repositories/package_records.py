"""Records carried by exchange packages: read out of one office's file with their references as
uuids, and planned / written into another's, matched by uuid, then by a natural key (CCCD for a
person, person and year for a rating …).

Each kind of record is a `Spec`: its table, the fields carried, the references (to other
records of the package or already in the file, by uuid) and the fields derived on insert. The
plan and the write are one walk (`merge`): with `write=False` nothing is written and new
records get stand-in ids, so the preview shows exactly what the write would do.
"""

from __future__ import annotations

import sqlite3
import uuid as uuidlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.domain import progress as steps
from desktop.domain.packages import FieldChange, PackageRefused, RecordChange
from desktop.domain.text import NameParts, clean, fold, name_sort_key, split_name, text_sort_key
from desktop.persistence import constraints
from desktop.persistence.constraints import Broken
from desktop.persistence.db import now_iso
from desktop.persistence.repositories.initiatives import title_fold

Row = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Spec:
    """How one kind of record travels."""

    key: str  # name in records.json
    table: str
    fields: tuple[str, ...]  # carried and compared
    refs: tuple[tuple[str, str, str], ...] = ()  # (json name, column, referenced spec key)
    insert_only: tuple[tuple[str, object], ...] = ()  # (column, value) set on insert only
    kept: tuple[str, ...] = ()  # carried, set on insert, never changed on a record here
    natural: Callable[[sqlite3.Connection, Row], tuple[int, str] | None] | None = None
    derived: Callable[[Row], dict[str, object]] | None = None
    label: Callable[[Row], str] = lambda r: str(r.get("uuid", ""))
    stamps: tuple[str, ...] = ()  # set to now on insert (updated_at also on update)


def _person_derived(r: Row) -> dict[str, object]:
    parts = NameParts(
        r.get("family_name") or "", r.get("middle_name") or "", r.get("given_name") or ""
    )
    if not parts.given or parts.full != r["full_name"]:
        parts = split_name(r["full_name"])
    return {
        "family_name": parts.family,
        "middle_name": parts.middle,
        "given_name": parts.given,
        "name_fold": fold(r["full_name"]),
        "sort_key": name_sort_key(parts),
    }


def _one(
    conn: sqlite3.Connection, sql: str, params: Sequence[object], how: str
) -> tuple[int, str] | None:
    row = conn.execute(sql, params).fetchone()
    return (int(row[0]), how) if row else None


def _by_cccd(conn: sqlite3.Connection, r: Row) -> tuple[int, str] | None:
    if not r.get("cccd"):
        return None
    return _one(conn, "SELECT id FROM person WHERE cccd = ?", (r["cccd"],), "cccd")


def _rating_key(
    table: str, col: str
) -> Callable[[sqlite3.Connection, Row], tuple[int, str] | None]:
    def find(conn: sqlite3.Connection, r: Row) -> tuple[int, str] | None:
        if r.get(col) is None or r[col] < 0:
            return None
        return _one(
            conn, f"SELECT id FROM {table} WHERE {col} = ? AND year = ?", (r[col], r["year"]), "key"
        )

    return find


def _award_key(conn: sqlite3.Connection, r: Row) -> tuple[int, str] | None:
    subject = "person_id" if r.get("person_id") is not None else "unit_id"
    if r.get(subject) is None or r[subject] < 0:
        return None
    what, value = (
        ("award_code", r["award_code"]) if r.get("award_code") else ("award_name", r["award_name"])
    )
    return _one(
        conn,
        f"SELECT id FROM award_record WHERE {subject} = ? AND year = ? AND {what} = ?",
        (r[subject], r["year"], value),
        "key",
    )


def _author_key(conn: sqlite3.Connection, r: Row) -> tuple[int, str] | None:
    if r["initiative_id"] < 0 or r["person_id"] < 0:
        return None
    return _one(
        conn,
        "SELECT id FROM initiative_author WHERE initiative_id = ? AND person_id = ?",
        (r["initiative_id"], r["person_id"]),
        "key",
    )


def _quota_key(conn: sqlite3.Connection, r: Row) -> tuple[int, str] | None:
    if r["movement_id"] < 0:
        return None
    return _one(
        conn,
        "SELECT id FROM movement_quota WHERE movement_id = ? AND award_code = ? AND subject_kind = ?",
        (r["movement_id"], r["award_code"], r["subject_kind"]),
        "key",
    )


_PERSON_FIELDS = (
    "full_name", "family_name", "middle_name", "given_name", "sex", "birth_date", "cccd",
    "hometown", "residence", "position", "party_position", "union_position", "qualification",
    "academic_title", "status",
)  # fmt: skip
_INITIATIVE_FIELDS = (
    "title", "kind", "field", "year", "summary", "benefit", "benefit_value", "status",
    "recognising_body", "decision_number", "decision_date", "scope",
)  # fmt: skip

UNIT = Spec(
    "units",
    "unit",
    ("name", "code", "kind", "address"),
    refs=(("parent", "parent_id", "units"),),
    kept=("internal", "active"),
    derived=lambda r: {"name_fold": fold(r["name"]), "sort_key": text_sort_key(r["name"])},
    label=lambda r: r["name"],
    stamps=("created_at", "updated_at"),
)
PERSON = Spec(
    "people",
    "person",
    _PERSON_FIELDS,
    refs=(("unit", "unit_id", "units"),),
    insert_only=(("phone", ""), ("email", "")),
    natural=_by_cccd,
    derived=_person_derived,
    label=lambda r: r["full_name"] + (f" (CCCD {r['cccd']})" if r.get("cccd") else ""),
    stamps=("created_at", "updated_at"),
)
PERSON_RATING = Spec(
    "person_ratings",
    "person_rating",
    (
        "year",
        "rating",
        "discipline",
        "discipline_decision",
        "discipline_from",
        "discipline_to",
        "note",
    ),
    refs=(("person", "person_id", "people"),),
    natural=_rating_key("person_rating", "person_id"),
    label=lambda r: f"Xếp loại năm {r['year']}",
    stamps=("updated_at",),
)
UNIT_RATING = Spec(
    "unit_ratings",
    "unit_rating",
    ("year", "rating", "note"),
    refs=(("unit", "unit_id", "units"),),
    natural=_rating_key("unit_rating", "unit_id"),
    label=lambda r: f"Xếp loại đơn vị năm {r['year']}",
    stamps=("updated_at",),
)
AWARD = Spec(
    "awards",
    "award_record",
    (
        "subject_kind",
        "household_name",
        "year",
        "award_code",
        "award_name",
        "decision_number",
        "decision_date",
        "issuer",
    ),
    refs=(("person", "person_id", "people"), ("unit", "unit_id", "units")),
    natural=_award_key,
    label=lambda r: f"{r['award_name']} năm {r['year']}",
    stamps=("created_at",),
)
INITIATIVE = Spec(
    "initiatives",
    "initiative",
    _INITIATIVE_FIELDS,
    refs=(("unit", "unit_id", "units"),),
    insert_only=(("used_for_award", ""), ("used_for_ref", "")),
    derived=lambda r: {"title_fold": title_fold(r["title"]), "sort_key": text_sort_key(r["title"])},
    label=lambda r: r["title"],
    stamps=("created_at", "updated_at"),
)
AUTHOR = Spec(
    "initiative_authors",
    "initiative_author",
    ("share", "position"),
    refs=(("initiative", "initiative_id", "initiatives"), ("person", "person_id", "people")),
    natural=_author_key,
    label=lambda r: "Tác giả sáng kiến",
)
MOVEMENT = Spec(
    "movements",
    "movement",
    (
        "name",
        "kind",
        "start_date",
        "end_date",
        "basis_number",
        "basis_date",
        "basis_issuer",
        "plan_number",
        "plan_date",
        "plan_issuer",
        "purpose",
        "requirements",
    ),
    derived=lambda r: {"name_fold": fold(r["name"])},
    label=lambda r: r["name"],
    stamps=("created_at", "updated_at"),
)


def _part(
    key: str, table: str, fields: tuple[str, ...], shown: str, parent: str = "movement"
) -> Spec:
    """A part of a movement plan (its parent the movement, or a group for a criterion)."""
    ref = (parent, f"{parent}_id", "movements" if parent == "movement" else "movement_groups")
    return Spec(key, table, fields, refs=(ref,), label=lambda r: str(r[shown]))


TARGET = _part(
    "movement_targets",
    "movement_target",
    ("position", "description", "target_value", "unit_label"),
    "description",
)
GROUP = _part("movement_groups", "movement_group", ("position", "kind", "name"), "name")
CRITERION = _part(
    "movement_criteria", "movement_criterion", ("position", "text", "max_score"), "text", "group"
)
AWARD_FORM = _part(
    "movement_award_forms", "movement_award_form", ("position", "name", "catalog_key"), "name"
)
MILESTONE = _part(
    "movement_milestones", "movement_milestone", ("kind", "title", "due_date"), "title"
)
QUOTA = Spec(
    "movement_quotas",
    "movement_quota",
    ("award_code", "subject_kind", "percent", "max_count"),
    refs=(("movement", "movement_id", "movements"),),
    natural=_quota_key,
    label=lambda r: f"Chỉ tiêu {r['award_code']}",
)

PEOPLE_SPECS = (UNIT, PERSON, PERSON_RATING, UNIT_RATING, AWARD, INITIATIVE, AUTHOR)
MOVEMENT_SPECS = (MOVEMENT, TARGET, GROUP, CRITERION, AWARD_FORM, MILESTONE, QUOTA)
TABLE_LABELS = {
    "unit": "Đơn vị",
    "person": "Cá nhân",
    "person_rating": "Xếp loại, kỷ luật",
    "unit_rating": "Xếp loại đơn vị",
    "award_record": "Khen thưởng đã có",
    "initiative": "Sáng kiến",
    "initiative_author": "Tác giả sáng kiến",
    "movement": "Phong trào",
    "movement_target": "Chỉ tiêu",
    "movement_group": "Đối tượng thi đua",
    "movement_criterion": "Tiêu chí",
    "movement_award_form": "Hình thức khen thưởng",
    "movement_milestone": "Mốc sơ kết, tổng kết",
    "movement_quota": "Tỷ lệ khen thưởng",
}


# ---------------------------------------------------------------- reading out


def _columns(spec: Spec) -> list[str]:
    return ["uuid", *spec.fields, *spec.kept, *(col for _, col, _ in spec.refs)]


def export(
    conn: sqlite3.Connection, spec: Spec, ids: Iterable[int], uuid_of: dict[str, dict[int, str]]
) -> list[Row]:
    """The records of `spec` with these ids, references written as uuids (looked up in
    `uuid_of[spec key]`, filled as records are read; read parents first)."""
    wanted = sorted(set(ids))
    cols = ["id", *_columns(spec)]
    out: list[Row] = []
    own = uuid_of.setdefault(spec.key, {})
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for values in conn.execute(
            f"SELECT {', '.join(cols)} FROM {spec.table} WHERE id IN ({marks}) ORDER BY id", chunk
        ):
            r = dict(zip(cols, values, strict=True))
            own[r["id"]] = r["uuid"]
            out.append(r)
    for r in out:
        del r["id"]
        for name, col, target in spec.refs:
            ref = r.pop(col)
            r[name] = None if ref is None else _uuid_of(conn, target, ref, uuid_of)
    return out


_TABLE_OF = {s.key: s.table for s in (*PEOPLE_SPECS, *MOVEMENT_SPECS)}


def _uuid_of(
    conn: sqlite3.Connection, key: str, ref: int, uuid_of: dict[str, dict[int, str]]
) -> str:
    known = uuid_of.setdefault(key, {})
    if ref not in known:
        row = conn.execute(f"SELECT uuid FROM {_TABLE_OF[key]} WHERE id = ?", (ref,)).fetchone()
        known[ref] = str(row[0]) if row else ""
    return known[ref]


def unit_ancestors(conn: sqlite3.Connection, unit_ids: Iterable[int]) -> set[int]:
    """The units and all their parents."""
    out: set[int] = set()
    todo = [u for u in unit_ids if u is not None]
    while todo:
        uid = todo.pop()
        if uid in out:
            continue
        out.add(uid)
        row = conn.execute("SELECT parent_id FROM unit WHERE id = ?", (uid,)).fetchone()
        if row and row[0] is not None:
            todo.append(int(row[0]))
    return out


# ---------------------------------------------------------------- merging in


@dataclass(slots=True)
class Merge:
    """The walk's result: local ids of the package's records (by spec key and uuid), and what
    is added or changed."""

    ids: dict[str, dict[str, int]] = field(default_factory=dict)
    changes: list[RecordChange] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # people's and units' labels by uuid
    fake_names: dict[int, str] = field(default_factory=dict)  # preview: stand-in id -> label
    _next_fake: int = -1

    def fake_id(self) -> int:
        """A stand-in id for a record not written (preview)."""
        self._next_fake -= 1
        return self._next_fake


def _text(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def _clean_row(spec: Spec, raw: object) -> Row:
    if not isinstance(raw, dict) or not isinstance(raw.get("uuid"), str) or not raw["uuid"]:
        raise PackageRefused(
            "bad_records", f"Gói hồ sơ bị từ chối: một bản ghi {spec.key} không có mã. Chưa ghi gì."
        )
    r: Row = {"uuid": raw["uuid"]}
    for f in (*spec.fields, *spec.kept):
        v = raw.get(f)
        if isinstance(v, str):
            v = clean(v) if "\n" not in v else "\n".join(clean(x) for x in v.split("\n"))
        elif v is not None and not isinstance(v, int | float):
            raise PackageRefused(
                "bad_records",
                f"Gói hồ sơ bị từ chối: trường {f} của một bản ghi {spec.key} không đúng dạng. "
                "Chưa ghi gì.",
            )
        r[f] = v
    for name, _, _ in spec.refs:
        ref = raw.get(name)
        r[name] = ref if isinstance(ref, str) and ref else None
    return r


def _resolve(conn: sqlite3.Connection, merge: Merge, target: str, ref: str | None) -> int | None:
    if ref is None:
        return None
    local = merge.ids.get(target, {}).get(ref)
    if local is not None:
        return local
    row = conn.execute(f"SELECT id FROM {_TABLE_OF[target]} WHERE uuid = ?", (ref,)).fetchone()
    return int(row[0]) if row else None


def merge(
    conn: sqlite3.Connection,
    specs: Sequence[Spec],
    records: dict[str, Any],
    *,
    write: bool,
    result: Merge | None = None,
) -> Merge:
    """Match every record of `records` (by uuid, then natural key) and, with `write`, insert the
    new ones and update the changed fields of the matched ones (the caller's transaction)."""
    result = result or Merge()
    stamp = now_iso()
    # The work's progress hears each record (and so may cancel: the caller's transaction then
    # rolls back whole).
    progress, what = steps.current(), steps.WRITE if write else steps.CHECK
    total = sum(len(x) for x in (records.get(s.key) for s in specs) if isinstance(x, list))
    done = 0
    for spec in specs:
        ids = result.ids.setdefault(spec.key, {})
        raw_rows = records.get(spec.key, [])
        if not isinstance(raw_rows, list):
            raise PackageRefused(
                "bad_records", "Gói hồ sơ bị từ chối: dữ liệu không đúng dạng. Chưa ghi gì."
            )
        rows = [_clean_row(spec, x) for x in raw_rows]
        # Parents before children inside one table (units under units).
        pending = rows
        while pending:
            later = []
            for r in pending:
                self_refs = [n for n, _, t in spec.refs if t == spec.key and r[n] is not None]
                if any(
                    r[n] not in ids and any(o["uuid"] == r[n] for o in pending) for n in self_refs
                ):
                    later.append(r)
                    continue
                progress.report(done, total, what)
                done += 1
                _merge_one(conn, spec, r, result, ids, write, stamp)
            if len(later) == len(pending):  # a cycle: break it (parents left unset)
                for r in later:
                    for n in self_refs:
                        r[n] = None
            pending = later
    return result


def _merge_one(
    conn: sqlite3.Connection,
    spec: Spec,
    r: Row,
    result: Merge,
    ids: dict[str, int],
    write: bool,
    stamp: str,
) -> None:
    values: Row = {f: r[f] for f in spec.fields}
    for name, col, target in spec.refs:
        values[col] = _resolve(conn, result, target, r[name])
    missing = [n for n, col, _ in spec.refs if r[n] is not None and values[col] is None]
    if missing:
        raise PackageRefused(
            "bad_records",
            f"Gói hồ sơ bị từ chối: bản ghi “{spec.label(r)}” tham chiếu một bản ghi không có "
            "trong gói. Chưa ghi gì.",
        )
    found = _one(conn, f"SELECT id FROM {spec.table} WHERE uuid = ?", (r["uuid"],), "uuid")
    if found is None and spec.natural is not None:
        found = spec.natural(conn, {**values, "uuid": r["uuid"]})
    if spec.derived is not None:
        values.update(spec.derived(values))
    label = spec.label(r)
    owners = [
        result.names[r[n]]
        for n, _, t in spec.refs
        if t in ("people", "units") and r[n] in result.names
    ]
    if spec.key in ("people", "units"):
        result.names[r["uuid"]] = label
    elif owners:
        label = f"{label} – {owners[0]}"
    if found is None:
        result.changes.append(RecordChange(spec.table, label, ""))
        if not write:
            ids[r["uuid"]] = result.fake_id()
            result.fake_names[ids[r["uuid"]]] = label
            return
        kept = {f: r[f] for f in spec.kept}
        cols = ["uuid", *values, *kept, *(c for c, _ in spec.insert_only)]
        vals = [r["uuid"], *values.values(), *kept.values(), *(v for _, v in spec.insert_only)]
        cols += list(spec.stamps)
        vals += [stamp] * len(spec.stamps)
        try:
            cur = conn.execute(
                f"INSERT INTO {spec.table} ({', '.join(cols)}) VALUES ({','.join('?' * len(cols))})",
                vals,
            )
        except sqlite3.IntegrityError as exc:
            raise refused_by(exc, spec.table, label) from None
        assert cur.lastrowid is not None
        ids[r["uuid"]] = cur.lastrowid
        return
    local_id, how = found
    ids[r["uuid"]] = local_id
    shown = [c for c in values if c in spec.fields or c in {col for _, col, _ in spec.refs}]
    current = conn.execute(
        f"SELECT {', '.join(shown)} FROM {spec.table} WHERE id = ?", (local_id,)
    ).fetchone()
    diffs = []
    for col, old in zip(shown, current, strict=True):
        new = values[col]
        if _text(old) != _text(new):
            diffs.append(
                FieldChange(
                    col,
                    _ref_text(conn, spec, col, old),
                    _ref_text(conn, spec, col, new, result.fake_names),
                )
            )
    result.changes.append(RecordChange(spec.table, label, how, tuple(diffs)))
    if diffs and write:
        sets = list(values)
        if "updated_at" in spec.stamps:
            values["updated_at"] = stamp
            sets.append("updated_at")
        try:
            conn.execute(
                f"UPDATE {spec.table} SET {', '.join(f'{c} = ?' for c in sets)} WHERE id = ?",
                [values[c] for c in sets] + [local_id],
            )
        except sqlite3.IntegrityError as exc:
            raise refused_by(exc, spec.table, label) from None


def _ref_text(
    conn: sqlite3.Connection,
    spec: Spec,
    col: str,
    value: object,
    fake_names: dict[int, str] | None = None,
) -> str:
    """A reference shown by the name of what it points to (a unit's name, not its id)."""
    for _, c, target in spec.refs:
        if c == col:
            if value is None:
                return ""
            if isinstance(value, int) and value < 0:
                return f"{(fake_names or {}).get(value, '')} (mới trong gói)".lstrip()
            table = _TABLE_OF[target]
            name_col = {"unit": "name", "person": "full_name", "initiative": "title"}.get(
                table, "uuid"
            )
            row = conn.execute(f"SELECT {name_col} FROM {table} WHERE id = ?", (value,)).fetchone()
            return str(row[0]) if row else ""
    return _text(value)


def new_uuid() -> str:
    """A fresh uuid for a record made here."""
    return str(uuidlib.uuid4())


def refused_by(exc: sqlite3.IntegrityError, table: str, label: str = "") -> PackageRefused:
    """A record of a package (a row of `table`) that the file's constraints refuse, the kind
    of rule read from SQLite's error code, never its words (the transaction rolls back)."""
    kind = constraints.broken(exc)
    record = f"bản ghi “{label}”" if label else f"một bản ghi ({table})"
    return PackageRefused(
        "conflict",
        f"Gói hồ sơ bị từ chối: {record} trong gói {_BROKEN_WORDS[kind]}. Chưa ghi gì vào dữ liệu.",
        table=table,
        constraint=kind.value,
    )


_BROKEN_WORDS = {
    Broken.UNIQUE: "trùng khóa với một bản ghi khác của cơ quan",
    Broken.PRIMARY_KEY: "trùng khóa với một bản ghi khác của cơ quan",
    Broken.FOREIGN_KEY: "tham chiếu một bản ghi không có trong dữ liệu của cơ quan",
    Broken.TRIGGER: "mâu thuẫn với các bản ghi đang tham chiếu đến nó",
    Broken.CHECK: "có giá trị trái quy tắc của dữ liệu",
    Broken.NOT_NULL: "thiếu một giá trị bắt buộc",
    Broken.OTHER: "mâu thuẫn với dữ liệu của cơ quan",
}
