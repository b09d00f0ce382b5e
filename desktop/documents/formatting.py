"""Pure text formatting for printed papers (Nghị định 30/2020): dates, numbers, markup."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from datetime import date, datetime
from fractions import Fraction
from xml.sax.saxutils import escape


def nfc(text: str | None) -> str:
    """The text in NFC, without surrounding blanks (None → "")."""
    if not text:
        return ""
    return unicodedata.normalize("NFC", str(text)).strip()


def markup(text: str | None) -> str:
    """NFC text made safe for a reportlab Paragraph (& < > escaped, blanks collapsed)."""
    return escape(" ".join(nfc(text).split()))


def paragraphs(text: str | None) -> list[str]:
    """Split a stored multi-line text into its non-empty paragraphs (NFC, escaped)."""
    return [markup(line) for line in nfc(text).splitlines() if line.strip()]


def day_text(d: date) -> str:
    """The day of month: a leading zero below 10 (`05`)."""
    return f"{d.day:02d}"


def month_text(d: date) -> str:
    """The month: a leading zero for January and February only (`01`, `02`, `3` … `12`)."""
    return f"{d.month:02d}" if d.month <= 2 else str(d.month)


def date_words(d: date) -> str:
    """`ngày 05 tháng 02 năm 2026` as written in official papers."""
    return f"ngày {day_text(d)} tháng {month_text(d)} năm {d.year}"


def date_line(place: str, d: date) -> str:
    """The place-date line: `Sóc Trăng, ngày 05 tháng 02 năm 2026`."""
    place = nfc(place)
    return f"{place}, {date_words(d)}" if place else f"…, {date_words(d)}"


def time_words(moment: datetime) -> str:
    """`08 giờ 30 phút, ngày 05 tháng 02 năm 2026`."""
    return f"{moment.hour:02d} giờ {moment.minute:02d} phút, {date_words(moment.date())}"


def doc_symbol(number: int | None, kind: str, agency: str) -> str:
    """The number and symbol `05/TTr-STC` (numbers under 10 get a leading zero; a missing
    number leaves room to write it by hand)."""
    number_part = f"{number:02d}" if number is not None else "\u00a0" * 8
    suffix = f"{kind}-{agency}" if kind and agency else (kind or agency)
    return f"{number_part}/{suffix}"


def number_line(number: int | None, kind: str, agency: str) -> str:
    """`Số: 05/TTr-STC`."""
    return f"Số: {doc_symbol(number, kind, agency)}"


def count_text(n: int) -> str:
    """A count in official style: `05`, `12`, `120`."""
    return f"{n:02d}"


def percent_text(part: int, whole: int) -> str:
    """`part` of `whole` as a Vietnamese percentage with two decimals: `92,31%`."""
    if whole <= 0:
        return "—"
    value = round(Fraction(part * 100, whole), 2)
    return f"{float(value):.2f}".replace(".", ",") + "%"


def reaches(part: int, whole: int, threshold_percent: int) -> bool:
    """Whether `part` of `whole` reaches `threshold_percent`, compared exactly."""
    return whole > 0 and part * 100 >= threshold_percent * whole


def upper(text: str) -> str:
    """Upper case of NFC text (Vietnamese letters keep their marks)."""
    return unicodedata.normalize("NFC", nfc(text).upper())


# Abbreviations kept in capitals when an agency name written all in capitals is put into
# running text (Nghị định 30/2020 prints capitals only in the header block).
ACRONYMS = frozenset(
    {"UBND", "HĐND", "MTTQ", "TĐKT", "BHXH", "KBNN", "TNHH", "THPT", "THCS", "CP", "TW", "VN"}
)
# Words after which a place name follows (its words keep their initial capitals).
_PLACE_WORDS = ("thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận", "xã", "phường", "ấp")
# Kinds of agency whose next word starts the agency's own name ("Sở Tài chính").
_AGENCY_WORDS = (
    "ủy ban nhân dân",
    "hội đồng nhân dân",
    "văn phòng",
    "chi cục",
    "tổng cục",
    "trung tâm",
    "bệnh viện",
    "kho bạc",
    "sở",
    "phòng",
    "ban",
    "cục",
    "vụ",
    "viện",
    "trường",
    "bộ",
    "hội đồng",
)


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def running_case(name: str | None) -> str:
    """An agency name as written in running text: `SỞ TÀI CHÍNH` → `Sở Tài chính`,
    `UBND TỈNH SÓC TRĂNG` → `UBND tỉnh Sóc Trăng`. A name with small letters is kept as typed."""
    text = nfc(name)
    if not text or any(c.islower() for c in text):
        return text
    words = text.split()
    low = [w.lower() for w in words]
    out: list[str] = []
    i = 0
    capital_next = True  # the name's first word, and the first word after an agency kind
    place = False
    while i < len(words):
        w, lw = words[i], low[i]
        if w.strip(",.()") in ACRONYMS:
            out.append(w)
            i += 1
            capital_next = False
            continue
        matched = False
        for kinds, is_place in ((_PLACE_WORDS, True), (_AGENCY_WORDS, False)):
            for kind in kinds:
                parts = kind.split()
                if low[i : i + len(parts)] == parts:
                    chunk = list(low[i : i + len(parts)])
                    if capital_next and (not is_place or not out):
                        chunk[0] = _cap(chunk[0])
                    out += chunk
                    i += len(parts)
                    place = is_place
                    capital_next = not is_place
                    matched = True
                    break
            if matched:
                break
        if matched:
            continue
        if w == "-":
            out.append(w)
            capital_next = True
        elif place or capital_next:
            out.append(_cap(lw))
            capital_next = False
        else:
            out.append(lw)
        i += 1
    return " ".join(out)


def running_text(text: str | None) -> str:
    """Text with every run of two or more words in capitals put in running case
    (`Hội đồng Thi đua - Khen thưởng UBND TỈNH SÓC TRĂNG` → `… UBND tỉnh Sóc Trăng`)."""
    words = nfc(text).split()
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        caps = [w for w in run if w.strip(",.()") not in ACRONYMS and w != "-"]
        out.extend(running_case(" ".join(run)).split() if len(caps) >= 1 and len(run) >= 2 else run)
        run.clear()

    for w in words:
        letters = [c for c in w if c.isalpha()]
        if (letters and all(c.isupper() for c in letters)) or (w == "-" and run):
            run.append(w)
        else:
            flush()
            out.append(w)
    flush()
    return " ".join(out)


def join_words(head: str, tail: str) -> str:
    """`head` followed by `tail`, without saying twice the words where they meet:
    (`Đề nghị khen thưởng`, `Khen thưởng tổng kết năm 2025`) → `Đề nghị khen thưởng tổng kết
    năm 2025`."""
    a, b = nfc(head).split(), nfc(tail).split()
    for k in range(min(len(a), len(b)), 0, -1):
        if [w.casefold() for w in a[-k:]] == [w.casefold() for w in b[:k]]:
            return " ".join(a + b[k:])
    return " ".join(a + b)


def without_doubled_words(text: str) -> str:
    """`đề nghị đề nghị khen thưởng` → `đề nghị khen thưởng`: a word or phrase said twice in a
    row is said once."""
    words = nfc(text).split()
    changed = True
    while changed:
        changed = False
        for k in range(len(words) // 2, 0, -1):
            for i in range(len(words) - 2 * k + 1):
                left = [w.casefold().strip(",;:") for w in words[i : i + k]]
                right = [w.casefold().strip(",;:") for w in words[i + k : i + 2 * k]]
                if left == right and not any(c.isdigit() for w in left for c in w):
                    del words[i + k : i + 2 * k]
                    changed = True
                    break
            if changed:
                break
    return " ".join(words)


def listed(lines: Sequence[str]) -> list[str]:
    """Lines of a list that are each `…;` and the last `….` (căn cứ, Kính gửi, Nơi nhận)."""
    items = [nfc(x).rstrip(";.,").rstrip() for x in lines if nfc(x).rstrip(";.,").strip()]
    return [f"{x}{';' if i < len(items) - 1 else '.'}" for i, x in enumerate(items)]
