"""The heading at the top of a page: the page's name, bold, a size above the body text."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QVBoxLayout, QWidget


def page_title(text: str) -> QLabel:
    """A page heading label (object name `pageTitle`)."""
    title = QLabel(text)
    title.setObjectName("pageTitle")
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    title.setFont(font)
    return title


def list_detail_layout(
    page: QWidget, title: str, hint: str, left: QLayout, right: QLayout
) -> QVBoxLayout:
    """Lay `page` out as its heading, a wrapped hint, then a list (left) beside its detail
    (right, stretched)."""
    body = QHBoxLayout()
    body.addLayout(left)
    body.addLayout(right, 1)
    layout = QVBoxLayout(page)
    layout.addWidget(page_title(title))
    label = QLabel(hint)
    label.setWordWrap(True)
    layout.addWidget(label)
    layout.addLayout(body, 1)
    return layout
