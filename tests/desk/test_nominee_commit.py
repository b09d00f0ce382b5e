"""The nominee list's commit is one write transaction: the rows are judged inside it (a change
made after the preview is what gets stored, and the file's write lock is held while judging),
and a Cancel during the writing leaves nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.domain import progress as steps
from desktop.domain.awards import CommendationType
from desktop.domain.eligibility import Result
from desktop.domain.proposals import BatchInput
from desktop.domain.ratings import PersonRatingInput, Rating
from desktop.services import proposals, ratings, transfer, transfer_nominees
from desktop.services.session import Workspace
from tests.desk.test_nominee_import import GOOD, HEADER, NOT_ELIGIBLE, batch  # noqa: F401
from tests.exchange.helpers import make_xlsx
from tests.ui.test_proposals_page import YEAR, office  # noqa: F401


def _verdicts(ws: Workspace, batch_id: int) -> dict[str, str]:
    return {n.name: n.eligibility for n in proposals.nominees(ws, batch_id)}


def test_a_rating_changed_after_the_preview_is_judged_at_the_commit(
    ws: Workspace,
    batch: int,  # noqa: F811
    office: dict[str, int],  # noqa: F811
    tmp_path: Path,
) -> None:
    path = make_xlsx(tmp_path / "ds.xlsx", [HEADER, GOOD, NOT_ELIGIBLE])
    preview = transfer.preview_import(ws, "nominees", path, options={"batch": batch})
    assert [r.action for r in preview.rows] == [transfer.ADD, transfer.ERROR]
    # between the preview and the commit Trần Văn Bình's rating is corrected
    ratings.set_person_rating(
        ws, PersonRatingInput(office["binh"], YEAR, Rating.GOOD), replace=True
    )
    result = transfer.commit_import(ws, preview)
    assert (result.added, result.skipped) == (2, 0)
    assert _verdicts(ws, batch) == {"Nguyễn Thị Hương": "eligible", "Trần Văn Bình": "eligible"}


def test_the_rows_are_judged_under_the_write_lock(
    ws: Workspace,
    batch: int,  # noqa: F811
    db_path: Path,
    tmp_path: Path,
) -> None:
    """Called as it is (no outer transaction), the kind's commit judges inside its own write:
    while the eligibility is computed another connection cannot begin a write."""
    path = make_xlsx(tmp_path / "ds.xlsx", [HEADER, GOOD])
    preview = transfer.preview_import(ws, "nominees", path, options={"batch": batch})
    seen: list[str] = []

    def listen(_done: int, _total: int, what: str) -> None:
        if what == steps.COMPUTE and not seen:
            other = sqlite3.connect(db_path, timeout=0, isolation_level=None)
            try:
                other.execute("BEGIN IMMEDIATE")
                other.execute("ROLLBACK")
                seen.append("free")
            except sqlite3.OperationalError:
                seen.append("locked")
            finally:
                other.close()

    with steps.active(steps.Progress(listen)):
        result = transfer_nominees.commit(ws, preview, False)
    assert result.added == 1
    assert seen == ["locked"]


def test_a_cancel_while_writing_leaves_nothing(
    ws: Workspace,
    batch: int,  # noqa: F811
    office: dict[str, int],  # noqa: F811
    tmp_path: Path,
) -> None:
    ratings.set_person_rating(
        ws, PersonRatingInput(office["binh"], YEAR, Rating.GOOD), replace=True
    )
    path = make_xlsx(tmp_path / "ds.xlsx", [HEADER, GOOD, NOT_ELIGIBLE])
    preview = transfer.preview_import(ws, "nominees", path, options={"batch": batch})
    heard: list[tuple[int, int, str]] = []

    def listen(done: int, total: int, what: str) -> None:
        heard.append((done, total, what))
        if what == steps.WRITE and done == 1:  # one nominee written, one to go
            progress.cancel()

    progress = steps.Progress(listen)
    with pytest.raises(steps.Cancelled):
        transfer.commit_import(ws, preview, progress=progress)
    assert (1, 2, steps.WRITE) in heard
    assert _verdicts(ws, batch) == {}


def test_a_sudden_batch_judges_each_row_by_its_own_criteria(
    ws: Workspace,
    office: dict[str, int],  # noqa: F811
    tmp_path: Path,
) -> None:
    sudden = proposals.create_batch(ws, BatchInput("Đột xuất", CommendationType.SUDDEN, YEAR))
    path = make_xlsx(tmp_path / "ds.xlsx", [HEADER, GOOD])
    preview = transfer.preview_import(ws, "nominees", path, options={"batch": sudden})
    assert "khen thưởng đột xuất" in preview.rows[0].values[1]  # not judged by the ratings
    assert transfer.commit_import(ws, preview).added == 1
    assert _verdicts(ws, sudden) == {"Nguyễn Thị Hương": Result.REVIEW}
