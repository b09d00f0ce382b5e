"""Papers other than the dossier recorded as issued when saved (the decision with its list, the
process history, the list of initiatives): the file written and its row with the bytes and the
SHA-256 in one write transaction, the PDF and the Word copy alike."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import date
from enum import Enum
from pathlib import Path

from desktop import outputs
from desktop.persistence.repositories import documents as doc_repo
from desktop.services.pdf_files import is_word
from desktop.services.session import Workspace


class PaperKind(Enum):
    """The `kind` an issued paper is recorded under (the dossier's parts have their own)."""

    DECISION = "quyet-dinh"
    PROCESS_HISTORY = "qua-trinh"
    INITIATIVE_LIST = "ds-sang-kien"


@dataclass(frozen=True, slots=True)
class Paper:
    """What the issued-document row says about a paper (its bytes come separately)."""

    kind: PaperKind
    number: str
    issued_on: date
    batch_id: int | None
    title: str


@dataclass(frozen=True, slots=True)
class Issued:
    """A paper written and recorded."""

    id: int
    path: Path
    pages: int  # 0: a Word copy (Word lays out its own pages)
    size: int
    sha256: str


def issue(
    ws: Workspace, paper: Paper, out: str | os.PathLike[str], data: bytes, pages: int
) -> Issued:
    """Write `data` to `out` and record it as issued; a file that cannot be written raises a
    ValidationError and nothing is recorded."""
    target = outputs.check_target(out)
    digest = hashlib.sha256(data).hexdigest()
    with ws.db.write() as conn:
        doc_id = doc_repo.insert(
            conn,
            paper.kind.value,
            paper.number,
            paper.issued_on,
            paper.batch_id,
            paper.title,
            target.name,
            digest,
            0 if is_word(target) else pages,
            data,
        )
        outputs.write_bytes(target, data)
    return Issued(doc_id, target, 0 if is_word(target) else pages, len(data), digest)
