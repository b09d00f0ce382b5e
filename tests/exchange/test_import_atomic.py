"""Property: an import writes all rows or nothing; with skip_invalid exactly the valid rows."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.units import UnitInput
from desktop.services import people, transfer, units
from desktop.services.session import Workspace
from tests.exchange.helpers import make_xlsx

GIVEN = ["An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Khánh", "Lan", "Minh", "Nga"]
FLAWS = [None, None, None, "unit", "cccd", "name", "future", "formula"]


def _row(i: int, flaw: str | None) -> list[object]:
    name = f"Nguyễn Văn {GIVEN[i]}"
    row: list[object] = [name, str(1950 + i), f"0010{50 + i:02d}00000{i}", "VP"]
    if flaw == "unit":
        row[3] = "Không Có"
    elif flaw == "cccd":
        row[2] = "12"
    elif flaw == "name":
        row[0] = "  "
    elif flaw == "future":
        row[1] = "01/01/2999"
    elif flaw == "formula":
        row[0] = "=A1"
    return row


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(flaws=st.lists(st.sampled_from(FLAWS), min_size=1, max_size=len(GIVEN)))
def test_all_or_nothing(template_db: Path, flaws: list[str | None]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        shutil.copyfile(template_db, folder / "office.db")
        ws = Workspace.open(folder / "office.db")
        try:
            units.save(ws, UnitInput("Văn phòng", code="VP"))
            rows = [_row(i, f) for i, f in enumerate(flaws)]
            path = make_xlsx(
                folder / "f.xlsx", [["Họ và tên", "Ngày sinh", "Số CCCD", "Đơn vị"], *rows]
            )
            good = sum(1 for f in flaws if f is None)
            if good < len(flaws):
                with pytest.raises(transfer.ImportRejected) as info:
                    transfer.import_file(ws, "staff", path)
                assert len(info.value.errors) == len(flaws) - good
                assert people.count(ws) == 0
            result = transfer.import_file(ws, "staff", path, skip_invalid=True)
            assert (result.added, result.skipped) == (good, len(flaws) - good)
            assert people.count(ws) == good
        finally:
            ws.close()
