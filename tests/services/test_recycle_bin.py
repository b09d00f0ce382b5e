"""Recycle bin: delete → restore gives back every row as it was; refusals; purge by administrators."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop.domain.accounts import Role
from desktop.domain.errors import ConflictError, NotFoundError
from desktop.domain.people import PersonInput
from desktop.domain.proposals import BatchInput
from desktop.domain.ratings import PersonRatingInput, Rating, UnitRatingInput
from desktop.domain.recycle_bin import BinKind
from desktop.domain.units import UnitInput
from desktop.services import (
    accounts,
    audit,
    backups,
    demo,
    eligibility,
    initiatives,
    movements,
    people,
    proposals,
    ratings,
    recycle_bin,
    reports,
    search,
    units,
)
from desktop.services.session import Workspace

PASSWORD = "mat-khau-dai-2026"
# Tables not compared: the log and the bin itself change by design; FTS keeps its own pages
# (its content is compared through a query instead).
SKIP = ("audit_event", "audit_pending", "audit_seal", "recycle_bin")


def dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every data table, and the search index's content."""
    with closing(sqlite3.connect(path)) as c:
        names = [
            n
            for (n,) in c.execute(
                "SELECT name FROM sqlite_schema WHERE type='table' AND name NOT LIKE 'sqlite_%'"
                " AND name NOT LIKE 'person_fts%'"
            )
            if n not in SKIP
        ]
        out = {n: c.execute(f'SELECT * FROM "{n}" ORDER BY rowid').fetchall() for n in names}
        out["person_fts"] = c.execute("SELECT rowid, * FROM person_fts ORDER BY rowid").fetchall()
    return out


def checks_pass(ws: Workspace) -> None:
    assert audit.verify(ws) == []
    assert backups.check(ws) == []


@pytest.fixture
def office(ws: Workspace) -> Workspace:
    demo.fill(ws, people=60, seed=2)
    return ws


def _new_person(ws: Workspace) -> tuple[int, int]:
    """A new person (no history yet), in a new unit; (person, unit)."""
    unit = units.save(ws, UnitInput(name="Phòng Kiểm tra nội bộ"))
    pid = people.save(ws, PersonInput(full_name="Trịnh Thị Thùy Dương", unit_id=unit))
    return pid, unit


def _draft(ws: Workspace) -> int:
    return next(b.id for b in proposals.list_batches(ws) if b.state == "du_thao")


def _round_trip(ws: Workspace, kind: BinKind, delete: Any, record_id: int) -> int:
    """Delete, check the bin entry, restore; the row count of the entry."""
    before = dump(ws.path)
    delete()
    assert dump(ws.path) != before
    [entry] = recycle_bin.entries(ws)
    assert entry.kind is kind and entry.record_id == record_id
    assert entry.deleted_by == ws.db.actor.user and entry.label
    checks_pass(ws)
    restored = recycle_bin.restore(ws, entry.id)
    assert restored.id == entry.id
    assert dump(ws.path) == before
    assert recycle_bin.entries(ws) == []
    checks_pass(ws)
    return entry.row_count


def test_person_round_trip_leaves_lists_search_and_eligibility(office: Workspace) -> None:
    ws = office
    pid, _ = _new_person(ws)
    for year in (2024, 2025):  # yearly ratings go to the bin with the person, and come back
        ratings.set_person_rating(ws, PersonRatingInput(pid, year, Rating.EXCELLENT))

    def visible() -> tuple[bool, bool, bool]:
        listed = pid in people.query_ids(ws, people.make_query("Thùy Dương"))
        found = any(h.kind == "person" and h.id == pid for h in search.find(ws, "thuy duong"))
        judged = any(
            r.subject_kind == "person" and r.subject_id == pid
            for r in eligibility.evaluate(ws, 2025)
        )
        return listed, found, judged

    assert visible() == (True, True, True)
    count = people.count(ws)
    before = dump(ws.path)
    people.delete(ws, pid)
    assert visible() == (False, False, False)
    assert people.count(ws) == count - 1
    [entry] = recycle_bin.entries(ws)
    assert entry.label == "Trịnh Thị Thùy Dương (Phòng Kiểm tra nội bộ)"
    assert entry.row_count == 3 and entry.dependents == 2  # the person and two ratings
    checks_pass(ws)
    recycle_bin.restore(ws, entry.id)
    assert visible() == (True, True, True)
    assert dump(ws.path) == before
    checks_pass(ws)


