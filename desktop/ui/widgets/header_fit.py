"""Column headers that are never cut: each interactive column is at least as wide as its title
(up to a limit), and any title still cut shows in full as a tooltip on the header."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QToolTip
from shiboken6 import isValid

PADDING = 24  # the sort indicator and the section's margins
WIDEST = 260  # a longer title keeps its tooltip rather than a very wide column


class _HeaderTips(QObject):
    """Shows the full title of the section under the mouse; widens the columns again when
    the model's columns change (a child of the header: it goes with it)."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view.horizontalHeader())
        self._view = view

    def refit(self, *_args: object) -> None:
        if isValid(self._view) and isValid(self._view.horizontalHeader()):
            widen_to_titles(self._view)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(watched, QHeaderView):
            assert isinstance(event, QHelpEvent)
            section = watched.logicalIndexAt(event.pos())
            model = watched.model()
            if section >= 0 and model is not None:
                own = model.headerData(section, watched.orientation(), Qt.ItemDataRole.ToolTipRole)
                text = own or model.headerData(section, watched.orientation())
                if text:
                    QToolTip.showText(event.globalPos(), str(text), watched)
                    return True
        return super().eventFilter(watched, event)


def fit_headers(view: QTableView) -> None:
    """Widen the interactive columns to their titles now and whenever the columns change;
    tooltips give the full title on the header."""
    header = view.horizontalHeader()
    if header.property("headerFit"):
        widen_to_titles(view)
        return
    header.setProperty("headerFit", True)
    tips = _HeaderTips(view)
    header.installEventFilter(tips)
    model = view.model()
    if model is not None:
        for signal in (model.modelReset, model.headerDataChanged, model.columnsInserted):
            signal.connect(tips.refit)
    widen_to_titles(view)


def title_width(header: QHeaderView, section: int) -> int:
    """Pixels the title of a section needs to be read whole."""
    model = header.model()
    text = str(model.headerData(section, Qt.Orientation.Horizontal) or "") if model else ""
    return header.fontMetrics().horizontalAdvance(text) + PADDING


def widen_to_titles(view: QAbstractItemView) -> None:
    """Make each interactive column at least as wide as its title (at most WIDEST)."""
    if not isinstance(view, QTableView):
        return
    header = view.horizontalHeader()
    last = header.count() - 1
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        if header.sectionResizeMode(section) != QHeaderView.ResizeMode.Interactive:
            continue
        if section == last and header.stretchLastSection():
            continue
        need = min(title_width(header, section), WIDEST)
        if header.sectionSize(section) < need:
            header.resizeSection(section, need)
