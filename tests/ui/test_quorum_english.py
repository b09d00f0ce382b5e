"""The council's quorum in the English interface: the meeting dialog's live warning, its
refusal on save and the roster's refusal of a bad quorum read in English; in Vietnamese the
warning keeps the domain's sentence."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from desktop.services.session import Workspace
from desktop.ui import i18n
from desktop.ui.dialogs.council_dialogs import MeetingDialog
from desktop.ui.dialogs.council_roster import CouncilRosterDialog
from tests.ui.test_batch_council_ui import _batch, _people
from tests.ui.test_message_codes import VIETNAMESE


@pytest.fixture(autouse=True)
def _finish_background_work(qtbot) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield
    from desktop.ui.tasks import worker_pool

    worker_pool().waitForDone(60_000)
    QApplication.processEvents()


def _meeting_below_quorum(qtbot, ws: Workspace) -> MeetingDialog:  # type: ignore[no-untyped-def]
    batch, noms = _batch(ws, ["LDTT"], _people(ws, 1))
    dialog = MeetingDialog(ws, batch)  # no roster: counts typed
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.chair_edit.setText("Giám đốc Sở")
    dialog.secretary_edit.setText("Chánh Văn phòng")
    dialog.total_box.setValue(9)
    dialog.present_box.setValue(5)
    dialog.absent_box.setValue(0)
    dialog.set_votes({noms[0]: 5})
    return dialog


def test_the_quorum_warning_and_refusals_read_in_english(qtbot, qapp, ws: Workspace) -> None:  # type: ignore[no-untyped-def]
    i18n.install(qapp, "en")
    try:
        # GIVEN a meeting of 5 of 9 members (the default quorum is 2/3)
        dialog = _meeting_below_quorum(qtbot, ws)
        # THEN the live warning is in English
        expected = (
            "Only 5/9 members attended, fewer than the 2/3 of the council its rules require: "
            "the council's conclusions are not valid."
        )
        assert dialog.quorum_label.isVisible() and dialog.quorum_label.text() == expected
        # AND so is the refusal when it is saved anyway
        assert not dialog.save() and dialog.error_text("members_total") == expected
        # AND the roster refuses a quorum above 1 or not a share in English
        roster = CouncilRosterDialog(ws)
        qtbot.addWidget(roster)
        roster.quorum_edit.setText("3/2")
        assert not roster.save()
        assert roster.error_text("quorum") == "The quorum must be more than 0 and at most 1."
        roster.quorum_edit.setText("hai phần ba")
        assert not roster.save()
        assert roster.error_text("quorum") == "Write the quorum as 2/3 or 80%."
        assert not VIETNAMESE.search(dialog.quorum_label.text() + roster.error_text("quorum"))
    finally:
        i18n.uninstall(qapp)


def test_the_quorum_warning_keeps_its_vietnamese_sentence(qtbot, qapp, ws: Workspace) -> None:  # type: ignore[no-untyped-def]
    i18n.install(qapp, "vi")
    try:
        dialog = _meeting_below_quorum(qtbot, ws)
        assert dialog.quorum_label.text() == (
            "Cuộc họp chỉ có 5/9 thành viên dự họp, chưa đủ 2/3 tổng số thành viên Hội đồng "
            "theo quy chế: kết luận của Hội đồng chưa có giá trị."
        )
    finally:
        i18n.uninstall(qapp)