def test_unit_round_trip(office: Workspace) -> None:
    ws = office
    unit = units.save(ws, UnitInput(name="Tổ Công nghệ thông tin"))
    ratings.set_unit_rating(ws, UnitRatingInput(unit, 2025, Rating.GOOD))
    rows = _round_trip(ws, BinKind.UNIT, lambda: units.delete(ws, unit), unit)
    assert rows == 2  # the unit and its rating
    assert any(h.id == unit for h in search.find(ws, "cong nghe thong tin"))


def test_movement_round_trip_puts_back_links_and_report_counts(office: Workspace) -> None:
    ws = office
    [movement] = movements.list_movements(ws)
    mid = movement.id
    year = 2023
    figures = dict((k, now) for k, now, _ in reports.dashboard(ws, year).figures)
    assert figures["movements"] == 1
    linked = [
        i
        for i in initiatives.query_ids(ws, initiatives.make_query(ws))
        if initiatives.get(ws, i).data.movement_id == mid
    ]
    assert linked

    def delete() -> None:
        movements.delete(ws, mid)
        assert movements.list_movements(ws) == []
        assert initiatives.get(ws, linked[0]).data.movement_id is None
        gone = dict((k, now) for k, now, _ in reports.dashboard(ws, year).figures)
        assert gone["movements"] == 0 and gone["people"] == 0

    rows = _round_trip(ws, BinKind.MOVEMENT, delete, mid)
    assert rows > 500  # registrations, scores, contributions, groups, criteria, ...
    assert initiatives.get(ws, linked[0]).data.movement_id == mid
    assert dict((k, now) for k, now, _ in reports.dashboard(ws, year).figures) == figures


def test_initiative_round_trip_with_authors_and_files(office: Workspace) -> None:
    ws = office
    used = set()
    for b in proposals.list_batches(ws):
        for n in proposals.nominees(ws, b.id):
            used.update(n.data.initiative_ids)
    iid = next(
        i
        for i in initiatives.query_ids(ws, initiatives.make_query(ws))
        if initiatives.attachments(ws, i) and i not in used
    )
    count = initiatives.count(ws)

    def delete() -> None:
        initiatives.delete(ws, iid)
        assert initiatives.count(ws) == count - 1
        with pytest.raises(NotFoundError):
            initiatives.get(ws, iid)

    rows = _round_trip(ws, BinKind.INITIATIVE, delete, iid)
    assert rows >= 3  # the initiative, an author, a file
    assert initiatives.attachments(ws, iid)


def test_batch_round_trip(office: Workspace) -> None:
    ws = office
    draft = _draft(ws)
    n = len(proposals.nominees(ws, draft))
    rows = _round_trip(ws, BinKind.BATCH, lambda: proposals.delete_batch(ws, draft), draft)
    assert rows >= 1 + n
    assert len(proposals.nominees(ws, draft)) == n


def test_refusals_stay_and_leave_the_bin_empty(office: Workspace) -> None:
    ws = office
    first = initiatives.query_ids(ws, initiatives.make_query(ws))[0]
    author = initiatives.get(ws, first).authors[0]
    with pytest.raises(ConflictError) as info:
        people.delete(ws, author.person_id)
    assert info.value.code == "person_in_use"
    # a person proposed (and awarded) in a decided batch: official records stay
    decided = next(b.id for b in proposals.list_batches(ws) if b.state != "du_thao")
    holder = proposals.nominees(ws, decided)[0].data.person_id
    assert holder is not None
    with pytest.raises(ConflictError) as info:
        people.delete(ws, holder)
    assert info.value.code == "person_in_use"
    assert recycle_bin.entries(ws) == []
    checks_pass(ws)


