"""The detail pane of the initiatives page: the whole record and its attached files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import NotFoundError
from desktop.domain.initiatives import Initiative, format_size
from desktop.services import initiatives
from desktop.services.session import Workspace
from desktop.ui.errors import show_error
from desktop.ui.tasks import on_worker
from desktop.ui.widgets.initiative_labels import kind_label, scope_label, share_text, status_label

ATTACHMENT_ROLE = Qt.ItemDataRole.UserRole + 2


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class InitiativeDetail(QWidget):
    """Shows one initiative; attaches, opens, saves and removes its files.

    `attachmentsChanged(initiative_id)` is emitted after a file was added or removed.
    """

    attachmentsChanged = Signal(int)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._initiative_id: int | None = None
        # How a file is opened with its program; tests replace it to stay headless.
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.attachment_list = QListWidget()
        self.attachment_list.itemActivated.connect(lambda _i: self.open_attachment())
        self.attachment_list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.attach_button = QPushButton(self.tr("Attach file…"))
        self.attach_button.clicked.connect(lambda: self.add_attachment())
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self.open_attachment)
        self.save_file_button = QPushButton(self.tr("Save as…"))
        self.save_file_button.clicked.connect(lambda: self.export_attachment())
        self.remove_file_button = QPushButton(self.tr("Remove"))
        self.remove_file_button.clicked.connect(lambda: self.remove_attachment())
        bar = QHBoxLayout()
        for b in (
            self.attach_button,
            self.open_button,
            self.save_file_button,
            self.remove_file_button,
        ):
            bar.addWidget(b)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.detail, 3)
        lay.addWidget(QLabel(self.tr("Attached files:")))
        lay.addWidget(self.attachment_list, 1)
        lay.addLayout(bar)
        self._update_buttons()

    # --- showing -----------------------------------------------------------------------------

    def show_initiative(self, initiative_id: int | None) -> None:
        """Show an initiative (or nothing for None, or when it was deleted)."""
        item: Initiative | None = None
        if initiative_id is not None:
            try:
                item = initiatives.get(self._ws, initiative_id)
            except NotFoundError:
                item = None
        self._initiative_id = item.id if item else None
        self.detail.setHtml(self._detail_html(item) if item else "")
        self._load_attachments()

    def _detail_html(self, item: Initiative) -> str:
        d = item.data
        lines = [f"<h3>{_esc(d.title)}</h3>"]

        def add(label: str, value: str) -> None:
            if value:
                lines.append(f"<b>{_esc(label)}</b> {_esc(value)}<br>")

        add(self.tr("Kind:"), kind_label(d.kind))
        several = len(item.authors) > 1
        authors = "; ".join(
            a.full_name + (f" ({share_text(a.share)})" if several else "") for a in item.authors
        )
        add(self.tr("Authors:"), authors)
        add(self.tr("Unit:"), item.unit_name)
        add(self.tr("Field:"), d.field)
        add(self.tr("Year:"), str(d.year))
        add(self.tr("Movement:"), item.movement_name)
        add(self.tr("Status:"), status_label(d.status))
        add(self.tr("Recognising body:"), d.recognising_body)
        when = d.decision_date.strftime("%d/%m/%Y") if d.decision_date else ""
        add(self.tr("Decision:"), ", ".join(p for p in (d.decision_number, when) if p))
        add(self.tr("Scope of effect:"), scope_label(d.scope))
        if d.benefit_value is not None:
            add(self.tr("Benefit value:"), f"{d.benefit_value:,}".replace(",", ".") + " đ")
        if item.used_for is not None:
            add(self.tr("Used as ground for:"), item.used_for.award)
        for label, text in ((self.tr("Summary:"), d.summary), (self.tr("Benefit:"), d.benefit)):
            if text:
                body = _esc(text).replace("\n", "<br>")
                lines.append(f"<p><b>{_esc(label)}</b><br>{body}</p>")
        return "".join(lines)

    def _load_attachments(self) -> None:
        self.attachment_list.clear()
        if self._initiative_id is not None:
            for a in initiatives.attachments(self._ws, self._initiative_id):
                item = QListWidgetItem(f"{a.name}  ({format_size(a.size)})")
                item.setData(ATTACHMENT_ROLE, a.id)
                item.setToolTip(f"SHA-256: {a.sha256}")
                self.attachment_list.addItem(item)
        self._update_buttons()

    def current_attachment_id(self) -> int | None:
        """The id of the selected attached file."""
        item = self.attachment_list.currentItem()
        return int(item.data(ATTACHMENT_ROLE)) if item is not None else None

    def _update_buttons(self) -> None:
        has = self._initiative_id is not None
        has_file = has and self.current_attachment_id() is not None
        self.attach_button.setEnabled(has)
        for b in (self.open_button, self.save_file_button, self.remove_file_button):
            b.setEnabled(has_file)

    # --- actions -----------------------------------------------------------------------------

    def add_attachment(self, path: str | Path | None = None) -> bool:
        """Attach a file (asks for it when `path` is None); True when stored."""
        iid = self._initiative_id
        if iid is None:
            return False
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file"))
            if not chosen:
                return False
            path = chosen
        try:
            info = on_worker(self, lambda: initiatives.add_attachment(self._ws, iid, path))
        except Exception as exc:  # shown by the one error presenter
            show_error(self, exc, self.tr("Cannot attach the file"))
            return False
        self.attachmentsChanged.emit(iid)
        if self._initiative_id != iid:
            self.show_initiative(iid)
        for row in range(self.attachment_list.count()):
            if self.attachment_list.item(row).data(ATTACHMENT_ROLE) == info.id:
                self.attachment_list.setCurrentRow(row)
        return True

    def open_attachment(self) -> None:
        """Open the selected file with its program (through a temporary copy)."""
        aid = self.current_attachment_id()
        if aid is None:
            return
        try:
            copy = initiatives.open_copy(self._ws, aid)
        except Exception as exc:
            show_error(self, exc)
            return
        self.open_url(QUrl.fromLocalFile(str(copy)))

    def export_attachment(self, target: str | Path | None = None) -> Path | None:
        """Save the selected file where the clerk chooses; return where it went."""
        aid = self.current_attachment_id()
        if aid is None:
            return None
        if target is None:
            name = initiatives.attachment_info(self._ws, aid).name
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the file as"), name)
            if not chosen:
                return None
            target = chosen
        try:
            return initiatives.export_attachment(self._ws, aid, target)
        except Exception as exc:
            show_error(self, exc)
            return None

    def remove_attachment(self, confirm: bool = True) -> bool:
        """Remove the selected file from the initiative."""
        aid = self.current_attachment_id()
        iid = self._initiative_id
        if aid is None or iid is None:
            return False
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Remove file"),
                self.tr("Remove “%1” from this initiative?").replace(
                    "%1", self.attachment_list.currentItem().text()
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            on_worker(self, lambda: initiatives.remove_attachment(self._ws, aid))
        except Exception as exc:
            show_error(self, exc)
        self.attachmentsChanged.emit(iid)
        if self._initiative_id == iid:
            self._load_attachments()
        return True
