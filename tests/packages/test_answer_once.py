"""A received proposal is answered once: two copies of the program on the same real file cannot
both accept (or return) it; the state is checked inside the answer's write transaction."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

import desktop.services.packages
from desktop.domain.errors import ConflictError
from desktop.domain.packages import ReceivedState
from desktop.services import proposals
from desktop.services.packages import inbox
from desktop.services.session import Workspace, guard_gui_thread, gui_writes_seen
from tests.packages.offices import Place
from tests.packages.test_round_trips import receive_up, send_up


def test_a_second_copy_cannot_accept_an_accepted_proposal(
    commune: Place, department: Place, tmp_path: Path
) -> None:
    rid = receive_up(department, send_up(commune, department, tmp_path))
    batch = department.ids["batch"]
    other = Workspace.open(department.path)  # a second copy of the program, the same file
    try:
        with department.acting() as ws:
            assert inbox.accept_proposal(ws, rid, batch).added == 4
        with pytest.raises(ConflictError) as refused:
            inbox.accept_proposal(other, rid, batch)
        assert refused.value.code == "already_answered"
        assert refused.value.params["state"] is ReceivedState.ACCEPTED
        with pytest.raises(ConflictError) as again:
            inbox.return_proposal(other, rid, "lý do")
        assert again.value.code == "already_answered"
        assert len(proposals.nominees(other, batch)) == 4  # nothing doubled
        assert inbox.get(other, rid).state is ReceivedState.ACCEPTED
    finally:
        other.close()


def test_an_answer_given_while_another_copy_waits_to_write_is_seen(
    commune: Place, department: Place, tmp_path: Path, qtbot
) -> None:
    """The second copy has read the proposal as new and waits for the file's write lock while
    the first accepts it; once it gets the lock it must see the answer and refuse."""
    rid = receive_up(department, send_up(commune, department, tmp_path))
    batch = department.ids["batch"]
    other = Workspace.open(department.path)
    watched = Path(desktop.services.packages.__file__).parent
    outcome: list[BaseException | inbox.Answer] = []

    def second_copy() -> None:
        # The guard (log only) names the call site when this thread begins a write: the
        # moment the early check has passed and the write lock is asked for.
        guard_gui_thread(threading.get_ident(), watched)
        try:
            outcome.append(inbox.accept_proposal(other, rid, batch))
        except BaseException as exc:  # handed to the test thread
            outcome.append(exc)

    worker = threading.Thread(target=second_copy)
    try:
        with department.acting() as ws, ws.db.write():  # the first copy holds the lock
            worker.start()
            qtbot.waitUntil(lambda: bool(gui_writes_seen()) or bool(outcome), timeout=10_000)
            assert not outcome  # still waiting for the lock
            assert inbox.accept_proposal(ws, rid, batch).added == 4  # joins the held write
        worker.join(timeout=30)
        assert not worker.is_alive()
    finally:
        guard_gui_thread(None)
        other.close()
    assert isinstance(outcome[0], ConflictError) and outcome[0].code == "already_answered"
    with department.acting() as ws:
        assert len(proposals.nominees(ws, batch)) == 4  # nothing doubled
        assert inbox.get(ws, rid).state is ReceivedState.ACCEPTED
