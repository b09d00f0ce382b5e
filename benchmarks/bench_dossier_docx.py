"""Benchmark: the 50-nominee dossier (168 pages) as a Word copy against our PDF.

Both from the same generated batch as `bench_dossier.py`, its data built inside each timing,
alternating in the same run. The Word copy (`dossier.render_docx`) lays the PDF out first (the
mục lục prints the printed dossier's page numbers), then writes the .docx from the same
flowables; a third timing gives the Word writer alone, handed that layout. Target: Word copy
≤ 1.5 × PDF.

    uv run python benchmarks/bench_dossier_docx.py [--nominees 50] [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

from bench_dossier import PARAGRAPHS, ours

from desktop.documents import dossier
from desktop.documents.sample import sample_dossier


def word_copy(nominees: int) -> tuple[bytes, int]:
    """Data building plus the whole dossier as .docx (its PDF layout included)."""
    data = sample_dossier(nominees, paragraphs=PARAGRAPHS)
    docx = dossier.render_docx(data)
    return docx, 0


def _timed(fn: Callable[[], tuple[bytes, int]]) -> tuple[float, float, bytes, int]:
    wall, cpu = time.perf_counter(), time.process_time()
    out, pages = fn()
    return time.perf_counter() - wall, time.process_time() - cpu, out, pages


def main() -> None:
    """Alternate the PDF and the Word copy; print medians (wall and CPU) and the ratio."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--nominees", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    ours(2)  # warm-up: imports, fonts
    word_copy(2)
    data = sample_dossier(args.nominees, paragraphs=PARAGRAPHS)
    layout = dossier.render_with_layout(data)[1]
    runs: dict[str, list[float]] = {k: [] for k in ("pdf", "pdf_cpu", "docx", "docx_cpu")}
    writer: list[float] = []
    pages, size = 0, 0
    for _ in range(args.repeat):
        wall, cpu, _pdf, pages = _timed(lambda: ours(args.nominees))
        runs["pdf"].append(wall)
        runs["pdf_cpu"].append(cpu)
        wall, cpu, docx, _ = _timed(lambda: word_copy(args.nominees))
        runs["docx"].append(wall)
        runs["docx_cpu"].append(cpu)
        size = len(docx)
        start = time.perf_counter()
        dossier.render_docx(data, layout=layout)
        writer.append(time.perf_counter() - start)
    med = {k: statistics.median(v) for k, v in runs.items()}
    print(
        f"PDF: dossier of {args.nominees} nominees, {pages} pages, median {med['pdf']:.2f} s wall"
        f" / {med['pdf_cpu']:.2f} s CPU (runs {', '.join(f'{x:.2f}' for x in runs['pdf'])})"
    )
    print(
        f"Word copy: {size / 1024:.0f} KB, median {med['docx']:.2f} s wall"
        f" / {med['docx_cpu']:.2f} s CPU (runs {', '.join(f'{x:.2f}' for x in runs['docx'])});"
        f" the Word writer alone, given the layout: {statistics.median(writer):.2f} s"
    )
    print(
        f"ratio Word copy / PDF: {med['docx'] / med['pdf']:.2f} x wall,"
        f" {med['docx_cpu'] / med['pdf_cpu']:.2f} x CPU (target <= 1.5)"
    )


if __name__ == "__main__":
    main()
