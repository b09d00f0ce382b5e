"""Benchmark: our 50-nominee dossier against the Word route an office uses today.

The Word route builds the same papers (mục lục, tờ trình, danh sách, biên bản, one báo cáo
thành tích per nominee: the same text and tables, from the same generated batch as
`bench_dossier.py`) as a .docx with python-docx, then has LibreOffice convert it to PDF
(`soffice --headless --convert-to pdf`, a fresh process each time, as a clerk's "Save as PDF"
would). The routes are timed in the same run, alternating. Ours twice: as `bench_dossier.py`
times it (the data generated in memory, then rendered), and loaded from a real SQLite database
holding the same batch (`services.dossier.render`: one read of the records, the audit head,
the render). Target: ours at least 2.5 x faster than the Word route.

    uv run python benchmarks/bench_dossier_word.py [--nominees 50] [--repeat 3]

python-docx is a dev dependency used only here (an import-linter contract keeps it out of
desktop/). LibreOffice is not part of the CI: without `soffice` the script says so and exits 1.
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _dossier_db import store
from bench_dossier import PARAGRAPHS, ours
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from pypdf import PdfReader

from desktop.documents.data import DossierData, NomineeData
from desktop.documents.formatting import paragraphs
from desktop.documents.sample import sample_dossier
from desktop.services import dossier as dossier_service

FONT = "Times New Roman"  # what an office's template uses; LibreOffice maps it to Liberation Serif
JUSTIFY, CENTER, RIGHT = (
    WD_ALIGN_PARAGRAPH.JUSTIFY,
    WD_ALIGN_PARAGRAPH.CENTER,
    WD_ALIGN_PARAGRAPH.RIGHT,
)


class WordDossier:
    """The dossier's papers written with python-docx, as a clerk's template would be filled."""

    def __init__(self, data: DossierData) -> None:
        self.data = data
        self.doc = Document()
        style = self.doc.styles["Normal"]
        style.font.name = FONT
        style.font.size = Pt(14)
        style.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
        style.paragraph_format.space_after = Pt(3)
        section = self.doc.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin = section.bottom_margin = Mm(20)
        section.left_margin, section.right_margin = Mm(30), Mm(15)
        section.different_first_page_header_footer = True
        self._page_number(section.header.paragraphs[0])

    @staticmethod
    def _page_number(paragraph) -> None:  # type: ignore[no-untyped-def]
        """A PAGE field centred in the header (none on the first page)."""
        paragraph.alignment = CENTER
        run = paragraph.add_run()
        for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
            if kind:
                el = OxmlElement("w:fldChar")
                el.set(qn("w:fldCharType"), kind)
            else:
                el = OxmlElement("w:instrText")
                el.set(qn("xml:space"), "preserve")
                el.text = text
            run._r.append(el)

    def para(  # type: ignore[no-untyped-def]
        self, text: str, align=JUSTIFY, bold: bool = False, italic: bool = False, size: int = 14
    ):
        p = self.doc.add_paragraph()
        p.alignment = align
        run = p.add_run(text)
        run.bold, run.italic, run.font.size = bold, italic, Pt(size)
        return p

    def body(self, text: str) -> None:
        self.para(text).paragraph_format.first_line_indent = Mm(10)

    def page_break(self) -> None:
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def header(self, title: str, subject: str) -> None:
        """Agency and quốc hiệu side by side, number and date, title and trích yếu."""
        office = self.data.office
        table = self.doc.add_table(rows=2, cols=2)
        cells = (
            (office.parent_agency.upper(), False, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True),
            (office.name.upper(), True, "Độc lập - Tự do - Hạnh phúc", True),
        )
        for row, (left, left_bold, right, right_bold) in zip(table.rows, cells, strict=True):
            for cell, text, bold in (
                (row.cells[0], left, left_bold),
                (row.cells[1], right, right_bold),
            ):
                p = cell.paragraphs[0]
                p.alignment = CENTER
                run = p.add_run(text)
                run.bold, run.font.size = bold, Pt(13)
        number = f"Số: {self.data.number or ''}/TTr-{office.symbol}"
        when = self.data.issued_on
        table.rows[1].cells[0].add_paragraph(number).alignment = CENTER
        date_line = f"{office.place}, ngày {when:%d} tháng {when:%m} năm {when:%Y}"
        table.rows[1].cells[1].add_paragraph().add_run(date_line).italic = True
        self.para(title, CENTER, bold=True)
        if subject:
            self.para(subject, CENTER, bold=True)

    def grid(self, head: list[str], rows: list[list[str]], widths_mm: list[int]) -> None:
        """A bordered table whose header row repeats on every page, cells 13 pt."""
        table = self.doc.add_table(rows=1, cols=len(head))
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        head_row = table.rows[0]
        head_row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
        for cell, text in zip(head_row.cells, head, strict=True):
            run = cell.paragraphs[0].add_run(text)
            run.bold, run.font.size = True, Pt(13)
        for values in rows:
            cells = table.add_row().cells
            for cell, text in zip(cells, values, strict=True):
                cell.paragraphs[0].add_run(text).font.size = Pt(13)
        table.autofit = False
        for column, width in zip(table.columns, widths_mm, strict=True):
            column.width = Mm(width)  # the grid LibreOffice lays out by
            for cell in column.cells:
                cell.width = Mm(width)

    def signature(self, lines: tuple[str, ...], name: str) -> None:
        for line in lines:
            p = self.para(line, RIGHT, bold=True)
            p.paragraph_format.space_after = Pt(0)
        for _ in range(4):
            self.para("", RIGHT)
        self.para(name, RIGHT, bold=True)

    def build(self) -> bytes:
        """All papers, in the dossier's order, as .docx bytes."""
        d = self.data
        self.header("MỤC LỤC HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG", d.batch_title)
        rows = [["1", "Mục lục hồ sơ", "1", "1", ""], ["2", "Tờ trình", "1", "2", ""]]
        rows += [["3", "Danh sách đề nghị khen thưởng", "3", "3 - 5", ""]]
        rows += [
            [f"5.{i}", f"Báo cáo thành tích của {n.name}", "3", "", ""]
            for i, n in enumerate(d.nominees, 1)
        ]
        self.grid(
            ["STT", "Tên tài liệu", "Số trang", "Từ trang - đến trang", "Ghi chú"],
            rows,
            [12, 79, 20, 32, 22],
        )
        self.page_break()
        self.header("TỜ TRÌNH", d.subject)
        self.para("Kính gửi: " + "; ".join(d.recipients), CENTER)
        for line in (*d.legal_bases, *d.intro, *d.closing):
            self.body(line)
        self.signature(d.signature.lines, d.signature.name)
        self.para("Nơi nhận:", bold=True, italic=True, size=12)
        for line in d.copies_to:
            self.para(f"- {line};", size=11)
        self.page_break()
        self.header("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", d.batch_title)
        self.grid(
            ["STT", "Họ và tên / Tên tập thể", "Chức vụ - Đơn vị", "Tóm tắt thành tích", "Ghi chú"],
            [
                [str(i), n.name, f"{n.position}, {n.unit}", n.summary, n.note]
                for i, n in enumerate(d.nominees, 1)
            ],
            [12, 35, 35, 70, 13],
        )
        if d.council is not None:
            self._minutes()
        for n in d.nominees:
            self._report(n)
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()

    def _minutes(self) -> None:
        c = self.data.council
        assert c is not None
        self.page_break()
        self.header("BIÊN BẢN", f"Họp {c.name}")
        self.body(
            f"Thời gian: {c.started_at:%H} giờ {c.started_at:%M}, ngày {c.started_at:%d/%m/%Y}."
        )
        self.body(f"Địa điểm: {c.place}.")
        self.body(f"Thành viên: tổng số {c.members_total}, có mặt {c.members_present}.")
        for m in (c.chair, c.secretary, *c.attendees, *c.absent_with_opinion):
            self.para(f"- {m.name}, {m.position};")
        for line in (*c.content, *c.conclusion):
            self.body(line)
        self.grid(
            ["STT", "Họ và tên", "Hình thức", "Số phiếu", "Tỷ lệ", "Kết quả"],
            [
                [
                    str(i),
                    v.nominee,
                    v.award,
                    str(v.votes_for),
                    f"{v.votes_for * 100 / c.members_total:.2f}%",
                    "Đạt",
                ]
                for i, v in enumerate(c.votes, 1)
            ],
            [11, 46, 42, 20, 20, 26],
        )
        self.signature(("THƯ KÝ",), c.secretary.name)

    def _report(self, n: NomineeData) -> None:
        self.page_break()
        self.header("BÁO CÁO THÀNH TÍCH", f"Đề nghị tặng {n.award}")
        self.para("I. SƠ LƯỢC LÝ LỊCH", bold=True)
        for label, value in (
            ("Họ tên", n.name),
            ("Sinh ngày", n.birth_date),
            ("Giới tính", n.sex),
            ("Quê quán", n.home_town),
            ("Trú quán", n.residence),
            ("Đơn vị công tác", n.unit),
            ("Chức vụ", n.position),
            ("Trình độ chuyên môn", n.qualification),
            ("Học hàm, học vị", n.academic_title),
            ("Địa chỉ", n.address),
            ("Quá trình phát triển", n.history),
            ("Cơ cấu tổ chức", n.organisation),
        ):
            if value:
                self.body(f"- {label}: {value}")
        self.para("II. THÀNH TÍCH ĐẠT ĐƯỢC", bold=True)
        self.para("1. Quyền hạn, nhiệm vụ được giao", bold=True)
        for p in paragraphs(n.duties):
            self.body(p)
        self.para("2. Thành tích đạt được", bold=True)
        for p in paragraphs(n.achievements):
            self.body(p)
        self.para("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG", bold=True)
        for records in (n.titles, n.awards):
            self.grid(
                ["Năm", "Danh hiệu / Hình thức", "Số, ngày quyết định; cơ quan ban hành"],
                [[r.year, r.name, f"{r.decision}; {r.issuer}"] for r in records],
                [18, 62, 85],
            )
        self.signature(("NGƯỜI BÁO CÁO THÀNH TÍCH",), n.name)


