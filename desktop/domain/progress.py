"""Progress and cancellation shared by a worker thread and whoever watches it (the GUI).

Long work takes a `Progress` and calls `report(done, total, what)` between its steps; a report
also checks the cancel flag and raises `Cancelled` once `cancel()` was called (from any thread).
Work that writes checks again (`check()`) right before its transaction ends, so a cancelled
write rolls back whole. `Progress()` with no listener is the default: nobody watches, nobody
cancels. `current()` is the progress of the work running on this thread (set by `active`), for
the lower layers (the spreadsheet reader) that are not handed one.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TypeVar

from desktop.domain.errors import ThiDuaError

T = TypeVar("T")

Listener = Callable[[int, int, str], None]

# What is being done: a step code the UI words in its own language (a progress label).
READ = "read"  # reading a file
CHECK = "check"  # checking rows or people against the stored data
WRITE = "write"  # writing rows to the database
COMPUTE = "compute"  # computing (eligibility, a report's figures)
BUILD = "build"  # laying out a document
COPY = "copy"  # copying a file (backup, restore)
VERIFY = "verify"  # verifying a copy or the audit log


class Cancelled(ThiDuaError):
    """The user cancelled the work; whatever it was writing was rolled back."""

    code = "cancelled"

    def __init__(self, *_annotated: object) -> None:
        # Libraries that re-raise an error with their own words (reportlab) pass them here:
        # the message stays ours.
        self.message = "Đã huỷ theo yêu cầu; không có gì được ghi."
        super().__init__(self.message)


class Progress:
    """How far a piece of work is, and whether it was asked to stop. Thread-safe."""

    def __init__(self, listener: Listener | None = None) -> None:
        self._lock = threading.Lock()
        self._cancelled = threading.Event()
        self._listener = listener
        self._done = 0
        self._total = 0
        self._what = ""

    def cancel(self) -> None:
        """Ask the work to stop at its next step (any thread)."""
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        """True once `cancel()` was called."""
        return self._cancelled.is_set()

    def check(self) -> None:
        """Raise `Cancelled` if the work was asked to stop."""
        if self._cancelled.is_set():
            raise Cancelled()

    def report(self, done: int, total: int = 0, what: str = "") -> None:
        """Record `done` of `total` steps (0: size unknown) and what is being done; then check."""
        with self._lock:
            self._done, self._total = done, total
            if what:
                self._what = what
            what = self._what
        if self._listener is not None:
            self._listener(done, total, what)
        self.check()

    def state(self) -> tuple[int, int, str]:
        """The last report: (done, total, what)."""
        with self._lock:
            return self._done, self._total, self._what

    def steps(self, items: Sequence[T], what: str = "", *, reports: int = 200) -> Iterator[T]:
        """Yield `items`, reporting (and checking) about `reports` times along the way."""
        total = len(items)
        every = max(1, total // max(1, reports))
        self.report(0, total, what)
        for index, item in enumerate(items):
            if index and index % every == 0:
                self.report(index, total)
            yield item
        self.report(total, total)

    def counted(self, items: Iterable[T], what: str = "", *, every: int = 500) -> Iterator[T]:
        """Yield `items` of unknown number, reporting the count every `every` items."""
        self.report(0, 0, what)
        count = 0
        for count, item in enumerate(items, start=1):
            if count % every == 0:
                self.report(count, 0)
            yield item
        self.report(count, 0)


_local = threading.local()


def current() -> Progress:
    """The progress of the work running on this thread; a fresh idle one when none is active."""
    progress: Progress | None = getattr(_local, "progress", None)
    return progress if progress is not None else Progress()


@contextmanager
def active(progress: Progress | None) -> Iterator[Progress]:
    """Make `progress` this thread's `current()` for the block (None: keep the present one)."""
    previous: Progress | None = getattr(_local, "progress", None)
    chosen = progress if progress is not None else current()
    _local.progress = chosen
    try:
        yield chosen
    finally:
        _local.progress = previous
