"""Word lists of the demo database: a Sở Tài chính in Sóc Trăng, its units and Vietnamese names.

Place and unit names follow the province's plans in `shared/seeds` (Sở Tài chính Sóc Trăng,
ký hiệu STC; huyện, xã and ấp of Sóc Trăng before the 2025 merger). The people are invented.
"""

from __future__ import annotations

from desktop.domain.office import OfficeInfo

PROVINCE = "Sóc Trăng"
OFFICE_TITLE = "Sở Tài chính thành phố Cần Thơ (tỉnh Sóc Trăng trước ngày 01/07/2025)"

# Sóc Trăng joined Cần Thơ on 01/07/2025 (Nghị quyết 202/2025/QH15): the demo's papers are
# dated after that, so they carry the new authority's name and place.
OFFICE = OfficeInfo(
    parent_agency="UBND THÀNH PHỐ CẦN THƠ",
    name="SỞ TÀI CHÍNH",
    place="Cần Thơ",
    signer_name="Trần Minh Khoa",
    signer_title="GIÁM ĐỐC",
    symbol="STC",
)

# Family names with their approximate share among Vietnamese in the Mekong delta, plus the
# Khmer family names common in Sóc Trăng.
FAMILY: tuple[tuple[str, float], ...] = (
    ("Nguyễn", 34.0),
    ("Trần", 11.0),
    ("Lê", 9.5),
    ("Phạm", 6.0),
    ("Huỳnh", 4.5),
    ("Võ", 4.0),
    ("Phan", 3.5),
    ("Trương", 2.0),
    ("Đặng", 2.0),
    ("Bùi", 1.5),
    ("Đỗ", 1.3),
    ("Hồ", 1.3),
    ("Ngô", 1.2),
    ("Dương", 1.2),
    ("Lý", 1.2),
    ("Lâm", 1.2),
    ("Thạch", 2.2),
    ("Sơn", 1.2),
    ("Danh", 0.6),
    ("Kim", 0.6),
    ("Hoàng", 0.8),
    ("Vũ", 0.5),
    ("Đinh", 0.6),
    ("Mai", 0.6),
    ("Tô", 0.5),
    ("Châu", 0.5),
    ("Quách", 0.4),
    ("Lưu", 0.4),
    ("Tạ", 0.3),
    ("Cao", 0.4),
    ("Triệu", 0.4),
    ("Đoàn", 0.5),
    ("Lương", 0.5),
    ("Hà", 0.4),
    ("Tăng", 0.3),
    ("La", 0.3),
    ("Diệp", 0.2),
    ("Thái", 0.3),
)

MALE_MIDDLE: tuple[tuple[str, float], ...] = (
    ("Văn", 40.0),
    ("Minh", 8.0),
    ("Thanh", 6.0),
    ("Quốc", 5.0),
    ("Hoàng", 4.0),
    ("Hữu", 4.0),
    ("Tấn", 4.0),
    ("Công", 3.0),
    ("Đức", 3.0),
    ("Trọng", 2.0),
    ("Chí", 2.0),
    ("Thành", 2.0),
    ("Ngọc", 2.0),
    ("Duy", 2.0),
    ("Phước", 2.0),
    ("Trung", 1.5),
    ("Anh", 1.5),
    ("Nhật", 1.0),
    ("Gia", 1.0),
    ("Văn Minh", 1.0),
    ("Hoàng Minh", 0.5),
)

FEMALE_MIDDLE: tuple[tuple[str, float], ...] = (
    ("Thị", 42.0),
    ("Ngọc", 8.0),
    ("Thanh", 5.0),
    ("Kim", 5.0),
    ("Thị Kim", 4.0),
    ("Thị Ngọc", 4.0),
    ("Thị Thanh", 3.0),
    ("Thị Mỹ", 3.0),
    ("Mỹ", 3.0),
    ("Thu", 3.0),
    ("Bích", 2.0),
    ("Hồng", 2.0),
    ("Phương", 2.0),
    ("Thùy", 2.0),
    ("Diễm", 1.5),
    ("Minh", 1.5),
    ("Thị Bích", 1.0),
    ("Thị Thu", 1.0),
    ("Khánh", 1.0),
)

