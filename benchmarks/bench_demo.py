"""Time `thidua --db PATH demo --people 100000` (target: well under a minute).

uv run python benchmarks/bench_demo.py [--people 100000] [--runs 1]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._common import median, thidua


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    times: list[float] = []
    cpus: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(args.runs):
            db = Path(tmp) / f"demo{run}.db"
            start, cpu_start = time.perf_counter(), os.times()
            done = thidua("--db", str(db), "demo", "--people", str(args.people))
            times.append(time.perf_counter() - start)
            end = os.times()
            cpus.append(
                end.children_user
                + end.children_system
                - cpu_start.children_user
                - cpu_start.children_system
            )
            if done.returncode != 0:
                print(done.stderr, file=sys.stderr)
                return 1
            size = db.stat().st_size / 1e6
            print(f"run {run + 1}: {times[-1]:.1f} s ({cpus[-1]:.1f} s CPU), {size:.0f} MB")
            print(f"  {done.stdout.strip()}")
    print(
        f"thidua demo --people {args.people}: median {median(times):.1f} s"
        f" ({median(cpus):.1f} s CPU) of {args.runs} run(s); load average {os.getloadavg()[0]:.1f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
