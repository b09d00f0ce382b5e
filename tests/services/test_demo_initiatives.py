"""Demo initiatives: about 60 over four years, linked to demo people, mostly recognised."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from desktop.domain.initiatives import RecognitionStatus, Scope
from desktop.services import demo, initiatives
from desktop.services.session import Workspace


def _snapshot(ws: Workspace) -> list[tuple[object, ...]]:
    ids = initiatives.query_ids(ws, initiatives.make_query(ws))
    rows = initiatives.table_rows(ws, ids)
    return [
        (r.title, r.year, r.status, r.scope, r.authors, r.decision_number) for r in rows.values()
    ]


def test_demo_initiatives(tmp_path: Path) -> None:
    ws = Workspace.open(tmp_path / "demo.db")
    try:
        demo.fill(ws, people=150, seed=5)
        rows = _snapshot(ws)
        assert 55 <= len(rows) <= 70
        assert {r[1] for r in rows} == {2022, 2023, 2024, 2025}
        by = Counter((r[2], r[3]) for r in rows)
        assert by[(RecognitionStatus.RECOGNISED, Scope.BASE)] >= 20
        assert 1 <= by[(RecognitionStatus.RECOGNISED, Scope.PROVINCE)] <= 5
        assert by[(RecognitionStatus.PROPOSED, None)] >= 3
        assert by[(RecognitionStatus.NOT_RECOGNISED, None)] >= 1
        assert all(r[4] for r in rows)  # every one has authors among the demo people
        assert all(r[5] for r in rows if r[2] is RecognitionStatus.RECOGNISED)
        some = initiatives.query_ids(ws, initiatives.make_query(ws))[0]
        author = initiatives.get(ws, some).authors[0].person_id
        assert initiatives.for_person(ws, author)
    finally:
        ws.close()
    again = Workspace.open(tmp_path / "again.db")
    try:
        demo.fill(again, people=150, seed=5)
        assert sorted(map(str, _snapshot(again))) == sorted(map(str, rows))
    finally:
        again.close()