MALE_GIVEN = (
    "Hùng", "Dũng", "Tuấn", "Minh", "Nam", "Hải", "Phúc", "Khoa", "Long", "Tâm", "Thành",
    "Trung", "Hiếu", "Tài", "Lộc", "Phong", "Quang", "Sơn", "Thắng", "Toàn", "Vinh", "Khang",
    "Nhân", "Nghĩa", "Hậu", "Thiện", "Đạt", "Bảo", "Huy", "Khánh", "Cường", "Lâm", "Định",
    "Hòa", "Tùng", "Trí", "Hưng", "Kiên", "Phát", "Tín", "Duy", "Thông", "Quý", "Việt",
    "Đông", "Sang", "Tú", "Hoàng", "Nhựt", "Thịnh", "Triều", "Vũ", "Danh", "Em", "Bình",
    "Chiến", "Đức", "Hiệp", "Luân", "Mạnh", "Nguyên", "Phương", "Quốc", "Thuận", "Trọng",
)  # fmt: skip

FEMALE_GIVEN = (
    "Hương", "Lan", "Hoa", "Mai", "Thảo", "Trang", "Linh", "Ngân", "Nhung", "Hằng", "Thủy",
    "Thúy", "Yến", "Vy", "Diệu", "Hạnh", "Loan", "Nga", "Oanh", "Phượng", "Quyên", "Tuyết",
    "Vân", "Xuân", "Duyên", "Hiền", "Huyền", "Liên", "Ly", "My", "Nhi", "Như", "Phương",
    "Tâm", "Tiên", "Trinh", "Uyên", "Ánh", "Châu", "Diễm", "Giang", "Hà", "Kiều", "Mến",
    "Ngọc", "Nhàn", "Thư", "Hồng", "Dung", "Lệ", "Quỳnh", "Thắm", "Trâm", "Nguyệt", "Hậu",
    "Đào", "Bích", "Cúc", "Sương", "Tuyền", "Xuyến", "Hân", "Khánh", "Anh", "Trân",
)  # fmt: skip

# Where a CCCD's first three digits come from: Sóc Trăng first, then its neighbours.
BIRTH_PROVINCES: tuple[tuple[str, str, float], ...] = (
    ("094", "Sóc Trăng", 74.0),
    ("092", "Cần Thơ", 5.0),
    ("093", "Hậu Giang", 3.0),
    ("095", "Bạc Liêu", 4.0),
    ("084", "Trà Vinh", 3.0),
    ("086", "Vĩnh Long", 2.0),
    ("096", "Cà Mau", 1.5),
    ("079", "Hồ Chí Minh", 3.0),
    ("089", "An Giang", 1.0),
    ("091", "Kiên Giang", 1.0),
    ("087", "Đồng Tháp", 0.5),
    ("040", "Nghệ An", 0.5),
    ("038", "Thanh Hóa", 0.5),
    ("001", "Hà Nội", 0.5),
)

# A few communes of each other province, for hometowns outside Sóc Trăng.
OTHER_PLACES: dict[str, tuple[str, ...]] = {
    "Cần Thơ": ("phường An Hòa, quận Ninh Kiều", "xã Trường Long, huyện Phong Điền"),
    "Hậu Giang": ("xã Long Thạnh, huyện Phụng Hiệp", "xã Vị Thanh, huyện Vị Thủy"),
    "Bạc Liêu": ("xã Hưng Hội, huyện Vĩnh Lợi", "xã Ninh Quới, huyện Hồng Dân"),
    "Trà Vinh": ("xã Đại Phước, huyện Càng Long", "xã Kim Hòa, huyện Cầu Ngang"),
    "Vĩnh Long": ("xã Tân Hạnh, huyện Long Hồ", "xã Hòa Bình, huyện Trà Ôn"),
    "Cà Mau": ("xã Tân Thành, thành phố Cà Mau", "xã Khánh Hưng, huyện Trần Văn Thời"),
    "Hồ Chí Minh": ("phường 7, quận 5", "phường Tân Định, quận 1", "xã Tân Nhựt, huyện Bình Chánh"),
    "An Giang": ("xã Mỹ Hòa Hưng, thành phố Long Xuyên", "xã Vĩnh Thạnh Trung, huyện Châu Phú"),
    "Kiên Giang": ("xã Mong Thọ A, huyện Châu Thành", "xã Vĩnh Hòa Hưng Bắc, huyện Gò Quao"),
    "Đồng Tháp": ("xã Tân Thuận Đông, thành phố Cao Lãnh", "xã Mỹ Hiệp, huyện Cao Lãnh"),
    "Nghệ An": ("xã Kim Liên, huyện Nam Đàn", "xã Diễn Thịnh, huyện Diễn Châu"),
    "Thanh Hóa": ("xã Hoằng Lộc, huyện Hoằng Hóa", "xã Quảng Tân, huyện Quảng Xương"),
    "Hà Nội": ("phường Kim Liên, quận Đống Đa", "xã Đại Thịnh, huyện Mê Linh"),
}

