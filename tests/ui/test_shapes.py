"""The shared shapes of the interface: the lazy table model, the form base, the one writer."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from desktop.domain.ratings import PersonRatingInput, Rating
from desktop.services import award_record, ratings
from desktop.services.session import GuiThreadWrite, Workspace
from desktop.ui.models.lazy_table import ID_ROLE, LazyTableModel
from desktop.ui.tasks import on_worker
from desktop.ui.widgets.award_history import AwardEntryDialog
from tests.ui.office_data import Office, fill_office


class _Squares(LazyTableModel):
    """Row n shows n and n²; every fetch is written down."""

    block = 10
    max_blocks = 3

    def __init__(self) -> None:
        super().__init__(["n", "n²"])
        self.fetched: list[list[int]] = []

    def fetch_rows(self, ids: Sequence[int]) -> dict[int, tuple[int, int]]:
        self.fetched.append(list(ids))
        return {i: (i, i * i) for i in ids if i != 13}  # 13 was deleted meanwhile

    def cell(self, row: tuple[int, int], column: int) -> str:
        return str(row[column])


def test_the_lazy_model_fetches_a_block_when_first_asked_and_drops_the_oldest(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = _Squares()
    model.set_ids(range(100))
    assert model.rowCount() == 100 and model.fetched == []
    assert model.index(5, 1).data() == "25"
    assert model.fetched == [list(range(10))]
    assert model.index(7, 0).data() == "7" and len(model.fetched) == 1  # same block: no query
    assert model.index(13, 0).data() is None  # a row gone since the query ran shows nothing
    assert model.index(13, 0).data(ID_ROLE) == 13  # its id needs no fetch
    for row in (25, 35, 45):
        model.index(row, 0).data()
    assert model.fetched_blocks() == 3  # the first block was dropped
    model.index(0, 0).data()
    assert model.fetched[-1] == list(range(10))  # and is read again when needed
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "n"


def test_the_lazy_model_keeps_the_selection_on_its_record_through_a_new_order(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = _Squares()
    model.set_ids(range(30))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setCurrentIndex(model.index(4, 0))
    model.reorder(list(reversed(range(30))))
    assert view.currentIndex().row() == 25
    assert view.currentIndex().data() == "4"


@pytest.fixture
def office(ws: Workspace) -> Office:
    return fill_office(ws)


def test_a_form_error_is_shown_beside_its_field_which_gets_the_focus(
    qtbot, ws: Workspace, office: Office, gui_writes_strict: None
) -> None:  # type: ignore[no-untyped-def]
    person = next(iter(office.people.values()))
    dialog = AwardEntryDialog(ws, person_id=person)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.award.setEditText("Giấy khen của Giám đốc Sở")
    dialog.number.setText("12/QĐ-STC")
    dialog.when.setText("31/02/2024")  # no such day
    dialog.issuer.setFocus()
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error_text("decision_date")
    assert dialog.error_text("decision_number") == ""
    assert dialog.focusWidget() is dialog.when
    assert award_record.lines(ws, person_id=person) == []
    # the date corrected: the error goes as it is typed, the save runs on the worker
    dialog.when.clear()
    qtbot.keyClicks(dialog.when, f"15/01/{date.today().year}")
    assert dialog.error_text("decision_date") == ""
    dialog.year.setValue(date.today().year)
    dialog.accept()
    assert not dialog.isVisible()
    [line] = award_record.lines(ws, person_id=person)
    assert line.id == dialog.saved_id and line.decision_number == "12/QĐ-STC"


def test_a_write_begun_by_interface_code_on_the_gui_thread_is_refused_in_strict_mode(
    qtbot, ws: Workspace, office: Office, gui_writes_strict: None
) -> None:  # type: ignore[no-untyped-def]
    person = next(iter(office.people.values()))
    data = PersonRatingInput(person, 2024, Rating.DONE)
    with pytest.raises(GuiThreadWrite, match="test_shapes"):
        _write_here(ws, data)
    assert ratings.person_rating(ws, person, 2024) is None  # nothing begun
    on_worker(None, lambda: ratings.set_person_rating(ws, data))  # the same write, on the worker
    stored = ratings.person_rating(ws, person, 2024)
    assert stored is not None and stored.rating is Rating.DONE


def _write_here(ws: Workspace, data: PersonRatingInput) -> None:
    # Stands for interface code: the guard watches the folder of desktop/ui, and a test file
    # is not in it, so this test names its own folder as the watched one.
    import threading
    from pathlib import Path

    from desktop.services import session

    session.guard_gui_thread(threading.get_ident(), Path(__file__).parent, strict=True)
    ratings.set_person_rating(ws, data)


def test_a_list_page_deletes_on_the_worker_and_lists_again_on_the_neighbour(
    qtbot, ws: Workspace, office: Office, gui_writes_strict: None
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from desktop.services import people
    from desktop.ui.pages.people import PeoplePage
    from tests.ui.office_data import click_box_button, when_modal

    page = PeoplePage(ws)
    qtbot.addWidget(page)
    page.show()
    total = page.model.rowCount()
    victim = page.model.id_at(1)
    after = page.model.id_at(2)
    assert victim is not None and page.select(victim)
    changed: list[bool] = []
    page.data_changed.connect(lambda: changed.append(True))
    when_modal(lambda box: click_box_button(box, std=QMessageBox.StandardButton.Yes))
    page.delete_selected()  # strict mode: a delete on this thread would raise
    assert page.model.rowCount() == total - 1
    assert page.current_id() == after and changed == [True]
    assert victim not in people.query_ids(ws, people.make_query())


def test_outside_strict_mode_a_gui_thread_write_is_logged_with_its_call_site(
    qtbot, ws: Workspace, office: Office, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    import logging
    import threading
    from pathlib import Path

    from desktop.services import session

    person = next(iter(office.people.values()))
    session.guard_gui_thread(threading.get_ident(), Path(__file__).parent)  # as ui/app.py does
    try:
        with caplog.at_level(logging.WARNING, logger="thidua.db"):
            ratings.set_person_rating(ws, PersonRatingInput(person, 2023, Rating.DONE))
    finally:
        session.guard_gui_thread(None)
    assert "test_shapes.py" in caplog.text and "GUI thread" in caplog.text
    stored = ratings.person_rating(ws, person, 2023)  # written all the same
    assert stored is not None and stored.rating is Rating.DONE


def _reddish(red: int, green: int, blue: int) -> bool:
    """A colour whose hue is within 20 degrees of red and that is not a grey."""
    import colorsys

    hue, _, saturation = colorsys.rgb_to_hls(red / 255, green / 255, blue / 255)
    return (
        saturation >= 0.1
        and max(red, green, blue) - min(red, green, blue) >= 16
        and (hue <= 20 / 360 or hue >= 340 / 360)
    )


def _reds_in(text: str) -> list[str]:
    """The red colours a source text spells: hex, rgb()/rgba(), QColor(r, g, b), Qt.red, 'red'."""
    import re

    found = []
    for match in re.finditer(r"#([0-9a-f]{6}|[0-9a-f]{3})\b", text, re.I):
        digits = match.group(1)
        if len(digits) == 3:
            digits = "".join(c * 2 for c in digits)
        if _reddish(*(int(digits[i : i + 2], 16) for i in (0, 2, 4))):
            found.append(match.group(0))
    numbers = r"\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*[,)]"
    for match in re.finditer(r"(?:rgba?|QColor)" + numbers, text):
        if _reddish(*(int(n) for n in match.groups())):
            found.append(match.group(0))
    named = r"Qt(?:\.GlobalColor)?\.(?:dark)?red\b|[\"': ](?:dark)?red[\"';]|\bcrimson\b"
    found += [m.group(0) for m in re.finditer(named, text, re.I)]
    return found


def test_the_red_finder_knows_the_spellings() -> None:
    for spelling in (
        'setStyleSheet("color: #b00020;")',
        "QBrush(QColor(160, 20, 20))",
        'QColor("#f44")',
        '"background: rgb(253, 226, 226);"',
        "QColor(Qt.GlobalColor.red)",
        "painter.setPen(Qt.red)",
        '"color: red;"',
        "QColor('darkred')",
    ):
        assert _reds_in(spelling), spelling
    for spelling in ('"color: #8a4b00;"', 'QColor("#1b7a2f")', "QColor(120, 120, 120)", "#fff3c4"):
        assert not _reds_in(spelling), spelling


def test_the_error_red_is_written_once() -> None:
    from pathlib import Path

    import desktop.ui

    root = Path(desktop.ui.__file__).parent
    found = {
        path.relative_to(root).as_posix(): reds
        for path in root.rglob("*.py")
        if (reds := _reds_in(path.read_text(encoding="utf-8")))
    }
    assert set(found) == {"style.py"}, found
