"""Initiatives and related achievements (sáng kiến, giải pháp, đề tài, mô hình, điển hình).

An initiative may be the ground of one award only (Luật Thi đua, khen thưởng 2022 Điều 5.2c;
Công văn 5007/BNV-TĐKT mục III.5.c). That rule is kept as data: `AwardUse` records which award
an initiative served, and the store refuses a second use (repositories/initiatives.mark_used).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from desktop.domain.errors import ValidationError
from desktop.domain.text import clean, fold

MAX_TITLE = 500
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024  # 50 MB
SHARE_TOLERANCE = 0.01
FIRST_YEAR = 1975


class InitiativeKind(StrEnum):
    """Loại: what kind of achievement is recorded."""

    INITIATIVE = "sang_kien"
    USEFUL_SOLUTION = "giai_phap_huu_ich"
    RESEARCH = "de_tai_khoa_hoc"
    GOOD_MODEL = "mo_hinh_hay"
    NEW_METHOD = "cach_lam_moi"
    EXEMPLARY = "dien_hinh_tien_tien"

    @property
    def label(self) -> str:
        """Vietnamese label."""
        return _KIND_LABELS[self]


_KIND_LABELS = {
    InitiativeKind.INITIATIVE: "Sáng kiến",
    InitiativeKind.USEFUL_SOLUTION: "Giải pháp hữu ích",
    InitiativeKind.RESEARCH: "Đề tài, đề án khoa học",
    InitiativeKind.GOOD_MODEL: "Mô hình hay",
    InitiativeKind.NEW_METHOD: "Cách làm mới",
    InitiativeKind.EXEMPLARY: "Điển hình tiên tiến",
}


class RecognitionStatus(StrEnum):
    """Tình trạng công nhận."""

    PROPOSED = "de_xuat"
    RECOGNISED = "da_cong_nhan"
    NOT_RECOGNISED = "khong_cong_nhan"

    @property
    def label(self) -> str:
        """Vietnamese label."""
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    RecognitionStatus.PROPOSED: "Đề xuất",
    RecognitionStatus.RECOGNISED: "Đã công nhận",
    RecognitionStatus.NOT_RECOGNISED: "Không công nhận",
}


class Scope(StrEnum):
    """Phạm vi ảnh hưởng, as used by the award standards (LEGAL.md §4)."""

    BASE = "co_so"
    PROVINCE = "cap_tinh"
    NATIONAL = "toan_quoc"

    @property
    def label(self) -> str:
        """Vietnamese label."""
        return _SCOPE_LABELS[self]


_SCOPE_LABELS = {
    Scope.BASE: "Cơ sở",
    Scope.PROVINCE: "Cấp tỉnh",
    Scope.NATIONAL: "Toàn quốc",
}

# Folded words a clerk may type in a spreadsheet for each value.
_KIND_WORDS = {
    InitiativeKind.INITIATIVE: ("sang kien",),
    InitiativeKind.USEFUL_SOLUTION: ("giai phap huu ich", "giai phap"),
    InitiativeKind.RESEARCH: (
        "de tai, de an khoa hoc",
        "de tai de an khoa hoc",
        "de tai khoa hoc",
        "de an khoa hoc",
        "de tai",
        "de an",
    ),
    InitiativeKind.GOOD_MODEL: ("mo hinh hay", "mo hinh"),
    InitiativeKind.NEW_METHOD: ("cach lam moi", "cach lam hay"),
    InitiativeKind.EXEMPLARY: ("dien hinh tien tien", "dien hinh", "guong dien hinh"),
}
_STATUS_WORDS = {
    RecognitionStatus.PROPOSED: ("de xuat", "dang de xuat", "cho xet", "chua cong nhan"),
    RecognitionStatus.RECOGNISED: ("da cong nhan", "cong nhan"),
    RecognitionStatus.NOT_RECOGNISED: ("khong cong nhan", "khong duoc cong nhan"),
}
_SCOPE_WORDS = {
    Scope.BASE: ("co so", "cap co so", "pham vi co so"),
    Scope.PROVINCE: (
        "cap tinh",
        "tinh",
        "pham vi tinh",
        "bo, ban, nganh, tinh",
        "bo ban nganh tinh",
        "cap bo",
    ),
    Scope.NATIONAL: ("toan quoc", "cap toan quoc", "pham vi toan quoc"),
}


def _parse[E: StrEnum](
    enum: type[E], words: dict[E, tuple[str, ...]], text: str | None
) -> E | None:
    key = fold(text)
    if not key:
        return None
    for member in enum:
        if key == member.value or key == fold(member.value.replace("_", " ")):
            return member
        if key in words[member]:
            return member
    return None


def parse_kind(text: str | None) -> InitiativeKind | None:
    """Read a kind as a clerk writes it (`Sáng kiến`, `sang kien`, `Mô hình hay` …)."""
    return _parse(InitiativeKind, _KIND_WORDS, text)


def parse_status(text: str | None) -> RecognitionStatus | None:
    """Read a recognition status (`Đã công nhận`, `Đề xuất`, `Không công nhận`)."""
    return _parse(RecognitionStatus, _STATUS_WORDS, text)


def parse_scope(text: str | None) -> Scope | None:
    """Read a scope of effect (`Cơ sở`, `Cấp tỉnh`, `Toàn quốc`)."""
    return _parse(Scope, _SCOPE_WORDS, text)


@dataclass(frozen=True, slots=True)
class AuthorShare:
    """One author of an initiative and his or her share in percent (None: not stated)."""

    person_id: int
    share: float | None = None


@dataclass(frozen=True, slots=True)
class InitiativeInput:
    """What a form or an import gives to create or change an initiative."""

    title: str
    year: int
    kind: InitiativeKind = InitiativeKind.INITIATIVE
    authors: tuple[AuthorShare, ...] = ()
    unit_id: int | None = None
    movement_id: int | None = None
    field: str = ""  # lĩnh vực
    summary: str = ""
    benefit: str = ""  # hiệu quả
    benefit_value: int | None = None  # làm lợi, in đồng
    status: RecognitionStatus = RecognitionStatus.PROPOSED
    recognising_body: str = ""
    decision_number: str = ""
    decision_date: date | None = None
    scope: Scope | None = None

    def validated(self, today: date | None = None) -> InitiativeInput:
        """Return a cleaned copy or raise ValidationError (field, code, Vietnamese message)."""
        today = today or date.today()
        title = clean(self.title)
        if not title:
            raise ValidationError("title", "required", "Tên sáng kiến không được để trống.")
        if len(title) > MAX_TITLE:
            raise ValidationError(
                "title",
                "too_long",
                f"Tên sáng kiến dài quá {MAX_TITLE} ký tự.",
                {"limit": MAX_TITLE},
            )
        if not isinstance(self.year, int) or not FIRST_YEAR <= self.year <= today.year + 1:
            raise ValidationError(
                "year",
                "year_range",
                f"Năm phải từ {FIRST_YEAR} đến {today.year + 1}.",
                {"low": FIRST_YEAR, "high": today.year + 1},
            )
        authors = _checked_authors(self.authors)
        if not authors and self.unit_id is None:
            raise ValidationError(
                "authors", "author_or_unit", "Hãy ghi ít nhất một tác giả hoặc đơn vị."
            )
        if self.benefit_value is not None and self.benefit_value < 0:
            raise ValidationError(
                "benefit_value", "negative", "Giá trị làm lợi không được là số âm."
            )
        number = clean(self.decision_number)
        if self.status is RecognitionStatus.RECOGNISED and not number:
            raise ValidationError(
                "decision_number",
                "required_when_recognised",
                "Sáng kiến đã công nhận phải có số quyết định công nhận.",
            )
        when = self.decision_date
        if when is not None:
            if when < date(self.year, 1, 1):
                raise ValidationError(
                    "decision_date",
                    "before_year",
                    f"Ngày công nhận không được trước năm {self.year} của sáng kiến.",
                )
            if when > today:
                raise ValidationError(
                    "decision_date", "date_future", "Ngày công nhận không được sau hôm nay."
                )
        return replace(
            self,
            title=title,
            authors=authors,
            field=clean(self.field),
            summary=_clean_block(self.summary),
            benefit=_clean_block(self.benefit),
            recognising_body=clean(self.recognising_body),
            decision_number=number,
        )


def _clean_block(text: str) -> str:
    """Clean each line of a multi-line text, keep the line breaks."""
    lines = [clean(line) for line in (text or "").splitlines()]
    return "\n".join(lines).strip()


def _checked_authors(authors: tuple[AuthorShare, ...]) -> tuple[AuthorShare, ...]:
    seen: set[int] = set()
    for a in authors:
        if a.person_id in seen:
            raise ValidationError(
                "authors", "duplicate_author", "Một người được ghi hai lần trong danh sách tác giả."
            )
        seen.add(a.person_id)
    if len(authors) == 1:
        share = authors[0].share
        if share is not None and abs(share - 100) > SHARE_TOLERANCE:
            raise ValidationError(
                "shares", "single_share", "Một tác giả thì tỷ lệ đóng góp là 100%."
            )
        return (AuthorShare(authors[0].person_id, 100.0),)
    if not authors:
        return ()
    total = 0.0
    for a in authors:
        if a.share is None:
            raise ValidationError(
                "shares",
                "share_missing",
                "Có nhiều tác giả: hãy ghi tỷ lệ đóng góp (%) của từng người.",
            )
        if not 0 < a.share <= 100:
            raise ValidationError(
                "shares",
                "share_range",
                "Tỷ lệ đóng góp của mỗi tác giả phải lớn hơn 0 và tối đa 100%.",
            )
        total += a.share
    if abs(total - 100) > SHARE_TOLERANCE:
        raise ValidationError(
            "shares",
            "shares_total",
            f"Tổng tỷ lệ đóng góp của các tác giả phải bằng 100% (hiện là {total:g}%).",
        )
    return tuple(AuthorShare(a.person_id, round(float(a.share or 0), 2)) for a in authors)


def equal_shares(count: int) -> list[float]:
    """Shares that add up to exactly 100 for `count` authors (the first takes the rounding)."""
    if count <= 0:
        return []
    base = round(100 / count, 2)
    rest = round(100 - base * (count - 1), 2)
    return [rest] + [base] * (count - 1)


@dataclass(frozen=True, slots=True)
class AuthorView:
    """An author as shown: the person, the unit, the share."""

    person_id: int
    full_name: str
    unit_name: str
    share: float | None


@dataclass(frozen=True, slots=True)
class AwardUse:
    """The award an initiative served as ground for (filled by the proposals work)."""

    award: str  # e.g. "Chiến sĩ thi đua cơ sở năm 2024"
    ref: str = ""  # uuid of the proposal or decision that used it
    used_on: date | None = None


@dataclass(frozen=True, slots=True)
class Initiative:
    """A stored initiative with the names the page and documents show."""

    id: int
    uuid: str
    data: InitiativeInput
    unit_name: str = ""
    movement_name: str = ""
    authors: tuple[AuthorView, ...] = field(default_factory=tuple)
    used_for: AwardUse | None = None


@dataclass(frozen=True, slots=True)
class AttachmentInfo:
    """An attached file, without its bytes."""

    id: int
    uuid: str
    initiative_id: int
    name: str
    size: int
    sha256: str
    added_at: str


_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [f"{p}{n}" for p in ("COM", "LPT") for n in (*"123456789", "¹", "²", "³")]
)
_MAX_NAME = 200
_MAX_EXTENSION = 16


def safe_file_name(name: str) -> str:
    """The last part of a file name, usable on Windows: no forbidden characters, not a device
    name (CON, nul.txt, COM1.docx get a leading "_"), at most 200 characters with its extension
    kept; never empty."""
    base = clean(name).replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join("_" if ch in '<>:"|?*' or ord(ch) < 32 else ch for ch in base).strip(" .")
    if not base:
        return "tep-dinh-kem"
    stem, dot, ext = base.rpartition(".")
    if not dot or not stem or len(ext) > _MAX_EXTENSION or " " in ext:
        stem, ext = base, ""
    if stem.split(".")[0].rstrip(" ").upper() in _RESERVED:
        stem = "_" + stem
    suffix = f".{ext}" if ext else ""
    return (stem[: _MAX_NAME - len(suffix)].rstrip(" .") or "tep-dinh-kem") + suffix


def format_size(size: int) -> str:
    """Human size in Vietnamese style: `512 B`, `3,4 KB`, `12,0 MB`."""
    if size < 1024:
        return f"{size} B"
    value = size / 1024
    for unit in ("KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.1f} {unit}".replace(".", ",")
        value /= 1024
    return f"{size} B"  # pragma: no cover


_DMY = re.compile(r"([0-9]{1,2})[/.\-]([0-9]{1,2})[/.\-]([0-9]{4})")
_YMD = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")


def parse_date_text(text: str | None, field_name: str = "decision_date") -> date | None:
    """Read `dd/mm/yyyy` (or ISO) typed by a clerk; None when empty, ValidationError otherwise."""
    value = clean(text)
    if not value:
        return None
    if m := _DMY.fullmatch(value):
        y, mo, d = int(m[3]), int(m[2]), int(m[1])
    elif m := _YMD.fullmatch(value):
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
    else:
        raise ValidationError(field_name, "date_format", "Ngày không hợp lệ: hãy ghi dd/mm/yyyy.")
    try:
        return date(y, mo, d)
    except ValueError:
        raise ValidationError(
            field_name, "date_invalid", "Ngày này không có thật trên lịch."
        ) from None
