"""The assembled dossier of a batch, or one of its parts alone, as PDF bytes."""

from __future__ import annotations

from desktop.documents import bao_cao, bien_ban, danh_sach, muc_luc, to_trinh, word
from desktop.documents.data import DossierData
from desktop.documents.formatting import nfc
from desktop.documents.frame import LateNumbers, Layout, Section, render_sections
from desktop.domain.errors import ValidationError

PARTS = ("all", "to-trinh", "danh-sach", "bien-ban", "bao-cao", "muc-luc")


def _body(data: DossierData) -> list[Section]:
    return [
        *to_trinh.sections(data),
        *danh_sach.sections(data),
        *bien_ban.sections(data),
        *bao_cao.sections(data),
    ]


def _title(data: DossierData) -> str:
    return f"Hồ sơ đề nghị khen thưởng - {nfc(data.batch_title) or nfc(data.subject)}"


def _check(data: DossierData, part: str) -> None:
    if part not in PARTS:
        raise ValidationError(
            "part",
            "unknown_part",
            f"Không có phần hồ sơ '{part}'. Chọn một trong: {', '.join(PARTS)}.",
            {"part": part},
        )
    if not data.nominees:
        raise ValidationError("nominees", "dossier_empty", "Đợt đề nghị chưa có ai để in hồ sơ.")
    if part == "bien-ban" and data.council is None:
        raise ValidationError(
            "part", "no_council", "Hồ sơ chưa có biên bản họp Hội đồng Thi đua - Khen thưởng."
        )


def _sections(
    data: DossierData, part: str, late: LateNumbers | None, check_line: str
) -> list[Section]:
    """The papers of `part`; the mục lục's numbers go to `late`."""
    if part in ("all", "muc-luc"):
        index = muc_luc.sections(data, late or LateNumbers(), check_line)
        return index + _body(data) if part == "all" else index
    module = {
        "to-trinh": to_trinh,
        "danh-sach": danh_sach,
        "bien-ban": bien_ban,
        "bao-cao": bao_cao,
    }[part]
    sections: list[Section] = module.sections(data)
    return sections


def render_with_layout(
    data: DossierData, part: str = "all", *, check_line: str = ""
) -> tuple[bytes, Layout]:
    """Render `part` of the dossier; return the PDF and where each paper landed in it.

    `check_line` (e.g. the head of the audit chain the data was read at) is printed small on
    the mục lục, so that a paper dossier can be matched to the log later.
    """
    _check(data, part)
    late = LateNumbers() if part in ("all", "muc-luc") else None
    if part == "muc-luc" and late is not None:
        # The numbers come from the whole file laid out first.
        late.override = render_with_layout(data, "all")[1]
    return render_sections(_sections(data, part, late, check_line), title=_title(data), late=late)


def render_docx(
    data: DossierData, part: str = "all", *, check_line: str = "", layout: Layout | None = None
) -> bytes:
    """The dossier (or one part) as a Word file with the same papers and text as the PDF.

    The mục lục's page numbers are those of the printed (PDF) dossier: `layout` when the caller
    has it, else the dossier is laid out for them first.
    """
    _check(data, part)
    late = LateNumbers() if part in ("all", "muc-luc") else None
    if late is not None and layout is None:
        layout = render_with_layout(data, "all", check_line=check_line)[1]
    return word.render_sections(
        _sections(data, part, late, check_line), title=_title(data), late=late, layout=layout
    )


def render(data: DossierData, part: str = "all", *, check_line: str = "") -> bytes:
    """The dossier (`all`) or one part (to-trinh, danh-sach, bien-ban, bao-cao, muc-luc)."""
    return render_with_layout(data, part, check_line=check_line)[0]
