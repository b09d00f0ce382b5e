"""Kept files on the batch page and in the decision dialog (qtbot, real database): attach a file
to the batch and to a nominee, see them listed, open and save a copy, remove one."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QUrl

from desktop.domain.batch_files import BatchFileKind
from desktop.services import batch_files, decisions, proposals
from desktop.services.session import Workspace
from desktop.ui.dialogs.decision_dialog import DecisionDocumentDialog
from desktop.ui.pages.proposal_batches import BatchesTab
from desktop.ui.widgets.batch_files import BatchFiles, kind_label
from tests.services.test_dossier import batch  # noqa: F401  (a submitted batch of three)


def _raise(exc: BaseException) -> None:
    raise exc


def _scan(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_attach_a_file_to_the_batch_and_to_a_nominee(
    qtbot,
    ws: Workspace,
    batch: int,  # noqa: F811
    tmp_path: Path,
) -> None:
    tab = BatchesTab(ws)
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    files: BatchFiles = tab.files
    files.report_error = _raise
    assert tab.history.tabText(tab.history.indexOf(files))
    assert files.file_names() == []
    # GIVEN the clerk chose the signed tờ trình for the whole batch
    files.kind_box.setCurrentIndex(files.kind_box.findData(BatchFileKind.TO_TRINH))
    files.owner_box.setCurrentIndex(0)
    files.choose_file = lambda: str(_scan(tmp_path, "to-trinh-ky.pdf", b"%PDF signed"))
    # WHEN they press "Attach file…"
    with qtbot.waitSignal(files.filesChanged):
        qtbot.mouseClick(files.attach_button, Qt.MouseButton.LeftButton)
    # THEN it is listed, as what it is and for the whole batch, and stored with its bytes
    assert files.file_names() == ["to-trinh-ky.pdf"]
    assert tab.history.tabText(tab.history.indexOf(files)).endswith("(1)")
    assert files.table.item(0, 0).text() == kind_label(BatchFileKind.TO_TRINH)
    assert files.table.item(0, 2).text() == files.owner_box.itemText(0)
    [kept] = batch_files.files(ws, batch)
    assert batch_files.content(ws, kept.id) == b"%PDF signed"
    # GIVEN a nominee selected in the table, the next file goes with that nominee
    tab.nominee_table.selectRow(1)
    nominee = tab.current_nominee()
    assert nominee is not None and files.owner_box.currentText() == nominee.name
    files.kind_box.setCurrentIndex(files.kind_box.findData(BatchFileKind.MINH_CHUNG))
    assert files.attach(_scan(tmp_path, "bang-khen-2024.jpg", b"jpeg"))
    assert files.file_names() == ["to-trinh-ky.pdf", "bang-khen-2024.jpg"]
    assert files.table.item(1, 2).text() == nominee.name
    # opened from the page: a temporary copy handed to its program
    opened: list[QUrl] = []
    files.open_url = opened.append
    files.table.selectRow(1)
    copy = files.open_selected()
    assert copy is not None and copy.read_bytes() == b"jpeg"
    assert opened == [QUrl.fromLocalFile(str(copy))]
    # saved where the clerk chooses, then removed after asking
    target = tmp_path / "ra" / "bang-khen.jpg"
    target.parent.mkdir()
    files.choose_target = lambda _name: str(target)
    assert files.save_selected() == target and target.read_bytes() == b"jpeg"
    files.confirm = lambda _q: True
    assert files.remove_selected()
    assert files.file_names() == ["to-trinh-ky.pdf"]
    # another batch selected: its (empty) list, not this one's
    tab.batch = None
    files.set_batch(None)
    assert files.file_names() == [] and not files.attach_button.isEnabled()


def test_the_decision_dialog_keeps_the_signed_decision(
    qtbot,
    ws: Workspace,
    batch: int,  # noqa: F811
    tmp_path: Path,
) -> None:
    decisions.prepare(ws, batch, date(2025, 12, 20), per_title=False, number=15)
    [draft] = decisions.drafts(ws, batch)
    dialog = DecisionDocumentDialog(ws, batch)
    qtbot.addWidget(dialog)
    files = dialog.files
    files.report_error = _raise
    # only the decision is offered, and the kind is the signed decision
    assert files.owner_box.count() == 1 and draft.symbol in files.owner_box.itemText(0)
    assert files.kind_box.currentData() == BatchFileKind.QUYET_DINH
    assert files.attach(_scan(tmp_path, "qd-15-ky.pdf", b"%PDF decided"))
    assert files.file_names() == ["qd-15-ky.pdf"]
    [kept] = batch_files.decision_files(ws, draft.id)
    assert kept.owner.decision_id == draft.id and kept.kind is BatchFileKind.QUYET_DINH
    # the batch page lists it too, as going with the decision
    tab = BatchesTab(ws)
    qtbot.addWidget(tab)
    assert tab.files.file_names() == ["qd-15-ky.pdf"]
    assert draft.symbol in tab.files.table.item(0, 2).text()
    assert proposals.get_batch(ws, batch).id == batch
