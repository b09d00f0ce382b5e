"""A realistic sample dossier (names with every tone and Đ/đ) for tests, benchmarks, the demo."""

from __future__ import annotations

import random
from datetime import date, datetime

from desktop.documents.data import (
    AwardRecord,
    CouncilData,
    CouncilMember,
    DossierData,
    NomineeData,
    OfficeHeader,
    SignatureBlock,
    SubjectKind,
    VoteRecord,
)

OFFICE = OfficeHeader(
    name="Sở Tài chính", parent_agency="UBND tỉnh Sóc Trăng", place="Sóc Trăng", symbol="STC"
)
# Every tone (ngang, huyền, hỏi, ngã, sắc, nặng) and Đ/đ appear among the first names.
PEOPLE = (
    ("Đặng Thị Hồng Nhung", "Nữ", "Trưởng phòng", "Phòng Quản lý ngân sách"),
    ("Nguyễn Văn Hải", "Nam", "Phó Trưởng phòng", "Phòng Tài chính đầu tư"),
    ("Trần Ngọc Bảo Châu", "Nữ", "Chuyên viên", "Phòng Quản lý giá và công sản"),
    ("Lê Hữu Đức", "Nam", "Chánh Văn phòng", "Văn phòng Sở"),
    ("Phạm Thị Mỹ Dung", "Nữ", "Kế toán trưởng", "Văn phòng Sở"),
    ("Võ Minh Trí", "Nam", "Chuyên viên chính", "Thanh tra Sở"),
    ("Huỳnh Thị Ngữ", "Nữ", "Phó Chánh Thanh tra", "Thanh tra Sở"),
    ("Đỗ Quốc Việt", "Nam", "Chuyên viên", "Phòng Tài chính hành chính sự nghiệp"),
    ("Dương Hoàng Yến", "Nữ", "Chuyên viên", "Phòng Tin học và thống kê"),
    ("Lý Thanh Thủy", "Nữ", "Phó Chánh Văn phòng", "Văn phòng Sở"),
    ("Vũ Đình Dũng", "Nam", "Trưởng phòng", "Phòng Tài chính doanh nghiệp"),
    ("Trương Ngọc Ẩn", "Nam", "Chuyên viên", "Phòng Quản lý ngân sách"),
)
COLLECTIVES = (
    ("Phòng Quản lý ngân sách", "Sở Tài chính tỉnh Sóc Trăng"),
    ("Văn phòng Sở", "Sở Tài chính tỉnh Sóc Trăng"),
    ("Thanh tra Sở", "Sở Tài chính tỉnh Sóc Trăng"),
    ("Trung tâm Thông tin và Dịch vụ tài chính công", "Sở Tài chính tỉnh Sóc Trăng"),
)
FAMILIES = (
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
)
MIDDLES = ("Văn", "Thị", "Minh", "Ngọc", "Hữu", "Thanh", "Quốc", "Hoàng", "Thị Kim", "Đình")
GIVENS = (
    "An",
    "Bình",
    "Cường",
    "Dũng",
    "Đạt",
    "Giang",
    "Hạnh",
    "Hiếu",
    "Khánh",
    "Lộc",
    "Mẫn",
    "Ngân",
    "Phúc",
    "Quỳnh",
    "Sỹ",
    "Tâm",
    "Thảo",
    "Uyên",
    "Vĩnh",
    "Xuân",
    "Ý",
)
AWARDS = (
    ("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", None),
    ("Danh hiệu Chiến sĩ thi đua cấp tỉnh", 90),
    ("Cờ thi đua của Ủy ban nhân dân tỉnh", 80),
)
TASKS = (
    "tham mưu xây dựng dự toán ngân sách địa phương năm {y}, bảo đảm đúng tiến độ, đúng quy định "
    "của Luật Ngân sách nhà nước",
    "thẩm định quyết toán 146 dự án đầu tư công hoàn thành, giảm trừ 3,27 tỷ đồng chi phí không "
    "hợp lệ so với giá trị đề nghị quyết toán",
    "hướng dẫn 12 đơn vị dự toán cấp tỉnh và 108 xã, phường thực hiện chế độ tự chủ tài chính, "
    "sắp xếp lại tài sản công sau hợp nhất",
    "chủ trì kiểm tra việc quản lý, sử dụng kinh phí chi thường xuyên tại 9 đơn vị sự nghiệp, kiến "
    "nghị thu hồi nộp ngân sách 418 triệu đồng",
    "triển khai phần mềm quản lý ngân sách và hóa đơn điện tử cho toàn ngành, rút ngắn thời gian "
    "xử lý hồ sơ từ 15 ngày xuống còn 7 ngày làm việc",
    "phối hợp với Kho bạc Nhà nước và cơ quan thuế đôn đốc thu ngân sách, hoàn thành 108,6% dự "
    "toán được Hội đồng nhân dân tỉnh giao",
)
ISSUERS = ("UBND tỉnh Sóc Trăng", "Sở Tài chính tỉnh Sóc Trăng", "Bộ Tài chính")