# Huyện, thị xã and thành phố of Sóc Trăng with some of their xã/phường.
DISTRICTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("thành phố Sóc Trăng", ("Phường 2", "Phường 5", "Phường 7", "Phường 9", "Phường 10")),
    ("huyện Châu Thành", ("Xã Hồ Đắc Kiện", "Xã Thiện Mỹ", "Xã An Hiệp", "Xã Phú Tâm", "Xã Thuận Hòa")),
    ("huyện Kế Sách", ("Xã Ba Trinh", "Xã Trinh Phú", "Xã Đại Hải", "Xã Kế An", "Xã Phong Nẫm")),
    ("huyện Mỹ Tú", ("Xã Long Hưng", "Xã Mỹ Hương", "Xã Hưng Phú", "Xã Mỹ Phước", "Xã Thuận Hưng")),
    ("huyện Long Phú", ("Xã Long Đức", "Xã Song Phụng", "Xã Tân Hưng", "Xã Châu Khánh")),
    ("huyện Cù Lao Dung", ("Xã An Thạnh 1", "Xã An Thạnh Tây", "Xã Đại Ân 1")),
    ("huyện Mỹ Xuyên", ("Xã Tham Đôn", "Xã Đại Tâm", "Xã Thạnh Phú", "Xã Gia Hòa 1", "Xã Ngọc Tố")),
    ("huyện Trần Đề", ("Xã Lịch Hội Thượng", "Xã Trung Bình", "Xã Liêu Tú", "Xã Viên An", "Xã Tài Văn")),
    ("huyện Thạnh Trị", ("Xã Lâm Tân", "Xã Thạnh Tân", "Xã Lâm Kiết", "Xã Tuân Tức")),
    ("thị xã Vĩnh Châu", ("Phường Vĩnh Phước", "Xã Lai Hòa", "Xã Vĩnh Hải", "Xã Lạc Hòa")),
    ("thị xã Ngã Năm", ("Xã Long Bình", "Xã Mỹ Quới", "Xã Vĩnh Quới")),
)  # fmt: skip

HAMLETS = (
    "Phú Hữu", "Phú Thành", "Hòa Lời", "Trà Canh A1", "Bưng Cốc", "Sóc Lèo", "Tắc Gồng",
    "Kinh Mới", "Mỹ Đức", "Tân Lập", "Phước Hòa", "Đay Sô", "Trà Quýt", "Chắc Tưng",
    "Hòa Thành", "Phước Thọ", "Xóm Tro", "Mương Khai", "Trà Ếch", "Bào Lớn", "Vĩnh Thành",
    "Tân Quy", "Mỹ Thanh", "Cỏ Cò", "Ba Rinh", "Thạnh Lợi", "An Hòa", "Bình Thạnh",
    "Giồng Chát", "Sóc Vồ", "Kiết Lập", "Prey Chóp", "Đại Nghĩa Thắng", "Tân Phước", "Phú Đa",
)  # fmt: skip