def test_restore_refused_when_the_unit_was_purged(office: Workspace) -> None:
    ws = office
    pid, unit = _new_person(ws)
    people.delete(ws, pid)
    units.delete(ws, unit)
    unit_entry, person_entry = recycle_bin.entries(ws)
    assert unit_entry.kind is BinKind.UNIT  # newest first
    recycle_bin.purge(ws, unit_entry.id)
    before = dump(ws.path)
    with pytest.raises(ConflictError) as info:
        recycle_bin.restore(ws, person_entry.id)
    assert info.value.code == "restore_parent_gone"
    assert "đơn vị" in info.value.message and "Trịnh Thị Thùy Dương" in info.value.message
    assert dump(ws.path) == before
    assert recycle_bin.entries(ws) == [person_entry]
    checks_pass(ws)


def test_a_deleted_persons_id_is_not_given_out_again_and_comes_back(ws: Workspace) -> None:
    unit = units.save(ws, UnitInput(name="Văn phòng"))
    first = people.save(ws, PersonInput(full_name="Phan Văn Khải", unit_id=unit))
    pid = people.save(ws, PersonInput(full_name="Lê Văn Bình", unit_id=unit))
    assert pid > first  # the highest id
    people.delete(ws, pid)
    again = people.save(ws, PersonInput(full_name="Lê Văn Bảo", unit_id=unit))
    assert again > pid  # not the deleted person's id
    [entry] = recycle_bin.entries(ws)
    restored = recycle_bin.restore(ws, entry.id)
    assert restored.record_id == pid == entry.record_id
    assert people.get(ws, pid).data.full_name == "Lê Văn Bình"
    assert people.get(ws, pid).data.unit_id == unit
    assert people.get(ws, again).data.full_name == "Lê Văn Bảo"
    hits = [h.id for h in search.find(ws, "le van binh") if h.kind == "person"]
    assert hits == [pid]
    assert recycle_bin.entries(ws) == []
    checks_pass(ws)


def test_a_batch_comes_back_under_its_ids_with_its_nominees(office: Workspace) -> None:
    ws = office
    draft = _draft(ws)
    old = proposals.get_batch(ws, draft)
    kept = sorted((n.id, n.name, n.data.award_code) for n in proposals.nominees(ws, draft))
    assert kept
    proposals.delete_batch(ws, draft)
    # a new batch and a nominee made meanwhile take new ids
    newer = proposals.create_batch(ws, BatchInput("Đợt bổ sung", old.kind, old.year))
    first = proposals.nominees(ws, _decided(ws))[0].data
    added = proposals.add_nominee(ws, newer, first)
    assert newer > draft and added > max(k[0] for k in kept)
    [entry] = recycle_bin.entries(ws)
    assert recycle_bin.restore(ws, entry.id).record_id == draft
    assert proposals.get_batch(ws, draft).title == old.title
    assert sorted((n.id, n.name, n.data.award_code) for n in proposals.nominees(ws, draft)) == kept
    assert [n.id for n in proposals.nominees(ws, newer)] == [added]
    checks_pass(ws)


def _decided(ws: Workspace) -> int:
    return next(b.id for b in proposals.list_batches(ws) if b.state != "du_thao")


