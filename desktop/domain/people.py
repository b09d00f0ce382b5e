"""People: công chức, viên chức, người lao động and outside contributors."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from desktop.domain.errors import ValidationError
from desktop.domain.identity import BirthDate, normalize_cccd
from desktop.domain.text import NameParts, clean, split_name


class Sex(StrEnum):
    """Giới tính."""

    MALE = "nam"
    FEMALE = "nu"

    @property
    def label(self) -> str:
        """Vietnamese label."""
        return "Nam" if self is Sex.MALE else "Nữ"


def parse_sex(text: str | None) -> Sex | None:
    """Read `Nam`/`Nữ` (any case, with or without diacritics, or M/F)."""
    from desktop.domain.text import fold

    key = fold(text)
    if key in {"nam", "m", "male", "trai"}:
        return Sex.MALE
    if key in {"nu", "f", "female", "gai"}:
        return Sex.FEMALE
    return None


class WorkStatus(StrEnum):
    """Tình trạng công tác."""

    WORKING = "dang_cong_tac"
    TRANSFERRED = "chuyen_cong_tac"
    RETIRED = "nghi_huu"

    @property
    def label(self) -> str:
        """Vietnamese label."""
        return {
            WorkStatus.WORKING: "Đang công tác",
            WorkStatus.TRANSFERRED: "Chuyển công tác",
            WorkStatus.RETIRED: "Nghỉ hưu",
        }[self]


@dataclass(frozen=True, slots=True)
class PersonInput:
    """What a form or an import gives to create or change a person."""

    full_name: str
    unit_id: int | None
    family_name: str = ""
    middle_name: str = ""
    given_name: str = ""
    sex: Sex | None = None
    birth_date: BirthDate | None = None
    cccd: str = ""
    hometown: str = ""
    residence: str = ""
    position: str = ""  # chức vụ chính quyền
    party_position: str = ""  # chức vụ Đảng
    union_position: str = ""  # chức vụ đoàn thể
    qualification: str = ""  # trình độ chuyên môn
    academic_title: str = ""  # học hàm, học vị
    phone: str = ""
    email: str = ""
    status: WorkStatus = WorkStatus.WORKING

    def validated(self, today: date | None = None) -> PersonInput:
        """Return a cleaned copy (NFC, name parts filled) or raise ValidationError."""
        today = today or date.today()
        full = clean(self.full_name)
        if not full:
            raise ValidationError("full_name", "required", "Họ và tên không được để trống.")
        if len(full) > 120:
            raise ValidationError(
                "full_name", "too_long", "Họ và tên dài quá 120 ký tự.", {"limit": 120}
            )
        if self.unit_id is None:
            raise ValidationError("unit_id", "required", "Hãy chọn đơn vị.")
        parts = NameParts(clean(self.family_name), clean(self.middle_name), clean(self.given_name))
        if not parts.given or parts.full != full:
            parts = split_name(full)
        cccd = normalize_cccd(self.cccd)
        birth = self.birth_date
        if birth is not None:
            if birth.year < 1900:
                raise ValidationError(
                    "birth_date", "date_too_old", "Ngày sinh không được trước năm 1900."
                )
            if (birth.year, birth.month or 1, birth.day or 1) > (
                today.year,
                today.month,
                today.day,
            ):
                raise ValidationError(
                    "birth_date", "date_future", "Ngày sinh không được ở sau ngày hôm nay."
                )
        email = clean(self.email)
        if email and ("@" not in email or " " in email):
            raise ValidationError("email", "email_format", "Địa chỉ email không hợp lệ.")
        return replace(
            self,
            full_name=full,
            family_name=parts.family,
            middle_name=parts.middle,
            given_name=parts.given,
            cccd=cccd,
            hometown=clean(self.hometown),
            residence=clean(self.residence),
            position=clean(self.position),
            party_position=clean(self.party_position),
            union_position=clean(self.union_position),
            qualification=clean(self.qualification),
            academic_title=clean(self.academic_title),
            phone=clean(self.phone),
            email=email,
        )

    @property
    def parts(self) -> NameParts:
        """The name parts (after `validated()`)."""
        return NameParts(self.family_name, self.middle_name, self.given_name)


@dataclass(frozen=True, slots=True)
class Person:
    """A stored person, as the forms and documents need it."""

    id: int
    uuid: str
    data: PersonInput
    unit_name: str = ""


@dataclass(frozen=True, slots=True)
class DuplicateCandidate:
    """A stored person that looks like the one being saved."""

    id: int
    full_name: str
    birth: str
    unit_name: str
    reason: str  # "cccd" or "name_birth"