ENTERPRISES = (
    ("Công ty Cổ phần Thủy sản Mỹ Xuyên", "huyện Mỹ Xuyên"),
    ("Công ty TNHH Thương mại Dịch vụ Hưng Phát Sóc Trăng", "thành phố Sóc Trăng"),
    ("Công ty TNHH Xây dựng Thành Đạt", "thành phố Sóc Trăng"),
    ("Công ty Cổ phần Lương thực Trần Đề", "huyện Trần Đề"),
    ("Công ty TNHH Chế biến Nông sản Kế Sách", "huyện Kế Sách"),
    ("Công ty Cổ phần Vận tải thủy Long Phú", "huyện Long Phú"),
    ("Doanh nghiệp tư nhân Minh Châu", "thị xã Ngã Năm"),
    ("Công ty TNHH Dịch vụ Kế toán Phương Nam", "thành phố Sóc Trăng"),
)

COOPERATIVES = (
    ("Hợp tác xã Nông nghiệp Hưng Thịnh", "huyện Mỹ Tú"),
    ("Hợp tác xã Hành tím Vĩnh Châu", "thị xã Vĩnh Châu"),
    ("Hợp tác xã Lúa gạo Thạnh Phú", "huyện Mỹ Xuyên"),
    ("Hợp tác xã Dịch vụ nông nghiệp Tân Long", "thị xã Ngã Năm"),
    ("Hợp tác xã Nuôi trồng thủy sản Vĩnh Hải", "thị xã Vĩnh Châu"),
    ("Hợp tác xã Trái cây Phong Nẫm", "huyện Kế Sách"),
)

OTHER_ORGS = (
    ("Kho bạc Nhà nước Sóc Trăng", "thành phố Sóc Trăng"),
    ("Ban Quản lý dự án đầu tư xây dựng tỉnh Sóc Trăng", "thành phố Sóc Trăng"),
)

# Internal units: (name, code, leaders in order, staff positions with weights, sub-units).
# The n-th person placed in a unit takes the n-th leader position, then a staff position.
Positions = tuple[tuple[str, float], ...]
InternalUnit = tuple[str, str, tuple[str, ...], Positions, int]

INTERNAL: tuple[InternalUnit, ...] = (
    ("Ban Giám đốc", "BGD", ("Giám đốc", "Phó Giám đốc", "Phó Giám đốc", "Phó Giám đốc"), (), 4),
    (
        "Văn phòng",
        "VP",
        ("Chánh Văn phòng", "Phó Chánh Văn phòng", "Phó Chánh Văn phòng"),
        (("Chuyên viên", 5), ("Kế toán", 1), ("Văn thư", 1), ("Lái xe", 1), ("Nhân viên", 1)),
        14,
    ),
    (
        "Thanh tra",
        "TTR",
        ("Chánh Thanh tra", "Phó Chánh Thanh tra"),
        (("Thanh tra viên", 3), ("Thanh tra viên chính", 1), ("Chuyên viên", 1)),
        8,
    ),
    (
        "Phòng Quản lý ngân sách",
        "QLNS",
        ("Trưởng phòng", "Phó Trưởng phòng", "Phó Trưởng phòng"),
        (("Chuyên viên", 4), ("Chuyên viên chính", 1)),
        11,
    ),
    (
        "Phòng Tài chính hành chính sự nghiệp",
        "HCSN",
        ("Trưởng phòng", "Phó Trưởng phòng"),
        (("Chuyên viên", 4), ("Chuyên viên chính", 1)),
        9,
    ),
    (
        "Phòng Tài chính đầu tư",
        "TCDT",
        ("Trưởng phòng", "Phó Trưởng phòng"),
        (("Chuyên viên", 4), ("Chuyên viên chính", 1)),
        9,
    ),
    (
        "Phòng Quản lý giá và công sản",
        "QLGCS",
        ("Trưởng phòng", "Phó Trưởng phòng"),
        (("Chuyên viên", 4), ("Chuyên viên chính", 1)),
        8,
    ),
    (
        "Phòng Tài chính doanh nghiệp",
        "TCDN",
        ("Trưởng phòng", "Phó Trưởng phòng"),
        (("Chuyên viên", 4),),
        6,
    ),
    (
        "Phòng Tin học và Thống kê",
        "THTK",
        ("Trưởng phòng", "Phó Trưởng phòng"),
        (("Chuyên viên", 3), ("Kỹ sư", 1)),
        5,
    ),
)