def test_purge_needs_an_administrator(ws: Workspace) -> None:
    unit = units.save(ws, UnitInput(name="Văn phòng"))
    ids = [
        people.save(ws, PersonInput(full_name=name, unit_id=unit))
        for name in ("Phan Văn Khải", "Đỗ Thị Hoa", "Lê Văn Bình")
    ]
    for pid in ids:
        people.delete(ws, pid)
    accounts.create_account(ws, "quantri", PASSWORD, Role.ADMIN)
    accounts.create_account(ws, "canbo", PASSWORD, Role.OFFICER)
    accounts.create_account(ws, "lanhdao", PASSWORD, Role.VIEWER)
    newest, middle, oldest = recycle_bin.entries(ws)
    # an officer restores but does not purge
    accounts.login(ws, "canbo", PASSWORD)
    with pytest.raises(ConflictError) as info:
        recycle_bin.purge(ws, newest.id)
    assert info.value.code == "admin_only"
    with pytest.raises(ConflictError):
        recycle_bin.purge_all(ws)
    recycle_bin.restore(ws, newest.id)
    # a read-only account does neither
    accounts.login(ws, "lanhdao", PASSWORD)
    with pytest.raises(ConflictError):
        recycle_bin.purge(ws, middle.id)
    with pytest.raises(ConflictError) as info:
        recycle_bin.restore(ws, middle.id)
    assert info.value.code == "read_only_role"
    assert len(recycle_bin.entries(ws)) == 2
    # the administrator purges one, then all
    accounts.login(ws, "quantri", PASSWORD)
    assert recycle_bin.purge(ws, middle.id).label.startswith("Đỗ Thị Hoa")
    assert recycle_bin.purge_all(ws) == 1
    assert recycle_bin.entries(ws) == []
    with pytest.raises(NotFoundError):
        recycle_bin.restore(ws, oldest.id)
    history = audit.history(ws, table="recycle_bin")
    assert {e.user for e in history if e.action == "delete"} == {"canbo", "quantri"}
    checks_pass(ws)


def test_delete_restore_purge_keeps_the_file_checks_green(office: Workspace) -> None:
    ws = office
    draft = _draft(ws)
    title = proposals.get_batch(ws, draft).title
    proposals.delete_batch(ws, draft)
    [movement] = movements.list_movements(ws)
    movements.delete(ws, movement.id)
    [m_entry, b_entry] = recycle_bin.entries(ws)
    recycle_bin.restore(ws, b_entry.id)
    checks_pass(ws)
    recycle_bin.purge(ws, m_entry.id)
    checks_pass(ws)
    assert movements.list_movements(ws) == []
    assert proposals.get_batch(ws, draft).title == title
    assert reports.dashboard(ws, date.today().year).figures


def test_a_link_to_a_purged_movement_comes_back_empty(office: Workspace) -> None:
    ws = office
    [movement] = movements.list_movements(ws)
    used = {
        i
        for b in proposals.list_batches(ws)
        for n in proposals.nominees(ws, b.id)
        for i in n.data.initiative_ids
    }
    iid = next(
        i
        for i in initiatives.query_ids(ws, initiatives.make_query(ws, movement_id=movement.id))
        if i not in used
    )
    initiatives.delete(ws, iid)
    movements.delete(ws, movement.id)
    m_entry, i_entry = recycle_bin.entries(ws)
    recycle_bin.purge(ws, m_entry.id)
    # the initiative comes back, as deleting the movement would have left it: without the link
    recycle_bin.restore(ws, i_entry.id)
    assert initiatives.get(ws, iid).data.movement_id is None
    checks_pass(ws)


def test_a_person_comes_back_into_the_unit_restored_before_it(ws: Workspace) -> None:
    unit = units.save(ws, UnitInput(name="Phòng Thử nghiệm"))
    pid = people.save(ws, PersonInput(full_name="Nguyễn Văn Thử", unit_id=unit))
    people.delete(ws, pid)
    units.delete(ws, unit)
    other = units.save(ws, UnitInput(name="Phòng Khác hẳn"))
    assert other > unit  # the deleted unit's id stays free
    unit_entry, person_entry = recycle_bin.entries(ws)
    with pytest.raises(ConflictError) as info:
        recycle_bin.restore(ws, person_entry.id)
    assert info.value.code == "restore_parent_gone"
    assert recycle_bin.entries(ws) == [unit_entry, person_entry]
    assert recycle_bin.restore(ws, unit_entry.id).record_id == unit
    assert recycle_bin.restore(ws, person_entry.id).record_id == pid
    assert people.get(ws, pid).data.unit_id == unit
    assert units.get(ws, unit).name == "Phòng Thử nghiệm"
    checks_pass(ws)


