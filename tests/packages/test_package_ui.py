"""The receive preview dialog, Hồ sơ nhận and the office key in Settings, with real widgets on
a commune's and a department's migrated files."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop.domain.packages import ReceivedState
from desktop.exchange import package as fmt
from desktop.services import proposals
from desktop.services.packages import identity, inbox, receive
from desktop.ui.dialogs.package_preview import ReceivePreviewDialog
from desktop.ui.pages.received_packages import ReceivedTab
from desktop.ui.widgets.office_key_box import OfficeKeyBox
from tests.packages.offices import Place
from tests.packages.test_round_trips import _counts, receive_up, send_up


def _tree(dialog: ReceivePreviewDialog) -> dict[str, dict[str, tuple[str, str, str]]]:
    """Each record row of the preview: its matching and its field rows (field: old, new)."""
    out = {}
    for i in range(dialog.changes.topLevelItemCount()):
        item = dialog.changes.topLevelItem(i)
        fields = {
            item.child(j).text(2): (item.child(j).text(3), item.child(j).text(4), "")
            for j in range(item.childCount())
        }
        out[item.text(0)] = {"matched": (item.text(1), "", ""), **fields}
    return out


def test_first_package_needs_the_fingerprint_compared(
    qtbot, commune: Place, department: Place, tmp_path: Path
) -> None:
    package = send_up(commune, department, tmp_path)
    before = _counts(department.path)
    with department.acting() as ws:
        pv = receive.preview(ws, package)
        dialog = ReceivePreviewDialog(ws, package, pv)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.sender_label.text().startswith("Ủy ban nhân dân xã Tân Hòa")
        assert dialog.signature_label.text().startswith("Valid")
        assert dialog.sender_state.text().startswith("First package from this office")
        with commune.acting() as cws:
            commune_fp = identity.own_office(cws).fingerprint
        assert dialog.fingerprint.text() == identity.fingerprint_text(commune_fp)
        assert dialog.compared.isVisible() and not dialog.receive_button.isEnabled()
        tree = _tree(dialog)
        dung = tree["Person: Đặng Văn Dũng (CCCD 001185000222)"]
        assert dung["matched"][0] == "Same CCCD"
        assert dung["Position"][:2] == ("Cán bộ", "Công chức")
        assert dung["Unit"][:2] == (
            "Phòng Thi đua - Khen thưởng",
            "Văn phòng - Thống kê (mới trong gói)",
        )
        assert tree["Person: Nguyễn Thị Hương (CCCD 001185000111)"]["matched"][0] == "New"
        assert "All or nothing" in dialog.summary.text()
        assert _counts(department.path) == before  # the preview wrote nothing

        qtbot.mouseClick(dialog.compared, Qt.MouseButton.LeftButton)
        assert dialog.receive_button.isEnabled()
        qtbot.mouseClick(dialog.receive_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20_000)
        assert dialog.received_id is not None
        assert [r.title for r in inbox.inbox(ws)] == ["Đề nghị khen thưởng tổng kết năm 2025"]
        assert [o.name for o in identity.known_offices(ws)] == ["Ủy ban nhân dân xã Tân Hòa"]

        again = ReceivePreviewDialog(ws, package, receive.preview(ws, package))
        qtbot.addWidget(again)
        assert "received before" in again.summary.text()
        assert not again.receive_button.isEnabled() and again.changes.topLevelItemCount() == 0


def test_a_broken_signature_offers_no_receive(
    qtbot, commune: Place, department: Place, tmp_path: Path
) -> None:
    package = send_up(commune, department, tmp_path)
    with zipfile.ZipFile(package) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    manifest = json.loads(members[fmt.MANIFEST])
    manifest["title"] = "Đề nghị khen thưởng (đã sửa)"
    members[fmt.MANIFEST] = fmt.canonical_json(manifest)
    with zipfile.ZipFile(package, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    with department.acting() as ws:
        dialog = ReceivePreviewDialog(ws, package, receive.preview(ws, package))
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.signature_label.text().startswith("NOT valid")
        assert not dialog.compared.isVisible()
        assert not dialog.receive_button.isEnabled() and not dialog.receive()


def test_received_tab_judges_again_and_returns_with_reasons(
    qtbot, commune: Place, department: Place, tmp_path: Path
) -> None:
    rid = receive_up(department, send_up(commune, department, tmp_path))
    with department.acting() as ws:
        tab = ReceivedTab(ws)
        qtbot.addWidget(tab)
        tab.resize(1200, 600)
        tab.show()
        assert tab.table.rowCount() == 1 and tab.current is not None and tab.current.id == rid
        assert tab.table.item(0, 1).text() == "Award proposal"
        assert tab.table.item(0, 4).text() == "New"
        names = {
            tab.nominees.item(i, 0).text(): tab.nominees.item(i, 3).text()
            for i in range(tab.nominees.rowCount())
        }
        # Đặng Văn Dũng already holds the 2025 Lao động tiên tiến at the department.
        assert names["Đặng Văn Dũng"] == "Already awarded"
        assert len(names) == 4
        assert tab.dossier_button.isEnabled() and tab.return_button.isEnabled()
        assert tab.batch_box.count() == 1 and tab.accept_button.isEnabled()
        shown = tab.show_dossier()
        assert shown is not None
        qtbot.addWidget(shown)

        reply = tmp_path / "tra-lai.tdkt"
        tab.return_with("Thiếu báo cáo thành tích của bà Hương", reply)
        qtbot.waitUntil(lambda: tab.table.item(0, 4).text() == "Returned", timeout=20_000)
        assert reply.exists() and tab.last_reply == reply
        assert inbox.get(ws, rid).state is ReceivedState.RETURNED
        assert not tab.return_button.isEnabled() and not tab.accept_button.isEnabled()


def test_received_tab_accepts_into_a_draft_batch(
    qtbot, commune: Place, department: Place, tmp_path: Path
) -> None:
    receive_up(department, send_up(commune, department, tmp_path))
    with department.acting() as ws:
        tab = ReceivedTab(ws)
        qtbot.addWidget(tab)
        batch = department.ids["batch"]
        assert tab.batch_box.currentData() == batch
        tab.accept_into(batch, None)
        qtbot.waitUntil(lambda: tab.table.item(0, 4).text() == "Accepted", timeout=20_000)
        got = proposals.nominees(ws, batch)
        assert len(got) == 4
        assert "Đã đưa 4" in tab.details.text()


def test_opening_a_file_shows_the_preview(
    qtbot, commune: Place, department: Place, tmp_path: Path
) -> None:
    package = send_up(commune, department, tmp_path)
    with department.acting() as ws:
        tab = ReceivedTab(ws)
        qtbot.addWidget(tab)
        assert tab.table.rowCount() == 0 and "Nothing received yet" in tab.status.text()
        tab.open_package(package)
        qtbot.waitUntil(
            lambda: any(isinstance(c, ReceivePreviewDialog) for c in tab.children()),
            timeout=20_000,
        )
        dialog = next(c for c in tab.children() if isinstance(c, ReceivePreviewDialog))
        dialog.compared.setChecked(True)
        assert dialog.receive()
        qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=20_000)
        assert tab.status.text() == "Received: Đề nghị khen thưởng tổng kết năm 2025"


def test_settings_show_the_office_key(qtbot, commune: Place, department: Place) -> None:
    with department.acting() as ws:
        me = identity.own_office(ws)
        box = OfficeKeyBox(ws)
        qtbot.addWidget(box)
        assert box.office_code.text() == me.uuid == department.uuid
        assert box.fingerprint.text() == identity.fingerprint_text(me.fingerprint)
        assert box.known.text() == "None yet"


def _content(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table of the file."""
    from tests.packages.test_round_trips import rows

    tables = rows(
        path, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    )
    return {t: sorted(rows(path, f'SELECT * FROM "{t}"'), key=repr) for (t,) in tables}