# The đơn vị trực thuộc and its own phòng.
CENTRE: InternalUnit = (
    "Trung tâm Dịch vụ tài chính công",
    "TTDVTC",
    ("Giám đốc Trung tâm", "Phó Giám đốc Trung tâm"),
    (),
    2,
)
CENTRE_PARTS: tuple[InternalUnit, ...] = (
    (
        "Phòng Hành chính - Tổng hợp",
        "TTDVTC-HCTH",
        ("Trưởng phòng",),
        (("Viên chức", 2), ("Kế toán", 1), ("Nhân viên", 1)),
        6,
    ),
    (
        "Phòng Thẩm định giá",
        "TTDVTC-TDG",
        ("Trưởng phòng", "Phó Trưởng phòng"),
        (("Thẩm định viên", 3), ("Viên chức", 1)),
        7,
    ),
    (
        "Phòng Mua sắm tập trung",
        "TTDVTC-MSTT",
        ("Trưởng phòng",),
        (("Viên chức", 1),),
        5,
    ),
)

COMMUNE_LEADERS = (
    "Chủ tịch UBND",
    "Phó Chủ tịch UBND",
    "Công chức Tài chính - Kế toán",
    "Công chức Văn phòng - Thống kê",
)
COMMUNE_STAFF: Positions = (
    ("Công chức Địa chính - Xây dựng", 2),
    ("Công chức Tư pháp - Hộ tịch", 2),
    ("Công chức Văn hóa - Xã hội", 2),
    ("Công chức Tài chính - Kế toán", 1),
    ("Chỉ huy trưởng Ban Chỉ huy quân sự", 0.5),
    ("Người hoạt động không chuyên trách", 3),
)
HAMLET_LEADERS = ("Trưởng ấp", "Phó Trưởng ấp", "Công an viên")
HAMLET_STAFF: Positions = (
    ("", 10),
    ("Tổ trưởng tổ nhân dân tự quản", 1),
    ("Chi hội trưởng Hội Nông dân", 0.5),
    ("Chi hội trưởng Hội Liên hiệp Phụ nữ", 0.5),
)
ENTERPRISE_LEADERS = ("Giám đốc", "Phó Giám đốc", "Kế toán trưởng")
ENTERPRISE_STAFF: Positions = (
    ("Nhân viên", 4),
    ("Công nhân", 6),
    ("Tổ trưởng sản xuất", 1),
    ("Trưởng phòng Kinh doanh", 0.3),
    ("Kế toán", 0.5),
)
COOPERATIVE_LEADERS = ("Giám đốc", "Phó Giám đốc", "Kế toán")
COOPERATIVE_STAFF: Positions = (("Thành viên", 10), ("Tổ trưởng tổ sản xuất", 1))
OTHER_LEADERS = ("Giám đốc", "Phó Giám đốc")
OTHER_STAFF: Positions = (("Chuyên viên", 5), ("Kế toán", 1), ("Nhân viên", 1))

QUALIFICATIONS_OFFICE: Positions = (
    ("Cử nhân Kế toán", 5),
    ("Cử nhân Tài chính - Ngân hàng", 5),
    ("Cử nhân Kinh tế", 3),
    ("Cử nhân Luật", 2),
    ("Kỹ sư Công nghệ thông tin", 1),
    ("Cử nhân Quản trị kinh doanh", 1),
    ("Cao đẳng Kế toán", 1),
    ("Trung cấp Văn thư - Lưu trữ", 0.5),
)
QUALIFICATIONS_LOCAL: Positions = (
    ("", 8),
    ("Trung cấp Hành chính", 2),
    ("Cử nhân Luật", 1),
    ("Cử nhân Kinh tế", 1),
    ("Trung cấp Nông nghiệp", 1),
    ("Kỹ sư Nuôi trồng thủy sản", 0.5),
    ("Cao đẳng Kế toán", 1),
)
PHONE_PREFIXES = (
    "090", "091", "093", "094", "096", "097", "098", "070", "079", "077", "081", "083", "085",
    "086", "088", "032", "033", "034", "035", "036", "037", "038", "039",
)  # fmt: skip
