"""Small helpers the dossier forms share (counts, names, paragraphs)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reportlab.platypus import Flowable, Paragraph

from desktop.documents import headings as H
from desktop.documents.data import DossierData, NomineeData, SubjectKind
from desktop.documents.formatting import (
    count_text,
    date_words,
    doc_symbol,
    nfc,
    paragraphs,
)
from desktop.documents.styles import stylesheet

ROMAN = (
    "I",
    "II",
    "III",
    "IV",
    "V",
    "VI",
    "VII",
    "VIII",
    "IX",
    "X",
    "XI",
    "XII",
    "XIII",
    "XIV",
    "XV",
    "XVI",
    "XVII",
    "XVIII",
    "XIX",
    "XX",
)


def roman(n: int) -> str:
    """Roman numeral for 1..20 (group captions), Arabic beyond."""
    return ROMAN[n - 1] if 1 <= n <= len(ROMAN) else str(n)


def by_award(nominees: Iterable[NomineeData]) -> list[tuple[str, list[NomineeData]]]:
    """Nominees grouped by proposed award, in order of first appearance; collectives first."""
    groups: dict[str, list[NomineeData]] = {}
    for n in nominees:
        groups.setdefault(nfc(n.award), []).append(n)
    return [
        (
            award,
            [n for n in members if n.kind is SubjectKind.COLLECTIVE]
            + [n for n in members if n.kind is SubjectKind.PERSON],
        )
        for award, members in groups.items()
    ]


def kind_counts(nominees: Sequence[NomineeData]) -> tuple[int, int]:
    """(collectives, persons) among the nominees."""
    collectives = sum(1 for n in nominees if n.kind is SubjectKind.COLLECTIVE)
    return collectives, len(nominees) - collectives


def counts_phrase(nominees: Sequence[NomineeData]) -> str:
    """`02 tập thể và 05 cá nhân` (a zero part is left out)."""
    collectives, persons = kind_counts(nominees)
    parts = []
    if collectives:
        parts.append(f"{count_text(collectives)} {H.COLLECTIVES}")
    if persons:
        parts.append(f"{count_text(persons)} {H.PERSONS}")
    return " và ".join(parts) or "00 cá nhân"


def to_trinh_symbol(data: DossierData) -> str:
    """`05/TTr-STC` of the dossier's tờ trình."""
    return doc_symbol(data.number, H.TO_TRINH_CODE, nfc(data.office.symbol))


def to_trinh_reference(data: DossierData) -> dict[str, str]:
    """Placeholders naming the tờ trình: symbol, date words, office name."""
    return {
        "symbol": to_trinh_symbol(data),
        "date": date_words(data.issued_on),
        "office": nfc(data.office.name),
    }


def body_paragraphs(text: str, style: str = "body") -> list[Flowable]:
    """A stored multi-line text as justified body paragraphs."""
    st = getattr(stylesheet(), style)
    return [Paragraph(p, st) for p in paragraphs(text)]
