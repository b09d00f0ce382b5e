"""Time the office's Quyết định with its list for a 500-nominee batch (target with the
certificates: ≤ 2 s; the decision alone is measured here, and the certificates of the same batch
once it is decided when --with-certificates is given).

uv run python benchmarks/bench_decision.py [--nominees 500] [--runs 5] [--with-certificates]
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._common import median


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--nominees", type=int, default=500)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--with-certificates", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["THIDUA_DATA_DIR"] = str(Path(tmp) / "data")
        from pypdf import PdfReader

        from desktop.services import decisions, proposals
        from desktop.services.session import Workspace
        from tests.legal.decision_data import council_batch

        ws = Workspace.open(Path(tmp) / "office.db")
        t0 = time.perf_counter()
        ids = council_batch(ws, extra_people=max(0, args.nominees - 6))
        proposals.submit(ws, ids["batch"], date(2025, 12, 12))
        decisions.prepare(ws, ids["batch"], date(2025, 12, 20))
        count = len(decisions.head_nominees(ws, ids["batch"]))
        print(f"setup: {count} nominees in {time.perf_counter() - t0:.1f} s")
        times: list[float] = []
        cpus: list[float] = []
        pdf = b""
        for _ in range(args.runs):
            start, cpu = time.perf_counter(), time.process_time()
            pdf = decisions.render(ws, ids["batch"])
            times.append(time.perf_counter() - start)
            cpus.append(time.process_time() - cpu)
        pages = len(PdfReader(io.BytesIO(pdf)).pages)
        print(
            f"decision + list of {count} nominees ({pages} pages): median {median(times):.2f} s"
            f" (CPU {median(cpus):.2f} s) of {args.runs}; load average {os.getloadavg()[0]:.1f}"
        )
        if args.with_certificates:
            from desktop.services import certificates

            decisions.record(ws, ids["batch"])
            start = time.perf_counter()
            certificates.print_batch(ws, ids["batch"], Path(tmp) / "cert.pdf")
            print(f"certificates: {time.perf_counter() - start:.2f} s")
        ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
