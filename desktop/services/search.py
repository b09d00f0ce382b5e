"""Global search over people and units (diacritic-insensitive, word starts)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.identity import BirthDate
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
        ids = people_repo.query_ids(conn, people_repo.PersonQuery(tuple(tokens)))[:limit]
        rows = people_repo.table_rows(conn, ids)
        for pid in ids:
            r = rows[pid]
            b = BirthDate.from_iso(r[3])
            hits.append(Hit("person", pid, r[1], r[5], r[4] or "", b.display() if b else ""))
    return hits[:limit]