def test_a_purged_movements_id_is_not_given_out_again(
    office: Workspace,
) -> None:
    ws = office
    [movement] = movements.list_movements(ws)
    used = {
        i
        for b in proposals.list_batches(ws)
        for n in proposals.nominees(ws, b.id)
        for i in n.data.initiative_ids
    }
    iid = next(
        i
        for i in initiatives.query_ids(ws, initiatives.make_query(ws, movement_id=movement.id))
        if i not in used
    )
    copy = movements.copy_from(ws, movement.id, date(2031, 1, 1), "Phong trào mới")
    initiatives.delete(ws, iid)
    movements.delete(ws, movement.id)
    m_entry, i_entry = recycle_bin.entries(ws)
    recycle_bin.purge(ws, m_entry.id)
    newer = movements.save(ws, copy)
    assert newer > movement.id  # the purged movement's id stays unused
    recycle_bin.restore(ws, i_entry.id)
    assert initiatives.get(ws, iid).data.movement_id is None
    checks_pass(ws)


def test_a_kept_link_goes_back_to_its_own_row(office: Workspace) -> None:
    ws = office
    [movement] = movements.list_movements(ws)
    used = {
        i
        for b in proposals.list_batches(ws)
        for n in proposals.nominees(ws, b.id)
        for i in n.data.initiative_ids
    }
    linked = initiatives.query_ids(ws, initiatives.make_query(ws, movement_id=movement.id))
    iid = max(i for i in initiatives.query_ids(ws, initiatives.make_query(ws)) if i not in used)
    assert iid in linked
    data = initiatives.get(ws, iid).data
    other = next(i for i in linked if i != iid and i not in used)
    movements.delete(ws, movement.id)  # the initiatives stay, their links kept in the bin
    initiatives.delete(ws, iid)
    newer = initiatives.save(ws, replace(data, title="Sáng kiến khác", movement_id=None))
    assert newer > iid
    i_entry, m_entry = recycle_bin.entries(ws)
    recycle_bin.restore(ws, m_entry.id)
    assert initiatives.get(ws, other).data.movement_id == movement.id
    assert initiatives.get(ws, newer).data.movement_id is None
    recycle_bin.restore(ws, i_entry.id)
    assert initiatives.get(ws, iid).data.movement_id is None  # deleted while the link was away
    checks_pass(ws)


def test_an_initiative_grounding_a_nominee_is_refused_with_a_message(office: Workspace) -> None:
    ws = office
    batch = _decided(ws)
    iid = next(i for n in proposals.nominees(ws, batch) for i in n.data.initiative_ids)
    before = dump(ws.path)
    with pytest.raises(ConflictError) as info:
        initiatives.delete(ws, iid)
    assert info.value.code == "initiative_in_use"
    assert proposals.get_batch(ws, batch).title in info.value.message
    assert dump(ws.path) == before
    assert recycle_bin.entries(ws) == []


def test_a_damaged_bin_entry_is_refused_with_a_message(ws: Workspace) -> None:
    pid, _ = _new_person(ws)
    people.delete(ws, pid)
    [entry] = recycle_bin.entries(ws)
    with closing(sqlite3.connect(ws.path)) as c, c:  # a bit flipped by a disk or another tool
        (payload,) = c.execute("SELECT payload FROM recycle_bin").fetchone()
        c.execute("UPDATE recycle_bin SET payload = ?", (payload[:-1] + bytes([payload[-1] ^ 1]),))
    with pytest.raises(ConflictError) as info:
        recycle_bin.restore(ws, entry.id)
    assert info.value.code == "restore_damaged"
    assert recycle_bin.entries(ws) == [entry]
    with pytest.raises(NotFoundError):
        people.get(ws, pid)
