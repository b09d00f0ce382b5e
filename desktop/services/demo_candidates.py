"""Demo rules that make participants of the demo movement candidates for an award: a
contribution level in money and in land, and the first places of two target groups by score.

Seed 001 (Bắc Ninh, KH 547/KH-UBND) has the province set the contribution level and takes the
movement's results as the basis of the yearly commendation; it gives no figures, so these are
made up."""

from __future__ import annotations

from desktop.domain.candidates import CandidateRule, RuleKind
from desktop.domain.movements import GroupKind
from desktop.domain.participation import ContributionKind
from desktop.domain.text import fold
from desktop.persistence.repositories import candidates as repo
from desktop.persistence.repositories import movements as movement_repo
from desktop.persistence.repositories import targets as target_repo
from desktop.services.demo_movements import MOVEMENT_NAME
from desktop.services.session import Workspace

LEVEL_NOTE = "Mức đóng góp do cơ quan thường trực đề xuất, UBND tỉnh quy định (số liệu mẫu)."


def fill(ws: Workspace, seed: int = 1) -> str:
    """Give the demo movement its candidate rules; return a summary ('' without it)."""
    del seed  # the rules are fixed
    with ws.db.write() as conn:
        mid = target_repo.movements_by_name(conn).get(fold(MOVEMENT_NAME))
        if mid is None or repo.rules(conn, mid):
            return ""
        groups = {g.kind: g.id for g in movement_repo.get(conn, mid).data.groups}
        rules = [
            CandidateRule(
                mid, RuleKind.CONTRIBUTION, ContributionKind.MONEY, 20_000_000,
                award="GIAY_KHEN", note=LEVEL_NOTE,
            ),
            CandidateRule(
                mid, RuleKind.CONTRIBUTION, ContributionKind.LAND, 200, cumulative=True,
                award="GIAY_KHEN", note=LEVEL_NOTE,
            ),
            CandidateRule(
                mid, RuleKind.TOP_N, group_id=groups.get(GroupKind.STAFF), top_n=3,
                award="GIAY_KHEN", note="Ba cá nhân có tổng điểm cao nhất năm",
            ),
            CandidateRule(
                mid, RuleKind.TOP_PERCENT, group_id=groups.get(GroupKind.COMMUNE),
                top_percent=20, award="BK_TINH",
                note="Xã được đỡ đầu thuộc 20 % có tổng điểm cao nhất",
            ),
        ]  # fmt: skip
        for rule in rules:
            repo.insert_rule(conn, rule.validated())
    return f"{len(rules)} quy định xét chọn theo kết quả phong trào."
