"""Building blocks every official paper shares: header, title, Kính gửi, signatures, tables."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop.documents.data import SignatureBlock
from desktop.documents.fonts import SERIF, SERIF_BOLD, string_width
from desktop.documents.formatting import markup, nfc, upper
from desktop.documents.header import MOTTO as MOTTO
from desktop.documents.header import NATIONAL_NAME as NATIONAL_NAME
from desktop.documents.header import header_block as header_block
from desktop.documents.styles import stylesheet

SIGNATURE_SPACE = 24 * mm  # room for the signature and the seal
MIN_ROW_SPLIT = 30  # points: the least part of a row left on either page when it splits
TABLE_START_ROOM = 45 * mm  # a table caption moves to the next page unless this much is left


class Rule(Flowable):  # type: ignore[misc]
    """A horizontal rule of a given length, centred in the available width."""

    def __init__(self, length: float, thickness: float = 0.6, space_before: float = 4.5):
        super().__init__()
        self.length = length
        self.thickness = thickness
        self.space_before = space_before
        self._avail = length

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._avail = availWidth
        return availWidth, self.space_before + self.thickness

    def draw(self) -> None:
        x0 = (self._avail - self.length) / 2
        self.canv.setLineWidth(self.thickness)
        self.canv.line(x0, 0, x0 + self.length, 0)


def _no_padding(extra: Sequence[tuple] = ()) -> TableStyle:  # type: ignore[type-arg]
    return TableStyle(
        [
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            *extra,
        ]
    )


def title_block(
    kind: str, subject: Sequence[str] = (), *, space_before: float = 14
) -> list[Flowable]:
    """Tên loại văn bản (bold caps) and trích yếu (bold) with a short rule under it."""
    st = stylesheet()
    out: list[Flowable] = [Spacer(1, space_before), Paragraph(markup(upper(kind)), st.title)]
    longest = 0.0
    for line in subject:
        if nfc(line):
            out.append(Paragraph(markup(line), st.subject))
            longest = max(longest, string_width(nfc(line), SERIF_BOLD, st.subject.fontSize))
    if longest:
        out.append(Rule(max(min(longest, 120 * mm) * 0.4, 20 * mm)))
    out.append(Spacer(1, 6))
    return out


def recipients_block(recipients: Sequence[str], width: float) -> Flowable:
    """`Kính gửi:` and one recipient on the same line, or several, one per line with `-`."""
    st = stylesheet()
    items = [nfc(r).rstrip(";.") for r in recipients if nfc(r)]
    label = "Kính gửi:"
    if len(items) <= 1:
        lines = [items[0] if items else "…"]  # one recipient: on the same line, as it is
    else:
        lines = [f"- {r}{';' if i < len(items) - 1 else '.'}" for i, r in enumerate(items)]
    label_w = string_width(label, SERIF, st.body.fontSize) + 6
    text_w = min(
        max(string_width(line, SERIF, st.body.fontSize) for line in lines) + 4,
        width - label_w - 10 * mm,
    )
    cells = [Paragraph(markup(line), st.recipient) for line in lines]
    table = Table([[Paragraph(label, st.recipient_label), cells]], colWidths=[label_w, text_w])
    table.setStyle(_no_padding([("RIGHTPADDING", (0, 0), (0, 0), 6)]))
    table.hAlign = "CENTER"
    return table


class KeepBlock(Flowable):  # type: ignore[misc]
    """Flowables kept on one page: moved whole to the next page when they do not fit, let
    flow normally when they are taller than a page.

    Lighter than reportlab's KeepTogether, which copies the frame and re-measures its content
    on every attempt.
    """

    def __init__(self, content: Sequence[Flowable]):
        super().__init__()
        self._content = list(content)
        self._sizes: list[tuple[float, float, float]] = []  # width, height, space before

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._sizes = []
        total = 0.0
        for i, f in enumerate(self._content):
            w, h = f.wrapOn(self.canv, availWidth, 0xFFFFFF)
            before = f.getSpaceBefore() if i else 0.0
            self._sizes.append((w, h, before))
            total += before + h
        self.width, self.height = availWidth, total
        return availWidth, total

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        frame = getattr(self, "_frame", None)
        room = frame._height if frame is not None else availHeight
        if self.height <= room and availHeight < room:
            return [PageBreak(), self]  # fits a fresh page: start one
        return list(self._content)  # taller than a page: let it flow

    def draw(self) -> None:
        y = self.height
        for f, (w, h, before) in zip(self._content, self._sizes, strict=True):
            y -= before + h
            align = getattr(f, "hAlign", "LEFT")
            x = (
                (self.width - w) / 2
                if align == "CENTER"
                else self.width - w
                if align == "RIGHT"
                else 0
            )
            f.drawOn(self.canv, x, y)


def with_signature(last: Sequence[Flowable], signature: Flowable) -> Flowable:
    """The signature kept on one page with what precedes it, so it never stands alone."""
    return KeepBlock([*last, signature])


def signature_cell(block: SignatureBlock) -> list[Flowable]:
    """Authority and title lines (bold caps), room for signature and seal, the name (bold)."""
    st = stylesheet()
    out: list[Flowable] = [Paragraph(markup(upper(line)), st.sign_title) for line in block.lines]
    if nfc(block.note):
        out.append(Paragraph(markup(block.note), st.sign_note))
    out.append(Spacer(1, SIGNATURE_SPACE))
    if nfc(block.name):
        out.append(Paragraph(markup(block.name), st.sign_name))
    return out


def copies_cell(copies_to: Sequence[str]) -> list[Flowable]:
    """`Nơi nhận:` (bold italic 12) and its list (11), each `- …;`, the last ending with `.`."""
    st = stylesheet()
    items = [nfc(c).lstrip("-").strip().rstrip(";.") for c in copies_to if nfc(c)]
    out: list[Flowable] = [Paragraph("Nơi nhận:", st.copies_label)]
    for i, item in enumerate(items):
        end = ";" if i < len(items) - 1 else "."
        out.append(Paragraph(markup(f"- {item}{end}"), st.copies))
    return out


def closing_block(
    signature: SignatureBlock, copies_to: Sequence[str], width: float, *, space_before: float = 12
) -> Flowable:
    """Nơi nhận on the left (level with the signer's title) and the signature on the right."""
    left_w = width * 0.45
    table = Table(
        [[copies_cell(copies_to) if copies_to else "", signature_cell(signature)]],
        colWidths=[left_w, width - left_w],
    )
    table.setStyle(_no_padding([("TOPPADDING", (0, 0), (-1, -1), space_before)]))
    return table


def _signature_head(block: SignatureBlock) -> list[Flowable]:
    st = stylesheet()
    out: list[Flowable] = [Paragraph(markup(upper(line)), st.sign_title) for line in block.lines]
    if nfc(block.note):
        out.append(Paragraph(markup(block.note), st.sign_note))
    return out


def two_signatures(left: SignatureBlock, right: SignatureBlock, width: float) -> Flowable:
    """Two signature blocks side by side (e.g. thư ký and chủ tọa), names on one line."""
    st = stylesheet()
    table = Table(
        [
            [_signature_head(left), _signature_head(right)],
            [
                Paragraph(markup(left.name), st.sign_name),
                Paragraph(markup(right.name), st.sign_name),
            ],
        ],
        colWidths=[width / 2, width / 2],
    )
    table.setStyle(
        _no_padding(
            [
                ("TOPPADDING", (0, 0), (-1, 0), 12),
                ("TOPPADDING", (0, 1), (-1, 1), SIGNATURE_SPACE),
                ("NOSPLIT", (0, 0), (-1, -1)),
            ]
        )
    )
    return table


class _PagedTable(Table):  # type: ignore[misc]
    """A table whose rest, once split, always starts at the top of the next page.

    Rows move whole to the next page; a row taller than what is left of a page (a long
    "thành tích" cell) breaks inside, leaving at least `MIN_ROW_SPLIT` on either side. Without
    the page break, reportlab would put the rest, header row and all, into the space left
    under the first part.
    """

    def _calc(self, availWidth: float, availHeight: float) -> None:
        # The frame wraps a table, then splits it with the same room: measure it once.
        key = (availWidth, availHeight)
        if getattr(self, "_measured_for", None) == key:
            return
        super()._calc(availWidth, availHeight)
        self._measured_for = key

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(availWidth, availHeight)
        if len(parts) == 2:
            return [parts[0], PageBreak(), parts[1]]
        return parts


def grid_table(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    col_widths: Sequence[float],
    *,
    group_rows: Sequence[int] = (),
) -> Table:
    """A ruled table whose header repeats on every page and whose long rows may split.

    `rows` hold Paragraphs or strings (strings are wrapped in Paragraphs); `group_rows` are
    indexes (in `rows`) of group captions spanning all columns.
    """
    st = stylesheet()
    data: list[list[object]] = [[Paragraph(markup(h), st.cell_head) for h in header]]
    for row in rows:
        data.append(
            [c if isinstance(c, Flowable) else Paragraph(markup(str(c)), st.cell) for c in row]
        )
    commands: list[tuple] = [  # type: ignore[type-arg]
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        # Close the table at the foot of a page when a row breaks there.
        ("LINEBELOW", (0, "inrowsplitstart"), (-1, "inrowsplitstart"), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for index in group_rows:
        commands.append(("SPAN", (0, index + 1), (-1, index + 1)))
    table = _PagedTable(data, colWidths=list(col_widths), repeatRows=1, splitInRow=MIN_ROW_SPLIT)
    table.setStyle(TableStyle(commands))
    return table


class LineCell(Flowable):  # type: ignore[misc]
    """A short centred cell (a number, a year, a page range) on one line, drawn directly:
    far cheaper than a Paragraph. Too wide for its column, it becomes a wrapping Paragraph."""

    def __init__(self, text: str):
        super().__init__()
        st = stylesheet().cell_center
        self.text = nfc(text)
        self._font, self._size, self._leading = st.fontName, st.fontSize, st.leading
        self._text_width = string_width(self.text, self._font, self._size)
        self._para: Paragraph | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._text_width > availWidth:
            if self._para is None:
                self._para = Paragraph(markup(self.text), stylesheet().cell_center)
            self.width, self.height = self._para.wrap(availWidth, availHeight)
        else:
            self._para = None
            self.width, self.height = availWidth, self._leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return self._para.split(availWidth, availHeight) if self._para is not None else []

    def draw(self) -> None:
        if self._para is not None:
            self._para.drawOn(self.canv, 0, 0)
            return
        self.canv.setFont(self._font, self._size)
        # The baseline of a one-line Paragraph of the same style.
        self.canv.drawCentredString(self.width / 2, self._leading - self._size, self.text)


def cell(text: str, style: str = "cell") -> Flowable:
    """A table cell in one of the stylesheet's cell styles (short centred texts drawn directly)."""
    if style == "cell_center" and len(text) <= 12 and "\n" not in text:
        return LineCell(text)
    return Paragraph(markup(text), getattr(stylesheet(), style))
