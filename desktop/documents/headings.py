"""Printed wording of the dossier forms, kept as data so that it can be corrected against
the official files (Nghị định 152/2025 Phụ lục; Nghị định 30/2020 Phụ lục III) without
touching the layout code.  Placeholders in braces are filled by the forms."""

from __future__ import annotations

from datetime import date

# Nghị định 152/2025/NĐ-CP applies to batches from this day (Điều 59); earlier batches cite 98/2023.
DECREE_152_FROM = date(2025, 7, 1)

# --- Tờ trình đề nghị khen thưởng (Mẫu số 01, Nghị định 152/2025) -------------------------
TO_TRINH_KIND = "Tờ trình"
TO_TRINH_CODE = "TTr"
# Căn cứ by the paper's date (Nghị định 30/2020 Phụ lục I mục II.6: italic, each on its own line
# ending ";", the last ending "."). Luật 2022 is in force from 01/01/2024; before that the Luật
# 2003 as amended in 2005 and 2013 with Nghị định 91/2017; Nghị định 98/2023 from 01/01/2024 and
# Nghị định 152/2025 from 01/07/2025 (its Điều 59 ends 98/2023).
LAW_2022_FROM = date(2024, 1, 1)
TO_TRINH_BASES_2003 = (
    "Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số "
    "điều của Luật Thi đua, khen thưởng ngày 14 tháng 6 năm 2005 và ngày 16 tháng 11 năm 2013;",
    "Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi "
    "tiết thi hành một số điều của Luật Thi đua, khen thưởng;",
)
TO_TRINH_BASES_152 = (
    "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
    "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về "
    "phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn "
    "thi hành một số điều của Luật Thi đua, khen thưởng;",
)
TO_TRINH_BASES_98 = (
    "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
    "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi "
    "tiết thi hành một số điều của Luật Thi đua, khen thưởng;",
)


def bases_on(day: date) -> tuple[str, ...]:
    """The default căn cứ lines of a paper dated `day` (the texts in force that day)."""
    if day >= DECREE_152_FROM:
        return TO_TRINH_BASES_152
    if day >= LAW_2022_FROM:
        return TO_TRINH_BASES_98
    return TO_TRINH_BASES_2003


TO_TRINH_PROPOSAL = "{office} kính đề nghị {recipient} xem xét, khen thưởng cho {total}, cụ thể:"
# Nơi nhận of a tờ trình or báo cáo sent up (Phụ lục I mục II.9.b): "Như trên" first, "Lưu" last.
AS_ABOVE = "Như trên"
FILED = "Lưu: VT"
NO_ONE = "00 cá nhân"
TO_TRINH_TOTAL = "Tổng cộng: {total}."
TO_TRINH_ATTACHED = "(Có danh sách và báo cáo thành tích kèm theo)"
TO_TRINH_CLOSING = "{office} kính trình {recipient} xem xét, quyết định./."
PERSONS = "cá nhân"
COLLECTIVES = "tập thể"

# --- Danh sách đề nghị ----------------------------------------------------------------------
DANH_SACH_KIND = "Danh sách"
DANH_SACH_SUBJECT = "Đề nghị khen thưởng"
DANH_SACH_ATTACHED = "(Kèm theo Tờ trình số {symbol} {date} của {office})"
DANH_SACH_COLUMNS = (
    "STT",
    "Họ và tên / Tên tập thể",
    "Chức vụ - Đơn vị",
    "Tóm tắt thành tích",
    "Ghi chú",
)
DANH_SACH_GROUP_COLLECTIVE = "Tập thể"
DANH_SACH_GROUP_PERSON = "Cá nhân"
DANH_SACH_TOTAL = "Danh sách có {total}."

# --- Biên bản họp Hội đồng Thi đua - Khen thưởng (Phụ lục III, Mẫu 1.9) --------------------
BIEN_BAN_KIND = "Biên bản"
BIEN_BAN_CODE = "BB"
BIEN_BAN_SUBJECT = "Họp {council}"
BIEN_BAN_START = "Thời gian bắt đầu: {time}."
BIEN_BAN_PLACE = "Địa điểm: {place}."
BIEN_BAN_ATTENDANCE = "Thành phần tham dự:"
BIEN_BAN_MEMBERS = (
    "Tổng số thành viên Hội đồng: {total}; có mặt: {present}; vắng mặt: {absent} "
    "(trong đó {written} thành viên có ý kiến bằng văn bản)."
)
BIEN_BAN_ABSENT = "Thành viên vắng mặt có ý kiến bằng văn bản:"
BIEN_BAN_ABSENT_NO_OPINION = "Thành viên vắng mặt không có ý kiến:"
BIEN_BAN_CHAIR = "Chủ trì (chủ tọa): {name}{position}."
BIEN_BAN_SECRETARY = "Thư ký (người ghi biên bản): {name}{position}."
BIEN_BAN_CONTENT = "Nội dung (theo diễn biến cuộc họp):"
BIEN_BAN_VOTES = "Kết quả bỏ phiếu (tỷ lệ tính trên tổng số thành viên Hội đồng):"
BIEN_BAN_VOTE_COLUMNS = (
    "STT",
    "Tên cá nhân / tập thể",
    "Hình thức đề nghị",
    "Số phiếu đồng ý",
    "Tỷ lệ",
    "Kết quả",
)
BIEN_BAN_REACHED = "Đạt (≥ {threshold}%)"
BIEN_BAN_NOT_REACHED = "Không đạt (< {threshold}%)"
BIEN_BAN_MAJORITY = "Đạt (quá bán)"
BIEN_BAN_NO_MAJORITY = "Không đạt (chưa quá bán)"
BIEN_BAN_CONCLUSION = "Kết luận:"
BIEN_BAN_END = (
    "Cuộc họp kết thúc vào {time}. Biên bản đã được đọc lại cho các thành viên dự "
    "họp cùng nghe và thống nhất."
)
BIEN_BAN_SECRETARY_TITLE = "Thư ký"
BIEN_BAN_CHAIR_TITLE = "Chủ tọa"

