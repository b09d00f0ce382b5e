"""The demo's papers as a reviewing office reads them (issue 13 points 13, 14): each tờ trình
goes to the authority that decides, never to the advisory council, and the biên bản names its
members, chair and secretary from a roster."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain.proposals import BatchInput
from desktop.services import demo, dossier, eligibility, proposals
from desktop.services.session import Workspace


@pytest.fixture(scope="module")
def demo_ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    ws = Workspace.open(Path(tmp_path_factory.mktemp("demo")) / "demo.db")
    demo.fill(ws, people=400, seed=1)
    yield ws
    ws.close()


def _batches(ws: Workspace) -> list[int]:
    # the office's yearly batches; the 2024 proposal of the reorganisation demo (demo_names)
    # is read in tests/services/test_demo_names.py
    return [row.id for row in proposals.list_batches(ws) if row.year >= 2025]


def test_no_demo_batch_is_addressed_to_the_council(demo_ws: Workspace) -> None:
    ids = _batches(demo_ws)
    assert len(ids) == 2
    for batch_id in ids:
        data = dossier.build(demo_ws, batch_id)
        assert data.recipients and not any("Hội đồng" in r for r in data.recipients), (
            batch_id,
            data.recipients,
        )
        codes = {p.code for p in proposals.problem_list(demo_ws, batch_id)}
        assert "addressee_council" not in codes and "mixed_authority" not in codes


def test_tinh_award_goes_to_the_chairman_of_the_city(demo_ws: Workspace) -> None:
    # The open batch proposes Bằng khen of the Chủ tịch UBND cấp tỉnh; the demo office is under
    # UBND thành phố Cần Thơ since 01/07/2025, so the tờ trình is addressed to its Chủ tịch.
    open_batch = max(_batches(demo_ws))
    data = dossier.build(demo_ws, open_batch)
    assert data.recipients == ("Chủ tịch Ủy ban nhân dân thành phố Cần Thơ",)


def test_bien_ban_names_members_chair_and_secretary(demo_ws: Workspace) -> None:
    decided = min(_batches(demo_ws))
    council = dossier.build(demo_ws, decided).council
    assert council is not None
    assert council.chair.name and council.secretary.name
    assert council.secretary.name != "Thư ký Hội đồng"
    assert council.chair.name != council.secretary.name
    assert len(council.attendees) == council.members_present
    assert all(m.name and "Thành viên vắng mặt" not in m.name for m in council.absent_with_opinion)
    assert council.conclusion


def test_noi_nhan_names_the_drafting_unit(demo_ws: Workspace) -> None:
    # NĐ 30/2020 Phụ lục I mục II.9: "- Lưu: VT, <chữ viết tắt của đơn vị soạn thảo>."
    for batch_id in _batches(demo_ws):
        assert dossier.build(demo_ws, batch_id).copies_to == ("Như trên", "Lưu: VT, VP")


def test_a_stored_provincial_addressee_is_named_after_the_city(ws: Workspace) -> None:
    # Submission stores the catalog's "Chủ tịch Ủy ban nhân dân tỉnh"; the office is under
    # UBND thành phố Cần Thơ, so the paper names the city's Chủ tịch.
    demo.fill(ws, people=400, seed=1)  # its own file: writing needs this test's audit key
    open_batch = max(_batches(ws))
    b = proposals.get_batch(ws, open_batch)
    head = BatchInput(
        b.title,
        b.kind,
        b.year,
        b.movement_id,
        "Chủ tịch Ủy ban nhân dân tỉnh",
        b.signer_name,
        b.signer_title,
    )
    proposals.update_batch(ws, open_batch, head)
    data = dossier.build(ws, open_batch)
    assert data.recipients == ("Chủ tịch Ủy ban nhân dân thành phố Cần Thơ",)


def test_the_demo_judges_households_for_gia_dinh_van_hoa(demo_ws: Workspace) -> None:
    rows = eligibility.evaluate(demo_ws, 2025, "GDVH")
    assert rows and all(r.subject_kind == "household" for r in rows)
    assert all(r.basis for r in rows)


def test_a_decided_batch_is_not_held_against_itself(demo_ws: Workspace) -> None:
    # GIVEN the demo's decided batch, whose decision wrote an award record for every nominee
    decided = min(_batches(demo_ws))
    # WHEN its problems are listed (what `thidua check-batch` prints)
    codes = [p.code for p in proposals.problem_list(demo_ws, decided)]
    # THEN its own decision does not count as the title being held already
    assert "held_same_year" not in codes, codes
