"""Batch state machine and council vote thresholds."""

from __future__ import annotations

from datetime import datetime

import pytest

from desktop.domain.errors import ConflictError, ValidationError
from desktop.domain.proposals import (
    BatchState,
    MeetingInput,
    check_transition,
    vote_percent,
    vote_reached,
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (BatchState.DRAFT, BatchState.MET),
        (BatchState.MET, BatchState.SUBMITTED),
        (BatchState.SUBMITTED, BatchState.DECIDED),
    ],
)
def test_forward_steps(a: BatchState, b: BatchState) -> None:
    check_transition(a, b, "")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (BatchState.DRAFT, BatchState.SUBMITTED),
        (BatchState.DRAFT, BatchState.DECIDED),
        (BatchState.DECIDED, BatchState.DRAFT),
        (BatchState.MET, BatchState.DECIDED),
        (BatchState.SUBMITTED, BatchState.MET),
    ],
)
def test_forbidden_steps(a: BatchState, b: BatchState) -> None:
    with pytest.raises(ConflictError):
        check_transition(a, b, "lý do")


def test_return_to_draft_needs_a_reason() -> None:
    with pytest.raises(ValidationError):
        check_transition(BatchState.SUBMITTED, BatchState.DRAFT, " ")
    check_transition(BatchState.SUBMITTED, BatchState.DRAFT, "Thiếu báo cáo thành tích")


def test_votes_are_counted_on_total_membership() -> None:
    # 8 of 10 members = 80 %: reached even if only 8 attended
    assert vote_reached(8, 10, 80)
    assert not vote_reached(7, 10, 80)
    assert vote_reached(9, 10, 90) and not vote_reached(8, 10, 90)
    assert not vote_reached(None, 10, 80)
    assert vote_reached(None, 10, 0)
    assert vote_percent(7, 9) == pytest.approx(77.78, abs=0.01)


def test_meeting_counts_must_fit() -> None:
    with pytest.raises(ValidationError) as err:
        MeetingInput(datetime(2025, 12, 1, 8, 0), "", "GĐ", "", 10, 11).validated()
    assert err.value.field == "members_present"
    with pytest.raises(ValidationError):
        MeetingInput(datetime(2025, 12, 1, 8, 0), "", "GĐ", "", 10, 8, 3).validated()
    MeetingInput(datetime(2025, 12, 1, 8, 0), "", "GĐ", "", 10, 8, 2).validated()
