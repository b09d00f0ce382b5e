"""Two copies of the program on one file, interleaved without sleeps: the second copy runs a use
case on a thread until it asks for the file's write lock, which the first copy holds; the first
does its own work inside that held write, commits, and the second goes on."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import desktop.services
from desktop.services.session import Workspace, guard_gui_thread, gui_writes_seen


def while_it_waits_to_write(
    qtbot: Any,
    first: Workspace,
    second: Callable[[], object],
    meanwhile: Callable[[], None],
) -> object:
    """Run `second` on a thread; once it begins its write (its checks before the write are
    done), run `meanwhile` inside the first copy's held write. The second's result, or the
    error it raised."""
    outcome: list[object] = []

    def run() -> None:
        # The guard (log only) notes the call site when this thread begins a write.
        guard_gui_thread(threading.get_ident(), Path(desktop.services.__file__).parent)
        try:
            outcome.append(second())
        except BaseException as exc:  # handed to the test thread
            outcome.append(exc)

    worker = threading.Thread(target=run)
    try:
        with first.db.write():
            worker.start()
            qtbot.waitUntil(lambda: bool(gui_writes_seen()) or bool(outcome), timeout=10_000)
            assert not outcome, f"the second copy did not wait for the lock: {outcome}"
            meanwhile()  # joins the held write
        worker.join(timeout=30)
        assert not worker.is_alive()
    finally:
        guard_gui_thread(None)
    return outcome[0]
