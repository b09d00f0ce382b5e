"""Global search over people and units (diacritic-insensitive, word starts)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.people_table import PersonQuery
from desktop.domain.text import search_tokens
from desktop.persistence.repositories import people as people_repo
from desktop.persistence.repositories import units as unit_repo
from desktop.services.session import Workspace


@dataclass(frozen=True, slots=True)
class Hit:
    """One search result."""

    kind: str  # "person" or "unit"
    id: int
    name: str
    unit: str
    cccd: str
    birth: str = ""


def find(ws: Workspace, text: str, limit: int = 200) -> list[Hit]:
    """People and units matching the text; units first."""
    tokens = search_tokens(text)
    if not tokens:
        return []
    hits: list[Hit] = []
    with ws.db.read() as conn:
        if not all(t.isdigit() for t in tokens):
            for u in unit_repo.search(conn, tokens, limit):
                hits.append(Hit("unit", u.id, u.name, "", ""))
        ids = people_repo.query_ids(conn, PersonQuery(tuple(tokens)))[:limit]
        rows = people_repo.table_rows(conn, ids)
        for pid in ids:
            r = rows[pid]
            birth = r.birth.display() if r.birth else ""
            hits.append(Hit("person", pid, r.full_name, r.unit_name, r.cccd, birth))
    return hits[:limit]
