"""The award record on the person and unit forms: added and corrected by hand through the
service (validated, in the audit log), shown in the form, printed as "Quá trình khen thưởng"."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from desktop.domain.errors import ValidationError
from desktop.services import audit, award_record
from desktop.services.award_record import AwardEntry
from desktop.ui.dialogs.person_dialog import PersonDialog
from desktop.ui.dialogs.unit_dialog import UnitDialog
from desktop.ui.widgets.award_history import AwardEntryDialog
from tests.documents.pdfread import reader, runs, text
from tests.ui.office_data import fill_office, when_modal

TODAY = date(2026, 3, 1)


@pytest.fixture
def office(ws):  # type: ignore[no-untyped-def]
    return fill_office(ws)


def _person(office):  # type: ignore[no-untyped-def]
    return office.people["Nguyễn Thị Hương"]


def test_service_validates_what_is_typed(ws, office) -> None:  # type: ignore[no-untyped-def]
    pid = _person(office)
    rid = award_record.add(
        ws,
        AwardEntry(2024, "LDTT", "", "12/QĐ-STC", date(2025, 1, 10), "Sở Tài chính"),
        person_id=pid,
        today=TODAY,
    )
    assert award_record.lines(ws, person_id=pid)[0].award_name == "Lao động tiên tiến"
    bad = [
        AwardEntry(2027, "LDTT"),  # a year to come
        AwardEntry(2024, "", ""),  # no award
        AwardEntry(2024, "TTLDTT"),  # a collective's title for a person
        AwardEntry(2023, "", "Bằng khen", "", date(2023, 5, 1)),  # a date without a number
        AwardEntry(2023, "", "Bằng khen", "5/QĐ", date(2022, 5, 1)),  # decided before the year
        AwardEntry(2024, "LDTT"),  # already recorded that year
    ]
    for entry in bad:
        with pytest.raises(ValidationError):
            award_record.add(ws, entry, person_id=pid, today=TODAY)
    award_record.correct(
        ws,
        rid,
        AwardEntry(2024, "CSTDCS", "", "13/QĐ-STC", date(2025, 1, 12), "Sở Tài chính"),
        today=TODAY,
    )
    line = award_record.lines(ws, person_id=pid)[0]
    assert (line.award_code, line.decision_number) == ("CSTDCS", "13/QĐ-STC")
    assert len(award_record.lines(ws, person_id=pid)) == 1


def test_person_form_adds_and_corrects_an_award(qtbot, ws, office) -> None:  # type: ignore[no-untyped-def]
    pid = _person(office)
    dlg = PersonDialog(ws, pid)
    qtbot.addWidget(dlg)
    dlg.show()
    editor = dlg.awards
    assert editor.table.rowCount() == 0
    assert dlg.tabs is not None and dlg.tabs.indexOf(editor) > 0

    def fill(d: QDialog) -> None:
        assert isinstance(d, AwardEntryDialog)
        d.year.setValue(2023)
        d.award.setEditText("Giấy khen của Giám đốc Sở")
        d.number.setText("88/QĐ-STC")
        d.when.setText("15/01/2024")
        d.issuer.setText("Sở Tài chính")
        d.accept()

    when_modal(fill)
    qtbot.mouseClick(editor.add_button, qtbot_button())
    assert editor.table.rowCount() == 1
    row = [editor.table.item(0, c).text() for c in range(5)]
    assert row == ["2023", "Giấy khen của Giám đốc Sở", "88/QĐ-STC", "15/01/2024", "Sở Tài chính"]

    editor.table.selectRow(0)

    def fix(d: QDialog) -> None:
        assert isinstance(d, AwardEntryDialog)
        assert d.number.text() == "88/QĐ-STC"
        d.number.setText("89/QĐ-STC")
        d.when.setText("31/02/2024")  # no such day: refused, the form stays open
        d.accept()
        assert d.isVisible() and d.error_text("decision_date")  # beside the field
        d.when.setText("16/01/2024")
        d.accept()

    when_modal(fix)
    qtbot.mouseClick(editor.correct_button, qtbot_button())
    assert editor.table.item(0, 2).text() == "89/QĐ-STC"
    assert editor.table.item(0, 3).text() == "16/01/2024"
    line = award_record.lines(ws, person_id=pid)[0]
    events = audit.history(ws, "award_record", line.uuid, oldest_first=True)
    assert [e.action for e in events] == ["insert", "update"]
    assert events[1].changes["decision_number"] == ["88/QĐ-STC", "89/QĐ-STC"]


def test_unit_form_shows_its_awards(qtbot, ws, office) -> None:  # type: ignore[no-untyped-def]
    uid = office.units["vp"]
    award_record.add(
        ws, AwardEntry(2024, "TTLDXS", "", "20/QĐ-UBND", date(2025, 1, 5), "UBND tỉnh"), unit_id=uid
    )
    dlg = UnitDialog(ws, uid)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.awards is not None and dlg.awards.table.rowCount() == 1
    assert dlg.awards.table.item(0, 1).text() == "Tập thể lao động xuất sắc"


def test_award_record_page_reads_back(ws, office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pid = _person(office)
    award_record.add(
        ws,
        AwardEntry(2022, "LDTT", "", "5/QĐ-STC", date(2023, 1, 9), "Sở Tài chính"),
        person_id=pid,
    )
    award_record.add(
        ws,
        AwardEntry(
            2024,
            "",
            "Bằng khen của Chủ tịch UBND tỉnh",
            "301/QĐ-UBND",
            date(2025, 2, 3),
            "UBND tỉnh",
        ),
        person_id=pid,
    )
    out = award_record.print_record(ws, tmp_path / "qt.pdf", person_id=pid)
    pdf = out.read_bytes()
    page = " ".join(text(pdf).split())  # cells wrap: compare words
    assert "QUÁ TRÌNH KHEN THƯỞNG" in page
    assert "Họ và tên: Nguyễn Thị Hương" in page
    for value in (
        "Lao động tiên tiến",
        "5/QĐ-STC ngày 09/01/2023",
        "301/QĐ-UBND ngày 03/02/2025",
        "UBND tỉnh",
    ):
        assert value in page, value
    years = [r for r in runs(reader(pdf).pages[0]) if r.text in ("2022", "2024")]
    assert [r.text for r in sorted(years, key=lambda r: -r.y)] == ["2022", "2024"]  # oldest first


def qtbot_button():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
