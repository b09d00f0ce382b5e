"""A small grouped bar chart drawn with QPainter (no QtCharts needed)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

SERIES_COLOURS = ("#2f5d8a", "#9bb7d4", "#d08c2f")


class BarChart(QWidget):
    """Bars grouped by label, one colour per series, with a legend at the top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.labels: tuple[str, ...] = ()
        self.series: tuple[tuple[str, tuple[float, ...]], ...] = ()
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(
        self,
        title: str,
        labels: Sequence[str],
        series: Sequence[tuple[str, Sequence[float]]],
    ) -> None:
        """Replace what is drawn."""
        self.title = title
        self.labels = tuple(labels)
        self.series = tuple((name, tuple(float(v) for v in values)) for name, values in series)
        self.update()

    def maximum(self) -> float:
        """The tallest bar (0 without data)."""
        return max((max(v) for _, v in self.series if v), default=0.0)

    def sizeHint(self) -> QSize:
        return QSize(360, 220)

    def label_at(self, x: float) -> int | None:
        """The group of bars under the horizontal position `x` (None: none)."""
        if not self.labels or self.maximum() <= 0:
            return None
        left, right = 8.0, self.width() - 8.0
        slot = (right - left) / len(self.labels)
        index = int((x - left) // slot) if slot > 0 else -1
        return index if 0 <= index < len(self.labels) else None

    def tooltip_at(self, x: float) -> str:
        """The full label under `x` (the drawn one may be cut) with the values of its bars."""
        index = self.label_at(x)
        if index is None:
            return ""
        lines = [self.labels[index]]
        for name, values in self.series:
            value = values[index] if index < len(values) else 0.0
            lines.append(
                f"{name}: "
                + f"{value:,.1f}".replace(",", " ")
                .replace(".", ",")
                .replace(" ", ".")
                .removesuffix(",0")
            )
        return "\n".join(lines)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            text = self.tooltip_at(event.pos().x())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        fm = QFontMetrics(self.font())
        line = fm.height()
        w, h = self.width(), self.height()
        painter.setPen(self.palette().text().color())
        painter.drawText(QRectF(0, 2, w, line), Qt.AlignmentFlag.AlignHCenter, self.title)
        x = 8.0
        for i, (name, _) in enumerate(self.series):
            painter.fillRect(QRectF(x, line + 6, 10, 10), QColor(SERIES_COLOURS[i % 3]))
            painter.drawText(QRectF(x + 14, line + 2, 200, line), name)
            x += 24 + fm.horizontalAdvance(name)
        top, bottom = 3 * line + 8, h - line - 6
        peak = self.maximum()
        if not self.labels or peak <= 0:
            painter.drawText(
                QRectF(0, top, w, bottom - top), Qt.AlignmentFlag.AlignCenter, self.tr("No data")
            )
            painter.end()
            return
        left, right = 8.0, w - 8.0
        painter.drawLine(int(left), int(bottom), int(right), int(bottom))
        slot = (right - left) / len(self.labels)
        n = max(1, len(self.series))
        bar = max(2.0, (slot * 0.8) / n)
        for i, label in enumerate(self.labels):
            x0 = left + i * slot + slot * 0.1
            for j, (_, values) in enumerate(self.series):
                v = values[i] if i < len(values) else 0.0
                height = (bottom - top) * v / peak
                painter.fillRect(
                    QRectF(x0 + j * bar, bottom - height, bar - 1, height),
                    QColor(SERIES_COLOURS[j % 3]),
                )
                label_text = f"{v:,.0f}".replace(",", ".")
                if v > 0 and fm.horizontalAdvance(label_text) <= bar + 6:
                    painter.drawText(
                        QRectF(x0 + j * bar - 3, bottom - height - line, bar + 6, line),
                        Qt.AlignmentFlag.AlignHCenter,
                        label_text,
                    )
            text = fm.elidedText(label, Qt.TextElideMode.ElideRight, int(slot) - 2)
            painter.drawText(
                QRectF(left + i * slot, bottom + 2, slot, line), Qt.AlignmentFlag.AlignHCenter, text
            )
        painter.end()
