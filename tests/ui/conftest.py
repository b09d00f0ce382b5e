"""UI tests run with the GUI-thread write guard strict: interface code that begins a write
transaction on the GUI thread raises GuiThreadWrite (writes belong on the database worker).
Seeding written by a test itself is not interface code and is not affected."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

import desktop.ui
from desktop.services import session

_REPORT = os.environ.get("THIDUA_GUI_WRITES_REPORT", "")


@pytest.fixture(autouse=True)
def _gui_writes_strict() -> Iterator[None]:
    session.guard_gui_thread(
        threading.get_ident(),
        Path(desktop.ui.__file__).parent,
        strict=not _REPORT,
    )
    yield
    if _REPORT:
        with open(_REPORT, "a", encoding="utf-8") as f:
            for site, n in session.gui_writes_seen().items():
                f.write(f"{site}\t{n}\n")
    session.guard_gui_thread(None)
