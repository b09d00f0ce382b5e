"""Time `thidua --db PATH demo --people 100000` (target: well under a minute).

uv run python benchmarks/bench_demo.py [--people 100000] [--runs 1]
"""

from __future__ import annotations

import argparse
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
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(args.runs):
            db = Path(tmp) / f"demo{run}.db"
            start = time.perf_counter()
            done = thidua("--db", str(db), "demo", "--people", str(args.people))
            times.append(time.perf_counter() - start)
            if done.returncode != 0:
                print(done.stderr, file=sys.stderr)
                return 1
            size = db.stat().st_size / 1e6
            print(f"run {run + 1}: {times[-1]:.1f} s, {size:.0f} MB — {done.stdout.strip()}")
    print(f"thidua demo --people {args.people}: median {median(times):.1f} s of {args.runs} run(s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