# --- Báo cáo thành tích (Mẫu số 05 for a person; collective per LEGAL.md §2.5) -------------
BAO_CAO_KIND = "Báo cáo thành tích"
BAO_CAO_SUBJECT = "Đề nghị tặng {award}"
BAO_CAO_AWARD_JOINER = " và "
BAO_CAO_EMPTY = "…………………………………………………………………………"
BAO_CAO_PERSON_I = "I. SƠ LƯỢC LÝ LỊCH"
BAO_CAO_PERSON_FIELDS = (
    ("name", "Họ tên"),
    ("birth_date", "Sinh ngày, tháng, năm"),
    ("sex", "Giới tính"),
    ("home_town", "Quê quán"),
    ("residence", "Trú quán"),
    ("unit", "Đơn vị công tác"),
    ("position", "Chức vụ (Đảng, chính quyền, đoàn thể)"),
    ("qualification", "Trình độ chuyên môn, nghiệp vụ"),
    ("academic_title", "Học hàm, học vị, danh hiệu, giải thưởng"),
)
BAO_CAO_COLLECTIVE_I = "I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH"
BAO_CAO_COLLECTIVE_FIELDS = (
    ("name", "Tên tập thể"),
    ("address", "Địa điểm trụ sở chính"),
    ("phone", "Điện thoại"),
    ("unit", "Đơn vị cấp trên trực tiếp"),
)
BAO_CAO_COLLECTIVE_SECTIONS = (
    ("history", "1. Quá trình thành lập và phát triển"),
    (
        "characteristics",
        "2. Những đặc điểm chính (tự nhiên, kinh tế, văn hóa của địa phương, đơn vị)",
    ),
    ("organisation", "3. Cơ cấu tổ chức"),
    ("duties", "4. Chức năng, nhiệm vụ được giao"),
)
BAO_CAO_II = "II. THÀNH TÍCH ĐẠT ĐƯỢC"
BAO_CAO_II_1_PERSON = "1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận"
BAO_CAO_II_2_PERSON = "2. Thành tích đạt được của cá nhân"
BAO_CAO_III = "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG"
BAO_CAO_TITLES_CAPTION = "1. Danh hiệu thi đua"
BAO_CAO_AWARDS_CAPTION = "2. Hình thức khen thưởng"
BAO_CAO_TITLES_COLUMNS = (
    "Năm",
    "Danh hiệu thi đua",
    "Số, ngày, tháng, năm của quyết định công nhận danh hiệu thi đua; cơ quan ban hành quyết định",
)
BAO_CAO_AWARDS_COLUMNS = (
    "Năm",
    "Hình thức khen thưởng",
    "Số, ngày, tháng, năm của quyết định khen thưởng; cơ quan ban hành quyết định",
)
BAO_CAO_NONE = "Chưa có."
BAO_CAO_REPORTER_PERSON = ("Người báo cáo thành tích",)
BAO_CAO_REPORTER_COLLECTIVE = ("Thủ trưởng đơn vị",)
BAO_CAO_REPORTER_NOTE = "(Ký, ghi rõ họ và tên)"
BAO_CAO_REPORTER_NOTE_SEAL = "(Ký, đóng dấu)"
BAO_CAO_HEAD = ("Thủ trưởng đơn vị", "xác nhận, đề nghị")
BAO_CAO_HEAD_NOTE = "(Ký, đóng dấu)"

# --- Mục lục hồ sơ --------------------------------------------------------------------------
MUC_LUC_KIND = "Mục lục hồ sơ đề nghị khen thưởng"
MUC_LUC_ATTACHED = "(Kèm theo Tờ trình số {symbol} {date} của {office})"
MUC_LUC_COLUMNS = ("STT", "Tên tài liệu", "Số trang", "Từ trang - đến trang", "Ghi chú")
MUC_LUC_TO_TRINH = "Tờ trình số {symbol} {date} của {office}"
MUC_LUC_DANH_SACH = "Danh sách đề nghị khen thưởng"
MUC_LUC_BIEN_BAN = "Biên bản họp {council}"
MUC_LUC_BAO_CAO = "Báo cáo thành tích ({count} bản)"
MUC_LUC_BAO_CAO_ITEM = "Báo cáo thành tích của {name}"
MUC_LUC_TOTAL = "Tổng cộng"
MUC_LUC_EXTRA_NOTE = "Bản kèm theo"
MUC_LUC_SELF = "Mục lục hồ sơ"
