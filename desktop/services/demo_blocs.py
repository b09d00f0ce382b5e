"""Demo material of the khối and covenant area.

- The Tây Ninh khối (seeds 003 and 000): Tây Ninh's 2023 plan asks the province's Khối Thi đua
  to build scoring criteria tied to each member's political tasks, hold thematic meetings and
  share models, sponsor communes building new-style rural areas (Thông báo số 278/TB-HĐTĐ ngày
  21/12/2020, cited by the Sở Tài chính Tây Ninh plan of 18/03/2021) and hold the contest on Hồ
  Chí Minh's call for patriotic emulation in the khối. The criteria below follow those asks; the
  seeds name no member, so the members, chairs and scores are illustrative. Four members are
  units of the tree (outside collectives), three are free names.
- A Bắc Ninh covenant between communes (seed 001, Kế hoạch 547/KH-UBND ngày 07/12/2022 of
  UBND tỉnh Bắc Ninh: the districts hold "ký kết giao ước thi đua, chấm điểm thi đua giữa các
  xã", register their targets with the province and score the communes each March). The
  commitments follow the plan's criteria for communes; the communes are real communes of huyện
  Yên Phong before the 2025 reorganisation, the signatories and the date are illustrative.

Called by `services.demo.fill` after units and people exist. Deterministic for a seed.
"""

from __future__ import annotations

import random
from datetime import date

from desktop.domain.blocs import BlocInput, BlocMemberInput, BlocScoreInput, ranking, top_unit
from desktop.domain.blocs import suggest_rotation as rotation
from desktop.domain.covenants import CovenantInput, PartyInput
from desktop.domain.movements import CriterionInput
from desktop.domain.subjects import BlocKind
from desktop.domain.units import UnitInput, UnitKind
from desktop.persistence import Connection
from desktop.persistence.repositories import blocs as repo
from desktop.persistence.repositories import covenants as covenant_repo
from desktop.persistence.repositories import units as unit_repo
from desktop.services.session import Workspace

KHOI_NAME = "Khối thi đua các cơ quan tổng hợp tỉnh Tây Ninh"
KHOI_NOTE = (
    "Dữ liệu mẫu theo Kế hoạch phát động thi đua năm 2023 của tỉnh Tây Ninh (Chỉ thị "
    "01/CT-UBND ngày 03/01/2023): tiêu chí theo yêu cầu của kế hoạch; thành viên, điểm là minh họa."
)
PLACE = "tỉnh Tây Ninh"
# (name, in the unit tree), in rotation order; the last joined in 2022.
MEMBERS: tuple[tuple[str, bool], ...] = (
    ("Sở Tài chính tỉnh Tây Ninh", True),
    ("Sở Kế hoạch và Đầu tư tỉnh Tây Ninh", True),
    ("Sở Nội vụ tỉnh Tây Ninh", True),
    ("Thanh tra tỉnh Tây Ninh", True),
    ("Cục Thuế tỉnh Tây Ninh", False),
    ("Kho bạc Nhà nước Tây Ninh", False),
    ("Cục Thống kê tỉnh Tây Ninh", False),
)
JOINED = {"Cục Thống kê tỉnh Tây Ninh": 2022}
CRITERIA: tuple[tuple[str, float], ...] = (
    ("Thực hiện nhiệm vụ chính trị được giao, các chỉ tiêu của năm", 40),
    ("Sinh hoạt chuyên đề, chia sẻ kinh nghiệm, mô hình, giải pháp trong Khối", 15),
    ("Đỡ đầu, hỗ trợ xã xây dựng nông thôn mới (Thông báo số 278/TB-HĐTĐ ngày 21/12/2020)", 20),
    ("Phát hiện, nhân rộng điển hình tiên tiến; Hội thi tìm hiểu tư tưởng Hồ Chí Minh về thi đua ái quốc", 15),
    ("Kiểm tra, sơ kết, tổng kết và báo cáo công tác thi đua, khen thưởng đúng hạn", 10),
)  # fmt: skip
YEARS = (2021, 2022, 2023, 2024)
# The member that leads each year (its scores get a margin): only units of the tree lead.
LEADS = {2021: 1, 2022: 0, 2023: 2, 2024: 3}


