"""Office identity, the settings of its printed papers, and the outgoing register."""

from __future__ import annotations

from desktop.domain.errors import ValidationError
from desktop.domain.office import OfficeInfo, PaperSettings, RegisterEntry
from desktop.persistence.repositories import office as repo
from desktop.persistence.repositories import papers as papers_repo
from desktop.persistence.repositories import proposals as batch_repo
from desktop.services.session import Workspace

TO_TRINH = "TTr"


def load(ws: Workspace) -> OfficeInfo:
    """The office identity (empty fields when never saved)."""
    with ws.db.read() as conn:
        return repo.load(conn)


def save(ws: Workspace, info: OfficeInfo) -> OfficeInfo:
    """Validate and store the office identity; return what was stored."""
    clean = info.validated()
    with ws.db.write() as conn:
        repo.save(conn, clean)
    return clean


def paper_settings(ws: Workspace) -> PaperSettings:
    """Default Nơi nhận, drafting unit and report recipient."""
    with ws.db.read() as conn:
        return papers_repo.load_settings(conn)


def save_paper_settings(ws: Workspace, settings: PaperSettings) -> PaperSettings:
    """Store the paper settings; return what was stored."""
    clean = settings.validated()
    with ws.db.write() as conn:
        papers_repo.save_settings(conn, clean)
    return clean


def batch_copies(ws: Workspace, batch_id: int) -> tuple[tuple[str, ...], bool]:
    """The Nơi nhận a batch's tờ trình and biên bản print, and whether it is the batch's own
    (False: the office's default)."""
    with ws.db.read() as conn:
        own = papers_repo.batch_copies(conn, batch_id)
        if own is not None:
            return own, True
        return papers_repo.load_settings(conn).default_copies(), False


def set_batch_copies(ws: Workspace, batch_id: int, copies: tuple[str, ...] | None) -> None:
    """Give a batch its own Nơi nhận (None or nothing: the office's default again)."""
    lines = PaperSettings(copies or ()).validated().copies_to if copies is not None else None
    with ws.db.write() as conn:
        batch_repo.get_batch(conn, batch_id)
        papers_repo.set_batch_copies(conn, batch_id, lines or None)


def print_font() -> tuple[str, str]:
    """The font papers print in and the file it comes from (Times New Roman where the system
    has it, else the bundled Liberation Serif)."""
    from desktop.documents.fonts import font_choice  # reportlab: not at start-up

    choice = font_choice()
    return choice.family, str(choice.regular)


# The outgoing register (sổ văn bản đi) ----------------------------------------------------


def proposed_number(ws: Workspace, year: int) -> int:
    """The next free number of the year in the register."""
    with ws.db.read() as conn:
        return papers_repo.next_number(conn, year)


def register(ws: Workspace, year: int) -> list[RegisterEntry]:
    """The register of a year, by number."""
    with ws.db.read() as conn:
        return papers_repo.entries(conn, year)


def set_to_trinh_number(ws: Workspace, batch_id: int, number: int) -> str:
    """Set by hand the number of a submitted batch's tờ trình (kept in the register, refused
    when the year's number is taken); return the new "05/TTr-STC"."""
    if not 1 <= number <= 99999:
        raise ValidationError(
            "number", "range", "Số văn bản phải từ 1 đến 99999.", {"low": 1, "high": 99999}
        )
    with ws.db.write() as conn:
        batch = batch_repo.get_batch(conn, batch_id)
        if not batch.submitted_on:
            raise ValidationError(
                "number", "not_submitted", "Đợt đề nghị chưa trình: tờ trình chưa có số."
            )
        on = batch.submitted_on
        agency = repo.load(conn).symbol
        symbol = f"{number:02d}/{TO_TRINH}-{agency}" if agency else f"{number:02d}/{TO_TRINH}"
        entry = papers_repo.entry_for_batch(conn, batch_id, TO_TRINH)
        if entry is None:
            papers_repo.insert(conn, number, TO_TRINH, symbol, on, batch.title, batch_id)
        else:
            papers_repo.renumber(conn, entry.id, number, symbol)
        batch_repo.set_submission(conn, batch_id, number, symbol, on)
    return symbol
