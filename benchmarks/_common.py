"""Shared helpers of the benchmarks: a cached 100,000-person demo database, timing, results."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = Path(tempfile.gettempdir()) / "thidua-bench"
PEOPLE = 100_000


def thidua(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the `thidua` command (this checkout's interpreter) and return the finished process."""
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        check=False,
    )


def demo_db(people: int = PEOPLE, seed: int = 1) -> Path:
    """A demo database of `people` people, made once and kept in the temp folder."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"demo-{people}-{seed}.db"
    if not path.exists():
        tmp = path.with_suffix(".part")
        tmp.unlink(missing_ok=True)
        done = thidua("--db", str(tmp), "demo", "--people", str(people), "--seed", str(seed))
        if done.returncode != 0:
            raise SystemExit(f"demo failed: {done.stderr}")
        shutil.move(tmp, path)
    return path


def fresh_copy(path: Path, name: str) -> Path:
    """A copy of a database that a benchmark may open (the program locks what it opens)."""
    CACHE.mkdir(exist_ok=True)
    target = CACHE / name
    shutil.copyfile(path, target)
    return target


def ms(seconds: float) -> str:
    """Seconds as milliseconds text."""
    return f"{seconds * 1000:.1f} ms"


def median(values: list[float]) -> float:
    """The median of the values."""
    return statistics.median(values)


def timed(fn, *args):  # type: ignore[no-untyped-def]
    """(seconds, result) of one call."""
    start = time.perf_counter()
    result = fn(*args)
    return time.perf_counter() - start, result


def env_with(**extra: str) -> dict[str, str]:
    """The current environment plus some variables."""
    env = dict(os.environ)
    env.update(extra)
    return env
