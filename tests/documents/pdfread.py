"""Reading our PDFs back with pypdf: text runs with positions, fonts and sizes."""

from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass

from pypdf import PdfReader

MM = 72 / 25.4


@dataclass(frozen=True)
class Run:
    """One text-showing operation: its text, start point, font name and size in points."""

    text: str
    x: float
    y: float
    font: str
    size: float
    word_space: float = 0.0  # the Tw in force (justified lines stretch or shrink spaces)


def reader(pdf: bytes) -> PdfReader:
    """A pypdf reader over PDF bytes."""
    return PdfReader(io.BytesIO(pdf))


def _mul(a: list[float], b: list[float]) -> list[float]:
    """Matrix product a × b of two PDF matrices [a b c d e f]."""
    return [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]


def runs(page: object) -> list[Run]:
    """The non-blank text runs of a page, in content order.

    pypdf reports text inside form objects (our late-drawn numbers) in the form's own
    coordinates, so the page's graphics state at the `Do` is tracked and applied to them.
    """
    out: list[Run] = []
    stack: list[list[float]] = []
    state = {"ctm": [1.0, 0.0, 0.0, 1.0, 0.0, 0.0], "form": None, "tw": 0.0}

    def before(op: bytes, args: list[object], cm: list[float], tm: list[float]) -> None:
        if state["form"] is not None:
            return  # an operator inside the form being drawn
        if op == b"Tw":
            state["tw"] = float(args[0])  # type: ignore[arg-type]
        elif op == b"q":
            stack.append(list(state["ctm"]))  # type: ignore[arg-type]
        elif op == b"Q" and stack:
            state["ctm"] = stack.pop()
        elif op == b"cm":
            state["ctm"] = _mul([float(a) for a in args], state["ctm"])  # type: ignore[arg-type,union-attr]
        elif op == b"Do":
            state["form"] = list(state["ctm"])  # type: ignore[arg-type]

    def after(op: bytes, args: list[object], cm: list[float], tm: list[float]) -> None:
        if op == b"Do":
            state["form"] = None

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        outer = state["form"]
        if outer is not None:
            x, y = (x * outer[0] + y * outer[2] + outer[4], x * outer[1] + y * outer[3] + outer[5])
        name = str(font.get("/BaseFont", "")) if font else ""
        scale = (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5
        out.append(
            Run(text.strip("\n"), x, y, name.split("+")[-1].lstrip("/"), size * scale, state["tw"])
        )  # type: ignore[arg-type]

    page.extract_text(
        visitor_text=visit, visitor_operand_before=before, visitor_operand_after=after
    )  # type: ignore[attr-defined]
    return out


def text(pdf: bytes) -> str:
    """All text of the file, NFC, lines joined with new lines."""
    r = reader(pdf)
    return unicodedata.normalize("NFC", "\n".join(p.extract_text() for p in r.pages))


def page_text(pdf: bytes, index: int) -> str:
    """The NFC text of one page (0-based)."""
    return unicodedata.normalize("NFC", reader(pdf).pages[index].extract_text())
