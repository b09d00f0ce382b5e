"""The change history is paged by event id (keyset): page after page, the same events in the same
order as the OFFSET paging it replaced, read from a real file with a real log."""

from __future__ import annotations

import sqlite3

from desktop.domain.people import PersonInput
from desktop.domain.units import UnitInput
from desktop.services import audit, people, units
from desktop.services.session import Workspace

PAGE = 7


def _offset_pages(
    conn: sqlite3.Connection, where: str, args: tuple[object, ...], oldest_first: bool
) -> list[list[int]]:
    """The event ids page by page as the old query read them (ORDER BY id … LIMIT … OFFSET)."""
    order = "ASC" if oldest_first else "DESC"
    pages, offset = [], 0
    while True:
        ids = [
            r[0]
            for r in conn.execute(
                f"SELECT id FROM audit_event{where} ORDER BY id {order} LIMIT ? OFFSET ?",
                (*args, PAGE, offset),
            )
        ]
        if not ids:
            return pages
        pages.append(ids)
        offset += PAGE


def _keyset_pages(ws: Workspace, oldest_first: bool, **filters: object) -> list[list[int]]:
    pages: list[list[int]] = []
    after = None
    while len(pages) < 100:  # a cursor that did not move would read the same page forever
        rows = audit.history(
            ws,
            limit=PAGE,
            after=after,
            oldest_first=oldest_first,
            **filters,  # type: ignore[arg-type]
        )
        if not rows:
            return pages
        pages.append([e.id for e in rows])
        after = rows[-1].id
    return pages


def test_every_page_holds_the_events_the_offset_paging_held(ws: Workspace) -> None:
    # GIVEN a log of units and people created, changed and deleted (80 events or more)
    unit = units.save(ws, UnitInput("Phòng Tổ chức", code="TC"))
    other = units.save(ws, UnitInput("Phòng Kế hoạch", code="KH"))
    ids = [people.save(ws, PersonInput(f"Nguyễn Văn Số{i}", unit)) for i in range(40)]
    for i, pid in enumerate(ids[:30]):
        people.save(ws, PersonInput(f"Nguyễn Văn Số{i}", other, phone=f"09{i:08d}"), pid)
    for pid in ids[30:35]:
        people.delete(ws, pid)
    uuid = people.get(ws, ids[3]).uuid
    chosen = [people.get(ws, p).uuid for p in ids[:12:3]]
    conn = sqlite3.connect(ws.path)
    try:
        total = conn.execute("SELECT count(*) FROM audit_event").fetchone()[0]
        assert total > 80
        # WHEN it is read page after page, with and without filters, both ways
        cases = [
            ({}, "", ()),
            ({"table": "person"}, " WHERE table_name = ?", ("person",)),
            ({"record_uuid": uuid}, " WHERE record_uuid = ?", (uuid,)),
            (
                {"records": chosen},
                " WHERE record_uuid IN (SELECT value FROM json_each(?))",
                (str(chosen).replace("'", '"'),),
            ),
        ]
        for filters, where, args in cases:
            for oldest_first in (False, True):
                old = _offset_pages(conn, where, args, oldest_first)
                # THEN each page is the page the old query gave, in its order
                assert _keyset_pages(ws, oldest_first, **filters) == old, (filters, oldest_first)
                assert old  # every case reads something
        assert sum(len(p) for p in _offset_pages(conn, "", (), False)) == total
    finally:
        conn.close()
