"""Benchmark: the office's decision and the certificates of a 500-nominee decided batch.

Builds a batch of 500 Lao động tiên tiến nominees (voted, submitted, decided) in a fresh
database, then times: the Quyết định with its list (services.decisions.render), the 500
certificates on blanks (fields only) and on plain paper (whole design), each printed through
services.certificates.print_batch (register written, PDF written atomically). Target: decision +
certificates ≤ 2 s.

    uv run python benchmarks/bench_certificates.py [--nominees 500] [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.services import certificates, decisions
from desktop.services.session import Workspace
from tests.certificates.helpers import decided_batch


def _time(fn) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> int:
    """Run and print the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--nominees", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        ws = Workspace.open(folder / "bench.db")
        t0 = time.perf_counter()
        ids = decided_batch(ws, args.nominees, refuse_second=False)
        print(f"set-up: {args.nominees} nominees decided in {time.perf_counter() - t0:.1f} s")
        batch = int(ids["batch"])  # type: ignore[call-overload]
        rows = []
        for i in range(args.repeat):
            dec = _time(lambda: decisions.render(ws, batch))
            blank = _time(lambda i=i: certificates.print_batch(ws, batch, folder / f"b{i}.pdf"))
            plain = _time(
                lambda i=i: certificates.print_batch(ws, batch, folder / f"p{i}.pdf", plain=True)
            )
            rows.append((dec, blank, plain))
            print(
                f"run {i + 1}: decision {dec:.3f} s, certificates on blanks {blank:.3f} s,"
                f" on plain paper {plain:.3f} s; decision + blanks {dec + blank:.3f} s,"
                f" decision + plain {dec + plain:.3f} s"
            )
        best = min(rows, key=lambda r: r[0] + max(r[1], r[2]))
        med = [statistics.median(r[k] for r in rows) for k in range(3)]
        cpu0 = time.process_time()
        decisions.render(ws, batch)
        cpu1 = time.process_time()
        certificates.print_batch(ws, batch, folder / "cpu.pdf", plain=True)
        cpu2 = time.process_time()
        print(
            f"process CPU: decision {cpu1 - cpu0:.3f} s, plain certificates {cpu2 - cpu1:.3f} s,"
            f" together {cpu2 - cpu0:.3f} s"
        )
        print(
            f"median: decision {med[0]:.3f} s, blanks {med[1]:.3f} s, plain {med[2]:.3f} s;"
            f" decision + plain certificates {med[0] + med[2]:.3f} s (target ≤ 2 s);"
            f" best {best[0] + best[2]:.3f} s"
        )
        pages = certificates.register(ws, batch)
        print(
            f"register lines: {len(pages)}; PDF sizes: blanks {(folder / 'b0.pdf').stat().st_size // 1024} KB,"
            f" plain {(folder / 'p0.pdf').stat().st_size // 1024} KB"
        )
        ws.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
