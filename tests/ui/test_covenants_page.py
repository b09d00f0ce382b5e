"""The covenants page driven with qtbot on a real database: a covenant typed in (a unit of the
tree and communes outside it, signatories, commitments), refused without a commitment, saved,
reordered, printed as the bản giao ước and as each party's bản đăng ký (read back with pypdf)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox

from desktop.domain.blocs import BlocInput
from desktop.domain.subjects import BlocKind
from desktop.domain.units import UnitInput, UnitKind
from desktop.services import blocs, covenants, units
from desktop.services.session import Workspace
from desktop.ui.pages.covenants import CovenantsPage
from tests.ui.office_data import click_box_button, when_modal


@pytest.fixture
def page(qtbot, ws: Workspace) -> CovenantsPage:  # type: ignore[no-untyped-def]
    units.save(ws, UnitInput("UBND xã Dũng Liệt", UnitKind.COMMUNE, internal=False))
    blocs.save_bloc(ws, BlocInput("Cụm thi đua các xã phía Bắc", BlocKind.CUM, 2021))
    p = CovenantsPage(ws)
    p.open_url = lambda _url: True  # type: ignore[assignment]
    qtbot.addWidget(p)
    p.resize(1166, 700)
    p.show()
    return p


def _fill(page: CovenantsPage) -> None:
    page.new_covenant()
    page.title_edit.setText("Giao ước thi đua xây dựng nông thôn mới")
    page.signed_edit.setDate(QDate(2023, 2, 20))
    page.place_edit.setText("Yên Phong")
    page.period_edit.setText("năm 2023")
    page.bloc_box.setCurrentIndex(page.bloc_box.findText("Cụm thi đua các xã phía Bắc"))
    page.unit.setCurrentIndex(page.unit.findText("UBND xã Dũng Liệt"))
    page.add_unit()
    page.outside_name.setText("UBND xã Tam Đa")
    page.add_outside()
    assert page.outside_name.text() == ""
    for row, (who, title) in enumerate(
        (("Nguyễn Văn Thắng", "Chủ tịch UBND xã"), ("Ngô Thị Hạnh", "Phó Chủ tịch UBND xã"))
    ):
        page.parties.item(row, 2).setText(who)
        page.parties.item(row, 3).setText(title)


def test_empty_page_offers_a_new_covenant(page: CovenantsPage) -> None:
    assert page.covenant_list.count() == 0
    assert not page.print_button.isEnabled()
    assert page.status.text() == "A new covenant: fill it in and save."


def test_type_save_reorder_and_print(page: CovenantsPage, ws: Workspace, tmp_path: Path) -> None:
    _fill(page)
    # Without a commitment the covenant is refused with a message; nothing is stored.
    when_modal(lambda box: click_box_button(box, std=QMessageBox.StandardButton.Ok))
    assert page.save() is None
    assert covenants.list_covenants(ws) == []
    page.add_commitment("Duy trì, nâng cao chất lượng các tiêu chí nông thôn mới.")
    page.add_commitment("Không để phát sinh nợ đọng xây dựng cơ bản.")
    cid = page.save()
    assert cid is not None
    assert page.covenant_list.count() == 1
    assert page.covenant_list.item(0).text().startswith("20/02/2023 — Giao ước thi đua")
    stored = covenants.get(ws, cid)
    assert [p.name for p in stored.parties] == ["UBND xã Dũng Liệt", "UBND xã Tam Đa"]
    assert [p.signatory for p in stored.parties] == ["Nguyễn Văn Thắng", "Ngô Thị Hạnh"]
    assert stored.parties[0].unit_id is not None and stored.parties[1].outside
    assert stored.bloc_name == "Cụm thi đua các xã phía Bắc"
    assert page.status.text() == "2 parties, 2 commitments"
    # Move Tam Đa first and drop a commitment.
    page.parties.selectRow(1)
    page.move_selected(-1)
    page.commitments.setCurrentCell(1, 0)
    page.remove_commitment()
    page.save()
    stored = covenants.get(ws, cid)
    assert [p.name for p in stored.parties] == ["UBND xã Tam Đa", "UBND xã Dũng Liệt"]
    assert [p.signatory for p in stored.parties] == ["Ngô Thị Hạnh", "Nguyễn Văn Thắng"]
    assert len(stored.commitments) == 1

    # The covenant, then the registration of the selected party only.
    out = page.print_papers(covenant=True, target=str(tmp_path / "giao_uoc.pdf"))
    assert out is not None
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "BẢN GIAO ƯỚC THI ĐUA" in text and "BẢN ĐĂNG KÝ THI ĐUA" not in text
    assert "ĐẠI DIỆN UBND XÃ TAM ĐA" in text
    page.parties.selectRow(1)
    reg = page.print_papers(covenant=False, target=str(tmp_path / "dang_ky.pdf"))
    assert reg is not None
    pages = PdfReader(io.BytesIO(reg.read_bytes())).pages
    assert len(pages) == 1
    first = pages[0].extract_text()
    assert "BẢN ĐĂNG KÝ THI ĐUA" in first and "UBND XÃ DŨNG LIỆT" in first
    assert "Kính gửi:\nCụm thi đua các xã phía Bắc" in first


def test_delete_after_confirmation(page: CovenantsPage, ws: Workspace) -> None:
    _fill(page)
    page.add_commitment("Hoàn thành các chỉ tiêu của năm.")
    assert page.save() is not None
    when_modal(lambda box: click_box_button(box, std=QMessageBox.StandardButton.No))
    page.delete_selected()
    assert page.covenant_list.count() == 1
    when_modal(lambda box: click_box_button(box, std=QMessageBox.StandardButton.Yes))
    page.delete_selected()
    assert page.covenant_list.count() == 0
    assert covenants.list_covenants(ws) == []
