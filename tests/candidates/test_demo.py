"""The demo movement shows candidates: a contribution level and the first places by score."""

from __future__ import annotations

from desktop.domain.candidates import RuleKind, SubjectKind
from desktop.services import candidates, demo, movements
from desktop.services.session import Workspace


def test_demo_rules_give_candidates_of_each_kind(ws: Workspace) -> None:
    summary = demo.fill(ws, people=400, seed=1)
    assert "4 quy định xét chọn" in summary
    [m] = movements.list_movements(ws)
    assert candidates.latest_scored_year(ws, m.id) == 2024
    found = candidates.candidates(ws, m.id, 2024)
    assert [r.kind for r in found.sheet.rules] == [
        RuleKind.CONTRIBUTION,
        RuleKind.CONTRIBUTION,
        RuleKind.TOP_N,
        RuleKind.TOP_PERCENT,
    ]
    kinds = {reason.kind for c in found.candidates for reason in c.reasons}
    assert kinds == {RuleKind.CONTRIBUTION, RuleKind.TOP_N, RuleKind.TOP_PERCENT}
    staff = [c for c in found.candidates if c.participant.kind is SubjectKind.PERSON]
    assert len(staff) >= 3 and all(c.reasons[0].rank <= 3 for c in staff)  # type: ignore[operator]
    assert any(c.participant.kind is SubjectKind.HOUSEHOLD for c in found.candidates)
    assert all(c.award for c in found.candidates)
    # The rules are not added twice when the demo module runs again.
    from desktop.services import demo_candidates

    assert demo_candidates.fill(ws) == ""
    assert len(candidates.rule_sheet(ws, m.id).rules) == 4
