"""Every message code the lower layers can give has a wording in the UI language: the error
codes raised anywhere in desktop/ (read from the sources), and the eligibility reasons the
engine writes over a real demo database; and an English screen shows one of them in English."""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.domain import reasons, row_problems
from desktop.domain.awards import CommendationType
from desktop.services import catalog as catalog_service
from desktop.services import demo, eligibility, people, units
from desktop.services.session import Workspace
from desktop.ui import i18n, messages
from desktop.ui.pages.units import UnitsPage
from tests.ui import message_sites
from tests.ui.office_data import click_box_button, fill_office, when_modal

YEARS = range(2019, 2028)
VIETNAMESE = re.compile(
    "[ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệịỉọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]"
)  # both rule sets (2017 until 2023, 2022 Law from 2024)


@pytest.fixture
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    i18n.install(qapp, "en")
    yield
    i18n.uninstall(qapp)


def test_every_reason_of_a_demo_office_has_an_english_wording(
    tmp_path: Path,
    english,  # type: ignore[no-untyped-def]
) -> None:
    # GIVEN a small demo office made by the real migrations and demo generator
    ws = Workspace.open(tmp_path / "demo.db")
    try:
        demo.fill(ws, people=60, seed=5)
        catalog = catalog_service.load(ws)
        someone = people.query_ids(ws, people.make_query(""))[:3]
        # WHEN every award of the catalog is checked for every year, and the nominations with
        # their own criteria (sudden achievement, long service) too
        produced: dict[str, str] = {}
        for year in YEARS:
            for award in catalog.awards:
                for row in eligibility.evaluate(ws, year, award.code):
                    for reason in row.reasons:
                        produced.setdefault(reason, f"{award.code} {year}")
            for pid in someone:
                for kind, text in (
                    (CommendationType.SUDDEN, ""),
                    (CommendationType.SUDDEN, "Cứu người trong lũ"),
                    (CommendationType.SERVICE, ""),
                ):
                    row = eligibility.check_one(
                        ws, year, "GIAY_KHEN", person_id=pid, kind=kind, achievement=text
                    )
                    for reason in row.reasons if row else ():
                        produced.setdefault(reason, f"{kind} {year}")
    finally:
        ws.close()
    assert len(produced) > 50  # the engine said many different things
    # THEN each reason is read back to a code with an English wording, filled in English
    wordings = messages.reason_wordings()
    unread = {r: where for r, where in produced.items() if reasons.parse(r) is None}
    assert not unread, unread
    for reason in produced:
        parsed = reasons.parse(reason)
        if parsed is None:
            continue
        assert parsed.code in wordings, reason
        assert messages.reason_text(reason) != reason, reason


def _fields(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


def test_every_error_code_raised_in_desktop_has_a_wording_that_its_sites_can_fill(
    english,  # type: ignore[no-untyped-def]
) -> None:
    # GIVEN every construction of a coded error in desktop/, read from the sources
    sites, unresolved = message_sites.collect()
    assert not unresolved, unresolved  # a code that is not a literal the scan can follow
    codes = {s.code for s in sites}
    assert len(codes) > 200 and {"not_found", "unit_in_use", "zip_bomb", "locked"} <= codes
    wordings = messages.error_wordings()
    # THEN each code has a wording, and each wording is for a code that is raised
    assert sorted(codes - set(wordings)) == []
    assert sorted(set(wordings) - codes) == []
    # AND a wording names only values every site of its code passes
    for site in sites:
        needed = _fields(wordings[site.code])
        assert site.params is not None and needed <= site.params, (site, needed)


def test_the_english_units_page_words_a_refused_delete_in_english(
    qtbot,  # type: ignore[no-untyped-def]
    qapp,
    ws,
    english,
) -> None:
    # GIVEN the units page of an office whose Văn phòng has two people, in English
    office = fill_office(ws)
    page = UnitsPage(ws)
    qtbot.addWidget(page)
    page.resize(1000, 500)
    page.show()
    qtbot.waitExposed(page)
    page.select_unit(office.units["vp"])
    seen: list[str] = []

    def refused(box) -> None:  # type: ignore[no-untyped-def]
        seen.append(box.informativeText())
        click_box_button(box, std=QMessageBox.StandardButton.Close)

    def confirm(box) -> None:  # type: ignore[no-untyped-def]
        click_box_button(box, std=QMessageBox.StandardButton.Yes)
        when_modal(refused)

    # WHEN the clerk deletes it
    when_modal(confirm)
    page.delete_button.click()
    # THEN the service's refusal (once its Vietnamese sentence) reads in English
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0] == (
        "The unit cannot be deleted: it still has 2 people and 0 sub-units. Move them "
        "elsewhere first, or deactivate it to keep the history."
    ), seen
    assert not VIETNAMESE.search(seen[0])
    assert units.get(ws, office.units["vp"]).active
    # AND in Vietnamese the service's own sentence is shown
    i18n.install(qapp, "vi")
    seen.clear()
    when_modal(confirm)
    page.delete_button.click()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0].startswith("Không thể xóa đơn vị vì còn 2 người."), seen


def test_every_row_problem_code_has_an_english_wording_its_values_can_fill(
    english,  # type: ignore[no-untyped-def]
) -> None:
    # GIVEN every problem an imported spreadsheet row can have (domain.row_problems) and the
    # codes the import modules name in their sources
    sources = "\n".join(
        p.read_text(encoding="utf-8")
        for p in Path("desktop").rglob("*.py")
        if p.name not in {"row_problems.py", "messages.py"}
    )
    called = set(re.findall(r"\bproblem\(\s*\"(\w+)\"", sources))
    wordings = messages.row_problem_wordings()
    # THEN every code written has a template, and every template is written somewhere
    assert called and sorted(called - set(row_problems.TEMPLATES)) == []
    assert sorted(c for c in row_problems.TEMPLATES if f'"{c}"' not in sources) == []
    # AND each code has an English wording naming only the values its template is given
    assert sorted(set(row_problems.TEMPLATES) - set(wordings)) == []
    assert sorted(set(wordings) - set(row_problems.TEMPLATES)) == []
    for code, template in row_problems.TEMPLATES.items():
        assert _fields(wordings[code]) <= _fields(template), code
        # (a value the template names and the wording drops would be lost in English)
        assert _fields(template) <= _fields(wordings[code]), code
        values = {name: "1" for name in _fields(template)}
        english_text = messages.row_problem_text(row_problems.problem(code, **values))
        assert english_text != row_problems.problem(code, **values).text, code
