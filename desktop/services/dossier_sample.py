"""The sample award dossier (for the demo and until batches exist): build, render, write."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.documents import dossier
from desktop.documents.sample import sample_dossier
from desktop.domain.errors import ValidationError
from desktop.services.pdf_files import write_pdf

PARTS = dossier.PARTS
MAX_NOMINEES = 500


@dataclass(frozen=True, slots=True)
class RenderedFile:
    """A PDF written to disk."""

    path: Path
    pages: int
    size: int
    sha256: str


def render_sample(out: Path, *, nominees: int = 12, part: str = "all") -> RenderedFile:
    """Render the sample dossier (or one part of it) with `nominees` nominees into `out`."""
    if not 1 <= nominees <= MAX_NOMINEES:
        raise ValidationError(
            "nominees",
            "range",
            f"Số người đề nghị phải từ 1 đến {MAX_NOMINEES}.",
            {"low": 1, "high": MAX_NOMINEES},
        )
    pdf, layout = dossier.render_with_layout(sample_dossier(nominees), part)
    digest = write_pdf(out, pdf)
    return RenderedFile(Path(out), layout.total_pages, len(pdf), digest)


def sample_pdf(nominees: int = 12, part: str = "all") -> bytes:
    """The sample dossier (or one part of it) as PDF bytes, for the preview and its tests."""
    if not 1 <= nominees <= MAX_NOMINEES:
        raise ValidationError(
            "nominees",
            "range",
            f"Số người đề nghị phải từ 1 đến {MAX_NOMINEES}.",
            {"low": 1, "high": MAX_NOMINEES},
        )
    return dossier.render(sample_dossier(nominees), part)
