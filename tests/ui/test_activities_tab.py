"""The propaganda and inspection tab: a line added through its form, a file kept and saved
back, a bad line refused in the form, the totals line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox

from desktop.domain.activities import ActivityKind
from desktop.services import activities
from desktop.services.session import Workspace
from desktop.ui import i18n
from desktop.ui.pages.activities_tab import ActivitiesTab, ActivityLogDialog
from desktop.ui.pages.movements import MovementsPage
from tests.services.movement_data import make_office


@pytest.fixture
def page(qtbot, ws: Workspace) -> MovementsPage:  # type: ignore[no-untyped-def]
    make_office(ws)
    p = MovementsPage(ws)
    qtbot.addWidget(p)
    p.resize(1366, 700)
    p.show()
    return p


def _tab(page: MovementsPage) -> ActivitiesTab:
    tab = next(t for t, _ in page.extra_tabs if isinstance(t, ActivitiesTab))
    page.tabs.setCurrentWidget(tab)
    return tab


def test_a_line_typed_in_the_form_is_listed_and_counted(
    page: MovementsPage, ws: Workspace, qtbot
) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(page)
    assert tab.table.rowCount() == 0 and not tab.edit_button.isEnabled()
    dialog = ActivityLogDialog(ws, page.movement.id, None, tab)  # type: ignore[union-attr]
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(ActivityKind.TIN_BAI.value))
    dialog.date_edit.setDate(QDate(2023, 5, 2))
    dialog.actor.setText("Văn phòng Sở")
    dialog.content.setPlainText("Tin bài về phong trào")
    dialog.quantity.setValue(5)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    tab.refresh()
    assert tab.table.rowCount() == 1
    assert tab.table.item(0, 0).text() == "02/05/2023"
    assert tab.table.item(0, 1).text() == "News item, article"
    assert tab.table.item(0, 5).text() == "5"
    assert "Propaganda: 5" in tab.totals.text()
    [stored] = activities.activities(ws, page.movement.id)  # type: ignore[union-attr]
    assert stored.data.done_on == date(2023, 5, 2) and stored.data.actor == "Văn phòng Sở"


def test_an_empty_content_is_refused_in_the_form(page: MovementsPage, ws: Workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(page)
    dialog = ActivityLogDialog(ws, page.movement.id, None, tab)  # type: ignore[union-attr]
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    # the refusal names the field, under it (the generic "This field is required." did not)
    assert dialog.error_text("content") == "Write what was done (the content of the activity)."
    assert activities.activities(ws, page.movement.id) == []  # type: ignore[union-attr]


def test_an_empty_content_is_named_in_vietnamese_too(
    page: MovementsPage, ws: Workspace, qtbot, qapp
) -> None:  # type: ignore[no-untyped-def]
    i18n.install(qapp, "vi")
    try:
        dialog = ActivityLogDialog(ws, page.movement.id, None, _tab(page))  # type: ignore[union-attr]
        qtbot.addWidget(dialog)
        dialog.accept()
        assert dialog.error_text("content") == "Chưa ghi nội dung hoạt động."
    finally:
        i18n.uninstall(qapp)


def test_a_file_is_kept_with_the_selected_line_and_saved_back(
    page: MovementsPage, ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.domain.activities import ActivityInput

    mid = page.movement.id  # type: ignore[union-attr]
    activities.save(ws, mid, ActivityInput(ActivityKind.KIEM_TRA, date(2023, 10, 1), "Kiểm tra"))
    tab = _tab(page)
    tab.refresh()
    assert not tab.attach_button.isEnabled()
    tab.table.selectRow(0)
    assert tab.attach_button.isEnabled() and not tab.save_file_button.isEnabled()
    source = tmp_path / "bien-ban.docx"
    source.write_bytes(b"bien ban kiem tra")
    assert tab.attach(str(source))
    assert tab.files.rowCount() == 1 and tab.files.item(0, 0).text() == "bien-ban.docx"
    assert tab.table.item(0, 6).text() == "1"
    target = tmp_path / "ban-sao.docx"
    assert tab.save_file(str(target))
    assert target.read_bytes() == b"bien ban kiem tra"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.remove_file()
    assert tab.files.rowCount() == 0
    tab.remove()
    assert tab.table.rowCount() == 0 and activities.activities(ws, mid) == []
