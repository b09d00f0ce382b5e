"""Small helpers the dossier forms share (counts, names, paragraphs)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from reportlab.platypus import Flowable, Paragraph

from desktop.documents import headings as H
from desktop.documents.data import DossierData, NomineeData, SubjectKind
from desktop.documents.formatting import (
    count_text,
    date_words,
    doc_symbol,
    nfc,
    paragraphs,
    running_case,
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


def subject_key(n: NomineeData) -> str:
    """Who a nominee is: its key, or its kind and name when it has none."""
    return n.key or f"{n.kind.value}:{nfc(n.name).casefold()}"


def kind_counts(nominees: Sequence[NomineeData]) -> tuple[int, int]:
    """(collectives, persons) among the nominees, each one counted once however many awards
    it is proposed for."""
    seen = {(n.kind, subject_key(n)) for n in nominees}
    collectives = sum(1 for kind, _ in seen if kind is SubjectKind.COLLECTIVE)
    return collectives, len(seen) - collectives


def counts_phrase(nominees: Sequence[NomineeData]) -> str:
    """`02 tập thể và 05 cá nhân`: distinct units and people; a zero part is left out."""
    collectives, persons = kind_counts(nominees)
    parts = []
    if collectives:
        parts.append(f"{count_text(collectives)} {H.COLLECTIVES}")
    if persons:
        parts.append(f"{count_text(persons)} {H.PERSONS}")
    return " và ".join(parts) or H.NO_ONE


def report_subjects(nominees: Sequence[NomineeData]) -> list[NomineeData]:
    """One báo cáo thành tích per person or unit, in the dossier's order: a subject proposed
    for several awards gets one report naming them all (its first nomination's texts, the
    others' added when they differ)."""
    order: list[str] = []
    groups: dict[str, list[NomineeData]] = {}
    for n in nominees:
        k = f"{n.kind.value}|{subject_key(n)}"
        if k not in groups:
            order.append(k)
            groups[k] = []
        groups[k].append(n)
    out: list[NomineeData] = []
    for k in order:
        first, *rest = groups[k]
        if not rest:
            out.append(first)
            continue
        awards: list[str] = []
        for n in groups[k]:
            if nfc(n.award) and nfc(n.award) not in awards:
                awards.append(nfc(n.award))

        def merged(attr: str, members: list[NomineeData] = groups[k]) -> str:
            texts: list[str] = []
            for n in members:
                t = nfc(getattr(n, attr))
                if t and t not in texts:
                    texts.append(t)
            return "\n".join(texts)

        out.append(
            replace(
                first,
                award=H.BAO_CAO_AWARD_JOINER.join(awards),
                duties=merged("duties"),
                achievements=merged("achievements"),
                summary=merged("summary"),
            )
        )
    return out


def to_trinh_symbol(data: DossierData) -> str:
    """`05/TTr-STC` of the dossier's tờ trình."""
    return doc_symbol(data.number, H.TO_TRINH_CODE, nfc(data.office.symbol))


def to_trinh_reference(data: DossierData) -> dict[str, str]:
    """Placeholders naming the tờ trình: symbol, date words, office name (in running text)."""
    return {
        "symbol": to_trinh_symbol(data),
        "date": date_words(data.issued_on),
        "office": running_case(data.office.name),
    }


def copies_list(copies_to: Sequence[str]) -> tuple[str, ...]:
    """Nơi nhận as printed (Phụ lục I mục II.9.b): the lines as given, the "Lưu: VT…" line
    last (added when missing)."""
    items = [nfc(c).lstrip("-").strip().rstrip(";.").strip() for c in copies_to if nfc(c)]
    items = [c for c in items if c]
    filed = [c for c in items if c.casefold().startswith("lưu")]
    rest = [c for c in items if c not in filed]
    return (*rest, filed[-1] if filed else H.FILED)


def says_as_above(copies_to: Sequence[str]) -> bool:
    """Whether the Nơi nhận says "Như trên" (so the paper needs a Kính gửi line)."""
    return any(
        nfc(c).lstrip("-").strip().rstrip(";.").casefold() == H.AS_ABOVE.casefold()
        for c in copies_to
    )


MISSING_DUTIES = "Quyền hạn, nhiệm vụ được giao"
MISSING_ACHIEVEMENTS = "Thành tích đạt được"
MISSING_SUMMARY = "Tóm tắt thành tích (danh sách)"


def missing_sections(nominees: Sequence[NomineeData]) -> list[tuple[str, tuple[str, ...]]]:
    """(name, empty required sections) of each person or unit whose papers would print a
    required section empty: a person's quyền hạn, nhiệm vụ; anyone's thành tích; the list's
    tóm tắt thành tích."""
    out: list[tuple[str, tuple[str, ...]]] = []
    for n in report_subjects(nominees):
        empty: list[str] = []
        if n.kind is SubjectKind.PERSON and not nfc(n.duties):
            empty.append(MISSING_DUTIES)
        if not nfc(n.achievements):
            empty.append(MISSING_ACHIEVEMENTS)
        same = [m for m in nominees if subject_key(m) == subject_key(n) and m.kind is n.kind]
        if any(not nfc(m.summary) for m in same):
            empty.append(MISSING_SUMMARY)
        if empty:
            out.append((nfc(n.name), tuple(empty)))
    return out


def body_paragraphs(text: str, style: str = "body") -> list[Flowable]:
    """A stored multi-line text as justified body paragraphs."""
    st = getattr(stylesheet(), style)
    return [Paragraph(p, st) for p in paragraphs(text)]
