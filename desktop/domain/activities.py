"""Tuyên truyền, kiểm tra, giám sát: the activity log of a movement (kind, date, who, what,
result, how many), counted in the periodic report."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.domain.errors import ValidationError
from desktop.domain.kept_files import KeptFile
from desktop.domain.text import clean, fold


class ActivityKind(StrEnum):
    """Kinds of activity the provincial plans ask offices to report."""

    TIN_BAI = "tin_bai"
    CHUYEN_MUC = "chuyen_muc"
    HOI_NGHI = "hoi_nghi"
    TRUC_QUAN = "truc_quan"
    KIEM_TRA = "kiem_tra"
    GIAM_SAT = "giam_sat"
    KHAC = "khac"

    @classmethod
    def parse(cls, text: str) -> ActivityKind | None:
        """A kind from its code or its Vietnamese name (any case, with or without marks)."""
        key = fold(clean(text))
        for kind in cls:
            if key in (kind.value, fold(kind.label), fold(kind.label.split(",")[0])):
                return kind
        return None

    @property
    def label(self) -> str:
        """Vietnamese name, as printed."""
        return _LABELS[self]

    @property
    def propaganda(self) -> bool:
        """Tuyên truyền (True) or kiểm tra, giám sát (False)."""
        return self not in (ActivityKind.KIEM_TRA, ActivityKind.GIAM_SAT)

    @property
    def unit_word(self) -> str:
        """What one of it is counted as in the report (`tin, bài`, `cuộc`)."""
        return _UNITS[self]


_LABELS = {
    ActivityKind.TIN_BAI: "Tin, bài",
    ActivityKind.CHUYEN_MUC: "Chuyên mục, chuyên trang",
    ActivityKind.HOI_NGHI: "Hội nghị, tọa đàm",
    ActivityKind.TRUC_QUAN: "Tuyên truyền trực quan",
    ActivityKind.KIEM_TRA: "Đoàn kiểm tra",
    ActivityKind.GIAM_SAT: "Giám sát",
    ActivityKind.KHAC: "Hoạt động khác",
}
_UNITS = {
    ActivityKind.TIN_BAI: "tin, bài",
    ActivityKind.CHUYEN_MUC: "chuyên mục",
    ActivityKind.HOI_NGHI: "hội nghị",
    ActivityKind.TRUC_QUAN: "pa-nô, băng rôn",
    ActivityKind.KIEM_TRA: "cuộc kiểm tra",
    ActivityKind.GIAM_SAT: "cuộc giám sát",
    ActivityKind.KHAC: "hoạt động",
}


@dataclass(frozen=True, slots=True)
class ActivityInput:
    """One line of the log as entered."""

    kind: ActivityKind
    done_on: date
    content: str
    actor: str = ""
    result: str = ""
    quantity: int = 1

    def validated(self) -> ActivityInput:
        """Cleaned copy or ValidationError (no content, quantity below 1)."""
        content = clean(self.content)
        if not content:
            raise ValidationError("content", "required", "Chưa ghi nội dung hoạt động.")
        if self.quantity < 1:
            raise ValidationError("quantity", "too_small", "Số lượng phải từ 1 trở lên.")
        return ActivityInput(
            ActivityKind(self.kind),
            self.done_on,
            content,
            clean(self.actor),
            clean(self.result),
            int(self.quantity),
        )


@dataclass(frozen=True, slots=True)
class Activity:
    """A stored activity and how many files it keeps."""

    id: int
    movement_id: int
    data: ActivityInput
    files: int = 0


@dataclass(frozen=True, slots=True)
class ActivityFile(KeptFile):
    """A file kept with an activity (report, minutes, the article), without its bytes."""

    id: int
    activity_id: int


@dataclass(frozen=True, slots=True)
class ActivityCount:
    """How many lines and how many items of one kind fall in a period."""

    kind: ActivityKind
    lines: int
    quantity: int
