"""`thidua --self-test`: exercise the installed program end to end in a temporary folder.

Used on a frozen build (does it carry the migrations, fonts, catalog, QtPdf?) and from the
source tree. Every step goes through the services; one line is printed per step, and the first
failing step is named on stderr with exit code 1.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

DATA_DIR_ENV = "THIDUA_DATA_DIR"
PAGE_OBJECT = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


class SelfTestFailed(Exception):
    """A check of the self-test did not hold."""


def pdf_pages(pdf: bytes) -> int:
    """Check the PDF header and end marker; return the number of page objects."""
    if not pdf.startswith(b"%PDF-"):
        raise SelfTestFailed("tệp không bắt đầu bằng %PDF-")
    if b"%%EOF" not in pdf[-1024:]:
        raise SelfTestFailed("tệp PDF không có dấu kết thúc %%EOF")
    return len(PAGE_OBJECT.findall(pdf))


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestFailed(message)


@dataclass
class _State:
    folder: Path
    ws: Any = None
    batch: int = 0
    dossier_pdf: bytes = b""
    opened: list[Any] = field(default_factory=list)


def _migrate(s: _State) -> str:
    from desktop.services import backups
    from desktop.services.session import Workspace

    s.ws = Workspace.open(s.folder / "thidua.db")
    s.opened.append(s.ws)
    version = backups.describe_current(s.ws).schema_version
    _check(version > 0, "cơ sở dữ liệu chưa được nâng cấp (phiên bản lược đồ 0)")
    return f"tạo cơ sở dữ liệu {s.folder / 'thidua.db'}, phiên bản lược đồ {version}"


def _import_xlsx(s: _State) -> str:
    from desktop.domain.identity import BirthDate
    from desktop.domain.people import PersonInput, Sex
    from desktop.domain.units import UnitInput
    from desktop.services import people, transfer, units
    from desktop.services.session import Workspace

    source = Workspace.open(s.folder / "nguon.db")
    s.opened.append(source)
    unit = units.save(source, UnitInput("Phòng Quản lý ngân sách"))
    names = ["Đặng Thị Huyền Trâm", "Nguyễn Văn Đức", "Lữ Thị Ngọc Hân"]
    for i, name in enumerate(names):
        people.save(
            source,
            PersonInput(
                name,
                unit,
                sex=Sex.FEMALE if "Thị" in name else Sex.MALE,
                birth_date=BirthDate(1980 + i, 3, 5),
                hometown="Mỹ Xuyên, Sóc Trăng",
            ),
        )
    transfer.export(source, "units", s.folder / "don-vi.xlsx")
    transfer.export(source, "staff", s.folder / "can-bo.xlsx")
    transfer.import_file(s.ws, "units", s.folder / "don-vi.xlsx")
    result = transfer.import_file(s.ws, "staff", s.folder / "can-bo.xlsx")
    _check(result.added == len(names), f"nhập được {result.added}/{len(names)} người")
    _check(people.count(s.ws) == len(names), "số người sau khi nhập không khớp")
    return f"nhập tệp Excel can-bo.xlsx: {result.added} người"


def _fill(s: _State) -> str:
    from desktop.domain.awards import CommendationType
    from desktop.domain.office import OfficeInfo
    from desktop.domain.proposals import BatchInput, MeetingInput
    from desktop.domain.ratings import PersonRatingInput, Rating
    from desktop.services import office, people, proposals, ratings

    office.save(
        s.ws,
        OfficeInfo(
            "Ủy ban nhân dân tỉnh Sóc Trăng",
            "Sở Tài chính",
            "Sóc Trăng",
            "Trần Văn Hùng",
            "Giám đốc",
            "STC",
        ),
    )
    for person_id in people.query_ids(s.ws, people.make_query()):
        ratings.set_person_rating(s.ws, PersonRatingInput(person_id, 2025, Rating.EXCELLENT))
    s.batch = proposals.create_batch(
        s.ws,
        BatchInput(
            "Khen thưởng tổng kết năm 2025",
            CommendationType.MERIT,
            2025,
            addressee="Chủ tịch Ủy ban nhân dân tỉnh Sóc Trăng",
        ),
    )
    added = proposals.add_eligible(s.ws, s.batch, "CSTDCS")
    _check(added == 3, f"đợt đề nghị có {added} người đủ điều kiện thay vì 3")
    meeting = MeetingInput(
        datetime(2025, 12, 10, 8, 0),
        "Phòng họp số 1",
        "Trần Văn Hùng",
        "Lê Thị Thu",
        9,
        9,
        0,
        datetime(2025, 12, 10, 9, 45),
    )
    noms = proposals.nominees(s.ws, s.batch)
    proposals.record_meeting(s.ws, s.batch, meeting, {n.id: 9 for n in noms})
    number = proposals.submit(s.ws, s.batch, date(2025, 12, 12))
    return f"xếp loại, đợt đề nghị {number}: {added} người, họp hội đồng, trình"


def _dossier(s: _State) -> str:
    from desktop.services import dossier

    out = s.folder / "ho-so.pdf"
    issued = dossier.issue(s.ws, s.batch, out)
    pdf = out.read_bytes()
    pages = pdf_pages(pdf)
    _check(pages == issued.pages, f"tệp có {pages} trang, dịch vụ báo {issued.pages}")
    _check(pages >= 3, f"hồ sơ chỉ có {pages} trang")
    s.dossier_pdf = pdf
    return f"in hồ sơ ho-so.pdf: {pages} trang, {len(pdf) // 1024} KB"


def _report(s: _State) -> str:
    try:
        from desktop.services import reports
    except ImportError:
        return "bỏ qua: phiên bản này chưa có báo cáo"
    data = reports.build(s.ws, "2025", issued_on=date(2025, 12, 31))
    size = reports.write_pdf(data, s.folder / "bao-cao.pdf")
    pages = pdf_pages((s.folder / "bao-cao.pdf").read_bytes())
    _check(pages >= 1 and size > 0, "báo cáo không có trang nào")
    sheets = reports.write_xlsx(data, s.folder / "bao-cao.xlsx")
    _check(sheets >= 1, "bảng tính báo cáo không có trang tính")
    return f"báo cáo năm 2025: bao-cao.pdf {pages} trang, bao-cao.xlsx {sheets} trang tính"


def _qt_pdf(s: _State) -> str:
    from desktop.ui.pdf_check import open_and_render

    pages, width, height = open_and_render(s.dossier_pdf)
    expected = pdf_pages(s.dossier_pdf)
    _check(pages == expected, f"QtPdf đọc được {pages} trang thay vì {expected}")
    _check(width > 0 and height > 0, "QtPdf không vẽ được trang đầu")
    return f"QtPdf mở hồ sơ: {pages} trang, vẽ trang 1 ({width}x{height})"


def _backup(s: _State) -> str:
    from desktop.services import backups, people

    record = backups.backup_now(s.ws, out=s.folder / "sao-luu" / "thidua-sao-luu.db")
    described = backups.describe(Path(record.file))
    saved = described.counts.get("person")
    _check(
        saved == people.count(s.ws), f"bản sao lưu có {saved} người thay vì {people.count(s.ws)}"
    )
    problems = backups.check(s.ws)
    _check(not problems, "; ".join(problems))
    return f"sao lưu và kiểm tra dữ liệu: {Path(record.file).name}, {record.size // 1024} KB"


STEPS: list[tuple[str, Callable[[_State], str]]] = [
    ("migrate", _migrate),
    ("import-xlsx", _import_xlsx),
    ("data", _fill),
    ("dossier", _dossier),
    ("report", _report),
    ("qtpdf", _qt_pdf),
    ("backup", _backup),
]


def run(out: Any = None, err: Any = None) -> int:
    """Run every step in a temporary folder; 0 when all pass, 1 naming the failed step."""
    out = out or sys.stdout
    err = err or sys.stderr
    started = time.perf_counter()
    saved_data_dir = os.environ.get(DATA_DIR_ENV)
    with tempfile.TemporaryDirectory(prefix="thidua-selftest-") as tmp:
        state = _State(Path(tmp))
        # Nothing of the self-test (audit key, logs) lands in the user's real data folder.
        os.environ[DATA_DIR_ENV] = str(Path(tmp) / "du-lieu")
        try:
            for name, step in STEPS:
                t0 = time.perf_counter()
                try:
                    detail = step(state)
                except Exception as exc:
                    print(f"LỖI [{name}]: {exc}", file=err)
                    traceback.print_exc(file=err)
                    print(f"Tự kiểm tra thất bại ở bước {name}.", file=err)
                    return 1
                print(f"OK [{name}] {detail} ({time.perf_counter() - t0:.2f} s)", file=out)
        finally:
            for ws in reversed(state.opened):
                ws.close()
            if saved_data_dir is None:
                os.environ.pop(DATA_DIR_ENV, None)
            else:
                os.environ[DATA_DIR_ENV] = saved_data_dir
    print(f"Tự kiểm tra thành công ({time.perf_counter() - started:.1f} s).", file=out)
    return 0
