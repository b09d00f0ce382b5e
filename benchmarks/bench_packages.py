"""Benchmark: a proposal package of a 200-nominee batch with its dossier (about 600 pages) sent by
a commune and received by the department above it. Target: ≤ 3 s each.

Set-up (not timed): two migrated files, each with its own key; the commune's people with three
years of ratings, the batch with 200 nominees and long achievement reports, its council meeting,
and the dossier printed and recorded (the package carries the dossier as issued). Timed: `send`
(records read, dossier taken, zip written, signed, audited) and `receive` (checked, previewed,
200 people and their history written, nominees judged again, filed, audited).

    uv run python benchmarks/bench_packages.py [--nominees 200] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from datetime import datetime
from pathlib import Path

from desktop.domain.awards import CommendationType
from desktop.domain.office import OfficeInfo
from desktop.domain.packages import Office
from desktop.domain.people import PersonInput
from desktop.domain.proposals import BatchInput, MeetingInput, NomineeInput, SubjectType
from desktop.domain.ratings import PersonRatingInput, Rating
from desktop.domain.units import UnitInput
from desktop.persistence import open_database
from desktop.services import dossier, office, people, proposals, ratings, units
from desktop.services.packages import receive, send
from desktop.services.session import Workspace

FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi")
MIDDLE = ("Văn", "Thị", "Minh", "Ngọc", "Hữu", "Thanh")
GIVEN = ("An", "Bình", "Cường", "Dung", "Hạnh", "Khoa", "Lan", "Minh", "Nga", "Phúc", "Quân")
PARAGRAPH = (
    "Trong năm, đồng chí đã chủ động tham mưu cho lãnh đạo đơn vị triển khai kịp thời các văn "
    "bản chỉ đạo của cấp trên về công tác chuyên môn; hoàn thành 100% chỉ tiêu được giao, trong "
    "đó nhiều chỉ tiêu vượt kế hoạch; giải quyết đúng hạn toàn bộ hồ sơ thủ tục hành chính thuộc "
    "lĩnh vực phụ trách, không để tồn đọng, không có khiếu nại; tích cực tham gia các phong trào "
    "thi đua do cơ quan và địa phương phát động; thực hiện tốt quy chế dân chủ ở cơ sở; giữ gìn "
    "đoàn kết nội bộ, được đồng nghiệp và nhân dân tín nhiệm. "
)


def _as(data: Path) -> None:
    os.environ["THIDUA_DATA_DIR"] = str(data)


def setup(folder: Path, nominees: int) -> tuple[Workspace, Path, Workspace, Path, int, str]:
    """The commune with its batch and issued dossier, and the department (empty)."""
    template = folder / "template.db"
    open_database(template).close()
    places = []
    for name in ("xa", "so"):
        (folder / name / "data").mkdir(parents=True)
        shutil.copyfile(template, folder / name / "office.db")
        _as(folder / name / "data")
        ws = Workspace.open(folder / name / "office.db")
        title = "Ủy ban nhân dân xã Tân Hòa" if name == "xa" else "Sở Nội vụ"
        office.save(
            ws,
            OfficeInfo(
                "UBND tỉnh Sóc Trăng", title, "Sóc Trăng", "Nguyễn Văn Ký", "Chủ tịch", "UBND"
            ),
        )
        places.append(ws)
    commune, department = places
    _as(folder / "xa" / "data")
    unit = units.save(commune, UnitInput("Văn phòng - Thống kê", code="VP"))
    batch = proposals.create_batch(
        commune, BatchInput("Đề nghị khen thưởng năm 2025", CommendationType.MERIT, 2025)
    )
    ids = []
    for i in range(nominees):
        name = f"{FAMILY[i % 8]} {MIDDLE[i % 6]} {GIVEN[i % 11]}"
        pid = people.save(
            commune, PersonInput(name, unit, cccd=f"0011850{i:05d}", position="Công chức")
        )
        for year in (2023, 2024, 2025):
            ratings.set_person_rating(commune, PersonRatingInput(pid, year, Rating.GOOD))
        ids.append(
            proposals.add_nominee(
                commune,
                batch,
                NomineeInput(
                    SubjectType.PERSON,
                    "LDTT",
                    person_id=pid,
                    summary="Hoàn thành tốt nhiệm vụ năm 2025",
                    achievement="\n".join(PARAGRAPH * 2 for _ in range(5)),
                ),
            )
        )
    proposals.record_meeting(
        commune,
        batch,
        MeetingInput(
            datetime(2025, 12, 10, 8, 0), "Hội trường xã", "Nguyễn Văn Ký", "Lê Thư", 9, 9
        ),
        {n: 9 for n in ids},
    )
    issued = dossier.issue(commune, batch, folder / "ho-so.pdf")
    with department.db.read() as conn:
        dep_uuid = str(conn.execute("SELECT uuid FROM office_info").fetchone()[0])
    print(f"dossier: {issued.pages} pages, {issued.size / 1e6:.1f} MB")
    return commune, folder / "xa" / "data", department, folder / "so" / "data", batch, dep_uuid


def main() -> None:
    """Run and print the timings."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--nominees", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-packages-"))
    try:
        commune, cdata, department, ddata, batch, dep_uuid = setup(folder, args.nominees)
        send_times, receive_times = [], []
        for i in range(args.repeat):
            out = folder / f"p{i}.tdkt"
            _as(cdata)
            t0 = time.perf_counter()
            sent = send.send_proposal(commune, batch, Office(dep_uuid, "Sở Nội vụ"), out)
            send_times.append(time.perf_counter() - t0)
            _as(ddata)
            t0 = time.perf_counter()
            got = receive.receive(department, out, trust=True)
            receive_times.append(time.perf_counter() - t0)
            assert got.received_id is not None
            print(
                f"run {i + 1}: send {send_times[-1]:.2f} s ({sent.size / 1e6:.1f} MB, "
                f"{sent.dossier_pages} pages), receive {receive_times[-1]:.2f} s ({got.summary})"
            )
        print(
            f"median: send {statistics.median(send_times):.2f} s, "
            f"receive {statistics.median(receive_times):.2f} s (target ≤ 3 s each); "
            f"load {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
        )
        commune.close()
        department.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