def _achievement_text(rng: random.Random, paragraphs: int, first_year: int) -> str:
    lines = []
    for i in range(paragraphs):
        year = first_year + i % 3
        chosen = rng.sample(TASKS, 3)
        chosen = [c.format(y=year + 1) for c in chosen]
        lines.append(
            f"Năm {year}, đã {chosen[0]}; đồng thời {chosen[1]}. "
            f"Bên cạnh đó, {chosen[2]}. Kết quả được Lãnh đạo Sở ghi nhận, đánh giá hoàn thành "
            'xuất sắc nhiệm vụ; tích cực tham gia phong trào thi đua "Cán bộ, công chức, viên '
            'chức thi đua thực hiện văn hóa công sở" và các hoạt động từ thiện, xã hội ở địa '
            "phương."
        )
    return "\n".join(lines)


def _history(rng: random.Random, years: int) -> tuple[tuple[AwardRecord, ...], ...]:
    titles = tuple(
        AwardRecord(
            str(2025 - k),
            "Chiến sĩ thi đua cơ sở" if k % 2 else "Lao động tiên tiến",
            f"Quyết định số {rng.randint(10, 999):02d}/QĐ-STC ngày {rng.randint(10, 28)}/12/"
            f"{2025 - k}",
            ISSUERS[1],
        )
        for k in range(years)
    )
    awards = tuple(
        AwardRecord(
            str(2024 - 2 * k),
            "Bằng khen của Bộ trưởng Bộ Tài chính" if k % 2 else "Giấy khen của Giám đốc Sở",
            f"Quyết định số {rng.randint(100, 2999)}/QĐ-BTC ngày 15/01/{2024 - 2 * k}",
            ISSUERS[2] if k % 2 else ISSUERS[1],
        )
        for k in range(max(1, years // 2))
    )
    return titles, awards


def sample_nominee(
    index: int, rng: random.Random, *, paragraphs: int = 8, kind: SubjectKind | None = None
) -> NomineeData:
    """One nominee of the sample (every fourth a collective unless `kind` is given)."""
    kind = kind or (SubjectKind.COLLECTIVE if index % 4 == 3 else SubjectKind.PERSON)
    titles, awards = _history(rng, 3 + index % 3)
    report_date = date(2026, 1, 20 + index % 8)
    text = _achievement_text(rng, paragraphs, 2023)
    if kind is SubjectKind.COLLECTIVE:
        name, parent = COLLECTIVES[(index // 4) % len(COLLECTIVES)]
        award, _ = AWARDS[2] if index % 8 == 3 else AWARDS[0]
        head_name = PEOPLE[(index + 3) % len(PEOPLE)][0]
        return NomineeData(
            kind=kind,
            name=name,
            award=award,
            unit=parent,
            summary=f"Hai năm liên tục (2024, 2025) đạt danh hiệu Tập thể lao động xuất sắc; "
            f"{TASKS[index % len(TASKS)].format(y=2026)}.",
            duties="Tham mưu, giúp Giám đốc Sở quản lý nhà nước về lĩnh vực được phân công; "
            "hướng dẫn, kiểm tra các đơn vị thực hiện chế độ tài chính.",
            achievements=text,
            address="Số 6 đường Trần Hưng Đạo, Phường Phú Lợi, tỉnh Sóc Trăng",
            phone="0299 3822 456",
            history="Được thành lập theo Quyết định số 512/QĐ-UBND ngày 08 tháng 9 năm 2008 "
            "của Ủy ban nhân dân tỉnh; kiện toàn năm 2025 sau khi sắp xếp tổ chức bộ máy.",
            characteristics="Địa bàn rộng, nhiều xã vùng sâu; khối lượng hồ sơ tăng mạnh sau "
            "khi bỏ cấp huyện, trong khi biên chế giảm 10% so với năm 2022.",
            organisation="Tổng số 18 người (11 nữ); 14 đảng viên; Lãnh đạo gồm 01 Trưởng phòng "
            "và 02 Phó Trưởng phòng.",
            titles=titles,
            awards=awards,
            report_office=OfficeHeader(name=name, parent_agency=parent, place=OFFICE.place),
            report_date=report_date,
            reporter=SignatureBlock(("Thủ trưởng đơn vị",), head_name, "(Ký, đóng dấu)"),
            head=SignatureBlock(
                ("KT. Giám đốc", "Phó Giám đốc"), "Trương Thị Ánh Tuyết", "(Ký, đóng dấu)"
            ),
        )
    name, sex, position, unit = PEOPLE[index % len(PEOPLE)]
    if index >= len(PEOPLE):
        name = " ".join(
            (
                FAMILIES[index % len(FAMILIES)],
                MIDDLES[(index // 3) % len(MIDDLES)],
                GIVENS[(index * 7) % len(GIVENS)],
            )
        )
    award, _ = AWARDS[1] if index % 5 == 1 else AWARDS[0]
    return NomineeData(
        kind=kind,
        name=name,
        award=award,
        position=position,
        unit=unit,
        summary=f"Hoàn thành xuất sắc nhiệm vụ năm 2024 và 2025; "
        f"{TASKS[index % len(TASKS)].format(y=2026)}.",
        duties=f"{position} {unit}: tham mưu, giúp Giám đốc Sở thực hiện nhiệm vụ được giao; "
        "phụ trách theo dõi ngân sách các xã khu vực phía Nam của tỉnh.",
        achievements=text,
        birth_date=f"{(index % 27) + 1:02d}/{(index % 12) + 1:02d}/{1975 + index % 20}",
        sex=sex,
        home_town="Xã Long Phú, tỉnh Sóc Trăng",
        residence="Số 215 đường Lê Hồng Phong, Phường Sóc Trăng, tỉnh Sóc Trăng",
        qualification="Thạc sĩ Tài chính - Ngân hàng; Cao cấp lý luận chính trị",
        academic_title="Không",
        titles=titles,
        awards=awards,
        report_date=report_date,
        reporter=SignatureBlock(("Người báo cáo thành tích",), name, "(Ký, ghi rõ họ và tên)"),
        head=SignatureBlock(
            ("Thủ trưởng đơn vị", "xác nhận, đề nghị"), "Lê Hữu Đức", "(Ký, đóng dấu)"
        ),
    )


def sample_dossier(nominees: int = 12, *, seed: int = 1, paragraphs: int = 8) -> DossierData:
    """A complete sample dossier with `nominees` nominees (deterministic for a seed)."""
    rng = random.Random(seed)
    people = tuple(sample_nominee(i, rng, paragraphs=paragraphs) for i in range(nominees))
    thresholds = dict(AWARDS)
    votes = tuple(
        VoteRecord(
            n.name,
            n.award,
            rng.choice((8, 9, 10, 11)) if thresholds.get(n.award) else 10,
            thresholds.get(n.award),
        )
        for n in people
    )
    members = tuple(CouncilMember(p[0], "Ủy viên") for p in PEOPLE[:9])
    council = CouncilData(
        name="Hội đồng Thi đua - Khen thưởng Sở Tài chính",
        number=3,
        started_at=datetime(2026, 1, 30, 8, 0),
        ended_at=datetime(2026, 1, 30, 10, 45),
        place="Phòng họp số 2, Sở Tài chính tỉnh Sóc Trăng",
        members_total=11,
        members_present=9,
        chair=CouncilMember("Trương Thị Ánh Tuyết", "Phó Giám đốc Sở, Phó Chủ tịch Hội đồng"),
        secretary=CouncilMember("Lý Thanh Thủy", "Phó Chánh Văn phòng, Thư ký Hội đồng"),
        attendees=members,
        absent_with_opinion=(
            CouncilMember("Nguyễn Thị Bích Ngọc", "Ủy viên"),
            CouncilMember("Thạch Sô Phết", "Ủy viên"),
        ),
        content=(
            "Thư ký Hội đồng báo cáo tổng hợp hồ sơ đề nghị khen thưởng tổng kết năm 2025 của "
            "các phòng, đơn vị thuộc Sở; đối chiếu tiêu chuẩn theo Luật Thi đua, khen thưởng.",
            "Các thành viên Hội đồng thảo luận, đánh giá thành tích của từng tập thể, cá nhân; "
            "thống nhất bỏ phiếu kín đối với các danh hiệu có yêu cầu tỷ lệ phiếu bầu.",
        ),
        votes=votes,
        conclusion=(
            "Hội đồng thống nhất đề nghị Chủ tịch Ủy ban nhân dân tỉnh khen thưởng các tập thể, "
            "cá nhân đạt tỷ lệ phiếu theo quy định, có tên trong danh sách kèm theo.",
        ),
        copies_to=("Thành viên Hội đồng", "Lưu: VT, HĐTĐKT"),
    )
    return DossierData(
        office=OFFICE,
        subject="Về việc đề nghị khen thưởng tổng kết năm 2025",
        issued_on=date(2026, 2, 5),
        number=5,
        recipients=("Ủy ban nhân dân tỉnh Sóc Trăng", "Sở Nội vụ tỉnh Sóc Trăng"),
        nominees=people,
        signature=SignatureBlock(("KT. Giám đốc", "Phó Giám đốc"), "Trương Thị Ánh Tuyết"),
        batch_title="Khen thưởng tổng kết năm 2025",
        intro=(
            "Năm 2025, Sở Tài chính hoàn thành toàn diện các nhiệm vụ được giao; phong trào thi "
            "đua yêu nước được triển khai sâu rộng, gắn với việc sắp xếp tổ chức bộ máy và vận "
            "hành chính quyền địa phương hai cấp.",
            "Căn cứ kết quả bình xét của Hội đồng Thi đua - Khen thưởng Sở tại cuộc họp ngày 30 "
            "tháng 01 năm 2026,",
        ),
        copies_to=("Như trên", "Giám đốc Sở (để b/c)", "Lưu: VT, VP"),
        council=council,
    )
