"""The assembled dossier of a batch, or one of its parts alone, as PDF bytes."""

from __future__ import annotations

from desktop.documents import bao_cao, bien_ban, danh_sach, muc_luc, to_trinh
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


def render_with_layout(
    data: DossierData, part: str = "all", *, check_line: str = ""
) -> tuple[bytes, Layout]:
    """Render `part` of the dossier; return the PDF and where each paper landed in it.

    `check_line` (e.g. the head of the audit chain the data was read at) is printed small on
    the mục lục, so that a paper dossier can be matched to the log later.
    """
    if part not in PARTS:
        raise ValidationError(
            "part",
            "unknown_part",
            f"Không có phần hồ sơ '{part}'. Chọn một trong: {', '.join(PARTS)}.",
        )
    if not data.nominees:
        raise ValidationError("nominees", "empty", "Đợt đề nghị chưa có ai để in hồ sơ.")
    if part == "all":
        late = LateNumbers()
        return render_sections(
            muc_luc.sections(data, late, check_line) + _body(data), title=_title(data), late=late
        )
    if part == "muc-luc":
        # The numbers come from the whole file laid out first.
        _, layout = render_with_layout(data, "all")
        late = LateNumbers(override=layout)
        return render_sections(
            muc_luc.sections(data, late, check_line), title=_title(data), late=late
        )
    if part == "bien-ban" and data.council is None:
        raise ValidationError(
            "part", "no_council", "Hồ sơ chưa có biên bản họp Hội đồng Thi đua - Khen thưởng."
        )
    module = {
        "to-trinh": to_trinh,
        "danh-sach": danh_sach,
        "bien-ban": bien_ban,
        "bao-cao": bao_cao,
    }[part]
    return render_sections(module.sections(data), title=_title(data))


def render(data: DossierData, part: str = "all", *, check_line: str = "") -> bytes:
    """The dossier (`all`) or one part (to-trinh, danh-sach, bien-ban, bao-cao, muc-luc)."""
    return render_with_layout(data, part, check_line=check_line)[0]
