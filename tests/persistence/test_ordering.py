"""The cached table order behind the people search gives exactly what ORDER BY in SQL gives,
and never a stale answer after a change (same connection, other connection, rollback)."""

from __future__ import annotations

import sqlite3

import pytest

from desktop.domain.people import PersonInput
from desktop.domain.people_table import PersonQuery, SortColumn
from desktop.persistence.repositories import people as repo
from desktop.services import demo, people, units
from desktop.services.session import Workspace

_ORDER_SQL = {
    SortColumn.NAME: "p.sort_key {d}, p.id {d}",
    SortColumn.SEX: "p.sex {d}, p.sort_key, p.id",
    SortColumn.BIRTH: "p.birth_date {d}, p.sort_key, p.id",
    SortColumn.CCCD: "p.cccd {d}, p.id",
    SortColumn.UNIT: "u.sort_key {d}, p.sort_key, p.id",
    SortColumn.POSITION: "p.position {d}, p.sort_key, p.id",
}


def _reference(conn: sqlite3.Connection, query: PersonQuery) -> list[int]:
    """The plain SQL answer: filter and ORDER BY in one statement."""
    where, params = [], []
    words = [t for t in query.tokens if not t.isdigit()]
    if words:
        where.append("p.id IN (SELECT rowid FROM person_fts WHERE person_fts MATCH ?)")
        params.append(" ".join(f'"{t}"*' for t in words))
    for d in (t for t in query.tokens if t.isdigit()):
        where.append("p.cccd >= ? AND p.cccd < ?")
        params += [d, d + "\uffff"]
    if query.unit_ids is not None:
        where.append(f"p.unit_id IN ({','.join(map(str, query.unit_ids)) or 'NULL'})")
    order = _ORDER_SQL[query.sort].format(d="DESC" if query.descending else "ASC")
    sql = "SELECT p.id FROM person p JOIN unit u ON u.id = p.unit_id"
    if where:
        sql += " WHERE " + " AND ".join(where)
    return [r[0] for r in conn.execute(f"{sql} ORDER BY {order}", params)]


@pytest.fixture
def filled(ws: Workspace) -> Workspace:
    demo.fill(ws, people=600, seed=5)
    return ws


@pytest.mark.parametrize("sort", list(SortColumn))
@pytest.mark.parametrize("descending", [False, True])
def test_same_as_sql_order(filled: Workspace, sort: SortColumn, descending: bool) -> None:
    commune = next(u for u in units.list_units(filled) if u.kind.value == "xa")
    with filled.db.read() as conn:
        for text in ("", "n", "nguyen", "nguyen thi", "huong", "dang", "094", "nguyen 09", "zzz"):
            query = people.make_query(text, sort=sort, descending=descending)
            assert repo.query_ids(conn, query) == _reference(conn, query), text
        for text in ("", "t"):
            query = people.make_query(text, commune.id, ws=filled, sort=sort)
            assert repo.query_ids(conn, query) == _reference(conn, query)


def _new_person(ws: Workspace, name: str) -> PersonInput:
    unit_id = units.list_units(ws)[0].id
    return PersonInput(full_name=name, unit_id=unit_id)


def test_sees_changes_of_the_same_and_of_another_connection(filled: Workspace) -> None:
    query = people.make_query("")
    before = people.query_ids(filled, query)
    added = people.save(filled, _new_person(filled, "Ánh A"))
    after = people.query_ids(filled, query)
    assert added in after and len(after) == len(before) + 1
    assert after[0] == added  # given name "A" sorts before every demo name
    other = Workspace.open(filled.path)
    try:
        second = people.save(other, _new_person(other, "An A"))
    finally:
        other.close()
    latest = people.query_ids(filled, query)
    assert latest[:2] == [second, added]
    people.delete(filled, added)
    assert added not in people.query_ids(filled, query)
    assert added not in people.query_ids(filled, people.make_query("anh"))


def test_rolled_back_rows_are_not_remembered(filled: Workspace) -> None:
    query = people.make_query("")
    before = people.query_ids(filled, query)
    with pytest.raises(RuntimeError), filled.db.write() as conn:
        repo.insert(conn, _new_person(filled, "Tạm Thời").validated())
        assert len(repo.query_ids(conn, query)) == len(before) + 1
        raise RuntimeError("roll back")
    assert people.query_ids(filled, query) == before
