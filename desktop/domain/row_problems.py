"""What is wrong with a row of an imported spreadsheet, by code: the Vietnamese wording of each.

A spreadsheet kind writes each problem of a row with `problem(code, **params)` (or `of_error`
for a refused value that is already a coded error). The problem keeps its code, its values and
its Vietnamese sentence: the command line (`Dòng N: …`), the rejected-rows workbook and the
Vietnamese interface show the sentence; the English interface words the code with the values
(desktop/ui/messages.py). A row's problems are shown one after another, joined by "; ".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

# code → Vietnamese template; {name} placeholders filled with the problem's values.
TEMPLATES: dict[str, str] = {
    # Any kind (desktop/exchange/reader.py)
    "formula": "Cột {column} chứa công thức; hãy dán giá trị thay cho công thức",
    "error_cell": "Cột {column} có ô lỗi ({value})",
    "date_not_valid": "{column} “{value}” không hợp lệ (ghi dd/mm/yyyy)",
    "date_not_whole": "{column} cần đủ ngày, tháng, năm",
    "birth_date_invalid": "Ngày sinh không hợp lệ",
    "cccd_invalid": "Số CCCD không hợp lệ",
    "row_invalid": "Dòng không hợp lệ",
    "same_as_row": "Trùng với dòng {row}",
    "missing_full_name": "Thiếu họ và tên",
    "missing_unit": "Thiếu đơn vị",
    "missing_year": "Thiếu năm",
    "missing_award": "Thiếu danh hiệu / hình thức",
    "missing_movement": "Thiếu tên phong trào",
    "missing_member": "Thiếu tên thành viên",
    "not_whole_number": "{column} “{value}” không phải số nguyên",
    "movement_unknown": "Không có phong trào “{name}”",
    # Staff
    "sex_unknown": "Giới tính “{value}” không rõ (ghi Nam hoặc Nữ)",
    "cccd_of_another": (
        "Số CCCD {cccd} trong dữ liệu là của {stored}, còn dòng này ghi {written}; hãy kiểm tra"
        " lại số CCCD (không ghi đè người khác)"
    ),
    "people_same_name_birth": (
        "Có {count} người cùng họ tên và ngày sinh trong dữ liệu; hãy ghi số CCCD để biết là ai"
    ),
    "same_cccd_as_row": "Trùng số CCCD với dòng {row}",
    "same_person_birth_as_row": "Trùng người với dòng {row} (cùng họ tên và ngày sinh)",
    "same_person_as_row": "Trùng người với dòng {row}",
    # Units
    "missing_unit_name": "Thiếu tên đơn vị",
    "unit_kind_unknown": "Loại “{value}” không rõ; chọn một trong các loại:\n{choices}",
    "units_same_name": ("Có {count} đơn vị tên “{name}”; hãy ghi mã đơn vị hoặc đơn vị cấp trên"),
    "same_unit_code_as_row": "Trùng mã đơn vị với dòng {row}",
    "same_unit_name_as_row": "Trùng tên đơn vị với dòng {row}; hãy ghi mã để phân biệt",
    "same_unit_as_row": "Trùng đơn vị với dòng {row}",
    "parent_ambiguous": "Đơn vị cấp trên “{name}” trùng tên nhiều đơn vị; hãy ghi mã",
    "parent_unknown": "Không tìm thấy đơn vị cấp trên “{name}”",
    "parent_below": "Đơn vị cấp trên không được là chính nó hoặc đơn vị cấp dưới của nó",
    "parent_row_bad": "Đơn vị cấp trên ở dòng {row} có lỗi",
    "parent_cycle": "Các đơn vị cấp trên trong tệp tạo thành vòng lặp",
    # Award history
    "year_invalid": "Năm không hợp lệ",
    "name_or_collective": "Cần ghi Họ và tên (cá nhân) hoặc Tên tập thể",
    # Positions held
    "missing_position": "Thiếu chức vụ",
    "missing_start": "Thiếu ngày bắt đầu (Từ ngày)",
    "leadership_unknown": "Lãnh đạo, quản lý “{value}”: ghi x hoặc để trống",
    # Households
    "missing_head": "Thiếu tên chủ hộ",
    "missing_village": "Thiếu thôn, tổ dân phố",
    "members_not_whole": "Số nhân khẩu “{value}” không phải số nguyên",
    "village_unknown": "Không tìm thấy thôn, tổ dân phố “{name}”",
    "villages_same_name": "Có {count} thôn tên “{name}”; hãy ghi mã hoặc “Tên (Xã)”",
    "same_household_as_row": "Trùng hộ với dòng {row}",
    # Initiatives
    "missing_initiative_title": "Thiếu tên sáng kiến",
    "initiative_kind_unknown": "Loại “{value}” không rõ (ghi: {choices})",
    "reach_unknown": "Phạm vi ảnh hưởng “{value}” không rõ (ghi: Cơ sở, Cấp tỉnh, Toàn quốc)",
    "recognised_on_invalid": "Ngày công nhận không hợp lệ (ghi dd/mm/yyyy)",
    "year_not_four_digits": "Năm “{value}” không hợp lệ (ghi 4 chữ số)",
    "initiative_status_unknown": (
        "Tình trạng “{value}” không rõ (ghi: Đề xuất, Đã công nhận, Không công nhận)"
    ),
    "benefit_not_money": "Giá trị làm lợi phải là số tiền (đồng)",
    "same_initiative_as_row": "Trùng tên sáng kiến và năm với dòng {row}",
    "initiatives_stored_twice": (
        "Dữ liệu đã có {count} sáng kiến cùng tên và năm; hãy sửa trong chương trình"
    ),
    # Ratings and registrations
    "year_not_valid": "Năm “{value}” không hợp lệ (ghi 4 chữ số, ví dụ 2024)",
    "rating_invalid": "Xếp loại không hợp lệ",
    "discipline_invalid": "Kỷ luật không hợp lệ",
    "missing_rating": "Thiếu xếp loại",
    "movement_or_year": "Ghi tên phong trào hoặc năm đăng ký",
    "missing_registered_title": "Thiếu danh hiệu đăng ký",
    "registered_on_invalid": "Ngày đăng ký không hợp lệ",
    "same_person_year_as_row": "Trùng người và năm với dòng {row}",
    "person_rated": "{person} đã có xếp loại năm {year} ({rating}); dùng --replace để thay",
    "same_unit_year_as_row": "Trùng đơn vị và năm với dòng {row}",
    "unit_rated": "Đơn vị đã có xếp loại năm {year} ({rating}); dùng --replace để thay",
    "group_unknown": "Phong trào không có nhóm “{name}”",
    "registered_already": "Đã đăng ký danh hiệu này rồi",
    # Activities of a movement
    "quantity_not_whole": "Số lượng “{value}” không phải là số nguyên",
    "quantity_below_one": "Số lượng phải từ 1 trở lên",
    "activity_kind_unknown": "Loại hoạt động “{value}” không có (ghi: {choices})",
    "day_invalid": "Ngày “{value}” không hợp lệ (ghi dd/mm/yyyy)",
    "missing_day": "Thiếu ngày",
    "missing_content": "Thiếu nội dung",
    # Targets of a movement
    "not_a_number": "{column} không phải là số",
    "value_not_a_number": "{column} “{value}” không phải là số",
    "negative": "{column} không được là số âm",
    "missing_target": "Thiếu nội dung chỉ tiêu",
    "target_year_invalid": "Năm “{value}” không hợp lệ (ghi 4 chữ số hoặc “{period}”)",
    # Blocs
    "not_a_number_value": "{column} “{value}” không phải số",
    "missing_bloc": "Thiếu tên khối thi đua",
    "missing_criterion": "Thiếu tiêu chí",
    "bloc_kind_unknown": "Loại “{value}” không phải Khối hoặc Cụm",
    "member_unknown": (
        "Không tìm thấy đơn vị “{name}”; cơ quan ngoài danh mục thì ghi x ở cột Ngoài danh mục"
        " đơn vị"
    ),
    "member_units_same_name": "Có {count} đơn vị tên “{name}”; hãy ghi mã",
    "same_member_as_row": "Trùng thành viên với dòng {row}",
    "not_member_of_year": "“{name}” không phải thành viên của khối năm {year}",
    "no_criterion_of_year": "Năm {year} khối không có tiêu chí “{criterion}”",
    # Nominees
    "award_not_personal": (
        "Danh hiệu / hình thức “{value}” không có trong danh mục khen thưởng cá nhân"
    ),
    "initiatives_not_theirs": "Không có sáng kiến {titles} của người này",
}


class Origin(Enum):
    """Where a problem's code is worded: here, with the errors, or as eligibility reasons."""

    ROW = "row"  # TEMPLATES above
    ERROR = "error"  # a ThiDuaError's code (desktop/domain/errors.py)
    VERDICT = "verdict"  # an eligibility verdict: params `result` and `reasons`


