"""The council (Hội đồng Thi đua - Khen thưởng) settings of the office: the quorum its
regulation sets for a meeting."""

from __future__ import annotations

from desktop.domain.proposals import Quorum
from desktop.persistence.repositories import meta
from desktop.services.session import Workspace

QUORUM_KEY = "council_quorum"
# No decree sets the quorum of an office's council: its own regulation (quy chế) does. The
# regulations read set "ít nhất 2/3 số thành viên dự họp" (docs/legal-sources.md, "Council and
# routing"); the office changes it to what its own regulation says.
DEFAULT_QUORUM = Quorum(2, 3)


def quorum(ws: Workspace) -> Quorum:
    """The share of members that must attend a meeting (the office's setting, default 2/3)."""
    with ws.db.read() as conn:
        text = meta.get(conn, QUORUM_KEY)
    return Quorum.parse(text) if text else DEFAULT_QUORUM


def set_quorum(ws: Workspace, text: str) -> Quorum:
    """Store the quorum ("2/3", "80%"); return it."""
    q = Quorum.parse(text)
    with ws.db.write() as conn:
        meta.put(conn, QUORUM_KEY, q.text())
    return q