def test_a_receive_cancelled_midway_leaves_the_file_unchanged(
    qtbot, commune: Place, department: Place, tmp_path: Path
) -> None:
    from desktop.domain import progress as steps
    from desktop.ui import tasks

    # GIVEN a proposal package whose sender's fingerprint was compared
    package = send_up(commune, department, tmp_path)
    before = _content(department.path)
    with department.acting() as ws:
        dialog = ReceivePreviewDialog(ws, package, receive.preview(ws, package))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.mouseClick(dialog.compared, Qt.MouseButton.LeftButton)
        seen: list[tuple[int, int]] = []

        def cancel_halfway(task: tasks.Task, done: int, total: int, what: str) -> None:
            if what == steps.WRITE:
                seen.append((done, total))
                if done == total // 2:  # half the records filed in the transaction
                    task.cancel()  # what the dialog's Cancel does (on the worker thread)

        # WHEN the receive is cancelled halfway through filing its records
        tasks.report_hooks.append(cancel_halfway)
        try:
            qtbot.mouseClick(dialog.receive_button, Qt.MouseButton.LeftButton)
            task = dialog.task
            assert task is not None
            qtbot.waitUntil(lambda: task.done, timeout=20_000)
        finally:
            tasks.report_hooks.remove(cancel_halfway)
        # THEN it stopped there, nothing of the package is in the file, and it may be tried again
        assert task.cancelled and dialog.received_id is None, seen
        total = seen[0][1]
        assert total > 4 and seen[-1] == (total // 2, total)
        assert _content(department.path) == before
        assert inbox.inbox(ws) == [] and dialog.receive_button.isEnabled()
