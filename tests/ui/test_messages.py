"""Errors, submission problems and eligibility reasons are worded in the UI language from their
codes (desktop/ui/messages.py); the lower layers keep the Vietnamese sentences."""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from enum import Enum
from pathlib import Path

import pytest

from desktop.domain import reasons
from desktop.domain.awards import CommendationType
from desktop.domain.initiatives import InitiativeKind, Scope
from desktop.domain.people import PersonInput
from desktop.domain.proposals import BatchInput, NomineeInput, SubjectType
from desktop.domain.ratings import DisciplineKind, PersonRatingInput, Rating
from desktop.domain.units import UnitInput
from desktop.services import people, proposals, ratings, units
from desktop.ui import i18n, messages
from desktop.ui.dialogs.council_dialogs import DecisionDialog
from desktop.ui.models.proposal_tables import N_ELIGIBILITY
from desktop.ui.pages.proposals import ProposalsPage

ROOT = Path(__file__).resolve().parents[2]
VIETNAMESE = re.compile("[ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệịỉọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")
SAMPLE: dict[str, object] = {
    "year": 2024,
    "rating": Rating.DONE,
    "floor": Rating.GOOD,
    "kind": DisciplineKind.WARNING,
    "title": "Chiến sĩ thi đua cơ sở",
    "award": "Lao động tiên tiến",
    "decision": "12/QĐ-UBND",
    "count": 3,
    "first": 2022,
    "last": 2024,
    "rule_set": "Nghị định 91/2017/NĐ-CP",
    "prior": "Bằng khen của Bộ, ban, ngành, tỉnh",
    "years": "2021, 2023",
    "need": 5,
    "unit": "Thôn Đông",
    "day": "20/12/2024",
    "record_kind": InitiativeKind.GOOD_MODEL,
    "used_for": "Chiến sĩ thi đua cơ sở năm 2023",
    "earliest": 2027,
    "reach": Scope.PROVINCE,
    "scope": Scope.BASE,
    "second": 2023,
    "proposed": 2025,
    "found": 2,
    "excellent": 2,
    "ldtt": 7,
    "total": 9,
    "share": 78,
    "percent": 50,
    "names": "Trần An, Lê Bình",
    "more": 4,
    "kinds": "xã, phường, đặc khu",
    "unit_kind": "phòng, ban",
    "blocs": "Khối các phòng chuyên môn",
    "head": "Nguyễn Văn Hải",
    "village": "Thôn Đông",
    "members": 5,
    "achievement": "Cứu hai người trong lũ",
    "years_held": 6,
    "months_held": 3,
    "held": "Trưởng phòng 01/2018-nay",
    "need_years": "6.66667",
    "fraction": "1/4",
    "decree": "Nghị định 86/2023/NĐ-CP",
}