class LibreOffice:
    """`soffice --headless --convert-to pdf`, one process per conversion, with its own profile."""

    def __init__(self, soffice: str, work: Path) -> None:
        self.soffice = soffice
        self.work = work
        self.profile = (work / "profile").as_uri()

    def convert(self, docx: bytes) -> bytes:
        source = self.work / "ho-so.docx"
        source.write_bytes(docx)
        target = source.with_suffix(".pdf")
        target.unlink(missing_ok=True)
        done = subprocess.run(
            [
                self.soffice,
                f"-env:UserInstallation={self.profile}",
                "--headless",
                "--norestore",
                "--convert-to",
                "pdf",
                "--outdir",
                str(self.work),
                str(source),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0 or not target.exists():
            raise SystemExit(f"soffice failed ({done.returncode}): {done.stderr or done.stdout}")
        return target.read_bytes()


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def word_route(data: DossierData, office: LibreOffice) -> tuple[float, float, float, bytes]:
    """(python-docx seconds, LibreOffice seconds, CPU seconds of both, PDF) of the Word route."""
    start, cpu, child = time.perf_counter(), time.process_time(), _children_cpu()
    docx = WordDossier(data).build()
    built = time.perf_counter()
    pdf = office.convert(docx)
    used = time.process_time() - cpu + _children_cpu() - child
    return built - start, time.perf_counter() - built, used, pdf


def main() -> int:
    """Alternate our build and the Word route; print medians and the ratio."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--nominees", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--save-pdf", type=Path, help="also write the Word route's PDF here")
    args = parser.parse_args()
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print(
            "soffice (LibreOffice) not found: the Word route cannot be measured here. "
            "Install it (Debian: apt-get install libreoffice-writer-nogui) and run again.",
            file=sys.stderr,
        )
        return 1
    data = sample_dossier(args.nominees, paragraphs=PARAGRAPHS)
    with tempfile.TemporaryDirectory(prefix="thidua-word-") as tmp:
        os.environ["THIDUA_DATA_DIR"] = str(Path(tmp) / "data")  # the audit key of the new file
        ws, batch = store(data, Path(tmp) / "dossier.db")
        office = LibreOffice(soffice, Path(tmp))
        ours(2)  # warm-up: imports, fonts
        dossier_service.render(ws, batch, "to-trinh")
        office.convert(WordDossier(sample_dossier(2)).build())  # warm-up: LibreOffice's profile
        runs: dict[str, list[float]] = {
            k: []
            for k in ("ours", "ours_cpu", "db", "db_cpu", "docx", "soffice", "word", "word_cpu")
        }
        for _ in range(args.repeat):
            start, cpu = time.perf_counter(), time.process_time()
            _pdf, our_pages = ours(args.nominees)
            runs["ours"].append(time.perf_counter() - start)
            runs["ours_cpu"].append(time.process_time() - cpu)
            start, cpu = time.perf_counter(), time.process_time()
            _pdf, db_pages = dossier_service.render(ws, batch)
            runs["db"].append(time.perf_counter() - start)
            runs["db_cpu"].append(time.process_time() - cpu)
            docx_s, soffice_s, word_cpu, word_pdf = word_route(data, office)
            runs["docx"].append(docx_s)
            runs["soffice"].append(soffice_s)
            runs["word"].append(docx_s + soffice_s)
            runs["word_cpu"].append(word_cpu)
        ws.close()
    med = {k: statistics.median(v) for k, v in runs.items()}
    word_pages = len(PdfReader(io.BytesIO(word_pdf)).pages)
    if args.save_pdf:
        args.save_pdf.write_bytes(word_pdf)
    print(
        f"ours: dossier of {args.nominees} nominees, data built in the timing: {our_pages} pages, "
        f"median {med['ours']:.2f} s wall / {med['ours_cpu']:.2f} s CPU "
        f"(runs {', '.join(f'{x:.2f}' for x in runs['ours'])})"
    )
    print(
        f"ours, loaded from a database (services.dossier.render): {db_pages} pages, "
        f"median {med['db']:.2f} s wall / {med['db_cpu']:.2f} s CPU "
        f"(runs {', '.join(f'{x:.2f}' for x in runs['db'])})"
    )
    print(
        f"Word route: python-docx {med['docx']:.2f} s + soffice --convert-to pdf "
        f"{med['soffice']:.2f} s = median {med['word']:.2f} s wall / {med['word_cpu']:.2f} s CPU, "
        f"{word_pages} pages "
        f"(runs {', '.join(f'{x:.2f}' for x in runs['word'])})"
    )
    for key, label in (("ours", "ours"), ("db", "ours from the database")):
        ratio, cpu_ratio = med["word"] / med[key], med["word_cpu"] / med[f"{key}_cpu"]
        print(
            f"ratio Word route / {label}: {ratio:.2f} x wall, {cpu_ratio:.2f} x CPU (target >= 2.5)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