COVENANT_TITLE = (
    "Giao ước thi đua “Bắc Ninh chung sức xây dựng nông thôn mới” giữa các xã huyện Yên Phong"
)
COVENANT_PREAMBLE = (
    "Thực hiện Kế hoạch số 547/KH-UBND ngày 07/12/2022 của Ủy ban nhân dân tỉnh Bắc Ninh tổ "
    "chức thực hiện phong trào thi đua “Bắc Ninh chung sức xây dựng nông thôn mới” giai đoạn "
    "2021 - 2025, theo đó Ủy ban nhân dân các huyện tổ chức ký kết giao ước thi đua, chấm điểm "
    "thi đua giữa các xã trong huyện; để phong trào đạt kết quả thiết thực, các xã của huyện "
    "Yên Phong ký kết giao ước thi đua năm 2023."
)
COMMUNES: tuple[tuple[str, str], ...] = (
    ("Ủy ban nhân dân xã Dũng Liệt", "Nguyễn Văn Thắng"),
    ("Ủy ban nhân dân xã Tam Đa", "Ngô Thị Hạnh"),
    ("Ủy ban nhân dân xã Tam Giang", "Nguyễn Đức Toàn"),
    ("Ủy ban nhân dân xã Yên Trung", "Trần Văn Khải"),
    ("Ủy ban nhân dân xã Đông Phong", "Lê Minh Tuấn"),
)
COMMITMENTS = (
    "Duy trì, nâng cao chất lượng các tiêu chí xã đạt chuẩn nông thôn mới; phấn đấu đạt chuẩn "
    "nông thôn mới nâng cao theo lộ trình của huyện.",
    "Mỗi xã có ít nhất một thôn có mô hình tiêu biểu về sản xuất - thương mại, cảnh quan môi "
    "trường, văn hóa, chuyển đổi số hoặc an ninh trật tự.",
    "Huy động các tổ chức, cá nhân trong và ngoài xã đóng góp công sức, đất đai, kinh phí xây "
    "dựng nông thôn mới; công khai các khoản đóng góp.",
    "Không để phát sinh nợ đọng xây dựng cơ bản trong xây dựng nông thôn mới.",
    "Gắn phong trào thi đua với Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị "
    "văn minh”; phát hiện, nhân rộng điển hình tiên tiến.",
    "Báo cáo kết quả 6 tháng và cả năm; tham gia chấm điểm thi đua giữa các xã trong tháng 3 "
    "năm sau.",
)


def fill(ws: Workspace, seed: int = 1) -> str:
    """Add the Tây Ninh khối and the Bắc Ninh covenant; return a summary."""
    rng = random.Random(seed * 4241 + 17)
    with ws.db.write() as conn:
        return _khoi(conn, rng) + " " + _covenant(conn)


def _covenant(conn: Connection) -> str:
    data = CovenantInput(
        COVENANT_TITLE,
        date(2023, 2, 20),
        "Yên Phong",
        "năm 2023",
        preamble=COVENANT_PREAMBLE,
        parties=tuple(PartyInput(None, n, s, "Chủ tịch UBND xã") for n, s in COMMUNES),
        commitments=COMMITMENTS,
    ).validated()
    covenant_repo.save(conn, data, None)
    return f"Giao ước thi đua năm 2023 giữa {len(COMMUNES)} xã huyện Yên Phong (Bắc Ninh)."


def _khoi(conn: Connection, rng: random.Random) -> str:
    bid = repo.insert_bloc(conn, BlocInput(KHOI_NAME, BlocKind.KHOI, 2021, KHOI_NOTE).validated())
    ids: list[int] = []
    for name, in_tree in MEMBERS:
        unit_id = None
        if in_tree:
            unit_id = unit_repo.insert(
                conn, UnitInput(name, UnitKind.OTHER, internal=False, address=PLACE).validated()
            )
        member = BlocMemberInput(unit_id, "" if in_tree else name, JOINED.get(name)).validated()
        ids.append(repo.add_member(conn, bid, member))
    previous: int | None = None
    for year in YEARS:
        members = repo.members(conn, bid)
        chair, deputy = rotation(members, year, previous)
        assert chair is not None
        repo.set_chairs(conn, bid, year, chair.id, deputy.id if deputy else None)
        previous = chair.id
        repo.replace_criteria(conn, bid, year, [CriterionInput(t, m) for t, m in CRITERIA])
        crits = repo.criteria(conn, bid, year)
        for m in members:
            if not m.active_in(year):
                continue
            lead = m.id == ids[LEADS[year]]
            for c in crits:
                top = c.max_score or 0
                low = 0.97 if lead else 0.72
                high = 1.0 if lead else 0.93
                score = round(top * rng.uniform(low, high) * 2) / 2
                repo.set_score(conn, BlocScoreInput(m.id, c.id, min(score, top)))
        lines = ranking(members, year, repo.scores(conn, bid, year))
        first = top_unit(lines)
        if first is not None and first.member.unit_id is not None:
            repo.set_leading_unit(conn, bid, year, first.member.unit_id)
    return (
        f"{KHOI_NAME}: {len(MEMBERS)} thành viên, trưởng khối và đơn vị dẫn đầu các năm"
        f" {YEARS[0]}-{YEARS[-1]}."
    )