def _fields(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


def _wordings() -> dict[str, dict[str, str]]:
    return {
        "error": messages.error_wordings(),
        "problem": messages.problem_wordings(),
        "reason": messages.reason_wordings(),
    }


@pytest.fixture
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    i18n.install(qapp, "en")
    yield
    i18n.uninstall(qapp)


def test_every_code_the_lower_layers_give_has_a_wording() -> None:
    # GIVEN the reason templates of the domain and every Problem code written in the sources
    sources = "".join(
        (ROOT / p).read_text(encoding="utf-8")
        for p in ("desktop/domain/proposals.py", "desktop/services/proposals.py")
    )
    problem_codes = set(re.findall(r'Problem\(\s*"(\w+)"', sources))
    # THEN the UI words each of them, and no more
    assert set(reasons.TEMPLATES) == set(messages.reason_wordings())
    assert problem_codes == set(messages.problem_wordings())


def test_every_code_is_worded_in_both_languages(qapp) -> None:  # type: ignore[no-untyped-def]
    # GIVEN the English interface WHEN each wording is read THEN it is English
    i18n.install(qapp, "en")
    try:
        english = _wordings()
        for family, table in english.items():
            for code, text in table.items():
                bare = text.replace("Thi đua", "")  # the program's name stays as it is
                assert text and not VIETNAMESE.search(bare), (family, code, text)
        # AND in Vietnamese each is translated, with the same placeholders
        i18n.install(qapp, "vi")
        for family, table in _wordings().items():
            for code, text in table.items():
                source = english[family][code]
                assert text != source, (family, code)
                assert _fields(text) == _fields(source), (family, code, text)
    finally:
        i18n.uninstall(qapp)


def test_each_reason_is_read_back_from_its_vietnamese_sentence() -> None:
    for code, template in reasons.TEMPLATES.items():
        values = {name: SAMPLE[name] for name in _fields(template)}
        sentence = reasons.text(code, **values)
        parsed = reasons.parse(sentence)
        read = {k: v if isinstance(v, Enum) else str(v) for k, v in values.items()}
        assert parsed is not None and (parsed.code, parsed.params) == (code, read), sentence
        blocked = reasons.parse(reasons.MISSING + sentence)
        assert blocked is not None and blocked.missing and blocked.code == code
    assert reasons.parse("Thành tích do Hội đồng tự đánh giá.") is None  # not one of ours


def test_english_page_shows_english_reasons_and_errors_vietnamese_keeps_them(
    qtbot,  # type: ignore[no-untyped-def]
    qapp,
    ws,
    english,
) -> None:
    # GIVEN a person rated "Hoàn thành nhiệm vụ" proposed for Lao động tiên tiến (needs better)
    unit = units.save(ws, UnitInput("Phòng Kế hoạch", code="KH"))
    binh = people.save(ws, PersonInput("Trần Văn Bình", unit))
    ratings.set_person_rating(ws, PersonRatingInput(binh, 2025, Rating.DONE))
    batch = proposals.create_batch(
        ws, BatchInput("Khen thưởng năm 2025", CommendationType.MERIT, 2025)
    )
    proposals.add_nominee(ws, batch, NomineeInput(SubjectType.PERSON, "LDTT", person_id=binh))
    [stored] = proposals.nominees(ws, batch)
    assert stored.eligibility_reasons[0].startswith("Thiếu: năm 2025 xếp loại")  # stored as is
    page = ProposalsPage(ws)
    qtbot.addWidget(page)
    page.show()
    tab = page.batches
    tab.refresh(select=batch)
    # WHEN the nominee is selected on the batch page in English
    tab.nominee_table.selectRow(0)
    # THEN its reason is English, and so is its tooltip
    wanted = "Missing: 2025: rated Completed duties; Well completed duties or better is needed"
    assert wanted in tab.reasons.toPlainText()
    assert not VIETNAMESE.search(tab.reasons.toPlainText().replace("Trần Văn Bình", ""))
    assert tab.nominees_model.index(0, N_ELIGIBILITY).data() == "Not eligible"
    # AND a refused decision on the draft says so in English
    dialog = DecisionDialog(ws, batch)
    qtbot.addWidget(dialog)
    dialog.number_edit.setText("150/QĐ-STC")
    dialog.issuer_edit.setText("Sở Tài chính")
    assert not dialog.save()
    assert dialog.error_label.text() == "A batch cannot go from “Draft” to “Decided”."
    # AND submitting lists the problems in English (the votes are not a problem for LĐTT)
    shown: list[list[str]] = []
    tab.show_problems = shown.append
    tab.confirm = lambda _title, _question: True
    assert tab.submit() is None
    assert shown and any(
        p == "Trần Văn Bình: not eligible for Lao động tiên tiến; give a reason to propose anyway."
        for p in shown[0]
    ), shown
    # WHEN the interface is Vietnamese THEN the same reason reads as the engine wrote it
    i18n.install(qapp, "vi")
    tab.nominee_table.clearSelection()
    tab.refresh(select=batch)
    tab.nominee_table.selectRow(0)
    assert stored.eligibility_reasons[0] in tab.reasons.toPlainText()
