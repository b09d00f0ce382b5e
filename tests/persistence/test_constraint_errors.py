"""Constraint failures on a real migrated file become coded refusals, sorted by SQLite's extended
result code and, where a table has several unique keys, by asking the table which one is held
(never by the words of SQLite's message)."""

from __future__ import annotations

import sqlite3

import pytest

from desktop.domain.awards import CommendationType
from desktop.domain.errors import ConflictError
from desktop.domain.initiatives import AuthorShare, InitiativeInput
from desktop.domain.participation import SponsorshipInput
from desktop.domain.people import PersonInput
from desktop.domain.proposals import BatchInput
from desktop.domain.units import UnitInput
from desktop.persistence import constraints
from desktop.persistence.constraints import Broken
from desktop.persistence.db import coded_error
from desktop.persistence.repositories import initiatives as initiative_repo
from desktop.persistence.repositories import movements as movement_repo
from desktop.persistence.repositories import participation as participation_repo
from desktop.persistence.repositories import people as people_repo
from desktop.services import (
    initiatives,
    movements,
    participation,
    people,
    proposals,
    recycle_bin,
    units,
)
from desktop.services.session import Workspace
from tests.services.movement_data import make_office, plan

CCCD = "001185000111"


def _unit(ws: Workspace) -> int:
    return units.save(ws, UnitInput("Phòng Kế hoạch", code="KH"))


def test_the_kind_comes_from_the_code_not_the_words() -> None:
    lying = coded_error(
        sqlite3.IntegrityError,
        sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY,
        "UNIQUE constraint failed: person.cccd",
    )
    assert constraints.broken(lying) is Broken.FOREIGN_KEY  # type: ignore[arg-type]
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, n TEXT NOT NULL, k INT CHECK (k > 0))")
    for sql, kind in [
        ("INSERT INTO t VALUES (1, NULL, 1)", Broken.NOT_NULL),
        ("INSERT INTO t VALUES (1, 'a', 0)", Broken.CHECK),
    ]:
        with pytest.raises(sqlite3.IntegrityError) as got:
            conn.execute(sql)
        assert constraints.broken(got.value) is kind
    conn.execute("INSERT INTO t VALUES (1, 'a', 1)")
    with pytest.raises(sqlite3.IntegrityError) as twice:
        conn.execute("INSERT INTO t VALUES (1, 'b', 1)")
    assert constraints.broken(twice.value) is Broken.PRIMARY_KEY
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(
        "CREATE TABLE c (id INTEGER PRIMARY KEY, t_id INT REFERENCES t ON DELETE RESTRICT)"
    )
    conn.execute("INSERT INTO c VALUES (1, 1)")
    with pytest.raises(sqlite3.IntegrityError) as restrict:
        conn.execute("DELETE FROM t")
    assert constraints.broken(restrict.value) is Broken.TRIGGER  # SQLite's RESTRICT is a trigger
    with pytest.raises(sqlite3.IntegrityError) as orphan:
        conn.execute("INSERT INTO c VALUES (2, 9)")
    assert constraints.broken(orphan.value) is Broken.FOREIGN_KEY


def test_a_cccd_held_by_another_person_is_refused_with_who_holds_it(ws: Workspace) -> None:
    unit = _unit(ws)
    first = people.save(ws, PersonInput("Nguyễn Thị Hương", unit, cccd=CCCD))
    second = people.save(ws, PersonInput("Trần Văn Bình", unit))
    taken = PersonInput("Lê Thị Lan", unit, cccd=CCCD).validated()
    # Past the service's own check: the repository's refusal itself, on insert, update, many.
    for write in (
        lambda conn: people_repo.insert(conn, taken),
        lambda conn: people_repo.update(conn, second, taken),
        lambda conn: people_repo.insert_many(
            conn, [PersonInput("Phạm Văn An", unit).validated(), taken]
        ),
    ):
        with pytest.raises(ConflictError) as refused, ws.db.write() as conn:
            write(conn)
        assert refused.value.code == "cccd_taken"
        assert dict(refused.value.params) == {
            "cccd": CCCD,
            "name": "Nguyễn Thị Hương",
            "unit": "Phòng Kế hoạch",
        }
    # the person's own number is not "taken" when saved again
    people.save(ws, PersonInput("Nguyễn Thị Hương", unit, cccd=CCCD), first)
    assert len(people.query_ids(ws, people.make_query())) == 2  # nothing half-written


