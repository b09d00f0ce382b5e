"""The award catalog's standards as a form with Vietnamese labels; the office's numbers saved
into the provincial profile (TOML stays the storage), the text one click away."""

from __future__ import annotations

import tomllib

from desktop.services import catalog
from desktop.services.session import Workspace
from desktop.ui import i18n
from desktop.ui.pages.award_catalog import CatalogTab


def _rows(tab: CatalogTab) -> dict[str, tuple[str, str]]:
    out = {}
    for r in range(tab.standards.rowCount()):
        cells = [tab.standards.item(r, c).text() for c in range(3)]  # type: ignore[union-attr]
        out[cells[0]] = (cells[1], cells[2])
    return out


def _select(tab: CatalogTab, code: str) -> None:
    row = next(r for r in range(tab.table.rowCount()) if tab.table.item(r, 0).text() == code)  # type: ignore[union-attr]
    tab.table.setCurrentCell(row, 0)


def test_standards_read_as_a_vietnamese_form_and_save_into_the_profile(
    qtbot, qapp, ws: Workspace
) -> None:
    i18n.install(qapp, "vi")
    try:
        tab = CatalogTab(ws)
        qtbot.addWidget(tab)
        tab.show()
        # the TOML text is hidden until an administrator asks for it
        assert tab.text_pane.isHidden()
        _select(tab, "CSTDCS")
        rows = _rows(tab)
        assert rows["Tỷ lệ phiếu đồng ý của Hội đồng (% tổng số thành viên)"] == ("80", "80")
        assert rows["Phạm vi ảnh hưởng của sáng kiến"] == ("Cơ sở", "Cơ sở")
        assert "Bắt buộc có sáng kiến đến năm" in rows
        _select(tab, "LDTT")
        rows = _rows(tab)
        assert rows["Xếp loại thấp nhất trong năm"][0] == "HTTNV — Hoàn thành tốt nhiệm vụ"
        _select(tab, "CSTD_TINH")
        rows = _rows(tab)
        label = "Số năm liên tục đạt Chiến sĩ thi đua cơ sở"
        assert rows[label] == ("3", "3")
        for text in rows:  # no English keys left
            assert "_" not in text
        # no award shows a catalog key or a stored code: every standard has its name
        for r in range(tab.table.rowCount()):
            tab.table.setCurrentCell(r, 0)
            for standard, (national, _office) in _rows(tab).items():
                assert "_" not in standard and "_" not in national, (standard, national)
        _select(tab, "CSTD_TINH")
        # WHEN the office sets its own number and saves
        row = next(
            r for r in range(tab.standards.rowCount()) if tab.standards.item(r, 0).text() == label
        )  # type: ignore[union-attr]
        tab.standards.item(row, 2).setText("2")  # type: ignore[union-attr]
        assert tab.save_standards_button.isEnabled()
        tab.save_standards_button.click()
        # THEN the eligibility uses it, the national column keeps the rule, TOML stores it
        assert catalog.load(ws).get("CSTD_TINH").params["consecutive_cstdcs"] == 2
        assert _rows(tab)[label] == ("3", "2")
        stored = tomllib.loads(catalog.profile_text(ws))
        assert stored["award"] == [{"code": "CSTD_TINH", "params": {"consecutive_cstdcs": 2}}]
        # a word where a number belongs is refused plainly
        tab.standards.item(row, 2).setText("hai")  # type: ignore[union-attr]
        assert not tab.save_standards()
        assert "số nguyên" in tab.message.text()
        # the text view shows the same profile
        tab.show_text.click()
        assert not tab.text_pane.isHidden()
        assert "consecutive_cstdcs = 2" in tab.profile_edit.toPlainText()
    finally:
        i18n.uninstall(qapp)
