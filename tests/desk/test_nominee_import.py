"""A unit's nominee list (`nominees`): the template, a real xlsx into a draft batch through the
command line (0 with the good rows, 2 with Vietnamese reasons and nothing written), each row
judged on the way in, a second import adding nothing; the preview dialog (qtbot) and the batch
page's button."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop.cli import main
from desktop.domain.awards import CommendationType
from desktop.domain.proposals import BatchInput
from desktop.services import proposals, transfer
from desktop.services.session import Workspace
from desktop.ui.dialogs import import_dialog
from desktop.ui.dialogs.import_dialog import ACTION_ROLE, ImportPreviewDialog
from desktop.ui.pages.proposal_batches import BatchesTab
from tests.exchange.helpers import make_xlsx
from tests.ui.test_proposals_page import YEAR, office  # noqa: F401  (four people rated in 2025)

HEADER = [
    "Họ và tên",
    "Số CCCD",
    "Ngày sinh",
    "Đơn vị",
    "Danh hiệu / Hình thức",
    "Tóm tắt thành tích",
    "Sáng kiến",
]
GOOD = [
    "Nguyễn Thị Hương",
    "",
    "",
    "Phòng Kế hoạch",
    "Lao động tiên tiến",
    "Hoàn thành xuất sắc",
    "",
]
WITH_INITIATIVE = ["Đặng Văn Dũng", "", "", "KH", "ldtt", "", "Số hóa hồ sơ thi đua"]
NOT_ELIGIBLE = ["Trần Văn Bình", "", "", "Phòng Kế hoạch", "Lao động tiên tiến", "", ""]
UNKNOWN = ["Phạm Văn Không", "", "", "Phòng Kế hoạch", "Lao động tiên tiến", "", ""]
NO_SUCH_AWARD = ["Lê Thị Lan", "", "", "Phòng Kế hoạch", "Huy chương vàng", "", ""]
NO_SUCH_INITIATIVE = ["Lê Thị Lan", "", "", "KH", "Lao động tiên tiến", "", "Máy bay"]


@pytest.fixture
def batch(ws: Workspace, office: dict[str, int]) -> int:  # noqa: F811
    return proposals.create_batch(
        ws, BatchInput("Khen thưởng tổng kết năm 2025", CommendationType.MERIT, YEAR)
    )


def _names(ws: Workspace, batch_id: int) -> list[str]:
    return [n.name for n in proposals.nominees(ws, batch_id)]


def test_the_template_has_the_columns(tmp_path: Path) -> None:
    out = tmp_path / "mau.xlsx"
    assert main(["template", "nominees", "--out", str(out)]) == 0
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    headers = [c.value for c in next(sheet.iter_rows(max_row=5)) if c.value]
    if headers[:1] != HEADER[:1]:  # a title row above the header
        headers = [c.value for c in list(sheet.iter_rows(max_row=5))[1] if c.value]
    assert headers == HEADER


def test_cli_refuses_bad_rows_then_imports_the_good_ones_once(
    ws: Workspace, batch: int, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = make_xlsx(
        tmp_path / "ds.xlsx",
        [HEADER, GOOD, WITH_INITIATIVE, NOT_ELIGIBLE, UNKNOWN, NO_SUCH_AWARD, NO_SUCH_INITIATIVE],
    )
    args = ["--db", str(db_path), "import", "nominees", str(path), "--batch", str(batch)]
    ws.close()
    # WHEN bad rows are present: exit 2, every reason in Vietnamese, nothing written
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "Dòng 4: Không đủ điều kiện" in err
    assert "Dòng 5:" in err and "Phạm Văn Không" in err
    assert "Dòng 6: Danh hiệu / hình thức “Huy chương vàng” không có trong danh mục" in err
    assert "Dòng 7: Không có sáng kiến “Máy bay”" in err
    assert "chưa ghi gì" in err
    check = Workspace.open(db_path)
    assert _names(check, batch) == []
    check.close()
    # WHEN the good rows are taken: exit 0, both added with their verdicts and initiative
    assert main([*args, "--skip-invalid"]) == 0
    assert "thêm mới 2" in capsys.readouterr().out
    check = Workspace.open(db_path)
    noms = {n.name: n for n in proposals.nominees(check, batch)}
    assert sorted(noms) == ["Nguyễn Thị Hương", "Đặng Văn Dũng"]
    assert noms["Nguyễn Thị Hương"].data.summary == "Hoàn thành xuất sắc"
    assert noms["Nguyễn Thị Hương"].eligibility == "eligible"
    assert len(noms["Đặng Văn Dũng"].data.initiative_ids) == 1
    assert noms["Đặng Văn Dũng"].data.achievement  # composed as for a nominee added by hand
    check.close()
    # AND the same list again adds nothing
    assert main([*args, "--skip-invalid"]) == 0
    assert "thêm mới 0" in capsys.readouterr().out
    check = Workspace.open(db_path)
    assert len(_names(check, batch)) == 2
    check.close()


def test_cli_refuses_a_batch_that_is_not_open_or_missing(
    ws: Workspace, batch: int, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = make_xlsx(tmp_path / "ds.xlsx", [HEADER, GOOD])
    ws.close()
    base = ["--db", str(db_path), "import", "nominees", str(path)]
    assert main(base) == 2
    assert "--batch" in capsys.readouterr().err
    assert main([*base, "--batch", "999"]) == 2
    assert capsys.readouterr().err.strip()
    assert main(["--db", str(db_path), "import", "staff", str(path), "--batch", "1"]) == 2
    assert "không dùng tùy chọn --batch" in capsys.readouterr().err


def test_preview_dialog_shows_the_verdicts_and_imports_the_valid_rows(
    qtbot, ws: Workspace, batch: int, tmp_path: Path
) -> None:
    path = make_xlsx(tmp_path / "ds.xlsx", [HEADER, GOOD, NOT_ELIGIBLE, UNKNOWN])
    preview = transfer.preview_import(ws, "nominees", path, options={"batch": batch})
    dialog = ImportPreviewDialog(preview)
    qtbot.addWidget(dialog)
    model = dialog.model
    assert model.rowCount() == 3
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "Kết quả xét điều kiện" in headers
    verdict = headers.index("Kết quả xét điều kiện")
    assert verdict == 2  # beside the name
    assert model.index(0, verdict).data().startswith("Eligible")  # the English UI
    assert preview.rows[0].values[1].startswith("Đủ điều kiện")  # (the service's sentence)
    assert model.index(1, verdict).data() == ""  # a refused row's reasons are its result
    assert model.index(0, 0).data(ACTION_ROLE) == transfer.ADD
    assert model.index(1, 0).data(ACTION_ROLE) == transfer.ERROR
    assert model.index(1, 2).data(Qt.ItemDataRole.BackgroundRole) is not None
    last = model.columnCount() - 1
    assert model.index(1, last).data().startswith("Not eligible: ")  # the English UI
    assert "Phạm Văn Không" in model.index(2, last).data()
    assert _names(ws, batch) == []  # a preview writes nothing
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    result = import_dialog.commit_preview(None, ws, preview)
    assert result is not None and (result.added, result.skipped) == (1, 2)
    # the batch page lists the nominee, with the stored verdict
    tab = BatchesTab(ws)
    qtbot.addWidget(tab)
    tab.refresh(batch)
    assert tab.nominees_model.rowCount() == 1


def test_the_batch_page_imports_into_the_selected_draft_batch(
    qtbot, ws: Workspace, batch: int, tmp_path: Path
) -> None:
    path = make_xlsx(tmp_path / "ds.xlsx", [HEADER, GOOD])
    tab = BatchesTab(ws)
    qtbot.addWidget(tab)
    tab.refresh(batch)
    asked: list[int] = []

    def import_list(batch_id: int) -> bool:
        asked.append(batch_id)
        result = transfer.import_file(ws, "nominees", path, options={"batch": batch_id})
        return result.added > 0

    tab.import_list = import_list
    assert tab.list_button.isEnabled()
    assert tab.import_nominee_list()
    assert asked == [batch]
    assert tab.nominees_model.rowCount() == 1
