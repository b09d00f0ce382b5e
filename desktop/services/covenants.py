"""Giao ước thi đua: covenants between units or communes, their commitments and signatories, and
the printed bản giao ước and bản đăng ký thi đua (names as they were on the day of signing)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from desktop.documents import covenant as paper_mod
from desktop.documents.covenant import CovenantPaper, PartyLine
from desktop.domain.covenants import Covenant, CovenantInput
from desktop.persistence.repositories import blocs as bloc_repo
from desktop.persistence.repositories import covenants as repo
from desktop.persistence.repositories import movements as movement_repo
from desktop.persistence.repositories.dated_names import DatedNames
from desktop.services import pdf_files
from desktop.services.session import Workspace


def list_covenants(ws: Workspace) -> list[Covenant]:
    """Every covenant, newest first."""
    with ws.db.read() as conn:
        return repo.list_covenants(conn)


def get(ws: Workspace, covenant_id: int) -> Covenant:
    """One covenant with its parties and commitments."""
    with ws.db.read() as conn:
        return repo.get(conn, covenant_id)


def save(ws: Workspace, data: CovenantInput, covenant_id: int | None = None) -> int:
    """Create or change a covenant with its parties and commitments (one transaction); its id."""
    clean = data.validated()
    with ws.db.write() as conn:
        if clean.bloc_id is not None:
            bloc_repo.get_bloc(conn, clean.bloc_id)
        if clean.movement_id is not None:
            movement_repo.get(conn, clean.movement_id)
        return repo.save(conn, clean, covenant_id)


def delete(ws: Workspace, covenant_id: int) -> None:
    """Delete a covenant."""
    with ws.db.write() as conn:
        repo.delete(conn, covenant_id)


def paper(ws: Workspace, covenant_id: int) -> tuple[CovenantPaper, dict[int, PartyLine]]:
    """What the papers print (names of the day of signing) and each party's printed line by
    party id."""
    with ws.db.read() as conn:
        c = repo.get(conn, covenant_id)
        names = DatedNames(conn, c.signed_on)
        office = names.office()
        # A khối's covenant: each member registers with the khối; otherwise no addressee.
        recipient = bloc_repo.get_bloc(conn, c.bloc_id).label if c.bloc_id is not None else ""
        lines: dict[int, PartyLine] = {}
        for p in c.parties:
            if p.unit_id is None:
                lines[p.id] = PartyLine(p.name, p.signatory, p.signatory_title)
            else:
                lines[p.id] = PartyLine(
                    names.unit(p.unit_id),
                    p.signatory,
                    p.signatory_title,
                    names.unit(names.parent(p.unit_id)),
                )
    out = CovenantPaper(
        c.title,
        c.signed_on,
        c.place or office.place,
        c.period,
        c.preamble,
        tuple(lines[p.id] for p in c.parties),
        c.commitments,
        recipient,
    )
    return out, lines


def write(
    ws: Workspace,
    covenant_id: int,
    out: str | os.PathLike[str],
    *,
    covenant: bool = True,
    registrations: Sequence[int] = (),
) -> int:
    """Write the bản giao ước and/or the bản đăng ký of the given parties (ids) to `out` (Word
    when it ends in .docx); the number of papers written."""
    printed, lines = paper(ws, covenant_id)
    regs = [lines[pid] for pid in registrations if pid in lines]
    render = paper_mod.render_docx if pdf_files.is_word(out) else paper_mod.render
    pdf_files.write_pdf(Path(out), render(printed, regs, covenant=covenant))
    return int(covenant) + len(regs)
