"""The movement ranking table on the one lazy table model: the order whole, the lines of a
block fetched when first shown, old blocks dropped past the limit."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt

from desktop.domain.participation import Ranked, rank
from desktop.services.participation import RankingLine
from desktop.ui.models.lazy_table import BLOCK, ID_ROLE
from desktop.ui.models.movement_tables import RankingModel

CRITERIA = [(1, "Số người tham gia hiến máu tình nguyện trong năm", 50.0), (2, "Phong trào", None)]


class Details:
    """The service's `ranking_details` stand-in: full lines for a block, each call recorded."""

    def __init__(self) -> None:
        self.calls: list[list[int]] = []

    def __call__(self, block: Sequence[Ranked[int]]) -> list[RankingLine]:
        self.calls.append([r.key for r in block])
        return [
            RankingLine(
                r.key, f"Người {r.key}", "Phòng A", (r.total, None), r.total, r.rank, r.tied
            )
            for r in block
        ]


def _model(count: int) -> tuple[RankingModel, Details, list[tuple[int, int, float | None]]]:
    written: list[tuple[int, int, float | None]] = []
    model = RankingModel(lambda reg, crit, score: written.append((reg, crit, score)))
    details = Details()
    # registration ids 1000…; every fifth pair shares a total (a tie)
    ranked = rank((1000 + i, float(count - i - i % 5 // 4)) for i in range(count))
    model.set_data(CRITERIA, ranked, details)
    return model, details, written


def test_lines_are_fetched_by_block_and_old_blocks_dropped(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model, details, _ = _model(5 * BLOCK)
    assert model.rowCount() == 5 * BLOCK and model.columnCount() == 6
    assert details.calls == []  # nothing read before a cell is asked for
    model.max_blocks = 2
    for block in range(5):
        assert (
            model.index(block * BLOCK, RankingModel.COL_NAME).data()
            == f"Người {1000 + block * BLOCK}"
        )
    assert len(details.calls) == 5 and model.fetched_blocks() == 2  # three dropped
    assert details.calls[0] == [1000 + i for i in range(BLOCK)]
    assert model.index(1, RankingModel.COL_NAME).data() == "Người 1001"
    assert len(details.calls) == 6  # the first block, dropped, is read again
    model.max_blocks = 60
    qtmodeltester.check(model)


def test_ranks_ties_headers_and_an_edit() -> None:
    model, details, written = _model(10)
    first = model.index(0, 0)
    tied = next(r for r in range(10) if str(model.index(r, 0).data()).endswith("="))
    assert first.data(ID_ROLE) == model.id_at(0) == 1000
    assert model.index(tied, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(tied, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(tied, 0).data(Qt.ItemDataRole.ToolTipRole) == "Tied with another participant"
    assert first.data(Qt.ItemDataRole.TextAlignmentRole) is not None
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) is None
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert header == [
        "Rank",
        "Name",
        "Unit / kind",
        "Số người tham gia hiến máu… (50)",
        "Phong trào",
        "Total",
    ]
    assert (
        model.headerData(3, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        == CRITERIA[0][1]
    )
    assert model.index(0, model.total_column).data() == "10"
    assert model.index(0, 3).data(Qt.ItemDataRole.EditRole) == "10"
    assert model.flags(model.index(0, 3)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, model.total_column)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(2, 4), "7,5")
    assert written == [(model.id_at(2), 2, 7.5)]
    assert model.row_of(1009) == 9 and model.row_of(5) == -1
    assert len(details.calls) == 1  # ten rows: one block
    model.set_data([], [])
    assert model.rowCount() == 0 and model.columnCount() == 4
