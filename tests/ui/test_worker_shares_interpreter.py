"""The worker shares the interpreter with the window (issue 16): a busy worker hands the GIL
back within a millisecond, and its first imports of modules let the GUI thread in between them
(reading files lets go of the lock so briefly that a waiting GUI thread otherwise never gets it)."""

from __future__ import annotations

import importlib
import sys
import threading
import time
from pathlib import Path

import pytest

from desktop.ui import tasks

SLOW_MODULE = (
    "import time\n"
    "_end = time.perf_counter() + 0.006  # longer than the finder's 5 ms\n"
    "while time.perf_counter() < _end:\n"
    "    pass\n"
)


def test_first_imports_on_the_worker_let_the_window_in(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # GIVEN eight modules never imported, each busy for 6 ms while it is imported
    names = [f"_thidua_slow_{tmp_path.name}_{i}".replace("-", "_") for i in range(8)]
    for name in names:
        (tmp_path / f"{name}.py").write_text(SLOW_MODULE, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in names:
        monkeypatch.delitem(sys.modules, name, raising=False)
    sleeps: list[tuple[bool, float]] = []
    real_sleep = time.sleep

    def noted(seconds: float) -> None:
        sleeps.append((threading.current_thread() is threading.main_thread(), seconds))
        real_sleep(seconds)

    monkeypatch.setattr(time, "sleep", noted)
    # WHEN the worker imports six of them
    results: list[object] = []
    task = tasks.run_in_background(
        None, lambda: [importlib.import_module(n) for n in names[:6]], results.append
    )
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    assert results and len(results[0]) == 6  # type: ignore[arg-type]
    # THEN it let go of the interpreter between modules, and a busy worker gives it back soon
    yields = [s for s in sleeps if s == (False, tasks._ImportsLetTheWindowIn.SLEEP_S)]
    assert len(yields) >= 5, sleeps
    assert sys.getswitchinterval() <= tasks.SWITCH_INTERVAL_S
    # AND the GUI thread's own imports never wait
    sleeps.clear()
    for name in names[6:]:
        importlib.import_module(name)
    assert not [s for s in sleeps if s[0]], sleeps
