"""Open the registrations and scores of a movement with 5,000 participants. Target: ≤ 200 ms.

The database holds 5,000 people registered in the staff group (3 scored criteria, one year of
scores: 15,000 score rows) and 50 units registered in the unit group. Measured, median of N:

- services: the ordered registration ids + the first 200 rows, the ranked ids (totals, ranks,
  ties) of the 5,000-person group + the first 200 lines (the tables fetch rows in blocks);
- page: select the movement on the movements page (plan, summary, every tab loaded), then show
  the ranking of the 5,000-person group in the scores tab, with the widgets painted.

    uv run python benchmarks/bench_movements.py [--people 5000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks._common import median
from desktop.domain.identity import BirthDate
from desktop.domain.movements import (
    CriterionInput,
    GroupKind,
    MovementInput,
    MovementKind,
    TargetGroupInput,
)
from desktop.domain.participation import RegistrationInput, ScoreInput
from desktop.domain.people import PersonInput
from desktop.domain.units import UnitInput
from desktop.persistence.repositories import people as people_repo
from desktop.services import movements, participation, units
from desktop.services.session import Workspace

TARGET_MS = 200.0
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Thạch", "Lâm", "Đặng", "Bùi"]
MIDDLE = ["Văn", "Thị", "Hữu", "Minh", "Thu", "Quốc", "Ngọc", "Thanh"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hương", "Lan", "Mai", "Nam", "Phương", "Tú", "Sa Rết"]


def build(path: Path, n_people: int, seed: int = 5) -> tuple[Workspace, int, int]:
    """A database with one movement and `n_people` registered, scored participants."""
    rng = random.Random(seed)
    ws = Workspace.open(path)
    unit_ids = [units.save(ws, UnitInput(f"Phòng Nghiệp vụ {i}", code=f"NV{i}")) for i in range(50)]
    with ws.db.write() as conn:
        people_repo.insert_many(
            conn,
            (
                PersonInput(
                    f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}",
                    rng.choice(unit_ids),
                    birth_date=BirthDate(rng.randint(1965, 2000), rng.randint(1, 12), 1),
                ).validated()
                for _ in range(n_people)
            ),
        )
    mid = movements.save(
        ws,
        MovementInput(
            "Sóc Trăng chung sức xây dựng nông thôn mới",
            MovementKind.REGULAR,
            date(2021, 1, 1),
            date(2025, 12, 31),
            groups=(
                TargetGroupInput(
                    GroupKind.INTERNAL_UNIT, criteria=(CriterionInput("Văn bản", 100),)
                ),
                TargetGroupInput(
                    GroupKind.STAFF,
                    criteria=tuple(CriterionInput(f"Tiêu chí {i}", 40) for i in range(1, 4)),
                ),
            ),
        ),
    )
    groups = movements.get(ws, mid).data.groups
    staff = groups[1]
    from desktop.services import people

    ids = people.query_ids(ws, people.make_query(""))
    participation.register_many(
        ws,
        RegistrationInput(
            date(2023, 1, 5), "Lao động tiên tiến", movement_id=mid, group_id=staff.id
        ),
        person_ids=ids,
    )
    participation.register_many(
        ws,
        RegistrationInput(
            date(2023, 1, 5), "Tập thể lao động tiên tiến", movement_id=mid, group_id=groups[0].id
        ),
        unit_ids=unit_ids,
    )
    regs = [r.id for r in participation.registrations(ws, mid) if r.group_id == staff.id]
    participation.set_scores(
        ws,
        [
            ScoreInput(reg, crit.id, 2023, float(rng.randint(20, 40)))  # type: ignore[arg-type]
            for reg in regs
            for crit in staff.criteria
        ],
    )
    return ws, mid, staff.id  # type: ignore[return-value]


def main() -> int:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        ws, mid, gid = build(Path(tmp) / "bench.db", args.people)
        print(f"built {args.people} participants in {time.perf_counter() - t0:.1f} s")

        service_times = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            regs = participation.registration_ids(ws, mid)
            first = participation.registration_rows(ws, regs[:200])
            group, ranked = participation.ranking_order(ws, mid, gid, 2023)
            lines = participation.ranking_details(ws, group, ranked[:200], 2023)
            service_times.append((time.perf_counter() - t) * 1000)
        assert len(regs) == args.people + 50 and len(ranked) == args.people
        assert len(first) == 200 and len(lines) == 200

        from PySide6.QtWidgets import QApplication

        from desktop.ui.pages.movements import MovementsPage

        app = QApplication.instance() or QApplication([])
        page = MovementsPage(ws)
        page.resize(1400, 800)
        page.show()
        app.processEvents()
        page_times = []
        for _ in range(args.repeat):
            page.scores.group_combo.setCurrentIndex(0)
            page.scores.year_spin.setValue(2025)
            page.tabs.setCurrentWidget(page.plan_view)
            page.movement = None
            app.processEvents()
            t = time.perf_counter()
            page.refresh(select=mid)
            page.tabs.setCurrentWidget(page.registrations)
            app.processEvents()
            page.tabs.setCurrentWidget(page.scores)
            page.scores.year_spin.setValue(2023)
            page.scores.group_combo.setCurrentIndex(1)
            app.processEvents()
            page_times.append((time.perf_counter() - t) * 1000)
        assert page.registrations.model.rowCount() == args.people + 50
        assert page.scores.model.rowCount() == args.people

        # One rating typed in the grid: the write (one transaction) and the row update.
        from desktop.ui.models.movement_tables import RatingsGridModel

        grid = page.ratings
        page.sections.setCurrentWidget(grid)
        grid.year_spin.setValue(2024)
        grid.unit_picker.setCurrentIndex(1)
        app.processEvents()
        entry_times = []
        model = grid.model
        for row in range(min(40, model.rowCount())):
            t = time.perf_counter()
            model.setData(model.index(row, RatingsGridModel.COL_RATING), "HTTNV")
            app.processEvents()
            entry_times.append((time.perf_counter() - t) * 1000)
        ws.close()
    svc, ui = median(service_times), median(page_times)
    print(f"services (ordered ids + ranking + first block of each): median {svc:.0f} ms")
    print(
        f"page (select movement, registrations tab, ranking of {args.people}): median {ui:.0f} ms"
    )
    print(
        f"one rating entered in the grid (write + repaint): median {median(entry_times):.0f} ms,"
        f" worst {max(entry_times):.0f} ms over {len(entry_times)} entries"
    )
    verdict = "OK" if ui <= TARGET_MS else "TOO SLOW"
    print(f"target ≤ {TARGET_MS:.0f} ms: {verdict}")
    return 0 if ui <= TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