def test_a_person_in_a_unit_that_is_gone_is_refused(ws: Workspace) -> None:
    with pytest.raises(ConflictError) as refused, ws.db.write() as conn:
        people_repo.insert(conn, PersonInput("Nguyễn Thị Hương", 999).validated())
    assert refused.value.code == "unit_missing"


def test_an_initiative_author_twice_or_gone_is_refused(ws: Workspace) -> None:
    unit = _unit(ws)
    pid = people.save(ws, PersonInput("Nguyễn Thị Hương", unit))
    iid = initiatives.save(ws, InitiativeInput("Số hóa hồ sơ", 2025, authors=(AuthorShare(pid),)))
    data = initiatives.get(ws, iid)
    twice = InitiativeInput(
        "Số hóa hồ sơ", 2025, authors=(AuthorShare(pid, 50.0), AuthorShare(pid, 50.0))
    )
    with pytest.raises(ConflictError) as refused, ws.db.write() as conn:
        initiative_repo.update(conn, iid, twice)  # past the domain's own check
    assert refused.value.code == "duplicate_author"
    gone = InitiativeInput("Số hóa hồ sơ", 2025, authors=(AuthorShare(999),)).validated()
    with pytest.raises(ConflictError) as missing, ws.db.write() as conn:
        initiative_repo.update(conn, iid, gone)
    assert missing.value.code == "reference_missing"
    assert initiatives.get(ws, iid) == data  # both rolled back whole


def test_a_sponsorship_twice_is_told_from_a_reference_gone(ws: Workspace) -> None:
    o = make_office(ws)
    participation.add_sponsorship(ws, SponsorshipInput(o.movement, o.finance, o.commune))
    with pytest.raises(ConflictError) as twice:
        participation.add_sponsorship(ws, SponsorshipInput(o.movement, o.finance, o.commune))
    assert twice.value.code == "sponsorship_exists"
    with pytest.raises(ConflictError) as gone, ws.db.write() as conn:
        participation_repo.insert_sponsorship(conn, SponsorshipInput(999, o.finance, o.commune))
    assert gone.value.code == "reference_missing"


def test_a_restore_that_clashes_names_the_key(ws: Workspace) -> None:
    unit = _unit(ws)
    pid = people.save(ws, PersonInput("Nguyễn Thị Hương", unit, cccd=CCCD))
    people.delete(ws, pid)
    people.save(ws, PersonInput("Lê Thị Lan", unit, cccd=CCCD))  # the number given again
    (entry,) = recycle_bin.entries(ws)
    with pytest.raises(ConflictError) as refused:
        recycle_bin.restore(ws, entry.id)
    assert refused.value.code == "restore_conflict"
    assert refused.value.params["constraint"] == "unique"
    assert refused.value.params["columns"] == "cccd"
    assert "số CCCD đã có ở người khác" in refused.value.message
    assert [e.id for e in recycle_bin.entries(ws)] == [entry.id]  # still in the bin


def test_an_unknown_unique_key_falls_back_to_the_coded_integrity_error(ws: Workspace) -> None:
    unit = _unit(ws)
    with ws.db.write() as conn:
        people_repo.insert(conn, PersonInput("Nguyễn Thị Hương", unit).validated(), uuid="u-1")
    with pytest.raises(ConflictError) as refused, ws.db.write() as conn:
        people_repo.insert(conn, PersonInput("Lê Thị Lan", unit).validated(), uuid="u-1")
    assert refused.value.code == "integrity"
    assert refused.value.params["constraint"] == "unique"
    assert len(people.query_ids(ws, people.make_query())) == 1


def _refuse_deletes(ws: Workspace, table: str) -> None:
    """A rule of the file that is no reference: a trigger refusing every delete from `table`,
    its message lying that a foreign key failed (SQLite gives it the TRIGGER code)."""
    with ws.db.write() as conn:
        conn.execute(
            f"CREATE TRIGGER test_no_delete BEFORE DELETE ON {table}"
            " BEGIN SELECT RAISE(ABORT, 'FOREIGN KEY constraint failed'); END"
        )


