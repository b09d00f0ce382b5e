"""The honest page shown for a side-bar entry whose page is not built yet: it says what will come."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


def planned_text(key: str) -> str:
    """What the page `key` will do, in the UI language ("" when nothing is planned)."""
    texts = {
        "movements": QCoreApplication.translate(
            "Placeholder",
            "Here you will plan emulation movements (phong trào thi đua): their content, "
            "targets and time span, the collectives and individuals who register, and the "
            "results at the end of each period.",
        ),
        "initiatives": QCoreApplication.translate(
            "Placeholder",
            "Here you will record initiatives (sáng kiến): the authors, the council's review "
            "and the recognition of each initiative's scope of effect, used by the award "
            "standards.",
        ),
        "proposals": QCoreApplication.translate(
            "Placeholder",
            "Here you will prepare award proposals (đề nghị khen thưởng): choose the award, "
            "check each nominee against the legal standards, and follow the proposal from "
            "draft to decision.",
        ),
        "documents": QCoreApplication.translate(
            "Placeholder",
            "Here you will print dossiers and reports (hồ sơ, báo cáo) as PDF in the official "
            "format: proposal lists, minutes, decisions and the periodic report.",
        ),
        "backups": QCoreApplication.translate(
            "Placeholder",
            "Here you will make, check and restore backups (sao lưu) of the data file. "
            "Until then, the program already keeps a verified copy before every database "
            "upgrade.",
        ),
    }
    return texts.get(key, "")


class PlaceholderPage(QWidget):
    """A page that is not part of this version yet; never shows made-up data."""

    def __init__(self, key: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"placeholder_{key}")
        self.key = key
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.setSpacing(16)
        heading = QLabel(title)
        heading.setObjectName("placeholder_title")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        status = QLabel(self.tr("This part of the program is not available yet."))
        status.setObjectName("placeholder_status")
        status.setStyleSheet("color: #8a5a00;")
        layout.addWidget(status)
        self.text_label = QLabel(planned_text(key) or self.tr("It will come in a later version."))
        self.text_label.setObjectName("placeholder_text")
        self.text_label.setWordWrap(True)
        self.text_label.setMaximumWidth(720)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text_label)
        layout.addStretch(1)

    def text(self) -> str:
        """Everything the page says (for tests and accessibility)."""
        return "\n".join(w.text() for w in self.findChildren(QLabel))


class BrokenPage(PlaceholderPage):
    """Shown when a page failed to open; the error itself went to the crash dialog and log."""

    def __init__(self, key: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(key, title, parent)
        self.text_label.setText(
            self.tr(
                "This page could not be opened because of an error in the program. "
                "The details were written to the log file."
            )
        )