@dataclass(frozen=True, slots=True)
class RowProblem:
    """One thing wrong with a row: its code, the values it names, its Vietnamese sentence."""

    code: str
    params: tuple[tuple[str, object], ...]
    text: str
    origin: Origin = Origin.ROW

    def values(self) -> dict[str, object]:
        """The values by name."""
        return dict(self.params)


def problem(code: str, **params: object) -> RowProblem:
    """The problem `code` with these values, in its Vietnamese words."""
    return RowProblem(code, tuple(params.items()), TEMPLATES[code].format_map(params))


def of_error(error: Exception, fallback: str = "row_invalid") -> RowProblem:
    """A refused value as a row problem: a coded error's code, values (with the `field` it
    refuses) and sentence (without its full stop); any other exception as the problem
    `fallback`."""
    message = str(getattr(error, "message", "") or "")
    code = getattr(error, "code", "")
    if not message or not isinstance(code, str):
        return problem(fallback)
    params = dict(getattr(error, "params", {}))
    if isinstance(field := getattr(error, "field", None), str):
        params.setdefault("field", field)
    return RowProblem(code, tuple(params.items()), message.rstrip("."), Origin.ERROR)


def verdict(result: Enum, reasons: tuple[str, ...], text: str) -> RowProblem:
    """An eligibility verdict that refuses the row, with the reasons it gives."""
    return RowProblem("verdict", (("result", result), ("reasons", reasons)), text, Origin.VERDICT)


def joined(problems: Iterable[RowProblem]) -> str:
    """The Vietnamese sentences of a row's problems, one after another."""
    return "; ".join(p.text for p in problems)


class HasProblems:
    """A parsed row with `problems`: `error` is their Vietnamese sentence ("" for a good row)."""

    __slots__ = ()
    problems: tuple[RowProblem, ...]

    @property
    def error(self) -> str:
        """The row's problems in Vietnamese, joined ("" when there is none)."""
        return joined(self.problems)