def test_a_unit_is_in_use_only_when_a_record_refers_to_it(ws: Workspace) -> None:
    # GIVEN a unit an initiative refers to (RESTRICT), and one nothing refers to
    used, free = _unit(ws), units.save(ws, UnitInput("Phòng Hành chính", code="HC"))
    initiatives.save(ws, InitiativeInput("Số hóa hồ sơ", 2025, unit_id=used))
    # WHEN the used one is deleted THEN it is in use, kept
    with pytest.raises(ConflictError) as in_use:
        units.delete(ws, used)
    assert in_use.value.code == "unit_has_records"
    # WHEN a rule that is not a reference refuses the free one THEN that is what is said
    _refuse_deletes(ws, "unit")
    with pytest.raises(ConflictError) as refused:
        units.delete(ws, free)
    assert refused.value.code == "integrity"
    assert refused.value.params["constraint"] == "trigger"
    assert {u.id for u in units.list_units(ws)} >= {used, free}  # nothing deleted


def test_a_movement_is_in_use_only_when_a_record_refers_to_it(ws: Workspace) -> None:
    # GIVEN a movement a proposal batch refers to (RESTRICT), and one nothing refers to
    o = make_office(ws)
    free = movements.save(ws, plan())
    proposals.create_batch(
        ws, BatchInput("Khen thưởng phong trào", CommendationType.MERIT, 2025, o.movement)
    )
    # WHEN the repository deletes the used one (past the service's own count) THEN in use
    with pytest.raises(ConflictError) as in_use, ws.db.write() as conn:
        movement_repo.delete(conn, o.movement)
    assert in_use.value.code == "movement_in_use"
    # WHEN a rule that is not a reference refuses the free one THEN that is what is said
    _refuse_deletes(ws, "movement")
    with pytest.raises(ConflictError) as refused:
        movements.delete(ws, free)
    assert refused.value.code == "integrity"
    assert refused.value.params["constraint"] == "trigger"
    assert movements.get(ws, o.movement) and movements.get(ws, free)  # both still there


def test_a_person_is_in_use_only_when_a_record_refers_to_them(ws: Workspace) -> None:
    # GIVEN a person an initiative names as author (RESTRICT), and one nothing refers to
    unit = _unit(ws)
    used = people.save(ws, PersonInput("Nguyễn Thị Hương", unit))
    free = people.save(ws, PersonInput("Trần Văn Bình", unit))
    initiatives.save(ws, InitiativeInput("Số hóa hồ sơ", 2025, authors=(AuthorShare(used),)))
    # WHEN the used one is deleted THEN they are in use, kept
    with pytest.raises(ConflictError) as in_use:
        people.delete(ws, used)
    assert in_use.value.code == "person_in_use"
    # WHEN a rule that is not a reference refuses the free one THEN that is what is said
    _refuse_deletes(ws, "person")
    with pytest.raises(ConflictError) as refused:
        people.delete(ws, free)
    assert refused.value.code == "integrity"
    assert refused.value.params["constraint"] == "trigger"
    assert set(people.query_ids(ws, people.make_query())) == {used, free}  # nothing deleted
    assert recycle_bin.entries(ws) == []


def test_a_reference_failure_is_in_use_by_its_code(ws: Workspace) -> None:
    unit = _unit(ws)
    conn = ws.db.connection()
    lying = coded_error(
        sqlite3.IntegrityError, sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY, "CHECK constraint failed"
    )
    assert constraints.in_use(conn, lying, "unit", unit)  # type: ignore[arg-type]
    other = coded_error(sqlite3.IntegrityError, sqlite3.SQLITE_CONSTRAINT_UNIQUE, "FOREIGN KEY")
    assert not constraints.in_use(conn, other, "unit", unit)  # type: ignore[arg-type]
    people.save(ws, PersonInput("Nguyễn Thị Hương", unit))
    restrict = coded_error(sqlite3.IntegrityError, sqlite3.SQLITE_CONSTRAINT_TRIGGER, "")
    assert constraints.in_use(conn, restrict, "unit", unit)  # type: ignore[arg-type]
    assert not constraints.referred_to(conn, "unit", 999)
