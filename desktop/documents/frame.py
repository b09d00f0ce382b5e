"""The one page frame of official papers (Nghị định 30/2020/NĐ-CP, Phụ lục I).

A4 (landscape for wide lists), margins 20/20/30/15 mm, page numbers centred in the top margin
from page 2 of each paper, none on its page 1. Several papers ("sections") can share one PDF:
each starts on a fresh page with its own numbering. Numbers that are only known once the
whole file is laid out (the mục lục's page counts) are drawn as late-defined form objects.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
)

from desktop.documents.fonts import SERIF, register_fonts
from desktop.domain import progress as steps

rl_config.invariant = 1  # reproducible files: fixed dates and ids

MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm
PAGE_NUMBER_SIZE = 13
PAGE_NUMBER_FROM_TOP = 12 * mm
PORTRAIT = A4
LANDSCAPE = landscape(A4)


def frame_width(is_landscape: bool = False) -> float:
    """Width of the text block in points."""
    page_w = (LANDSCAPE if is_landscape else PORTRAIT)[0]
    return float(page_w - MARGIN_LEFT - MARGIN_RIGHT)


@dataclass(frozen=True)
class Section:
    """One paper inside a PDF: starts on a new page, numbered from its own page 1."""

    key: str
    story: list[Flowable]
    is_landscape: bool = False


@dataclass(frozen=True)
class Layout:
    """Where each section landed: first page (1-based, in the whole file) and page count."""

    starts: dict[str, int]
    counts: dict[str, int]
    total_pages: int


@dataclass
class LateNumbers:
    """Texts computed from the final layout, drawn where `LateText` flowables stand."""

    makers: dict[str, Callable[[Layout], str]] = field(default_factory=dict)
    boxes: dict[str, tuple[float, float, str, float, str]] = field(default_factory=dict)
    override: Layout | None = None  # a layout measured beforehand (a part printed alone)


class LateText(Flowable):  # type: ignore[misc]
    """A one-line text known only after layout (e.g. a part's page count), centred in its box."""

    def __init__(
        self,
        late: LateNumbers,
        name: str,
        make: Callable[[Layout], str],
        width: float,
        font: str = SERIF,
        size: float = 12,
        align: str = "center",
    ):
        super().__init__()
        self._name = f"late{len(late.makers)}_{name}"
        late.makers[self._name] = make
        self.width = width
        self.height = size * 1.2
        late.boxes[self._name] = (width, self.height, font, size, align)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.doForm(self._name)


class _DossierCanvas(Canvas):  # type: ignore[misc]
    """A canvas that defines the late form objects just before the file is written."""

    before_save: Callable[[Canvas], None] | None = None

    def save(self) -> None:
        if self.before_save is not None:
            self.before_save(self)
        super().save()


class _OfficialDoc(BaseDocTemplate):  # type: ignore[misc]
    def __init__(
        self,
        buffer: io.BytesIO,
        keys: list[str],
        late: LateNumbers | None,
        first_landscape: bool,
        title: str,
    ):
        super().__init__(
            buffer,
            pagesize=LANDSCAPE if first_landscape else PORTRAIT,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=title,
            author="",
            creator="Thi đua",
            producer="Thi đua",
            invariant=1,
            initialFontName=SERIF,
            initialFontSize=PAGE_NUMBER_SIZE,
        )
        self._pending_keys = list(keys)
        self.starts: dict[str, int] = {}
        self._part_page = 0
        self._late = late
        templates = [
            self._template(lands, first) for lands in (False, True) for first in (True, False)
        ]
        # The file's first page must use the first-page template of its orientation.
        self._firstPageTemplateIndex = 2 if first_landscape else 0
        self.addPageTemplates(templates)

    def _template(self, is_landscape: bool, first: bool) -> PageTemplate:
        size = LANDSCAPE if is_landscape else PORTRAIT
        suffix = "L" if is_landscape else "P"
        frame = Frame(
            MARGIN_LEFT,
            MARGIN_BOTTOM,
            size[0] - MARGIN_LEFT - MARGIN_RIGHT,
            size[1] - MARGIN_TOP - MARGIN_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id=f"body-{suffix}",
        )
        return PageTemplate(
            id=("first-" if first else "later-") + suffix,
            frames=[frame],
            pagesize=size,
            onPage=self._on_first_page if first else self._on_later_page,
            autoNextPageTemplate=None if not first else "later-" + suffix,
        )

    def _on_first_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        steps.current().report(self.page, 0, steps.BUILD)  # pages laid out; may cancel
        self._part_page = 1
        if self._pending_keys:
            self.starts[self._pending_keys.pop(0)] = self.page

    def _on_later_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        steps.current().report(self.page, 0, steps.BUILD)
        self._part_page += 1
        width, height = canv._pagesize
        center = MARGIN_LEFT + (width - MARGIN_LEFT - MARGIN_RIGHT) / 2
        canv.saveState()
        canv.setFont(SERIF, PAGE_NUMBER_SIZE)
        canv.drawCentredString(center, height - PAGE_NUMBER_FROM_TOP, str(self._part_page))
        canv.restoreState()

    def layout(self) -> Layout:
        """The sections' first pages and page counts after the build."""
        total = self.page
        ordered = sorted(self.starts.items(), key=lambda kv: kv[1])
        counts: dict[str, int] = {}
        for i, (key, start) in enumerate(ordered):
            end = ordered[i + 1][1] if i + 1 < len(ordered) else total + 1
            counts[key] = end - start
        return Layout(starts=dict(self.starts), counts=counts, total_pages=total)

    def define_late_forms(self, canv: Canvas) -> None:
        if self._late is None or not self._late.makers:
            return
        result = self._late.override or self.layout()
        for name, make in self._late.makers.items():
            width, height, font, size, align = self._late.boxes[name]
            canv.beginForm(name, 0, 0, width, height)
            canv.setFont(font, size)
            text = make(result)
            baseline = height - size
            if align == "left":
                canv.drawString(0, baseline, text)
            elif align == "right":
                canv.drawRightString(width, baseline, text)
            else:
                canv.drawCentredString(width / 2, baseline, text)
            canv.endForm()


def render_sections(
    sections: Sequence[Section], *, title: str = "", late: LateNumbers | None = None
) -> tuple[bytes, Layout]:
    """Lay the sections out one after another in one PDF; return its bytes and the layout.

    Each flowable is let go once drawn, unless the caller still holds the sections: pass them
    straight from where they are made, and a long file's drawn pages (a 171-page dossier: tens
    of thousands of objects) are not all alive at its end for the garbage collector to walk.
    """
    register_fonts()
    if not sections:
        raise ValueError("nothing to render")
    buffer = io.BytesIO()
    keys = [s.key for s in sections]
    doc = _OfficialDoc(buffer, keys, late, sections[0].is_landscape, title)
    story = _joined(sections)
    del sections  # the story alone holds the flowables now: build() drops each once drawn

    def make_canvas(*args: object, **kwargs: object) -> Canvas:
        canv = _DossierCanvas(*args, **kwargs)
        canv.before_save = doc.define_late_forms
        return canv

    doc.build(story, canvasmaker=make_canvas)
    return buffer.getvalue(), doc.layout()


def _joined(sections: Sequence[Section]) -> list[Flowable]:
    """The sections' stories in one, each section from a fresh page of its own template."""
    story: list[Flowable] = []
    for i, section in enumerate(sections):
        if i:
            suffix = "L" if section.is_landscape else "P"
            story.append(NextPageTemplate("first-" + suffix))
            story.append(PageBreak())
        story.extend(section.story)
    return story


def render(section: Section, *, title: str = "") -> bytes:
    """One paper alone as PDF bytes."""
    return render_sections([section], title=title)[0]
