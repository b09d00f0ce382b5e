"""A received proposal is answered once, a package filed once: two copies of the program on the
same real file cannot both accept (or return) a proposal or both file a package; the state is
checked inside the write transaction that changes it."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain.errors import ConflictError
from desktop.domain.packages import ReceivedState
from desktop.services import proposals
from desktop.services.packages import inbox, receive
from desktop.services.session import Workspace
from tests.packages.offices import Place
from tests.packages.test_round_trips import log_events, receive_up, send_up
from tests.second_copy import while_it_waits_to_write


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
    try:
        with department.acting() as ws:
            got = while_it_waits_to_write(
                qtbot,
                ws,
                lambda: inbox.accept_proposal(other, rid, batch),
                lambda: inbox.accept_proposal(ws, rid, batch),
            )
    finally:
        other.close()
    assert isinstance(got, ConflictError) and got.code == "already_answered"
    with department.acting() as ws:
        assert len(proposals.nominees(ws, batch)) == 4  # nothing doubled
        assert inbox.get(ws, rid).state is ReceivedState.ACCEPTED


def test_a_package_filed_while_another_copy_waits_to_write_is_not_filed_twice(
    commune: Place, department: Place, tmp_path: Path, qtbot
) -> None:
    """Both copies previewed the package as new; the second, waiting for the write lock while
    the first files it, finds it filed inside its own write: the same clean answer as a
    package received before, nothing written and no error."""
    out = send_up(commune, department, tmp_path)
    other = Workspace.open(department.path)
    try:
        with department.acting() as ws:
            got = while_it_waits_to_write(
                qtbot,
                ws,
                lambda: receive.receive(other, out, trust=True),
                lambda: receive.receive(ws, out, trust=True),
            )
            filed = inbox.inbox(ws)
    finally:
        other.close()
    assert isinstance(got, receive.Received), got
    assert got.received_id is None and "đã nhận trước đây" in got.summary
    assert len(filed) == 1
    # No "receive" event sealed: the first copy's receive joined the held write (whose own
    # events are none), the second's write was rolled back.
    assert log_events(department.path, "receive") == []
