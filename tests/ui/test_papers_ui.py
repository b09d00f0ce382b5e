"""The printed-paper settings box and the dossier preview's empty-section warning, Nơi nhận
and number editors, on real widgets over a database made by the real migrations."""

from __future__ import annotations

import pytest


@pytest.fixture
def batch_id(ws) -> int:  # type: ignore[no-untyped-def]
    """A batch of three people with a council meeting, their duties left empty."""
    from datetime import datetime

    from desktop.domain.awards import CommendationType
    from desktop.domain.people import PersonInput
    from desktop.domain.proposals import BatchInput, MeetingInput, NomineeInput, SubjectType
    from desktop.domain.ratings import PersonRatingInput, Rating
    from desktop.domain.units import UnitInput
    from desktop.services import people, proposals, ratings, units

    unit = units.save(ws, UnitInput("Phòng Kế hoạch", code="KH"))
    batch = proposals.create_batch(
        ws, BatchInput("Khen thưởng tổng kết năm 2025", CommendationType.MERIT, 2025)
    )
    ids = []
    for name in ("Nguyễn Thị Hương", "Đặng Văn Dũng", "Lê Thị Lan"):
        pid = people.save(ws, PersonInput(name, unit))
        ratings.set_person_rating(ws, PersonRatingInput(pid, 2025, Rating.EXCELLENT))
        nominee = NomineeInput(SubjectType.PERSON, "CSTDCS", person_id=pid)
        ids.append(proposals.add_nominee(ws, batch, nominee))
    meeting = MeetingInput(
        datetime(2025, 12, 10, 8), "Phòng họp", "Giám đốc Sở", "Chánh Văn phòng", 9, 9
    )
    proposals.record_meeting(ws, batch, meeting, dict.fromkeys(ids, 9))
    return batch


def test_settings_say_which_font_prints_and_store_the_noi_nhan(qtbot, ws) -> None:  # type: ignore[no-untyped-def]
    from desktop.services import office
    from desktop.ui.pages.settings import SettingsPage

    page = SettingsPage(ws)
    qtbot.addWidget(page)
    box = page.papers_box
    family, path = office.print_font()
    assert family in box.font_label.text() and path in box.font_label.text()
    assert box.copies.toPlainText() == "Như trên\nLưu: VT"  # the default shown
    box.drafting.setText("VP")
    assert box.save()  # the default saved unchanged stays the default, with the drafting unit
    assert office.paper_settings(ws).copies_to == ()
    assert box.copies.toPlainText() == "Như trên\nLưu: VT, VP"
    box.copies.setPlainText("- Như trên;\nSở Nội vụ\nLưu: VT, TĐKT")
    box.drafting.setText("TĐKT")
    box.recipient.setText("Sở Nội vụ tỉnh Sóc Trăng")
    assert box.save()
    stored = office.paper_settings(ws)
    assert stored.copies_to == ("Như trên", "Sở Nội vụ", "Lưu: VT, TĐKT")
    assert (stored.drafting_unit, stored.report_recipient) == ("TĐKT", "Sở Nội vụ tỉnh Sóc Trăng")


def test_empty_sections_are_named_and_printing_waits_for_a_choice(qtbot, ws, batch_id) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.dialogs.dossier_preview import DossierPreviewDialog

    dialog = DossierPreviewDialog(ws, batch_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.done, timeout=20_000)
    assert dialog.missing_box.isVisible()
    text = dialog.missing_label.text()
    for name in ("Nguyễn Thị Hương", "Đặng Văn Dũng", "Lê Thị Lan"):
        assert name in text
    assert "Quyền hạn, nhiệm vụ được giao" in text
    assert not dialog.preview.print_button.isEnabled()
    assert not dialog.preview.save_button.isEnabled()
    dialog.print_anyway_button.click()
    assert not dialog.missing_box.isVisible()
    assert dialog.preview.print_button.isEnabled() and dialog.preview.save_button.isEnabled()


def test_batch_noi_nhan_edited_from_the_preview(qtbot, ws, batch_id, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog

    from desktop.services import office
    from desktop.ui.dialogs.dossier_preview import DossierPreviewDialog

    dialog = DossierPreviewDialog(ws, batch_id, "to-trinh")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.done, timeout=20_000)
    monkeypatch.setattr(
        QInputDialog,
        "getMultiLineText",
        lambda *a, **k: ("Như trên\nBan Thi đua - Khen thưởng\nLưu: VT, VP", True),
    )
    dialog.copies_button.click()
    assert office.batch_copies(ws, batch_id) == (
        ("Như trên", "Ban Thi đua - Khen thưởng", "Lưu: VT, VP"),
        True,
    )
    assert not dialog.number_button.isEnabled()  # not submitted: no number yet
    qtbot.waitUntil(lambda: dialog.task.done, timeout=20_000)
